import Language
import Model

/// `sweep W = Wang(coherence in [0, 25.6], seed in [1, 2])`: a batch of instances of one definition built into
/// one network, so that one compiled step program runs them all in one run (their populations side by side,
/// their connections within each member). Each member is an ordinary instance (`W1`, `W2`, …) drawing from
/// the streams an instance named W would, with its own seed where `seed` is swept (`Sweep`).
extension NetworkBuilder {
    /// More members than this is a mistake in the lists rather than a batch a laptop runs.
    static let largestSweep = 4096

    mutating func sweep(_ statement: NetworkInstance) throws {
        let name = statement.name
        let taken = network.populations.map(\.name) + network.projections.map(\.name) + network.instances.map(\.name) + network.sweeps.map(\.name)
        if taken.contains(name) {
            throw Diagnostic(.nameTaken(name: name, kind: "population, projection, network or sweep"), at: statement.nameRange, hint: "choose another name")
        }
        var seen = Set(statement.arguments.map(\.name))
        for parameter in statement.sweep {
            guard seen.insert(parameter.name).inserted else { throw Diagnostic(.givenTwice(name: parameter.name), at: parameter.nameRange) }
        }
        let lists = try statement.sweep.map { try sweptValues($0) }
        let count = lists.reduce(1) { $0 * $1.values.count }
        guard count <= Self.largestSweep else {
            throw Diagnostic(.outOfRange(what: "the number of members", value: Double(count), valid: "is at most \(Self.largestSweep)"),
                             at: statement.range, hint: "sweep fewer values")
        }
        var members: [Sweep.Member] = []
        for k in 0..<count {
            var instance = statement
            instance.name = name + "\(k + 1)"
            instance.sweep = []
            var seed: UInt64?
            var values: [Double] = []
            var stride = count
            for (parameter, list) in zip(statement.sweep, lists) {
                stride /= list.values.count
                let j = (k / stride) % list.values.count
                values.append(list.values[j] / list.scale)
                if parameter.name == "seed" {
                    seed = UInt64(list.values[j])
                } else {
                    instance.arguments.append(parameter.binding(j))
                }
            }
            try instantiate(instance, streams: name, seed: seed)
            members.append(Sweep.Member(instance: instance.name, values: values, seed: seed))
        }
        network.sweeps.append(Sweep(name: name, definition: statement.definition, parameters: statement.sweep.map(\.name),
                                    units: lists.map(\.unit), members: members))
    }

    /// A swept name's values in SI units, and the unit they are shown in: constants of one dimension; a seed's whole numbers.
    private func sweptValues(_ parameter: SweptParameter) throws -> (values: [Double], unit: String, scale: Double) {
        let typed = try parameter.values.map { try ExpressionResolver(scope: Scope()).lower($0) }
        var values: [Double] = []
        for (value, expression) in zip(typed, parameter.values) {
            guard let v = value.expr.constantValue else { throw Diagnostic(.notConstant(what: "a swept value"), at: expression.range) }
            guard value.dimension == typed[0].dimension || value.isBareZero else {
                throw Diagnostic(.unitMismatch(subject: "the values of \(parameter.name)", expected: typed[0].dimension, found: value.dimension),
                                 at: expression.range)
            }
            if parameter.name == "seed", !(value.dimension == .one && v >= 0 && v < 0x1p64 && v == v.rounded()) {
                throw Diagnostic(.outOfRange(what: "a seed", value: v, valid: "is a whole number from 0 to 2^64 - 1"), at: expression.range)
            }
            values.append(v)
        }
        let dimension = typed.first { !$0.isBareZero }?.dimension ?? .one
        let unit = dimension == .one ? DisplayUnit.none : DisplayUnit.preferred(for: dimension)
        return (values, unit.name, unit.scale)
    }
}
