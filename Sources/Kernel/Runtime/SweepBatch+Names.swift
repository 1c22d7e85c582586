import Codegen

extension SweepBatch {
    /// A member's instance name (`W3`) in the names of its code: `W3`, `W3.A`, `g_W3_A`, wherever it begins a word
    /// and is followed by `.` or `_` (or is the whole text).
    struct InstanceName: Sendable {
        let name: String

        /// The text with each such occurrence replaced.
        func replaced(in text: String, by replacement: String) -> String {
            var result = "", copied = text.startIndex, from = text.startIndex
            while let found = text.range(of: name, range: from..<text.endIndex) {
                let startsWord = found.lowerBound == text.startIndex || !Self.isNameCharacter(text[text.index(before: found.lowerBound)])
                let next = found.upperBound < text.endIndex ? text[found.upperBound] : nil
                let endsName = next == "." || next == "_" || (next == nil && found.lowerBound == text.startIndex)
                if startsWord && endsName {
                    result += text[copied..<found.lowerBound] + replacement
                    copied = found.upperBound
                }
                from = found.upperBound
            }
            return result + text[copied...]
        }

        private static func isNameCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }
    }

    /// Member k's unit: the first member's code, whose slots and parameters name member k's buffers and numbers
    /// (`g_W3_A` where the first member's read `g_W1_A`); the keys' equality says that is all that differs.
    static func unit(_ first: GeneratedUnit, from instance: String, to member: String) -> GeneratedUnit {
        let name = InstanceName(name: instance)
        let rename = { (text: String) in name.replaced(in: text, by: member) }
        return GeneratedUnit(source: first.source, slots: first.slots.map { $0.renamed(rename) },
                             parameters: first.parameters.map { $0.renamed(rename) }, origins: first.origins)
    }
}

extension Slot {
    /// The slot with the names it holds passed through `rename`.
    func renamed(_ rename: (String) -> String) -> Slot {
        switch self {
        case .state(let p, let variable): return .state(population: p, variable: rename(variable))
        case .stageValues(let p, let name): return .stageValues(population: p, name: rename(name))
        case .history(let p, let variable): return .history(population: p, variable: rename(variable))
        case .fractionalHistory(let p, let variable): return .fractionalHistory(population: p, variable: rename(variable))
        case .fractionalOrigin(let p, let variable): return .fractionalOrigin(population: p, variable: rename(variable))
        case .fractionalWeights(let p, let variable): return .fractionalWeights(population: p, variable: rename(variable))
        case .projection(let j, .state(let variable)): return .projection(j, .state(rename(variable)))
        case .projection(let j, .sourceState(let variable)): return .projection(j, .sourceState(rename(variable)))
        case .parameters, .seed, .error, .previousCondition, .refractoryLeft, .spikeCount, .fired, .firedCount, .spikeIndex,
             .spikeStep, .spikeTotal, .schedule, .stepControl, .denseWeights, .record, .recordRows, .projection:
            return self
        }
    }
}

extension ParameterKey {
    /// The key with the names it holds passed through `rename`.
    func renamed(_ rename: (String) -> String) -> ParameterKey {
        switch self {
        case .parameter(let p, let name): return .parameter(population: p, name: rename(name))
        case .input(let p, let name): return .input(population: p, name: rename(name))
        case .absoluteTolerance(let p, let variable): return .absoluteTolerance(population: p, variable: rename(variable))
        case .propagator(let p, let row, let column, let integral):
            return .propagator(population: p, row: rename(row), column: rename(column), integral: integral)
        case .dt, .t0, .s0, .threads, .size, .refractorySteps, .historyLength, .historyStart, .delaySteps, .relativeTolerance,
             .scheduleCount, .spikeCapacity, .record, .projectionWeight, .delaySlots, .poissonSources, .poissonWeight, .poissonRate,
             .fractionalStart, .fractionalFirst, .fractionalWindow:
            return self
        }
    }
}
