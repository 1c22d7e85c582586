import Foundation
import SomaTestSupport
import XCTest
import Kernel
@testable import Execution
@testable import KernelProtocol

final class FrameTests: XCTestCase {
    /// Every message type, carrying every kind of output a real cell makes.
    private func everyMessage() -> [Message] {
        let source = """
        neuron N {
          var V = 0
          dV/dt = 1
          spike V > 0.25
          reset { V = 0 }
        }
        population P = N(2)
        record P.spikes, P.V
        run 1 dt = 0.01
        print spikes(P), P.V, mean(P.V) / 0
        plot P.V
        print nothere
        """
        let outputs = Interpreter.withPrivateCache().execute(source)
        XCTAssertEqual(Set(outputs.map { "\($0)".prefix(while: { $0 != "(" }) }),
                       ["defined", "info", "run", "spikes", "value", "figure", "error"], "the cell should make every kind of output")
        return [.execute(id: 1, source: source), .interrupt, .complete(id: 2, prefix: "P."), .shutdown,
                .ready(version: Message.protocolVersion, device: "cpu"), .progress(id: 1, done: 5, total: Int64.max),
                .progress(id: 1, done: 6, total: 40, note: "epoch 2 of 10, mse 0.0123"), .preparingFigure(id: 1),
                .completions(id: 2, index: CompletionIndex(words: ["P.V", "P.spikes"], contextual: ["using": ["Exp"]])), .done(id: 1, seconds: 0.25),
                .protocolError(message: "ünïcode ✓")] + outputs.map { .output(id: 1, output: $0) }
    }

    func testEveryMessageRoundTripsThroughAPipe() throws {
        let messages = everyMessage()
        let pipe = TestPipe()
        let writer = FrameWriter(fileDescriptor: pipe.write!)
        // A figure can exceed the pipe's buffer, so the writer needs its own thread.
        let writing = Thread {
            for message in messages { try! writer.send(message) }
            pipe.closeWrite()
        }
        writing.start()
        let reader = FrameReader(fileDescriptor: pipe.read!)
        for message in messages {
            let payload = try XCTUnwrap(try reader.next())
            XCTAssertEqual(try jsonObject(try Message.decode(payload)), try jsonObject(message))
        }
        XCTAssertNil(try reader.next(), "the stream ends cleanly between frames")
    }

    func testNonFiniteNumbersSurvive() throws {
        let message = Message.output(id: 3, output: .value(expression: "x", values: [.nan, .infinity, -.infinity, 0.1],
                                                            isArray: true, unit: ""))
        guard case .output(3, .value(_, let values, _, _)) = try Message.decode(try message.encoded()) else {
            return XCTFail("not an output")
        }
        XCTAssertTrue(values[0].isNaN)
        XCTAssertEqual(Array(values[1...]), [.infinity, -.infinity, 0.1])
    }

    func testOversizeFrameIsATypedErrorAndIsSkipped() throws {
        let pipe = TestPipe()
        writeRaw(pipe.write!, length: 10, Array("0123456789".utf8))
        writeRaw(pipe.write!, length: 2, Array("{}".utf8))
        pipe.closeWrite()
        let reader = FrameReader(fileDescriptor: pipe.read!, maximumFrameSize: 8)
        XCTAssertThrowsError(try reader.next()) { XCTAssertEqual($0 as? FrameError, .oversize(length: 10, limit: 8)) }
        XCTAssertEqual(try reader.next(), Data("{}".utf8))
        XCTAssertNil(try reader.next())
    }

    func testHugeLengthDoesNotAllocate() throws {
        let pipe = TestPipe()
        writeRaw(pipe.write!, length: .max)
        pipe.closeWrite()
        let reader = FrameReader(fileDescriptor: pipe.read!)
        XCTAssertThrowsError(try reader.next()) {
            XCTAssertEqual($0 as? FrameError, .oversize(length: UInt64(UInt32.max), limit: FrameReader.defaultMaximumFrameSize))
        }
        XCTAssertThrowsError(try reader.next()) { XCTAssertEqual($0 as? FrameError, .truncated(expected: Int(UInt32.max), received: 0)) }
    }

    func testLengthThatOverrunsTheStreamIsTruncated() throws {
        let pipe = TestPipe()
        writeRaw(pipe.write!, length: 100, Array("{\"type\"".utf8))
        pipe.closeWrite()
        XCTAssertThrowsError(try FrameReader(fileDescriptor: pipe.read!).next()) {
            XCTAssertEqual($0 as? FrameError, .truncated(expected: 100, received: 7))
        }
    }

    func testStreamEndingInsideTheHeaderIsTruncated() throws {
        let pipe = TestPipe()
        var twoBytes: [UInt8] = [5, 0]
        XCTAssertEqual(write(pipe.write!, &twoBytes, 2), 2)
        pipe.closeWrite()
        XCTAssertThrowsError(try FrameReader(fileDescriptor: pipe.read!).next()) {
            XCTAssertEqual($0 as? FrameError, .truncated(expected: 4, received: 2))
        }
    }

    func testMalformedPayloadsAreDecodingErrors() {
        for payload in ["{bad", "", "[]", "{\"type\":\"launch\"}", "{\"type\":\"execute\",\"id\":1}", "{\"type\":\"execute\",\"id\":\"1\",\"source\":\"\"}"] {
            XCTAssertThrowsError(try Message.decode(Data(payload.utf8)), payload) { XCTAssertTrue($0 is DecodingError, payload) }
        }
    }

    func testWritingToAClosedPipeIsATypedError() {
        signal(SIGPIPE, SIG_IGN)
        let pipe = TestPipe()
        close(pipe.read!)
        pipe.read = nil
        XCTAssertThrowsError(try FrameWriter(fileDescriptor: pipe.write!).write(Data("{}".utf8))) {
            XCTAssertEqual($0 as? FrameError, .writeFailed(errno: EPIPE))
        }
    }
}
