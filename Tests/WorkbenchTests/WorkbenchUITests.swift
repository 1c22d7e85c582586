import Foundation
import Kernel
import SomaTestSupport
import XCTest

/// The workbench as a person uses it, inside tmux: type, complete, run, see text
/// and braille figures, resize, interrupt, survive a killed kernel, save and reopen.
final class WorkbenchUITests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(SomaBinary.isBuilt, "build soma first: swift build")
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux"), "tmux is not installed")
    }

    private let decay = ["system D {", " var x = 1", " dx/dt = -x", "}", "population P = D(3)"]

    /// SIGKILL, as a crash or an impatient user would deliver it, to children of one process only.
    private func killProcesses(matching pattern: [String], parentOf parent: String) throws {
        _ = try processTool("pkill", ["-9", "-P", parent] + pattern)
    }

    private func childSoma(of parent: String) throws -> String {
        try processTool("pgrep", ["-P", parent, "-x", "soma"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func processTool(_ name: String, _ arguments: [String]) throws -> String {
        try Command.run("/usr/bin/\(name)", arguments).output
    }

    private func containsBraille(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value > 0x2800 && $0.value <= 0x28FF }
    }

    func testTypeAModelRunItAndSeeValuesAndABrailleFigure() throws {
        let tmux = try TmuxSession()
        try tmux.waitFor("idle")
        for line in decay + ["record P.x", "run 5 dt = 0.01", "print P.x", "plot P.x"] { try tmux.lines(line) }
        let screen = try tmux.waitFor("P.x = [0.006737946999")
        try tmux.waitFor("t")
        XCTAssertTrue(containsBraille(try tmux.screen()), screen)
        XCTAssertTrue(screen.contains("soma │"), "the status line shows")
    }

    /// Issue 11: each definition says under its cell what it defined.
    func testADefinitionSaysWhatItDefined() throws {
        let tmux = try TmuxSession()
        try tmux.waitFor("idle")
        for line in decay { try tmux.lines(line) }
        let screen = try tmux.waitFor("population P: 3 D systems")
        XCTAssertTrue(screen.contains("system D: 1 variable (x), 0 parameters; method exp_euler by default"), screen)
    }

    /// The DESIGN.md LIF model typed line by line, with Tab completing names on the way.
    func testCompletionOfKeywordsPopulationsAndVariables() throws {
        let tmux = try TmuxSession()
        try tmux.waitFor("idle")
        try tmux.type("neu", then: "Tab")
        try tmux.waitFor("[1]: neuron")
        try tmux.type(" LIF {", then: "Enter")
        try tmux.lines("  param tau = 10 ms, El = -65 mV, Vth = -50 mV, Vreset = -65 mV", "  param R = 10 Mohm, t_ref = 2 ms",
                       "  var V = El", "  input I = 0 nA", "  dV/dt = (El - V + R*I) / tau", "  spike V > Vth",
                       "  reset { V = Vreset }", "  refractory t_ref", "}", "population Exc = LIF(10)")
        try tmux.waitFor("idle")
        try tmux.type("Ex", then: "Tab")
        try tmux.waitFor("Exc.")
        try tmux.type("", then: "Tab")
        let screen = try tmux.waitFor("Exc.Vth")
        XCTAssertTrue(screen.contains("Exc.tau") && screen.contains("Exc.spikes"), screen)
    }

    func testResizeRedrawsAtEverySize() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        try tmux.waitFor("idle")
        for line in decay + ["record P.x", "run 2 dt = 0.01", "plot P.x"] { try tmux.lines(line) }
        try tmux.waitFor("P.x[2]")
        for (width, height) in [(80, 24), (300, 50), (60, 20)] {
            try tmux.resize(width: width, height: height)
            usleep(400_000)
            let rows = try tmux.screen().split(separator: "\n", omittingEmptySubsequences: false)
            let status = rows.last { $0.hasPrefix("soma │") }
            XCTAssertNotNil(status, "status line after resizing to \(width)×\(height)")
            XCTAssertTrue(rows.allSatisfy { $0.count <= width }, "nothing wider than \(width) columns")
        }
    }

    func testControlCInterruptsARunAndTheKernelKeepsItsState() throws {
        let tmux = try TmuxSession()
        try tmux.waitFor("idle")
        for line in decay + ["run 100000 dt = 0.001"] { try tmux.lines(line) }
        try tmux.waitFor("running")
        usleep(500_000)
        try tmux.type("", then: "C-c")
        try tmux.waitFor("interrupted at t =")
        try tmux.lines("print t > 0")
        try tmux.waitFor("t > 0 = 1")
    }

    /// A training shows its epoch and the last epoch's loss beside the bar (which epoch the screen catches depends on
    /// the machine's speed); Ctrl-C stops it after a batch with the line that says where, and the next cell reads the
    /// weights it kept.
    func testTheStatusLineShowsATrainingsEpochAndLossAndControlCStopsItAfterABatch() throws {
        let tmux = try TmuxSession(width: 160)
        try tmux.waitFor("idle")
        let model = ["system Rate {", " param tau = 100 ms", " input I = 0", " var r = 0", " dr/dt = (-r + log(1 + exp(I))) / tau", "}",
                     "population R = Rate(8)", "couple R.r -> R.I weight = 0.5 * randn() / sqrt(N)",
                     "task D = decision(coherences = [25.6, 51.2], fixation = 40 ms, stimulus = 200 ms, decision = 40 ms, trials = 64, test = 16, seed = 3)",
                     "couple D.stimulus -> R.I weight = randn()", "readout Z = R.r",
                     "train Z to D.choice by bptt(loss = cross_entropy, epochs = 100000, lr = 0.03, batch = 16)"]
        for line in model { try tmux.lines(line) }
        try tmux.waitFor(" of 100000, cross-entropy ", timeout: 60)
        try tmux.type("", then: "C-c")
        try tmux.waitFor("interrupted: training stopped after batch", timeout: 60)
        try tmux.lines("print accuracy(Z, D)")
        try tmux.waitFor("accuracy(Z, D) = ")
    }

    func testAKilledKernelIsReportedAndReplaced() throws {
        let tmux = try TmuxSession()
        try tmux.waitFor("idle")
        for line in decay + ["run 100000 dt = 0.001"] { try tmux.lines(line) }
        try tmux.waitFor("running")
        try killProcesses(matching: ["-f", "kernel --stdio"], parentOf: try childSoma(of: tmux.panePID()))
        try tmux.waitFor("killed by signal 9")
        try tmux.waitFor("idle")
        try tmux.lines("print 6 * 7")
        try tmux.waitFor("6 * 7 = 42")
    }

    /// The "done means": the LIF model of DESIGN.md typed line by line with
    /// completion, run, its trace on screen, saved, quit, reopened and replayed.
    func testTypeTheLIFModelWithCompletionRunSaveQuitReopenAndReplay() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("soma-save-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("lif.soma").path
        do {
            let tmux = try TmuxSession(width: 100, height: 40)
            try tmux.waitFor("idle")
            try tmux.type("neu", then: "Tab")
            try tmux.type(" LIF {", then: "Enter")
            try tmux.type("  par", then: "Tab")
            try tmux.lines(" tau = 10 ms, El = -65 mV, Vth = -50 mV, Vreset = -65 mV")
            try tmux.lines("  param R = 10 Mohm, t_ref = 2 ms", "  var V = El", "  input I = 0 nA", "  dV/dt = (El - V + R*I) / tau")
            try tmux.type("  spi", then: "Tab")
            try tmux.lines(" V > Vth")
            try tmux.lines("  reset { V = Vreset }")
            try tmux.type("  refr", then: "Tab")
            try tmux.lines(" t_ref", "}")
            try tmux.lines("population Exc = LIF(3)")
            try tmux.waitFor("idle")
            try tmux.lines("Exc.I = 2 nA")
            try tmux.type("record Exc.", then: "Tab")
            try tmux.lines("V every 0.1 ms")
            try tmux.lines("run 100 ms dt = 0.01 ms", "print count(Exc)", "plot Exc.V[0]")
            try tmux.waitFor("count(Exc) = 18")
            let screen = try tmux.waitFor("t (ms)")
            XCTAssertTrue(containsBraille(screen), screen)
            try tmux.lines(":save \(path)")
            try tmux.waitFor("saved \(path)")
            let saved = try String(contentsOfFile: path, encoding: .utf8)
            for completed in ["neuron LIF {", "param tau = 10 ms", "spike V > Vth", "refractory t_ref", "Exc.I = 2 nA", "record Exc.V every"] {
                XCTAssertTrue(saved.contains(completed), "completion wrote '\(completed)':\n\(saved)")
            }
            try tmux.type("", then: "C-d")
            try tmux.waitFor("EXITED 0")
        }
        let reopened = try TmuxSession([path], width: 100, height: 40)
        try reopened.waitFor("recorded outputs; :rerun runs it")
        try reopened.waitFor("count(Exc) = 18")
        try reopened.lines(":rerun")
        try reopened.waitFor("ran 100 ms in 10000 steps")
        XCTAssertTrue(containsBraille(try reopened.waitFor("t (ms)")))
        let check = try SomaBinary.run(["replay", path, "--check"])
        XCTAssertEqual(check.status, 0, check.output)
    }

    func testQuitAsksAboutUnsavedChangesAndRestoresTheTerminal() throws {
        let tmux = try TmuxSession()
        try tmux.waitFor("idle")
        try tmux.lines("print 1")
        try tmux.waitFor("1 = 1")
        try tmux.type("", then: "C-d")
        try tmux.waitFor("unsaved changes")
        try tmux.type("", then: "C-d")
        let screen = try tmux.waitFor("EXITED 0")
        XCTAssertFalse(screen.contains("soma │"), "the notebook is gone from the screen after quitting")
    }

    /// Colours are on in a 256-colour terminal and off under NO_COLOR, with the figure drawn either way.
    func testNoColorDrawsWithoutColours() throws {
        // Sequences that set a colour (30–38, 40–48, 90–97, 100–107); 39 and 49 only reset to the default.
        let setsColour = try NSRegularExpression(pattern: "\u{1B}\\[(?:[0-9]+;)*(3[0-8]|4[0-8]|9[0-7]|10[0-7])[;m]")
        for noColor in [false, true] {
            let tmux = try TmuxSession(environment: noColor ? ["NO_COLOR": "1"] : [:])
            try tmux.waitFor("idle")
            for line in decay + ["record P.x", "run 2 dt = 0.01", "plot P.x"] { try tmux.lines(line) }
            try tmux.waitFor("P.x[2]")
            let screen = try tmux.screen(colours: true)
            let coloured = setsColour.firstMatch(in: screen, range: NSRange(screen.startIndex..., in: screen)) != nil
            XCTAssertEqual(coloured, !noColor, (noColor ? "no colours under NO_COLOR" : "colours in a 256-colour terminal"))
            XCTAssertTrue(containsBraille(screen))
        }
    }

    func testHelpIsSearchable() throws {
        let tmux = try TmuxSession()
        try tmux.waitFor("idle")
        try tmux.lines(":help export")
        let screen = try tmux.waitFor(":export svg FILE")
        XCTAssertFalse(screen.contains("Ctrl-A Ctrl-E"), "only the lines that mention the word")
    }

    func testHistoryIsKeptAcrossSessions() throws {
        let first = try TmuxSession()
        try first.waitFor("idle")
        try first.lines("print 40 + 2")
        try first.waitFor("40 + 2 = 42")
        try first.type("", then: "C-d")
        try first.type("", then: "C-d")
        try first.waitFor("EXITED 0")
        let history = first.stateFolder.appendingPathComponent("soma/history")
        let second = try TmuxSession(environment: ["XDG_STATE_HOME": first.stateFolder.path])
        try second.waitFor("idle")
        try second.type("", then: "Up")
        try second.waitFor("[1]: print 40 + 2")
        XCTAssertTrue(FileManager.default.fileExists(atPath: history.path))
    }

    /// Alt-Enter continues a cell without braces; the cell runs as one.
    func testAltEnterContinuesACell() throws {
        let tmux = try TmuxSession()
        try tmux.waitFor("idle")
        try tmux.type("print 1", then: "M-Enter")
        try tmux.waitFor("\n...:")
        try tmux.lines("print 2")
        let screen = try tmux.waitFor("2 = 2")
        XCTAssertTrue(screen.contains("[1] print 1") && screen.contains("1 = 1"), screen)
        XCTAssertFalse(screen.contains("[2] print 2"), "both lines are one cell")
    }

    /// Alt-Up selects an earlier cell; Enter edits it in place; running it replaces its outputs.
    func testEditAndRerunAnEarlierCell() throws {
        let tmux = try TmuxSession()
        try tmux.waitFor("idle")
        try tmux.lines("print 2 * 3", "print 10")
        try tmux.waitFor("10 = 10")
        try tmux.type("", then: "M-Up")
        try tmux.type("", then: "Up")
        try tmux.type("", then: "Enter")
        try tmux.waitFor("editing cell [1]")
        try tmux.type("", then: "BSpace")
        try tmux.lines("7")
        let screen = try tmux.waitFor("2 * 7 = 14")
        XCTAssertFalse(screen.contains("2 * 3 = 6"), screen)
        XCTAssertTrue(screen.contains("[1] print 2 * 7"), screen)
    }

    func testZoomShowsTheFigureFullScreen() throws {
        let tmux = try TmuxSession(width: 100, height: 40)
        try tmux.waitFor("idle")
        for line in decay + ["record P.x", "run 2 dt = 0.01", "plot P.x"] { try tmux.lines(line) }
        try tmux.waitFor("P.x[2]")
        try tmux.type("", then: "F11")
        let zoomed = try tmux.waitFor("any key returns")
        let brailleRows = zoomed.split(separator: "\n").filter { containsBraille(String($0)) }
        XCTAssertGreaterThan(brailleRows.count, 25, "the figure fills the screen:\n\(zoomed)")
        try tmux.type("q")
        try tmux.waitFor("soma │")
    }

    func testControlCTwiceQuitsAndRestoresTheTerminal() throws {
        let tmux = try TmuxSession()
        try tmux.waitFor("idle")
        try tmux.type("", then: "C-c")
        try tmux.waitFor("Ctrl-C again")
        try tmux.type("", then: "C-c")
        let screen = try tmux.waitFor("EXITED 0")
        XCTAssertFalse(screen.contains("soma │"))
    }

    /// A workbench killed outright loses no typed cell: the next one asks, then recovers them from the journal.
    func testTheJournalRecoversCellsAfterAKill() throws {
        let first = try TmuxSession()
        try first.waitFor("idle")
        try first.lines("print 5 + 5", "print 6 + 6")
        try first.waitFor("6 + 6 = 12")
        try killProcesses(matching: ["-x", "soma"], parentOf: try first.panePID())
        try first.waitFor("EXITED 137")
        let second = try TmuxSession(width: 140, environment: ["XDG_STATE_HOME": first.stateFolder.path])
        let question = try second.waitFor("bring them back? y/n")
        XCTAssertTrue(question.contains("a session that was never saved ended without saving 2 cells"), question)
        XCTAssertFalse(question.contains("print 5 + 5"), "nothing comes back before the answer:\n\(question)")
        try second.type("y")
        let screen = try second.waitFor("recovered 2 cells")
        XCTAssertTrue(screen.contains("[1] print 5 + 5") && screen.contains("[2] print 6 + 6"), screen)
    }

    /// A workbench that is still running is not a crash: a second one does not offer its cells.
    func testAWorkbenchStillRunningIsNotOfferedForRecovery() throws {
        let first = try TmuxSession()
        try first.waitFor("idle")
        try first.lines("print 5 + 5")
        try first.waitFor("5 + 5 = 10")
        let second = try TmuxSession(width: 140, environment: ["XDG_STATE_HOME": first.stateFolder.path])
        try second.waitFor("idle")
        try second.lines("print 1 + 2")
        let screen = try second.waitFor("1 + 2 = 3")
        XCTAssertFalse(screen.contains("bring them back") || screen.contains("5 + 5"), screen)
        try first.lines("print 6 + 6")
        try first.waitFor("6 + 6 = 12")
        try killProcesses(matching: ["-x", "soma"], parentOf: try first.panePID())
        try first.waitFor("EXITED 137")
        let third = try TmuxSession(width: 140, environment: ["XDG_STATE_HOME": first.stateFolder.path])
        try third.waitFor("ended without saving 2 cells: bring them back? y/n")
        try third.type("y")
        let recovered = try third.waitFor("recovered 2 cells")
        XCTAssertTrue(recovered.contains("[2] print 6 + 6") && !recovered.contains("1 + 2"), recovered)
    }

    /// Issue 11, bug 2: after a clean :save and quit the next workbench, in another folder,
    /// starts empty, and what it saves holds only its own cells and replays.
    func testACleanSaveAndQuitLeavesNothingToRecover() throws {
        let first = try TmuxSession()
        try first.waitFor("idle")
        try first.lines("print 5 + 5")
        try first.waitFor("5 + 5 = 10")
        try first.lines(":save first.soma")
        try first.waitFor("saved first.soma")
        try first.lines("print 6 + 6")
        try first.waitFor("6 + 6 = 12")
        try first.lines(":save")
        try first.waitFor("saved first.soma")
        try first.type("", then: "C-d")
        try first.waitFor("EXITED 0")
        let journals = try FileManager.default.contentsOfDirectory(atPath: first.stateFolder.appendingPathComponent("soma").path)
        XCTAssertEqual(journals.filter { $0.hasSuffix(".journal") }, [], "a clean quit leaves no journal")

        let second = try TmuxSession(environment: ["XDG_STATE_HOME": first.stateFolder.path])
        try second.waitFor("idle")
        try second.lines("print 1 + 2")
        try second.waitFor("1 + 2 = 3")
        try second.lines(":save second.soma")
        let screen = try second.waitFor("saved second.soma")
        XCTAssertFalse(screen.contains("recovered") || screen.contains("5 + 5"), screen)
        let path = second.workFolder.appendingPathComponent("second.soma").path
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "# %%\nprint 1 + 2\n#> 1 + 2 = 3\n\n")
        let check = try SomaBinary.run(["replay", path, "--check"])
        XCTAssertEqual(check.status, 0, check.output)
    }

    /// Issue 11, bug 3: a session opened and saved with no edits keeps its titles, comments and blank lines.
    func testOpeningAndSavingASessionKeepsItByteForByte() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("soma-keep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("kept.soma").path
        let text = "# A header\n\n# %% The sum, titled\nprint 2 + 2\n#> 2 + 2 = 4\n\n# about the next cell\n\n# %%\n# a comment in code\nprint 3\n\n\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let tmux = try TmuxSession([path], width: 200)
        try tmux.waitFor("recorded outputs")
        try tmux.lines(":save")
        try tmux.waitFor("saved \(path)")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), text)
        try tmux.type("", then: "M-Up")
        try tmux.type("", then: "Up")
        try tmux.type("", then: "Enter")
        try tmux.waitFor("editing cell [1]")
        // The loaded code ends in a line break: the first Backspace goes back onto its last line.
        try tmux.type("", then: "BSpace", "BSpace")
        try tmux.lines("5")
        try tmux.waitFor("2 + 5 = 7")
        try tmux.lines(":save")
        try tmux.waitFor("saved \(path)")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8),
                       text.replacingOccurrences(of: "print 2 + 2\n#> 2 + 2 = 4", with: "print 2 + 5\n#> 2 + 5 = 7"))
    }

    /// Issue 11, bug 11: in a 20-column window the figure fits, so the last tick reads "200", not a cut "2".
    func testAFigureInANarrowWindowKeepsItsTickLabelsWhole() throws {
        let tmux = try TmuxSession(width: 20, height: 40)
        try tmux.waitFor("idle")
        for line in decay + ["record P.x", "run 200 dt = 0.1", "plot P.x[0]"] { try tmux.lines(line) }
        try tmux.waitFor("P.x")
        let screen = try tmux.waitFor("└")
        let rows = screen.components(separatedBy: "\n")
        let axis = try XCTUnwrap(rows.lastIndex { $0.contains("└") })
        let labels = rows[axis + 1].split(separator: " ")
        XCTAssertEqual(labels.last, "200", screen)
        XCTAssertTrue(labels.allSatisfy { ["0", "50", "100", "150", "200"].contains($0) }, screen)
    }

    /// Issue 11, bug 18: a long output line wraps between numbers, never inside one.
    func testLongOutputLinesWrapBetweenNumbers() throws {
        let tmux = try TmuxSession(width: 30, height: 40)
        try tmux.waitFor("idle")
        for line in ["system D {", " var x = 1", " dx/dt = -x", "}", "population P = D(12)", "P.x = 1.2345678 * (i + 1)", "print P.x"] {
            try tmux.lines(line)
        }
        let screen = try tmux.waitFor("14.8148136]")
        for k in 1...12 {
            let value = String(format: "%.10g", 1.2345678 * Double(k))
            XCTAssertTrue(screen.contains(value), "\(value) whole on one line:\n\(screen)")
        }
    }

    /// The question names the session file; no opens the file as saved and drops the journal.
    func testRecoveryNamesTheSessionAndNoOpensItAsSaved() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("soma-recover-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("kept.soma").path
        let saved = "# %% The sum\nprint 2 + 2\n#> 2 + 2 = 4\n"
        try Data(saved.utf8).write(to: URL(fileURLWithPath: path))
        let first = try TmuxSession([path], width: 200)
        try first.waitFor("2 + 2 = 4")
        try first.lines("print 3 + 3")
        try first.waitFor("3 + 3 = 6")
        try killProcesses(matching: ["-x", "soma"], parentOf: try first.panePID())
        try first.waitFor("EXITED 137")
        let second = try TmuxSession([path], width: 200, environment: ["XDG_STATE_HOME": first.stateFolder.path])
        try second.waitFor("the last workbench on \(path) ended without saving 2 cells: bring them back? y/n")
        try second.type("n")
        let screen = try second.waitFor("recorded outputs")
        XCTAssertTrue(screen.contains("[1] print 2 + 2") && !screen.contains("3 + 3"), screen)
        try second.type("", then: "C-d")
        try second.waitFor("EXITED 0")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), saved)
        let third = try TmuxSession([path], environment: ["XDG_STATE_HOME": first.stateFolder.path])
        let reopened = try third.waitFor("recorded outputs")
        XCTAssertFalse(reopened.contains("bring them back"), reopened)
    }

    // MARK: regressions of issue 11

    /// Typing the letters of `:quit` used to cancel the warning, so only Ctrl-D quit.
    func testQuitTwiceQuitsAfterTheUnsavedWarningAndANewCellAsksAgain() throws {
        let tmux = try TmuxSession()
        try tmux.waitFor("idle")
        try tmux.lines("print 1")
        try tmux.waitFor("1 = 1")
        try tmux.lines(":quit")
        let warned = try tmux.waitFor(":quit again quits anyway")
        XCTAssertTrue(warned.contains("unsaved changes") && warned.contains("soma │"), "asked, still running:\n\(warned)")
        try tmux.lines("print 2")
        try tmux.waitFor("2 = 2")
        try tmux.lines(":quit")
        let warnedAgain = try tmux.waitFor("unsaved changes")
        XCTAssertTrue(warnedAgain.contains("soma │"), "a cell typed after the warning is asked about again:\n\(warnedAgain)")
        try tmux.lines(":quit")
        let screen = try tmux.waitFor("EXITED 0")
        XCTAssertFalse(screen.contains("soma │"), screen)
    }

    func testOpenAsksBeforeDiscardingUnsavedCellsAndRunsTheCellsItOpens() throws {
        let tmux = try TmuxSession()
        try "# %%\nprint 6 * 7\n\n# %%\nprint 2 + 2\n".write(to: tmux.workFolder.appendingPathComponent("two.soma"), atomically: true, encoding: .utf8)
        try tmux.waitFor("idle")
        try tmux.lines("print 1")
        try tmux.waitFor("1 = 1")
        try tmux.lines(":open two.soma")
        let warned = try tmux.waitFor(":open two.soma again opens it anyway")
        XCTAssertTrue(warned.contains("[1] print 1") && !warned.contains("6 * 7"), "nothing discarded yet:\n\(warned)")
        try tmux.lines(":open two.soma")
        try tmux.waitFor("6 * 7 = 42")
        let screen = try tmux.waitFor("2 + 2 = 4")
        XCTAssertTrue(screen.contains("[1] print 6 * 7") && screen.contains("[2] print 2 + 2"), screen)
        XCTAssertFalse(screen.contains("1 = 1"), "the unsaved cell was discarded on the second :open:\n\(screen)")
    }

    /// `:clear` used to drop every output: `:export svg` found no figure and `:save` wrote bare cells.
    func testClearEmptiesTheScreenButKeepsOutputsAndFigures() throws {
        let tmux = try TmuxSession()
        try tmux.waitFor("idle")
        for line in decay + ["record P.x", "run 2 dt = 0.01", "print P.x[0]", "plot P.x"] { try tmux.lines(line) }
        try tmux.waitFor("P.x[2]")
        try tmux.lines(":clear")
        let cleared = try tmux.waitForAbsence(of: "[1] system D")
        XCTAssertFalse(containsBraille(cleared) || cleared.contains("P.x[0] ="), "the screen is clear:\n\(cleared)")
        try tmux.lines(":export svg figure.svg")
        try tmux.waitFor("wrote figure 1 to figure.svg")
        let svg = try String(contentsOf: tmux.workFolder.appendingPathComponent("figure.svg"), encoding: .utf8)
        XCTAssertTrue(svg.contains("<svg") && svg.contains("P.x"), svg)
        try tmux.lines(":save kept.soma")
        try tmux.waitFor("saved kept.soma")
        let saved = try String(contentsOf: tmux.workFolder.appendingPathComponent("kept.soma"), encoding: .utf8)
        XCTAssertTrue(saved.contains("#> ran 2 in 200 steps") && saved.contains("#> P.x[0] = 0.1353352832"), saved)
        try tmux.type("", then: "PageUp")
        try tmux.waitFor("P.x[0] = 0.1353352832")
    }

    /// `z` used to zoom another cell's figure when the selected cell had none.
    func testZoomOnASelectedCellWithoutAFigureSaysSo() throws {
        let tmux = try TmuxSession()
        try tmux.waitFor("idle")
        for line in decay + ["record P.x", "run 2 dt = 0.01", "plot P.x", "print 1"] { try tmux.lines(line) }
        try tmux.waitFor("1 = 1")
        try tmux.type("", then: "M-Up")
        try tmux.type("z")
        let screen = try tmux.waitFor("cell [6] has no figure")
        XCTAssertFalse(screen.contains("figure — any key returns"), screen)
    }

    /// The CUDA kernel used to be switched to, failing every cell; the session must stay on cpu with its state.
    func testKernelCudaIsRefusedAndTheSessionKeepsItsState() throws {
        guard CUDAProbe.missing != nil else { throw XCTSkip("this machine has a GPU, so :kernel cuda is not refused") }
        let tmux = try TmuxSession(width: 200)
        try tmux.waitFor("idle")
        for line in decay + ["run 1 dt = 0.01"] { try tmux.lines(line) }
        try tmux.waitFor("ran 1 in 100 steps")
        try tmux.lines(":kernel cuda")
        let refused = try tmux.waitFor("the CUDA kernel cannot start: ")
        XCTAssertTrue(refused.contains("the session stays on cpu"), refused)
        XCTAssertTrue(refused.contains("│ cpu │"), refused)
        try tmux.lines("print P.x[0]")
        try tmux.waitFor("P.x[0] = 0.36787")
        try tmux.lines(":kernel cpu")
        try tmux.waitFor("the kernel is already on cpu")
        try tmux.lines(":help kernel")
        let help = try tmux.waitFor(":kernel cpu")
        XCTAssertFalse(help.contains("cpu|cuda"), help)
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
        XCTAssertFalse(readme.contains("cpu|cuda"), "README does not offer :kernel cuda")
    }

    /// The "interrupting" notice used to stay after the cell had reported its interruption.
    func testTheInterruptingNoticeGoesWhenTheCellReports() throws {
        let tmux = try TmuxSession()
        try tmux.waitFor("idle")
        for line in decay + ["run 100000 dt = 0.001"] { try tmux.lines(line) }
        try tmux.waitFor("running")
        try tmux.type("", then: "C-c")
        try tmux.waitFor("interrupted at t =")
        let screen = try tmux.waitForAbsence(of: "interrupting:")
        XCTAssertTrue(screen.contains("idle"), screen)
    }

    /// Issue 11, bug 21: while the kernel builds a large figure the status line says so, and the figure follows.
    func testTheStatusLineSaysAFigureIsBeingPrepared() throws {
        let tmux = try TmuxSession()
        try tmux.waitFor("idle")
        for line in ["system D {", " var x = 1", " dx/dt = -x", "}", "population P = D(40)", "record P.x", "run 200 dt = 0.001"] {
            try tmux.lines(line)
        }
        try tmux.waitFor("ran 200 in 200000 steps", timeout: 60)
        try tmux.waitFor("idle", timeout: 60)
        try tmux.lines("plot P.x")
        try tmux.waitFor("preparing figure…", timeout: 30)
        let screen = try tmux.waitFor("idle", timeout: 120)
        XCTAssertTrue(containsBraille(screen), screen)
    }

    /// Up used to recall a multi-line cell flattened onto one line, which then failed to parse.
    func testUpRecallsAMultiLineCellWithItsNewlinesAcrossSessions() throws {
        let system = decay.prefix(4).joined(separator: "\n...: ")
        let first = try TmuxSession()
        try first.waitFor("idle")
        try first.lines("print 3")
        for line in decay.prefix(4) { try first.lines(line) }
        try first.waitFor("[3]:")
        try first.type("", then: "Up")
        try first.waitFor("[3]: \(system)")
        try first.type("", then: "Up")
        let earlier = try first.waitFor("[3]: print 3")
        XCTAssertFalse(earlier.contains("...:"), "the next recall replaces the whole cell:\n\(earlier)")
        try first.type("", then: "Down")
        try first.waitFor("[3]: \(system)")
        try first.type("", then: "Down")
        try first.waitForAbsence(of: "...:")
        try first.type("", then: "C-d")
        try first.type("", then: "C-d")
        try first.waitFor("EXITED 0")
        let second = try TmuxSession(environment: ["XDG_STATE_HOME": first.stateFolder.path])
        try second.waitFor("idle")
        try second.type("", then: "Up")
        try second.waitFor("[1]: \(system)")
        try second.type("", then: "Enter")
        try second.lines("population P = D(2)", "print P.x")
        let screen = try second.waitFor("P.x = [1, 1]")
        XCTAssertTrue(screen.contains("[1] system D {\n     var x = 1") && !screen.contains("error"), screen)
    }

    /// Help used to be cut at the screen's edge and height, and `:help WORD` showed lone lines without their explanations.
    func testHelpScrollsWrapsAndShowsWholeEntries() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        try tmux.waitFor("idle")
        try tmux.lines(":help")
        let top = try tmux.waitFor("PgUp/PgDn scroll")
        XCTAssertTrue(top.contains("Soma — type model statements") && !top.contains("Synapse library"), top)
        try tmux.type("", then: "PageDown")
        let next = try tmux.waitForAbsence(of: "Soma — type model statements")
        XCTAssertTrue(next.contains("help — lines"), next)
        try tmux.type("", then: "End")
        try tmux.waitFor("Model library (population")
        try tmux.type("", then: "Home")
        try tmux.waitFor("Soma — type model statements")
        try tmux.type("q")
        try tmux.waitFor("soma │")
        try tmux.lines(":help fanin")
        let entry = try tmux.waitFor("w and delay: constants")
        XCTAssertTrue(entry.contains("Language") && entry.contains("connect A -> B, C.Isyn using"), "the entry with its title:\n\(entry)")
        XCTAssertFalse(entry.contains("Ctrl-A Ctrl-E") || entry.contains("neuron NAME {"), "only the entry that mentions fanin:\n\(entry)")
        try tmux.type("q")
        try tmux.lines(":help synapse NAME")
        let wrapped = try tmux.waitFor("per post: one per target")
        XCTAssertTrue(wrapped.contains("V_post)"), "the line's end wraps onto the next screen line:\n\(wrapped)")
    }
}
