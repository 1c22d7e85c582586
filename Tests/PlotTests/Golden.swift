import Foundation
import SomaTestSupport
import XCTest

/// The rendering golden files in Golden/ beside this file.
enum Golden {
    static let files = GoldenFiles(folder: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden"))

    static func assertMatches(_ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
        if let mismatch = files.mismatch(actual, named: name) { XCTFail(mismatch, file: file, line: line) }
    }
}
