import Foundation

/// The grid of time steps that recorded times lie on, so that they print as the
/// decimals they are: a spike at step 2974 of 0.01 ms is 29.74 ms, not the
/// 29.740000000000002 that 2974 × 1e-5 s ÷ 1e-3 makes in floating point.
///
///     StepGrid(steps: [1e-5], scale: 1e-3).snap(2974 * 1e-5 / 1e-3)   // 29.74
struct StepGrid {
    /// Decimal places of the finest step in the printed unit; nil when a step is
    /// no short decimal (a third), and times are left as computed.
    let decimals: Int?

    /// `steps` in seconds (or model units), printed in units of `scale`.
    init(steps: some Sequence<Double>, scale: Double) {
        var decimals: Int? = 0
        for step in steps {
            // The step in the printed unit, without the noise of the division.
            let printed = Double(String(format: "%.12g", step / scale)) ?? step / scale
            let places = (0...9).first { Double(String(format: "%.\($0)f", printed)) == printed }
            decimals = places.flatMap { places in decimals.map { max($0, places) } }
        }
        self.decimals = decimals
    }

    /// The decimal nearest to `time` with the grid's places: exactly what prints as k·dt.
    func snap(_ time: Double) -> Double {
        guard let decimals, time.isFinite else { return time }
        return Double(String(format: "%.\(decimals)f", time)) ?? time
    }
}
