import Lowering

/// A projection's target indices in C: `columns` of `cType`, target k read by `read`. cc reads a 3-byte index
/// with one 4-byte load (the list ends in a byte of padding for the last one) and prefetches the row of the
/// spike two ahead; tcc and the GPU read it byte by byte and prefetch nothing. The value is the same.
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
        case .three: return "soma_target3(\(columns), \(k))"
        }
    }

    /// The address of target `k` of `columns`.
    func address(_ k: String, of columns: String = "columns") -> String {
        self == .three ? "\(columns) + 3 * (i64)(\(k))" : "\(columns) + \(k)"
    }

    /// `soma_first_target2`, 3 or 4: the binary search over one row of this width (ProjectionStep.firstTargets).
    var firstTarget: String { "soma_first_target\(rawValue)" }

    /// `soma_prefetch` and `soma_target3`, once per unit that reads target indices.
    static let helpers = """
        #if defined(__GNUC__) && !defined(__TINYC__) && !defined(__CUDACC__)
        #define soma_prefetch(p) __builtin_prefetch(p)
        static inline i64 soma_target3(const unsigned char *c, i64 k) { unsigned v; __builtin_memcpy(&v, c + 3 * k, 4); return v & 0xffffff; }
        #else
        #define soma_prefetch(p) (void)(p)
        #define soma_target3(c, k) ((i64)(c)[3 * (k)] | (i64)(c)[3 * (k) + 1] << 8 | (i64)(c)[3 * (k) + 2] << 16)
        #endif

        """
}
