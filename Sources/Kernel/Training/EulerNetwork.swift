import CBLAS
import Support

/// A population stepped by Euler's method, x ← x + dt·f(x, a), whose neurons' accumulators a_c are dense
/// couplings W_c·s_c (of its own variables or of recorded sources), followed by its trained parameters (each
/// neuron's own value, so that the slopes give ∂f/∂p as they give ∂f/∂a), read out linearly with a bias: what
/// backpropagation through time differentiates (the discrete adjoint of these steps, Werbos 1990).
public struct EulerNetwork: Sendable {
    /// For every neuron at states x (neurons × m) with accumulators a (neurons × (C + P), the couplings' then the
    /// parameters'): f (neurons × m), ∂f/∂x (neurons × m × m, row-major) and ∂f/∂a_c (neurons × (C + P) × m).
    public typealias Slopes = @Sendable (_ x: [Double], _ accumulators: [Double]) -> (f: [Double], jacobian: [Double], accumulatorSlopes: [Double])

    public enum Source: Sendable {
        /// The population's own variable (index within a neuron's m).
        case recurrent(variable: Int)
        /// Recorded values, one row of `columns` per sample.
        case recorded(values: [Double], columns: Int)
    }

    public struct Coupling: Sendable {
        public var source: Source
        /// Neurons × source columns, row-major; the entries the mask leaves out stay 0.
        public var weights: [Double]
        public var trainable: [Bool]
        /// Steps the source is read late: the accumulator at sample k reads the source at sample k − delay (a recorded
        /// one's row 0 before its first, as a simulation's history is its initial state).
        public var delay: Int

        public init(source: Source, weights: [Double], delay: Int = 0) {
            self.source = source
            self.weights = weights
            self.delay = delay
            trainable = weights.map { $0 != 0 }
        }
    }

    public var neurons: Int
    public var variables: Int
    public var dt: Double
    /// The state at sample 0, neurons × m.
    public var initial: [Double]
    /// The states of the samples before the first, the latest last, which delayed recurrent couplings read; before
    /// what it holds, the state is `initial` (the constant history a simulation starts from).
    public var past: [Double] = []
    public var couplings: [Coupling]
    /// f and its derivatives, from which `step` is made where nothing better is given.
    public var slopes: Slopes { didSet { step = Step(slopes) } }
    /// The step and its adjoint that the passes run: generated code's (`Step`), or `slopes`' own.
    public var step: Step
    /// The variable the readout reads.
    public var readVariable: Int
    /// How its neurons spike and reset after each step; nil: they do not.
    public var spikes: SpikeRule?
    /// The trained parameters, neurons × P, which f and the spike rule read.
    public var parameters: [Double] = []

    public var parameterCount: Int { neurons == 0 ? 0 : parameters.count / neurons }
    /// OpenBLAS, for the couplings' products forward and back.
    let blas: BLAS

    /// `library`: OpenBLAS and LAPACKE, or why they could not be opened (`BLAS.process`), which this throws.
    public init(neurons: Int, variables: Int, dt: Double, initial: [Double], couplings: [Coupling], slopes: @escaping Slopes, readVariable: Int,
                library: Result<BLAS, BLAS.LoadFailure> = BLAS.process) throws(BLAS.LoadFailure) {
        blas = try library.get()
        self.neurons = neurons
        self.variables = variables
        self.dt = dt
        self.initial = initial
        self.couplings = couplings
        self.slopes = slopes
        step = Step(slopes)
        self.readVariable = readVariable
    }

    func columns(_ c: Int) -> Int {
        switch couplings[c].source {
        case .recurrent: return neurons
        case .recorded(_, let columns): return columns
        }
    }

    /// The longest delay of a coupling, in steps.
    public var longestDelay: Int { couplings.map(\.delay).max() ?? 0 }

    /// The state of sample j < `first` (the sample of `initial`): from `past`, else `initial`.
    func state(before j: Int, first: Int) -> ArraySlice<Double> {
        let width = neurons * variables, row = past.count / max(width, 1) - (first - j)
        return row >= 0 ? past[row * width..<(row + 1) * width] : initial[...]
    }

    /// Coupling c's source as the accumulator at sample k reads it, lent to `body` (a recorded row in place), given the
    /// state of sample k and `earlier`, the state of an earlier sample, which a delayed recurrent coupling reads.
    func withSource<R>(_ c: Int, sample k: Int, state: ArraySlice<Double>, earlier: (Int) -> ArraySlice<Double>,
                       _ body: (UnsafePointer<Double>) -> R) -> R {
        let delay = couplings[c].delay
        switch couplings[c].source {
        case .recurrent(let variable):
            let read = delay == 0 ? state : earlier(k - delay)
            let values = (0..<neurons).map { read[read.startIndex + $0 * variables + variable] }
            return values.withUnsafeBufferPointer { body($0.baseAddress!) }
        case .recorded(let values, let columns):
            return values.withUnsafeBufferPointer { body($0.baseAddress! + max(k - delay, 0) * columns) }
        }
    }

    /// Sample k's state one Euler step on, before any spikes, with the accumulators the step was taken with.
    func eulerStep(_ state: ArraySlice<Double>, sample k: Int, earlier: (Int) -> ArraySlice<Double> = { _ in [] })
        -> (next: [Double], accumulators: [Double]) {
        let a = accumulators(sample: k, state: state, earlier: earlier)
        var next = [Double](repeating: 0, count: state.count)
        state.withUnsafeBufferPointer { x in
            a.withUnsafeBufferPointer { a in next.withUnsafeMutableBufferPointer { step.forward(shape, x.baseAddress!, a.baseAddress!, $0.baseAddress!) } }
        }
        return (next, a)
    }

    /// What `step`'s functions need to know of the network.
    var shape: Step.Shape { Step.Shape(neurons: neurons, variables: variables, accumulators: couplings.count + parameterCount, dt: dt) }

    /// W_c·s_c for every coupling, then the parameters, neuron by neuron: neurons × (couplings + P).
    func accumulators(sample k: Int, state: ArraySlice<Double>, earlier: (Int) -> ArraySlice<Double>) -> [Double] {
        let width = couplings.count + parameterCount
        var out = [Double](repeating: 0, count: neurons * width)
        for c in couplings.indices {
            let n = columns(c)
            var product = [Double](repeating: 0, count: neurons)
            withSource(c, sample: k, state: state, earlier: earlier) { s in
                blas.dgemv(CblasRowMajor, CblasNoTrans, Int32(neurons), Int32(n), 1, couplings[c].weights, Int32(n), s, 1, 0, &product, 1)
            }
            for i in 0..<neurons { out[i * width + c] = product[i] }
        }
        for i in 0..<neurons {
            for p in 0..<parameterCount { out[i * width + couplings.count + p] = parameters[i * parameterCount + p] }
        }
        return out
    }
}
