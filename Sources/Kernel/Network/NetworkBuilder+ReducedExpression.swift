import Language
import Model
import Symbolic

/// `record mean(E.V - E.El)`: an expression of one population's state variables and parameters,
/// read per neuron and reduced in the generated code, one value per sample.
extension NetworkBuilder {
    struct ReducedExpression {
        var population: Int
        /// Over the model's own names (`V - El`), as the population's update reads them.
        var value: Expr
        var dimension: Dimension
        var neurons: Range<Int>
    }

    func reducedExpression(_ field: FieldReference, _ expression: Expression) throws -> ReducedExpression {
        let reads = expression.fieldReads
        let reduction = field.reduction?.rawValue ?? "mean"
        guard let first = reads.first else {
            throw Diagnostic(.syntax(expected: "a field such as P.V inside \(reduction)(...)", found: nil), at: expression.range,
                             hint: "record \(reduction)(P.V - P.El)")
        }
        let p = try network.populationIndex(first.population, at: first.range)
        if let other = reads.first(where: { $0.population != first.population }) {
            throw Diagnostic(.reductionMixesPopulations(first: first.population, other: other.population), at: other.range,
                             hint: "reduce each population on its own: record \(reduction)(\(first.population).\(first.field)), \(reduction)(\(other.population).\(other.field))")
        }
        let model = network.populations[p].model
        var scope = Scope()
        for variable in model.variables { scope[variable.name] = .symbol(variable.dimension) }
        for parameter in model.parameters { scope[parameter.name] = .symbol(parameter.dimension) }
        let typed = try ExpressionResolver(scope: scope).lower(try ownNames(expression, of: network.populations[p]))
        guard !typed.expr.isRandom else {
            throw Diagnostic(.drawsRandomNumbers(what: "a recorded expression", reason: nil), at: expression.range)
        }
        return ReducedExpression(population: p, value: typed.expr, dimension: typed.dimension,
                                 neurons: try neurons(of: reads, in: p, field))
    }

    /// The neurons every sliced field names (all of them when none is sliced).
    private func neurons(of reads: [FieldReference], in p: Int, _ field: FieldReference) throws -> Range<Int> {
        let ranges = try reads.filter { $0.slice != nil }.map { try network.indexRange($0.slice, in: p, at: $0.range) }
        guard let range = ranges.first else { return 0..<network.populations[p].size }
        guard ranges.allSatisfy({ $0 == range }) else {
            throw Diagnostic(.reductionSlicesDiffer(expression: field.field), at: field.expression?.range ?? field.range,
                             hint: "slice every field alike: \(field.reduction?.rawValue ?? "mean")(P.V[0:5] - P.El)")
        }
        return range
    }

    /// `E.V - E.El` as `V - El`: each field a state variable or parameter of E's model, and no
    /// bare name of the model (which would read a neuron's value without saying whose).
    private func ownNames(_ e: Expression, of population: NetworkPopulation) throws -> Expression {
        let model = population.model
        if let read = e.fieldReference {
            guard model.variable(read.field) != nil || model.parameter(read.field) != nil else {
                throw Diagnostic(.noSuchMember(owner: model.name, kind: "state variable or parameter", name: read.field), at: read.range,
                                 hint: "a reduced expression reads " + (model.variables.map(\.name) + model.parameters.map(\.name)).joined(separator: ", "))
            }
            return Expression(.name(read.field), read.range)
        }
        switch e.kind {
        case .number, .quantity, .string: return e
        case .name(let name):
            guard model.variable(name) == nil && model.parameter(name) == nil else {
                throw Diagnostic(.unknown(kind: "name", name: name), at: e.range, hint: "write \(population.name).\(name)")
            }
            return e
        case .member, .index: return e
        case .call(let f, let args): return Expression(.call(f, try args.map { try ownNames($0, of: population) }), e.range)
        case .unary(let op, let a): return Expression(.unary(op, try ownNames(a, of: population)), e.range)
        case .binary(let op, let a, let b):
            return Expression(.binary(op, try ownNames(a, of: population), try ownNames(b, of: population)), e.range)
        }
    }
}
