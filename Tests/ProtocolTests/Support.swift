import Foundation
import XCTest
import Kernel
@testable import KernelProtocol
@testable import Output

/// A cell that decays from 1: after `run 1` its x is exp(-1).
let decayCell = "system D {\n var x = 1\n dx/dt = -x\n}\npopulation P = D(1)\nrun 1 dt = 0.001\nprint P.x"

/// A pipe whose ends the test closes (nil once closed).
final class TestPipe: @unchecked Sendable {
    var read: Int32?
    var write: Int32?

    init() {
        var fds: [Int32] = [0, 0]
        precondition(pipe(&fds) == 0, "pipe failed")
        (read, write) = (fds[0], fds[1])
    }

    func closeWrite() {
        if let write { close(write) }
        write = nil
    }

    deinit {
        if let read { close(read) }
        closeWrite()
    }
}

/// Writes a raw frame header announcing `length` bytes, then `bytes`.
func writeRaw(_ fd: Int32, length: UInt32, _ bytes: [UInt8] = []) {
    let header = (0..<4).map { UInt8(truncatingIfNeeded: length >> (8 * UInt32($0))) }
    let all = header + bytes
    XCTAssertEqual(all.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }, all.count)
}

/// The JSON of a message as an object, so that two encodings compare whatever their key order.
func jsonObject(_ message: Message) throws -> NSObject {
    try JSONSerialization.jsonObject(with: try message.encoded()) as! NSObject
}

func printedValues(_ outputs: [Output], _ expression: String) -> [Double]? {
    for case .value(expression, let values, _, _) in outputs { return values }
    return nil
}

func errorMessages(_ outputs: [Output]) -> [String] {
    outputs.compactMap { if case .error(let d) = $0 { return d.message } else { return nil } }
}
