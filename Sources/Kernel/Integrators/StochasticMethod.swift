/// A method for equations with noise, dx = f dt + Σ_k g_k dW_k. Each is written for one
/// calculus; the other is reached by correcting the drift (NoiseCalculus).
public enum StochasticMethod: Sendable, Hashable {
    /// Euler–Maruyama: x + f dt + Σ g_k ΔW_k. Strong order 1/2 (1 for additive noise), weak order 1.
    case eulerMaruyama
    /// Milstein with the derivative of g from the symbolic engine; strong order 1 where the noise commutes.
    case milstein
    /// Milstein with g's derivative replaced by a difference at a supporting value (Kloeden & Platen 11.1).
    case derivativeFreeMilstein
    /// Exponential Euler for the drift, Euler–Maruyama for the noise (as BrainPy's exp_euler).
    case exponentialEuler
    /// Stochastic Heun, a Stratonovich method: strong order 1 where the noise commutes.
    case heun
    /// Rößler's SRI methods for one Wiener process: strong order 1.5.
    case rossler(String, StochasticRungeKuttaTableau)

    public var name: String {
        switch self {
        case .eulerMaruyama: return "euler"
        case .milstein: return "milstein"
        case .derivativeFreeMilstein: return "milstein2"
        case .exponentialEuler: return "exp_euler"
        case .heun: return "heun"
        case .rossler(let name, _): return name
        }
    }

    public var calculus: NoiseCalculus { self == .heun ? .stratonovich : .ito }

    /// Rößler's methods draw the iterated integrals of one Wiener process only.
    public var needsScalarNoise: Bool {
        if case .rossler = self { return true }
        return false
    }

    /// Whether it reads the right-hand sides at the start of the step only.
    public var evaluatesOnce: Bool {
        switch self {
        case .eulerMaruyama, .milstein, .exponentialEuler: return true
        case .derivativeFreeMilstein, .heun, .rossler: return false
        }
    }

    /// What the method integrates on a population without noise.
    public var driftMethod: IntegrationMethod {
        switch self {
        case .eulerMaruyama, .milstein, .derivativeFreeMilstein: return .explicit(name, .euler)
        case .exponentialEuler: return .exponentialEuler
        case .heun: return .explicit(name, .heun2)
        case .rossler(let name, let tableau): return .explicit(name, tableau.driftTableau)
        }
    }
}
