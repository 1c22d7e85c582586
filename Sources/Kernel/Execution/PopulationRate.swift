/// Spikes per neuron per unit time in consecutive bins of `window` from `start`: only whole bins
/// up to `end`, since a partial last bin would read low.
package struct PopulationRate {
    /// Bin boundaries, one more than `rates`.
    package let edges: [Double]
    package let rates: [Double]

    package init(spikeTimes: [Double], neurons: Int, from start: Double, to end: Double, window: Double) {
        // A relative tolerance so that 10 ms of 0.1 ms steps holds two 5 ms bins despite rounding.
        let bins = max(0, Int(((end - start) / window * (1 + 1e-9)).rounded(.down)))
        edges = (0...bins).map { start + Double($0) * window }
        var counts = [Double](repeating: 0, count: bins)
        for time in spikeTimes {
            let k = Int(((time - start) / window).rounded(.down))
            if k >= 0 && k < bins { counts[k] += 1 }
        }
        rates = counts.map { $0 / (Double(max(neurons, 1)) * window) }
    }
}
