import Codegen
import JIT
import Symbolic

/// f, ∂f/∂x and ∂f/∂p of a system compiled to C with libtcc, so analyses that
/// evaluate them many thousand times run at machine speed. One entry point,
/// `soma_chunk(slot, which, 0)`, reads [x..., p...] from slot[0] and writes
/// slot[1]: f for which = 0, the row-major Jacobian (non-zero entries) for 1,
/// ∂f/∂p_k for 2 + k. Derivatives are exact, from symbolic differentiation.
struct CompiledVectorField: Sendable {
    let n: Int
    let parameterCount: Int
    private let chunk: CompiledChunk

    init(states: [String], parameters: [String], rhs: [Expr], cache: CodeCache) throws {
        let names = states + parameters
        for (i, f) in rhs.enumerated() {
            let symbols = f.symbols
            if symbols.contains("t") { throw DynamicalSystem.ModelFailure.readsTime(variable: states[i]) }
            if f.isRandom { throw DynamicalSystem.ModelFailure.random(variable: states[i]) }
            if let unknown = symbols.subtracting(names).sorted().first {
                throw DynamicalSystem.ModelFailure.unknownSymbol(unknown, variable: states[i])
            }
        }
        n = states.count
        parameterCount = parameters.count
        let unit = GeneratedUnit(source: CompiledVectorField.source(states: states, parameters: parameters, rhs: rhs),
                                 slots: [], parameters: [], origins: [:])
        chunk = try cache.compiled(unit).chunk
    }

    private static func source(states: [String], parameters: [String], rhs: [Expr]) -> String {
        let names = states + parameters
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let c = CExpression(precision: .f64, name: { "v[\(index[$0]!)]" })
        func assignments(_ entries: [(Int, Expr)]) -> String {
            entries.filter { $0.1 != .zero }.map { "        out[\($0.0)] = \(c.render($0.1));" }.joined(separator: "\n")
        }
        var cases = ["    case 0:\n" + assignments(rhs.enumerated().map { ($0, $1) })]
        let n = states.count
        let jacobian = rhs.enumerated().flatMap { i, f in
            states.enumerated().filter { f.symbols.contains($0.1) }.map { j, x in (i * n + j, f.derivative(with: x)) }
        }
        cases.append("    case 1:\n" + assignments(jacobian))
        for (k, p) in parameters.enumerated() {
            let column = rhs.enumerated().filter { $0.1.symbols.contains(p) }.map { i, f in (i, f.derivative(with: p)) }
            cases.append("    case \(k + 2):\n" + assignments(column))
        }
        let body = """

        i64 \(GeneratedUnit.entryPoint)(void** slot, i64 which, i64 unused) {
            const double* v = (const double*)slot[0];
            double* out = (double*)slot[1];
            switch (which) {
        \(cases.map { $0 + "\n        return 0;" }.joined(separator: "\n"))
            }
            return 0;
        }

        """
        return CPrelude.source(precision: .f64, body: body)
    }

    /// Runs part `which` on [x..., p...] at `values`, writing its non-zero entries into `out` (the others stay as they were).
    func evaluate(_ which: Int64, values: UnsafeMutablePointer<Double>, out: UnsafeMutablePointer<Double>) {
        var slots: [UnsafeMutableRawPointer?] = [UnsafeMutableRawPointer(values), UnsafeMutableRawPointer(out)]
        _ = slots.withUnsafeMutableBufferPointer { chunk.function($0.baseAddress!, which, 0) }
    }

    /// Runs part `which` at (x, p) into `count` zeroed doubles.
    private func evaluate(_ which: Int64, _ x: [Double], _ p: [Double], count: Int) -> [Double] {
        var values = x + p
        var out = [Double](repeating: 0, count: count)
        values.withUnsafeMutableBufferPointer { v in
            out.withUnsafeMutableBufferPointer { o in evaluate(which, values: v.baseAddress!, out: o.baseAddress!) }
        }
        return out
    }

    var rhs: @Sendable ([Double], [Double]) -> [Double] {
        { [self] x, p in evaluate(0, x, p, count: n) }
    }

    var jacobian: @Sendable ([Double], [Double]) -> [Double] {
        { [self] x, p in evaluate(1, x, p, count: n * n) }
    }

    var parameterDerivative: @Sendable ([Double], [Double], Int) -> [Double] {
        { [self] x, p, k in evaluate(Int64(k) + 2, x, p, count: n) }
    }
}
