import XCTest
import Kernel
import CBLAS

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
}
