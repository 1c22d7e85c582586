import Kernel
@testable import Analysis

/// Hand-written vector fields with closed-form bifurcations, for the continuation tests.
enum TestSystems {
    /// x' = p − x²: a fold at p = 0, x = 0.
    static let fold = DynamicalSystem(
        variables: ["x"], parameters: ["p"], parameterValues: [0.5],
        rhs: { x, p in [p[0] - x[0] * x[0]] },
        jacobian: { x, _ in [-2 * x[0]] },
        parameterDerivative: { _, _, _ in [1] })

    /// The Hopf normal form in Cartesian coordinates, z = x + iy:
    /// z' = (mu + i omega) z + sigma z |z|², so l1 = 2 sigma / omega (for ⟨q, q⟩ = 1) and the cycle has
    /// radius √(−mu/sigma) and period 2π/omega.
    static func hopf(omega: Double, sigma: Double, mu: Double = -0.5) -> DynamicalSystem {
        DynamicalSystem(
            variables: ["x", "y"], parameters: ["mu", "omega", "sigma"], parameterValues: [mu, omega, sigma],
            rhs: { s, p in
                let (x, y, r2) = (s[0], s[1], s[0] * s[0] + s[1] * s[1])
                return [p[0] * x - p[1] * y + p[2] * x * r2, p[1] * x + p[0] * y + p[2] * y * r2]
            },
            jacobian: { s, p in
                let (x, y, mu, omega, sigma) = (s[0], s[1], p[0], p[1], p[2])
                return [mu + sigma * (3 * x * x + y * y), -omega + 2 * sigma * x * y,
                        omega + 2 * sigma * x * y, mu + sigma * (x * x + 3 * y * y)]
            },
            parameterDerivative: { s, _, k in
                let (x, y, r2) = (s[0], s[1], s[0] * s[0] + s[1] * s[1])
                switch k {
                case 0: return [x, y]
                case 1: return [-y, x]
                default: return [x * r2, y * r2]
                }
            })
    }

    /// FitzHugh–Nagumo, v' = v − v³/3 − w + Iext, w' = (v + a − b w)/tau.
    static let fitzHughNagumo = DynamicalSystem(
        variables: ["v", "w"], parameters: ["a", "b", "tau", "Iext"], parameterValues: [0.7, 0.8, 12.5, 0],
        rhs: { s, p in
            let (v, w) = (s[0], s[1])
            return [v - v * v * v / 3 - w + p[3], (v + p[0] - p[1] * w) / p[2]]
        },
        jacobian: { s, p in [1 - s[0] * s[0], -1, 1 / p[2], -p[1] / p[2]] },
        parameterDerivative: { s, p, k in
            let (v, w) = (s[0], s[1])
            switch k {
            case 0: return [0, 1 / p[2]]
            case 1: return [0, -w / p[2]]
            case 2: return [0, -(v + p[0] - p[1] * w) / (p[2] * p[2])]
            default: return [1, 0]
            }
        })

    /// The two Hopf values of Iext in closed form: trace J = 0 on the cubic nullcline,
    /// v² = 1 − b/tau, Iext = (v + a)/b − v + v³/3.
    static func fitzHughNagumoHopfInputs(a: Double = 0.7, b: Double = 0.8, tau: Double = 12.5) -> [Double] {
        let v = (1 - b / tau).squareRoot()
        return [-v, v].map { v in (v + a) / b - v + v * v * v / 3 }.sorted()
    }

    /// Lorenz, x' = σ(y − x), y' = x(ρ − z) − y, z' = xy − βz: the origin loses stability
    /// in a pitchfork at ρ = 1 onto C± = (±√(β(ρ−1)), ±√(β(ρ−1)), ρ − 1).
    static func lorenz(sigma: Double = 10, beta: Double = 8.0 / 3, rho: Double = 0.5) -> DynamicalSystem {
        DynamicalSystem(
            variables: ["x", "y", "z"], parameters: ["sigma", "rho", "beta"], parameterValues: [sigma, rho, beta],
            rhs: { s, p in [p[0] * (s[1] - s[0]), s[0] * (p[1] - s[2]) - s[1], s[0] * s[1] - p[2] * s[2]] },
            jacobian: { s, p in [-p[0], p[0], 0, p[1] - s[2], -1, -s[0], s[1], s[0], -p[2]] },
            parameterDerivative: { s, _, k in
                switch k {
                case 0: return [s[1] - s[0], 0, 0]
                case 1: return [0, s[0], 0]
                default: return [0, 0, -s[2]]
                }
            })
    }

