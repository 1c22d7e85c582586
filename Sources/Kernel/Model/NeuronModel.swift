import Language
import Symbolic

/// A neuron or system definition after names and units are resolved.
/// Every number is in SI units (or model units, for a dimensionless model).
public struct NeuronModel: Sendable {
    public struct Parameter: Sendable {
        public var name: String
        public var value: Double
        public var dimension: Dimension
        public var unit: DisplayUnit
    }

    public struct StateVariable: Sendable {
        public var name: String
        /// Over parameters and earlier variables (their initial values).
        public var initial: Expr
        public var dimension: Dimension
        public var unit: DisplayUnit

        package init(name: String, initial: Expr, dimension: Dimension, unit: DisplayUnit) {
            self.name = name
            self.initial = initial
            self.dimension = dimension
            self.unit = unit
        }
    }

    public struct Input: Sendable {
        public var name: String
        public var defaultValue: Double
        public var dimension: Dimension
        public var unit: DisplayUnit
    }

    public struct Reset: Sendable {
        public var variable: String
        public var value: Expr

        package init(variable: String, value: Expr) {
            self.variable = variable
            self.value = value
        }
    }

    public enum Refractoriness: Sendable {
        case duration(Expr)
        case whileTrue(Expr)
    }

    public var kind: ModelKind
    public var name: String
    public var parameters: [Parameter]
    public var variables: [StateVariable]
    public var inputs: [Input]
    /// d(variable)/dt for each variable that has an equation, in declaration order.
    public var equations: [(variable: String, rhs: Expr)]
    /// The order alpha of each variable whose equation is fractional (`d^alpha x/dt^alpha`), a constant or a
    /// parameter's symbol; its right side is in `equations`.
    public var fractionalOrders: [String: Expr] = [:]
    /// The past states the equations read (`V(t - 5 ms)`), in the order first written.
    public var delays: [DelayedRead] = []
    /// `history x = …`: a variable's value before the population's first step, over t and parameters
    /// (without one, its initial value).
    public var histories: [String: Expr] = [:]
    public var spike: Expr?
    public var reset: [Reset]
    public var refractory: Refractoriness?
    /// `.time` when the model is written with units, else dimensionless model time.
    public var timeDimension: Dimension
    public var range: SourceRange
    /// Where each behaviour was written, keyed `d/dt X`, `spike`, `reset`, `refractory`: generated C points back here.
    public var sourceRanges: [String: SourceRange] = [:]

    public func parameter(_ name: String) -> Parameter? { parameters.first { $0.name == name } }
    public func variable(_ name: String) -> StateVariable? { variables.first { $0.name == name } }
    public func input(_ name: String) -> Input? { inputs.first { $0.name == name } }
    public func delayedRead(_ symbol: String) -> DelayedRead? { delays.first { $0.symbol == symbol } }

    /// The variables some delayed read reads, each once, in the order first read: those with a history ring.
    public var delayedVariables: [String] { delays.map(\.variable).reduce(into: []) { if !$0.contains($1) { $0.append($1) } } }

    /// Variables that appear in the spike condition: frozen while refractory.
    public var frozenWhileRefractory: Set<String> {
        guard case .duration = refractory, let spike else { return [] }
        return spike.symbols.intersection(variables.map(\.name))
    }

    public var timeUnit: DisplayUnit { .preferred(for: timeDimension) }
}
