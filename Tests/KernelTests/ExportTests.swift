import Foundation
import SomaTestSupport
import XCTest
import Kernel
@testable import Execution
@testable import Output
@testable import Support

/// `export csv | npy | json`: the files' exact contents for a small run whose values are exact in binary,
/// the .npy bytes decoded here (and by NumPy when it is installed), and the synapse counts a run prints.
final class ExportTests: XCTestCase {
    /// V ramps at 1 mV/ms from -2 mV·i (so -0 for neuron 0: the files must keep its sign) under Euler (exact for a constant slope); neuron 0 spikes at 1.25 ms.
    private static let ramp = """
        neuron Ramp {
          var V = -2 mV * i
          dV/dt = 1 mV / ms
          spike V > 1 mV
          reset { V = 0 mV }
        }
        population P = Ramp(3)
        record P.spikes, P.V[0:2] every 0.5 ms
        run 2 ms dt = 0.25 ms method = euler seed = 3

        """

    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("soma-export-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs the ramp, then `export FORMAT` of `field` into the test's folder; returns the file's bytes.
    private func exported(_ format: String, _ field: String, file: StaticString = #filePath, line: UInt = #line) throws -> [UInt8] {
        let path = folder.appendingPathComponent("out.\(format)").path
        let outputs = runModel(Self.ramp + "export \(format) \"\(path)\" \(field)\n", file: file, line: line)
        guard case .info(let message)? = outputs.last else {
            XCTFail("the export printed nothing", file: file, line: line)
            return []
        }
        XCTAssertEqual(message, "wrote \(path)", file: file, line: line)
        return try Array(Data(contentsOf: URL(fileURLWithPath: path)))
    }

    func testCSVOfStateHasUnitsInTheHeaderAndOneRowPerSample() throws {
        XCTAssertEqual(String(decoding: try exported("csv", "P.V[0:2]"), as: UTF8.self), """
            t (ms),P.V[0] (mV),P.V[1] (mV)
            0,-0,-2
            0.5,0.5,-1.5
            1,1,-1
            1.5,0.25,-0.5

            """)
        XCTAssertEqual(String(decoding: try exported("csv", "P.V[1]"), as: UTF8.self), "t (ms),P.V[1] (mV)\n0,-2\n0.5,-1.5\n1,-1\n1.5,-0.5\n")
    }

    func testCSVOfSpikesHasTimesAndIndices() throws {
        XCTAssertEqual(String(decoding: try exported("csv", "P.spikes"), as: UTF8.self), "t (ms),i\n1.25,0\n")
        XCTAssertEqual(String(decoding: try exported("csv", "P.spikes[1:3]"), as: UTF8.self), "t (ms),i\n")
    }

    func testJSONIsOneObjectWithTimesUnitsAndValues() throws {
        XCTAssertEqual(String(decoding: try exported("json", "P.V"), as: UTF8.self),
                       #"{"population":"P","variable":"V","neurons":[0,1],"t":[0,0.5,1,1.5],"t_unit":"ms","unit":"mV","#
                       + #""values":[[-0,-2],[0.5,-1.5],[1,-1],[0.25,-0.5]]}"# + "\n")
        XCTAssertEqual(String(decoding: try exported("json", "P.spikes"), as: UTF8.self),
                       #"{"population":"P","t":[1.25],"t_unit":"ms","i":[0]}"# + "\n")
    }

    func testNPYHeaderIsVersion1PaddedTo64BytesAndValuesRoundTrip() throws {
        let bytes = try exported("npy", "P.V[0:2]")
        let array = try XCTUnwrap(DecodedNPY(bytes))
        XCTAssertEqual(array.header.trimmingCharacters(in: .whitespaces),
                       "{'descr': '<f8', 'fortran_order': False, 'shape': (4, 3), }")
        XCTAssertEqual(array.dataOffset % 64, 0)
        XCTAssertEqual(array.values.map(\.bitPattern), [0, -0.0, -2, 0.5, 0.5, -1.5, 1, 1, -1, 1.5, 0.25, -0.5].map(\.bitPattern))
        XCTAssertEqual(bytes.count, array.dataOffset + 12 * 8)

        let spikes = try XCTUnwrap(DecodedNPY(try exported("npy", "P.spikes")))
        XCTAssertTrue(spikes.header.hasPrefix("{'descr': '<f8', 'fortran_order': False, 'shape': (1, 2), }"))
        XCTAssertEqual(spikes.values, [1.25, 0])
    }

    func testNPYKeepsEveryBitOfAwkwardValues() throws {
        let values = [0.1, -0.0, .pi, 1e-300, .greatestFiniteMagnitude, .infinity, -.infinity]
        let decoded = try XCTUnwrap(DecodedNPY(NPYArray(rows: 1, columns: values.count, values: values).bytes))
        XCTAssertEqual(decoded.values.map(\.bitPattern), values.map(\.bitPattern))
        let nan = try XCTUnwrap(DecodedNPY(NPYArray(rows: 1, columns: 1, values: [.nan]).bytes))
        XCTAssertTrue(nan.values[0].isNaN)
    }

    /// NumPy itself reads the file, when python3 with numpy is on the machine; never installed here.
    func testNumPyLoadsTheFile() throws {
        let python = URL(fileURLWithPath: "/usr/bin/env")
        func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
            let process = Process(), pipe = Pipe()
            process.executableURL = python
            process.arguments = ["python3"] + arguments
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            try process.run()
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: output, as: UTF8.self))
        }
        let probe = try? run(["-c", "import numpy"])
        try XCTSkipUnless(probe?.status == 0, "python3 with numpy is not available: the .npy file was not loaded by NumPy")
        _ = try exported("npy", "P.V[0:2]")
        let loaded = try run(["-c", "import numpy, sys; a = numpy.load(sys.argv[1]); print(a.dtype, a.shape, a.tolist())",
                              folder.appendingPathComponent("out.npy").path])
        XCTAssertEqual(loaded.status, 0)
        XCTAssertEqual(loaded.output, "float64 (4, 3) [[0.0, -0.0, -2.0], [0.5, 0.5, -1.5], [1.0, 1.0, -1.0], [1.5, 0.25, -0.5]]\n")
    }

