import Network
import Symbolic

extension CPrelude {
    /// The bodies below are inlined into entry points that gcc also compiles as vector functions (one per
    /// instruction set, 4 or 8 lanes at a time): a neuron loop calling them vectorises, calling the vector form,
    /// without copying a dozen exps into its own body (COBAHH's loop, inlined so, took gcc 6 s of CPU instead of
    /// 1.4 s). A vector function is called unconditionally, so exprel and dexprel compute their exp first and
    /// choose after: the same operations, the same bits. tcc reads the attributes and ignores them.
    static let inlined = "static inline __attribute__((always_inline))"
    static let vectorFunction = "static __attribute__((simd(\"notinbranch\"), noinline))"

    /// soma_exp, soma_expm1 and the exprels of the unit's precision, written from `Exponential`'s constants in the order of
    /// operations of `Exponential.exp` and `.expm1` (see there why and how; expm1 builds one scale, exp two).
    /// Straight-line code with a few selects, which gcc -O3 vectorises; tcc computes the same bits one value at a
    /// time. Each `fma` is IEEE 754's fused multiply-add, one rounding wherever it is computed: gcc's vfmadd under
    /// -march=native (the tier's -ffp-contract=off fuses nothing else), libm's fma called by tcc, CUDA's fma.
    /// Bit patterns go through unions, which both compilers read as the bits.
    ///
    /// soma_exprel(x) = (e^x − 1)/x is expm1's e over x (1 at 0), and e itself above the clamp, where it is +∞
    /// already (∞/∞ would be NaN). Exponential Euler's per-neuron factor calls soma_exprel_step instead: on
    /// `Exponential.narrowExprel` a polynomial of its own (soma_exprel_narrow), beyond soma_exprel's value; a
    /// neuron loop whose factors' arguments all lie in the narrow range in a step calls soma_exprel_narrow itself
    /// (NeuronUpdateCode's narrowCheck): the same bits, inlined and vectorised without the reduction, the scale,
    /// the division or the call. (tcc evaluates only the chosen operand of the select; gcc's clone computes both,
    /// which is why the other calls of exprel, e.g. Hodgkin–Huxley's rates, keep the plain function.)
    static func exponential(_ precision: Precision) -> String {
        let c = precision == .f32 ? Exponential.float : Exponential.double
        let literal = { (value: Double) in CExpression(precision: precision, name: { $0 }).literal(value) }
        let (bits, integer, fma) = precision == .f32 ? ("u32", "int", "fmaf") : ("u64", "i64", "fma")
        let (lowest, highest) = (literal(Exponential.narrowExprel.lowest), literal(Exponential.narrowExprel.highest))
        let shifterBits = precision == .f32 ? "0x\(String(Float(c.shifter).bitPattern, radix: 16))u"
            : "0x\(String(c.shifter.bitPattern, radix: 16))ull"
        let horner = { (coefficients: [Double], x: String) in
            coefficients.dropLast().reversed().reduce(literal(coefficients.last!)) { inner, coefficient in "\(fma)(\(inner), \(x), \(literal(coefficient)))" }
        }
        let polynomial = horner(c.coefficients, "r")
        // Clamped (a NaN fails both comparisons and stays), then r = rh + rl = x − k·ln 2 and k.
        let reduction = { (lowest: Double) in """
            y = y < \(literal(lowest)) ? \(literal(lowest)) : y;
            y = y > \(literal(c.highest)) ? \(literal(c.highest)) : y;
            shifted.v = \(fma)(y, \(literal(c.log2e)), \(literal(c.shifter)));
            real k = shifted.v - \(literal(c.shifter));
            real rh = \(fma)(k, \(literal(-c.ln2Hi)), y), rl = k * \(literal(-c.ln2Lo)), r = rh + rl;
            real r2 = r * r;
            real p = \(polynomial);
            \(integer) ki = (\(integer))(shifted.u - \(shifterBits));
        """ }
        return """
        \(inlined) real soma_exp_body(real x) {
            union { real v; \(bits) u; } shifted, s1, s2;
            real y = x;
        \(reduction(c.lowest))
            \(integer) h = ki >> 1;
            s1.u = (\(bits))(h + \(c.bias)) << \(c.significandBits);
            s2.u = (\(bits))(ki - h + \(c.bias)) << \(c.significandBits);
            real s = 1 + rh, t = rh - (s - 1);
            return (s + \(fma)(r2, p, t + rl)) * s1.v * s2.v;
        }
        \(inlined) real soma_expm1_body(real x) {
            union { real v; \(bits) u; } shifted, s;
            real y = x;
        \(reduction(c.expm1Lowest))
            s.u = (\(bits))(ki + \(c.bias - 1)) << \(c.significandBits);
            real e = \(fma)(\(fma)(r2, p, rl), s.v, \(fma)(rh, s.v, s.v - \(literal(0.5)))) * 2;
            return (x < \(literal(c.expm1Tiny))) & (x > \(literal(-c.expm1Tiny))) ? x : e;
        }
        \(vectorFunction) real soma_exp(real x) { return soma_exp_body(x); }
        \(vectorFunction) real soma_expm1(real x) { return soma_expm1_body(x); }
        \(inlined) real soma_exprel_body(real x) { real e = soma_expm1_body(x); return x == 0 ? (real)1 : x > \(literal(c.highest)) ? e : e / x; }
        \(inlined) real soma_exprel_narrow(real x) { return \(horner(c.exprelCoefficients, "x")); }
        \(vectorFunction) real soma_exprel(real x) { return soma_exprel_body(x); }
        \(vectorFunction) real soma_exprel_step(real x) { return (x > \(lowest)) & (x < \(highest)) ? soma_exprel_narrow(x) : soma_exprel_body(x); }
        """
    }

    /// The functions above that gcc compiles as vector functions.
    static let vectorFunctions = ["soma_exp", "soma_expm1", "soma_exprel", "soma_exprel_step", "soma_dexprel"]

    /// soma_select(c, a, b): c ? a : b. A loop that calls a vector function is if-converted and vectorised by gcc
    /// only without a branch in it, so there the select takes the bits through unions (`y ^= (x ^ y) & mask`); gcc
    /// vectorises a loop without such calls with `c ? a : b` as well, and the unions cost it 15 % more per
    /// neuron-step (COBA's euler loop, 2.25 ns against 1.95), so such a unit gets the plain form. tcc, which inlines
    /// nothing, always reads the plain form (the union version cost its COBA loop a call through memory per
    /// neuron). Either form yields one operand unchanged, so the tiers' bits agree.
    static func select(_ precision: Precision, callsVectorFunction: Bool) -> String {
        let plain = "#define soma_select(c, a, b) ((c) ? (a) : (b))"
        guard callsVectorFunction else { return plain }
        let bits = precision == .f32 ? "u32" : "u64"
        return """
        #ifdef __TINYC__
        \(plain)
        #else
        \(inlined) real soma_select(int c, real a, real b) {
            union { real v; \(bits) u; } x, y;
            x.v = a; y.v = b;
            y.u ^= (x.u ^ y.u) & -(\(bits))(c != 0);
            return y.v;
        }
        #endif
        """
    }
}
