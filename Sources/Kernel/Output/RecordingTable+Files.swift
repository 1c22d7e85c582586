import Support

/// The bytes of each file format `export` writes for a recording.
extension RecordingTable {
    /// A header row, then one row per sample; numbers are the shortest text that reads back
    /// as the same double (non-finite ones as nan, inf, -inf).
    public var csv: String {
        ([columnNames] + rows.map { $0.map(Self.number) }).map { $0.joined(separator: ",") + "\n" }.joined()
    }

    /// NumberText's shortest text, but -0 keeps its sign: a file of data holds every bit, where
    /// text for people shows 0.
    private static func number(_ value: Double) -> String {
        value == 0 && value.sign == .minus ? "-0" : NumberText.shortest(value)
    }

    /// The same table as the CSV without its header: shape (rows, 1 + neurons) for a state
    /// recording, (spikes, 2) for spikes; the time is column 0.
    public var npy: [UInt8] {
        let rows = self.rows
        return NPYArray(rows: rows.count, columns: columnNames.count, values: rows.flatMap { $0 }).bytes
    }

    /// One object: `t` with `t_unit`, then the values (per sample, one per neuron, in `unit`) or the spike indices `i`;
    /// a reduced recording says which reduction (`"reduction":"mean"`), and its samples hold one value each.
    /// JSON has no NaN or infinity; they are null.
    public var json: String {
        let quote = OutputFormat.quote
        func number(_ value: Double) -> String { value.isFinite ? Self.number(value) : "null" }
        func list(_ values: [Double]) -> String { "[" + values.map(number).joined(separator: ",") + "]" }
        var fields: [(String, String)] = [("population", quote(population))]
        switch content {
        case .state(let variable, let neurons, let unit, let values):
            if let reduction { fields.append(("reduction", quote(reduction.rawValue))) }
            fields += [("variable", quote(variable)), ("neurons", "[" + neurons.map(String.init).joined(separator: ",") + "]"),
                       ("t", list(times)), ("t_unit", quote(timeUnit)), ("unit", quote(unit)),
                       ("values", "[" + values.map(list).joined(separator: ",") + "]")]
        case .spikes(let indices):
            fields += [("t", list(times)), ("t_unit", quote(timeUnit)), ("i", "[" + indices.map(String.init).joined(separator: ",") + "]")]
        }
        return "{" + fields.map { "\(quote($0.0)):\($0.1)" }.joined(separator: ",") + "}\n"
    }
}
