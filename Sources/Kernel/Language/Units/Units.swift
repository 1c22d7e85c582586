/// The units neuroscientists write, with their SI scale and dimension.
///
/// A unit name in an expression is a quantity of 1 of that unit (`V/mV`),
/// unless a name in the model shadows it.
public enum Units {
    public struct Unit: Sendable, Hashable {
        public var scale: Double
        public var dimension: Dimension
    }

    private static let base: [String: Unit] = [
        "s": Unit(scale: 1, dimension: .time),
        "V": Unit(scale: 1, dimension: .voltage),
        "A": Unit(scale: 1, dimension: .current),
        "S": Unit(scale: 1, dimension: .conductance),
        "ohm": Unit(scale: 1, dimension: .resistance),
        "F": Unit(scale: 1, dimension: .capacitance),
        "W": Unit(scale: 1, dimension: .voltage * .current),
        "Hz": Unit(scale: 1, dimension: .frequency),
        "m": Unit(scale: 1, dimension: .length),
        "M": Unit(scale: 1000, dimension: .amount / .length.power(3)),
        "mol": Unit(scale: 1, dimension: .amount),
    ]

    /// Which prefixes each base unit takes (only the combinations people write).
    private static let prefixed: [String: [String]] = [
        "s": ["m", "u", "n"], "V": ["m", "u"], "A": ["m", "u", "n", "p"], "S": ["m", "u", "n", "p"],
        "ohm": ["k", "M", "G"], "F": ["m", "u", "n", "p"], "W": ["m", "u", "n", "p"], "Hz": ["k"], "m": ["c", "m", "u", "n"],
        "M": ["m", "u", "n"], "mol": ["m", "u"],
    ]

    private static let prefixScale: [String: Double] = [
        "G": 1e9, "M": 1e6, "k": 1e3, "c": 1e-2, "m": 1e-3, "u": 1e-6, "n": 1e-9, "p": 1e-12,
    ]

    private static let table: [String: Unit] = {
        var table = base
        for (unit, prefixes) in prefixed {
            for prefix in prefixes {
                let baseUnit = base[unit]!
                table[prefix + unit] = Unit(scale: prefixScale[prefix]! * baseUnit.scale, dimension: baseUnit.dimension)
            }
        }
        return table
    }()

    public static var names: [String] { table.keys.sorted() }

    public static func lookup(_ name: String) -> Unit? { table[name] }

    /// A unit whose spelling differs from `name` only in case, or with 'u' for a micro sign.
    public static func suggestion(for name: String) -> String? {
        let lowered = name.lowercased()
        return table.keys.sorted().first { $0.lowercased() == lowered && $0 != name }
    }

    /// Plain SI symbols for a dimension: `V/s`, `A/m^2`, `kg*m^2/(s^3*A)`.
    public static func siSymbol(for dimension: Dimension) -> String {
        if dimension.isDimensionless { return "1" }
        for (symbol, unit) in [("V", Dimension.voltage), ("A", .current), ("S", .conductance), ("F", .capacitance), ("ohm", .resistance),
                               ("W", .voltage * .current)] {
            for (suffix, per) in [("", Dimension.one), ("/s", .time), ("/m^2", .length.power(2)), ("/s^2", .time.power(2)), ("/s^(1/2)", .time.root(2)!)] where unit / per == dimension {
                return symbol + suffix
            }
        }
        let symbols = ["m", "kg", "s", "A", "K", "mol", "cd"]
        let powers = zip(symbols, zip(dimension.exponents, dimension.exponentTexts))
        let up = powers.filter { $0.1.0 > 0 }.map { $0.1.0 == 1 ? $0.0 : "\($0.0)^\($0.1.1)" }
        let down = powers.filter { $0.1.0 < 0 }.map { $0.1.0 == -1 ? $0.0 : "\($0.0)^\(String($0.1.1.filter { $0 != "-" }))" }
        let numerator = up.isEmpty ? "1" : up.joined(separator: "*")
        if down.isEmpty { return numerator }
        return numerator + "/" + (down.count == 1 ? down[0] : "(" + down.joined(separator: "*") + ")")
    }
}
