import Codegen
import JIT
import Model
import Symbolic

/// What backpropagation through a population's Euler steps needs of its model, for all its neurons in one
/// call of C compiled with libtcc: f, ∂f/∂x (m × m, row-major) and ∂f/∂a_c for each coupling accumulator a_c,
/// derivatives exact from symbolic differentiation. `soma_chunk(slot, 0, n)` reads the neurons' states
/// (n × m) from slot[0] and accumulators (n × C) from slot[1] and writes slot[2] (f), slot[3] (∂f/∂x) and
/// slot[4] (∂f/∂a, n × C × m). Trained parameters are the last P of the C accumulators; the spike rule
/// (`which = 1`) reads them from slot[5] (n × P) and writes ∂c/∂p to slot[6] and ∂R/∂p to slot[7]. `which = 2` is
/// one Euler step and `which = 3` its adjoint (`EulerStepCode`), what backpropagation through time runs; `which = 4`
/// is f alone (slot[2]), what FORCE's step takes. The entry reads eight slots whatever it runs.
public struct CompiledEulerSlopes: Sendable {
    public let variables: [String]
    /// The symbols the equations, the spike condition and the reset read once the constant parameters are in:
    /// states, accumulators and trained parameters.
    public let reads: Set<String>
    /// How many trained parameters the spike rule reads (P).
    private let parameterCount: Int
    private let chunk: CompiledChunk

    /// `values`: the population's parameters and constant inputs (SI); `accumulators`: the variables couplings write;
    /// `trained`: parameters taken as accumulators after those, per neuron, rather than as constants;
    /// `condition`: c of a spiking model's condition c > 0, whose reset `which = 1` evaluates (`spikes`).
    public init(model: NeuronModel, values: [String: Double], accumulators couplingAccumulators: [String], trained: [String] = [],
                condition: Expr? = nil, cache: CodeCache) throws {
        let parts = try ModelParts(model: model, values: values, held: [:])
        variables = parts.states
        parameterCount = trained.count
        let accumulators = couplingAccumulators + trained
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
        var lines: [String] = [], rates: [String] = []
        for (v, f) in equations.enumerated() {
            rates.append("f[i * \(m) + \(v)] = \(c.render(f));")
            lines.append(rates[v])
            for (u, x) in parts.states.enumerated() {
                lines.append("jacobian[i * \(m * m) + \(v * m + u)] = \(c.render(f.derivative(with: x)));")
            }
            for (k, a) in accumulators.enumerated() {
                lines.append("slopes[(i * \(couplings) + \(k)) * \(m) + \(v)] = \(c.render(f.derivative(with: a)));")
            }
        }
        // The spike: c, ∂c/∂x, the reset states R (a variable the reset leaves keeps x) and ∂R/∂x, and ∂c/∂p and ∂R/∂p
        // of the trained parameters, which it reads from p.
        var spike: [String] = [], spikeReads = Set<String>()
        if let condition = condition?.substituting(constants.mapValues(Expr.constant)) {
            let resets = Dictionary(model.reset.map { ($0.variable, $0.value.substituting(constants.mapValues(Expr.constant))) }) { first, _ in first }
            spikeReads = resets.values.reduce(condition.symbols) { $0.union($1.symbols) }
            let p = trained.count
            let names = Dictionary(uniqueKeysWithValues: parts.states.enumerated().map { ($1, "x[i * \(m) + \($0)]") }
                + trained.enumerated().map { ($1, "p[i * \(p) + \($0)]") })
            let rule = CExpression(precision: .f64, name: { names[$0]! })
            spike.append("condition[i] = \(rule.render(condition));")
            for (k, name) in trained.enumerated() {
                spike.append("conditionParameterSlopes[i * \(p) + \(k)] = \(rule.render(condition.derivative(with: name)));")
            }
            for (v, x) in parts.states.enumerated() {
                spike.append("conditionSlopes[i * \(m) + \(v)] = \(rule.render(condition.derivative(with: x)));")
                let reset = resets[x] ?? .symbol(x)
                spike.append("reset[i * \(m) + \(v)] = \(rule.render(reset));")
                for (u, y) in parts.states.enumerated() {
                    spike.append("resetJacobian[i * \(m * m) + \(v * m + u)] = \(rule.render(reset.derivative(with: y)));")
                }
                for (k, name) in trained.enumerated() {
                    spike.append("resetParameterSlopes[(i * \(m) + \(v)) * \(p) + \(k)] = \(rule.render(reset.derivative(with: name)));")
                }
            }
        }
        reads = equations.reduce(into: spikeReads) { $0.formUnion($1.symbols) }
        let euler = EulerStepCode(equations: equations, states: parts.states, accumulators: accumulators, index: index)
        let body = """

            i64 \(GeneratedUnit.entryPoint)(void** slot, i64 which, i64 n) {
                const double* x = (const double*)slot[0];
                const double* a = (const double*)slot[1];
                double* f = (double*)slot[2];
                double* jacobian = (double*)slot[3];
                double* slopes = (double*)slot[4];
                double* condition = (double*)slot[1];
                double* conditionSlopes = (double*)slot[2];
                double* reset = (double*)slot[3];
                double* resetJacobian = (double*)slot[4];
                const double* p = (const double*)slot[5];
                double* conditionParameterSlopes = (double*)slot[6];
                double* resetParameterSlopes = (double*)slot[7];
                (void)a; (void)condition; (void)conditionSlopes; (void)reset; (void)resetJacobian;
                (void)p; (void)conditionParameterSlopes; (void)resetParameterSlopes;
                if (which == 1) {
                    for (i64 i = 0; i < n; ++i) {
                        \(spike.joined(separator: "\n                "))
                    }
                    return 0;
                }
                if (which == 2) {
                    double* next = (double*)slot[2];
                    const double dt = *(const double*)slot[3];
                    for (i64 i = 0; i < n; ++i) {
                        \(euler.step.joined(separator: "\n                    "))
                    }
                    return 0;
                }
                if (which == 3) {
                    const double* lambda = (const double*)slot[2];
                    double* previous = (double*)slot[3];
                    double* drive = (double*)slot[4];
                    const double dt = *(const double*)slot[5];
                    for (i64 i = 0; i < n; ++i) {
                        \(euler.adjoint.joined(separator: "\n                    "))
                    }
                    return 0;
                }
                if (which == 4) {
                    for (i64 i = 0; i < n; ++i) {
                        \(rates.joined(separator: "\n                "))
                    }
                    return 0;
                }
                for (i64 i = 0; i < n; ++i) {
                    \(lines.joined(separator: "\n            "))
                }
                return 0;
            }

            """
        let unit = GeneratedUnit(source: CPrelude.source(precision: .f64, body: body), slots: [], parameters: [], origins: [:])
        chunk = try cache.compiled(unit).chunk
    }

