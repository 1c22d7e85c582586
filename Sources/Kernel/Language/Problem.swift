/// What is wrong, as a case that carries its facts: a test or a tool (`--json`)
/// reads the facts; `Problem+Wording.swift` alone turns them into words.
public enum Problem: Sendable, Hashable, Codable {
    /// `subject` must have dimension `expected`; the value has `found`.
    case unitMismatch(subject: String, expected: Dimension, found: Dimension)
    /// An assignment in `block` (a reset, `on pre`) to `variable` of dimension `expected` gives a value of `found`.
    case assignmentUnitMismatch(block: String, variable: String, expected: Dimension, found: Dimension)
    /// `d<variable>/dt = …` whose sides differ.
    case equationUnitMismatch(variable: String, left: Dimension, right: Dimension)
    /// Operands of `operation` (add, subtract, compare) that must share a dimension.
    case operandsDiffer(operation: String, Dimension, Dimension)
    /// A synapse's current that does not fit the input it adds into.
    case currentUnitMismatch(synapse: String, current: Dimension, input: String, inputDimension: Dimension)
    /// A name of some `kind` (model, population, synapse, run option, method, …) that nothing defines.
    case unknown(kind: String, name: String)
    /// `owner` has no `kind` (state variable, parameter, input) called `name`.
    case noSuchMember(owner: String, kind: String, name: String)
    case redefinition(name: String, firstLine: Int)
    case givenTwice(name: String)
    /// A population used as a spike source whose model has no spike condition.
    case neverSpikes(population: String, model: String)
    /// The parser wanted `expected` and met `found`.
    case syntax(expected: String, found: String)
    /// A problem whose facts are all in its wording.
    case stated(String)
}
