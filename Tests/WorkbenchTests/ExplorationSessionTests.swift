import Foundation
import SomaTestSupport
import XCTest

/// Issue 11's day of exploration, typed into the workbench: 34 cells with models redefined, a failed
/// cell, a store and restore, a deleted population, a reset and figures; saved, the file replays with
/// `--check` unchanged.
final class ExplorationSessionTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(SomaBinary.isBuilt, "build soma first: swift build")
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux"), "tmux is not installed")
    }

    private func lif(refractory: Bool) -> [String] {
        ["neuron LIF {",
         "  param tau = 10 ms, El = -65 mV, Vth = -50 mV, Vreset = -65 mV, R = 10 Mohm" + (refractory ? ", t_ref = 2 ms" : ""),
         "  var V = El", "  input I = 0 nA", "  dV/dt = (El - V + R*I) / tau", "  spike V > Vth", "  reset { V = Vreset }"]
            + (refractory ? ["  refractory t_ref"] : []) + ["}"]
    }

    private var cells: [[String]] {
        [lif(refractory: false), ["population E = LIF(20)"], ["E.I = 1.6 nA"], ["E.V = -65 mV + 10 mV * rand()"],
         ["record E.spikes, E.V[0:3] every 0.5 ms"], ["run 100 ms dt = 0.1 ms seed = 1"], ["print count(E)"], ["plot raster E"],
         ["print rate(Ex)"], lif(refractory: true), ["print t, E.V[0:3]"], ["run 100 ms dt = 0.1 ms"], ["print count(E)"],
         ["population I = LIF(5, Vth = -52 mV)"], ["I.I = 1.7 nA"], ["record I.spikes"],
         ["synapse Shunt {", "  param tau = 5 ms", "  var g = 0 nA per post", "  dg/dt = -g / tau", "  on pre { g += w }", "  current = -g", "}"],
         ["connect I -> E using Shunt p = 0.5 w = 0.3 nA"], ["run 50 ms dt = 0.1 ms"], ["print rate(E), rate(I)"], ["plot raster E, I"],
         ["store warm"], ["run 50 ms dt = 0.1 ms"], ["print E.V[0:3]"], ["restore warm"], ["run 50 ms dt = 0.1 ms"], ["print E.V[0:3]"],
         ["delete I"], ["run 50 ms dt = 0.1 ms"], ["reset"], ["print t"], ["run 100 ms dt = 0.1 ms"], ["print count(E)"], ["plot E.V[0:3]"]]
    }

    func testAThirtyFourCellExplorationSavesAndReplaysUnchanged() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("soma-explore-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("exploration.soma").path
        let tmux = try TmuxSession(width: 160, height: 50)
        try tmux.waitFor("idle")
        for cell in cells {
            for line in cell { try tmux.lines(line) }
        }
        try tmux.waitFor("E.V[2]", timeout: 60)
        try tmux.lines(":save \(path)")
        try tmux.waitFor("saved \(path)")
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertEqual(saved.components(separatedBy: "\n# %%").count + (saved.hasPrefix("# %%") ? 1 : 0) - 1, cells.count, saved)
        XCTAssertTrue(saved.contains("#! error at cell line 1, column 12: unknown population 'Ex'"), saved)
        XCTAssertTrue(saved.contains("#> stored warm at t = 250 ms"), saved)
        XCTAssertTrue(saved.contains("#> reset: t = 0"), saved)
        let printed = saved.components(separatedBy: "\n").filter { $0.hasPrefix("#> E.V[0:3] = ") }
        XCTAssertEqual(printed.count, 3)
        XCTAssertEqual(printed[1], printed[2], "after restore, the same 50 ms give the same values")
        let replay = try SomaBinary.run(["replay", "--check", path])
        XCTAssertEqual(replay.status, 0, replay.output)
        XCTAssertEqual(try SomaBinary.run(["replay", path]).status, 0, "the failed cell is marked: its failure is expected")
    }

    /// A session opened with its recorded outputs shows a cell saved as failed as such, with its error.
    func testACellSavedAsFailedOpensMarked() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("soma-failed-\(UUID().uuidString).soma").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "# %%\nprint 1 + 1\n#> 1 + 1 = 2\n\n# %%\nprint rate(Ex)\n#! error at cell line 1, column 12: unknown population 'Ex'\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let tmux = try TmuxSession([path], width: 100, height: 30)
        let screen = try tmux.waitFor("(recorded as failed; :rerun runs it)")
        XCTAssertTrue(screen.contains("[1] print 1 + 1  (recorded outputs; :rerun runs it)"), screen)
        XCTAssertTrue(screen.contains("error at cell line 1, column 12: unknown population 'Ex'"), screen)
    }
}
