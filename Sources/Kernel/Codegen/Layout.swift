/// Hands out slot and parameter-block positions while C is generated.
struct Layout {
    private(set) var slots: [String] = []
    private(set) var parameters: [String] = []

    mutating func slot(_ name: String) -> Int {
        if let index = slots.firstIndex(of: name) { return index }
        slots.append(name)
        return slots.count - 1
    }

    mutating func parameter(_ name: String) -> Int {
        if let index = parameters.firstIndex(of: name) { return index }
        parameters.append(name)
        return parameters.count - 1
    }
}
