import Glibc
import Language

/// Reads the unit off a literal as written (`-65 mV`, `1 uF/cm^2`, `0.1 mS/cm^2`).
package enum WrittenUnit {
    package static func of(_ e: Expression) -> (unit: DisplayUnit, dimension: Dimension)? {
        switch e.kind {
        case .quantity(_, let name, let power):
            let unit = Units.lookup(name)!
            let text = power == 1 ? name : "\(name)^\(power)"
            return (DisplayUnit(name: text, scale: Glibc.pow(unit.scale, Double(power))), unit.dimension.power(power))
        case .unary(.negate, let inner):
            return of(inner)
        case .binary(let op, let a, let b) where op == .divide || op == .multiply:
            guard let left = of(a), let right = unitName(b) else { return nil }
            let scale = op == .divide ? left.unit.scale / right.unit.scale : left.unit.scale * right.unit.scale
            let dimension = op == .divide ? left.dimension / right.dimension : left.dimension * right.dimension
            return (DisplayUnit(name: left.unit.name + op.rawValue + right.unit.name, scale: scale), dimension)
        default:
            return nil
        }
    }

    /// A bare unit name, possibly raised to a power: `cm`, `cm^2`.
    private static func unitName(_ e: Expression) -> (unit: DisplayUnit, dimension: Dimension)? {
        switch e.kind {
        case .name(let name):
            guard let unit = Units.lookup(name) else { return nil }
            return (DisplayUnit(name: name, scale: unit.scale), unit.dimension)
        case .binary(.power, let base, let exponent):
            guard case .name(let name) = base.kind, let unit = Units.lookup(name),
                  case .number(let n) = exponent.kind, n == n.rounded() else { return nil }
            return (DisplayUnit(name: "\(name)^\(Int(n))", scale: Glibc.pow(unit.scale, n)), unit.dimension.power(Int(n)))
        default:
            return nil
        }
    }
}
