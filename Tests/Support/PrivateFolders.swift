import Foundation

/// Soma's cache (cc's compiled libraries, under `$XDG_CACHE_HOME/soma`) and state (journals, under
/// `$XDG_STATE_HOME/soma`) in a temporary folder, so that a test neither reads what a user's runs left in
/// ~/.cache/soma or ~/.local/state/soma nor leaves anything there.
public enum PrivateFolders {
    /// A fresh, empty temporary folder named after `label`.
    public static func make(_ label: String) -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(getpid())-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// `base` with XDG_CACHE_HOME and XDG_STATE_HOME pointing into `folder`, and no shipped kernels (SOMA_KERNELS
    /// empty), so that a run that should compile does, whatever `make release` left beside the binary.
    public static func environment(in folder: URL, base: [String: String] = ProcessInfo.processInfo.environment) -> [String: String] {
        var environment = base
        environment["XDG_CACHE_HOME"] = folder.appendingPathComponent("cache").path
        environment["XDG_STATE_HOME"] = folder.appendingPathComponent("state").path
        environment["SOMA_KERNELS"] = ""
        return environment
    }

    /// One folder for every soma that a test process starts without folders of its own: cc's cache is keyed by
    /// the code it compiled, so sharing it within one test run changes no result, and it spares recompiling.
    public static let shared = make("soma-tests")
}
