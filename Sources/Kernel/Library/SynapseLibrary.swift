import Language
import Model
import Support

/// The synapse models shipped with Soma, written in Soma's own language and
/// usable by name in `connect` without a definition; a user's `synapse` of the
/// same name wins. Conductance-based models read the target's membrane
/// potential as `v_post`: the target's v or V, or its only state variable in volts (`MembranePotential`).
public enum SynapseLibrary {
    /// The library's text, one group of definitions per file.
    static let sources = [kinetics, receptors, plasticity, electrical]

    /// Every library synapse, resolved once on first use.
    public static let models: [String: SynapseModel] = {
        var models: [String: SynapseModel] = [:]
        for source in sources {
            // The library is fixed text that the tests parse and resolve, so a failure here is a bug in Soma itself.
            for case .synapse(let declaration) in try! Parser.parse(source) {
                var model = try! SynapseResolver.resolve(declaration)
                model.isLibrary = true
                models[declaration.name] = model
            }
        }
        return models
    }()

    public static var names: [String] { models.keys.sorted() }

    /// Runs `body`, which resolves `synapse` against a connection; an error inside a library synapse's text (a name the
    /// target lacks) is reported at `range`, where the user wrote the connection, since the library's positions mean nothing there.
    package static func placing<T>(_ synapse: SynapseModel, at range: SourceRange, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let diagnostic as Diagnostic where synapse.isLibrary {
            throw Diagnostic(.inLibrarySynapse(synapse: synapse.name, problem: diagnostic.problem), at: range,
                             hint: diagnostic.hint ?? "library synapses read the target's membrane potential as v_post and the source's as v_pre; "
                                 + "define your own synapse \(synapse.name) { ... } to read anything else: it takes the library's place")
        }
    }
}

extension SynapseLibrary {
    /// `AMPA(tau_AMPA = 2 ms, E_AMPA = 0 mV)`: how to use a library synapse, with its defaults in the units it was written in.
    public static func signature(of name: String) -> String? {
        guard let model = models[name] else { return nil }
        let parameters = model.dynamics.parameters.map { p in
            let value = NumberText.readable(p.value / p.unit.scale)
            return p.unit.name.isEmpty ? "\(p.name) = \(value)" : "\(p.name) = \(value) \(p.unit.name)"
        }
        return "\(name)(\(parameters.joined(separator: ", ")))"
    }
}
