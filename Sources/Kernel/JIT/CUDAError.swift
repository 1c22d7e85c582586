import Language

/// What went wrong between Soma and NVIDIA's libraries, each naming the library or call.
public enum CUDAError: Error, Sendable, Equatable {
    /// No file of `library` could be opened; `tried` lists where it looked, `reason` is dlerror's last word.
    case libraryMissing(library: String, purpose: String, tried: [String], reason: String)
    /// `library` opened but lacks `symbol` (an older release).
    case symbolMissing(library: String, symbol: String)
    /// `call` returned `code`; `message` is the library's own wording of it.
    case callFailed(call: String, code: Int32, message: String)
    /// NVRTC refused the source; `log` is its program log.
    case compileFailed(log: String)
    /// The driver works but finds no GPU.
    case noDevice

    public var problem: Problem {
        switch self {
        case .libraryMissing(let library, let purpose, let tried, let reason):
            // A missing file needs no more words than where Soma looked; any other refusal (a wrong
            // architecture, a missing dependency) is the dynamic linker's to tell.
            let places = tried.count > 1 ? " (looked for \(tried.joined(separator: ", ")))" : ""
            let why = reason.contains("No such file") ? "" : " (\(reason))"
            return .missingTool(tool: library, purpose: purpose + places + why)
        case .symbolMissing(let library, let symbol):
            return .toolFailed(tool: library, reason: "it has no \(symbol); a newer release is needed")
        case .callFailed(let call, let code, let message):
            return .toolFailed(tool: call, reason: "\(message) (error \(code))")
        case .compileFailed(let log):
            return .toolFailed(tool: "NVRTC", reason: log)
        case .noDevice:
            return .toolFailed(tool: "the CUDA driver", reason: "it finds no GPU on this machine")
        }
    }

    /// One line for a kernel that cannot start, naming what is missing.
    public var summary: String { problem.message }
}
