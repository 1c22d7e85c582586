/// Clipping by the global norm (Pascanu, Mikolov & Bengio 2013): a spiking network's gradient has rare steps
/// hundreds of times its median (a spike that appears or vanishes), and one of them moves every weight by several
/// learning rates at once under Adam; scaled down to `norm`, it keeps its direction and loses that jump.
extension BackpropagationThroughTime.Gradient {
    /// The L2 norm over the readout's, every coupling's and the parameters' entries.
    public var norm: Double {
        (readout.reduce(0) { $0 + $1 * $1 } + couplings.reduce(0) { $0 + $1.reduce(0) { $0 + $1 * $1 } }
            + parameters.reduce(0) { $0 + $1 * $1 }).squareRoot()
    }

    /// The gradient scaled so that its norm is at most `limit`.
    public func clipped(to limit: Double) -> Self {
        let length = norm
        guard length > limit else { return self }
        let scale = limit / length
        var copy = self
        copy.readout = readout.map { $0 * scale }
        copy.couplings = couplings.map { $0.map { $0 * scale } }
        copy.parameters = parameters.map { $0 * scale }
        return copy
    }
}
