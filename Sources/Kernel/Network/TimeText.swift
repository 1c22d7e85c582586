import Language
import Support

/// Model time as people read it: in ms for models with units, bare for dimensionless ones.
package enum TimeText {
    /// Rounded to a millionth of the unit, so that 29.740000000000002 ms reads 29.74 ms.
    package static func format(_ t: Double, _ dimension: Dimension) -> String {
        let unit = DisplayUnit.preferred(for: dimension)
        let value = NumberText.shortest((t / unit.scale * 1e6).rounded() / 1e6)
        return unit.name.isEmpty ? value : "\(value) \(unit.name)"
    }
}
