/// A physical dimension: exponents of the SI base dimensions, whole or half (white noise `xi`
/// has the dimension time^-1/2, so σ·√(2/τ)·xi is written with units that check).
public struct Dimension: Sendable, Hashable, Codable {
    /// Twice the exponents of metre, kilogram, second, ampere, kelvin, mole, candela.
    private var halves: [Int8]

    public init(_ exponents: [Int8]) {
        precondition(exponents.count == 7)
        halves = exponents.map { $0 &* 2 }
    }

    private init(halves: [Int8]) {
        self.halves = halves
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

    public var isDimensionless: Bool { halves.allSatisfy { $0 == 0 } }

    /// Each base dimension's exponent as text: `1`, `-2`, `(1/2)`, `(-3/2)`; zero for those absent.
    public var exponentTexts: [String] {
        halves.map { $0 % 2 == 0 ? "\($0 / 2)" : "(\($0)/2)" }
    }

    /// Each base dimension's exponent (halves included).
    public var exponents: [Double] { halves.map { Double($0) / 2 } }

    public static func * (a: Dimension, b: Dimension) -> Dimension {
        Dimension(halves: zip(a.halves, b.halves).map { $0 &+ $1 })
    }

    public static func / (a: Dimension, b: Dimension) -> Dimension {
        Dimension(halves: zip(a.halves, b.halves).map { $0 &- $1 })
    }

    public func power(_ n: Int) -> Dimension {
        Dimension(halves: halves.map { Int8(truncatingIfNeeded: Int($0) * n) })
    }

    /// The dimension to the power n/2 (x^0.5, x^-1.5).
    public func power(halfSteps n: Int) -> Dimension? {
        guard halves.allSatisfy({ Int($0) * n % 2 == 0 }) else { return nil }
        return Dimension(halves: halves.map { Int8(truncatingIfNeeded: Int($0) * n / 2) })
    }

    /// The n-th root, when every exponent divided by n is whole or half.
    public func root(_ n: Int) -> Dimension? {
        guard halves.allSatisfy({ Int($0) % n == 0 }) else { return nil }
        return Dimension(halves: halves.map { $0 / Int8(n) })
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
