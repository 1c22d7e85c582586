import Network
import Symbolic

extension CPrelude {
    /// soma_log, soma_cos2pi and the Box–Muller soma_normal, in double whatever the unit's precision, written from
    /// `NormalDeviate`'s constants in the order of operations of its functions (see there why and how): straight-line
    /// code over unions, without libm, so that a loop drawing normals vectorises under gcc -O3 and tcc computes the
    /// same bits one value at a time. All three are inlined where they are called: a population's loop drawing from
    /// two streams otherwise called one out-of-line copy of soma_normal, which kept the loop from vectorising.
    static var normalDeviate: String {
        let literal = { (value: Double) in CExpression(precision: .f64, name: { $0 }).literal(value) }
        let horner = { (coefficients: [Double], x: String) in
            coefficients.dropLast().reversed().reduce(literal(coefficients.last!)) { inner, c in "(\(literal(c)) + \(x) * \(inner))" }
        }
        let c = NormalDeviate.self, ln2 = Exponential.double
        return """
        \(inlined) double soma_log(double x) {
            union { double v; u64 u; } a, m;
            a.v = x;
            u64 significand = a.u & 0xFFFFFFFFFFFFFull, up = (significand + 0x\(String(c.sqrt2Carry, radix: 16))ull) >> 52;
            i64 k = (i64)(a.u >> 52) - 1023 + (i64)up;
            m.u = significand | ((1023 - up) << 52);
            double f = m.v - 1.0;
            double s = f / (2.0 + f), z = s * s;
            double r = z * \(horner(c.logCoefficients, "z"));
            double half = 0.5 * f * f, dk = (double)k;
            return dk * \(literal(ln2.ln2Hi)) - ((half - (s * (half + r) + dk * \(literal(ln2.ln2Lo)))) - f);
        }
        \(inlined) double soma_cos2pi(double u) {
            union { double v; u64 u; } shifted, value;
            shifted.v = 4.0 * u + \(literal(c.shifter));
            double t = u - 0.25 * (shifted.v - \(literal(c.shifter))), x = t * t;
            double sine = t * \(horner(c.sinCoefficients, "x")), cosine = \(horner(c.cosCoefficients, "x"));
            union { double v; u64 u; } a, b;
            a.v = sine; b.v = cosine;
            u64 quadrant = shifted.u & 3;
            value.u = (b.u ^ ((a.u ^ b.u) & (0 - (quadrant & 1)))) ^ (((quadrant + 1) & 2) << 62);
            return value.v;
        }
        \(inlined) double soma_normal(u64 seed, u32 stream, i64 step, i64 index, u32 draw) {
            u32 c[4] = { draw, (u32)index, (u32)step, (u32)((u64)step >> 32) };
            soma_philox(c, (u32)seed, (u32)(seed >> 32) ^ stream);
            double u1 = soma_unit(c[0], c[1]), u2 = soma_unit(c[2], c[3]);
            return sqrt(-2.0 * soma_log(1.0 - u1)) * soma_cos2pi(u2);
        }
        """
    }
}
