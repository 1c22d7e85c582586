extension NumberClause {
    /// The number as a whole number within `limits`, or an error at it naming `what` and the valid range.
    public func wholeNumber(_ what: String, in limits: ClosedRange<Int>, hint: String? = nil) throws -> Int {
        guard value == value.rounded(), value >= Double(limits.lowerBound), value <= Double(limits.upperBound) else {
            throw Diagnostic(.outOfRange(what: what, value: value, valid: "is a whole number from \(limits.lowerBound) to \(limits.upperBound)"),
                             at: range, hint: hint)
        }
        return Int(value)
    }
}
