import Foundation
import XCTest
@testable import Codegen
@testable import JIT
@testable import Network
@testable import Runtime
@testable import Symbolic

/// Soma's own log and cos(2π·), and the Box–Muller normal made of them (Symbolic/NormalDeviate, CPrelude+Normal):
/// within their measured ulp bounds of the exact value (long double's logl, sinl and cosl as the reference) and of
/// glibc's log, and the same bits from the Swift twin, tcc's code and cc's vectorised loop, in units of both precisions.
final class NormalDeviateTests: XCTestCase {
    /// Measured maxima here: log 0.83 ulp, cos(2π·) 1.51 ulp; over 10 M arguments in C: 0.829 and 1.520.
    static let bound = (log: 0.85, cosTwoPi: 1.55)

    /// Positive normals: a grid k/2²⁰ of (0, 1] (every 8th), the noise's 1 − u (multiples of 2⁻⁵³), those scaled down by up to 2⁻⁵²,
    /// near 1, and exp-spread over the whole exponent range.
    static func logArguments() -> [Double] {
        var random = Scrambler()
        let grid: [Double] = stride(from: 1, through: 1 << 20, by: 8).map { (k: Int) -> Double in Double(k) * 0x1p-20 }
        let unit: [Double] = (0..<40_000).map { _ in 1 - random.unit() }
        let scaled: [Double] = unit.map { (x: Double) -> Double in Foundation.scalbn(x, -Int(random.unit() * 53)) }
        let nearOne: [Double] = (0..<20_000).map { _ in 1 + (random.unit() - 0.5) * 1e-3 }
        let wide: [Double] = (0..<40_000).map { _ in Foundation.exp((random.unit() - 0.5) * 1400) }
        let edges: [Double] = [1, 0x1p-53, Double.leastNormalMagnitude, Double.greatestFiniteMagnitude, Double(2).squareRoot()]
        return grid + unit + scaled + nearOne + wide + edges
    }

    /// u in [0, 1): the grid k/2¹⁸ (every multiple of 1/8 among them) and multiples of 2⁻⁵³ as Philox makes them.
    static func cosArguments() -> [Double] {
        var random = Scrambler()
        let grid: [Double] = (0..<(1 << 18)).map { (k: Int) -> Double in Double(k) * 0x1p-18 }
        let drawn: [Double] = (0..<100_000).map { _ in random.unit() }
        return grid + drawn + [1 - 0x1p-53]
    }

    func testLogStaysWithinItsBoundOfTheExactValueAndOneUlpOfLibms() {
        var worst = (ulps: 0.0, at: 0.0), againstLibm = 0.0
        for x in Self.logArguments() {
            let got = NormalDeviate.log(x)
            let ulps = Self.ulps(got, Foundation.log(Float80(x)))
            if ulps > worst.ulps { worst = (ulps, x) }
            againstLibm = Swift.max(againstLibm, Self.ulps(got, Float80(Foundation.log(x))))
        }
        print("log: max \(worst.ulps) ulp at \(worst.at); from glibc's log at most \(againstLibm) ulp")
        XCTAssertLessThanOrEqual(worst.ulps, Self.bound.log, "log(\(worst.at))")
        XCTAssertLessThanOrEqual(againstLibm, 1, "log and glibc's log differ by more than one ulp")
        XCTAssertEqual(NormalDeviate.log(1).bitPattern, 0)
        XCTAssertEqual(NormalDeviate.log(0x1p-53), -53 * 0.6931471805599453, accuracy: 1e-14)
    }

    /// cos(2πu) against the exact value of the same exact reduction (u − n/4 is exact, so the reference's only error is
    /// long double's); where libm's cos(2π·u) is near 0 its rounded 2π puts it millions of ulps off, so it is no reference.
    func testCosTwoPiStaysWithinItsBoundOfTheExactValue() {
        var worst = (ulps: 0.0, at: 0.0)
        let twoPi = Float80(2) * Float80.pi
        for u in Self.cosArguments() {
            let n = (4 * Float80(u)).rounded(.toNearestOrEven), t = Float80(u) - n / 4
            let want: Float80
            switch Int(n) & 3 {
            case 0: want = Foundation.cos(twoPi * t)
            case 1: want = -Foundation.sin(twoPi * t)
            case 2: want = -Foundation.cos(twoPi * t)
            default: want = Foundation.sin(twoPi * t)
            }
            let got = NormalDeviate.cosTwoPi(u)
            if want == 0 {
                XCTAssertEqual(got, 0, "cos(2π·\(u))")
                continue
            }
            let ulps = Self.ulps(got, want)
            if ulps > worst.ulps { worst = (ulps, u) }
        }
        print("cos(2π·): max \(worst.ulps) ulp at \(worst.at)")
        XCTAssertLessThanOrEqual(worst.ulps, Self.bound.cosTwoPi, "cos(2π·\(worst.at))")
        XCTAssertEqual([0, 0.25, 0.5, 0.75, 1 - 0x1p-53].map(NormalDeviate.cosTwoPi), [1, 0, -1, 0, 1])
    }

    /// tcc's soma_log, soma_cos2pi and soma_normal and cc's (each loop below vectorises) give the Swift twin's bits,
    /// in units of either precision (the deviate is double in both).
    func testTheTiersComputeTheSwiftTwinsBits() throws {
        let n = 50_000
        let logs = Array(Self.logArguments().enumerated().filter { $0.offset % 5 == 0 }.map(\.element).prefix(n))
        let cosines = Array(Self.cosArguments().enumerated().filter { $0.offset % 7 == 0 }.map(\.element).prefix(n))
        let body = """
        i64 \(GeneratedUnit.entryPoint)(void **slot, i64 n, i64 unused) {
            const double *in = (const double *)slot[0];
            double *out = (double *)slot[1];
            for (i64 i = 0; i < n; ++i) out[i] = soma_log(in[i]);
            for (i64 i = 0; i < n; ++i) out[n + i] = soma_cos2pi(in[n + i]);
            for (i64 i = 0; i < n; ++i) out[2 * n + i] = soma_normal(0x123456789abcdefull, 7, (i64)1 << 33 | 5, i, 3);
            (void)unused;
            return 0;
        }
        """
        let key = Philox.key(seed: 0x1234_5678_9ABC_DEF, stream: 7)
        let want = logs.map(NormalDeviate.log) + cosines.map(NormalDeviate.cosTwoPi)
            + (0..<n).map { Philox.normal(key: key, step: 1 << 33 | 5, index: UInt32($0), draw: 3) }
        for precision in [Precision.f64, .f32] {
            for (tier, values) in try preludeInBothTiers(body, precision: precision, input: logs + cosines, count: n, outputCount: 3 * n) {
                for k in want.indices where values[k].bitPattern != want[k].bitPattern {
                    return XCTFail("\(tier) \(precision): output \(k) (\(["log", "cos2pi", "normal"][k / n])) is \(values[k]), Swift \(want[k])")
                }
            }
        }
    }

    // MARK: - Helpers

    /// |got − want| in ulps of want's binade (double's 52 fraction bits).
    private static func ulps(_ got: Double, _ want: Float80) -> Double {
        let ulp = Float80(sign: .plus, exponent: Swift.max(Int(want.exponent), -1022) - 52, significand: 1)
        return Double(Swift.abs(Float80(got) - want) / ulp)
    }

    /// xorshift64: a fixed sequence of uniforms, multiples of 2⁻⁵³ in [0, 1) as Philox's are.
    struct Scrambler {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        mutating func unit() -> Double {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Double(state >> 11) * 0x1p-53
        }
    }
}
