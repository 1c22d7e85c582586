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
        case .fmod, .atan2:
            if arguments[1] != arguments[0], !bareZero[1], !bareZero[0] {
                throw Diagnostic(.argumentsDiffer(function: rawValue, arguments[0], arguments[1]), at: range)
            }
            return self == .fmod ? (bareZero[0] ? arguments[1] : arguments[0]) : .one
        case .pow:
            for argument in arguments where !argument.isDimensionless {
                throw Diagnostic(.notDimensionless(subject: rawValue, role: "argument", found: argument), at: range,
                                 hint: "pow takes plain numbers; a quantity to a whole power is written x^n")
            }
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
