import Language
import Support

/// Why a sweep's members cannot share one compiled step: which swept values differ between the first member and
/// one whose step differs, what in the step they change, and the statement or declaration that part comes from.
public struct SweepDifference: Sendable, Codable, Equatable {
    /// `f = 5 Hz in W1, 40 Hz in W2`: each swept name whose values differ between the two members.
    public var swept: [String]
    /// `the rate of the Poisson input into W.P`.
    public var change: String
    /// Where that part was written; nil when no statement holds it alone.
    public var range: SourceRange?

    public init(swept: [String], change: String, range: SourceRange?) {
        self.swept = swept
        self.change = change
        self.range = range
    }

    /// The two members' values of every swept name in which they differ.
    public init(_ sweep: Sweep, _ a: Int, _ b: Int, change: String, range: SourceRange?) {
        let (x, y) = (sweep.members[a], sweep.members[b])
        let swept = sweep.parameters.indices.filter { x.values[$0].bitPattern != y.values[$0].bitPattern }.map { i in
            let unit = sweep.units[i].isEmpty ? "" : " " + sweep.units[i]
            return "\(sweep.parameters[i]) = \(NumberText.readable(x.values[i]))\(unit) in \(x.instance), "
                + "\(NumberText.readable(y.values[i]))\(unit) in \(y.instance)"
        }
        self.init(swept: swept, change: change, range: range)
    }

    /// `f = 5 Hz in W1, 40 Hz in W2 changes the rate of the Poisson input into W.P`, without the position.
    public var text: String {
        (swept.isEmpty ? "the members" : swept.joined(separator: "; ")) + " " + (swept.count == 1 ? "changes " : "change ") + change
    }
}
