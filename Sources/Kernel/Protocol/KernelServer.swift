import Execution
import Foundation
import Language

/// Serves one interpreter over the kernel protocol: frames in on `input`, frames
/// out on `output`. The calling thread reads; a worker thread runs cells in order.
public final class KernelServer: @unchecked Sendable {
    /// At most this often a running cell reports progress (20 per second).
    static let progressInterval: Duration = .milliseconds(50)
    /// Cells are source text; a frame this large is a client bug, not a model.
    static let maximumRequestSize = 16 << 20

    private let reader: FrameReader
    private let writer: FrameWriter
    private let device: KernelDevice
    /// Why cells cannot run on `device` in this process; nil where they can.
    private let refusal: String?
    private let interpreter: Interpreter
    private let cells = CellQueue()
    private let indexLock = NSLock()
    private var index: CompletionIndex
    /// When the running cell last reported progress (only the worker touches it).
    private var lastProgress = ContinuousClock.now

    public init(input: Int32, output: Int32, device: KernelDevice = .cpu, interpreter: Interpreter = Interpreter()) {
        reader = FrameReader(fileDescriptor: input, maximumFrameSize: Self.maximumRequestSize)
        writer = FrameWriter(fileDescriptor: output)
        self.device = device
        self.interpreter = interpreter
        switch device.gpu {
        case .success(let session)?:
            interpreter.gpu = session
            refusal = nil
        case .failure(let error)?: refusal = error.summary
        case nil: refusal = device.unavailability
        }
        index = CompletionIndex(interpreter)
    }

    /// Returns after `shutdown` (once the queued cells are done) or when the input
    /// ends (the client is gone: the running cell is interrupted, the queue dropped).
    public func serve() {
        send(.ready(version: Message.protocolVersion, device: device.rawValue))
        let finished = DispatchSemaphore(value: 0)
        let worker = Thread { [self] in
            work()
            finished.signal()
        }
        worker.name = "soma kernel worker"
        worker.start()
        readRequests()
        cells.stop()
        finished.wait()
    }

    private func readRequests() {
        while true {
            let payload: Data?
            do {
                payload = try reader.next()
            } catch .oversize(let length, let limit) {
                // The reader skips that payload, so the frames after it still line up.
                send(.protocolError(message: "ignored a frame of \(length) bytes (the limit is \(limit))"))
                continue
            } catch {
                // A truncated or unreadable stream is the client going away.
                log("\(error)")
                payload = nil
            }
            guard let payload else {
                cells.interruptAll()
                return
            }
            let message: Message
            do {
                message = try Message.decode(payload)
            } catch {
                send(.protocolError(message: "not a message: \(Self.describe(error))"))
                continue
            }
            switch message {
            case .execute(let id, let source):
                cells.push(id: id, source: source)
            case .interrupt:
                cells.interruptAll()
            case .complete(let id, let prefix):
                indexLock.lock()
                let narrowed = index.narrowed(to: prefix)
                indexLock.unlock()
                send(.completions(id: id, index: narrowed))
            case .shutdown:
                return
            case .ready, .progress, .preparingFigure, .output, .completions, .done, .protocolError:
                send(.protocolError(message: "a kernel does not accept messages of this type: \(Self.typeName(payload))"))
            }
        }
    }

    private func work() {
        while let cell = cells.next() {
            let start = ContinuousClock.now
            if cells.isInterrupted(cell) {
                send(.output(id: cell.id, output: .error(Self.diagnostic(.interruptedBeforeStart))))
            } else if let reason = refusal {
                send(.output(id: cell.id, output: .error(Self.diagnostic(
                    .deviceUnavailable(device: device.rawValue.uppercased(), reason: reason), hint: "start the kernel with --device cpu"))))
            } else {
                run(cell)
            }
            let elapsed = ContinuousClock.now - start
            send(.done(id: cell.id, seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18))
        }
    }

    private func run(_ cell: CellQueue.Pending) {
        lastProgress = ContinuousClock.now - Self.progressInterval
        interpreter.progress = { [self] done, total in
            let now = ContinuousClock.now
            if now - lastProgress >= Self.progressInterval {
                lastProgress = now
                send(.progress(id: cell.id, done: done, total: total, note: interpreter.progressNote))
            }
            return !cells.isInterrupted(cell)
        }
        interpreter.preparingFigure = { [self] in send(.preparingFigure(id: cell.id)) }
        interpreter.execute(cell.source) { send(.output(id: cell.id, output: $0)) }
        interpreter.progress = nil
        interpreter.preparingFigure = nil
        let updated = CompletionIndex(interpreter)
        indexLock.lock()
        index = updated
        indexLock.unlock()
    }


    /// A message the client cannot receive (it has gone, or an output would not
    /// encode) is reported on stderr, the kernel's log; the kernel goes on.
    private func send(_ message: Message) {
        do {
            try writer.send(message)
        } catch let error as FrameError {
            log("\(error)")
        } catch {
            if case .output(let id, _) = message {
                send(.output(id: id, output: .error(Self.diagnostic(.resultNotSent(reason: Self.describe(error))))))
            } else {
                log("cannot encode a message: \(error)")
            }
        }
    }

    private func log(_ line: String) {
        FileHandle.standardError.write(Data("soma kernel: \(line)\n".utf8))
    }

    private static func diagnostic(_ problem: Problem, hint: String? = nil) -> Diagnostic {
        Diagnostic(problem, at: SourceRange(SourcePosition(line: 1, column: 1, offset: 0)), hint: hint)
    }

    /// The "type" field of a frame, for telling the client which message was refused.
    private static func typeName(_ payload: Data) -> String {
        let object = try? JSONSerialization.jsonObject(with: payload) as? [String: Any]
        return object?["type"] as? String ?? "?"
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): return context.debugDescription
        case DecodingError.keyNotFound(let key, _): return "missing field '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "wrong type at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
        default: return "\(error)"
        }
    }
}
