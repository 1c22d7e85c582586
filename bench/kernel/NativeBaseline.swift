import CTCC
import Foundation
import Kernel

/// The C text the kernel compiled for `cell`. No public API hands out a GeneratedUnit (NetworkPlan has
/// no public initialiser), so the text is read from a fresh CodeCache, which keys its entries by source.
func capturedSource(_ cell: String) -> String {
    let cache = CodeCache()
    execute(Interpreter(cache: cache), cell)
    return source(in: cache)
}

func source(in cache: CodeCache) -> String {
    let entries = Mirror(reflecting: cache).children.first { $0.label == "entries" }?.value as? [String: CompiledChunk]
    guard let entries, entries.count == 1 else { fatalError("CodeCache no longer keeps `entries: [String: CompiledChunk]`") }
    return entries.keys.first!
}

/// The generated code compiled in memory by libtcc, as TCCCompiler does.
final class TCCBuild {
    private let state: OpaquePointer
    let function: CompiledChunk.Function

    init(source: String) {
        state = tcc_new()!
        tcc_set_lib_path(state, "/usr/lib/x86_64-linux-gnu/tcc")
        tcc_set_output_type(state, TCC_OUTPUT_MEMORY)
        guard tcc_compile_string(state, source) == 0, soma_tcc_relocate_auto(state) >= 0,
              let symbol = tcc_get_symbol(state, GeneratedUnit.entryPoint) else { fatalError("tcc rejected the generated C") }
        function = unsafeBitCast(symbol, to: CompiledChunk.Function.self)
    }

    deinit { tcc_delete(state) }
}

/// The generated code compiled by the system C compiler into a shared object and loaded with dlopen.
final class NativeBuild {
    private let handle: UnsafeMutableRawPointer
    let function: CompiledChunk.Function

    init(source: String, flags: [String]) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("soma-bench-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let c = directory.appendingPathComponent("unit.c").path, so = directory.appendingPathComponent("unit.so").path
        try! source.write(toFile: c, atomically: true, encoding: .utf8)
        let cc = Process()
        cc.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // -w: the prelude declares the libm functions itself (no headers), which gcc warns about.
        cc.arguments = ["cc"] + flags + ["-shared", "-fPIC", "-w", "-o", so, c, "-lm"]
        try! cc.run()
        cc.waitUntilExit()
        guard cc.terminationStatus == 0, let handle = dlopen(so, RTLD_NOW | RTLD_LOCAL),
              let symbol = dlsym(handle, GeneratedUnit.entryPoint) else { fatalError("cc \(flags) failed on the generated C") }
        self.handle = handle
        function = unsafeBitCast(symbol, to: CompiledChunk.Function.self)
    }

    deinit { dlclose(handle) }
}

/// The same generated C compiled by tcc, cc -O2 and cc -O3 -march=native, each called on buffers
/// allocated here (ChunkHarness) with the population's state, after checking the harness against the kernel.
struct NativeBaseline {
    static let compilers: [(name: String, flags: [String]?)] = [
        ("tcc", nil), ("cc -O2", ["-O2"]), ("cc -O3 -march=native", ["-O3", "-march=native"]),
    ]
    let contenders: [Contender]
    /// The harness with tcc ends in the Interpreter's state bit for bit after `checkSteps` steps.
    let bitExact: Bool
    /// Largest |Δ| of a state value between cc -O2 and tcc after `checkSteps` steps.
    let largestDeviation: Double
    let checkSteps = 200

    init(_ c: UpdateCase) {
        let cache = CodeCache()
        let interpreter = Interpreter(cache: cache)
        execute(interpreter, c.setupCell + c.runCell(steps: 0))
        let source = source(in: cache), population = interpreter.network.population(named: "P")!
        let state = interpreter.state.populations[0]
        let fresh = { ChunkHarness(source: source, population: population, state: state, dt: c.dtMilliseconds * 1e-3) }
        let builds: [(CompiledChunk.Function, AnyObject)] = Self.compilers.map { compiler in
            guard let flags = compiler.flags else { let b = TCCBuild(source: source); return (b.function, b) }
            let b = NativeBuild(source: source, flags: flags)
            return (b.function, b)
        }

        let viaTCC = fresh(), viaCC = fresh()
        viaTCC.run(builds[0].0, steps: checkSteps)
        viaCC.run(builds[1].0, steps: checkSteps)
        execute(interpreter, c.runCell(steps: checkSteps, threads: 2))
        bitExact = viaTCC.state == population.model.variables.flatMap { state.state[$0.name]!.values }
        largestDeviation = zip(viaTCC.state, viaCC.state).map { abs($0 - $1) }.max() ?? 0

        contenders = zip(Self.compilers, builds).map { compiler, build in
            let harness = fresh()
            return Contender(name: compiler.name) { steps in
                withExtendedLifetime(build.1) { seconds { harness.run(build.0, steps: steps) } }
            }
        }
    }
}
