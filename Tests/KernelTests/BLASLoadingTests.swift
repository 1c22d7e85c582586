import XCTest
import Kernel
import CBLAS
import SomaTestSupport

final class BLASLoadingTests: XCTestCase {
    func testMissingOpenBLASNamesTheLibraryTheLoaderAndThePackage() {
        guard case .failure(let failure) = BLAS.load(openBLAS: "libopenblas-missing.so.0") else { return XCTFail("loaded a missing library") }
        XCTAssertEqual(failure.library, "libopenblas-missing.so.0")
        XCTAssertEqual(failure.package, "libopenblas0")
        XCTAssertEqual(failure.reason, "libopenblas-missing.so.0: cannot open shared object file: No such file or directory")
        XCTAssertEqual(failure.description, "cannot load libopenblas-missing.so.0, which Soma's linear algebra needs: "
                       + "libopenblas-missing.so.0: cannot open shared object file: No such file or directory (on Debian: apt install libopenblas0)")
    }

    func testMissingLAPACKENamesItsPackage() {
        guard case .failure(let failure) = BLAS.load(lapacke: "liblapacke-missing.so.3") else { return XCTFail("loaded a missing library") }
        XCTAssertEqual(failure.library, "liblapacke-missing.so.3")
        XCTAssertEqual(failure.package, "liblapacke")
    }

    func testALibraryWithoutTheFunctionsIsAFailureToo() {
        // libm opens but has no cblas_dgemm.
        guard case .failure(let failure) = BLAS.load(openBLAS: "libm.so.6") else { return XCTFail("took libm for OpenBLAS") }
        XCTAssertEqual(failure.library, "libm.so.6")
        XCTAssertTrue(failure.reason.contains("cblas_dgemm"), failure.reason)
    }

    func testLoadedFunctionsComputeExactProductsAndSolves() throws {
        let blas = try BLAS.require()
        let a: [Double] = [1, 2, 3, 4], b: [Double] = [5, 6, 7, 8]
        var c = [Double](repeating: 0, count: 4)
        blas.dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, 2, 2, 2, 1, a, 2, b, 2, 0, &c, 2)
        XCTAssertEqual(c, [19, 22, 43, 50])
        // 2x + y = 5, x - 3y = -1: x = 2, y = 1, exact in binary.
        var lu: [Double] = [2, 1, 1, -3], x: [Double] = [5, -1], pivots: [Int32] = [0, 0]
        XCTAssertEqual(blas.dgesv(LAPACK_ROW_MAJOR, 2, 1, &lu, 2, &pivots, &x, 1), 0)
        XCTAssertEqual(x, [2, 1])
    }

    /// Every type that multiplies or factors outside a throwing function takes the libraries when it is made, so a
    /// missing OpenBLAS is the typed failure there (naming the file and its package), never a crash in the numerics:
    /// ridge regression's normal equations, training's Euler network (dgemv forward, dger and dgemv back), the slow-point
    /// search (JᵀJ and Jᵀr), equilibrium continuation (the branch-point determinant and switching's null vector), the
    /// continuations of cycles and of codimension-two curves (their solves and eigenvalues, which `try?` reads as "no
    /// solution" and so must never see a missing library) and a coupled population's vector field (W·x).
    func testEveryTypeThatMultipliesRefusesAMissingLibraryWhenItIsMade() throws {
        let missing = BLAS.load(openBLAS: "libopenblas-missing.so.0")
        func assertMissing<T>(_ what: String, _ make: () throws -> T) {
            XCTAssertThrowsError(try make(), what) { error in
                XCTAssertEqual((error as? BLAS.LoadFailure)?.library, "libopenblas-missing.so.0", what)
                XCTAssertEqual((error as? BLAS.LoadFailure)?.package, "libopenblas0", what)
            }
        }
        assertMissing("NormalEquations") { try NormalEquations(features: 2, outputs: 1, library: missing) }
        let slopes: EulerNetwork.Slopes = { x, a in ([-x[0] + a[0]], [-1], [1]) }
        assertMissing("EulerNetwork") {
            try EulerNetwork(neurons: 1, variables: 1, dt: 0.1, initial: [0.3], couplings: [.init(source: .recurrent(variable: 0), weights: [0.5])],
                             slopes: slopes, readVariable: 0, library: missing)
        }
        assertMissing("SlowPointSearch") {
            try SlowPointSearch(system: TestSystems.fold, parameters: [0.5], box: [-2...2]).run(library: missing)
        }
        assertMissing("EquilibriumContinuation") {
            try EquilibriumContinuation(system: TestSystems.fold, parameterIndex: 0, range: -1...1, library: missing)
        }
        assertMissing("CycleContinuation") {
            try CycleContinuation(system: TestSystems.hopf(omega: 1, sigma: -1), parameterIndex: 0, range: -1...1, library: missing)
        }
        assertMissing("CodimensionTwoContinuation") {
            try CodimensionTwoContinuation(system: TestSystems.hopf(omega: 1, sigma: -1), varied: (0, 2), ranges: (-1...1, -1...1), library: missing)
        }
        let interpreter = Interpreter.withPrivateCache()
        XCTAssertNil(firstError(interpreter.execute("system Rate {\n  input I = 0\n  var r = 0\n  dr/dt = -r + tanh(I)\n}\npopulation R = Rate(2)\n")))
        let model = try XCTUnwrap(interpreter.network.population(named: "R")).model
        assertMissing("a coupled population's DynamicalSystem") {
            try DynamicalSystem(population: model, size: 2, values: [:],
                                couplings: [RecurrentCoupling(variable: "r", input: "I", weights: Matrix(rows: 2, columns: 2, values: [0, 1, 1, 0]))],
                                library: missing)
        }
    }
}
