import XCTest
import Kernel

/// Ridge regression and recursive least squares against closed forms computed another way.
final class RegressionTests: XCTestCase {
    /// y = A·x + b exactly, 5 inputs, 2 outputs, 300 samples: ridge with alpha 0 recovers A and b.
    func testRidgeWithoutPenaltyRecoversAKnownLinearMap() throws {
        let (x, y) = linearData(samples: 300)
        var equations = try NormalEquations(features: 6, outputs: 2)
        equations.add(rows: 300, x: x, y: y)
        let w = try equations.ridge(alpha: 0)
        let expected = [0.5, -1.0, 2.0, 0.25, -0.75, 1.5, 3.0, 0.1, -0.2, 0.3, -0.4, 0.5]
        for (k, value) in expected.enumerated() {
            XCTAssertEqual(w.values[k], value, accuracy: 1e-12, "weight \(k)")
        }
    }

    /// With a penalty, blockwise Cholesky of the accumulated normal equations equals the normal equations
    /// formed whole and solved by LU (LAPACK dgesv), to 1e-12 relative.
    func testRidgeAccumulatedInBlocksEqualsTheNormalEquationsSolvedWhole() throws {
        let (x, y) = noisyData(samples: 400)
        var equations = try NormalEquations(features: 6, outputs: 2)
        for start in stride(from: 0, to: 400, by: 128) {
            let rows = min(128, 400 - start)
            equations.add(rows: rows, x: Array(x[start * 6..<(start + rows) * 6]), y: Array(y[start * 2..<(start + rows) * 2]))
        }
        let alpha = 0.7
        let w = try equations.ridge(alpha: alpha)
        var gram = Matrix(rows: 6, columns: 6, values: Array(repeating: 0, count: 36))
        var cross = Matrix(rows: 6, columns: 2, values: Array(repeating: 0, count: 12))
        for k in 0..<400 {
            for i in 0..<6 {
                for j in 0..<6 { gram[i, j] += x[k * 6 + i] * x[k * 6 + j] }
                for o in 0..<2 { cross[i, o] += x[k * 6 + i] * y[k * 2 + o] }
            }
        }
        for i in 0..<6 { gram[i, i] += alpha }
        let expected = try LinearAlgebra.solve(gram, cross, BLAS.require())
        for k in 0..<12 { XCTAssertEqual(w.values[k], expected.values[k], accuracy: 1e-12 * max(1, abs(expected.values[k]))) }
    }

    /// After every sample, RLS's weights are the ridge solution over the samples so far with P(0) = I/alpha:
    /// at the end they equal ridge's to 1e-9 relative.
    func testRecursiveLeastSquaresConvergesToTheRidgeSolution() throws {
        let (x, y) = noisyData(samples: 400)
        let alpha = 1e-3
        var rls = RecursiveLeastSquares(features: 6, outputs: 2, alpha: alpha)
        for k in 0..<400 { rls.update(x: Array(x[k * 6..<(k + 1) * 6]), y: Array(y[k * 2..<(k + 1) * 2])) }
        var equations = try NormalEquations(features: 6, outputs: 2)
        equations.add(rows: 400, x: x, y: y)
        let ridge = try equations.ridge(alpha: alpha)
        for k in 0..<12 { XCTAssertEqual(rls.weights[k], ridge.values[k], accuracy: 1e-9 * max(1, abs(ridge.values[k]))) }
    }

    func testRidgeWithoutPenaltyOnTooFewSamplesIsSingular() throws {
        let (x, y) = linearData(samples: 3)
        var equations = try NormalEquations(features: 6, outputs: 2)
        equations.add(rows: 3, x: x, y: y)
        XCTAssertThrowsError(try equations.ridge(alpha: 0)) { error in
            XCTAssertEqual(error as? TrainingFailure, .singular(features: 6, samples: 3))
        }
    }

    /// NVAR with 3 sources, 2 delays, order 2: 1 + 6 + 21 = 28 features (Gauthier et al. 2021's Lorenz count),
    /// the linear ones the current sample then the one before, the quadratic ones u_i·u_j for i ≤ j.
    func testNVARFeaturesOfThreeSourcesAreTheConstantTheDelaysAndTheirProducts() {
        let map = FeatureMap.nvar(delays: 2, order: 2, skip: 1)
        XCTAssertEqual(map.count(sources: 3), 28)
        XCTAssertEqual(FeatureMap.nvar(delays: 2, order: 3, skip: 1).count(sources: 3), 84)
        let samples: [Double] = [1, 2, 3, 4, 5, 6]
        var out: [Double] = []
        samples.withUnsafeBufferPointer { map.features($0, sources: 3, at: 1, into: &out) }
        XCTAssertEqual(Array(out[0..<7]), [1, 4, 5, 6, 1, 2, 3])
        XCTAssertEqual(Array(out[7..<13]), [16, 20, 24, 4, 8, 12])
        XCTAssertEqual(out.last, 9)
        XCTAssertEqual(out.count, 28)
    }

    /// Features [1, u0…u4] and outputs y_o = Σ_f x_f W[f, o] for a fixed W (features × outputs, row-major).
    private func linearData(samples: Int) -> (x: [Double], y: [Double]) {
        let w = [0.5, -1.0, 2.0, 0.25, -0.75, 1.5, 3.0, 0.1, -0.2, 0.3, -0.4, 0.5]
        var x: [Double] = [], y: [Double] = []
        for k in 0..<samples {
            let row: [Double] = [1] + (0..<5).map { (f: Int) -> Double in sin(Double(k * (f + 2)) * 0.37 + Double(f)) }
            x += row
            for o in 0..<2 {
                var sum = 0.0
                for f in 0..<6 { sum += row[f] * w[f * 2 + o] }
                y.append(sum)
            }
        }
        return (x, y)
    }

    private func noisyData(samples: Int) -> (x: [Double], y: [Double]) {
        let (x, exact) = linearData(samples: samples)
        return (x, exact.enumerated().map { $0.element + 0.1 * sin(Double($0.offset) * 12.9898) })
    }
}
