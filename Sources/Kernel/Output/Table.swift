/// A table of results (fixed points, special points of a branch): columns with
/// their units, and rows of numbers, complex numbers and words.
///
///     Table(title: "fixed points of FHN", columns: [.init("v"), .init("type")],
///           rows: [[.number(-1.199), .text("stable focus")]])
public struct Table: Sendable, Codable, Equatable {
    public struct Column: Sendable, Codable, Equatable {
        public var name: String
        /// The unit the column's numbers are in ("" for none).
        public var unit: String

        public init(_ name: String, unit: String = "") {
            self.name = name
            self.unit = unit
        }
    }

    /// One value of a row.
    public enum Entry: Sendable, Codable, Equatable {
        case number(Double)
        case complex(re: Double, im: Double)
        case text(String)
    }

    public var title: String
    public var columns: [Column]
    public var rows: [[Entry]]

    public init(title: String, columns: [Column], rows: [[Entry]]) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "every row needs one entry per column")
        self.title = title
        self.columns = columns
        self.rows = rows
    }
}
