/// A pointer the generated chunk function reads from its `slot` array, named by
/// what it points to. Codegen hands out positions (Layout); Runtime fills each
/// position with the buffer the case names (ChunkBuffers).
public enum Slot: Hashable, Sendable {
    /// The parameter block (doubles, see ParameterKey).
    case parameters
    case seed
    /// Where a non-finite value is reported: step, population, variable, neuron.
    case error
    /// Population p's state variable.
    case state(population: Int, variable: String)
    /// Per neuron (4-byte ints): the spike condition's value in the last step (bit 0) and a spike this step (bit 1).
    case previousCondition(population: Int)
    /// Per neuron (4-byte ints): the steps of its refractory period still to come.
    case refractoryLeft(population: Int)
    /// Spikes since the population was created.
    case spikeCount(population: Int)
    /// The neurons that fired in the last step, and how many, for projections.
    case fired(population: Int)
    case firedCount(population: Int)
    /// The chunk's recorded spikes: neuron, step, and how many.
    case spikeIndex(population: Int)
    case spikeStep(population: Int)
    case spikeTotal(population: Int)
    case schedule(population: Int, ScheduleField)
    /// One value per neuron of a step's stage, kept between the stages of a staged coupling
    /// (`kS_X`: a slope; `y_X`: the next stage's state that couplings read).
    case stageValues(population: Int, name: String)
    /// A delayed variable's past values, one row of N per step in a ring (`ParameterKey.historyLength` rows).
    case history(population: Int, variable: String)
    /// An adaptive method's per-neuron step size and counts of sub-steps taken and rejected.
    case stepControl(population: Int, StepControlField)
    /// The k-th `couple` weight matrix inside the population.
    case denseWeights(population: Int, index: Int)
    /// State recorder r's rows, and how many it holds.
    case record(Int)
    case recordRows(Int)
    case projection(Int, ProjectionField)
    /// A fractional variable's memory (FractionalMemory): each neuron's ring of past states
    /// (2 × window doubles), its state at the memory's start, and the scheme's weights.
    case fractionalHistory(population: Int, variable: String)
    case fractionalOrigin(population: Int, variable: String)
    case fractionalWeights(population: Int, variable: String)

    public enum ScheduleField: Hashable, Sendable {
        case steps, who, next
    }

    public enum StepControlField: Hashable, Sendable {
        case stepSize, taken, rejected
    }

    public enum ProjectionField: Hashable, Sendable {
        case rows, columns, weights, delays, last, incoming, incomingPositions, incomingSources, ring, ringCount, queue
        /// Per-synapse delays on a GPU: each ring slot's synapse positions in a fixed row of as many
        /// entries as there are synapses, counted in `ringCount` (`queue` grows with realloc, which no device has).
        case queueEvents
        /// A per-synapse variable.
        case state(String)
        /// A per-source variable, and each source's last spike that changed it.
        case sourceState(String)
        case sourceLast
    }
}
