/// The type of an equilibrium, read from the eigenvalues of its Jacobian: the
/// planar names (node, focus, saddle, centre) in two dimensions, stable/unstable
/// with the number of unstable directions otherwise.
public enum Stability: Sendable, Hashable {
    case stable, unstable
    case stableNode, unstableNode, stableFocus, unstableFocus, centre
    case saddle(unstableDirections: Int)
    /// An eigenvalue with zero real part outside the planar centre: a bifurcation point.
    case nonHyperbolic

    /// Real parts within this fraction of the largest eigenvalue count as zero.
    static let zeroTolerance = 1e-9

    public init(eigenvalues: [LinearAlgebra.Complex]) {
        guard eigenvalues.allSatisfy({ $0.re.isFinite && $0.im.isFinite }) else {
            self = .nonHyperbolic
            return
        }
        let largest = eigenvalues.map(\.magnitude).max() ?? 0
        let zero = Stability.zeroTolerance * max(largest, .leastNormalMagnitude)
        let unstable = eigenvalues.filter { $0.re > zero }.count
        let neutral = eigenvalues.filter { abs($0.re) <= zero }.count
        let oscillating = eigenvalues.contains { $0.im != 0 }
        switch (eigenvalues.count, unstable, neutral) {
        case (2, 0, 2) where oscillating: self = .centre
        case (_, _, 1...): self = .nonHyperbolic
        case (2, 0, _): self = oscillating ? .stableFocus : .stableNode
        case (2, 2, _): self = oscillating ? .unstableFocus : .unstableNode
        case (_, 0, _): self = .stable
        case (let n, let k, _) where k == n: self = .unstable
        case (_, let k, _): self = .saddle(unstableDirections: k)
        }
    }

    public var isStable: Bool {
        switch self {
        case .stable, .stableNode, .stableFocus: return true
        default: return false
        }
    }

    public var isSaddle: Bool {
        if case .saddle = self { return true }
        return false
    }

    public var name: String {
        switch self {
        case .stable: return "stable"
        case .unstable: return "unstable"
        case .stableNode: return "stable node"
        case .unstableNode: return "unstable node"
        case .stableFocus: return "stable focus"
        case .unstableFocus: return "unstable focus"
        case .centre: return "centre"
        case .saddle(let k): return k == 1 ? "saddle" : "saddle (\(k) unstable)"
        case .nonHyperbolic: return "non-hyperbolic"
        }
    }
}
