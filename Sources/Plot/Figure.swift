/// A whole figure: an optional title and panels stacked in rows, top to bottom.
public struct Figure: Sendable, Codable, Equatable {
    public var title: String?
    public var panels: [Panel]
    /// When true every panel uses the same x range and only the bottom panel
    /// labels the x axis, like a raster above a rate trace.
    public var sharedX: Bool

    public init(title: String? = nil, panels: [Panel], sharedX: Bool = false) {
        self.title = title
        self.panels = panels
        self.sharedX = sharedX
    }
}

/// One set of axes with the series drawn in it; later series draw over earlier ones.
public struct Panel: Sendable, Codable, Equatable {
    public var xAxis: Axis
    public var yAxis: Axis
    public var series: [Series]
    public var title: String?
    public var legend: Bool

    public init(xAxis: Axis = Axis(), yAxis: Axis = Axis(), series: [Series] = [],
                title: String? = nil, legend: Bool = true) {
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.series = series
        self.title = title
        self.legend = legend
    }
}
