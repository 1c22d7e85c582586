import Foundation

/// Piecewise polynomials of one degree m on [0, 1] for orthogonal collocation (as in
/// AUTO): on each mesh interval the orbit is the Lagrange polynomial through m + 1
/// equally spaced nodes, and the equations hold at the m Gauss–Legendre points, so the
/// orbit at the mesh points is accurate to O(h^2m) and everywhere to O(h^(m+1)).
struct CollocationBasis: Sendable, Equatable {
    static let degrees = 2...7

    let degree: Int
    /// Gauss–Legendre points and weights on [0, 1].
    let gaussPoints: [Double]
    let gaussWeights: [Double]
    /// ℓ_l(z_k) and ℓ'_l(z_k), indexed [k][l], for the nodes l/degree.
    let values: [[Double]]
    let derivatives: [[Double]]
    /// ℓ_l^(m), constant on the interval: the m-th derivative of the polynomial is Σ_l c_l u_l.
    let highestDerivative: [Double]
    /// ℓ_l(z) = Σ_k power[l][k] z^k, so the polynomial through node values is evaluated by
    /// Horner's rule without forming the Lagrange products each time.
    let power: [[Double]]

    init(degree: Int) {
        precondition(Self.degrees.contains(degree))
        self.degree = degree
        let (points, weights) = Self.gaussLegendre(degree)
        gaussPoints = points
        gaussWeights = weights
        var values: [[Double]] = [], derivatives: [[Double]] = []
        for z in points {
            values.append((0...degree).map { Self.lagrange($0, degree, at: z) })
            derivatives.append((0...degree).map { Self.lagrangeDerivative($0, degree, at: z) })
        }
        self.values = values
        self.derivatives = derivatives
        // ℓ_l(z) = Π_{k≠l} (z − z_k)/(z_l − z_k): its m-th derivative is m!/Π_{k≠l}(z_l − z_k).
        let factorial = (1...degree).reduce(1.0) { $0 * Double($1) }
        highestDerivative = (0...degree).map { l in
            factorial / (0...degree).filter { $0 != l }.reduce(1.0) { $0 * (Self.node(l, degree) - Self.node($1, degree)) }
        }
        power = (0...degree).map { l in
            (0...degree).filter { $0 != l }.reduce([1.0]) { product, k in
                // product · (z − z_k)/(z_l − z_k)
                let scale = 1 / (Self.node(l, degree) - Self.node(k, degree))
                var next = [Double](repeating: 0, count: product.count + 1)
                for (i, c) in product.enumerated() {
                    next[i + 1] += c * scale
                    next[i] -= c * scale * Self.node(k, degree)
                }
                return next
            }
        }
    }

    /// The coefficients in z of the polynomial through `nodes` (m + 1 values).
    func coefficients(_ nodes: [Double]) -> [Double] {
        var c = [Double](repeating: 0, count: degree + 1)
        for (l, value) in nodes.enumerated() {
            for k in 0...degree { c[k] += value * power[l][k] }
        }
        return c
    }

    /// ℓ_l(z) for every node l.
    func weights(at z: Double) -> [Double] { (0...degree).map { Self.lagrange($0, degree, at: z) } }

    private static func node(_ l: Int, _ degree: Int) -> Double { Double(l) / Double(degree) }

    private static func lagrange(_ l: Int, _ degree: Int, at z: Double) -> Double {
        (0...degree).filter { $0 != l }.reduce(1) { $0 * (z - node($1, degree)) / (node(l, degree) - node($1, degree)) }
    }

    private static func lagrangeDerivative(_ l: Int, _ degree: Int, at z: Double) -> Double {
        let others = (0...degree).filter { $0 != l }
        return others.reduce(0) { sum, skip in
            sum + others.filter { $0 != skip }.reduce(1 / (node(l, degree) - node(skip, degree))) {
                $0 * (z - node($1, degree)) / (node(l, degree) - node($1, degree))
            }
        }
    }

    /// The m-point Gauss–Legendre rule on [0, 1] (m ≥ 2): Newton on the Legendre polynomial
    /// P_m from the guesses cos(π(i − 1/4)/(m + 1/2)), converged to rounding in a few steps.
    private static func gaussLegendre(_ m: Int) -> (points: [Double], weights: [Double]) {
        var points: [Double] = [], weights: [Double] = []
        for i in 1...m {
            var x = cos(Double.pi * (Double(i) - 0.25) / (Double(m) + 0.5))
            var slope = 0.0
            for _ in 0..<100 {
                var (p0, p1) = (1.0, x)
                for k in 2...m { (p0, p1) = (p1, ((2 * Double(k) - 1) * x * p1 - Double(k - 1) * p0) / Double(k)) }
                slope = Double(m) * (x * p1 - p0) / (x * x - 1)
                let dx = p1 / slope
                x -= dx
                if abs(dx) < 1e-16 { break }
            }
            points.append((1 - x) / 2)
            weights.append(1 / ((1 - x * x) * slope * slope))
        }
        return (points, weights)
    }
}
