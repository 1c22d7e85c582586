import Language
import Symbolic

/// The unit rules of the functions, shared by model expressions and `print`.
extension MathFunction {
    /// The dimension of the result for arguments of these dimensions; `bareZero` marks
    /// unitless 0 literals, which match any dimension.
    package func resultDimension(_ arguments: [Dimension], bareZero: [Bool], at range: SourceRange) throws -> Dimension {
        switch self {
        case .sqrt:
            guard let root = arguments[0].root(2) else {
                throw Diagnostic(.noWholeRoot(of: arguments[0]), at: range)
            }
            return root
        case .abs, .min, .max, .clip:
            for (other, isZero) in zip(arguments, bareZero).dropFirst() where other != arguments[0] && !isZero {
                throw Diagnostic(.argumentsDiffer(function: rawValue, arguments[0], other), at: range)
            }
            return arguments[0]
        case .heaviside, .sign, .rand, .randn:
            return .one
        default:
            if let argument = arguments.first, !argument.isDimensionless {
                throw Diagnostic(.notDimensionless(subject: rawValue, role: "argument", found: argument), at: range,
                                 hint: "divide by a unit, e.g. \(rawValue)(V/mV)")
            }
            return .one
        }
    }
}
