import Language
import Symbolic

/// `d^alpha x/dt^alpha = f`: a Caputo derivative of order alpha in (0, 1], alpha a number or a
/// dimensionless parameter.
///
/// Units: the left side is x / time^alpha. Dimensions have whole and half exponents only, so a
/// model with units may use alpha = 1/2 or 1 (a constant); any other order, or an order that is a
/// parameter, needs a model without units, where time is dimensionless and the right side has
/// the dimension of x.
extension ModelResolver {
    func resolveFractional(_ derivative: FractionalDerivative, into model: inout NeuronModel) throws {
        let binding = derivative.binding
        guard let variable = variables.first(where: { $0.name == binding.name }) else {
            throw Diagnostic(.equationForNonState(variable: binding.name), at: binding.range,
                             hint: "declare it with var \(binding.name) = <initial value>")
        }
        if model.equations.contains(where: { $0.variable == binding.name }) {
            throw Diagnostic(.second(what: "equation for \(binding.name)"), at: binding.range)
        }
        let (order, written) = try fractionalOrder(derivative)
        let rhs = try ExpressionResolver(scope: fullScope).lower(binding.value)
        guard rhs.expr.noises.isEmpty else {
            throw Diagnostic(.fractionalWithNoise(variable: binding.name), at: binding.value.range,
                             hint: "noise is integrated by the methods for ordinary equations dX/dt = ... + g * xi")
        }
        try checkNoise(of: rhs.expr, in: binding)
        let expected = try fractionalDimension(of: variable.dimension, order: order, written: written, binding: binding, at: derivative.order.range)
        guard rhs.dimension == expected || rhs.isBareZero else {
            throw Diagnostic(.fractionalUnitMismatch(variable: binding.name, order: written, left: expected, right: rhs.dimension),
                             at: binding.value.range, hint: "check the units of each term")
        }
        model.equations.append((binding.name, rhs.expr))
        model.fractionalOrders[binding.name] = order
        model.sourceRanges["d/dt \(binding.name)"] = binding.range
    }

    /// The fractional methods integrate the ordinary equations beside them by Euler without noise.
    func refuseNoiseBesideFractional(_ model: NeuronModel) throws {
        guard !model.fractionalOrders.isEmpty, let noisy = model.equations.first(where: { !$0.rhs.noises.isEmpty }) else { return }
        throw Diagnostic(.fractionalWithNoise(variable: noisy.variable), at: model.sourceRanges["d/dt \(noisy.variable)"] ?? model.range,
                         hint: "a model with fractional equations has no noise; the methods for noise integrate ordinary equations only")
    }

    /// The order as a constant or a parameter's symbol, and as written; a constant must lie in (0, 1].
    private func fractionalOrder(_ derivative: FractionalDerivative) throws -> (Expr, String) {
        let variable = derivative.binding.name, range = derivative.order.range
        switch derivative.order.kind {
        case .number(let value):
            guard value > 0, value <= 1 else {
                throw Diagnostic(.fractionalOrderInvalid(variable: variable, order: Parser.format(value), valid: "must lie in (0, 1]"), at: range)
            }
            return (.constant(value), Parser.format(value))
        case .name(let name):
            guard let parameter = parameters.first(where: { $0.name == name }) else {
                throw Diagnostic(.fractionalOrderInvalid(variable: variable, order: name, valid: "must be a number or a parameter of the model"), at: range,
                                 hint: "declare it with param \(name) = 0.8")
            }
            guard parameter.dimension.isDimensionless, parameter.value > 0, parameter.value <= 1 else {
                throw Diagnostic(.fractionalOrderInvalid(variable: variable, order: "\(name) = \(Parser.format(parameter.value))",
                                                         valid: "must be dimensionless and lie in (0, 1]"), at: range)
            }
            return (.symbol(name), name)
        default:
            throw Diagnostic(.fractionalOrderInvalid(variable: variable, order: "", valid: "must be a number or a parameter of the model"), at: range)
        }
    }

    /// x / time^alpha, where time^alpha has a dimension.
    private func fractionalDimension(of x: Dimension, order: Expr, written: String, binding: Binding, at range: SourceRange) throws -> Dimension {
        if timeDimension.isDimensionless { return x }
        switch order.constantValue {
        case 1?: return x / timeDimension
        case 0.5?: return x / timeDimension.root(2)!
        default: throw Diagnostic(.fractionalOrderWithUnits(variable: binding.name, order: written), at: range,
                                  hint: "write the model without units (a dimensionless model), or use order 1/2 or 1")
        }
    }
}

extension NeuronModel {
    /// The left side of a variable's equation as written: `dx/dt`, or `d^alpha x/dt^alpha`.
    public func derivativeText(of variable: String) -> String {
        guard let order = fractionalOrders[variable] else { return "d\(variable)/dt" }
        return "d^\(order.text) \(variable)/dt^\(order.text)"
    }
}
