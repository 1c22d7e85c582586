import Language

/// The names projections are read by (`print AB.w`): written after `as`, or `Source_Target`.
/// Populations and projections share the names `X.field` resolves, so a name may be neither's twice.
extension NetworkBuilder {
    func projectionNames(_ statement: ConnectStatement, targets: [Int]) throws -> [String] {
        let taken = Set(network.populations.map(\.name) + network.projections.map(\.name))
        guard let written = statement.name else {
            var names = taken
            return targets.map { t in
                let base = "\(statement.source)_\(network.populations[t].name)"
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
