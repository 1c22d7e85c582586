import Integrators
import Language
import Model

/// A `run` statement checked against the network before anything is drawn,
/// compiled or simulated: its duration, its options and the steps they make.
public struct RunSettings: Sendable {
    public var timeDimension: Dimension
    public var duration: Double
    public var options: RunOptions
    public var steps: Int64

    public static let optionNames = ["dt", "method", "noise", "precision", "seed", "jit", "threads", "rtol", "atol", "memory"]

    public init(_ statement: RunStatement, network: Network) throws {
        guard !network.populations.isEmpty else {
            throw Diagnostic(.nothingToRun, at: statement.range, hint: "create one with population P = Model(N)")
        }
        timeDimension = try network.commonTimeDimension(at: statement.range)
        duration = try ExpressionResolver.constant(statement.duration, dimension: timeDimension, what: "the run duration", scope: Scope())
        guard duration >= 0 else { throw Diagnostic(.outOfRange(what: "the run duration", value: nil, valid: "must not be negative"), at: statement.duration.range) }
        options = try RunSettings.options(statement.options, timeDimension: timeDimension)
        try RunSettings.checkNoise(options, statement, network)
        try RunSettings.checkFractional(options, statement, network)
        try RunSettings.checkDelays(options.dt, statement, network)
        try RunSettings.checkStepControl(options, statement, network)
        steps = try RunSettings.stepCount(duration, options.dt, statement.duration.range)
    }

    private static func options(_ bindings: [Binding], timeDimension: Dimension) throws -> RunOptions {
        var options = RunOptions(dt: timeDimension == .time ? 1e-4 : 0.1)
        var seen: Set<String> = []
        for option in bindings {
            guard seen.insert(option.name).inserted else { throw Diagnostic(.givenTwice(name: option.name), at: option.range) }
            switch option.name {
            case "dt":
                options.dt = try ExpressionResolver.constant(option.value, dimension: timeDimension, what: "dt", scope: Scope())
                guard options.dt > 0 else { throw Diagnostic(.outOfRange(what: "dt", value: nil, valid: "must be positive"), at: option.value.range) }
            case "method":
                let name = try word(option.value, what: "method")
                guard let method = IntegrationMethod.named(name) else {
                    throw Diagnostic(.unknown(kind: "method", name: name), at: option.value.range,
                                     hint: "methods are " + IntegrationMethod.named.map(\.0).joined(separator: ", "))
                }
                options.method = method
            case "noise":
                let name = try word(option.value, what: "noise")
                guard let calculus = NoiseCalculus(rawValue: name) else {
                    throw Diagnostic(.unknown(kind: "noise calculus", name: name), at: option.value.range, hint: "noise is ito or stratonovich")
                }
                options.noise = calculus
            case "precision":
                let name = try word(option.value, what: "precision")
                guard let precision = Precision(rawValue: name) else {
                    throw Diagnostic(.unknown(kind: "precision", name: name), at: option.value.range, hint: "precision is f32 or f64")
                }
                options.precision = precision
            case "jit":
                let name = try word(option.value, what: "jit")
                guard let tier = JITTier(rawValue: name) else {
                    throw Diagnostic(.unknown(kind: "jit", name: name), at: option.value.range, hint: "jit is tcc, cc or auto")
                }
                options.jit = tier
            case "threads":
                let value = try ExpressionResolver.constant(option.value, dimension: .one, what: "threads", scope: Scope())
                guard value >= 1, value <= Double(RunOptions.maxThreads), value == value.rounded() else {
                    throw Diagnostic(.outOfRange(what: "threads", value: nil, valid: "must be a whole number from 1 to \(RunOptions.maxThreads)"), at: option.value.range)
                }
                options.threads = Int(value)
            case "rtol", "atol":
                let value = try ExpressionResolver.constant(option.value, dimension: .one, what: option.name, scope: Scope())
                guard value > 0, value < 1 || option.name == "atol", value.isFinite else {
                    throw Diagnostic(.outOfRange(what: option.name, value: nil, valid: option.name == "rtol" ? "must be between 0 and 1" : "must be positive"),
                                     at: option.value.range)
                }
                if option.name == "rtol" { options.tolerance.relative = value } else { options.tolerance.absolute = value }
            case "memory":
                let window = try ExpressionResolver.constant(option.value, dimension: timeDimension, what: "the memory", scope: Scope())
                guard window > 0 else { throw Diagnostic(.outOfRange(what: "the memory", value: nil, valid: "must be positive"), at: option.value.range) }
                options.memory = window
            case "seed":
                let value = try ExpressionResolver.constant(option.value, dimension: .one, what: "the seed", scope: Scope())
                guard value >= 0, value == value.rounded(), value < 0x1p63 else {
                    throw Diagnostic(.outOfRange(what: "the seed", value: nil, valid: "must be a whole number from 0 to 2^63"), at: option.value.range)
                }
                options.seed = UInt64(value)
            default:
                throw Diagnostic(.unknown(kind: "run option", name: option.name), at: option.range,
                                 hint: "options are " + optionNames.joined(separator: ", "))
            }
        }
        if options.precision == .f32, !seen.contains("rtol") { options.tolerance.relative = StepTolerance.singlePrecision.relative }
        return options
    }