    func testAFailedExportLeavesNoFileAndSaysWhere() throws {
        let outputs = Interpreter.withPrivateCache().execute(Self.ramp + "export csv \"/dev/null/v.csv\" P.V\n")
        let error = try XCTUnwrap(firstError(outputs))
        XCTAssertEqual(error.line, 10)
        XCTAssertEqual(error.column, 12)
        XCTAssertTrue(error.message.hasPrefix("cannot write /dev/null/v.csv"), error.message)
    }

    func testTheSynapseCountIsPrintedAfterTheRunThatDrawsTheConnections() {
        let outputs = runModel("""
            neuron Cell {
              var V = 0 mV
              input Isyn = 0 mV
              dV/dt = (1 mV + Isyn) / ms
              spike V > 1 mV
              reset { V = 0 mV }
            }
            synapse Count {
              var c = 0 per post
              on pre { c += w }
              current = 0 mV
            }
            population A = Cell(3)
            population B = Cell(4)
            connect A -> B using Count all w = 1
            connect B -> A using Count fanin = 2 w = 1
            run 1 ms dt = 0.5 ms
            run 1 ms

            """)
        let lines = outputs.map { OutputFormat.text($0, renderer: DiagnosticRenderer(fileName: "", source: "")) }
        let runs = lines.indices.filter { lines[$0].hasPrefix("ran ") }
        guard runs.count == 2 else { return XCTFail("two runs expected: \(lines)") }
        XCTAssertEqual(Array(lines[(runs[0] + 1)...].prefix(2)), ["A -> B: 12 synapses", "B -> A: 6 synapses"])
        XCTAssertEqual(lines.filter { $0.contains("synapses") }.count, 2, "the second run draws nothing, so it prints no count")
    }

    func testCountsAreGroupedByThousands() {
        XCTAssertEqual([0, 1, 999, 1000, 6412, 1_234_567, -1000].map(NumberText.grouped),
                       ["0", "1", "999", "1,000", "6,412", "1,234,567", "-1,000"])
    }
}

/// An .npy file read back by the format's description, without NumPy.
private struct DecodedNPY {
    var header: String
    var dataOffset: Int
    var values: [Double]

    init?(_ bytes: [UInt8]) {
        guard bytes.count >= 10, Array(bytes[0..<6]) == [0x93] + Array("NUMPY".utf8), bytes[6] == 1, bytes[7] == 0 else { return nil }
        let length = Int(bytes[8]) | Int(bytes[9]) << 8
        dataOffset = 10 + length
        guard bytes.count >= dataOffset, bytes[dataOffset - 1] == UInt8(ascii: "\n"), (bytes.count - dataOffset) % 8 == 0 else { return nil }
        header = String(decoding: bytes[10..<(dataOffset - 1)], as: UTF8.self)
        values = stride(from: dataOffset, to: bytes.count, by: 8).map { start in
            Double(bitPattern: bytes[start..<(start + 8)].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) })
        }
    }
}
