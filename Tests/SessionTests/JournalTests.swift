import XCTest
import Kernel

/// The journal keeps every typed cell through a crash.
final class JournalTests: XCTestCase {
    private let entries: [SessionJournal.Entry] = [
        .open(text: "# header\n\n# %% start\nprint 1\n#> 1 = 1\n"),
        .submit(title: nil, source: "population P = LIF(2)\n"),
        .submit(title: "with \"quotes\", a\nline break and ✓", source: "print \"# %%\"\n\n"),
        .edit(cell: 2, source: "population P = LIF(3)\n"),
        .submit(title: nil, source: "run 10 ms\nprint rate(P)\n"),
    ]

    private func writtenJournal() throws -> URL {
        let url = try temporaryFolder().appendingPathComponent("state/soma/s.journal")
        let journal = try SessionJournal(url: url)
        for entry in entries { try journal.append(entry) }
        return url
    }

    func testRecoveryRebuildsTheSession() throws {
        let recovery = try SessionJournal.recover(from: try writtenJournal())
        XCTAssertEqual(recovery.entries, entries.count)
        XCTAssertEqual(recovery.tornBytes, 0)
        XCTAssertEqual(recovery.document.header, "# header\n\n")
        XCTAssertEqual(recovery.document.cells.map(\.source),
                       ["print 1\n", "population P = LIF(3)\n", "print \"# %%\"\n\n", "run 10 ms\nprint rate(P)\n"])
        XCTAssertEqual(recovery.document.cells[0].outputs, ["1 = 1"])
        XCTAssertEqual(recovery.document.cells[2].title, "with \"quotes\", a\nline break and ✓")
        let saved = try SessionDocument(parsing: recovery.document.text)
        XCTAssertEqual(saved.text, recovery.document.text, "a recovered session saves and reads back")
        XCTAssertEqual(saved.cells.count, recovery.document.cells.count)
    }

    /// A crash while writing the last entry: cut the file at every byte of it.
    func testCrashAtEveryByteOfTheLastEntryLosesOnlyThatEntry() throws {
        let url = try writtenJournal()
        let full = try Data(contentsOf: url)
        let lastStart = full.dropLast().lastIndex(of: UInt8(ascii: "\n"))! + 1
        let complete = try SessionJournal.recover(from: url).document
        var withoutLast = complete
        withoutLast.cells.removeLast()
        for cut in lastStart..<full.count {
            try full.prefix(cut).write(to: url)
            let recovery = try SessionJournal.recover(from: url)
            XCTAssertEqual(recovery.entries, entries.count - 1, "cut at \(cut)")
            XCTAssertEqual(recovery.tornBytes, cut - lastStart)
            XCTAssertEqual(recovery.document, withoutLast, "cut at \(cut)")
        }
        try full.write(to: url)
        XCTAssertEqual(try SessionJournal.recover(from: url).document, complete)
    }

    func testReopeningCutsATornEntrySoTheNextOneIsWhole() throws {
        let url = try writtenJournal()
        let full = try Data(contentsOf: url)
        try full.dropLast(7).write(to: url)
        try SessionJournal(url: url).append(.submit(title: nil, source: "print 3\n"))
        let recovery = try SessionJournal.recover(from: url)
        XCTAssertEqual(recovery.entries, entries.count)
        XCTAssertEqual(recovery.document.cells.last?.source, "print 3\n")
    }

    func testCorruptionBeforeTheEndIsAPositionedError() throws {
        let url = try writtenJournal()
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        lines[2] = "{\"garbage\""
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try SessionJournal.recover(from: url)) { error in
            XCTAssertEqual(error as? SessionJournalError, .corruptEntry(line: 3))
        }
        let edits = try temporaryFolder().appendingPathComponent("e.journal")
        try SessionJournal(url: edits).append(.edit(cell: 4, source: ""))
        XCTAssertThrowsError(try SessionJournal.recover(from: edits)) { error in
            XCTAssertEqual(error as? SessionJournalError, .noSuchCell(line: 1, cell: 4))
        }
    }

    /// Issue 11, bug 2: recovery names the session file the journal belongs to; older journals read without it.
    func testRecoveryNamesItsSession() throws {
        let url = try temporaryFolder().appendingPathComponent("named.journal")
        let journal = try SessionJournal(url: url)
        try journal.append(.open(text: "# %%\nprint 1\n", session: "/work/a/lif.soma"))
        try journal.append(.submit(title: nil, source: "print 2\n"))
        XCTAssertEqual(try SessionJournal.recover(from: url).session, "/work/a/lif.soma")
        XCTAssertNil(try SessionJournal.recover(from: try writtenJournal()).session)
        let older = try temporaryFolder().appendingPathComponent("older.journal")
        try Data("{\"open\":{\"text\":\"# %%\\nprint 1\\n\"}}\n".utf8).write(to: older)
        let recovery = try SessionJournal.recover(from: older)
        XCTAssertNil(recovery.session)
        XCTAssertEqual(recovery.document.cells.map(\.source), ["print 1\n"])
    }

    /// A journal is locked while open: a live workbench's journal is no crash's leftover.
    func testAnOpenJournalIsInUseAndOnlyCrashedUnsavedJournalsAreListed() throws {
        let environment = ["XDG_STATE_HOME": try temporaryFolder().path]
        let live = SessionJournal.unsavedLocation(process: 101, environment: environment)
        let crashed = SessionJournal.unsavedLocation(process: 102, environment: environment)
        var journal: SessionJournal? = try SessionJournal(url: live)
        try SessionJournal(url: crashed).append(.submit(title: nil, source: "print 1\n"))
        XCTAssertTrue(SessionJournal.isInUse(live))
        XCTAssertFalse(SessionJournal.isInUse(crashed), "closed when its workbench ended")
        XCTAssertThrowsError(try SessionJournal(url: live)) { error in
            XCTAssertEqual(error as? SessionJournalError, .inUse(path: live.path))
        }
        XCTAssertEqual(SessionJournal.unsavedJournals(environment: environment), [crashed])
        XCTAssertNotNil(journal)
        journal = nil
        XCTAssertEqual(Set(SessionJournal.unsavedJournals(environment: environment)), [live, crashed])
    }

    func testStateFolderFollowsXDG() {
        XCTAssertEqual(SessionJournal.stateDirectory(environment: ["XDG_STATE_HOME": "/tmp/state", "HOME": "/home/u"]).path,
                       "/tmp/state/soma")
        XCTAssertEqual(SessionJournal.stateDirectory(environment: ["HOME": "/home/u"]).path, "/home/u/.local/state/soma")
        XCTAssertEqual(SessionJournal.stateDirectory(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/u"]).path,
                       "/home/u/.local/state/soma", "a relative XDG path is ignored, as the spec says")
        let a = SessionJournal.location(forSession: "/work/a/lif.soma", environment: ["HOME": "/home/u"])
        let b = SessionJournal.location(forSession: "/work/b/lif.soma", environment: ["HOME": "/home/u"])
        XCTAssertTrue(a.lastPathComponent.hasPrefix("lif-") && a.pathExtension == "journal")
        XCTAssertNotEqual(a, b)
    }
}
