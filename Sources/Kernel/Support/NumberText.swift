/// Numbers as text, the same everywhere Soma prints one.
package enum NumberText {
    /// The shortest decimal that reads back as the same double (whole numbers without ".0").
    package static func shortest(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// Ten significant digits: enough to read, without binary noise like 29.740000000000002.
    package static func readable(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        return shortest(Double(String(format: "%.10g", value)) ?? value)
    }

    /// A count with thousands separated by commas, for people: 6,412.
    package static func grouped(_ count: Int) -> String {
        let digits = String(count.magnitude)
        let groups = stride(from: digits.count, to: 0, by: -3).reversed().map { end in
            digits.dropFirst(max(end - 3, 0)).prefix(end - max(end - 3, 0))
        }
        return (count < 0 ? "-" : "") + groups.joined(separator: ",")
    }
}
