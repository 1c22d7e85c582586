import Foundation
import SomaTestSupport
import XCTest
import Kernel
@testable import KernelProtocol
@testable import Output

/// The kernel served in-process over two pipes, spoken to frame by frame.
final class KernelServerTests: XCTestCase {
    private var toKernel: TestPipe!
    private var fromKernel: TestPipe!
    private var writer: FrameWriter!
    private var reader: FrameReader!
    private var served: DispatchSemaphore!

    private func start(device: KernelDevice = .cpu) throws {
        toKernel = TestPipe()
        fromKernel = TestPipe()
        let server = KernelServer(input: toKernel.read!, output: fromKernel.write!, device: device, interpreter: .withPrivateCache())
        let served = DispatchSemaphore(value: 0)
        Thread {
            server.serve()
            served.signal()
        }.start()
        self.served = served
        writer = FrameWriter(fileDescriptor: toKernel.write!)
        reader = FrameReader(fileDescriptor: fromKernel.read!)
        guard case .ready(Message.protocolVersion, device.rawValue) = try receive() else { return XCTFail("no ready message") }
    }

    private func receive() throws -> Message {
        try Message.decode(try XCTUnwrap(try reader.next(), "the kernel closed its output"))
    }

    /// The outputs of cell `id` up to its `done`.
    private func outputs(of id: Int) throws -> [Output] {
        var outputs: [Output] = []
        while true {
            switch try receive() {
            case .output(id, let output): outputs.append(output)
            case .done(id, _): return outputs
            case .progress(id, _, _, _), .preparingFigure(id): continue
            case let other: XCTFail("unexpected \(other)")
            }
        }
    }

    private func execute(_ id: Int, _ source: String) throws -> [Output] {
        try writer.send(.execute(id: id, source: source))
        return try outputs(of: id)
    }

    private func expectProtocolError(containing text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        guard case .protocolError(let message) = try receive() else { return XCTFail("no protocolError", file: file, line: line) }
        XCTAssertTrue(message.contains(text), message, file: file, line: line)
    }

    private func stop() throws {
        try writer.send(.shutdown)
        XCTAssertEqual(served.wait(timeout: .now() + 5), .success, "serve() should return after shutdown")
    }

    func testMalformedFramesAreAnsweredAndTheKernelKeepsServing() throws {
        try start()
        XCTAssertEqual(try printedValues(execute(1, decayCell), "P.x")?.first ?? 0, exp(-1), accuracy: 1e-9)
        try writer.write(Data("{bad".utf8))
        try expectProtocolError(containing: "not a message")
        try writer.write(Data("{\"type\":\"launch\",\"id\":2}".utf8))
        try expectProtocolError(containing: "unknown message type 'launch'")
        try writer.write(Data("{\"type\":\"execute\",\"id\":2}".utf8))
        try expectProtocolError(containing: "missing field 'source'")
        try writer.send(.done(id: 1, seconds: 0))
        try expectProtocolError(containing: "done")
        writeRaw(toKernel.write!, length: UInt32(KernelServer.maximumRequestSize + 1))
        XCTAssertEqual(KernelServer.maximumRequestSize + 1, try writeSkippedPayload())
        try expectProtocolError(containing: "ignored a frame")
        // The state survived all of that.
        let second = try execute(3, "run 1 dt = 0.001\nprint P.x, t")
        XCTAssertEqual(printedValues(second, "P.x")?.first ?? 0, exp(-2), accuracy: 1e-9)
        XCTAssertEqual(printedValues(second, "t"), [2])
        try stop()
    }

