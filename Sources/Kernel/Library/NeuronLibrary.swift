import Language
import Model

/// The neurons, systems and rate models shipped with Soma, written in Soma's own language and
/// usable by name in `population P = NAME(N)` without a definition; a user's model of the same name wins.
public enum NeuronLibrary {
    /// The library's text, one group of definitions per file.
    static let sources = [integrateAndFire, conductance, rateModels, fractional]

    /// Every library model, composed and resolved once on first use.
    public static let models: [String: NeuronModel] = {
        var models: [String: NeuronModel] = [:]
        for source in sources {
            // The library is fixed text that the tests parse and resolve, so a failure here is a bug in Soma itself.
            for case .model(let declaration) in try! Parser.parse(source) {
                models[declaration.name] = try! ModelResolver.resolve(ChannelLibrary.composer().compose(declaration))
            }
        }
        return models
    }()

    public static var names: [String] { models.keys.sorted() }

    /// `:help NAME` for a library model or channel: its text as the library writes it, the
    /// comment with its reference first, then its parameters with units and its equations.
    public static func help(_ name: String) -> [String]? {
        for source in sources + ChannelLibrary.sources {
            guard let statements = try? Parser.parse(source) else { continue }
            for statement in statements where LibraryText.name(of: statement) == name {
                return LibraryText.definition(at: statement.range, in: source)
            }
        }
        return nil
    }
}

/// Pieces of the library's text.
enum LibraryText {
    /// The lines of a definition at `range`, with the comment lines right above it.
    static func definition(at range: SourceRange, in source: String) -> [String] {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var first = range.start.line - 1
        while first > 0, lines[first - 1].hasPrefix("#") { first -= 1 }
        return Array(lines[first..<min(range.end.line, lines.count)])
    }

    static func name(of statement: Statement) -> String? {
        switch statement {
        case .model(let declaration): return declaration.name
        case .channel(let declaration): return declaration.name
        default: return nil
        }
    }
}
