/// A sweep's member as a network of its own: its parts in their order, with their names (`W3.A`), streams and
/// instance's mask; the member's own seed is left out of them (the member runs with that seed as the run's), so
/// that the members of a batch lower to the same step, apart from their names, and differ only in the numbers it reads.
extension Network {
    /// Member k of `sweep` with indices of its own; nil when a connection joins it to something else.
    public func alone(_ k: Int, of sweep: Sweep) -> Network? {
        let prefix = sweep.members[k].instance + "."
        func mine(_ name: String) -> Bool { name.hasPrefix(prefix) }
        var member = Network()
        (member.models, member.synapses, member.channels) = (models, synapses, channels)
        (member.networkDefinitions, member.definitions, member.streams) = (networkDefinitions, definitions, streams)
        member.instances = instances.filter { $0.name == sweep.members[k].instance || mine($0.name) }
        var population: [Int: Int] = [:]
        for (p, original) in populations.enumerated() where mine(original.name) {
            population[p] = member.populations.count
            var copy = original
            copy.seed.own = nil
            member.populations.append(copy)
        }
        var projection: [Int: Int] = [:]
        for (j, original) in projections.enumerated() where population[original.source] != nil || population[original.target] != nil {
            guard let source = population[original.source], let target = population[original.target] else { return nil }
            projection[j] = member.projections.count
            var copy = original
            (copy.source, copy.target) = (source, target)
            copy.seed.own = nil
            member.projections.append(copy)
        }
        member.poissonInputs = poissonInputs.compactMap { input in
            var copy = input
            guard let target = population[input.target] else { return nil }
            copy.target = target
            copy.seed.own = nil
            return copy
        }
        // Dense weights are drawn in Swift from the whole network's couplings; a member's code reads them, never draws.
        member.couplings = couplings.filter { mine($0.population) }
        member.spikeRecordings = moved(spikeRecordings, \.population, population)
        member.stateRecordings = moved(stateRecordings, \.population, population)
        member.inputRecordings = moved(inputRecordings, \.population, population)
        member.synapseRecordings = moved(synapseRecordings, \.projection, projection)
        member.initialValues = moved(initialValues, \.population, population).map { value in
            var copy = value
            copy.seed.own = nil
            return copy
        }
        return member
    }

    /// Whether the network is its sweep's members and nothing else: each part belongs to exactly one member.
    public func isOnly(_ sweep: Sweep, members: [Network]) -> Bool {
        func total(_ count: (Network) -> Int) -> Bool { members.reduce(0) { $0 + count($1) } == count(self) }
        return total(\.populations.count) && total(\.projections.count) && total(\.poissonInputs.count) && total(\.couplings.count)
            && total(\.spikeRecordings.count) && total(\.stateRecordings.count) && total(\.inputRecordings.count)
            && total(\.synapseRecordings.count) && total(\.initialValues.count)
    }
}

/// The items whose index the map holds, that index replaced by where the map sends it.
private func moved<T>(_ items: [T], _ index: WritableKeyPath<T, Int>, _ map: [Int: Int]) -> [T] {
    items.compactMap { item in
        guard let moved = map[item[keyPath: index]] else { return nil }
        var copy = item
        copy[keyPath: index] = moved
        return copy
    }
}
