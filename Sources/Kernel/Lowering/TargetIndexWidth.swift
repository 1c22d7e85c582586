/// The bytes that hold one synapse's target index: the fewest that number every neuron of the target
/// population — 2 up to 65 536 neurons, 3 up to 2²⁴, else 4. The code of a projection (its C type of
/// `columns`) and the list drawn for it both take the width from the target's size, so they agree; a
/// narrower index is the same number in fewer bytes, so delivery adds the same values in the same order.
public enum TargetIndexWidth: Int, Sendable, Hashable {
    case two = 2, three = 3, four = 4

    public init(targets: Int) {
        self = targets <= 1 << 16 ? .two : targets <= 1 << 24 ? .three : .four
    }
}
