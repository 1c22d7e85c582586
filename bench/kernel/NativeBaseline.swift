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

/// ns per neuron-update of the same generated C compiled by tcc, cc -O2 and cc -O3 -march=native,
/// each called on buffers allocated here (ChunkHarness) with the population's initial state.
struct NativeBaseline {
    var repeats = 5
    static let compilers: [(name: String, flags: [String]?)] = [("tcc", nil), ("cc -O2", ["-O2"]), ("cc -O3 -march=native", ["-O3", "-march=native"])]

    struct Figures {
        var nanoseconds: [Double]   // one per compiler, in `compilers` order
        var bitExact: Bool          // the harness with tcc reproduces the Interpreter's state exactly
        var largestDeviation: Double  // largest |Δ| of any state value, cc -O2 against tcc, after the check steps
    }

    func measure(_ c: UpdateCase) -> Figures {
        let cache = CodeCache()
        let interpreter = Interpreter(cache: cache)
        execute(interpreter, c.setupCell + c.runCell(steps: 0))
        let source = source(in: cache)
        let population = interpreter.population(named: "P")!
        let dt = c.dtMilliseconds * 1e-3
        let fresh = { ChunkHarness(source: source, population: population, dt: dt) }
        let functions = Self.compilers.map { compiler -> (CompiledChunk.Function, AnyObject) in
            if let flags = compiler.flags { let b = NativeBuild(source: source, flags: flags); return (b.function, b) }
            let b = TCCBuild(source: source)
            return (b.function, b)
        }

        // Check the harness against the kernel before trusting its timings.
        let checkSteps = 200
        let viaTCC = fresh(), viaCC = fresh()
        viaTCC.run(functions[0].0, steps: checkSteps)
        viaCC.run(functions[1].0, steps: checkSteps)
        execute(interpreter, c.runCell(steps: checkSteps))
        let kernelState = population.model.variables.flatMap { population.state[$0.name]!.values }

        let nanoseconds = functions.map { function, _ in
            let harness = fresh()
            let run = { (steps: Int) in seconds { harness.run(function, steps: steps) } }
            let steps = stepsLasting(run: run)
            return median((0..<repeats).map { _ in run(steps) }) / Double(c.size * steps) * 1e9
        }
        let deviation = zip(viaTCC.state, viaCC.state).map { abs($0 - $1) }.max() ?? 0
        return Figures(nanoseconds: nanoseconds, bitExact: viaTCC.state == kernelState, largestDeviation: deviation)
    }
}
