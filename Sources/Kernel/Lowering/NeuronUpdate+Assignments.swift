import Integrators
import Symbolic

/// The update as a straight-line program of symbolic assignments, the way an interpreter, a
/// printer or an adjoint reads it: from the state (each variable's name), t, dt, the parameters
/// and the constant inputs, to the new state `n_X`. Stage s names its time `t_s`, its states
/// `sS_X`, its slopes `kS_X` and its driven inputs `inS_I`; exponential Euler names each rate
/// `f_X`, each per-neuron slope `b_X`; the loop invariants (PopulationProgram.invariants) are `@hK`; a stochastic method's locals
/// keep their `@` names (`@dW_xi` the Wiener increment of xi over the step). An adaptive method
/// is written as one sub-step of size dt with its error estimates `e_X`; `exact` names each b
/// `b_X` and the propagators' entries `phi_X_Y`, `psi_X_Y` (row X, column Y).
///
///     dx/dt = -x with euler: k0_x = -x; n_x = x + dt * (1 * k0_x)
extension NeuronUpdate {
    public var assignments: [SymbolicAssignment] {
        switch self {
        case .rungeKutta(let stages, let results): return Self.rungeKutta(stages, results, integrated: integratedVariables)
        case .exponentialEuler(let update): return Self.exponentialEuler(update)
        case .adaptive(let update):
            return Self.rungeKutta(update.stages, update.results, integrated: integratedVariables)
                + update.errors.map { SymbolicAssignment("e_\($0.variable)", Self.increment($0.variable, $0.terms ?? []) ?? .zero) }
        case .exact(let update): return Self.exact(update)
        case .fractional(let update): return update.assignments
        case .stochastic(let update):
            let names = Dictionary(uniqueKeysWithValues: update.drives.map { ($0.input, Expr.symbol("in0_\($0.input)")) })
            let drives = update.drives.map { SymbolicAssignment("in0_\($0.input)", $0.value ?? .symbol($0.input)) }
            return drives + (update.locals + update.results.map { SymbolicAssignment("n_\($0.name)", $0.value) }).map {
                SymbolicAssignment($0.name, $0.value.substituting(names))
            }
        }
    }

    private static func rungeKutta(_ stages: [LoweredStage], _ results: [StepResult], integrated: [String]) -> [SymbolicAssignment] {
        var program: [SymbolicAssignment] = []
        for stage in stages {
            let s = stage.index
            var names = Dictionary(uniqueKeysWithValues: stage.drives.map { ($0.input, Expr.symbol("in\(s)_\($0.input)")) })
            if s > 0 {
                program.append(SymbolicAssignment("t_\(s)", .binary(.add, .symbol("t"), .binary(.multiply, .constant(stage.timeFraction), .symbol("dt")))))
                for state in stage.states { program.append(SymbolicAssignment("s\(s)_\(state.variable)", step(state.variable, state.terms))) }
                names["t"] = .symbol("t_\(s)")
                for variable in integrated { names[variable] = .symbol("s\(s)_\(variable)") }
            }
            for drive in stage.drives {
                program.append(SymbolicAssignment("in\(s)_\(drive.input)", drive.value?.substituting(names) ?? .symbol("in0_\(drive.input)")))
            }
            program += stage.shared.map { SymbolicAssignment($0.name, $0.value.substituting(names)) }
            program += stage.slopes.map { SymbolicAssignment("k\(s)_\($0.name)", $0.value.substituting(names)) }
        }
        program += results.map { result in
            SymbolicAssignment("n_\(result.variable)", result.terms.map { step(result.variable, $0) } ?? .symbol(result.variable))
        }
        return program
    }

    /// x + dt·(w·kS_x + …), written out as it is computed.
    private static func step(_ variable: String, _ terms: [WeightedSlope]) -> Expr {
        increment(variable, terms).map { .binary(.add, .symbol(variable), $0) } ?? .symbol(variable)
    }

    /// dt·(w·kS_x + …); nil without terms.
    private static func increment(_ variable: String, _ terms: [WeightedSlope]) -> Expr? {
        let products = terms.map { Expr.binary(.multiply, .constant($0.weight), .symbol("k\($0.stage)_\(variable)")) }
        guard let first = products.first else { return nil }
        return .binary(.multiply, .symbol("dt"), products.dropFirst().reduce(first) { .binary(.add, $0, $1) })
    }

    private static func exact(_ update: ExactUpdate) -> [SymbolicAssignment] {
        let names = Dictionary(uniqueKeysWithValues: update.drives.map { ($0.input, Expr.symbol("in0_\($0.input)")) })
        var program = update.drives.map { SymbolicAssignment("in0_\($0.input)", $0.value ?? .symbol($0.input)) }
        program += update.constants.map { SymbolicAssignment("b_\($0.name)", $0.value.substituting(names)) }
        for x in update.variables {
            let terms = update.variables.map { Expr.binary(.multiply, .symbol("phi_\(x)_\($0)"), .symbol($0)) }
                + update.variables.map { Expr.binary(.multiply, .symbol("psi_\(x)_\($0)"), .symbol("b_\($0)")) }
            program.append(SymbolicAssignment("n_\(x)", terms.dropFirst().reduce(terms[0]) { .binary(.add, $0, $1) }))
        }
        return program
    }

    private static func exponentialEuler(_ update: ExponentialEulerUpdate) -> [SymbolicAssignment] {
        let names = Dictionary(uniqueKeysWithValues: update.drives.map { ($0.input, Expr.symbol("in0_\($0.input)")) })
        var program = update.increments
        program += update.drives.map { SymbolicAssignment("in0_\($0.input)", ($0.value ?? .symbol($0.input)).substituting(names)) }
        program += update.shared.map { SymbolicAssignment($0.name, $0.value.substituting(names)) }
        for result in update.results {
            let x = Expr.symbol(result.variable), f = Expr.symbol("f_\(result.variable)"), dt = Expr.symbol("dt")
            if let rate = result.form.rate { program.append(SymbolicAssignment("f_\(result.variable)", rate.substituting(names))) }
            let next: Expr
            switch result.form {
            case .unchanged:
                next = x
            case .euler:
                next = .binary(.add, x, .binary(.multiply, dt, f))
            case .hoisted(_, let factor):
                next = .binary(.add, x, .binary(.multiply, f, factor))
            case .perNeuron(_, let slope):
                program.append(SymbolicAssignment("b_\(result.variable)", slope.substituting(names)))
                let b = Expr.symbol("b_\(result.variable)")
                next = .binary(.add, x, .binary(.multiply, .binary(.multiply, dt, f), .call(.exprel, [.binary(.multiply, b, dt)])))
            }
            program.append(SymbolicAssignment("n_\(result.variable)", result.noise.map { next + $0 } ?? next))
        }
        return program
    }
}
