import Integrators

/// A fractional population's past, kept across chunks and runs: per fractional variable, each
/// neuron's ring of its last `window` states (written twice, see FractionalMemoryCode), its
/// state when the memory began (Grünwald–Letnikov reads it at every step), and the scheme's
/// weights for this run.
///
/// The memory begins at the population's first run with a fractional method (the Caputo
/// derivative's t = 0) and is read on the grid of that run's dt; without a `memory` window the
/// ring grows at each run to hold every step since.
final class FractionalMemory {
    let size: Int
    let variables: [String]
    let dt: Double
    /// The step the memory began at, and the first step whose state it still holds.
    private(set) var start: Int64
    private(set) var first: Int64
    /// States each neuron's ring holds.
    private(set) var window: Int
    private(set) var history: [String: RawArray<Double>]
    let origin: [String: RawArray<Double>]
    var weights: [String: RawArray<Double>] = [:]

    init(variables: [String], size: Int, dt: Double, step: Int64) {
        self.size = size
        self.variables = variables
        self.dt = dt
        start = step
        first = step
        window = 1
        history = Dictionary(uniqueKeysWithValues: variables.map { ($0, RawArray<Double>(count: 2 * size, fill: 0)) })
        origin = Dictionary(uniqueKeysWithValues: variables.map { ($0, RawArray<Double>(count: size, fill: 0)) })
    }

    /// A copy with buffers of its own (`store`).
    init(copying other: FractionalMemory) {
        size = other.size
        variables = other.variables
        dt = other.dt
        start = other.start
        first = other.first
        window = other.window
        history = other.history.mapValues { $0.copy() }
        origin = other.origin.mapValues { $0.copy() }
        weights = other.weights.mapValues { $0.copy() }
    }

    /// Whether a run from `step` can go on from this memory: the same fractional variables, a clock that has not
    /// gone back before its start, and its dt unless it holds no past yet (another dt with a past is an error).
    func fits(_ variables: [String], dt: Double, step: Int64) -> Bool {
        variables == self.variables && step >= start && (step > start || dt == self.dt)
    }

    /// Rings of `newWindow` states for a run that begins at step `now`, keeping the states they have room for.
    func resize(to newWindow: Int, now: Int64) {
        guard newWindow != window else { return }
        let kept = max(first, now - Int64(window), now - Int64(newWindow - 1))
        for variable in variables {
            let old = history[variable]!, new = RawArray<Double>(count: 2 * size * newWindow, fill: 0)
            for i in 0..<size {
                for step in kept..<now {
                    let value = old[i * 2 * window + Int((step - start) % Int64(window))]
                    let p = Int((step - start) % Int64(newWindow))
                    new[i * 2 * newWindow + p] = value
                    new[i * 2 * newWindow + p + newWindow] = value
                }
            }
            history[variable] = new
        }
        first = max(first, now - Int64(window))
        window = newWindow
    }
}
