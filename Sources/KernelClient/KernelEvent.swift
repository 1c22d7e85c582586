import Foundation
import Kernel

/// What a kernel process reports to the workbench, in arrival order.
/// Every `execute` id ends with exactly one `done`, or is listed in `died`.
public enum KernelEvent: Sendable {
    /// The kernel has started and speaks protocol `version`.
    case ready(version: String, device: String)
    case progress(id: Int, done: Int64, total: Int64, note: String? = nil)
    /// The cell is building a figure; its next output ends that.
    case preparingFigure(id: Int)
    case output(id: Int, Output)
    case completions(id: Int, index: CompletionIndex)
    case done(id: Int, seconds: Double)
    /// A frame one side could not understand; the kernel is still running.
    case protocolError(String)
    /// The kernel ended without being asked to; `unfinished` are the cells it
    /// never finished. `restart()` starts a fresh one.
    case died(KernelExit, unfinished: [Int])
}

/// How a kernel process ended, in words for the workbench to show.
public enum KernelExit: Sendable, Equatable, CustomStringConvertible {
    case exited(status: Int32)
    case killed(signal: Int32)

    public var description: String {
        switch self {
        case .exited(let status): return "the kernel exited with status \(status)"
        case .killed(let signal): return "the kernel was killed by signal \(signal) (\(Self.name(of: signal)))"
        }
    }

    /// Plain words for the signals a crashing or killed kernel gets.
    static func name(of signal: Int32) -> String {
        switch signal {
        case SIGSEGV: return "segmentation fault"
        case SIGBUS: return "bus error"
        case SIGILL: return "illegal instruction, as from a runtime trap"
        case SIGFPE: return "arithmetic exception"
        case SIGABRT: return "aborted"
        case SIGKILL: return "killed"
        case SIGTERM: return "terminated"
        case SIGINT: return "interrupted"
        case SIGTRAP: return "trace trap"
        default: return strsignal(signal).map { String(cString: $0).lowercased() } ?? "unknown signal"
        }
    }
}