    /// Rössler, x' = −y − z, y' = x + a y, z' = b + z(x − c): with a = b = 0.2 its cycle
    /// doubles its period first near c = 2.83 on the way to chaos.
    /// A Hopf normal form in (x, y) driving z: r' = r(μ − r²), z' = z(r² − a) − z³. The cycles
    /// r = √μ, z = 0 (period 2π) have the multipliers e^(−4πμ) and e^(2π(μ − a)): the second
    /// crosses 1 at μ = a, a pitchfork of cycles where those with z = ±√(μ − a) branch off.
    static func cyclePitchfork(mu: Double = -0.5, a: Double = 0.5) -> DynamicalSystem {
        DynamicalSystem(
            variables: ["x", "y", "z"], parameters: ["mu", "a"], parameterValues: [mu, a],
            rhs: { s, p in
                let r2 = s[0] * s[0] + s[1] * s[1]
                return [p[0] * s[0] - s[1] - s[0] * r2, s[0] + p[0] * s[1] - s[1] * r2, s[2] * (r2 - p[1]) - s[2] * s[2] * s[2]]
            },
            jacobian: { s, p in
                let (x, y, z) = (s[0], s[1], s[2])
                return [p[0] - 3 * x * x - y * y, -1 - 2 * x * y, 0,
                        1 - 2 * x * y, p[0] - x * x - 3 * y * y, 0,
                        2 * x * z, 2 * y * z, x * x + y * y - p[1] - 3 * z * z]
            },
            parameterDerivative: { s, _, k in k == 0 ? [s[0], s[1], 0] : [0, 0, -s[2]] })
    }

    static func rossler(a: Double = 0.2, b: Double = 0.2, c: Double = 2) -> DynamicalSystem {
        DynamicalSystem(
            variables: ["x", "y", "z"], parameters: ["a", "b", "c"], parameterValues: [a, b, c],
            rhs: { s, p in [-s[1] - s[2], s[0] + p[0] * s[1], p[1] + s[2] * (s[0] - p[2])] },
            jacobian: { s, p in [0, -1, -1, 1, p[0], 0, s[2], 0, s[0] - p[2]] },
            parameterDerivative: { s, _, k in
                switch k {
                case 0: return [0, s[1], 0]
                case 1: return [0, 0, 1]
                default: return [0, 0, -s[2]]
                }
            })
    }

    /// Two uncoupled planar oscillators, z' = (p + i) z − z|z|² and w' = (p − 1/2 + 2i) w: the
    /// cycle |z| = √p born at p = 0 has, in the w plane, the multipliers exp((p − 1/2 ± 2i)·2π),
    /// which cross the unit circle as a complex pair at p = 1/2: a torus bifurcation.
    static let torus = DynamicalSystem(
        variables: ["x", "y", "u", "v"], parameters: ["p"], parameterValues: [-0.2],
        rhs: { s, p in
            let r2 = s[0] * s[0] + s[1] * s[1], q = p[0] - 0.5
            return [p[0] * s[0] - s[1] - s[0] * r2, s[0] + p[0] * s[1] - s[1] * r2, q * s[2] - 2 * s[3], 2 * s[2] + q * s[3]]
        },
        jacobian: { s, p in
            let (x, y, q) = (s[0], s[1], p[0] - 0.5)
            return [p[0] - 3 * x * x - y * y, -1 - 2 * x * y, 0, 0,
                    1 - 2 * x * y, p[0] - x * x - 3 * y * y, 0, 0,
                    0, 0, q, -2,
                    0, 0, 2, q]
        },
        parameterDerivative: { s, _, _ in [s[0], s[1], s[2], s[3]] })
}
