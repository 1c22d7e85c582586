/// Newton's method for a square system G(u) = 0, the one corrector every
/// continuation step, location and starting point uses.
struct Newton {
    var tolerance = 1e-11
    var maxIterations = 12

    struct Solution {
        var u: [Double]
        var iterations: Int
    }

    /// Converged when the update is below `tolerance` relative to the size of u;
    /// nil when it diverges, meets a singular matrix or produces a non-finite value.
    /// `step(u, g)` solves G'(u) δ = g.
    func solve(from start: [Double], residual: ([Double]) -> [Double],
               step: ([Double], [Double]) -> [Double]?) -> Solution? {
        var u = start
        for iteration in 1...maxIterations {
            let g = residual(u)
            guard g.allSatisfy(\.isFinite), let delta = step(u, g) else { return nil }
            u = u - delta
            guard u.allSatisfy(\.isFinite) else { return nil }
            if delta.maxNorm <= tolerance * (1 + u.maxNorm) { return Solution(u: u, iterations: iteration) }
        }
        return nil
    }
}
