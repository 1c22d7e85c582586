import Language

/// The C text of one network and how to call it.
public struct GeneratedUnit: Sendable {
    public static let entryPoint = "soma_chunk"

    public var source: String
    /// The pointers a network's entry point reads, in slot order (empty for the
    /// smaller units analyses and connectivity compile, which document their own).
    public var slots: [Slot]
    /// The doubles in the parameter block, in order.
    public var parameters: [ParameterKey]
    /// Generated line → the model text it came from.
    public var origins: [Int: SourceRange]

    public init(source: String, slots: [Slot], parameters: [ParameterKey], origins: [Int: SourceRange]) {
        self.source = source
        self.slots = slots
        self.parameters = parameters
        self.origins = origins
    }

    public func parameter(_ key: ParameterKey) -> Int? { parameters.firstIndex(of: key) }
}
