import Kernel

/// The cells of a session as the workbench shows them: source, outputs, state.
struct Notebook {
    struct Cell {
        enum State { case queued, running, done, failed, notRun }
        var number: Int
        var source: String
        var outputs: [Output] = []
        var state: State = .queued
        /// Outputs recorded in the session file, shown until the cell runs again.
        var recorded = RecordedLines()
        /// Bumped on every change, so the screen lays a cell out again only when it changed.
        var revision = 0
    }

    private(set) var cells: [Cell] = []
    /// Lines typed so far for a cell that is still open (braces unbalanced, or Alt-Enter).
    var openLines: [String] = []
    var selected: Int?
    var unsaved = false

    var nextNumber: Int { (cells.last?.number ?? 0) + 1 }

    @discardableResult
    /// A typed cell (`recorded` nil) waits for the kernel; a cell loaded from a file shows what was recorded.
    mutating func append(_ source: String, recorded: RecordedLines? = nil) -> Int {
        cells.append(Cell(number: nextNumber, source: source, state: recorded == nil ? .queued : .notRun, recorded: recorded ?? RecordedLines()))
        unsaved = true
        return cells.count - 1
    }

    mutating func replace(_ index: Int, source: String) {
        cells[index].revision += 1
        cells[index].source = source
        cells[index].outputs = []
        cells[index].recorded = RecordedLines()
        cells[index].state = .queued
        unsaved = true
    }

    mutating func record(_ output: Output, in index: Int) {
        cells[index].revision += 1
        cells[index].outputs.append(output)
        if case .error = output { cells[index].state = .failed }
    }

    mutating func setState(_ state: Cell.State, of index: Int) {
        if cells[index].state == .failed, state == .done { return }
        if cells[index].state != state { cells[index].revision += 1 }
        cells[index].state = state
    }

    mutating func clearOutputs() {
        for index in cells.indices {
            cells[index].outputs = []
            cells[index].recorded = RecordedLines()
            cells[index].revision += 1
        }
    }

    mutating func removeAll() {
        cells = []
        openLines = []
        selected = nil
    }

    /// A cell stays open while `{` outnumber `}` (outside comments and strings).
    static func isComplete(_ text: String) -> Bool {
        var depth = 0, inString = false, inComment = false
        for character in text {
            switch character {
            case "\n": inComment = false
            case "\"" where !inComment: inString.toggle()
            case "#" where !inString: inComment = true
            case "{" where !inString && !inComment: depth += 1
            case "}" where !inString && !inComment: depth -= 1
            default: break
            }
        }
        return depth <= 0
    }
}
