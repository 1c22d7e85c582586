/// How close located special points are to the truth, relative to the scale of each
/// coordinate along a diagram (its span over the drawn branches or curves): the
/// tolerance within which two points are one, and the size below which a coordinate
/// is zero.
enum DiagramScale {
    /// A point located twice (an LPC met from the steps on both sides of it) lands within
    /// the locator's error of its zero, ~1e-9 of the span for a flat test function;
    /// distinct points of one kind on a drawn branch lie far more than 1e-6 of it apart.
    static let samePoint = 1e-6
    /// Newton stops at updates below 1e-11 of |u|; a located coordinate within 1e-9 of
    /// its span (the margin covers the test function's flatness) is 0 to the solver, and
    /// printing −9.9e-13 for it would claim a digit the solver does not have.
    static let zero = 1e-9

    /// Per coordinate the span (max − min) over `vectors`; where a coordinate does not vary,
    /// its largest magnitude, and 1 where that is 0 too.
    static func spans(of vectors: [[Double]], count: Int) -> [Double] {
        (0..<count).map { k in
            let values = vectors.compactMap { k < $0.count && $0[k].isFinite ? $0[k] : nil }
            guard let low = values.min(), let high = values.max() else { return 1 }
            if high > low { return high - low }
            return max(abs(low), abs(high)) > 0 ? max(abs(low), abs(high)) : 1
        }
    }
}

extension Double {
    /// 0 where the value is zero to the solver on a coordinate of this scale, else the value.
    func zeroWithinSolverTolerance(scale: Double) -> Double {
        abs(self) <= DiagramScale.zero * scale ? 0 : self
    }
}

extension Array where Element == BifurcationPoint {
    /// One of each point met more than once: the same kind with every parameter, and
    /// every state coordinate when `stateScales` is given, within `DiagramScale.samePoint`
    /// of its scale. The first met is kept.
    func mergingDuplicates(parameterScales: [Double], stateScales: [Double]?) -> [BifurcationPoint] {
        let close = { (a: [Double], b: [Double], scales: [Double]) in
            a.count == b.count && a.indices.allSatisfy { abs(a[$0] - b[$0]) <= DiagramScale.samePoint * scales[$0] }
        }
        var kept: [BifurcationPoint] = []
        for point in self where !kept.contains(where: {
            other in other.kind == point.kind && close(other.parameters, point.parameters, parameterScales)
                && (stateScales.map { close(other.state, point.state, $0) } ?? true)
        }) {
            kept.append(point)
        }
        return kept
    }
}
