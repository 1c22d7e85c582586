import Codegen
import JIT
import Model
import Symbolic

/// What backpropagation through a population's Euler steps needs of its model, for all its neurons in one
/// call of C compiled with libtcc: f, ∂f/∂x (m × m, row-major) and ∂f/∂a_c for each coupling accumulator a_c,
/// derivatives exact from symbolic differentiation. `soma_chunk(slot, 0, n)` reads the neurons' states
/// (n × m) from slot[0] and accumulators (n × C) from slot[1] and writes slot[2] (f), slot[3] (∂f/∂x) and
/// slot[4] (∂f/∂a, n × C × m).
public struct CompiledEulerSlopes: Sendable {
    public let variables: [String]
    private let chunk: CompiledChunk

    /// `values`: the population's parameters and constant inputs (SI); `accumulators`: the variables couplings write.
    public init(model: NeuronModel, values: [String: Double], accumulators: [String], cache: CodeCache) throws {
        let parts = try ModelParts(model: model, values: values, held: [:])
        variables = parts.states
        let constants = Dictionary(uniqueKeysWithValues: zip(parts.parameterNames, parts.parameterValues)).filter { !accumulators.contains($0.key) }
        let equations = parts.equations.map { $0.substituting(constants.mapValues(Expr.constant)) }
        let m = parts.states.count, couplings = accumulators.count
        for (i, f) in equations.enumerated() {
            if let unknown = f.symbols.subtracting(parts.states + accumulators).sorted().first {
                throw DynamicalSystem.ModelFailure.unknownSymbol(unknown, variable: parts.states[i])
            }
        }
        let index = Dictionary(uniqueKeysWithValues: parts.states.enumerated().map { ($1, "x[i * \(m) + \($0)]") }
            + accumulators.enumerated().map { ($1, "a[i * \(couplings) + \($0)]") })
        let c = CExpression(precision: .f64, name: { index[$0]! })
        var lines: [String] = []
        for (v, f) in equations.enumerated() {
            lines.append("f[i * \(m) + \(v)] = \(c.render(f));")
            for (u, x) in parts.states.enumerated() {
                lines.append("jacobian[i * \(m * m) + \(v * m + u)] = \(c.render(f.derivative(with: x)));")
            }
            for (k, a) in accumulators.enumerated() {
                lines.append("slopes[(i * \(couplings) + \(k)) * \(m) + \(v)] = \(c.render(f.derivative(with: a)));")
            }
        }
        let body = """

            i64 \(GeneratedUnit.entryPoint)(void** slot, i64 which, i64 n) {
                const double* x = (const double*)slot[0];
                const double* a = (const double*)slot[1];
                double* f = (double*)slot[2];
                double* jacobian = (double*)slot[3];
                double* slopes = (double*)slot[4];
                (void)which; (void)a;
                for (i64 i = 0; i < n; ++i) {
                    \(lines.joined(separator: "\n            "))
                }
                return 0;
            }

            """
        let unit = GeneratedUnit(source: CPrelude.source(precision: .f64, body: body), slots: [], parameters: [], origins: [:])
        chunk = try cache.compiled(unit).chunk
    }

    /// f, ∂f/∂x and ∂f/∂a of `neurons` neurons.
    public func evaluate(neurons: Int, states: UnsafePointer<Double>, accumulators: UnsafePointer<Double>,
                         f: UnsafeMutablePointer<Double>, jacobian: UnsafeMutablePointer<Double>, slopes: UnsafeMutablePointer<Double>) {
        var slots: [UnsafeMutableRawPointer?] = [UnsafeMutableRawPointer(mutating: states), UnsafeMutableRawPointer(mutating: accumulators),
                                                 UnsafeMutableRawPointer(f), UnsafeMutableRawPointer(jacobian), UnsafeMutableRawPointer(slopes)]
        _ = slots.withUnsafeMutableBufferPointer { chunk.function($0.baseAddress!, 0, Int64(neurons)) }
    }
}
