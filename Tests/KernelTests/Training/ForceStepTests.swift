import XCTest
import Kernel

/// The pieces of a FORCE step: sparse rows against the dense sum they replace, and the one-pass RLS update on P's upper
/// triangle against Sherman–Morrison written out on the whole matrix.
final class ForceStepTests: XCTestCase {
    /// 11 × 11 weights with about a third present (11 rows: two blocks of four and a tail of three, rows of unequal
    /// lengths, one empty), read from every second value of an interleaved source and written to every third slot:
    /// each row equals the dense sum over all columns in column order, zeros included, bit for bit.
    func testSparseRowsSumLikeTheDenseRowBitForBit() {
        let n = 11
        var random = SplitMix(state: 7)
        var dense = (0..<n * n).map { _ in Double.random(in: 0..<1, using: &random) < 0.35 ? Double.random(in: -2...2, using: &random) : 0 }
        for j in 0..<n { dense[4 * n + j] = 0 }
        let source = (0..<2 * n).map { _ in Double.random(in: -1...1, using: &random) }
        let sparse = SparseRows(dense: dense, rows: n, columns: n)
        XCTAssertEqual(sparse.nonzeros, dense.filter { $0 != 0 }.count)
        var into = [Double](repeating: .nan, count: 3 * n)
        source.withUnsafeBufferPointer { s in into.withUnsafeMutableBufferPointer { sparse.multiply(s.baseAddress! + 1, step: 2, into: $0.baseAddress!, stride: 3) } }
        for i in 0..<n {
            var sum = 0.0
            for j in 0..<n { sum += dense[i * n + j] * source[1 + 2 * j] }
            XCTAssertEqual(into[3 * i].bitPattern, sum.bitPattern, "row \(i)")
        }
    }

    /// 9 features (two blocks of four lanes and a tail), 2 outputs, 60 samples: the weights after every update equal those
    /// of the textbook recursion (g = P x, c = 1 / (1 + xᵀg), W ← W − c g eᵀ, P ← P − c g gᵀ on the whole matrix) to
    /// 1e-12 of their size, only the order of the sums differing; two runs give the same bits.
    func testOnePassUpdateOnTheTriangleIsShermanMorrison() {
        let (f, o, alpha) = (9, 2, 0.5)
        var random = SplitMix(state: 11)
        let x = (0..<60 * f).map { _ in Double.random(in: -1...1, using: &random) }
        let y = (0..<60 * o).map { _ in Double.random(in: -1...1, using: &random) }
        var rls = RecursiveLeastSquares(features: f, outputs: o, alpha: alpha), again = rls
        var p = (0..<f * f).map { $0 % (f + 1) == 0 ? 1 / alpha : 0 }, w = [Double](repeating: 0, count: f * o)
        for k in 0..<60 {
            let xk = Array(x[k * f..<(k + 1) * f]), yk = Array(y[k * o..<(k + 1) * o])
            rls.update(x: xk, y: yk)
            again.update(x: xk, y: yk)
            let g = (0..<f).map { i in (0..<f).reduce(0.0) { $0 + p[i * f + $1] * xk[$1] } }
            let c = 1 / (1 + zip(xk, g).reduce(0.0) { $0 + $1.0 * $1.1 })
            let e = (0..<o).map { q in (0..<f).reduce(0.0) { $0 + w[$1 * o + q] * xk[$1] } - yk[q] }
            for i in 0..<f { for q in 0..<o { w[i * o + q] -= c * g[i] * e[q] } }
            for i in 0..<f { for j in 0..<f { p[i * f + j] -= c * g[i] * g[j] } }
            for (a, b) in zip(rls.weights, w) { XCTAssertEqual(a, b, accuracy: 1e-12 * max(1, abs(b)), "sample \(k)") }
        }
        XCTAssertEqual(rls.weights.map(\.bitPattern), again.weights.map(\.bitPattern))
    }

    /// 300 features (a split pass), 2 outputs, 40 updates: one thread, two through `threads = 2` and a `Partner`'s thread
    /// give the same weights to the bit, and the partner ends when finished (a second one runs after it).
    func testASplitPassIsTheSameBitsOnOneThreadTwoThreadsAndAPartner() {
        let (f, o) = (300, 2)
        var random = SplitMix(state: 5)
        let x = (0..<40 * f).map { _ in Double.random(in: -1...1, using: &random) }
        let y = (0..<40 * o).map { _ in Double.random(in: -1...1, using: &random) }
        var one = RecursiveLeastSquares(features: f, outputs: o, alpha: 1), two = one, partnered = one
        XCTAssertTrue(one.splits)
        two.threads = 2
        for _ in 0..<2 {
            let partner = RecursiveLeastSquares.Partner()
            for k in 0..<20 {
                let xk = Array(x[k * f..<(k + 1) * f]), e = Array(y[k * o..<(k + 1) * o])
                one.update(x: xk, error: e)
                two.update(x: xk, error: e)
                partnered.update(x: xk, error: e, partner: partner)
            }
            partner.finish()
        }
        XCTAssertEqual(one.weights.map(\.bitPattern), two.weights.map(\.bitPattern))
        XCTAssertEqual(one.weights.map(\.bitPattern), partnered.weights.map(\.bitPattern))
        XCTAssertTrue(one.weights.contains { $0 != 0 })
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): the tests' draws, the same on every run.
private struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
