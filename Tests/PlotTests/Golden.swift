import Foundation
import XCTest

/// Compares text with a file in Golden/; SOMA_RECORD_GOLDEN=1 writes the file instead.
enum Golden {
    static let sourceDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var recording: Bool { ProcessInfo.processInfo.environment["SOMA_RECORD_GOLDEN"] == "1" }

    static func assertMatches(_ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
        if recording {
            XCTAssertNoThrow(try actual.write(to: sourceDirectory.appendingPathComponent(name), atomically: true, encoding: .utf8))
            return
        }
        guard let expected = expectedText(named: name) else {
            XCTFail("missing golden file Golden/\(name); record it with SOMA_RECORD_GOLDEN=1", file: file, line: line)
            return
        }
        guard expected != actual else { return }
        XCTFail(difference(expected: expected, actual: actual, name: name), file: file, line: line)
    }

    private static func expectedText(named name: String) -> String? {
        let bundled = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Golden")
        let url = bundled ?? sourceDirectory.appendingPathComponent(name)
        return try? String(contentsOf: url, encoding: .utf8)
    }

    /// The first differing line of both texts, then the whole actual text, so a diff tool can take over.
    private static func difference(expected: String, actual: String, name: String) -> String {
        let want = expected.components(separatedBy: "\n"), got = actual.components(separatedBy: "\n")
        let index = (0..<min(want.count, got.count)).first { want[$0] != got[$0] } ?? min(want.count, got.count)
        let wantLine = index < want.count ? want[index] : "<end of file>"
        let gotLine = index < got.count ? got[index] : "<end of file>"
        return """
            golden mismatch in Golden/\(name) at line \(index + 1) (re-record with SOMA_RECORD_GOLDEN=1)
            - expected: \(wantLine.debugDescription)
            + actual:   \(gotLine.debugDescription)
            --- actual output ---
            \(actual)
            """
    }
}
