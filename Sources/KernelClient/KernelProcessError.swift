import Foundation

/// Why a kernel process could not be started.
public enum KernelProcessError: Error, Sendable, Equatable, CustomStringConvertible {
    case pipeFailed(errno: Int32)
    case spawnFailed(executable: String, errno: Int32)

    public var description: String {
        switch self {
        case .pipeFailed(let code): return "cannot create a pipe for the kernel: \(String(cString: strerror(code)))"
        case .spawnFailed(let executable, let code): return "cannot start the kernel \(executable): \(String(cString: strerror(code)))"
        }
    }
}
