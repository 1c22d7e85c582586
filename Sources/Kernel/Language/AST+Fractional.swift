/// `d^alpha x/dt^alpha = expr`: the Caputo derivative of order `order` of the state variable
/// named by the binding. The order is a number or a parameter's name, written the same on both sides.
public struct FractionalDerivative: Sendable, Hashable {
    public var binding: Binding
    public var order: Expression

    public init(binding: Binding, order: Expression) {
        self.binding = binding
        self.order = order
    }
}
