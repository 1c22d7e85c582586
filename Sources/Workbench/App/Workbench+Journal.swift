import Foundation
import Kernel

/// The autosave journal: written on every submitted cell, removed on a clean exit
/// or a save, offered back when the last workbench on this session did not exit cleanly.
extension Workbench {
    var journalURL: URL {
        sessionPath.map { SessionJournal.location(forSession: $0) } ?? SessionJournal.unsavedLocation()
    }

    /// Starts a fresh journal for the current session file; the previous one goes,
    /// since a session saved under a new name would otherwise leave its old journal
    /// to be offered to the next workbench as if it had crashed.
    func startJournal(with document: SessionDocument) {
        removeJournal()
        // A crash's leftover at this place was offered already; another workbench's live journal stays.
        if !SessionJournal.isInUse(journalURL) { try? FileManager.default.removeItem(at: journalURL) }
        do {
            let journal = try SessionJournal(url: journalURL)
            try journal.append(.open(text: document.text, session: sessionPath.map { URL(fileURLWithPath: $0).standardizedFileURL.path }))
            self.journal = journal
        } catch {
            show("no autosave journal (\(error)); save with :save FILE", .error)
        }
    }

    func journalize(_ entry: SessionJournal.Entry) {
        if journal == nil { startJournal(with: opened) }
        do {
            try journal?.append(entry)
        } catch {
            show("the autosave journal failed (\(error)); save with :save FILE", .error)
        }
    }

    /// Asks whether to bring back what a killed workbench left in its journal; true when it asks.
    /// Nothing is opened or journalled until the answer, so a second crash still loses nothing.
    /// Journals a live workbench holds are no crash's leftovers and are not offered.
    func offerRecovery() -> Bool {
        let candidates = sessionPath == nil ? SessionJournal.unsavedJournals() : [journalURL].filter { !SessionJournal.isInUse($0) }
        let saved = sessionPath.flatMap { try? SessionDocument(contentsOfFile: $0) }
        for url in candidates where FileManager.default.fileExists(atPath: url.path) {
            guard let recovery = try? SessionJournal.recover(from: url), !recovery.document.cells.isEmpty,
                  recovery.document.cells.map(\.source) != saved?.cells.map(\.source) else { continue }
            pendingRecovery = (url, recovery)
            askAboutRecovery()
            return true
        }
        return false
    }

    /// y brings the journal's cells back; n drops the journal and opens the session as saved.
    func answerRecovery(_ key: Key) {
        guard let (url, recovery) = pendingRecovery else { return }
        switch key {
        case .character("y"), .character("Y"):
            pendingRecovery = nil
            load(recovery.document, saved: false, running: false)
            if url != journalURL { try? FileManager.default.removeItem(at: url) }
            show("recovered \(recovery.document.cells.count) cells: :rerun runs them, :save keeps them")
        case .character("n"), .character("N"):
            pendingRecovery = nil
            try? FileManager.default.removeItem(at: url)
            if let sessionPath { open(sessionPath, running: false) } else { show("left the \(recovery.document.cells.count) cells out") }
        default:
            askAboutRecovery()
        }
    }

    private func askAboutRecovery() {
        guard let (_, recovery) = pendingRecovery else { return }
        let session = recovery.session ?? "a session that was never saved"
        show("the last workbench on \(session) ended without saving \(recovery.document.cells.count) cells: bring them back? y/n", .error)
    }

    /// A clean exit leaves no journal behind.
    func removeJournal() {
        if let url = journal?.url { try? FileManager.default.removeItem(at: url) }
        journal = nil
    }
}
