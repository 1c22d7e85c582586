import Foundation
import XCTest
import Kernel
import SomaTestSupport
@testable import Execution
@testable import JIT
@testable import Language
@testable import Runtime

/// `--device cuda` end to end without a GPU: an Interpreter's runs go through Runner's CUDA path — the
/// network rendered as CUDA, compiled to PTX by the real NVRTC, loaded, launched in batches and copied
/// back through the driver API — into the stand-in driver, which runs the same unit's kernels compiled
/// for the CPU (a block's threads as fibers). The results must be the CPU's bit for bit.
final class CUDADeviceRunTests: XCTestCase {
    private var session: CUDASession!

    override func setUpWithError() throws {
        guard let driver = FakeCUDA.driver else { throw XCTSkip("cc could not build the stand-in libcuda") }
        session = try CUDASession(driver: CUDADriver(candidates: [driver]), nvrtc: testNVRTC())
    }

    override func tearDown() {
        unsetenv("FAKE_CUDA_KERNELS")
        unsetenv("FAKE_CUDA_PTX")
    }

    /// The stand-in runs the kernels of `source`'s (one) run.
    private func useKernels(of source: String) throws {
        let emitted = NetworkCheck.emit(source, target: .cuda)
        XCTAssertEqual(emitted.diagnostics.map(\.message), [])
        let unit = try XCTUnwrap(emitted.units.first)
        try FakeCUDA.useKernels(source: unit.source, ptx: try session.nvrtc.ptx(unit.source, options: CUDAUnit.options(architecture: FakeCUDA.architecture)))
    }

    /// `source` run on the CPU and on the stand-in GPU; the GPU's outputs.
    private func run(_ source: String, stepsPerChunk: Int64 = 2000) throws -> (cpu: NetworkState, gpu: NetworkState, outputs: [Output]) {
        try useKernels(of: source)
        let cpu = Interpreter.withPrivateCache(), gpu = Interpreter.withPrivateCache()
        gpu.gpu = session
        gpu.stepsPerChunk = stepsPerChunk
        XCTAssertNil(firstError(cpu.execute(source)))
        let outputs = gpu.execute(source)
        XCTAssertNil(firstError(outputs), firstError(outputs)?.message ?? "")
        return (cpu.state, gpu.state, outputs)
    }

    /// One of the stand-in's counters: fake_synchronizations, fake_module_loads, fake_live_buffers.
    private func count(_ name: String) throws -> Int64 {
        let handle = try XCTUnwrap(dlopen(FakeCUDA.driver, RTLD_NOW))
        typealias Count = @convention(c) () -> Int64
        return unsafeBitCast(try XCTUnwrap(dlsym(handle, name)), to: Count.self)()
    }

    /// COBA at a tenth of its size for 100 ms in f64, with voltages recorded: the CPU's spikes, records and state.
    func testCOBAOnTheDeviceGivesTheCPUsResults() throws {
        let source = shrunkCOBA(try example("coba.soma")).replacingOccurrences(of: "record Exc.spikes", with: "record Exc.v[0:4], Inh.v[0:2] every 0.5 ms\nrecord Exc.spikes")
        XCTAssertTrue(source.contains("LIF(320)") && source.contains("run 100 ms") && source.contains("every 0.5 ms"))
        let (cpu, gpu, outputs) = try run(source)
        try assertSameState(cpu, gpu, minimumSpikes: 300)
        XCTAssertEqual(gpu.stateRecords.map(\.values.count), [200, 200])
        let summaries = outputs.compactMap { if case .run(let summary) = $0 { summary } else { nil } }
        XCTAssertEqual(summaries.map(\.gpu), ["Fake GPU 0"])
        XCTAssertTrue(OutputFormat.text(.run(summaries[0]), renderer: DiagnosticRenderer(fileName: "", source: "")).hasSuffix("(CUDA on Fake GPU 0)"), OutputFormat.text(.run(summaries[0]), renderer: DiagnosticRenderer(fileName: "", source: "")))
    }

    /// Noise drawn with Philox in every update, a spike counter in a reset, a recorded voltage (2000 steps of 0.01 ms).
    func testNoisyNeuronsOnTheDeviceGiveTheCPUsState() throws {
        let source = try example("noisy_lif.soma").replacingOccurrences(of: "run 1 s", with: "record Noisy.V[0:3]\nrun 20 ms")
        XCTAssertTrue(source.contains("run 20 ms"))
        let (cpu, gpu, _) = try run(source)
        try assertSameState(cpu, gpu, minimumSpikes: 0)
        XCTAssertGreaterThan(gpu.populations[1].state["n"]!.values.reduce(0, +), 100, "the noisy neurons fire")
    }

    /// Wang (2002) for 50 ms: Poisson inputs, AMPA and GABA delivered a thread per target, NMDA (per-source
    /// variables) on one thread, four populations — in one GPU run, the CPU's spikes and state.
    func testWang2002OnTheDeviceGivesTheCPUsSpikes() throws {
        let source = try example("wang2002.soma").replacingOccurrences(of: "run 1 s", with: "run 50 ms")
        XCTAssertTrue(source.contains("run 50 ms"))
        let (cpu, gpu, _) = try run(source)
        try assertSameState(cpu, gpu, minimumSpikes: 50)
    }

