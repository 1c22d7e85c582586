/// The largest and smallest value of each variable along an orbit, where the collocation
/// polynomial has them: at a zero of its slope inside an interval or at an interval's end.
/// (Sampling the polynomial instead would miss a maximum by about u''·δ²/2 for samples δ apart.)
extension PeriodicOrbitProblem {
    func extremes(_ scaled: [Double]) -> (maxima: [Double], minima: [Double], amplitude: Double) {
        let u = orbit(scaled)
        var maxima = [Double](repeating: -.infinity, count: n)
        var minima = [Double](repeating: .infinity, count: n)
        let samples = 4 * basis.degree
        for j in 0..<intervals {
            for i in 0..<n {
                let nodes = (0...basis.degree).map { u[(j * basis.degree + $0) * n + i] }
                let c = basis.coefficients(nodes)
                let d = (1...basis.degree).map { Double($0) * c[$0] }
                let value = { (z: Double) in c.reversed().reduce(0) { $0 * z + $1 } }
                let slope = { (z: Double) in d.reversed().reduce(0) { $0 * z + $1 } }
                var candidates = [nodes[0], nodes[basis.degree]]
                for s in 0..<samples {
                    let (a, b) = (Double(s) / Double(samples), Double(s + 1) / Double(samples))
                    if slope(a) * slope(b) < 0 { candidates.append(value(root(of: slope, between: a, and: b))) }
                }
                maxima[i] = max(maxima[i], candidates.max()!)
                minima[i] = min(minima[i], candidates.min()!)
            }
        }
        let amplitude = zip(maxima, minima).map { $0 - $1 }.max() ?? 0
        return (maxima, minima, amplitude)
    }

    /// Bisection to rounding: at an extremum the value is flat, so the root's last digits
    /// do not matter, but bisection cannot leave the bracket.
    private func root(of f: (Double) -> Double, between a: Double, and b: Double) -> Double {
        var (a, b, fa) = (a, b, f(a))
        for _ in 0..<60 {
            let middle = (a + b) / 2
            let fm = f(middle)
            if fm * fa <= 0 { b = middle } else { (a, fa) = (middle, fm) }
        }
        return (a + b) / 2
    }
}
