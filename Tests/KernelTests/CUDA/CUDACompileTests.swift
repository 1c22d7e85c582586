import Foundation
import XCTest
import Kernel
@testable import Execution
@testable import JIT
@testable import Language

/// The CUDA every example's runs generate compiles with NVRTC to PTX for compute_80 (no GPU needed),
/// and each kernel a step launches is an entry of that PTX.
final class CUDACompileTests: XCTestCase {
    /// Runs that sum a coupling at every Runge–Kutta stage are refused with a typed error at the model.
    private let refused = ["train_esn_lorenz_force.soma", "train_esn_lorenz_ridge.soma"]

    func testEveryExampleCompilesToPTX() throws {
        let nvrtc = try testNVRTC()
        let files = try examplesWithRuns()
        XCTAssertGreaterThanOrEqual(files.count, 15)
        var report: [String] = []
        for file in files where !refused.contains(file) {
            let emitted = NetworkCheck.emit(try example(file), target: .cuda)
            XCTAssertEqual(emitted.diagnostics.map(\.message), [], file)
            XCTAssertFalse(emitted.units.isEmpty, file)
            for unit in emitted.units {
                let start = ContinuousClock.now
                let ptx = try nvrtc.ptx(unit.source, options: CUDAUnit.options(architecture: "compute_80"))
                let seconds = (ContinuousClock.now - start) / .seconds(1)
                let text = text(ofCString: ptx)
                let kernels = kernelNames(in: unit.source)
                XCTAssertTrue(kernels.contains("soma_step_p0"), file)
                for kernel in kernels { XCTAssertTrue(text.contains(".entry \(kernel)("), "\(file): \(kernel) is not in the PTX") }
                XCTAssertTrue(text.contains(".target sm_80"), file)
                report.append("\(file) line \(unit.line): NVRTC \(Int(seconds * 1000)) ms, PTX \(ptx.count) bytes, \(kernels.count) kernels")
            }
        }
        print("NVRTC \(nvrtc.version.major).\(nvrtc.version.minor) at \(nvrtc.path)\n" + report.joined(separator: "\n"))
    }

    func testRunsTheCUDABackEndCannotRenderAreRefusedAtTheModel() throws {
        for file in refused {
            let emitted = NetworkCheck.emit(try example(file), target: .cuda)
            XCTAssertEqual(emitted.units.count, 0, file)
            guard let diagnostic = emitted.diagnostics.first else { return XCTFail("\(file) was not refused") }
            XCTAssertEqual(diagnostic.problem, .cudaUnsupported(feature: "couplings summed at every stage of a Runge–Kutta method"), file)
            // Lorenz's population, the first the couplings read at every stage.
            XCTAssertEqual([diagnostic.line, diagnostic.column], [file == "train_esn_lorenz_force.soma" ? 25 : 24, 1], file)
        }
    }

    /// A staged coupling is refused at the declaration of the population it reads at every stage (line 12, `population R`),
    /// not at the first population (`Still`, integrated by rk4 too but read by no coupling) or a model's text.
    func testAStagedCouplingIsRefusedAtTheCoupledPopulation() {
        let source = """
            system Still {
              var q = 1
              dq/dt = -q
            }
            system Leaky {
              param tau = 1
              input I = 0
              var r = 0
              dr/dt = (-r + tanh(I)) / tau
            }
            population A = Still(2)
            population R = Leaky(4)
            couple R.r -> R.I weight = 0.1
            run 1 dt = 0.01 method = rk4
            """
        let emitted = NetworkCheck.emit(source, target: .cuda)
        XCTAssertEqual(emitted.diagnostics.map(\.problem), [.cudaUnsupported(feature: "couplings summed at every stage of a Runge–Kutta method")])
        XCTAssertEqual(emitted.diagnostics.map { [$0.line, $0.column] }, [[12, 1]])
    }

    /// Per-synapse delays (with plasticity) compile: filing and delivery in rows of fixed length, no realloc.
    func testPerSynapseDelaysCompileToPTX() throws {
        let nvrtc = try testNVRTC()
        let emitted = NetworkCheck.emit(delayedPlasticNetwork, target: .cuda)
        XCTAssertEqual(emitted.diagnostics.map(\.message), [])
        XCTAssertFalse(emitted.units.isEmpty)
        for unit in emitted.units {
            XCTAssertFalse(unit.source.contains("realloc"))
            XCTAssertTrue(unit.source.contains("events[r * capacity + counts[r]++] = (int)k;"))
            let text = text(ofCString: try nvrtc.ptx(unit.source, options: CUDAUnit.options(architecture: "compute_80")))
            for kernel in kernelNames(in: unit.source) { XCTAssertTrue(text.contains(".entry \(kernel)("), kernel) }
        }
    }

    /// A spike generator's schedule is driven by the CPU's chunk loop: refused with a typed error at `population G = generator(...)`
    /// (line 11, after the 10 lines of `countingSink`), not in the library's generator text.
    func testSpikeGeneratorsAreRefused() {
        let source = countingSink + """
            population G = generator(2, times = "0.2 ms, 0.5 ms", indices = "0, 1")
            population T = Sink(2)
            connect G -> T using Count all w = 1
            run 1 ms dt = 0.1 ms
            """
        let emitted = NetworkCheck.emit(source, target: .cuda)
        XCTAssertEqual(emitted.diagnostics.map(\.problem), [.cudaUnsupported(feature: "spike generators")])
        XCTAssertEqual(emitted.diagnostics.map { [$0.line, $0.column] }, [[11, 1]])
    }

    /// A refused source comes back with NVRTC's log, which names the line and the error.
    func testNVRTCRejectionCarriesItsLog() throws {
        let nvrtc = try testNVRTC()
        XCTAssertThrowsError(try nvrtc.ptx("extern \"C\" __global__ void k() { undeclared(); }", options: CUDAUnit.options(architecture: "compute_80"))) {
            guard case .compileFailed(let log)? = $0 as? CUDAError else { return XCTFail("\($0)") }
            XCTAssertTrue(log.contains("identifier \"undeclared\" is undefined"), log)
        }
    }
}
