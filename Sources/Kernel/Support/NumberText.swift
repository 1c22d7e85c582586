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
}