    /// 1000 steps in batches of 37 (the last one short), a record every 3 steps: each batch starts where
    /// the last ended, its samples and spikes appended in order, and the clock ends where the CPU's does.
    /// The state stays on the device between batches: 28 batches bring back less than twice what one does.
    func testALongRunCrossesBatchesAsOneRun() throws {
        let source = shrunkCOBA(try example("coba.soma")).replacingOccurrences(of: "record Exc.spikes", with: "record Exc.v[0:3] every 0.3 ms\nrecord Exc.spikes")
        var bytes = try count("fake_bytes_to_host")
        _ = try run(source)
        let oneBatch = try count("fake_bytes_to_host") - bytes
        bytes = try count("fake_bytes_to_host")
        let before = try count("fake_synchronizations")
        let (cpu, gpu, _) = try run(source, stepsPerChunk: 37)
        XCTAssertEqual(try count("fake_synchronizations") - before, 28, "ceil(1000 / 37) batches")
        XCTAssertLessThan(try count("fake_bytes_to_host") - bytes, 2 * oneBatch)
        try assertSameState(cpu, gpu, minimumSpikes: 300)
        XCTAssertEqual(gpu.stateRecords.first?.values.count, 334)
        XCTAssertEqual(gpu.step, 1000)
    }

    /// Two runs of one network: the second finds its PTX compiled and loaded and goes on from the
    /// first's state; each run's device buffers are freed when it ends.
    func testASecondRunReusesThePTXAndContinues() throws {
        let source = shrunkCOBA(try example("coba.soma")).replacingOccurrences(of: "run 100 ms", with: "run 30 ms").replacingOccurrences(of: "print rate", with: "run 20 ms dt = 0.1 ms method = euler\nprint rate")
        let (loads, buffers) = (try count("fake_module_loads"), try count("fake_live_buffers"))
        let (cpu, gpu, outputs) = try run(source)
        XCTAssertEqual(try count("fake_module_loads") - loads, 1)
        XCTAssertEqual(try count("fake_live_buffers"), buffers)
        try assertSameState(cpu, gpu, minimumSpikes: 50)
        let cached = outputs.compactMap { if case .run(let summary) = $0 { summary.compiledFromCache } else { nil } }
        XCTAssertEqual(cached, [false, true])
    }

    /// A value that overflows stops the GPU's batch where the CPU stops, and the state brought back names it.
    func testANonFiniteValueIsReportedAsOnTheCPU() throws {
        let source = "system Blow {\n  var x = 1\n  dx/dt = x * x\n}\npopulation B = Blow(3)\nB.x = 1 + i\nrun 10 dt = 0.1 method = euler\n"
        try useKernels(of: source)
        let cpu = Interpreter.withPrivateCache(), gpu = Interpreter.withPrivateCache()
        gpu.gpu = session
        let expected = try XCTUnwrap(firstError(cpu.execute(source)))
        let error = try XCTUnwrap(firstError(gpu.execute(source)))
        XCTAssertEqual(error.message, expected.message)
        XCTAssertTrue(error.message.contains("B.x[2]"), error.message)
        XCTAssertEqual(gpu.state.step, cpu.state.step)
        XCTAssertGreaterThan(gpu.state.step, 0)
    }

    /// Per-synapse delays with plasticity, over two runs in batches of 25 steps: the device's rows of
    /// spikes in flight come back between runs as the CPU's queues, and everything matches bit for bit.
    func testPerSynapseDelaysOnTheDeviceGiveTheCPUsResults() throws {
        let (cpu, gpu, _) = try run(delayedPlasticNetwork, stepsPerChunk: 25)
        try assertSameState(cpu, gpu, minimumSpikes: 200)
        assertSameSynapses(cpu, gpu)
        XCTAssertGreaterThan(gpu.projections.map { queuedEvents($0.spikesInFlight).joined().count }.reduce(0, +), 0)
    }

    /// What the CUDA back end cannot render is refused on the GPU with a typed error; the CPU runs it.
    func testARefusedModelGetsAnErrorOnTheDeviceOnly() throws {
        let source = countingSink + """
            population G = generator(2, times = "0.2 ms, 0.5 ms", indices = "0, 1")
            population T = Sink(2)
            connect G -> T using Count all w = 1
            run 1 ms dt = 0.1 ms
            """
        let cpu = Interpreter.withPrivateCache(), gpu = Interpreter.withPrivateCache()
        gpu.gpu = session
        XCTAssertNil(firstError(cpu.execute(source)))
        let error = try XCTUnwrap(firstError(gpu.execute(source)))
        XCTAssertEqual(error.problem, .cudaUnsupported(feature: "spike generators"))
        XCTAssertEqual([error.line, error.column], [11, 1], "at population G = generator(...)")
        XCTAssertEqual(gpu.state.step, 0, "nothing ran")
    }

    /// A module the driver refuses is a positioned error at the run, with the driver's words.
    func testADriverRefusalIsAPositionedError() throws {
        let source = shrunkCOBA(try example("coba.soma"))
        try FakeCUDA.useKernels(source: "/* another unit */", ptx: Array("not this unit's PTX .entry".utf8CString))
        let gpu = Interpreter.withPrivateCache()
        gpu.gpu = session
        let error = try XCTUnwrap(firstError(gpu.execute(source)))
        XCTAssertEqual(error.problem, .toolFailed(tool: "cuModuleLoadData", reason: "a PTX JIT compilation failed (fake) (error 218)"))
        let runLine = source.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("run ") }.map { $0 + 1 }
        XCTAssertEqual(error.line, runLine)
    }
}
