import SomaTestSupport
import XCTest
import Kernel
@testable import Codegen
@testable import Execution
@testable import JIT
@testable import Language

/// The runtime's promises: float32 safety, compiled-code reuse, positioned failures.
final class RuntimeTests: XCTestCase {
    /// At V = −40 mV exactly, alpha_m is 0/0 as written; the exprel form keeps f32 finite and close to f64.
    func testHodgkinHuxleyInFloat32StaysFiniteAtTheSingularVoltage() throws {
        let model = try example("hh.soma").components(separatedBy: "population Axon")[0]
        func run(_ precision: String) -> [Double] {
            printed(runModel(model + "population A = HH(3)\nA.V = -40 mV + 15 mV * i\nA.I = 10 uA/cm^2\nrun 20 ms dt = 0.01 ms method = rk4 precision = \(precision)\nprint A.V"), "A.V")
        }
        let single = run("f32"), double = run("f64")
        XCTAssertTrue(single.allSatisfy(\.isFinite))
        for (s, d) in zip(single, double) { XCTAssertEqual(s, d, accuracy: 0.5) }
    }

    func testChangingAParameterReusesTheCompiledCode() {
        let interpreter = Interpreter.withPrivateCache()
        let outputs = interpreter.execute("""
        system D {
          param k = 1
          var x = 1
          dx/dt = -k*x
        }
        population P = D(1)
        run 1 dt = 0.1
        P.k = 2
        run 1 dt = 0.1
        print P.x
        """)
        let runs = outputs.compactMap { if case .run(let s) = $0 { return s } else { return nil } }
        XCTAssertEqual(runs.map(\.compiledFromCache), [false, true])
        XCTAssertEqual(printed(outputs, "P.x")[0], exp(-3), accuracy: 1e-14)
    }

    func testNonFiniteValuesStopTheRunWithPopulationVariableIndexAndTime() {
        let outputs = Interpreter.withPrivateCache().execute("system Blow {\n var x = 1\n dx/dt = x*x\n}\npopulation P = Blow(3)\nP.x = 1 + i\nrun 10 dt = 0.01 method = euler")
        let error = firstError(outputs)
        XCTAssertEqual(error?.line, 7)
        XCTAssertTrue(error?.message.contains("P.x[2] became") ?? false, error?.message ?? "no error")
        XCTAssertTrue(error?.message.contains("at t = ") ?? false)
    }

    /// A compiler refusal points at the model line that produced the generated line.
    func testCompileFailureNamesTheGeneratedLineAndTheModelLine() {
        let modelLine = SourceRange(SourcePosition(line: 4, column: 3, offset: 40))
        let unit = GeneratedUnit(source: "typedef double real;\nint f(void) { return 1 +; }\n", slots: [], parameters: [], origins: [2: modelLine])
        XCTAssertThrowsError(try TCCCompiler.compile(unit)) { error in
            let diagnostic = (error as! CompileFailure).diagnostic(fallback: SourceRange(SourcePosition(line: 1, column: 1, offset: 0)))
            XCTAssertEqual(diagnostic.line, 4)
            XCTAssertTrue(diagnostic.notes.first?.contains("generated C line 2") ?? false)
            XCTAssertTrue(diagnostic.message.contains("tcc"))
        }
    }

    func testStateRecordingSamplesEveryInterval() {
        let interpreter = Interpreter.withPrivateCache()
        _ = interpreter.execute("system D {\n var x = 1\n dx/dt = -x\n}\npopulation P = D(2)\nrecord P.x[1] every 0.5\nrun 2 dt = 0.1 method = exp_euler")
        let record = interpreter.state.stateRecords[0]
        XCTAssertEqual(record.times.count, 4)
        for (t, row) in zip(record.times, record.values) { XCTAssertEqual(row[0], exp(-t), accuracy: 1e-14) }
        XCTAssertEqual(record.times, [0, 0.5, 1.0, 1.5].map { $0 }, accuracy: 1e-12)
    }
}

func XCTAssertEqual(_ a: [Double], _ b: [Double], accuracy: Double, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(a.count, b.count, file: file, line: line)
    for (x, y) in zip(a, b) { XCTAssertEqual(x, y, accuracy: accuracy, file: file, line: line) }
}
