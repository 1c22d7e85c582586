/// The physical size a figure is drawn at for a paper, in inches. A renderer that
/// has one lays the figure out in points (1/72 in), so type and line weights come
/// out at the sizes a journal asks for; the terminal ignores it.
public struct PrintSize: Sendable, Codable, Equatable {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// Points per inch, as PDF and PostScript count them.
    public static let pointsPerInch = 72.0

    public var widthInPoints: Double { width * Self.pointsPerInch }
    public var heightInPoints: Double { height * Self.pointsPerInch }
}
