/// The unit a value is shown in: the one the user wrote where known,
/// else the one people in the field use for that dimension.
public struct DisplayUnit: Sendable, Hashable, Codable {
    public var name: String
    public var scale: Double

    public init(name: String, scale: Double) {
        self.name = name
        self.scale = scale
    }

    public static let none = DisplayUnit(name: "", scale: 1)

    private static let preferred: [(Dimension, String, Double)] = [
        (.time, "ms", 1e-3), (.voltage, "mV", 1e-3), (.current, "nA", 1e-9), (.conductance, "nS", 1e-9),
        (.capacitance, "pF", 1e-12), (.resistance, "Mohm", 1e6), (.frequency, "Hz", 1), (.length, "um", 1e-6),
        (.voltage * .current, "pW", 1e-12),
        (.amount / .length.power(3), "mM", 1), (.voltage / .time, "mV/ms", 1), (.current / .length.power(2), "uA/cm^2", 1e-2),
        (.conductance / .length.power(2), "mS/cm^2", 10), (.capacitance / .length.power(2), "uF/cm^2", 1e-2),
    ]

    /// The field's usual unit for a dimension, or plain SI.
    public static func preferred(for dimension: Dimension) -> DisplayUnit {
        if dimension.isDimensionless { return .none }
        if let match = preferred.first(where: { $0.0 == dimension }) {
            return DisplayUnit(name: match.1, scale: match.2)
        }
        return DisplayUnit(name: Units.siSymbol(for: dimension), scale: 1)
    }
}
