import CBLAS
#if canImport(Glibc)
import Glibc
#endif

/// OpenBLAS and LAPACKE, opened on first use rather than linked: a linked OpenBLAS starts its pool of
/// worker threads when the process loads, and they spin waiting for work in every `soma` process, most
/// of which (a plain `run`) never multiply a matrix. The functions keep the C headers' signatures, so a
/// call reads `blas.dgemm(...)` where it read `cblas_dgemm(...)`. There is no way to the functions but a
/// throwing one (`require`, or the `Result` a type that multiplies takes when it is made): a machine
/// without the libraries gets the typed failure, positioned at the statement that needed them, never a crash.
public struct BLAS: @unchecked Sendable {  // Immutable addresses of C functions: safe to share.
    public typealias Dgemm = @convention(c) (CBLAS_ORDER, CBLAS_TRANSPOSE, CBLAS_TRANSPOSE, blasint, blasint, blasint, Double,
                                             UnsafePointer<Double>?, blasint, UnsafePointer<Double>?, blasint, Double,
                                             UnsafeMutablePointer<Double>?, blasint) -> Void
    public typealias Dgemv = @convention(c) (CBLAS_ORDER, CBLAS_TRANSPOSE, blasint, blasint, Double, UnsafePointer<Double>?, blasint,
                                             UnsafePointer<Double>?, blasint, Double, UnsafeMutablePointer<Double>?, blasint) -> Void
    public typealias Dger = @convention(c) (CBLAS_ORDER, blasint, blasint, Double, UnsafePointer<Double>?, blasint,
                                            UnsafePointer<Double>?, blasint, UnsafeMutablePointer<Double>?, blasint) -> Void
    public typealias Dsyrk = @convention(c) (CBLAS_ORDER, CBLAS_UPLO, CBLAS_TRANSPOSE, blasint, blasint, Double, UnsafePointer<Double>?,
                                             blasint, Double, UnsafeMutablePointer<Double>?, blasint) -> Void
    // LAPACKE's lapack_int, a macro Swift does not import: int32_t in Debian's LP64 build.
    public typealias Dposv = @convention(c) (Int32, CChar, Int32, Int32, UnsafeMutablePointer<Double>?, Int32,
                                             UnsafeMutablePointer<Double>?, Int32) -> Int32
    public typealias Dgesv = @convention(c) (Int32, Int32, Int32, UnsafeMutablePointer<Double>?, Int32,
                                             UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Double>?, Int32) -> Int32
    public typealias Dgbsv = @convention(c) (Int32, Int32, Int32, Int32, Int32, UnsafeMutablePointer<Double>?, Int32,
                                             UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Double>?, Int32) -> Int32
    public typealias Dgeev = @convention(c) (Int32, CChar, CChar, Int32, UnsafeMutablePointer<Double>?, Int32,
                                             UnsafeMutablePointer<Double>?, UnsafeMutablePointer<Double>?, UnsafeMutablePointer<Double>?,
                                             Int32, UnsafeMutablePointer<Double>?, Int32) -> Int32
    public typealias Dgetrf = @convention(c) (Int32, Int32, Int32, UnsafeMutablePointer<Double>?, Int32,
                                              UnsafeMutablePointer<Int32>?) -> Int32
    public typealias Dgesvd = @convention(c) (Int32, CChar, CChar, Int32, Int32, UnsafeMutablePointer<Double>?, Int32,
                                              UnsafeMutablePointer<Double>?, UnsafeMutablePointer<Double>?, Int32,
                                              UnsafeMutablePointer<Double>?, Int32, UnsafeMutablePointer<Double>?) -> Int32

    public let dgemm: Dgemm
    public let dgemv: Dgemv
    public let dger: Dger
    public let dsyrk: Dsyrk
    public let dposv: Dposv
    public let dgesv: Dgesv
    public let dgbsv: Dgbsv
    public let dgeev: Dgeev
    public let dgetrf: Dgetrf
    public let dgesvd: Dgesvd

    /// Why the libraries could not be opened: which file, the loader's words, the Debian package that installs it.
    public struct LoadFailure: Error, Sendable, Equatable, CustomStringConvertible {
        public var library: String
        public var reason: String
        public var package: String
        public var description: String {
            "cannot load \(library), which Soma's linear algebra needs: \(reason) (on Debian: apt install \(package))"
        }
    }

    /// The one loading per process (a `static let` runs once, whichever thread asks first): the default of
    /// every type that takes the libraries when it is made; a test passes a failed `load` instead.
    public static let process = load()

    /// The functions, or why they are missing: for entry points (the interpreter asks before each statement that
    /// reaches linear algebra, so that the statement is refused where it is written). What they call takes the loaded
    /// library as an argument, so a `try?` around a solve swallows only LAPACK's own failure, never a missing library.
    @discardableResult
    public static func require() throws(LoadFailure) -> BLAS { try process.get() }

    /// Opens both libraries and resolves every function. Names other than the defaults are for tests.
    public static func load(openBLAS: String = "libopenblas.so.0", lapacke: String = "liblapacke.so.3") -> Result<BLAS, LoadFailure> {
        // OpenBLAS sizes its thread pool from the environment when it loads. One thread always, whatever the
        // user set: the split of a sum among threads changes its rounding, and with one thread training and
        // analyses give the same bits by seed on a machine of any core count (a 500-unit FORCE run was faster
        // on one thread than on two, too); and a pool's thread can hang at exit under a memory limit (OpenBLAS #5289).
        setenv("OPENBLAS_NUM_THREADS", "1", 1)
        do throws(LoadFailure) {
            let blas = try open(openBLAS, package: "libopenblas0")
            let lapack = try open(lapacke, package: "liblapacke")
            let library = BLAS(
                dgemm: try blas.function("cblas_dgemm"), dgemv: try blas.function("cblas_dgemv"),
                dger: try blas.function("cblas_dger"), dsyrk: try blas.function("cblas_dsyrk"),
                dposv: try lapack.function("LAPACKE_dposv"), dgesv: try lapack.function("LAPACKE_dgesv"),
                dgbsv: try lapack.function("LAPACKE_dgbsv"), dgeev: try lapack.function("LAPACKE_dgeev"),
                dgetrf: try lapack.function("LAPACKE_dgetrf"), dgesvd: try lapack.function("LAPACKE_dgesvd"))
            // Where OpenBLAS was in the process already (loaded by something else), its pool was sized then.
            let threads: @convention(c) (Int32) -> Void = try blas.function("openblas_set_num_threads")
            threads(1)
            return .success(library)
        } catch {
            return .failure(error)
        }
    }

    private struct Handle {
        var pointer: UnsafeMutableRawPointer
        var library: String
        var package: String

        func function<F>(_ name: String) throws(LoadFailure) -> F {
            guard let symbol = dlsym(pointer, name) else {
                throw LoadFailure(library: library, reason: BLAS.loaderError(orElse: "no symbol \(name)"), package: package)
            }
            return unsafeBitCast(symbol, to: F.self)
        }
    }

    private static func open(_ library: String, package: String) throws(LoadFailure) -> Handle {
        // Never closed: the functions are used until the process ends.
        guard let pointer = dlopen(library, RTLD_LAZY | RTLD_LOCAL) else {
            throw LoadFailure(library: library, reason: loaderError(orElse: "not found"), package: package)
        }
        return Handle(pointer: pointer, library: library, package: package)
    }

    private static func loaderError(orElse fallback: String) -> String {
        dlerror().map { String(cString: $0) } ?? fallback
    }
}
