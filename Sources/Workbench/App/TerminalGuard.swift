import CNcurses
import Foundation

/// Gives the terminal back on every way out: normal exit, and the signals that
/// would otherwise leave the shell in curses mode.
enum TerminalGuard {
    static func install() {
        for signalNumber in [SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGABRT, SIGILL, SIGFPE] {
            signal(signalNumber, restoreAndExit)
        }
        signal(SIGPIPE, SIG_IGN)
        atexit { endwin() }
    }
}

/// Not async-signal-safe in theory, but endwin only writes the terminal's reset
/// sequences, and leaving the terminal raw is worse.
private func restoreAndExit(_ signalNumber: Int32) {
    endwin()
    _exit(128 + signalNumber)
}
