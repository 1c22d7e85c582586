/// Hands out slot and parameter-block positions while C is generated, in the order first asked for.
struct Layout {
    private(set) var slots: [Slot] = []
    private(set) var parameters: [ParameterKey] = []
    private var slotPositions: [Slot: Int] = [:]
    private var parameterPositions: [ParameterKey: Int] = [:]

    mutating func slot(_ slot: Slot) -> Int {
        if let index = slotPositions[slot] { return index }
        slots.append(slot)
        slotPositions[slot] = slots.count - 1
        return slots.count - 1
    }

    mutating func parameter(_ key: ParameterKey) -> Int {
        if let index = parameterPositions[key] { return index }
        parameters.append(key)
        parameterPositions[key] = parameters.count - 1
        return parameters.count - 1
    }
}
