import Network
import Symbolic

/// The fixed start of every generated translation unit: the scalar type,
/// prototypes of the libm functions used (no system headers: they triple
/// tcc's compile time), Soma's own exp and expm1, its normal deviates, and small helpers shared by every model.
package enum CPrelude {
    /// A translation unit's first lines: the prelude (made once per precision) and the prototypes of the
    /// further functions `body` calls. Every unit Soma compiles starts with them.
    package static func start(precision: Precision, body: String) -> [String] {
        let called = calledNames(body)
        let select = select(precision, callsVectorFunction: vectorFunctions.contains { called.contains($0) })
        return (precision == .f32 ? f32Lines : f64Lines) + select.split(separator: "\n").map(String.init)
            + (called.contains("soma_no_spike_among") ? spikeScan.split(separator: "\n").map(String.init) : [])
            + prototypes(called: called, body: body, precision: precision)
    }

    /// A whole translation unit: `start` and `body`.
    package static func source(precision: Precision, body: String) -> String {
        start(precision: precision, body: body).joined(separator: "\n") + "\n" + body
    }

    private static let f32Lines = text(precision: .f32).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    private static let f64Lines = text(precision: .f64).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

    /// The libm functions past the prelude's own list, declared only where the code calls them, so that
    /// the code of a model that uses none is the same as it was before they existed.
    private static let further: [MathFunction] = [
        .sinh, .cosh, .asinh, .acosh, .atanh, .asin, .acos, .atan, .atan2, .log10, .log2, .log1p, .floor, .ceil, .round, .fmod, .erf, .erfc,
    ]

    /// Prototypes of the further functions `body` calls (tcc reads no system headers: an undeclared function would return int).
    private static func prototypes(called: Set<String>, body: String, precision: Precision) -> [String] {
        let (f, real) = precision == .f32 ? ("f", "float") : ("", "double")
        return further.map { "\($0.rawValue)\(f)" }.enumerated()
            .filter { called.contains($0.1) && !body.contains("\(real) \($0.1)(") }
            .map { k, name in "\(real) \(name)(" + Array(repeating: real, count: further[k].arity).joined(separator: ", ") + ");" }
    }

    /// The identifiers in `body` followed at once by `(`: the functions it calls or defines. One pass over the
    /// bytes: searching the text once per function, by characters, was most of a warm COBA run's code generation.
    private static func calledNames(_ body: String) -> Set<String> {
        var names: Set<String> = []
        var word: [UInt8] = []
        for byte in body.utf8 {
            if byte == UInt8(ascii: "_") || (48...57).contains(byte) || (97...122).contains(byte | 0x20) {
                word.append(byte)
                continue
            }
            if byte == UInt8(ascii: "("), !word.isEmpty { names.insert(String(decoding: word, as: UTF8.self)) }
            word.removeAll(keepingCapacity: true)
        }
        return names
    }

    private static func text(precision: Precision) -> String {
        let f = precision == .f32 ? "f" : ""
        let real = precision == .f32 ? "float" : "double"
        return """
        typedef \(real) real;
        typedef long long i64;
        typedef unsigned int u32;
        typedef unsigned long long u64;
        \(["log", "sqrt", "sin", "cos", "tan", "tanh", "fabs", "pow", "fmin", "fmax"]
            .map { "\(real) \($0)\(f)(\(real)\($0 == "pow" || $0 == "fmin" || $0 == "fmax" ? ", \(real)" : ""));" }
            .joined(separator: "\n"))
        double sqrt(double);
        \(real) fma\(f)(\(real), \(real), \(real));

        \(exponential(precision))
        \(vectorFunction) real soma_dexprel(real x) {
            real e = soma_exp_body(x);
            return fabs\(f)(x) < \(dexprelSeries(precision).below) ? \(dexprelSeries(precision).series) : ((x - 1) * e + 1) / (x * x);
        }
        static real soma_heaviside(real x) { return x > 0 ? (real)1 : (x < 0 ? (real)0 : (real)0.5); }
        static real soma_sign(real x) { return x > 0 ? (real)1 : (x < 0 ? (real)-1 : (real)0); }
        static real soma_clip(real x, real lo, real hi) { return x < lo ? lo : (x > hi ? hi : x); }

        /* Philox4x32-10; the same function as Runtime/Philox.swift. */
        static void soma_philox(u32 c[4], u32 k0, u32 k1) {
            for (int r = 0; r < 10; ++r) {
                if (r > 0) { k0 += 0x9E3779B9u; k1 += 0xBB67AE85u; }
                u64 p0 = (u64)0xD2511F53u * c[0], p1 = (u64)0xCD9E8D57u * c[2];
                u32 n0 = (u32)(p1 >> 32) ^ c[1] ^ k0, n2 = (u32)(p0 >> 32) ^ c[3] ^ k1;
                c[0] = n0; c[1] = (u32)p1; c[2] = n2; c[3] = (u32)p0;
            }
        }
        static double soma_unit(u32 a, u32 b) { return (double)(((u64)(a >> 5) << 26) | (u64)(b >> 6)) * 1.1102230246251565404e-16; }
        static double soma_uniform(u64 seed, u32 stream, i64 step, i64 index, u32 draw) {
            u32 c[4] = { draw, (u32)index, (u32)step, (u32)((u64)step >> 32) };
            soma_philox(c, (u32)seed, (u32)(seed >> 32) ^ stream);
            return soma_unit(c[0], c[1]);
        }
        \(normalDeviate)

        """
    }
}

extension CPrelude {
    /// dexprel near 0, where its closed form cancels. In double (as MathFunction.exprelSlope) the
    /// series to x² below 1e-4. In float the closed form keeps no correct digit near 1e-4 and few
    /// below 1 (dexprel(−1.01e-4) came out 0, not 0.49997), so the series (n+1)xⁿ/(n+2)! to x¹⁰,
    /// whose remainder below 1 is under 1e-8 relative, by Horner's rule.
    static func dexprelSeries(_ precision: Precision) -> (below: String, series: String) {
        guard precision == .f32 else { return ("(real)1e-4", "(real)0.5 + x / 3 + x * x / 8") }
        let coefficients: [Double] = (0...10).map { (n: Int) -> Double in
            let factorial = (1...(n + 2)).reduce(1, *)
            return Double(n + 1) / Double(factorial)
        }
        let series = coefficients.dropLast().reversed().reduce("(real)\(coefficients.last!)") { inner, c in
            "(real)\(c) + x * (\(inner))"
        }
        return ("(real)1", series)
    }
}
