/// What may follow a plot statement to make a figure for a paper:
/// `plot E.V[0:3] size = 3.5 in x 2.5 in, title = "V", xlim = [0 ms, 100 ms], log y, legend = none, labels = ["a", "b", "c"],
/// colour = ["black", "#d62728", "grey"]`.
/// Limits are expressions with units; the interpreter checks them against the axis.
public struct PlotOptions: Sendable, Hashable {
    public enum Legend: String, Sendable, Hashable {
        case outside, none
    }

    /// `size = W in x H in`: the figure's width and height in inches.
    public struct Size: Sendable, Hashable {
        public var width: Double
        public var height: Double
    }

    public var size: Size?
    public var title: String?
    /// `xlim = [a, b]` and `ylim = [a, b]`, with variable "xlim" and "ylim".
    public var xLimits: VariableInterval?
    public var yLimits: VariableInterval?
    public var logX = false
    public var logY = false
    public var legend: Legend?
    /// A list of words in quotes, one per named series of the figure, in order.
    public struct Names: Sendable, Hashable {
        public var names: [String]
        /// Where the list was written, for a count that does not match.
        public var range: SourceRange
    }

    /// `labels = ["soma", "dendrite"]`: the legend's names for the figure's named series.
    public var labels: Names?
    /// `colour = ["black", "#d62728"]` (or one colour for one series): the named series' colours.
    public var colours: Names?

    public init() {}

    /// The option names, each the word that starts it.
    package static let words: Set<String> = ["size", "title", "xlim", "ylim", "log", "legend", "labels", "colour"]
}
