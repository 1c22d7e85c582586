import Foundation
import Kernel

/// The autosave journal: written on every submitted cell, removed on a clean exit
/// or a save, offered back when the last workbench on this session did not exit cleanly.
extension Workbench {
    var journalURL: URL {
        sessionPath.map { SessionJournal.location(forSession: $0) }
            ?? SessionJournal.stateDirectory().appendingPathComponent("unsaved.journal")
    }

    /// Starts a fresh journal for the current session file; the previous one goes,
    /// since a session saved under a new name would otherwise leave its old journal
    /// to be offered to the next workbench as if it had crashed.
    func startJournal(with document: SessionDocument) {
        removeJournal()
        journal = try? SessionJournal(url: journalURL)
        journalize(.open(text: document.text, session: sessionPath.map { URL(fileURLWithPath: $0).standardizedFileURL.path }))
    }

    func journalize(_ entry: SessionJournal.Entry) {
        if journal == nil { startJournal(with: SessionDocument()) }
        do {
            try journal?.append(entry)
        } catch {
            show("the autosave journal failed (\(error)); save with :save FILE", .error)
        }
    }

    /// Asks whether to bring back what a killed workbench left in its journal; true when it asks.
    /// Nothing is opened or journalled until the answer, so a second crash still loses nothing.
    func offerRecovery() -> Bool {
        guard FileManager.default.fileExists(atPath: journalURL.path),
              let recovery = try? SessionJournal.recover(from: journalURL), !recovery.document.cells.isEmpty else { return false }
        let saved = sessionPath.flatMap { try? SessionDocument(contentsOfFile: $0) }
        guard recovery.document.cells.map(\.source) != saved?.cells.map(\.source) else { return false }
        pendingRecovery = recovery
        askAboutRecovery()
        return true
    }

    /// y brings the journal's cells back; n drops the journal and opens the session as saved.
    func answerRecovery(_ key: Key) {
        guard let recovery = pendingRecovery else { return }
        switch key {
        case .character("y"), .character("Y"):
            pendingRecovery = nil
            load(recovery.document, saved: false)
            show("recovered \(recovery.document.cells.count) cells: :rerun runs them, :save keeps them")
        case .character("n"), .character("N"):
            pendingRecovery = nil
            removeJournal()
            if let sessionPath { open(sessionPath) } else { show("left the \(recovery.document.cells.count) cells out") }
        default:
            askAboutRecovery()
        }
    }

    private func askAboutRecovery() {
        guard let recovery = pendingRecovery else { return }
        let session = recovery.session ?? "a session that was never saved"
        show("the last workbench on \(session) ended without saving \(recovery.document.cells.count) cells: bring them back? y/n", .error)
    }

    /// A clean exit leaves no journal behind.
    func removeJournal() {
        if let url = journal?.url { try? FileManager.default.removeItem(at: url) }
        journal = nil
        try? FileManager.default.removeItem(at: journalURL)
    }
}
