import Foundation

/// The system C compiler behind the optimising tier and the folder its shared libraries are cached in.
///
/// The flags keep the results bit-identical to tcc's: no contraction into fused multiply-adds, no
/// fast-math, and libm's transcendental functions always called at run time, never folded by the
/// compiler into a constant rounded differently from libm's (exp and expm1 are not libm's but Soma's own,
/// plain arithmetic that cc compiles as vector functions with the same bits). fmin and fmax are called too: inlined,
/// they give the other zero than libm's for fmax(−0, +0) and fmin(−0, +0).
public struct NativeToolchain: Sendable {
    public var compiler: String
    public var cacheDirectory: URL
    /// The libraries built with Soma for the structures it ships (ShippedKernels), read after the cache misses; nil: none.
    public var shippedDirectory: URL?

    public init(compiler: String, cacheDirectory: URL, shippedDirectory: URL? = nil) {
        self.compiler = compiler
        self.cacheDirectory = cacheDirectory
        self.shippedDirectory = shippedDirectory
    }

    /// -ffp-contract=off keeps a·b + c two roundings, as tcc computes it (where one rounding is wanted, as in the
    /// prelude's exp, the C calls fma, which gcc, libm and CUDA all round once). -fno-trapping-math lets a loop with a
    /// branch (a refractory neuron keeps its value) become a select, so it vectorises; the operations and their
    /// order stay those of the source, so the values stay tcc's (TierTests compare the bits of every model file).
    /// -fno-math-errno lets sqrt (correctly rounded either way) be an instruction, so its loops vectorise; exp and
    /// expm1 are Soma's own (CPrelude+Exponential), written to vectorise. A neuron loop reads and writes one array
    /// per state variable: gcc proves them apart by run-time checks, one per pair, and gives up past its default
    /// of 10 pairs (5 variables), so the limit is raised to 40 variables' worth. A vectorised loop's last few
    /// elements run as scalar code: gcc's vector epilogues for them cost a sixth of a COBA unit's compile
    /// (0.25 s of CPU instead of 0.31) and nothing measurable at run time, and a cold start waits for the compile.
    public static let flags = ["-O3", "-march=native", "-ffp-contract=off", "-fno-trapping-math", "-fno-math-errno",
                               "--param=vect-max-version-for-alias-checks=800", "--param=vect-epilogues-nomask=0",
                               "-fPIC", "-shared", "-w"]
        + ["log", "sin", "cos", "tan", "tanh", "pow", "fmin", "fmax"].flatMap { ["-fno-builtin-\($0)", "-fno-builtin-\($0)f"] }

    /// `SOMA_CC` (a path, or a name looked up on PATH) or else `cc`; the cache under
    /// `$XDG_CACHE_HOME/soma` or `~/.cache/soma`; the shipped libraries where `ShippedKernels.directory` finds them.
    /// Nil when there is no such compiler.
    public static func system(environment: [String: String] = ProcessInfo.processInfo.environment) -> NativeToolchain? {
        guard let compiler = executable(named: environment["SOMA_CC"] ?? "cc", path: environment["PATH"] ?? "") else { return nil }
        let cacheHome = environment["XDG_CACHE_HOME"].map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: environment["HOME"] ?? NSTemporaryDirectory()).appendingPathComponent(".cache")
        return NativeToolchain(compiler: compiler, cacheDirectory: cacheHome.appendingPathComponent("soma"),
                               shippedDirectory: ShippedKernels.directory(environment: environment))
    }

    private static func executable(named name: String, path: String) -> String? {
        if name.contains("/") { return access(name, X_OK) == 0 ? name : nil }
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { access($0, X_OK) == 0 }
    }

    /// What makes a cached library stale besides its source: another compiler binary, other flags, another CPU (-march=native).
    var identity: String {
        var status = stat()
        let binary = stat(compiler, &status) == 0 ? "\(status.st_size)-\(status.st_mtim.tv_sec)" : "missing"
        return [compiler, binary, Self.flags.joined(separator: " "), Self.processor].joined(separator: "|")
    }

    private static let processor: String = {
        let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        return info.split(separator: "\n").first { $0.hasPrefix("model name") }.map(String.init) ?? "unknown processor"
    }()
}
