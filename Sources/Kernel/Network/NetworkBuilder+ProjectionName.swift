import Language

/// The names projections are read by (`print AB.w`): written after `as`, or `Source_Target`.
/// Populations and projections share the names `X.field` resolves, so a name may be neither's twice.
extension NetworkBuilder {
    func projectionNames(_ statement: ConnectStatement, targets: [Int]) throws -> [String] {
        let taken = Set(network.populations.map(\.name) + network.projections.map(\.name))
        guard let written = statement.name else {
            var names = taken
            return targets.map { t in
                let base = Network.projectionName(statement.source, network.populations[t].name)
                var name = base, n = 2
                while names.contains(name) {
                    name = "\(base)_\(n)"
                    n += 1
                }
                names.insert(name)
                return name
            }
        }
        guard targets.count == 1 else {
            throw Diagnostic(.oneNameManyProjections(name: written.text, count: targets.count), at: written.range,
                             hint: "write one connect per target, each with its own name after as")
        }
        guard !taken.contains(written.text) else {
            let kind = network.populationIndex(named: written.text) == nil ? "projection" : "population"
            throw Diagnostic(.nameTaken(name: written.text, kind: kind), at: written.range,
                             hint: "choose another name; taken: " + taken.sorted().joined(separator: ", "))
        }
        return [written.text]
    }
}

extension Network {
    /// `E_I`; inside an instance the instance's name comes once, in front (`V1.E_I`), and between
    /// instances each side keeps its own (`V1.E_V2.E`).
    static func projectionName(_ source: String, _ target: String) -> String {
        let s = source.split(separator: ".").map(String.init), t = target.split(separator: ".").map(String.init)
        var shared = 0
        while shared < min(s.count, t.count) - 1, s[shared] == t[shared] { shared += 1 }
        let prefix = s.prefix(shared).map { $0 + "." }.joined()
        return prefix + s.dropFirst(shared).joined(separator: ".") + "_" + t.dropFirst(shared).joined(separator: ".")
    }

    /// `V1.E` written as a target with an input (`V1` and `E`, as the parser splits it) when `V1.E` is a population.
    func resolvingPath(_ target: ConnectTarget) -> ConnectTarget {
        guard let input = target.input, populationIndex(named: "\(target.population).\(input)") != nil else { return target }
        var target = target
        (target.population, target.input) = ("\(target.population).\(input)", nil)
        return target
    }
}