    /// The payload of an oversize frame, which the kernel reads and drops.
    private func writeSkippedPayload() throws -> Int {
        let payload = Data(count: KernelServer.maximumRequestSize + 1)
        let written = payload.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let n = write(toKernel.write!, bytes.baseAddress! + offset, bytes.count - offset)
                if n <= 0 { break }
                offset += n
            }
            return offset
        }
        return written
    }

    func testTruncatedStreamEndsTheKernelCleanly() throws {
        try start()
        writeRaw(toKernel.write!, length: 50, Array("{\"type\":".utf8))
        toKernel.closeWrite()
        XCTAssertEqual(served.wait(timeout: .now() + 5), .success)
        fromKernel.closeWrite()
        XCTAssertNil(try reader.next(), "no frame after the end")
    }

    func testCompletionsComeFromTheKernelState() throws {
        try start()
        _ = try execute(1, decayCell)
        try writer.send(.complete(id: 2, prefix: "P."))
        guard case .completions(2, let fields) = try receive() else { return XCTFail("no completions") }
        XCTAssertEqual(fields.words, ["P.x"])
        try writer.send(.complete(id: 3, prefix: "r"))
        guard case .completions(3, let words) = try receive() else { return XCTFail("no completions") }
        XCTAssertTrue(Set(["rk4", "ralston3", "rate", "record", "reset", "run", "refractory"]).isSubset(of: words.words), "\(words.words)")
        try writer.send(.complete(id: 4, prefix: ""))
        guard case .completions(4, let all) = try receive() else { return XCTFail("no completions") }
        XCTAssertTrue(Set(["D", "P", "P.x", "mV", "exp_euler", "population", "exp"]).isSubset(of: all.words))
        try stop()
    }

    func testShutdownFinishesQueuedCellsFirst() throws {
        try start()
        try writer.send(.execute(id: 1, source: decayCell))
        try writer.send(.execute(id: 2, source: "print P.x * 2"))
        try writer.send(.shutdown)
        _ = try outputs(of: 1)
        XCTAssertEqual(try printedValues(outputs(of: 2), "P.x * 2")?.first ?? 0, 2 * exp(-1), accuracy: 1e-9)
        XCTAssertEqual(served.wait(timeout: .now() + 5), .success)
    }

    func testProgressIsSentAtMostTwentyTimesASecond() throws {
        try start()
        try writer.send(.execute(id: 1, source: "system C {\n var x = 0\n dx/dt = 1\n}\npopulation P = C(1000)\nrun 300 dt = 0.001"))
        var progress = 0
        while true {
            let message = try receive()
            if case .progress = message { progress += 1 }
            if case .done(1, let seconds) = message {
                XCTAssertGreaterThan(progress, 0)
                XCTAssertLessThanOrEqual(Double(progress), seconds * 20 + 1)
                break
            }
        }
        try stop()
    }

    /// The notebook's interrupt during a training that would take hours: the first progress names the epoch, the
    /// training stops after a batch with the positioned line, and the next cell works with the weights it kept.
    func testInterruptStopsATrainingAfterABatchAndTheNextCellUsesItsWeights() throws {
        try start()
        _ = try execute(1, decisionTaskNetwork(trials: 64, test: 16))
        try writer.send(.execute(id: 2, source: "train Z to D.choice by bptt(loss = cross_entropy, epochs = 1000000, lr = 0.03, batch = 16)"))
        var notes: [String?] = [], outputs: [Output] = []
        while true {
            switch try receive() {
            case .progress(2, _, let total, let note):
                XCTAssertEqual(total, 4_000_000)
                if notes.isEmpty { try writer.send(.interrupt) }
                notes.append(note)
            case .output(2, let output): outputs.append(output)
            case .done(2, _):
                XCTAssertEqual(notes.first, "epoch 1 of 1000000")
                guard case .error(let diagnostic)? = outputs.last else { return XCTFail("no error: \(outputs)") }
                XCTAssertTrue(diagnostic.message.hasPrefix("interrupted: training stopped after batch "), diagnostic.message)
                XCTAssertEqual([diagnostic.line, diagnostic.column], [1, 1])
                XCTAssertNotNil(printedValues(try execute(3, "print accuracy(Z, D)"), "accuracy(Z, D)"))
                return try stop()
            case let other: XCTFail("unexpected \(other)")
            }
        }
    }

    /// A plot says it is preparing its figure before the figure comes, so the workbench can show it.
    func testAPlotSaysItIsPreparingItsFigureBeforeTheFigure() throws {
        try start()
        _ = try execute(1, decayCell + "\nrecord P.x\nrun 1 dt = 0.001")
        try writer.send(.execute(id: 2, source: "print t\nplot P.x"))
        var kinds: [String] = []
        while true {
            switch try receive() {
            case .preparingFigure(2): kinds.append("preparing")
            case .output(2, .figure): kinds.append("figure")
            case .output(2, _): kinds.append("output")
            case .done(2, _): kinds.append("done")
            case .progress: continue
            case let other: XCTFail("unexpected \(other)")
            }
            if kinds.last == "done" { break }
        }
        XCTAssertEqual(kinds, ["output", "preparing", "figure", "done"])
        try stop()
    }

    /// The message names what is missing; on a machine without NVIDIA's driver, that is libcuda.so.1.
    func testCudaDeviceAnswersWhyItCannotRun() throws {
        guard let reason = KernelDevice.cuda.unavailability else { throw XCTSkip("this machine runs cells on its GPU") }
        if CUDAProbe.missing.map({ if case .libraryMissing(CUDADriver.libraryName, _, _, _) = $0 { true } else { false } }) == true {
            XCTAssertEqual(reason, "libcuda.so.1 is not installed; it is needed to run cells on an NVIDIA GPU")
        }
        try start(device: .cuda)
        XCTAssertEqual(errorMessages(try execute(1, decayCell)), ["the CUDA kernel cannot run here: \(reason)"])
        try stop()
    }
}
