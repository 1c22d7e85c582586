/// How data values map onto an axis.
public enum Scale: String, Sendable, Codable, Equatable {
    case linear
    case log
}

/// The visible range of an axis: chosen from the data (with padding) or fixed.
public enum Limits: Sendable, Codable, Equatable {
    case auto
    case fixed(Double, Double)
}

/// One axis of a panel. Its label renders as `label (unit)`, e.g. `t (ms)`.
public struct Axis: Sendable, Codable, Equatable {
    public var label: String
    public var unit: String?
    public var scale: Scale
    public var limits: Limits

    public init(label: String = "", unit: String? = nil, scale: Scale = .linear, limits: Limits = .auto) {
        self.label = label
        self.unit = unit
        self.scale = scale
        self.limits = limits
    }

    /// The text shown next to the axis.
    public var title: String {
        guard let unit, !unit.isEmpty else { return label }
        return label.isEmpty ? "(\(unit))" : "\(label) (\(unit))"
    }
}
