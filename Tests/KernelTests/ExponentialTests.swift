import Foundation
import XCTest
@testable import Codegen
@testable import JIT
@testable import Network
@testable import Symbolic

/// Soma's own exp and expm1 (Symbolic/Exponential, CPrelude+Exponential): within their measured ulp bounds of
/// the exact value (long double's expl and expm1l, 64 significant bits, as the reference), libm's results at
/// the special inputs, and the same bits from the evaluator, tcc's code and cc's vectorised loop.
final class ExponentialTests: XCTestCase {
    /// Measured maxima on the sample below with the fused multiply-adds: exp 0.767 ulp, expm1 1.255 ulp; in float
    /// 0.760 and 1.167 ulp (without them 0.81, 1.27, 0.77 and 1.19). Over 10⁷ arguments in C
    /// (bench/network/exprel_accuracy.c): 0.780 and 1.311 ulp; over every float in [−105, 90]: 0.793 and 1.500.
    static let bound = (exp: 0.85, expm1: 1.35, expFloat: 0.85, expm1Float: 1.6)

    /// Inputs: uniform in the whole range, near 0, where results are subnormal, and at the edges.
    static func sample(count: Int, float: Bool) -> [Double] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func unit() -> Double {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Double(state >> 11) * 0x1p-53
        }
        let ranges: [ClosedRange<Double>] = float
            ? [-104...89, -1...1, -1e-3...1e-3, -103.9...(-87.3), -0.7...0.7]
            : [-746...710, -1...1, -1e-3...1e-3, -745.2...(-708.3), -0.7...0.7]
        let values = ranges.flatMap { range in (0..<count).map { _ in range.lowerBound + (range.upperBound - range.lowerBound) * unit() } }
        return float ? values.map { Double(Float($0)) } : values
    }

    static let special: [Double] = [0, -0.0, .infinity, -.infinity, .nan, 709.782712893384, 709.7827128933841, 710, 1e308,
                                    -745.1332191019411, -745.1332191019412, -708.3964185322641, -746, -1e308,
                                    .leastNonzeroMagnitude, -.leastNonzeroMagnitude, 1e-300, -1e-300]
    static let specialFloat: [Double] = [0, -0.0, .infinity, -.infinity, .nan, 88.72283, 88.72284, 89, -103.97208, -103.97209,
                                         -104, 1e-45, -1e-45].map { Double(Float($0)) }

    func testTheEvaluatorsExpAndExpm1StayWithinTheirBoundsOfTheExactValue() {
        let sample = Self.sample(count: 200_000, float: false)
        let exp = worst(sample.map { ($0, Exponential.exp($0)) }) { Foundation.exp(Float80($0)) }
        let expm1 = worst(sample.map { ($0, Exponential.expm1($0)) }) { Foundation.expm1(Float80($0)) }
        print("exp: \(sample.count) arguments, max \(exp.ulps) ulp at \(exp.at); expm1: max \(expm1.ulps) ulp at \(expm1.at)")
        XCTAssertLessThanOrEqual(exp.ulps, Self.bound.exp, "exp(\(exp.at))")
        XCTAssertLessThanOrEqual(expm1.ulps, Self.bound.expm1, "expm1(\(expm1.at))")
        XCTAssertEqual(Exponential.exp(1), 2.718281828459045)
        XCTAssertEqual(Exponential.exp(-1), 0.36787944117144233)
        XCTAssertEqual(Exponential.expm1(1e-10), 1.00000000005e-10)
    }

    func testSpecialInputsGiveLibmsResults() {
        for x in Self.special {
            XCTAssertTrue(same(Exponential.exp(x), Foundation.exp(x)), "exp(\(x)) = \(Exponential.exp(x)), libm \(Foundation.exp(x))")
            XCTAssertTrue(same(Exponential.expm1(x), Foundation.expm1(x)), "expm1(\(x)) = \(Exponential.expm1(x)), libm \(Foundation.expm1(x))")
        }
    }

    /// f64: tcc's soma_exp and soma_expm1 and cc's (the loop below vectorises) give the evaluator's bits.
    func testTheTiersComputeTheEvaluatorsBitsInF64() throws {
        let inputs = Self.special + Self.sample(count: 20_000, float: false)
        for (tier, values) in try tiers(inputs, precision: .f64) {
            for (k, x) in inputs.enumerated() {
                guard same(values[k], Exponential.exp(x)), same(values[inputs.count + k], Exponential.expm1(x)) else {
                    return XCTFail("\(tier): exp(\(x)) = \(values[k]), expm1 = \(values[inputs.count + k]); evaluator \(Exponential.exp(x)), \(Exponential.expm1(x))")
                }
            }
        }
    }

    /// f32: tcc and cc give the same bits, within the float bounds of the exact value, and libm's at the special inputs.
    func testTheTiersAgreeInF32WithinTheFloatBounds() throws {
        let sample = Self.sample(count: 20_000, float: true), inputs = Self.specialFloat + sample
        let results = try tiers(inputs, precision: .f32)
        let (tcc, cc) = (results[0].values, results[1].values)
        for k in tcc.indices where !same(tcc[k], cc[k]) {
            return XCTFail("tcc \(tcc[k]) cc \(cc[k]) for \(k < inputs.count ? "exp" : "expm1")(\(inputs[k % inputs.count]))")
        }
        for (k, x) in Self.specialFloat.enumerated() {
            XCTAssertTrue(same(tcc[k], Double(Foundation.exp(Float(x)))), "expf(\(x)) = \(tcc[k])")
            XCTAssertTrue(same(tcc[inputs.count + k], Double(Foundation.expm1(Float(x)))), "expm1f(\(x)) = \(tcc[inputs.count + k])")
        }
        let offset = Self.specialFloat.count
        let exp = worst(sample.enumerated().map { ($1, tcc[offset + $0]) }, float: true) { Foundation.exp(Float80($0)) }
        let expm1 = worst(sample.enumerated().map { ($1, tcc[inputs.count + offset + $0]) }, float: true) { Foundation.expm1(Float80($0)) }
        print("f32 exp: \(sample.count) arguments, max \(exp.ulps) float ulp at \(exp.at); expm1: max \(expm1.ulps) at \(expm1.at)")
        XCTAssertLessThanOrEqual(exp.ulps, Self.bound.expFloat, "expf(\(exp.at))")
        XCTAssertLessThanOrEqual(expm1.ulps, Self.bound.expm1Float, "expm1f(\(expm1.at))")
    }

    /// exprel(x) = expm1(x)/x (1 at 0), the evaluator's as the tiers': known values within 2 ulp (expm1's 1.33 and
    /// the division's 0.5), the limits at ±0, tiny and large negative x exact or within an ulp, overflow where e^x
    /// overflows, +∞ at +∞ (not ∞/∞), NaN through; and the same bits from tcc and cc in f64 (against the evaluator) and in f32.
    func testExprelKnownValuesEdgesAndBitsInBothTiers() throws {
        func exprel(_ x: Double) -> Double { MathFunction.exprel.apply([x]) }
        func within(_ got: Double, _ want: Double, ulps: Double, _ what: String) {
            XCTAssertLessThanOrEqual(Swift.abs(got - want), ulps * want.ulp, "\(what) = \(got), want \(want)")
        }
        within(exprel(1), 1.718281828459045235, ulps: 2, "exprel(1)")
        within(exprel(-1), 0.632120558828557678, ulps: 2, "exprel(-1)")
        within(exprel(-0.005), 0.9975041614635374, ulps: 2, "exprel(-0.005)")
        within(exprel(1e-10), 1.00000000005, ulps: 1, "exprel(1e-10)")
        within(exprel(-1000), 0.001, ulps: 1, "exprel(-1000)")
        within(exprel(700), 1.4489029353357207e301, ulps: 2, "exprel(700)")
        XCTAssertEqual(exprel(0), 1)
        XCTAssertEqual(exprel(-0.0), 1)
        XCTAssertEqual(exprel(.leastNonzeroMagnitude), 1)
        XCTAssertEqual(exprel(-1e-300), 1)
        XCTAssertEqual(exprel(709.79), .infinity)
        XCTAssertEqual(exprel(1e308), .infinity)
        XCTAssertEqual(exprel(.infinity), .infinity)
        XCTAssertEqual(exprel(-.infinity), 0)
        XCTAssertTrue(exprel(.nan).isNaN)
        let inputs = Self.special + Self.sample(count: 5_000, float: false)
        let offset = 2 * inputs.count
        for (tier, values) in try tiers(inputs, precision: .f64) {
            for (k, x) in inputs.enumerated() where !same(values[offset + k], exprel(x)) {
                return XCTFail("\(tier): exprel(\(x)) = \(values[offset + k]), evaluator \(exprel(x))")
            }
        }
        let floats = Self.specialFloat + Self.sample(count: 5_000, float: true)
        let results = try tiers(floats, precision: .f32)
        for k in 0..<floats.count where !same(results[0].values[2 * floats.count + k], results[1].values[2 * floats.count + k]) {
            return XCTFail("f32 exprel(\(floats[k])): tcc \(results[0].values[2 * floats.count + k]), cc \(results[1].values[2 * floats.count + k])")
        }
        let f32One = results[0].values[2 * floats.count + Self.specialFloat.firstIndex(of: 0)!]
        XCTAssertEqual(f32One, 1)
        for x in [Double.infinity, 89] {
            XCTAssertEqual(results[0].values[2 * floats.count + Self.specialFloat.firstIndex(of: x)!], .infinity, "f32 exprel(\(x))")
        }
    }

    /// Exponential Euler's per-neuron exprel (soma_exprel_step) is on (−1, 0.35) a polynomial of its own: within 0.95
    /// ulp of the exact value (measured 0.945 on 4·10⁶ points in C; f32 0.87 float ulp, measured 0.868), and
    /// soma_exprel_narrow, which a neuron loop calls where every argument lies there, gives its bits in both tiers and
    /// precisions, and the evaluator's in f64; beyond the range it is soma_exprel.
    func testTheStepsExprelIsItsPolynomialOnTheNarrowRangeWithinAnUlpAndTheNarrowFormsBitsAgree() throws {
        let (lowest, highest) = Exponential.narrowExprel
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func unit() -> Double {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Double(state >> 11) * 0x1p-53
        }
        let edges = [lowest.nextUp, highest.nextDown, 0, -0.0, 1e-300, -1e-300, -0.005, -0.7, 0.3]
        let sample = edges + (0..<200_000).map { _ in lowest + (highest - lowest) * unit() }.filter { $0 > lowest }
        let exact = worst(sample.map { ($0, Exponential.exprelStep($0)) }) { x in x == 0 ? 1 : Foundation.expm1(Float80(x)) / Float80(x) }
        print("exprel on (\(lowest), \(highest)): \(sample.count) arguments, max \(exact.ulps) ulp at \(exact.at)")
        XCTAssertLessThanOrEqual(exact.ulps, 0.95, "exprel(\(exact.at))")
        XCTAssertEqual(Exponential.exprelStep(0), 1)
        XCTAssertEqual(Exponential.exprelStep(-0.0), 1)
        for x in [lowest, highest, -1000, 700, .infinity, -.infinity] {
            XCTAssertEqual(Exponential.exprelStep(x).bitPattern, Exponential.exprel(x).bitPattern, "beyond the range at \(x)")
        }

        let inputs = Array(sample.prefix(5_000)) + Self.special + Self.sample(count: 1_000, float: false)
        let n = inputs.count
        for (tier, values) in try tiers(inputs, precision: .f64) {
            for (k, x) in inputs.enumerated() where !same(values[4 * n + k], Exponential.exprelStep(x))
                || (x > lowest && x < highest && !same(values[3 * n + k], values[4 * n + k])) {
                return XCTFail("\(tier): step exprel(\(x)) = \(values[4 * n + k]), narrow \(values[3 * n + k]), evaluator \(Exponential.exprelStep(x))")
            }
        }
        let floats = Array(Set(sample.prefix(5_000).map { Double(Float($0)) }.filter { $0 > lowest && $0 < Double(Float(highest)) })).sorted()
        let m = floats.count
        let results = try tiers(floats, precision: .f32)
        for (tier, values) in results {
            for k in floats.indices where !same(values[4 * m + k], values[3 * m + k]) || !same(values[4 * m + k], results[0].values[4 * m + k]) {
                return XCTFail("\(tier) f32: step exprel(\(floats[k])) = \(values[4 * m + k]), narrow \(values[3 * m + k]), tcc \(results[0].values[4 * m + k])")
            }
        }
        let float = worst(floats.enumerated().map { ($1, results[0].values[4 * m + $0]) }, float: true) { x in
            x == 0 ? 1 : Foundation.expm1(Float80(x)) / Float80(x)
        }
        print("f32 step exprel on the narrow range: \(m) arguments, max \(float.ulps) float ulp at \(float.at)")
        XCTAssertLessThanOrEqual(float.ulps, 0.87, "f32 exprel(\(float.at))")
    }

    // MARK: - Helpers

    private func same(_ a: Double, _ b: Double) -> Bool { a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN) }

    /// The largest error of the results in ulps of the exact value's precision (subnormal results in the smallest ulp).
    private func worst(_ results: [(x: Double, got: Double)], float: Bool = false,
                       exact: (Double) -> Float80) -> (ulps: Double, at: Double) {
        var worst = (ulps: 0.0, at: 0.0)
        for (x, got) in results {
            let want = exact(x)
            if want.isInfinite || want == 0 || got.isInfinite { continue }
            let exponent = Swift.max(Int(want.exponent), float ? -126 : -1022)
            let ulp = Float80(sign: .plus, exponent: exponent - (float ? 23 : 52), significand: 1)
            let ulps = Double(Swift.abs(Float80(got) - want) / ulp)
            if ulps > worst.ulps { worst = (ulps, x) }
        }
        return worst
    }

    /// exp, expm1, exprel, exprel's narrow form and exponential Euler's exprel of every input (`[exp…, expm1…, exprel…, narrow…, step…]`) from the tcc tier and the cc tier.
    private func tiers(_ inputs: [Double], precision: Precision) throws -> [(tier: String, values: [Double])] {
        let body = """
        i64 \(GeneratedUnit.entryPoint)(void **slot, i64 n, i64 unused) {
            const double *in = (const double *)slot[0];
            double *out = (double *)slot[1];
            for (i64 i = 0; i < n; ++i) out[i] = (double)soma_exp((real)in[i]);
            for (i64 i = 0; i < n; ++i) out[n + i] = (double)soma_expm1((real)in[i]);
            for (i64 i = 0; i < n; ++i) out[2 * n + i] = (double)soma_exprel((real)in[i]);
            for (i64 i = 0; i < n; ++i) out[3 * n + i] = (double)soma_exprel_narrow((real)in[i]);
            for (i64 i = 0; i < n; ++i) out[4 * n + i] = (double)soma_exprel_step((real)in[i]);
            (void)unused;
            return 0;
        }
        """
        return try preludeInBothTiers(body, precision: precision, input: inputs, count: inputs.count, outputCount: 5 * inputs.count)
    }
}
