/// What a renderer can draw, in output pixels. `SeriesPainter` turns every kind of
/// series into these calls, so the terminal and SVG renderers draw the same picture.
protocol Surface {
    mutating func beginSeries()
    mutating func endSeries()
    /// A connected line through points that already lie inside the plot area.
    mutating func polyline(_ points: [Pixel], colour: RGB, style: Style)
    /// `length` occupied pixels in a row starting at `x`; `rowHeight` is the
    /// height one event row would have, used by surfaces that draw ticks.
    mutating func span(x: Double, y: Double, length: Int, rowHeight: Double, colour: RGB)
    /// One scatter point.
    mutating func dot(_ point: Pixel, colour: RGB)
    /// A solid bar, as in a histogram.
    mutating func bar(_ rect: PixelRect, colour: RGB)
    /// A heatmap cell; `level` in 0...1 is its place on the colour scale.
    mutating func shade(_ rect: PixelRect, colour: RGB, level: Double)
    mutating func marker(_ point: Pixel, kind: MarkerKind, colour: RGB)
    mutating func arrow(from: Pixel, to: Pixel, colour: RGB)
    /// A marked point with a short text beside it, e.g. "LP" or "H".
    mutating func pointLabel(_ text: String, at point: Pixel, colour: RGB)
}
