import XCTest
import Kernel
@testable import Analysis
@testable import Lowering
@testable import Symbolic

final class LinearAlgebraTests: XCTestCase {
    func testSolveMatchesHandSolution() throws {
        // 2x + y = 5, x - 3y = -1  →  x = 2, y = 1
        let x = try LinearAlgebra.solve(Matrix(square: [2, 1, 1, -3]), [5, -1], BLAS.require())
        XCTAssertEqual(x[0], 2, accuracy: 1e-14)
        XCTAssertEqual(x[1], 1, accuracy: 1e-14)
    }

    func testSingularMatrixIsATypedFailure() throws {
        let blas = try BLAS.require()
        XCTAssertThrowsError(try LinearAlgebra.solve(Matrix(square: [1, 2, 2, 4]), [1, 1], blas)) { error in
            XCTAssertEqual((error as? LinearAlgebra.Failure)?.routine, "dgesv")
        }
    }

    /// Rows (1, 1, 1), (1, 1, 2), (1, 1, 3): after the first column is eliminated (pivot 1, no swap: the
    /// entries tie) the second column is zero below the diagonal, exactly, so dgesv's info names pivot 2 of 3.
    func testSingularMatrixFailsWithDgesvsZeroPivot() throws {
        let blas = try BLAS.require()
        do throws(LinearAlgebra.Failure) {
            let x = try LinearAlgebra.solve(Matrix(square: [1, 1, 1, 1, 1, 2, 1, 1, 3]), [1, 2, 3], blas)
            XCTFail("solved a singular system: \(x)")
        } catch {
            XCTAssertEqual(error, LinearAlgebra.Failure(routine: "dgesv", info: 2))
            XCTAssertEqual(error.description, "the matrix is singular (pivot 2 is zero)")
        }
    }

    func testRotationHasImaginaryPair() throws {
        let values = try LinearAlgebra.eigenvalues(Matrix(square: [0, 2, -2, 0]), BLAS.require())
        XCTAssertEqual(values.map(\.re), [0, 0])
        XCTAssertEqual(values[0].im, 2, accuracy: 1e-14)
        XCTAssertEqual(values[1].im, -2, accuracy: 1e-14)
    }

    func testComplexEigenvectorsSatisfyTheirEquations() throws {
        let a = Matrix(square: [-0.1, 1, 0.3, -2, 0.2, 0.5, 0, 0.4, -1])
        let system = try LinearAlgebra.eigensystem(a, BLAS.require())
        for k in 0..<3 {
            let lambda = system.values[k]
            for (useLeft, m) in [(false, a), (true, a.transposed)] {
                let v = system.vector(k, left: useLeft)
                for i in 0..<3 {
                    var re = 0.0, im = 0.0
                    for j in 0..<3 { re += m[i, j] * v[j].re; im += m[i, j] * v[j].im }
                    // Right: A v = λ v. Left (LAPACK): uᴴ A = λ uᴴ, that is Aᵀ u = λ̄ u.
                    let expectRe = lambda.re * v[i].re - lambda.im * v[i].im * (useLeft ? -1 : 1)
                    let expectIm = lambda.im * v[i].re * (useLeft ? -1 : 1) + lambda.re * v[i].im
                    XCTAssertEqual(re, expectRe, accuracy: 1e-12, "value \(k) left \(useLeft) row \(i)")
                    XCTAssertEqual(im, expectIm, accuracy: 1e-12, "value \(k) left \(useLeft) row \(i)")
                }
            }
        }
    }

    /// A tridiagonal system with two right-hand sides: the band solve (dgbsv) agrees with the dense one (dgesv).
    func testBandSolveMatchesDenseSolve() throws {
        let n = 6
        var band = BandMatrix(size: n, lower: 1, upper: 1)
        var dense = Matrix(rows: n, columns: n, values: Array(repeating: 0, count: n * n))
        for i in 0..<n {
            for j in max(0, i - 1)...min(n - 1, i + 1) {
                let value = i == j ? 4.0 + Double(i) : -1.0 - 0.1 * Double(j)
                band[i, j] = value
                dense[i, j] = value
            }
        }
        let rhs = Matrix(rows: n, columns: 2, values: (0..<(2 * n)).map { Double($0 % 5) - 1.5 })
        let blas = try BLAS.require()
        let banded = try LinearAlgebra.solve(band, rhs, blas)
        let full = try LinearAlgebra.solve(dense, rhs, blas)
        for (a, b) in zip(banded.values, full.values) { XCTAssertEqual(a, b, accuracy: 1e-14) }
        XCTAssertEqual(band[0, 3], 0, "outside the band reads as zero")
    }
}
