import Foundation
import SomaTestSupport
import XCTest

/// Tab offers what the place takes (parameters after vary, methods after method =, synapses after using...),
/// says how many candidates did not fit, and Ctrl-C or Escape drops an unfinished cell without quitting.
final class CompletionInContextUITests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(SomaBinary.isBuilt, "build soma first: swift build")
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux"), "tmux is not installed")
    }

    private let model = ["neuron D {", " param k = 1, c = 2", " input I = 0", " var x = 1", " dx/dt = -k*x + c + I", " spike x > 10",
                         " reset { x = 0 }", "}",
                         "population P = D(3)",
                         "synapse Count {", " var c = 0 per post", " on pre { c += w }", " current = 0", "}",
                         "connect P -> P using Count all w = 1"]

    private func startWithModel() throws -> TmuxSession {
        let tmux = try TmuxSession(width: 120, height: 30)
        try tmux.waitFor("idle")
        for line in model { try tmux.lines(line) }
        try tmux.waitFor("[5]:")
        return tmux
    }

    /// Tab on `text`, then Ctrl-C so the next check starts from an empty prompt; returns the line of candidates.
    private func complete(_ text: String, in tmux: TmuxSession, shows expected: String) throws -> String {
        try tmux.type(text, then: "Tab")
        let screen = try tmux.waitFor(expected)
        try tmux.type("", then: "C-c")
        try tmux.waitFor("discarded the unfinished cell")
        return String(screen.split(separator: "\n").first { $0.contains(expected) } ?? "")
    }

    func testTabOffersWhatThePlaceTakes() throws {
        let tmux = try startWithModel()
        _ = try complete("bifurcation D vary ", in: tmux, shows: "I  c  k")
        let methods = try complete("run 1 method = r", in: tmux, shows: "ralston2  ralston3  ralston4  rk2")
        XCTAssertFalse(methods.contains("record"), "only methods after method =: \(methods)")
        _ = try complete("run 1 precision = ", in: tmux, shows: "f32  f64")
        let synapses = try complete("connect P -> P using ", in: tmux, shows: "AMPA")
        XCTAssertTrue(synapses.contains("ExpCond") && !synapses.contains("every"), "only synapses after using: \(synapses)")
        _ = try complete("print P.", in: tmux, shows: "P.I  P.c  P.c_P  P.k  P.spikes  P.x")
        try tmux.type("print P_P.", then: "Tab")
        try tmux.waitFor("print P_P.w")
        try tmux.type("", then: "C-c")
        try tmux.type("population Q = Hind", then: "Tab")
        try tmux.waitFor("population Q = HindmarshRose")
    }

    func testAListLongerThanTheLineSaysHowManyMore() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        try tmux.waitFor("idle")
        try tmux.type("", then: "Tab")
        let screen = try tmux.waitFor(" more")
        let line = screen.split(separator: "\n").first { $0.contains(" more") } ?? ""
        XCTAssertTrue(line.contains("… ") && line.count <= 80, screen)
    }

    func testControlCAndEscapeDiscardAnUnfinishedCellAndDoNotQuit() throws {
        let tmux = try TmuxSession()
        try tmux.waitFor("idle")
        try tmux.lines("system D {", " var x = 1")
        try tmux.type(" dx/dt", then: "C-c")
        var screen = try tmux.waitFor("discarded the unfinished cell")
        XCTAssertFalse(screen.contains("...: "), "the open lines are gone:\n\(screen)")
        try tmux.type("", then: "C-c")
        screen = try tmux.waitFor("Ctrl-C again")
        try tmux.lines("system E {")
        try tmux.type(" var y", then: "Escape")
        screen = try tmux.waitForAbsence(of: "system E")
        XCTAssertTrue(screen.contains("[1]:") && screen.contains("soma │"), "still running, at an empty prompt:\n\(screen)")
        try tmux.type("x", then: "C-c")
        try tmux.type("", then: "C-c")
        screen = try tmux.waitFor("Ctrl-C again")
        XCTAssertTrue(screen.contains("soma │"), "a Ctrl-C that discarded does not count towards quitting")
    }
}
