import Language
import Symbolic

/// What a name means where an expression is resolved.
package struct Scope {
    package enum Meaning {
        /// A symbol read at run time (variable, parameter, input, t, i, N).
        case symbol(Dimension)
        /// A name that stands for an expression (an intermediate, or a value known now).
        case expression(Expr, Dimension)
        /// A name that exists but may not be read here; the problem says why.
        case unavailable(Problem)
    }

    private var names: [String: Meaning] = [:]
    /// Resolves names on demand (intermediates, resolved lazily so they may be written in any order).
    var fallback: ((String, SourceRange) throws -> Meaning?)?
    /// Resolves `X(t - d)`, a state read at a past time, where the scope allows it.
    var delayedRead: ((String, [Expression], SourceRange) throws -> Meaning?)?

    package subscript(name: String) -> Meaning? {
        get { names[name] }
        set { names[name] = newValue }
    }

    func meaning(of name: String, at range: SourceRange) throws -> Meaning? {
        if let meaning = names[name] { return meaning }
        return try fallback?(name, range)
    }

    var knownNames: [String] { Array(names.keys) }

    package init(fallback: ((String, SourceRange) throws -> Meaning?)? = nil) {
        self.fallback = fallback
    }
}
