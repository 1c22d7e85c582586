import Foundation

/// NVIDIA's run-time CUDA compiler (libnvrtc), opened with dlopen: CUDA C in, PTX out. It needs no
/// GPU, so the CUDA back end's code is compile-tested on any machine that has the library.
public final class NVRTC: @unchecked Sendable {
    private typealias Create = @convention(c) (UnsafeMutablePointer<OpaquePointer?>, UnsafePointer<CChar>, UnsafePointer<CChar>, Int32,
                                               UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<UnsafePointer<CChar>?>?) -> Int32
    private typealias Compile = @convention(c) (OpaquePointer?, Int32, UnsafePointer<UnsafePointer<CChar>?>?) -> Int32
    private typealias Size = @convention(c) (OpaquePointer?, UnsafeMutablePointer<Int>) -> Int32
    private typealias Text = @convention(c) (OpaquePointer?, UnsafeMutablePointer<CChar>) -> Int32
    private typealias Destroy = @convention(c) (UnsafeMutablePointer<OpaquePointer?>) -> Int32
    private typealias ErrorString = @convention(c) (Int32) -> UnsafePointer<CChar>?
    private typealias Version = @convention(c) (UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>) -> Int32

    public static let libraryName = "libnvrtc.so.12"

    /// Where the library was found.
    public var path: String { library.path }
    private let library: DynamicLibrary
    private let create: Create, compile: Compile, logSize: Size, log: Text, ptxSize: Size, ptx: Text
    private let destroy: Destroy, errorString: ErrorString, versionCall: Version

    /// Opens the first of `candidates` (default: `NVRTC.candidates()`).
    public init(candidates: [String] = NVRTC.candidates()) throws(CUDAError) {
        library = try DynamicLibrary(Self.libraryName, purpose: "to compile CUDA C for the GPU kernel", candidates: candidates)
        create = try library.function("nvrtcCreateProgram", as: Create.self)
        compile = try library.function("nvrtcCompileProgram", as: Compile.self)
        logSize = try library.function("nvrtcGetProgramLogSize", as: Size.self)
        log = try library.function("nvrtcGetProgramLog", as: Text.self)
        ptxSize = try library.function("nvrtcGetPTXSize", as: Size.self)
        ptx = try library.function("nvrtcGetPTX", as: Text.self)
        destroy = try library.function("nvrtcDestroyProgram", as: Destroy.self)
        errorString = try library.function("nvrtcGetErrorString", as: ErrorString.self)
        versionCall = try library.function("nvrtcVersion", as: Version.self)
    }

    /// Where NVRTC may be: `SOMA_NVRTC` (a path), the dynamic linker's search (a CUDA toolkit), then
    /// the `nvidia-cuda-nvrtc-cu12` wheel in the active virtual environment or the user's site-packages.
    public static func candidates(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        var prefixes: [String] = []
        if let venv = environment["VIRTUAL_ENV"] { prefixes.append(venv) }
        if let home = environment["HOME"] { prefixes.append(home + "/.local") }
        return (environment["SOMA_NVRTC"].map { [$0] } ?? []) + [libraryName] + prefixes.flatMap(wheelLibraries(under:))
    }

    /// `PREFIX/lib/python3.*/site-packages/nvidia/cuda_nvrtc/lib/libnvrtc.so.12` for each Python found under a prefix.
    public static func wheelLibraries(under prefix: String) -> [String] {
        let lib = prefix + "/lib"
        let pythons = ((try? FileManager.default.contentsOfDirectory(atPath: lib)) ?? []).filter { $0.hasPrefix("python3") }.sorted()
        return pythons.map { "\(lib)/\($0)/site-packages/nvidia/cuda_nvrtc/lib/\(libraryName)" }
            .filter { FileManager.default.fileExists(atPath: $0) }
    }

    /// NVRTC's version, e.g. (12, 9).
    public var version: (major: Int, minor: Int) {
        var major: Int32 = 0, minor: Int32 = 0
        _ = versionCall(&major, &minor)
        return (Int(major), Int(minor))
    }

    /// PTX for `source` (NUL-terminated, as cuModuleLoadData takes it), or the log of why not.
    public func ptx(_ source: String, name: String = "soma.cu", options: [String]) throws(CUDAError) -> [CChar] {
        var program: OpaquePointer?
        try check("nvrtcCreateProgram", source.withCString { text in name.withCString { create(&program, text, $0, 0, nil, nil) } })
        defer { _ = destroy(&program) }
        let status = withCStrings(options) { compile(program, Int32(options.count), $0) }
        guard status == 0 else { throw .compileFailed(log: programLog(program)) }
        var size = 0
        try check("nvrtcGetPTXSize", ptxSize(program, &size))
        var text = [CChar](repeating: 0, count: size)
        try check("nvrtcGetPTX", text.withUnsafeMutableBufferPointer { ptx(program, $0.baseAddress!) })
        return text
    }

    private func programLog(_ program: OpaquePointer?) -> String {
        var size = 0
        guard logSize(program, &size) == 0, size > 1 else { return "no log" }
        var text = [CChar](repeating: 0, count: size)
        _ = text.withUnsafeMutableBufferPointer { log(program, $0.baseAddress!) }
        return JIT.text(ofCString: text).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func check(_ call: String, _ status: Int32) throws(CUDAError) {
        guard status != 0 else { return }
        throw .callFailed(call: call, code: status, message: errorString(status).map { String(cString: $0) } ?? "unknown error")
    }
}

/// `body` with `strings` as an array of C strings that live while it runs.
func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> R) -> R {
    let copies = strings.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    let pointers = copies.map { $0.map { UnsafePointer<CChar>($0) } }
    return pointers.withUnsafeBufferPointer { body($0.baseAddress) }
}
