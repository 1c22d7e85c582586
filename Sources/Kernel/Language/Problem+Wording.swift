/// The one place problems become words (DiagnosticRenderer adds where, and the hint).
extension Problem {
    public var message: String {
        switch self {
        case .unitMismatch(let subject, let expected, let found):
            return "unit mismatch: \(subject) is \(expected), the value is \(found)"
        case .assignmentUnitMismatch(let block, let variable, let expected, let found):
            return "unit mismatch in \(block) of \(variable): it is \(expected), the value is \(found)"
        case .equationUnitMismatch(let variable, let left, let right):
            return "unit mismatch in d\(variable)/dt: the left side is \(left), the right side is \(right)"
        case .operandsDiffer(let operation, let a, let b):
            return "unit mismatch: cannot \(operation) \(a) and \(b)"
        case .currentUnitMismatch(let synapse, let current, let input, let inputDimension):
            return "unit mismatch: the current of \(synapse) is \(current), but \(input) is \(inputDimension)"
        case .unknown(let kind, let name):
            return "unknown \(kind) '\(name)'"
        case .noSuchMember(let owner, let kind, let name):
            return "\(owner) has no \(kind) '\(name)'"
        case .redefinition(let name, let firstLine):
            return "redefinition of \(name) (first defined at line \(firstLine))"
        case .givenTwice(let name):
            return "\(name) is given twice"
        case .neverSpikes(let population, let model):
            return "\(population) never spikes: \(model) has no spike condition"
        case .syntax(let expected, let found):
            return "expected \(expected), found \(found)"
        case .stated(let message):
            return message
        }
    }

    /// The facts as JSON-ready fields, beside the wording: the name of the case and its values.
    public var facts: [(String, FactValue)] {
        switch self {
        case .unitMismatch(let subject, let expected, let found):
            return [("problem", .text("unit_mismatch")), ("subject", .text(subject)), ("expected", .dimension(expected)), ("found", .dimension(found))]
        case .assignmentUnitMismatch(let block, let variable, let expected, let found):
            return [("problem", .text("unit_mismatch")), ("subject", .text("\(block) of \(variable)")), ("expected", .dimension(expected)),
                    ("found", .dimension(found))]
        case .equationUnitMismatch(let variable, let left, let right):
            return [("problem", .text("unit_mismatch")), ("subject", .text("d\(variable)/dt")), ("expected", .dimension(left)), ("found", .dimension(right))]
        case .operandsDiffer(let operation, let a, let b):
            return [("problem", .text("operands_differ")), ("operation", .text(operation)), ("left", .dimension(a)), ("right", .dimension(b))]
        case .currentUnitMismatch(let synapse, let current, let input, let inputDimension):
            return [("problem", .text("unit_mismatch")), ("subject", .text("the current of \(synapse) into \(input)")),
                    ("expected", .dimension(inputDimension)), ("found", .dimension(current))]
        case .unknown(let kind, let name):
            return [("problem", .text("unknown")), ("what", .text(kind)), ("name", .text(name))]
        case .noSuchMember(let owner, let kind, let name):
            return [("problem", .text("no_such_member")), ("owner", .text(owner)), ("what", .text(kind)), ("name", .text(name))]
        case .redefinition(let name, let firstLine):
            return [("problem", .text("redefinition")), ("name", .text(name)), ("first_line", .number(firstLine))]
        case .givenTwice(let name):
            return [("problem", .text("given_twice")), ("name", .text(name))]
        case .neverSpikes(let population, let model):
            return [("problem", .text("never_spikes")), ("population", .text(population)), ("model", .text(model))]
        case .syntax(let expected, let found):
            return [("problem", .text("syntax")), ("expected", .text(expected)), ("found", .text(found))]
        case .stated:
            return [("problem", .text("stated"))]
        }
    }

    public enum FactValue: Sendable {
        case text(String)
        case number(Int)
        case dimension(Dimension)
    }
}
