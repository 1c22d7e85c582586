/// The sizes an SVG is laid out with, in its user units: px for a screen, or points
/// (1/72 in) when the figure has a `PrintSize`, so a journal's type sizes and line
/// weights can be written as they are specified (8 pt ticks, 9 pt labels, 10 pt titles).
struct SVGMetrics: Sendable {
    var tickFont: Double
    var labelFont: Double
    var titleFont: Double
    var figureTitleFont: Double
    var legendFont: Double
    /// Everything drawn at the screen's size that no field below names (legend
    /// boxes, the colour bar) is multiplied by this.
    var scale: Double

    var frameWidth: Double
    var gridWidth: Double
    var tickLength: Double
    /// About one tick per this much length across and down a plot.
    var xTickSpacing: Double
    var yTickSpacing: Double

    /// Margins of a panel's plot area inside its band.
    var left: Double
    var right: Double
    var top: Double
    var topWithTitle: Double
    var bottomWithoutTicks: Double
    var bottomWithTicks: Double
    var bottomWithTitle: Double

    /// Baselines, measured from the plot's edge: tick labels below the x axis, left of the
    /// y axis (and how far a y label sits below its tick), the x title, the y title from the band.
    var xTickLabelBelow: Double
    var yTickLabelLeft: Double
    var yTickLabelDrop: Double
    var xTitleBelow: Double
    var yTitleInset: Double
    var panelTitleAbove: Double
    /// The figure's title: its baseline and the height it takes from the panels.
    var figureTitleBaseline: Double
    var figureTitleHeight: Double
    /// Bold letters A, B, C… at the top left of each panel of a multi-panel figure.
    var panelLetters: Bool

    /// The layout of an 800 × 500 px figure on a screen.
    static let screen = SVGMetrics(
        tickFont: 11, labelFont: 13, titleFont: 14, figureTitleFont: 16, legendFont: 12, scale: 1,
        frameWidth: 1, gridWidth: 1, tickLength: 5, xTickSpacing: 90, yTickSpacing: 45,
        left: 72, right: 16, top: 10, topWithTitle: 26, bottomWithoutTicks: 8, bottomWithTicks: 26, bottomWithTitle: 44,
        xTickLabelBelow: 18, yTickLabelLeft: 8, yTickLabelDrop: 4, xTitleBelow: 36, yTitleInset: 18, panelTitleAbove: 8,
        figureTitleBaseline: 22, figureTitleHeight: 30, panelLetters: false)

    /// The layout in points for a paper: 8 pt tick labels, 9 pt axis labels, 10 pt titles,
    /// a 0.8 pt frame and 3.5 pt ticks (matplotlib's defaults for the last two).
    static let print = SVGMetrics(
        tickFont: 8, labelFont: 9, titleFont: 10, figureTitleFont: 10, legendFont: 8, scale: 0.65,
        frameWidth: 0.8, gridWidth: 0.5, tickLength: 3.5, xTickSpacing: 25, yTickSpacing: 20,
        left: 48, right: 8, top: 8, topWithTitle: 18, bottomWithoutTicks: 6, bottomWithTicks: 18, bottomWithTitle: 31,
        xTickLabelBelow: 13, yTickLabelLeft: 6, yTickLabelDrop: 3, xTitleBelow: 26, yTitleInset: 17, panelTitleAbove: 5,
        figureTitleBaseline: 12, figureTitleHeight: 18, panelLetters: true)
}
