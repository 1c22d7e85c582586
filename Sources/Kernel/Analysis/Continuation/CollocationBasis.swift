/// Piecewise polynomials of degree 4 on [0, 1] for orthogonal collocation (as in
/// AUTO): on each mesh interval the orbit is the Lagrange polynomial through 5
/// equally spaced nodes, and the equations hold at the 4 Gauss–Legendre points.
enum CollocationBasis {
    static let degree = 4
    /// Gauss–Legendre points and weights on [0, 1].
    static let gaussPoints: [Double] = [-0.8611363115940526, -0.3399810435848563,
                                        0.3399810435848563, 0.8611363115940526].map { ($0 + 1) / 2 }
    static let gaussWeights: [Double] = [0.3478548451374538, 0.6521451548625461,
                                         0.6521451548625461, 0.3478548451374538].map { $0 / 2 }

    /// ℓ_l(z_k) and ℓ'_l(z_k), indexed [k][l], for the nodes l/degree.
    static let values: [[Double]] = gaussPoints.map { z in (0...degree).map { lagrange($0, at: z) } }
    static let derivatives: [[Double]] = gaussPoints.map { z in (0...degree).map { lagrangeDerivative($0, at: z) } }

    static func node(_ l: Int) -> Double { Double(l) / Double(degree) }

    static func lagrange(_ l: Int, at z: Double) -> Double {
        (0...degree).filter { $0 != l }.reduce(1) { $0 * (z - node($1)) / (node(l) - node($1)) }
    }

    static func lagrangeDerivative(_ l: Int, at z: Double) -> Double {
        let others = (0...degree).filter { $0 != l }
        return others.reduce(0) { sum, skip in
            sum + others.filter { $0 != skip }.reduce(1 / (node(l) - node(skip))) { $0 * (z - node($1)) / (node(l) - node($1)) }
        }
    }
}
