import Foundation

/// How a Caputo derivative of order alpha in (0, 1] is discretised on a uniform grid of step dt.
/// Both schemes read the right side f at the start of the step (explicitly, like Euler) and
/// write the new state as
///
///     x[n+1] = x[n] + w[0] * f(x[n], t[n]) - sum_{j=1..n} w[j] * d[j]
///
/// - `l1` (Caputo L1): w[0] = Γ(2−α)·dt^α, w[j] = (j+1)^(1−α) − j^(1−α), d[j] = x[n+1−j] − x[n−j].
///   The derivative's truncation error is O(dt^(2−α)) for smooth x; with f read explicitly the
///   solution converges at order 1 (α < 1).
/// - `gl` (Grünwald–Letnikov applied to x − x[0], which is the Caputo derivative):
///   w[0] = dt^α, w[1] = 1 − α, w[j] = c[j] for j ≥ 2 with c[0] = 1, c[j] = c[j−1]·(1 − (1+α)/j);
///   d[j] = x[n+1−j] − x[0]. Order 1.
///
/// At α = 1 every w[j] with j ≥ 1 is exactly 0 and w[0] = dt, so both are Euler bit for bit.
/// A short memory keeps the terms j < window only (Podlubny's short-memory principle).
public enum FractionalScheme: String, Sendable, Hashable, CaseIterable {
    case l1, gl

    /// The method names `run … method =` takes.
    public var methodName: String { self == .l1 ? "caputo_l1" : "gl" }

    /// w[0] ..< w[count], computed once per run.
    public func weights(order alpha: Double, dt: Double, count: Int) -> [Double] {
        var w = [Double](repeating: 0, count: max(1, count))
        switch self {
        case .l1:
            w[0] = tgamma(2 - alpha) * pow(dt, alpha)
            for j in w.indices.dropFirst() { w[j] = pow(Double(j + 1), 1 - alpha) - pow(Double(j), 1 - alpha) }
        case .gl:
            w[0] = pow(dt, alpha)
            var c = 1.0
            for j in w.indices.dropFirst() {
                c *= 1 - (1 + alpha) / Double(j)
                w[j] = j == 1 ? 1 - alpha : c
            }
        }
        return w
    }
}
