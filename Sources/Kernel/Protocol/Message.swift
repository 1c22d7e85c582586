import Foundation
import Output

/// One message of the kernel protocol (DESIGN.md, "Kernel processes"). On the
/// wire it is a JSON object whose "type" names the case, e.g.
/// `{"type":"execute","id":3,"source":"run 10 ms"}`.
public enum Message: Sendable {
    // Client → kernel.
    /// Run a cell; answered by `output`s (streamed), `progress` and one `done`.
    case execute(id: Int, source: String)
    /// Stop the running cell between chunks, and drop the cells queued before this message.
    case interrupt
    /// Completion candidates that start with `prefix`; answered by `completions`.
    case complete(id: Int, prefix: String)
    /// Finish the queued cells, then exit.
    case shutdown

    // Kernel → client.
    /// Sent once, first: the protocol version the kernel speaks and its device.
    case ready(version: String, device: String)
    /// `note`: what the bar is of, when more than steps (a training's epoch and loss).
    case progress(id: Int, done: Int64, total: Int64, note: String? = nil)
    /// Cell `id` has started building a figure (reducing a long recording can take seconds); its figure or error follows.
    case preparingFigure(id: Int)
    case output(id: Int, output: Output)
    /// The answer to `complete`: the index's words that start with its prefix.
    case completions(id: Int, index: CompletionIndex)
    /// The cell `id` has finished (whatever its outputs were).
    case done(id: Int, seconds: Double)
    /// A frame the kernel could not understand; it keeps serving.
    case protocolError(message: String)

    /// The version in `ready`; bump it when a message changes shape.
    public static let protocolVersion = "4"
}

extension Message: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, id, source, prefix, version, device, done, total, note, output, candidates, contexts, seconds, message
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let type = try c.decode(String.self, forKey: .type)
        switch type {
        case "execute": self = .execute(id: try c.decode(Int.self, forKey: .id), source: try c.decode(String.self, forKey: .source))
        case "interrupt": self = .interrupt
        case "complete": self = .complete(id: try c.decode(Int.self, forKey: .id), prefix: try c.decode(String.self, forKey: .prefix))
        case "shutdown": self = .shutdown
        case "ready": self = .ready(version: try c.decode(String.self, forKey: .version), device: try c.decode(String.self, forKey: .device))
        case "progress":
            self = .progress(id: try c.decode(Int.self, forKey: .id), done: try c.decode(Int64.self, forKey: .done),
                             total: try c.decode(Int64.self, forKey: .total), note: try c.decodeIfPresent(String.self, forKey: .note))
        case "preparingFigure": self = .preparingFigure(id: try c.decode(Int.self, forKey: .id))
        case "output": self = .output(id: try c.decode(Int.self, forKey: .id), output: try c.decode(Output.self, forKey: .output))
        case "completions":
            let index = CompletionIndex(words: try c.decode([String].self, forKey: .candidates),
                                        contextual: try c.decodeIfPresent([String: [String]].self, forKey: .contexts) ?? [:])
            self = .completions(id: try c.decode(Int.self, forKey: .id), index: index)
        case "done": self = .done(id: try c.decode(Int.self, forKey: .id), seconds: try c.decode(Double.self, forKey: .seconds))
        case "protocolError": self = .protocolError(message: try c.decode(String.self, forKey: .message))
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown message type '\(type)'")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .execute(let id, let source):
            try c.encode("execute", forKey: .type); try c.encode(id, forKey: .id); try c.encode(source, forKey: .source)
        case .interrupt:
            try c.encode("interrupt", forKey: .type)
        case .complete(let id, let prefix):
            try c.encode("complete", forKey: .type); try c.encode(id, forKey: .id); try c.encode(prefix, forKey: .prefix)
        case .shutdown:
            try c.encode("shutdown", forKey: .type)
        case .ready(let version, let device):
            try c.encode("ready", forKey: .type); try c.encode(version, forKey: .version); try c.encode(device, forKey: .device)
        case .progress(let id, let done, let total, let note):
            try c.encode("progress", forKey: .type); try c.encode(id, forKey: .id)
            try c.encode(done, forKey: .done); try c.encode(total, forKey: .total); try c.encodeIfPresent(note, forKey: .note)
        case .preparingFigure(let id):
            try c.encode("preparingFigure", forKey: .type); try c.encode(id, forKey: .id)
        case .output(let id, let output):
            try c.encode("output", forKey: .type); try c.encode(id, forKey: .id); try c.encode(output, forKey: .output)
        case .completions(let id, let index):
            try c.encode("completions", forKey: .type); try c.encode(id, forKey: .id)
            try c.encode(index.words, forKey: .candidates); try c.encode(index.contextual, forKey: .contexts)
        case .done(let id, let seconds):
            try c.encode("done", forKey: .type); try c.encode(id, forKey: .id); try c.encode(seconds, forKey: .seconds)
        case .protocolError(let message):
            try c.encode("protocolError", forKey: .type); try c.encode(message, forKey: .message)
        }
    }
}

extension Message {
    /// Results can hold NaN and infinities (a diverged run, an empty mean), which
    /// plain JSON cannot; both ends spell them as these strings.
    private static let nonFinite = (positive: "inf", negative: "-inf", nan: "nan")

    /// The frame payload: UTF-8 JSON.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: Self.nonFinite.positive, negativeInfinity: Self.nonFinite.negative, nan: Self.nonFinite.nan)
        return try encoder.encode(self)
    }

    public static func decode(_ payload: Data) throws -> Message {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: nonFinite.positive, negativeInfinity: nonFinite.negative, nan: nonFinite.nan)
        return try decoder.decode(Message.self, from: payload)
    }
}