    /// A method must take the noise of every population that has some, and Rößler's methods
    /// one Wiener process per neuron.
    /// A coupling is summed, and a past state read, at the stages of a Runge–Kutta method, not at the
    /// points of a stochastic method that evaluates more than one, which would read them at the start of the step.
    private static func checkNoise(_ options: RunOptions, _ statement: RunStatement, _ network: Network) throws {
        guard let method = options.method else { return }
        let option = statement.options.first { $0.name == "method" }!
        let coupled = network.coupledPopulations
        for (p, population) in network.populations.enumerated() where population.model.hasNoise {
            guard let stochastic = method.stochastic, !stochastic.evaluatesOnce else { continue }
            let hint = "use euler, milstein or exp_euler, which read everything once, at the start of the step"
            if coupled.contains(p) {
                throw Diagnostic(.methodWithCoupledNoise(method: method.name, population: population.name), at: option.value.range, hint: hint)
            }
            if !population.model.delays.isEmpty {
                throw Diagnostic(.methodWithDelayedNoise(method: method.name, population: population.name), at: option.value.range, hint: hint)
            }
        }
        for model in network.populations.map(\.model) where model.hasNoise {
            guard let stochastic = method.stochastic else {
                throw Diagnostic(.methodWithoutNoise(method: method.name, model: model.name), at: option.value.range,
                                 hint: "methods for noise are " + IntegrationMethod.stochasticNames.joined(separator: ", "))
            }
            if stochastic.needsScalarNoise, model.noises.count > 1 {
                throw Diagnostic(.methodNeedsOneNoise(method: method.name, model: model.name, noises: model.noises), at: option.value.range,
                                 hint: "use milstein, heun or euler for several noises")
            }
        }
    }

    /// A stage reads the past from steps already filed, so a delay must last a step at least.
    private static func checkDelays(_ dt: Double, _ statement: RunStatement, _ network: Network) throws {
        for population in network.populations {
            let model = population.model
            // Its equations or a `couple … delay =` read the past; a history nothing reads is a mistake to point out.
            if let unread = model.histories.keys.sorted().first(where: { name in !model.delays.contains { $0.variable == name } }) {
                throw Diagnostic(.historyNeverRead(variable: unread), at: model.sourceRanges["history \(unread)"] ?? statement.range,
                                 hint: "a history is what \(unread)(t - d) reads before the first step; nothing reads it")
            }
            guard let k = population.delaySteps(dt: dt).firstIndex(where: { !($0 >= 1 - 1e-9) }) else { continue }
            throw Diagnostic(.delayShorterThanStep(population: population.name, read: population.model.delays[k].symbol,
                                                   dt: TimeText.format(dt, population.model.timeDimension)),
                             at: statement.range, hint: "run with a dt of at most the delay")
        }
    }

