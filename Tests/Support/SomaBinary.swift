import Foundation

/// The `soma` that `swift build` put in the products directory, beside the test bundle.
public enum SomaBinary {
    public static var path: String {
        let products = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        return products.appendingPathComponent("soma").path
    }

    public static var isBuilt: Bool { FileManager.default.isExecutableFile(atPath: path) }

    /// Runs `soma` with arguments; returns its exit status and its standard output and error together.
    /// Its cache and state folders are private (`PrivateFolders.shared`) unless `environment` sets folders of its
    /// own; an XDG folder merely inherited from the user's environment is replaced.
    public static func run(_ arguments: [String], environment: [String: String]? = nil) throws -> (status: Int32, output: String) {
        let inherited = ProcessInfo.processInfo.environment
        var environment = environment ?? inherited
        for (key, folder) in PrivateFolders.environment(in: PrivateFolders.shared, base: [:]) where environment[key] == inherited[key] {
            environment[key] = folder
        }
        return try Command.run(path, arguments, environment: environment)
    }
}
