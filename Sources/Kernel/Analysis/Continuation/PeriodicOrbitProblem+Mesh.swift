import Foundation

/// Mesh adaptation by equidistribution, as AUTO does it: the error of degree-m collocation
/// on an interval of width h is about h^(m+1)·|u^(m+1)|, so the mesh that spreads the
/// integral of |u^(m+1)|^(1/(m+1)) evenly over its intervals makes those errors equal.
extension PeriodicOrbitProblem {
    /// The mesh with as many intervals that equidistributes the error monitor of the orbit.
    func adaptedMesh(_ scaled: [Double]) -> [Double] {
        let u = orbit(scaled)
        let m = basis.degree
        // u^(m) is constant on each interval; its jumps between neighbours estimate u^(m+1).
        let highest: [[Double]] = (0..<intervals).map { j in
            let scale = pow(widths[j], Double(m))
            return (0..<n).map { i in
                (0...m).reduce(0.0) { $0 + basis.highestDerivative[$1] * u[(j * m + $1) * n + i] } / scale
            }
        }
        let jump: [Double] = (0..<intervals).map { j in
            let before = (j + intervals - 1) % intervals
            let distance = (widths[before] + widths[j]) / 2
            return zip(highest[j], highest[before]).map { abs($0 - $1) }.max()! / distance
        }
        var monitor = (0..<intervals).map { j in pow((jump[j] + jump[(j + 1) % intervals]) / 2, 1 / Double(m + 1)) }
        // A floor keeps intervals finite where the orbit is locally a polynomial of degree m.
        let floor = 1e-3 * (monitor.max() ?? 0)
        guard floor > 0, floor.isFinite else { return mesh }
        monitor = monitor.map { max($0, floor) }
        var cumulative = [0.0]
        for j in 0..<intervals { cumulative.append(cumulative[j] + monitor[j] * widths[j]) }
        let total = cumulative[intervals]
        var adapted = [0.0]
        var j = 0
        for k in 1..<intervals {
            let target = total * Double(k) / Double(intervals)
            while cumulative[j + 1] < target { j += 1 }
            adapted.append(mesh[j] + (target - cumulative[j]) / monitor[j])
        }
        return adapted + [1]
    }

    /// The unknowns (or a tangent) of this problem written on `other`'s mesh, of as many nodes: each
    /// takes the value of this mesh's piecewise polynomial there; T and p are copied.
    func remapped(_ scaled: [Double], to other: PeriodicOrbitProblem) -> [Double] {
        let m = other.basis.degree
        var result = [Double](repeating: 0, count: other.unknownCount)
        for node in 0..<other.nodeCount {
            let j = min(node / m, other.intervals - 1)
            let time = other.mesh[j] + other.widths[j] * Double(node - j * m) / Double(m)
            let value = self.value(scaled, at: time)
            for i in 0..<n { result[node * n + i] = value[i] }
        }
        result[other.periodIndex] = scaled[periodIndex]
        result[other.periodIndex + 1] = scaled[periodIndex + 1]
        return result
    }

    /// The piecewise polynomial of the nodes in `u` (scaled or not alike: this is linear) at τ.
    func value(_ u: [Double], at time: Double) -> [Double] {
        var j = 0
        while j < intervals - 1, mesh[j + 1] <= time { j += 1 }
        let weights = basis.weights(at: (time - mesh[j]) / widths[j])
        var value = [Double](repeating: 0, count: n)
        for (l, w) in weights.enumerated() {
            for i in 0..<n { value[i] += w * u[(j * basis.degree + l) * n + i] }
        }
        return value
    }
}
