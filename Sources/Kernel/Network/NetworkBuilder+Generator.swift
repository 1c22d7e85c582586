import Language
import Library
import Model

/// `population G = generator(N, times = "1 ms, 2 ms", indices = "0, 1")`
extension NetworkBuilder {
    /// The generator in the network's time: with units when the populations before
    /// it have them, dimensionless when they have none; the first population of a
    /// network is dimensionless when its times are plain numbers.
    func generatorModel(_ declaration: PopulationDeclaration) -> NeuronModel {
        let dimensionless: Bool
        if let first = network.populations.first {
            dimensionless = first.model.timeDimension == .one
        } else if let times = declaration.overrides.first(where: { $0.name == "times" }), case .string(let text) = times.value.kind {
            dimensionless = (try? numbers(in: text, dimension: .one, what: "times", at: times.value.range))?.isEmpty == false
        } else {
            dimensionless = false
        }
        return dimensionless ? SpikeSources.dimensionlessGenerator : SpikeSources.models[SpikeSources.generator]!
    }

    func generatorSpikes(_ declaration: PopulationDeclaration, size: Int, timeDimension: Dimension) throws -> SpikeTimes {
        var lists: [String: (values: [Double], range: SourceRange)] = [:]
        for override in declaration.overrides {
            guard override.name == "times" || override.name == "indices", case .string(let text) = override.value.kind else {
                throw Diagnostic(.generatorOptions, at: override.range,
                                 hint: "generator(2, times = \"1 ms, 2.5 ms\", indices = \"0, 1\")")
            }
            let dimension = override.name == "times" ? timeDimension : .one
            lists[override.name] = (try numbers(in: text, dimension: dimension, what: override.name, at: override.value.range), override.value.range)
        }
        let times = lists["times"]?.values ?? []
        let indices = lists["indices"]?.values ?? (size == 1 ? [Double](repeating: 0, count: times.count) : [])
        guard indices.count == times.count else {
            throw Diagnostic(.generatorCountsDiffer(times: times.count, indices: indices.count),
                             at: lists["indices"]?.range ?? declaration.range, hint: "indices = \"0, 1, ...\" (may be left out when N = 1)")
        }
        if let bad = indices.first(where: { $0 != $0.rounded() || $0 < 0 || $0 >= Double(size) }) {
            throw Diagnostic(.notANeuron(index: bad, population: declaration.name, size: size), at: lists["indices"]!.range)
        }
        return SpikeTimes(times: times, indices: indices.map { Int32($0) })
    }

    /// Comma-separated constants written inside a string: `"1 ms, 2.5 ms"`.
    private func numbers(in text: String, dimension: Dimension, what: String, at range: SourceRange) throws -> [Double] {
        let (tokens, lexErrors) = Lexer.tokenize(text)
        if let error = lexErrors.first { throw Diagnostic(.inText(what: what, problem: error.problem), at: range) }
        var parser = Parser(tokens: tokens)
        var values: [Double] = []
        do {
            while !parser.isAtEnd {
                _ = parser.match(.newline)
                let e = try parser.expression()
                values.append(try ExpressionResolver.constant(e, dimension: dimension, what: "each of \(what)", scope: Scope()))
                if !parser.match(",") && !parser.isAtEnd {
                    throw Diagnostic(.syntax(expected: "',' between \(what)", found: parser.peek.description), at: parser.peek.range)
                }
            }
        } catch let inner as Diagnostic {
            throw Diagnostic(.inText(what: what, problem: inner.problem), at: range, hint: inner.hint)
        }
        return values
    }
}
