import Foundation

/// A place in a cell that takes only one kind of word, read from the text before the word.
enum CompletionContext: Equatable, Sendable {
    /// `run ... method = `
    case method
    /// `run ... precision = `
    case precision
    /// `run ... jit = `
    case jit
    /// `connect A -> B using `
    case synapse
    /// `population X = `
    case model
    /// `bifurcation M vary ` (or `vary p in [a, b], `): the parameters and inputs of M, a model or a population.
    case parameter(of: String)

    var key: String {
        switch self {
        case .method: "method"
        case .precision: "precision"
        case .jit: "jit"
        case .synapse: "using"
        case .model: "population"
        case .parameter(let model): "vary \(model)"
        }
    }

    init?(before text: String) {
        // "=" and "," are words of their own even when written without spaces around them.
        let tokens = text.replacingOccurrences(of: "=", with: " = ").replacingOccurrences(of: ",", with: " , ")
            .split(whereSeparator: \.isWhitespace).map(String.init)
        guard let last = tokens.last else { return nil }
        let beforeLast = tokens.dropLast().last
        switch (beforeLast, last) {
        case ("method", "="): self = .method
        case ("precision", "="): self = .precision
        case ("jit", "="): self = .jit
        case (_, "using"): self = .synapse
        case (_, "=") where tokens.count == 3 && tokens[0] == "population": self = .model
        case (_?, ",") where beforeLast?.hasSuffix("]") == true, (_, "vary"):
            guard let start = tokens.firstIndex(of: "bifurcation"), start + 1 < tokens.count - 1 else { return nil }
            self = .parameter(of: tokens[start + 1])
        default: return nil
        }
    }
}
