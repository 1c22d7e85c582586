/// A double in the parameter block the generated code reads: values that change
/// without recompiling (parameter values, constant drives, dt, sizes, record ranges).
public enum ParameterKey: Hashable, Sendable {
    case dt
    /// Time and step at the start of the run.
    case t0, s0
    case threads
    case size(population: Int)
    case parameter(population: Int, name: String)
    /// A constant drive of an input.
    case input(population: Int, name: String)
    case refractorySteps(population: Int)
    /// The rows of a population's history rings, the step its history began, and each delayed read's delay in steps.
    case historyLength(population: Int)
    case historyStart(population: Int)
    case delaySteps(population: Int, read: Int)
    /// An adaptive method's tolerances: rtol, and atol times the SI size of the variable's display unit.
    case relativeTolerance
    case absoluteTolerance(population: Int, variable: String)
    /// An entry of `exact`'s propagators: e^{A·dt} (integral false) or ∫₀^dt e^{A·s} ds (true).
    case propagator(population: Int, row: String, column: String, integral: Bool)
    /// Spikes a generator has left to emit.
    case scheduleCount(population: Int)
    case spikeCapacity(population: Int)
    case record(Int, RecordField)
    /// A projection's constant weight, and the slots of its delay ring.
    case projectionWeight(Int)
    case delaySlots(Int)
    /// A Poisson input's source count and weight, and its rate's k-th constant (`PoissonRate`).
    case poissonSources(Int)
    case poissonWeight(Int)
    case poissonRate(Int, constant: Int)
    /// A fractional population's memory: the step it began at (the Caputo derivative's start), the
    /// first step whose state it still holds, and how many states each neuron's ring holds.
    case fractionalStart(population: Int)
    case fractionalFirst(population: Int)
    case fractionalWindow(population: Int)

    public enum RecordField: Hashable, Sendable {
        case start, every, lo, hi, capacity
    }
}
