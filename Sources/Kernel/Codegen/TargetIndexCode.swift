import Lowering

/// A projection's target indices in C: `columns` of `cType`, target k read by `read`. Three bytes are
/// read one by one (the list holds no padding to load four), which gcc may join into wider loads.
extension TargetIndexWidth {
    var cType: String {
        switch self {
        case .two: return "unsigned short"
        case .three: return "unsigned char"
        case .four: return "int"
        }
    }

    /// Target `k` (a C expression) of `columns`.
    func read(_ k: String, of columns: String = "columns") -> String {
        switch self {
        case .two, .four: return "\(columns)[\(k)]"
        case .three:
            return "((i64)\(columns)[3 * (\(k))] | (i64)\(columns)[3 * (\(k)) + 1] << 8 | (i64)\(columns)[3 * (\(k)) + 2] << 16)"
        }
    }

    /// `soma_first_target2`, 3 or 4: the binary search over one row of this width (ProjectionStep.firstTarget).
    var firstTarget: String { "soma_first_target\(rawValue)" }
}
