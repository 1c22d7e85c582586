import Foundation

/// The finite range covered by some values along one axis, in that axis's scale
/// (values a log axis cannot show are left out).
struct Extent: Equatable {
    var lo = Double.infinity
    var hi = -Double.infinity
    let scale: Scale
    /// Set by bars standing on zero, so padding never lifts them off the axis.
    var restsOnZero = false

    init(scale: Scale) {
        self.scale = scale
    }

    var isEmpty: Bool { lo > hi }

    mutating func include(_ value: Double) {
        guard value.isFinite, scale == .linear || value > 0 else { return }
        lo = Swift.min(lo, value)
        hi = Swift.max(hi, value)
    }

    mutating func include<C: Collection>(_ values: C) where C.Element == Double {
        for value in values { include(value) }
    }

    mutating func include(_ other: Extent) {
        restsOnZero = restsOnZero || other.restsOnZero
        guard !other.isEmpty else { return }
        include(other.lo)
        include(other.hi)
    }

    /// The range to draw: the data padded by 5% (in the axis's scale), widened
    /// around a constant, a default when there is no data, or the fixed limits.
    func limits(_ limits: Limits) -> (lo: Double, hi: Double) {
        if case .fixed(let a, let b) = limits, usable(a), usable(b), a != b {
            return (Swift.min(a, b), Swift.max(a, b))
        }
        guard !isEmpty else { return scale == .log ? (1, 10) : (0, 1) }
        return scale == .log ? paddedLog() : paddedLinear()
    }

    private func usable(_ value: Double) -> Bool {
        value.isFinite && (scale == .linear || value > 0)
    }

    private func paddedLinear() -> (lo: Double, hi: Double) {
        guard hi > lo else {
            let half = lo == 0 ? 1 : abs(lo) * 0.1
            return (lo - half, hi + half)
        }
        let pad = (hi - lo) * 0.05
        let low = restsOnZero && lo >= 0 ? Swift.max(0, lo - pad) : lo - pad, high = hi + pad
        return low.isFinite && high.isFinite ? (low, high) : (lo, hi)
    }

    private func paddedLog() -> (lo: Double, hi: Double) {
        let a = log10(lo), b = log10(hi)
        guard b > a else { return (lo / 2, hi * 2) }
        let pad = (b - a) * 0.05
        return (pow(10, a - pad), pow(10, b + pad))
    }
}
