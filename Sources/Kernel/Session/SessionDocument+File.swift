import Foundation
import Support

extension SessionDocument {
    /// Reads and parses a session file.
    public init(contentsOfFile path: String) throws(SessionFileError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .read(path: path, errno: FileManager.default.fileExists(atPath: path) ? EACCES : ENOENT)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .invalidUTF8(path: path, offset: Self.firstInvalidUTF8(in: Array(data)))
        }
        do {
            self = try SessionDocument(parsing: text)
        } catch {
            throw .parse(path: path, error)
        }
    }

    /// Saves atomically: on failure the file at `path` is what it was before.
    public func save(to path: String, writer: @escaping AtomicFile.Writer = AtomicFile.systemWriter) throws(SessionFileError) {
        do throws(AtomicFileError) {
            try AtomicFile(path: path, writer: writer).write(text)
        } catch {
            throw SessionFileError(error)
        }
    }

    private static func firstInvalidUTF8(in bytes: [UInt8]) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return offset
            }
        }
    }
}
