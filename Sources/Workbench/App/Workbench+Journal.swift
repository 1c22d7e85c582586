import Foundation
import Kernel

/// The autosave journal: written on every submitted cell, removed on a clean exit
/// or a save, read back when the last workbench on this session did not exit cleanly.
extension Workbench {
    var journalURL: URL {
        sessionPath.map { SessionJournal.location(forSession: $0) }
            ?? SessionJournal.stateDirectory().appendingPathComponent("unsaved.journal")
    }

    func startJournal(with document: SessionDocument) {
        try? FileManager.default.removeItem(at: journalURL)
        journal = try? SessionJournal(url: journalURL)
        journalize(.open(text: document.text))
    }

    func journalize(_ entry: SessionJournal.Entry) {
        if journal == nil { startJournal(with: SessionDocument()) }
        do {
            try journal?.append(entry)
        } catch {
            show("the autosave journal failed (\(error)); save with :save FILE", .error)
        }
    }

    /// Reopens what a killed workbench left in its journal; true when there was something.
    func recoverJournal() -> Bool {
        guard FileManager.default.fileExists(atPath: journalURL.path),
              let recovery = try? SessionJournal.recover(from: journalURL), !recovery.document.cells.isEmpty else { return false }
        let saved = sessionPath.flatMap { try? SessionDocument(contentsOfFile: $0) }
        guard recovery.document.cells.map(\.source) != saved?.cells.map(\.source) else { return false }
        load(recovery.document, saved: false, running: false)
        show("recovered \(recovery.document.cells.count) cells typed before the last workbench ended; :rerun runs them, :save keeps them")
        return true
    }

    /// A clean exit leaves no journal behind.
    func removeJournal() {
        journal = nil
        try? FileManager.default.removeItem(at: journalURL)
    }
}
