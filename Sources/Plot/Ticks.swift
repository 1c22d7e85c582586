import Foundation

/// Tick positions and labels: "nice" steps of 1, 2 or 5 × 10^k on linear axes,
/// decades (or 1-2-5 within a decade) on log axes.
public enum Ticks {
    /// A step of `mantissa × 10^exponent` with `mantissa` in {1, 2, 5}.
    public struct Step: Sendable, Equatable {
        public var mantissa: Int
        public var exponent: Int

        public var value: Double { Ticks.decimal(mantissa, exponent) }
    }

    /// The nice step nearest to `raw` (rounding to 1, 2, 5 or 10 × a power of ten).
    public static func niceStep(_ raw: Double) -> Step {
        guard raw.isFinite, raw > 0 else { return Step(mantissa: 1, exponent: 0) }
        var exponent = Int(floor(log10(raw)))
        let fraction = raw / decimal(1, exponent)
        let mantissa: Int
        switch fraction {
        case ..<1.5: mantissa = 1
        case ..<3: mantissa = 2
        case ..<7: mantissa = 5
        default:
            mantissa = 1
            exponent += 1
        }
        return Step(mantissa: mantissa, exponent: exponent)
    }

    /// About `count` nice ticks inside `[lo, hi]`; a single tick for an empty range.
    public static func linear(lo: Double, hi: Double, count: Int) -> [Double] {
        guard lo.isFinite, hi.isFinite else { return [] }
        let (low, high) = (min(lo, hi), max(lo, hi))
        let span = high - low
        guard span > 0 else { return [low] }
        guard span.isFinite else { return [low, high] }
        let step = niceStep(span / Double(max(1, count - 1)))
        let stepValue = step.value
        guard abs(low) / stepValue < 1e15, abs(high) / stepValue < 1e15 else { return [low, high] }
        // Tolerate the rounding error of the data itself, which on a tiny range is a visible fraction of a step.
        let first = Int(ceil(low / stepValue - tolerance(low, step: stepValue)))
        let last = Int(floor(high / stepValue + tolerance(high, step: stepValue)))
        guard first <= last else { return [] }
        return (first...last).map { decimal($0 * step.mantissa, step.exponent) }
    }

    private static func tolerance(_ value: Double, step: Double) -> Double {
        1e-9 + 4 * value.ulp / step
    }

    /// Ticks for a log axis over positive `[lo, hi]`: powers of ten, thinned to about
    /// `count`, or 1-2-5 multiples when the range spans less than two decades.
    public static func log(lo: Double, hi: Double, count: Int) -> [Double] {
        guard lo.isFinite, hi.isFinite, lo > 0, hi > 0 else { return [] }
        let (low, high) = (min(lo, hi), max(lo, hi))
        let firstDecade = Int(ceil(log10(low) - 1e-9))
        let lastDecade = Int(floor(log10(high) + 1e-9))
        if lastDecade - firstDecade >= 1 {
            let stride = max(1, Int(ceil(Double(lastDecade - firstDecade + 1) / Double(max(1, count)))))
            return Swift.stride(from: firstDecade, through: lastDecade, by: stride).map { decimal(1, $0) }
        }
        let multiples = (firstDecade - 1...lastDecade + 1).flatMap { decade in
            [1, 2, 5].map { decimal($0, decade) }
        }
        let inside = multiples.filter { $0 >= low * (1 - 1e-12) && $0 <= high * (1 + 1e-12) }
        return inside.count >= 2 ? inside : linear(lo: low, hi: high, count: count)
    }

    /// Labels for ticks on a linear axis, all with the same number of decimals.
    public static func labels(_ ticks: [Double]) -> [String] {
        guard let largest = ticks.map(abs).max() else { return [] }
        let step = ticks.count > 1 ? niceStep(abs(ticks[1] - ticks[0])) : niceStep(largest > 0 ? largest : 1)
        if largest >= 1e6 || (largest > 0 && largest < 1e-4) {
            return ticks.map(scientific)
        }
        let decimals = max(0, -step.exponent)
        return ticks.map { String(format: "%.\(decimals)f", $0 + 0.0) }
    }

    /// Labels for ticks on a log axis: plain numbers near 1, `1e5` style beyond.
    public static func logLabels(_ ticks: [Double]) -> [String] {
        ticks.map { value in
            let exponent = log10(value)
            let isDecade = abs(exponent - exponent.rounded()) < 1e-9
            if (-3...4).contains(exponent.rounded()) {
                return String(format: "%g", value)
            }
            return isDecade ? "1e\(Int(exponent.rounded()))" : scientific(value)
        }
    }

    /// `1.5e-7` style, without trailing zeros.
    static func scientific(_ value: Double) -> String {
        guard value != 0 else { return "0" }
        let exponent = Int(floor(log10(abs(value)) + 1e-12))
        let mantissa = value / decimal(1, exponent)
        var digits = String(format: "%.2f", mantissa)
        while digits.hasSuffix("0") { digits.removeLast() }
        if digits.hasSuffix(".") { digits.removeLast() }
        return "\(digits)e\(exponent)"
    }

    /// `significand × 10^exponent`, correctly rounded (the decimal literal's value).
    static func decimal(_ significand: Int, _ exponent: Int) -> Double {
        Double("\(significand)e\(exponent)") ?? 0
    }
}
