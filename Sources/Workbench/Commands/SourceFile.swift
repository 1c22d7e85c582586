import ArgumentParser
import Foundation

/// Reads a model file named on the command line, or says why not and exits 2.
enum SourceFile {
    static func read(_ path: String) throws -> String {
        guard let source = try? String(contentsOfFile: path, encoding: .utf8) else {
            FileHandle.standardError.write(Data("soma: cannot read \(path)\n".utf8))
            throw ExitCode(2)
        }
        return source
    }
}
