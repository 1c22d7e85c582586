import Foundation

/// Text compared with files in a folder of the test sources; SOMA_RECORD_GOLDEN=1
/// writes the files instead, so a change to rendering or code generation shows up
/// as a diff in review.
public struct GoldenFiles: Sendable {
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    public static var recording: Bool { ProcessInfo.processInfo.environment["SOMA_RECORD_GOLDEN"] == "1" }

    /// nil when `actual` matches the file (or was recorded); else what differs, for the test to report.
    public func mismatch(_ actual: String, named name: String) -> String? {
        let url = folder.appendingPathComponent(name)
        if GoldenFiles.recording {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
                return nil
            } catch {
                return "cannot record \(url.path): \(error)"
            }
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "missing golden file \(url.path); record it with SOMA_RECORD_GOLDEN=1"
        }
        return expected == actual ? nil : difference(expected: expected, actual: actual, name: name)
    }

    /// The first differing line of both texts, then the whole actual text, so a diff tool can take over.
    private func difference(expected: String, actual: String, name: String) -> String {
        let want = expected.components(separatedBy: "\n"), got = actual.components(separatedBy: "\n")
        let index = (0..<min(want.count, got.count)).first { want[$0] != got[$0] } ?? min(want.count, got.count)
        let wantLine = index < want.count ? want[index] : "<end of file>"
        let gotLine = index < got.count ? got[index] : "<end of file>"
        return """
            golden mismatch in \(folder.lastPathComponent)/\(name) at line \(index + 1) (re-record with SOMA_RECORD_GOLDEN=1)
            - expected: \(wantLine.debugDescription)
            + actual:   \(gotLine.debugDescription)
            --- actual output ---
            \(actual)
            """
    }
}
