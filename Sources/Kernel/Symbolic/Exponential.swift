/// Soma's own exp and expm1: the constants, and the double function that the evaluator uses. The
/// generated C computes the same functions (CPrelude+Exponential renders them from these constants),
/// with plain IEEE operations in a fixed order and no branch, so that tcc's scalar code and cc's
/// vectorised loops give the same bits, and these give the bits of both. libm's exp is a call that gcc
/// cannot vectorise, and glibc's and another libm's roundings differ.
///
/// exp(x) = 2^k · e^r: k = round(x / ln 2) by a fused x·log₂e + 1.5·2^52 and subtracting 1.5·2^52 (round to
/// nearest, the IEEE default), r = x − k·ln 2 in two parts (Cody and Waite: k·ln2Hi is exact, ln2Hi having 32
/// zero low bits, and so is x − k·ln2Hi), e^r − 1 − r = r²·P(r) with P a near-minimax polynomial on
/// |r| ≤ ln 2 / 2 + 0.001 (Chebyshev fit) by Horner's rule in fused multiply-adds, 1 + r summed with its
/// rounding error kept (Fast2Sum), and
/// 2^k built from exponent bits as two factors 2^⌊k/2⌋ · 2^(k−⌊k/2⌋), so that results on the way to
/// overflow or into subnormals round once. x is first clamped to [−746, 710] (NaN passes the clamp):
/// ±∞, overflow, underflow and NaN then come out as libm's.
/// expm1 needs neither subnormal scales nor the split: below −40 (f32: −20) e^x − 1 rounds to −1, so x is
/// clamped there, and 2^k is built once as 2^(k−1), the sum formed at that scale and doubled (exact), so that
/// k = 1024 builds no infinity; below 2^−54 (f32: 2^−25) e^x − 1 rounds to x, which is returned, since the
/// halved scale would round a subnormal rh. Scaling by powers of two changes no rounding of normal numbers, so
/// these are the bits of the former two-factor form (every float, and 2·10⁷ doubles, compared), with 6 fewer
/// integer operations per value.
/// Every a·b + c is one fused multiply-add (IEEE 754's fma, correctly rounded wherever it is computed: Swift's
/// `addingProduct`, gcc's vfmadd, libm's fma that tcc calls, CUDA's fma), so the tiers keep one set of bits with
/// half the polynomial's operations and one rounding fewer in each step.
/// Measured against long double's expl and expm1l (bench/network/exprel_accuracy.c): on 10⁷ arguments (uniform in
/// [−746, 710], [−1, 1], [−10⁻³, 10⁻³], [−0.7, 0.7], the subnormal results' [−745.2, −708.3], [700, 710], [−50, −10],
/// [−10⁻⁸, 10⁻⁸] and [−0.05, 0]) exp is within 0.780 ulp (of 2⁻¹⁰⁷⁴ where the result is subnormal), expm1 within
/// 1.311 ulp and expm1(x)/x within 2.106 (unfused: 0.792, 1.324 and 2.226); on every float in [−105, 90] the f32
/// versions are within 0.793 and 1.500 float ulp, expm1(x)/x 2.409 (unfused: 0.797, 1.561 and 2.409). ExponentialTests
/// holds them to it.
package enum Exponential {
    /// The constants of one precision, as the values that precision holds.
    package struct Constants: Sendable {
        /// Arguments are clamped to [lowest, highest]: beyond, the result is 0 (−1) or +∞ already.
        package var lowest, highest: Double
        /// expm1's clamp from below: e^x − 1 rounds to −1 there. Below `tiny` it rounds to x.
        package var expm1Lowest, expm1Tiny: Double
        package var log2e: Double
        /// 1.5 · 2^(significand bits): adding it rounds to an integer, which its low bits then hold.
        package var shifter: Double
        package var ln2Hi, ln2Lo: Double
        /// P's coefficients from r⁰ up, evaluated by `horner`.
        package var coefficients: [Double]
        /// exprel's on `narrowExprel`, from x⁰ (1) up: Chebyshev interpolation of (e^x − 1)/x at 14 (f32: 8) points in
        /// 50-digit arithmetic, rounded; by Horner's rule in fmas within 0.945 ulp (f32 0.868) of long double's
        /// expm1l(x)/x on 4·10⁶ points of the range.
        package var exprelCoefficients: [Double]
        /// Significand bits stored (52, 23) and the exponent's bias (1023, 127).
        package var significandBits: Int
        package var bias: Int
    }

    package static let double = Constants(
        lowest: -746, highest: 710, expm1Lowest: -40, expm1Tiny: 0x1p-54, log2e: 1.4426950408889634, shifter: 6755399441055744,
        ln2Hi: Double(bitPattern: 0x3FE6_2E42_FEE0_0000), ln2Lo: Double(bitPattern: 0x3DEA_39EF_3579_3C76),
        coefficients: [0x3FE0_0000_0000_0001, 0x3FC5_5555_5555_5556, 0x3FA5_5555_5555_3CD9, 0x3F81_1111_1111_0989,
                       0x3F56_C16C_178C_18A5, 0x3F2A_01A0_1A7E_5259, 0x3EFA_019B_83D2_CEA4, 0x3EC7_1DE0_D2E6_E42B,
                       0x3E92_8927_C064_6723, 0x3E5A_F39D_92AB_3282].map(Double.init(bitPattern:)),
        exprelCoefficients: [1.0, 0.5, 0.1666666666666666, 0.04166666666666704, 0.00833333333333659, 0.0013888888888832925,
                             0.00019841269834884552, 2.4801587272384126e-05, 2.755732400951544e-06, 2.755741128093853e-07,
                             2.5051558858428836e-08, 2.0840066476369934e-09, 1.5571553123772317e-10, 8.527536946163236e-12],
        significandBits: 52, bias: 1023)

    /// ln2Hi has 13 significant bits, so k·ln2Hi is exact for |k| ≤ 150; P is of degree 4.
    package static let float = Constants(
        lowest: -104, highest: 89, expm1Lowest: -20, expm1Tiny: 0x1p-25, log2e: Double(Float(bitPattern: 0x3FB8_AA3B)), shifter: 12_582_912,
        ln2Hi: Double(Float(bitPattern: 0x3F31_7000)), ln2Lo: Double(Float(bitPattern: 0x3805_FDF4)),
        coefficients: [0x3F00_0000, 0x3E2A_AA6D, 0x3D2A_AA8C, 0x3C09_0724, 0x3AB6_89F1].map { Double(Float(bitPattern: $0)) },
        exprelCoefficients: [1.0, 0.5, 0.16666662693023682, 0.04166684299707413, 0.00833421666175127, 0.0013886671513319016,
                             0.00019400207384023815, 1.8776432625600137e-05],
        significandBits: 23, bias: 127)

    /// e^x, the bits of the generated code's soma_exp in double.
    package static func exp(_ x: Double) -> Double {
        let (r, rh, rl, k) = reduce(x, lowest: double.lowest)
        let (s1, s2) = scales(k)
        let s = 1.0 + rh, t = rh - (s - 1.0)
        return (s + (t + rl).addingProduct(r * r, horner(double.coefficients, r))) * s1 * s2
    }

    /// e^x − 1, the bits of the generated code's soma_expm1 in double. rh·2^(k−1) + (2^(k−1) − 1/2) is exact where
    /// k is small, so the cancellation near x = ±ln 2 costs no more than an ulp; x = ±0 is returned as it came.
    package static func expm1(_ x: Double) -> Double {
        let (r, rh, rl, k) = reduce(x, lowest: double.expm1Lowest)
        let s = power(k - 1)
        let e = (s - 0.5).addingProduct(rh, s).addingProduct(rl.addingProduct(r * r, horner(double.coefficients, r)), s) * 2
        return x < double.expm1Tiny && x > -double.expm1Tiny ? x : e
    }

    /// exponential Euler's per-neuron factor takes (e^x − 1)/x on (−1, 0.35), where its arguments dt·b mostly lie
    /// (COBA's: −0.005 to −0.7), from a polynomial of its own (`Constants.exprelCoefficients`): no reduction, no
    /// scale, no division.
    package static let narrowExprel = (lowest: -1.0, highest: 0.35)

    /// (e^x − 1)/x, the bits of the generated code's soma_exprel in double: expm1(x)/x, 1 at 0, and expm1(x) itself
    /// above the clamp, where it is +∞ already (∞/∞ would be NaN).
    package static func exprel(_ x: Double) -> Double {
        let e = expm1(x)
        return x == 0 ? 1 : x > double.highest ? e : e / x
    }

    /// Exponential Euler's per-neuron factor's exprel, the bits of soma_exprel_step: the narrow polynomial on
    /// `narrowExprel` (1 at 0, its first coefficient), `exprel` beyond.
    package static func exprelStep(_ x: Double) -> Double {
        x > narrowExprel.lowest && x < narrowExprel.highest ? horner(double.exprelCoefficients, x) : exprel(x)
    }

    /// Horner's rule in fused multiply-adds, c₀ + r·(c₁ + r·(…)). Estrin's shallower tree needs three more
    /// operations (r², r⁴, r⁸) and was less accurate (expm1 1.43 ulp against 1.31); gcc's vector loops overlap the
    /// chain of one call with the next. The C renderer writes the same nesting.
    package static func horner(_ coefficients: [Double], _ r: Double) -> Double {
        coefficients.dropLast().reversed().reduce(coefficients.last!) { inner, c in c.addingProduct(inner, r) }
    }

    /// r = rh + rl = x − k·ln 2 and k, x clamped first as the C does it (a NaN fails both comparisons and stays).
    private static func reduce(_ x: Double, lowest: Double) -> (r: Double, rh: Double, rl: Double, k: Int64) {
        let c = double
        var x = x < lowest ? lowest : x
        x = x > c.highest ? c.highest : x
        let shifted = c.shifter.addingProduct(x, c.log2e)
        let k = shifted - c.shifter
        let rh = x.addingProduct(k, -c.ln2Hi), rl = k * -c.ln2Lo
        return (rh + rl, rh, rl, Int64(bitPattern: shifted.bitPattern &- c.shifter.bitPattern))
    }

    /// 2^⌊k/2⌋ and 2^(k−⌊k/2⌋), from exponent bits (bit patterns of NaN's k make no difference: r is NaN).
    private static func scales(_ k: Int64) -> (Double, Double) {
        let h = k >> 1
        return (power(h), power(k &- h))
    }

    /// 2^e from exponent bits, for −1022 ≤ e ≤ 1023.
    private static func power(_ e: Int64) -> Double { Double(bitPattern: UInt64(bitPattern: e &+ 1023) << 52) }
}
