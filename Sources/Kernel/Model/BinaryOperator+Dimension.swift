import Language

/// The unit rules of the operators, shared by model expressions and `print`.
extension BinaryOperator {
    /// The dimension of `a op b`. A bare unitless 0 (`bareZero`) matches any dimension in sums and comparisons;
    /// `exponent` is the value of b when it is a constant (a quantity may only be raised to a constant whole or half power).
    package func resultDimension(_ a: Dimension, _ b: Dimension, bareZero: (a: Bool, b: Bool), exponent: Double?,
                         at range: SourceRange) throws -> Dimension {
        switch self {
        case .add, .subtract:
            return try sameDimension(a, b, bareZero, verb: self == .add ? "add" : "subtract", at: range)
        case .multiply:
            return a * b
        case .divide:
            return a / b
        case .power:
            guard b.isDimensionless else { throw Diagnostic(.notDimensionless(subject: "an exponent", role: nil, found: b), at: range) }
            if a.isDimensionless { return .one }
            guard let n = exponent, 2 * n == (2 * n).rounded(), abs(n) <= 12, let power = a.power(halfSteps: Int(2 * n)) else {
                throw Diagnostic(.nonWholePower(base: a), at: range)
            }
            return power
        case .less, .greater, .lessEqual, .greaterEqual, .equal, .notEqual:
            _ = try sameDimension(a, b, bareZero, verb: "compare", at: range)
            return .one
        case .and, .or:
            return .one
        }
    }

    private func sameDimension(_ a: Dimension, _ b: Dimension, _ bareZero: (a: Bool, b: Bool), verb: String,
                               at range: SourceRange) throws -> Dimension {
        if a == b { return a }
        if bareZero.a { return b }
        if bareZero.b { return a }
        throw Diagnostic(.operandsDiffer(operation: verb, a, b), at: range,
                         hint: "both sides of + - and comparisons need the same dimension")
    }
}
