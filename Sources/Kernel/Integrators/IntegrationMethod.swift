import Model

/// How a population's equations advance by one step.
public enum IntegrationMethod: Sendable, Hashable {
    case explicit(String, ButcherTableau)
    /// Exact for the part of each equation linear in its own variable (as in BrainPy and Brian2):
    /// x ← x + dt·f·exprel(dt·∂f/∂x), with all right sides read at the start of the step.
    case exponentialEuler

    public static let named: [(String, IntegrationMethod)] = [
        ("euler", .explicit("euler", .euler)), ("midpoint", .explicit("midpoint", .midpoint)),
        ("heun2", .explicit("heun2", .heun2)), ("ralston2", .explicit("ralston2", .ralston2)),
        // rk2 is the generic second-order method with beta = 2/3 (as BrainPy names it), i.e. Ralston's tableau.
        ("rk2", .explicit("rk2", .ralston2)), ("rk3", .explicit("rk3", .rk3)), ("heun3", .explicit("heun3", .heun3)),
        ("ralston3", .explicit("ralston3", .ralston3)), ("ssprk3", .explicit("ssprk3", .ssprk3)),
        ("rk4", .explicit("rk4", .rk4)), ("ralston4", .explicit("ralston4", .ralston4)),
        ("rk4_38rule", .explicit("rk4_38rule", .rk4_38)), ("exp_euler", .exponentialEuler),
    ]

    public static func named(_ name: String) -> IntegrationMethod? {
        named.first { $0.0 == name }?.1
    }

    public var name: String {
        switch self {
        case .explicit(let name, _): return name
        case .exponentialEuler: return "exp_euler"
        }
    }

    /// Exponential Euler where every equation is linear in its own variable, else RK4.
    public static func defaultChoice(for model: NeuronModel) -> (IntegrationMethod, reason: String) {
        if model.equations.isEmpty { return (.explicit("euler", .euler), "\(model.name) has no equations") }
        if let nonlinear = model.equations.first(where: { !$0.rhs.isLinear(in: $0.variable) }) {
            return (.explicit("rk4", .rk4), "d\(nonlinear.variable)/dt of \(model.name) is nonlinear in \(nonlinear.variable)")
        }
        return (.exponentialEuler, "every equation of \(model.name) is linear in its own variable")
    }
}
