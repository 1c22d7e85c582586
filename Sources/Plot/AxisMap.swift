import Foundation

/// Maps data values on one axis to output pixels, through the axis's scale.
struct AxisMap: Sendable {
    let scale: Scale
    let lo: Double
    let hi: Double
    /// Pixel positions of `lo` and `hi`; `start > end` for a y axis drawn upwards.
    private(set) var start: Double
    private(set) var end: Double

    init(scale: Scale, lo: Double, hi: Double, start: Double, end: Double) {
        self.scale = scale
        self.lo = AxisMap.scaled(lo, scale)
        self.hi = AxisMap.scaled(hi, scale)
        self.start = start
        self.end = end
    }

    /// The same data range laid over other pixels.
    func spanning(start: Double, end: Double) -> AxisMap {
        var map = self
        map.start = start
        map.end = end
        return map
    }

    static func scaled(_ value: Double, _ scale: Scale) -> Double {
        guard scale == .log else { return value }
        return value > 0 ? log10(value) : .nan
    }

    /// The pixel for a data value; NaN when the value cannot be shown.
    func pixel(_ value: Double) -> Double {
        let fraction = (AxisMap.scaled(value, scale) - lo) / (hi - lo)
        return start + fraction * (end - start)
    }

    /// The pixels per unit of the scaled value (log10 of it on a log axis).
    var density: Double { abs(end - start) / (hi - lo) }
}

/// Data-to-pixel mapping of a panel's plot area.
struct Projection: Sendable {
    let x: AxisMap
    let y: AxisMap

    func pixel(_ x: Double, _ y: Double) -> Pixel {
        Pixel(x: self.x.pixel(x), y: self.y.pixel(y))
    }
}

/// A position in output pixels (braille dots in a terminal, px in SVG), y downwards.
struct Pixel: Equatable, Sendable {
    var x: Double
    var y: Double

    var isFinite: Bool { x.isFinite && y.isFinite }
}

/// An axis-aligned rectangle in output pixels.
struct PixelRect: Equatable, Sendable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }

    func contains(_ point: Pixel) -> Bool {
        point.x >= x && point.x <= maxX && point.y >= y && point.y <= maxY
    }

    func intersection(_ other: PixelRect) -> PixelRect? {
        let left = max(x, other.x), top = max(y, other.y)
        let right = min(maxX, other.maxX), bottom = min(maxY, other.maxY)
        guard right > left, bottom > top else { return nil }
        return PixelRect(x: left, y: top, width: right - left, height: bottom - top)
    }
}
