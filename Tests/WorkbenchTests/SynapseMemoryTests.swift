import Foundation
import SomaTestSupport
import XCTest

/// A projection whose target indices the process cannot get memory for is an error at its `connect` statement,
/// not a crash: `soma run` under a 250 MB address-space limit, drawing 12000 × 12000 pairs at p = 0.5, whose first
/// guess of 72 050 911 indices (7.2e7 expected and 6σ more) needs 0.29 GB. The statement check lets it through
/// (it refuses lists over half the machine's memory at 16 bytes a synapse, 1.2 GB here), so the refusal is the
/// allocation's; nothing is allocated for the list, so the run ends at once.
final class SynapseMemoryTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(SomaBinary.isBuilt, "build soma first: swift build")
    }

    func testIndicesThatCannotBeAllocatedAreAnErrorAtTheConnectStatement() throws {
        let source = """
            neuron Cell {
              var v = 0
              input Isyn = 0
              dv/dt = (-v + Isyn) / (10 ms)
              spike v > 1
              reset { v = 0 }
            }
            synapse Jump {
              var g = 0 per post
              dg/dt = -g / (5 ms)
              on pre { g += w }
              current = g
            }
            population E = Cell(12000)
            population I = Cell(12000)
            connect E -> I using Jump p = 0.5 w = 1
            run 1 ms

            """
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("soma-synapse-memory-\(UUID().uuidString).soma")
        try source.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        // OpenBLAS's worker threads, started when soma loads, spin at exit when the limit refuses them memory: one thread
        // starts none. `timeout` turns a soma that hangs anyway into a failure.
        var environment = PrivateFolders.environment(in: PrivateFolders.shared)
        environment["OPENBLAS_NUM_THREADS"] = "1"
        let result = try Command.run("/bin/sh", ["-c", "ulimit -v 250000 && exec timeout 120 \"$0\" run \"$1\"", SomaBinary.path, file.path],
                                     environment: environment)
        XCTAssertEqual(result.status, 1, result.output)
        XCTAssertTrue(result.output.contains(":16:1: error: connect E -> I: 72050911 synapses need 0.3 GB for their target indices, more than could be allocated"),
                      result.output)
    }
}
