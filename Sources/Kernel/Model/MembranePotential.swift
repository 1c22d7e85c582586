import Language

/// The membrane potential a synapse reads as `v_post` (or `V_post`) from its target and `v_pre` from its source.
/// It is a role, not a spelling, so that one AMPA fits a LIF whose potential is `V` and a COBA neuron whose is `v`:
/// the model's variable named v or V, or else its only state variable in volts. Anything else must be named.
package enum MembranePotential {
    /// The spellings of the role and the side each reads.
    static let roles: [(role: String, side: String)] = [("v_post", "_post"), ("V_post", "_post"), ("v_pre", "_pre"), ("V_pre", "_pre")]

    /// The model's variable that `role` stands for, or nil when the model's own variable has that spelling (nothing to rename).
    /// Errors end with the role, so that a library synapse's ("in the library's AMPA") reads on from it.
    static func variable(of model: NeuronModel, for role: String, side: String, at range: SourceRange) throws -> NeuronModel.StateVariable? {
        let written = String(role.dropLast(side.count))
        if model.variable(written) != nil { return nil }
        if let named = model.variables.first(where: { $0.name.lowercased() == "v" }) { return named }
        let volts = model.variables.filter { $0.dimension == .voltage }
        if volts.count == 1 { return volts[0] }
        let candidates = volts.isEmpty ? "var V = ..." : volts.map(\.name).joined(separator: " or ")
        let hint = "name the membrane potential V in \(model.name) (\(candidates)): a variable named v or V is the one synapses read"
        guard volts.isEmpty else {
            throw Diagnostic(.ambiguousMembranePotential(model: model.name, candidates: volts.map(\.name), role: role), at: range, hint: hint)
        }
        throw Diagnostic(.noMembranePotential(model: model.name, role: role),
                         at: range, hint: hint)
    }
}