    /// Tolerances belong to an adaptive method; `exact` needs every model linear with constant coefficients.
    private static func checkStepControl(_ options: RunOptions, _ statement: RunStatement, _ network: Network) throws {
        let method = options.method
        if case .adaptive? = method {} else if let option = statement.options.first(where: { $0.name == "rtol" || $0.name == "atol" }) {
            throw Diagnostic(.toleranceWithoutAdaptiveMethod(option: option.name, method: method?.name ?? "the default method"), at: option.range,
                             hint: "adaptive methods are " + IntegrationMethod.adaptiveNames.joined(separator: ", "))
        }
        // Below about 100 units of rounding, an error estimate is rounding itself and the steps shrink to the floor.
        let finest = options.precision == .f32 ? 1.2e-5 : 2.3e-14
        if case .adaptive? = method, options.tolerance.relative < finest {
            let range = statement.options.first { $0.name == "rtol" }?.value.range ?? statement.range
            throw Diagnostic(.outOfRange(what: "rtol", value: nil, valid: "must be at least \(finest) in \(options.precision.rawValue)"), at: range)
        }
        let isAdaptive: Bool
        if case .adaptive? = method { isAdaptive = true } else { isAdaptive = false }
        if isAdaptive || method == .exact {
            let option = statement.options.first { $0.name == "method" }!
            let coupled = network.coupledPopulations
            for (p, population) in network.populations.enumerated() where coupled.contains(p) || !population.model.delays.isEmpty {
                throw Diagnostic(.methodWithoutStages(method: method!.name, population: population.name,
                                                      reads: coupled.contains(p) ? "its coupling" : "its past states"),
                                 at: option.value.range, hint: "a Runge–Kutta method such as rk4 reads them at every stage")
            }
        }
        guard method == .exact else { return }
        let option = statement.options.first { $0.name == "method" }!
        for population in network.populations where population.spikeTimes == nil {
            do {
                _ = try LinearSystem(model: population.model, timeDependentInputs: population.timeDependentInputs)
            } catch let refusal as LinearSystem.Refusal {
                throw Diagnostic(.notLinearSystem(model: population.model.name, variable: refusal.variable, reason: refusal.reason.text),
                                 at: option.value.range, hint: "exp_euler or an adaptive method such as rkdp integrates it")
            }
        }
    }

    private static func word(_ e: Expression, what: String) throws -> String {
        guard case .name(let name) = e.kind else {
            throw Diagnostic(.notAName(what: what), at: e.range)
        }
        return name
    }

    private static func stepCount(_ duration: Double, _ dt: Double, _ range: SourceRange) throws -> Int64 {
        let exact = duration / dt
        let steps = exact.rounded()
        guard abs(exact - steps) <= 1e-6 * max(1, steps) else {
            throw Diagnostic(.fractionalSteps(steps: exact), at: range)
        }
        guard steps <= 1e12 else { throw Diagnostic(.tooManySteps(steps: steps), at: range) }
        return Int64(steps)
    }
}

/// `run ... dt = ... method = ... noise = ... precision = ... seed = ... jit = ... threads = ... rtol = ... atol = ...`
public struct RunOptions: Sendable {
    public var dt: Double
    public var method: IntegrationMethod?
    public var noise = NoiseCalculus.ito
    /// Read by the adaptive methods only.
    public var tolerance = StepTolerance.standard
    public var precision: Precision = .f64
    public var seed: UInt64?
    public var jit = JITTier.auto
    /// Threads sharing each step's neuron updates and spike delivery (results do not depend on it); nil: one per core for large networks.
    public var threads: Int?
    /// How far back a fractional equation remembers (short memory), in model time; nil: since the first run.
    public var memory: Double?

    /// The most threads generated code starts for one run.
    public static let maxThreads = 8
}

public enum Precision: String, Sendable, Hashable, Codable, CaseIterable {
    case f32, f64
}

/// Whose compiled code runs: `run ... jit = tcc | cc | auto`. tcc compiles in a millisecond;
/// the system's cc (the optimising tier) takes a tenth of a second or more and runs 3–7 times
/// faster; auto starts with tcc and switches to cc between chunks once a background build is
/// ready, when the run is long enough to pay for it, or at once when cc's library is cached.
public enum JITTier: String, Sendable, Codable, CaseIterable {
    case tcc, cc, auto
}
