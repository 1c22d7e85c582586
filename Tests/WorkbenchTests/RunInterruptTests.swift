import Foundation
import SomaTestSupport
import XCTest

/// SIGINT to `soma run` during a training that would take hours: it stops after the batch under way, prints the
/// training's summary and the positioned line that says where it stopped, and exits 1. The signal is sent once the
/// line printed before the training shows, and the training cannot end on its own, so where it lands does not
/// decide the outcome.
final class RunInterruptTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(SomaBinary.isBuilt, "build soma first: swift build")
    }

    func testSIGINTStopsTrainingAfterABatchAndKeepsItsWeights() throws {
        let source = decisionTaskNetwork(trials: 64, test: 16) + """

            train Z to D.choice by bptt(loss = cross_entropy, epochs = 1000000, lr = 0.03, batch = 16)
            print accuracy(Z, D)

            """
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("soma-run-interrupt-\(UUID().uuidString).soma")
        try source.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: SomaBinary.path)
        process.arguments = ["run", file.path]
        process.environment = PrivateFolders.environment(in: PrivateFolders.shared)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        // A watchdog, so that a soma that ignored the signal fails the test instead of hanging it.
        let watchdog = DispatchWorkItem { [process] in if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 300, execute: watchdog)
        defer { watchdog.cancel() }

        var output = ""
        let reader = pipe.fileHandleForReading
        var signalled = false
        while true {
            let data = reader.availableData
            if data.isEmpty { break }
            output += String(decoding: data, as: UTF8.self)
            if !signalled, output.contains("readout Z") {
                kill(process.processIdentifier, SIGINT)
                signalled = true
            }
        }
        process.waitUntilExit()
        XCTAssertTrue(signalled, output)
        XCTAssertEqual(process.terminationReason, .exit, output)
        XCTAssertEqual(process.terminationStatus, 1, output)
        XCTAssertTrue(output.contains("trained Z, the 1 couplings within R and D's into it by bptt on 64 trials"), output)
        XCTAssertTrue(output.contains(":12:1: error: interrupted: training stopped after batch "), output)
        XCTAssertTrue(output.contains("kept the weights at the stop (a task's training keeps its last)"), output)
        XCTAssertFalse(output.contains("accuracy(Z, D) ="), "the cell ends at the interrupt: \(output)")
    }
}
