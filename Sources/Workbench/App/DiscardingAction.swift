/// A command that would throw away unsaved changes. It goes ahead when it is
/// given twice in a row, so that one slip of the keyboard never loses work.
enum DiscardingAction: Equatable {
    case quit
    case open(path: String)

    /// How to go ahead anyway, for the warning.
    var repeatHint: String {
        switch self {
        case .quit: return "Ctrl-D or :quit again quits anyway"
        case .open(let path): return ":open \(path) again opens it anyway"
        }
    }
}
