import Model
import Symbolic

/// How a population's equations advance by one step.
public enum IntegrationMethod: Sendable, Hashable {
    case explicit(String, ButcherTableau)
    /// Exact for the part of each equation linear in its own variable (as in BrainPy and Brian2):
    /// x ← x + dt·f·exprel(dt·∂f/∂x), with all right sides read at the start of the step.
    case exponentialEuler
    /// A method written for noise; on a population without noise it integrates the drift (`driftMethod`).
    case stochastic(StochasticMethod)
    /// An embedded pair: each neuron sub-steps over dt with its own step size, kept within the
    /// run's rtol and atol (AdaptiveTolerance).
    case adaptive(String, EmbeddedTableau)
    /// x ← e^{A·dt}·x + (∫₀^dt e^{A·s} ds)·b for equations linear in the state with constant
    /// coefficients (LinearSystem), as Brian2's `exact`; the propagators are computed once per run.
    case exact
    /// For models with fractional equations (`d^alpha x/dt^alpha`): the Caputo derivatives by the
    /// scheme, with a memory of past states; ordinary equations beside them by Euler.
    case fractional(FractionalScheme)

    public static let named: [(String, IntegrationMethod)] = [
        ("euler", .explicit("euler", .euler)), ("midpoint", .explicit("midpoint", .midpoint)),
        ("heun2", .explicit("heun2", .heun2)), ("ralston2", .explicit("ralston2", .ralston2)),
        // rk2 is the generic second-order method with beta = 2/3 (as BrainPy names it), i.e. Ralston's tableau.
        ("rk2", .explicit("rk2", .ralston2)), ("rk3", .explicit("rk3", .rk3)), ("heun3", .explicit("heun3", .heun3)),
        ("ralston3", .explicit("ralston3", .ralston3)), ("ssprk3", .explicit("ssprk3", .ssprk3)),
        ("rk4", .explicit("rk4", .rk4)), ("ralston4", .explicit("ralston4", .ralston4)),
        ("rk4_38rule", .explicit("rk4_38rule", .rk4_38)), ("exp_euler", .exponentialEuler),
        ("milstein", .stochastic(.milstein)), ("milstein2", .stochastic(.derivativeFreeMilstein)),
        ("heun", .stochastic(.heun)), ("srk1w1", .stochastic(.rossler("srk1w1", .sri1w1))),
        ("srk2w1", .stochastic(.rossler("srk2w1", .sri2w1))),
        ("rkf12", .adaptive("rkf12", .rkf12)), ("heun_euler", .adaptive("heun_euler", .heunEuler)),
        ("bs", .adaptive("bs", .bogackiShampine)), ("rkf45", .adaptive("rkf45", .rkf45)),
        ("ck", .adaptive("ck", .cashKarp)), ("rkdp", .adaptive("rkdp", .dormandPrince)), ("exact", .exact),
        ("caputo_l1", .fractional(.l1)), ("gl", .fractional(.gl)),
    ]

    public static func named(_ name: String) -> IntegrationMethod? {
        named.first { $0.0 == name }?.1
    }

    public var name: String {
        switch self {
        case .explicit(let name, _): return name
        case .exponentialEuler: return "exp_euler"
        case .stochastic(let method): return method.name
        case .adaptive(let name, _): return name
        case .exact: return "exact"
        case .fractional(let scheme): return scheme.methodName
        }
    }

    /// The method applied to equations with noise; nil for the deterministic Runge–Kutta methods
    /// beyond Euler, whose stages would each need their own share of the Wiener increment.
    public var stochastic: StochasticMethod? {
        switch self {
        case .explicit("euler", _): return .eulerMaruyama
        case .explicit, .adaptive, .exact: return nil
        case .exponentialEuler: return .exponentialEuler
        case .stochastic(let method): return method
        case .fractional: return nil
        }
    }

    /// The names of the methods that take noise, for messages.
    public static var stochasticNames: [String] {
        named.filter { $0.1.stochastic != nil }.map(\.0)
    }

    /// The names of the adaptive methods, for messages.
    public static var adaptiveNames: [String] {
        named.compactMap { name, method in
            if case .adaptive = method { return name }
            return nil
        }
    }

    /// Without noise: exponential Euler where every equation is linear in its own variable, else RK4.
    /// With noise: exponential Euler for additive noise on such equations, Heun for additive noise
    /// otherwise (Itô and Stratonovich agree there), Milstein for noise that scales with the state.
    public static func defaultChoice(for model: NeuronModel) -> (IntegrationMethod, reason: String) {
        if model.equations.isEmpty { return (.explicit("euler", .euler), "\(model.name) has no equations") }
        if let fractional = model.fractionalOrders.keys.sorted().first {
            return (.fractional(.l1), "the equation of \(fractional) in \(model.name) is fractional")
        }
        let nonlinear = model.equations.first { !$0.rhs.drift.isLinear(in: $0.variable) }
        guard model.hasNoise else {
            if let nonlinear {
                return (.explicit("rk4", .rk4), "d\(nonlinear.variable)/dt of \(model.name) is nonlinear in \(nonlinear.variable)")
            }
            return (.exponentialEuler, "every equation of \(model.name) is linear in its own variable")
        }
        if let multiplicative = model.equations.first(where: { !model.isAdditive($0.rhs) }) {
            return (.stochastic(.milstein), "the noise of d\(multiplicative.variable)/dt depends on the state")
        }
        if let nonlinear {
            return (.stochastic(.heun), "the noise of \(model.name) is additive and d\(nonlinear.variable)/dt is nonlinear in \(nonlinear.variable)")
        }
        return (.exponentialEuler, "the noise of \(model.name) is additive and every equation is linear in its own variable")
    }
}

extension NeuronModel {
    /// Whether some equation reads white noise (`xi`).
    public var hasNoise: Bool { equations.contains { !$0.rhs.noises.isEmpty } }

    /// The Wiener processes the equations read, sorted by name.
    public var noises: [String] { Set(equations.flatMap { $0.rhs.noises }).sorted() }

    /// Whether the noise factors of a right-hand side read no state variable.
    public func isAdditive(_ rhs: Expr) -> Bool {
        let state = Set(variables.map(\.name))
        return rhs.noises.allSatisfy { rhs.diffusion($0).symbols.isDisjoint(with: state) }
    }
}
