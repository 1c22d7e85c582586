/// Soma's own standard normal deviate from two uniforms, and the log and cos(2π·) it is made of: the bits of
/// the generated code's `soma_normal` (CPrelude+Normal renders it from these constants, in this order of
/// operations), so that tcc's scalar code and cc's vectorised loops give the same numbers and these give the
/// numbers of both. libm's log and cos are calls that gcc cannot vectorise, and other libms round them otherwise.
///
/// Box–Muller: z = √(−2 log(1 − u₁)) · cos(2π u₂), with u₁, u₂ multiples of 2⁻⁵³ in [0, 1) (Philox's 53 bits),
/// so 1 − u₁ is exact and in [2⁻⁵³, 1] and every |z| ≤ 8.58.
///
/// log(x), x positive and normal: x = 2^k · m with m in [√2/2, √2) (k and m from the bits, m's exponent moved by
/// one where the significand is at least √2's), f = m − 1 exact, s = f / (2 + f), and
/// log(1 + f) = f − (f²/2 − s·(f²/2 + s²·P(s²))), P a near-minimax polynomial of degree 6 on s² ≤ 0.0295
/// (mpmath's chebyfit of (log((1 + s)/(1 − s)) − 2s)/s³ at 60 digits, relative error 4.7·10⁻¹⁶; S and C below
/// likewise, 2⁻⁵⁴·⁵ and 2⁻⁵⁵·⁴ with the coefficients rounded to double); k·ln 2 added in Cody and
/// Waite's two parts (exp's). Measured against long double's logl: within 0.829 ulp over 10 M arguments (glibc's
/// log: 0.516), and never more than 1 ulp from glibc's log.
///
/// cos(2πu): 4u rounded to the nearest integer n (adding and subtracting 1.5·2⁵²), t = u − n/4 exact in
/// [−1/8, 1/8], sin(2πt) = t·S(t²) and cos(2πt) = C(t²) (near-minimax polynomials of degrees 6 and 7 in t², fitted
/// to the scaled angle so that no rounded 2π multiplies the argument), then the quadrant n mod 4 picks
/// ±sin or ±cos by the bits. Measured against long double's sinl and cosl of the same exact reduction: within
/// 1.520 ulp over 10 M multiples of 2⁻⁵³ in [0, 1). (libm's cos(2π·u), the former formula, is millions of ulps off near
/// the zeros of cos: the rounded product 2π·u moves them.) NormalDeviateTests holds
/// both to their bounds.
package enum NormalDeviate {
    /// P's coefficients from (s²)⁰ up.
    package static let logCoefficients: [Double] = [
        0x1.5555555555558p-1, 0x1.99999999952d7p-2, 0x1.2492492df281ap-2, 0x1.c71c62e3f11e6p-3,
        0x1.7462b51cb66b1p-3, 0x1.39fe51a7c18f9p-3, 0x1.2b5900de53b32p-3,
    ]
    /// S(x) = sin(2π√x)/√x on x ≤ 1/64, from x⁰ up (S(0) = 2π rounded).
    package static let sinCoefficients: [Double] = [
        0x1.921fb54442d18p+2, -0x1.4abbce625be41p+5, 0x1.466bc677587f3p+6, -0x1.32d2cce2e55bfp+6,
        0x1.50782fd9b7104p+5, -0x1.e300715607854p+3, 0x1.e3f362f896ffep+1,
    ]
    /// C(x) = cos(2π√x) on x ≤ 1/64, from x⁰ up.
    package static let cosCoefficients: [Double] = [
        0x1.0000000000000p+0, -0x1.3bd3cc9be45dep+4, 0x1.03c1f081b5aacp+6, -0x1.55d3c7e3c90f2p+6,
        0x1.e1f50683554a4p+5, -0x1.a6d1ec788deb9p+4, 0x1.f9cc40b4d973bp+2, -0x1.b2649ccb4360dp+0,
    ]
    /// Significands at or above √2's (0x3FF6A09E667F3BCD) carry into bit 52 when this is added.
    package static let sqrt2Carry: UInt64 = 0x10_0000_0000_0000 - 0x6_A09E_667F_3BCD
    package static let shifter = 6_755_399_441_055_744.0

    /// √(−2 log(1 − u₁)) · cos(2π u₂).
    package static func normal(_ u1: Double, _ u2: Double) -> Double {
        (-2 * log(1 - u1)).squareRoot() * cosTwoPi(u2)
    }

    /// The natural logarithm of a positive normal x.
    package static func log(_ x: Double) -> Double {
        let significand = x.bitPattern & 0xF_FFFF_FFFF_FFFF
        let up = (significand &+ sqrt2Carry) >> 52
        let k = Int64(x.bitPattern >> 52) - 1023 + Int64(up)
        let f = Double(bitPattern: significand | ((1023 - up) << 52)) - 1
        let s = f / (2 + f), z = s * s
        let r = z * horner(logCoefficients, z)
        let half = 0.5 * f * f, dk = Double(k)
        return dk * Exponential.double.ln2Hi - ((half - (s * (half + r) + dk * Exponential.double.ln2Lo)) - f)
    }

    /// cos(2πu).
    package static func cosTwoPi(_ u: Double) -> Double {
        let shifted = 4 * u + shifter
        let t = u - 0.25 * (shifted - shifter), x = t * t
        let sine = t * horner(sinCoefficients, x), cosine = horner(cosCoefficients, x)
        let quadrant = shifted.bitPattern & 3
        let value = quadrant & 1 == 0 ? cosine : sine
        return Double(bitPattern: value.bitPattern ^ (((quadrant &+ 1) & 2) << 62))
    }

    /// c₀ + x·(c₁ + x·(…)), innermost first; the C renderer writes the same nesting.
    package static func horner(_ coefficients: [Double], _ x: Double) -> Double {
        coefficients.dropLast().reversed().reduce(coefficients.last!) { inner, c in c + x * inner }
    }
}
