import Foundation

/// An append-only record of what was typed in a session, so that a killed
/// terminal loses nothing (DESIGN.md, "Sessions").
///
/// Each entry is one line of JSON, written and flushed to disk before `append`
/// returns. A crash mid-write leaves at most a torn last line without its line
/// break; `recover` ignores it and opening the journal again cuts it off.
///
///     let journal = try SessionJournal(url: SessionJournal.location(forSession: "lif.soma"))
///     try journal.append(.submit(title: nil, source: "print 1 + 1\n"))
///     try SessionJournal.recover(from: journal.url).document.cells.count   // 1
public final class SessionJournal {
    public enum Entry: Sendable, Codable, Equatable {
        /// The text of the session file the session started from, and that file's
        /// absolute path (nil for a session not yet saved), so recovery can name it.
        case open(text: String, session: String? = nil)
        /// A new cell at the end.
        case submit(title: String?, source: String)
        /// New code for an earlier cell (1-based).
        case edit(cell: Int, source: String)
    }

    /// What a journal holds: the document its complete entries rebuild.
    public struct Recovery: Sendable {
        public var document: SessionDocument
        /// The absolute path of the session file the journal belongs to; nil for a session not yet saved.
        public var session: String?
        public var entries: Int
        /// Bytes of a torn last entry that were left out.
        public var tornBytes: Int
    }

    public let url: URL
    private let fd: Int32

    /// Opens (or creates) the journal for appending, cutting off a torn last entry
    /// so that the next entry starts on a line of its own. The journal stays locked
    /// while it is open, so another workbench can tell it from one left by a crash.
    public init(url: URL) throws(SessionJournalError) {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        fd = open(url.path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .file(path: url.path, errno: errno) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            close(fd)
            throw code == EWOULDBLOCK ? .inUse(path: url.path) : .file(path: url.path, errno: code)
        }
        self.url = url
        let complete = Self.completeLength(of: (try? Data(contentsOf: url)) ?? Data())
        guard ftruncate(fd, off_t(complete)) == 0 else {
            close(fd)
            throw .file(path: url.path, errno: errno)
        }
    }

    deinit { close(fd) }

    public func append(_ entry: Entry) throws(SessionJournalError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Strings and integers always encode. JSON escapes line breaks inside
        // strings, so an entry is exactly one line.
        let bytes = Array(try! encoder.encode(entry) + [UInt8(ascii: "\n")])
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, bytes.count - written) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw .file(path: url.path, errno: count < 0 ? errno : EIO) }
            written += count
        }
        guard fsync(fd) == 0 else { throw .file(path: url.path, errno: errno) }
    }

    /// Whether a live journal holds the file at `url` open: then it is no crash's leftover.
    public static func isInUse(_ url: URL) -> Bool {
        let probe = open(url.path, O_RDONLY | O_CLOEXEC)
        guard probe >= 0 else { return false }
        defer { close(probe) }
        return flock(probe, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK
    }

    /// Rebuilds the session from every complete entry in the journal at `url`.
    public static func recover(from url: URL) throws(SessionJournalError) -> Recovery {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .file(path: url.path, errno: ENOENT) }
        let complete = completeLength(of: data)
        var document = SessionDocument()
        var session: String?
        var entries = 0
        for (index, line) in data.prefix(complete).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast().enumerated() {
            guard let entry = try? JSONDecoder().decode(Entry.self, from: Data(line)) else { throw .corruptEntry(line: index + 1) }
            try apply(entry, to: &document, line: index + 1)
            if case .open(_, let path) = entry { session = path }
            entries += 1
        }
        return Recovery(document: document, session: session, entries: entries, tornBytes: data.count - complete)
    }

    private static func apply(_ entry: Entry, to document: inout SessionDocument, line: Int) throws(SessionJournalError) {
        switch entry {
        case .open(let text, _):
            do { document = try SessionDocument(parsing: text) } catch { throw .badSession(line: line, error) }
        case .submit(let title, let source):
            document.cells.append(SessionCell(title: title, source: source, spacing: "\n"))
        case .edit(let cell, let source):
            guard document.cells.indices.contains(cell - 1) else { throw .noSuchCell(line: line, cell: cell) }
            document.cells[cell - 1].source = source
        }
    }

    /// Bytes up to and including the last line break: everything after it is a torn entry.
    private static func completeLength(of data: Data) -> Int {
        data.lastIndex(of: UInt8(ascii: "\n")).map { $0 - data.startIndex + 1 } ?? 0
    }

    /// `$XDG_STATE_HOME/soma`, or `~/.local/state/soma` when it is unset or not absolute (as the XDG spec says).
    public static func stateDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(fileURLWithPath: state).appendingPathComponent("soma")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/state/soma")
    }

    /// The journal of a session not saved yet, one per workbench process, since
    /// several may be open at once; `unsavedJournals` finds those left by a crash.
    public static func unsavedLocation(process: Int32 = getpid(), environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        stateDirectory(environment: environment).appendingPathComponent("unsaved-\(process).journal")
    }

    /// Journals of unsaved sessions that no live workbench holds, newest first.
    public static func unsavedJournals(environment: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
        let folder = stateDirectory(environment: environment)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let journals = names.filter { $0.hasPrefix("unsaved") && $0.hasSuffix(".journal") }
            .map { folder.appendingPathComponent($0) }.filter { !isInUse($0) }
        let modified = { (url: URL) in (try? url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? .distantPast }
        return journals.sorted { modified($0) > modified($1) }
    }

    /// The journal for a session file: its name and a hash of its absolute path,
    /// so two `lif.soma` in different folders keep separate journals.
    public static func location(forSession path: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL
        let hash = absolute.path.utf8.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
        let name = absolute.deletingPathExtension().lastPathComponent + "-" + String(hash & 0xffff_ffff, radix: 16) + ".journal"
        return stateDirectory(environment: environment).appendingPathComponent(name)
    }
}

/// Why a journal could not be opened, written or recovered; recovery errors give the entry's line.
public enum SessionJournalError: Error, Sendable, Equatable, CustomStringConvertible {
    case file(path: String, errno: Int32)
    /// Another workbench has the journal open.
    case inUse(path: String)
    /// A complete line that is not an entry: the journal was changed by something else.
    case corruptEntry(line: Int)
    case noSuchCell(line: Int, cell: Int)
    case badSession(line: Int, SessionParseError)

    public var description: String {
        switch self {
        case .file(let path, let code): return "journal \(path): \(String(cString: strerror(code)))"
        case .inUse(let path): return "journal \(path): another workbench has this session open"
        case .corruptEntry(let line): return "journal line \(line): not a journal entry"
        case .noSuchCell(let line, let cell): return "journal line \(line): edits cell \(cell), which does not exist"
        case .badSession(let line, let error): return "journal line \(line): the opened session does not parse: \(error)"
        }
    }
}