    /// For the states x of `neurons` neurons (of a model compiled with its condition) and their trained parameters: c,
    /// ∂c/∂x, the reset states R, ∂R/∂x, ∂c/∂p and ∂R/∂p (empty without trained parameters), as `SpikeRule` takes them.
    public func spikes(neurons n: Int) -> @Sendable (_ x: [Double], _ parameters: [Double])
        -> (condition: [Double], conditionSlopes: [Double], reset: [Double], resetJacobian: [Double], parameterSlopes: [Double], resetParameterSlopes: [Double]) {
        let m = variables.count, count = parameterCount
        return { x, parameters in
            var condition = [Double](repeating: 0, count: n), conditionSlopes = [Double](repeating: 0, count: n * m)
            var reset = [Double](repeating: 0, count: n * m), resetJacobian = [Double](repeating: 0, count: n * m * m)
            var parameterSlopes = [Double](repeating: 0, count: n * count), resetParameterSlopes = [Double](repeating: 0, count: n * m * count)
            // Unused slots still get a pointer each; empty buffers have none, so they lend one of the others'.
            let inputs = count == 0 ? x : parameters
            x.withUnsafeBufferPointer { x in
                inputs.withUnsafeBufferPointer { p in
                    condition.withUnsafeMutableBufferPointer { c in
                        conditionSlopes.withUnsafeMutableBufferPointer { dc in
                            reset.withUnsafeMutableBufferPointer { r in
                                resetJacobian.withUnsafeMutableBufferPointer { dr in
                                    parameterSlopes.withUnsafeMutableBufferPointer { dcp in
                                        resetParameterSlopes.withUnsafeMutableBufferPointer { drp in
                                            call(1, neurons: n, (
                                                UnsafeMutableRawPointer(mutating: x.baseAddress!), UnsafeMutableRawPointer(c.baseAddress!),
                                                UnsafeMutableRawPointer(dc.baseAddress!), UnsafeMutableRawPointer(r.baseAddress!),
                                                UnsafeMutableRawPointer(dr.baseAddress!), UnsafeMutableRawPointer(mutating: p.baseAddress!),
                                                dcp.baseAddress.map(UnsafeMutableRawPointer.init), drp.baseAddress.map(UnsafeMutableRawPointer.init)))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            return count == 0 ? (condition, conditionSlopes, reset, resetJacobian, [], [])
                : (condition, conditionSlopes, reset, resetJacobian, parameterSlopes, resetParameterSlopes)
        }
    }

    /// x + dt·f(x, a) of `neurons` neurons, into `next` (n × m): one Euler step before any spikes.
    public func step(neurons: Int, dt: Double, states: UnsafePointer<Double>, accumulators: UnsafePointer<Double>, next: UnsafeMutablePointer<Double>) {
        var dt = dt
        withUnsafeMutablePointer(to: &dt) { dt in
            call(2, neurons: neurons, (UnsafeMutableRawPointer(mutating: states), UnsafeMutableRawPointer(mutating: accumulators),
                                       UnsafeMutableRawPointer(next), UnsafeMutableRawPointer(dt), nil, nil, nil, nil))
        }
    }

    /// The adjoint of that step: for λ of the stepped states, `previous` = λ + dt·λ·∂f/∂x (n × m) and `drive` = dt·λ·∂f/∂a
    /// (n × (C + P)), with the derivatives at `states` and `accumulators`.
    public func adjoint(neurons: Int, dt: Double, states: UnsafePointer<Double>, accumulators: UnsafePointer<Double>, adjoint: UnsafePointer<Double>,
                        previous: UnsafeMutablePointer<Double>, drive: UnsafeMutablePointer<Double>) {
        var dt = dt
        withUnsafeMutablePointer(to: &dt) { dt in
            call(3, neurons: neurons, (UnsafeMutableRawPointer(mutating: states), UnsafeMutableRawPointer(mutating: accumulators),
                                       UnsafeMutableRawPointer(mutating: adjoint), UnsafeMutableRawPointer(previous), UnsafeMutableRawPointer(drive),
                                       UnsafeMutableRawPointer(dt), nil, nil))
        }
    }

    /// The eight slots the entry reads, whatever it runs: a tuple, which lives on the caller's stack, so that a FORCE or
    /// BPTT step allocates nothing (an array of them was built at every call).
    private typealias Slots = (UnsafeMutableRawPointer?, UnsafeMutableRawPointer?, UnsafeMutableRawPointer?, UnsafeMutableRawPointer?,
                               UnsafeMutableRawPointer?, UnsafeMutableRawPointer?, UnsafeMutableRawPointer?, UnsafeMutableRawPointer?)

    /// Entry `which` over `neurons` neurons.
    private func call(_ which: Int64, neurons: Int, _ slots: Slots) {
        var slots = slots
        withUnsafeMutableBytes(of: &slots) { slots in
            _ = chunk.function(slots.baseAddress!.assumingMemoryBound(to: UnsafeMutableRawPointer?.self), which, Int64(neurons))
        }
    }

    /// f alone of `neurons` neurons, as `evaluate` gives it: a step's need, without the derivatives.
    public func rates(neurons: Int, states: UnsafePointer<Double>, accumulators: UnsafePointer<Double>, f: UnsafeMutablePointer<Double>) {
        call(4, neurons: neurons, (UnsafeMutableRawPointer(mutating: states), UnsafeMutableRawPointer(mutating: accumulators),
                                   UnsafeMutableRawPointer(f), nil, nil, nil, nil, nil))
    }

    /// f, ∂f/∂x and ∂f/∂a of `neurons` neurons.
    public func evaluate(neurons: Int, states: UnsafePointer<Double>, accumulators: UnsafePointer<Double>,
                         f: UnsafeMutablePointer<Double>, jacobian: UnsafeMutablePointer<Double>, slopes: UnsafeMutablePointer<Double>) {
        call(0, neurons: neurons, (UnsafeMutableRawPointer(mutating: states), UnsafeMutableRawPointer(mutating: accumulators),
                                   UnsafeMutableRawPointer(f), UnsafeMutableRawPointer(jacobian), UnsafeMutableRawPointer(slopes), nil, nil, nil))
    }
}
