/// A physical dimension: integer exponents of the SI base dimensions.
public struct Dimension: Sendable, Hashable, Codable {
    /// Exponents of metre, kilogram, second, ampere, kelvin, mole, candela.
    public var exponents: [Int8]

    public init(_ exponents: [Int8]) {
        precondition(exponents.count == 7)
        self.exponents = exponents
    }

    public static let one = Dimension([0, 0, 0, 0, 0, 0, 0])
    public static let length = Dimension([1, 0, 0, 0, 0, 0, 0])
    public static let mass = Dimension([0, 1, 0, 0, 0, 0, 0])
    public static let time = Dimension([0, 0, 1, 0, 0, 0, 0])
    public static let current = Dimension([0, 0, 0, 1, 0, 0, 0])
    public static let amount = Dimension([0, 0, 0, 0, 0, 1, 0])
    public static let voltage = mass * length.power(2) / time.power(3) / current
    public static let resistance = voltage / current
    public static let conductance = current / voltage
    public static let capacitance = current * time / voltage
    public static let frequency = Dimension.one / time

    public var isDimensionless: Bool { exponents.allSatisfy { $0 == 0 } }

    public static func * (a: Dimension, b: Dimension) -> Dimension {
        Dimension(zip(a.exponents, b.exponents).map { $0 &+ $1 })
    }

    public static func / (a: Dimension, b: Dimension) -> Dimension {
        Dimension(zip(a.exponents, b.exponents).map { $0 &- $1 })
    }

    public func power(_ n: Int) -> Dimension {
        Dimension(exponents.map { Int8(truncatingIfNeeded: Int($0) * n) })
    }

    /// The n-th root, when every exponent divides evenly.
    public func root(_ n: Int) -> Dimension? {
        guard exponents.allSatisfy({ Int($0) % n == 0 }) else { return nil }
        return Dimension(exponents.map { $0 / Int8(n) })
    }
}

extension Dimension: CustomStringConvertible {
    private static let named: [(Dimension, String)] = [
        (.one, "dimensionless"), (.time, "time"), (.voltage, "voltage"), (.current, "current"),
        (.conductance, "conductance"), (.resistance, "resistance"), (.capacitance, "capacitance"),
        (.length, "length"), (.length.power(2), "area"), (.amount / .length.power(3), "concentration"),
        (.current / .length.power(2), "current density"), (.conductance / .length.power(2), "conductance density"),
        (.capacitance / .length.power(2), "capacitance density"), (.mass, "mass"), (.amount, "amount"),
        (.current * .time, "charge"),
    ]

    /// Words first (`voltage/time`), SI symbols after (`V/s`), for error messages.
    public var description: String {
        let words = Dimension.words(for: self)
        let symbol = Units.siSymbol(for: self)
        return words == symbol ? words : "\(words) (\(symbol))"
    }

    static func words(for dimension: Dimension) -> String {
        if let name = named.first(where: { $0.0 == dimension })?.1 { return name }
        if let name = named.first(where: { $0.0 == dimension * .time && $0.0 != .one })?.1 { return "\(name)/time" }
        if let name = named.first(where: { $0.0 == Dimension.one / dimension })?.1 { return "1/\(name)" }
        return Units.siSymbol(for: dimension)
    }
}
