import Foundation
import Kernel

/// What sharing common subexpressions in the step code is worth: the generated C against the same
/// C with every shared value (`const real c0_3 = …;`) written back into its uses — the code the
/// step generator emitted before it shared them — each compiled by tcc and by the cc tier's
/// compiler and flags, called by ChunkHarness in interleaved rounds.
struct SharedValues {
    let contenders: [Contender]
    /// Shared values in the generated C.
    let sharedCount: Int

    init(_ c: UpdateCase) {
        let cache = CodeCache()
        let interpreter = Interpreter(cache: cache)
        execute(interpreter, c.setupCell + c.runCell(steps: 0))
        let shared = source(in: cache), population = interpreter.network.population(named: "P")!
        let state = interpreter.state.populations[0]
        let (inlined, count) = Self.inlining(shared)
        sharedCount = count
        contenders = [("shared", shared), ("inlined", inlined)].flatMap { label, text in
            let tcc = TCCBuild(source: text), cc = NativeBuild(source: text, flags: NativeToolchain.flags)
            return [("tcc, \(label)", tcc.function, tcc as AnyObject), ("cc, \(label)", cc.function, cc as AnyObject)].map { name, function, owner in
                let harness = ChunkHarness(source: text, population: population, state: state, dt: c.dtMilliseconds * 1e-3)
                return Contender(name: name) { steps in withExtendedLifetime(owner) { seconds { harness.run(function, steps: steps) } } }
            }
        }
    }

    /// The source with each shared value's definition removed and its text put in place of its name.
    static func inlining(_ source: String) -> (String, Int) {
        let definition = try! NSRegularExpression(pattern: #"^\s*const real (c\d+_\d+) = (.*);$"#)
        var values: [(name: NSRegularExpression, text: String)] = []
        var lines: [String] = []
        for original in source.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(original)
            for value in values {
                line = value.name.stringByReplacingMatches(in: line, range: NSRange(line.startIndex..., in: line),
                                                           withTemplate: NSRegularExpression.escapedTemplate(for: value.text))
            }
            let whole = NSRange(line.startIndex..., in: line)
            if let match = definition.firstMatch(in: line, range: whole) {
                let name = (line as NSString).substring(with: match.range(at: 1)), text = (line as NSString).substring(with: match.range(at: 2))
                values.append((try! NSRegularExpression(pattern: "\\b\(name)\\b"), text))
                continue
            }
            lines.append(line)
        }
        return (lines.joined(separator: "\n"), values.count)
    }
}
