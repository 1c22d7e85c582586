import Foundation

/// The `soma` that `swift build` put in the products directory, beside the test bundle.
public enum SomaBinary {
    public static var path: String {
        let products = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        return products.appendingPathComponent("soma").path
    }

    public static var isBuilt: Bool { FileManager.default.isExecutableFile(atPath: path) }

    /// Runs `soma` with arguments; returns its exit status and its standard output and error together.
    public static func run(_ arguments: [String], environment: [String: String]? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
