/// A whole figure: an optional title and panels stacked in rows, top to bottom.
public struct Figure: Sendable, Codable, Equatable {
    public var title: String?
    public var panels: [Panel]
    /// When true every panel uses the same x range and only the bottom panel
    /// labels the x axis, like a raster above a rate trace.
    public var sharedX: Bool
    /// Set for a figure meant for a paper: the SVG and PDF are drawn at this size.
    public var size: PrintSize?

    public init(title: String? = nil, panels: [Panel], sharedX: Bool = false, size: PrintSize? = nil) {
        self.title = title
        self.panels = panels
        self.sharedX = sharedX
        self.size = size
    }
}

/// One set of axes with the series drawn in it; later series draw over earlier ones.
public struct Panel: Sendable, Codable, Equatable {
    public var xAxis: Axis
    public var yAxis: Axis
    public var series: [Series]
    public var title: String?
    public var legend: Bool
    /// The legend goes beside the plot even where a corner inside it is free
    /// (a paper's reader should not have to look for it among the data).
    public var legendOutside: Bool

    public init(xAxis: Axis = Axis(), yAxis: Axis = Axis(), series: [Series] = [],
                title: String? = nil, legend: Bool = true, legendOutside: Bool = false) {
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.series = series
        self.title = title
        self.legend = legend
        self.legendOutside = legendOutside
    }
}
