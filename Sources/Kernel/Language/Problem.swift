/// What is wrong, as a case that carries its facts: a test or a tool (`--json`)
/// reads the facts; `Problem+Wording.swift` alone turns them into words.
///
/// The facts are plain values (names, numbers, dimensions, text as shown), never
/// types of later stages, because every stage reports through this one type.
public indirect enum Problem: Sendable, Hashable, Codable {
    // MARK: Syntax (lexer and parser)

    /// The parser wanted `expected` and met `found` (nil where nothing in particular was found).
    case syntax(expected: String, found: String?)
    /// A token the statement has no place for, `place` saying where ("in phaseplane", "at the end of the statement").
    case unexpected(found: String, place: String)
    /// A character that begins no token.
    case unexpectedCharacter(String)
    /// A number literal too large for a double.
    case numberOutOfRange(literal: String)
    /// A string literal whose closing quote is not on its line.
    case unterminatedString
    /// A `{` whose `}` never comes; `what` is the block it opened.
    case unclosed(what: String)
    /// An expression deeper than the parser follows.
    case nestedTooDeeply(limit: Int)
    /// `subject` lacks a part it cannot do without (`part` says which, and how it is written).
    case missingPart(subject: String, part: String)
    /// More of something than `rule` allows; `rule` states the allowed count.
    case wrongCount(rule: String, found: Int)
    /// Two clauses in the wrong order: `first` must come before `then`.
    case order(first: String, then: String)
    /// A name right after a number that is no unit.
    case notAUnit(name: String)
    /// An option or clause (`name`, as shown) given twice in one statement.
    case givenTwice(name: String)
    /// `labels = [...]` or `colour = [...]` with `given` names for a figure of `series` named series.
    case listCount(option: String, given: Int, series: Int)

    // MARK: Model (names, units, expressions, declarations)

    /// `subject` must have dimension `expected`; the value has `found`.
    case unitMismatch(subject: String, expected: Dimension, found: Dimension)
    /// An assignment in `block` (a reset, `on pre`) to `variable` of dimension `expected` gives a value of `found`.
    case assignmentUnitMismatch(block: String, variable: String, expected: Dimension, found: Dimension)
    /// `d<variable>/dt = …` whose sides differ.
    case equationUnitMismatch(variable: String, left: Dimension, right: Dimension)
    /// Operands of `operation` (add, subtract, compare) that must share a dimension.
    case operandsDiffer(operation: String, Dimension, Dimension)
    /// Arguments of `function` (min, max, clip, abs) that must share a dimension.
    case argumentsDiffer(function: String, Dimension, Dimension)
    /// A synapse's current that does not fit the input it adds into.
    case currentUnitMismatch(synapse: String, current: Dimension, input: String, inputDimension: Dimension)
    /// `subject` must be dimensionless; `role` names the operand where the subject is the operation (`exp`'s argument).
    case notDimensionless(subject: String, role: String?, found: Dimension)
    /// A quantity with a dimension raised to a power that is not a constant whole number.
    case nonWholePower(base: Dimension)
    /// `sqrt` of a dimension with an odd exponent.
    case noWholeRoot(of: Dimension)
    /// A refractory period that is not a duration on the model's clock (`expected` is time, or dimensionless).
    case refractoryNotDuration(expected: Dimension, found: Dimension)
    /// A name of some `kind` (model, population, synapse, run option, method, …) that nothing defines.
    case unknown(kind: String, name: String)
    /// `owner` has no `kind` (state variable, parameter, input) called `name`.
    case noSuchMember(owner: String, kind: String, name: String)
    /// A name of the network defined again; the first definition is at `firstLine`.
    case redefinition(name: String, firstLine: Int)
    /// A name declared twice in one model; the first declaration is at `firstLine`.
    case redeclaration(name: String, firstLine: Int)
    /// One of the names every model has (t, i, N, dt).
    case reservedName(name: String)
    /// A math function's name used for a declaration.
    case functionName(name: String)
    /// `name` is known but cannot be read where it is, for `reason`.
    case unreadableHere(name: String, reason: String)
    /// A coupling weight, fixed when the network is built, that reads the state `variable`.
    case fixedWeightReadsState(variable: String)
    /// A drive that reads the state `variable`; that dependence belongs in the model's equations.
    case driveReadsState(variable: String)
    /// `name` reads `reads`, which is only computed after it.
    case readsTooEarly(name: String, reads: String)
    /// `name` is defined in terms of itself: `chain` is the names being resolved, ending with `name` again.
    case circularDefinition(name: String, chain: [String])
    /// `what` must be a constant (a number with units, or constant parameters).
    case notConstant(what: String)
    /// `what` must be a comparison, like V > Vth.
    case notAComparison(what: String)
    /// A string where a number belongs.
    case stringIsNotANumber
    /// `what` (a member access, indexing) that an expression inside a model cannot use.
    case notAllowedHere(what: String)
    /// `function` called with `found` arguments; it takes `expected`.
    case wrongArgumentCount(function: String, expected: Int, found: Int)
    /// A second declaration of something a model or synapse has once (a current, a spike condition, an equation).
    case second(what: String)
    /// `feature` (spike condition, reset, refractory period) in a system, which only a neuron has.
    case neuronOnly(feature: String)
    /// A reset or refractory period (`feature`) in `model`, which has no spike condition to trigger it.
    case withoutSpikeCondition(model: String, feature: String)
    /// `d<variable>/dt` for a name that is not a state variable.
    case equationForNonState(variable: String)
    /// `rand()` or `randn()` in dX/dt: a draw per stage, not white noise.
    case randomInEquation(variable: String, function: String)
    /// White noise (`xi`) where it has no meaning: `place` names it (the spike condition, a synapse).
    case noiseNotAllowed(place: String)
    /// dX/dt multiplies or wraps its noise: it must be drift + g·xi with g free of noise.
    case noiseNotLinear(variable: String, noise: String)
    /// `X(...)` on a state variable that is not `X(t - d)`.
    case delayForm(variable: String)
    /// `history x = …` for a variable no equation reads in the past.
    case historyNeverRead(variable: String)
    /// A past state (`X(t - d)`) where it has no meaning: `place` names it.
    case delayNotAllowed(place: String)
    /// `block` (a reset, `on pre`) assigns `name`, which is not a state variable.
    case assignsNonState(block: String, name: String)
    /// `w` declared in a synapse, where it is the projection's weight.
    case weightDeclaredInSynapse
    /// A current that reads the source (`_pre`) and the per-post `variable`.
    case currentReadsPerPost(variable: String)
    /// A current that reads the per-synapse `variable`; currents sum per target neuron.
    case currentReadsPerSynapse(variable: String)
    /// `word` starts a line of a network body, which holds only statements that build.
    case notInNetworkBody(word: String)
    /// Network definition `name` instantiates itself, directly or through others.
    case recursiveNetwork(name: String)
    /// `problem` found while building instance `instance` from its definition's text.
    case inNetworkInstance(instance: String, problem: Problem)
    /// A per-synapse `variable` whose equation has no exact solution between events.
    case notExactlySolvable(variable: String)
    /// A current that reads `variable`, kept per source neuron (`per pre`).
    case currentReadsPerPre(variable: String)
    /// An `on pre` line setting the per-source `variable` from `name`, which has no single value per source neuron.
    case perPreLineReads(variable: String, name: String)
    /// An `on pre` line setting the per-source `variable` before a line that runs per synapse.
    case perPreLineNotLast(variable: String)
    /// `on post` reads or sets the per-source `variable`.
    case perPreInOnPost(variable: String)
    /// Synapse `synapse` keeps variables per source neuron, and the connect gives each synapse its own delay.
    case perPreWithSynapseDelays(synapse: String)
    /// `problem` found in the library's synapse `synapse`.
    case inLibrarySynapse(synapse: String, problem: Problem)

    // MARK: Network (populations, connections, records, run settings)

    /// `what` has a value that is not one of its valid ones: `valid` states them as the sentence
    /// goes on from `what` ("must be a whole number from 1 to 8"); `value` is given where it is shown.
    case outOfRange(what: String, value: Double?, valid: String)
    /// `what` must be a name.
    case notAName(what: String)
    /// `name` is already a population or another thing of the network.
    case alreadyDefined(name: String)
    /// A population on another clock than the network's (`withUnits` tells each side's).
    case clockMismatch(model: String, withUnits: Bool, other: String, otherModel: String, otherWithUnits: Bool)
    /// Models with units and models without in one network.
    case mixedClocks
    /// `size` neurons of `model` that need `gigabytes` of state, over half the machine's memory.
    case populationTooLarge(size: Int, model: String, gigabytes: Int)
    /// A slice of `population.field` assigned where only the whole may be.
    case partialAssignment(population: String, field: String)
    /// `what` (a drive, a weight) draws random numbers; `reason` says why it must not, where the message does.
    case drawsRandomNumbers(what: String, reason: String?)
    /// An index outside the `count` `items` (neurons, synapses) of `owner`.
    case indexOutOfRange(owner: String, items: String, count: Int)
    /// `[lower:upper]` that holds no neuron.
    case emptyIndexRange(lower: Int, upper: Int)
    /// A generator's `index` that is no neuron of `population` (`size` neurons).
    case notANeuron(index: Double, population: String, size: Int)
    /// A generator option other than times and indices.
    case generatorOptions
    /// A generator with `times` spike times and `indices` neuron indices.
    case generatorCountsDiffer(times: Int, indices: Int)
    /// `problem` found inside the text of `what` (a generator's times or indices).
    case inText(what: String, problem: Problem)
    /// A synapse that reads the weight, connected without one.
    case weightMissing(synapse: String)
    /// `rule` = `count` (fanin, fanout) needs more distinct `side` (sources, targets) than `population` offers.
    case notEnoughCandidates(rule: String, count: Int, side: String, population: String, offered: Int)
    /// one_to_one between populations of different sizes.
    case sizesDiffer(source: Int, target: Int)
    /// A projection of about `count` synapses, more than the machine holds.
    case tooManySynapses(source: String, target: String, count: Int)
    /// Drawing `source -> target` needed `gigabytes` for the target indices of `synapses` synapses, more than the machine gave.
    case synapsesOutOfMemory(source: String, target: String, synapses: Int, gigabytes: Double)
    /// Ordering the `synapses` synapses of `source -> target` by their other side (a fan-in list by source, a list by target
    /// for `on post`) needed `bytes`, more than the machine gave.
    case synapsesSortOutOfMemory(source: String, target: String, synapses: Int, bytes: Int)
    /// `population` has no input for a synapse current to add into.
    case noInput(population: String)
    /// A coupling current flows back into `population`, which has no input of `dimension`.
    case noReturnInput(population: String, dimension: Dimension)
    /// couple between two populations; it couples the neurons of one.
    case coupleAcrossTimeUnits(source: String, target: String)
    case analysisOfDrivenPopulation(population: String, source: String)
    case readoutGridsDiffer(readout: String)
    case readoutUnitsDiffer(first: String, other: String)
    case nvarTargets(readout: String)
    case noTrainingSamples(readout: String)
    case normalEquationsSingular(features: Int, samples: Int)
    case readoutNotTrained(readout: String)
    case forecastNeedsOwnSources(readout: String)
    case aheadNotWholeSamples(interval: String)
    case bpttReadout(readout: String)
    /// bptt of a spiking population without `surrogate = ...`.
    case bpttNeedsSurrogate(population: String)
    /// bptt of a spiking population whose condition is not one comparison, or which has a refractory period.
    case bpttSpikeRule(population: String)
    case bpttDelayedCoupling(population: String)
    case bpttNeedsEverySample(population: String)
    case bpttDrivenByTime(population: String, input: String)
    case bpttDrivenBySynapses(population: String)
    case bpttReadsConstant(population: String, variable: String)
    /// `train = p` of bptt names a parameter neither the equations nor the spike rule of the population's model read.
    case bpttParameterUnused(population: String, parameter: String)
    /// `loss = mse` on a task's classes, or `cross_entropy` on recorded values.
    case lossDoesNotFitTargets(loss: String)
    /// `dale = true` with a neuron whose outgoing weights have both signs.
    case daleMixedSigns(population: String, neuron: Int)
    /// `task R = ...` where R names a population or a model.
    case taskNameTaken(name: String)
    /// Training on a task whose inputs reach no input of the population the readout reads.
    case taskDrivesNothing(task: String, population: String)
    /// Training on a task a population that another population drives by couple: its recording is not a trial's.
    case taskWithRecordedCoupling(population: String, source: String)
    /// `force(feedback = ...)` of a readout with features, of several variables or of part of a population.
    case forceFeedbackReadout(readout: String)
    /// `force(feedback = Q.I)` where the readout reads another population than Q.
    case forceFeedbackElsewhere(readout: String, reads: String, target: String)
    case forceFeedbackOfSpikes(population: String)
    /// `force(feedback = ...)` into a population that another population drives by couple.
    case forceFeedbackDrivenByCouple(population: String, source: String)
    /// `force(feedback = ...)` into a population that receives synapses or Poisson input.
    case forceFeedbackDrivenBySynapses(population: String)
    /// `force(feedback = ...)` into a population with an input driven by an expression of time.
    case forceFeedbackDrivenByTime(population: String, input: String)
    case forceFeedbackDelayedCoupling(population: String)
    /// `force(feedback = ...)` where the readout or a couple reads a variable without an equation.
    case forceFeedbackReadsConstant(population: String, variable: String)
    /// couple with an index on either side; it takes whole populations.
    case coupleIndexed
    /// Dense coupling of `size` neurons; at most `limit`.
    case denseCouplingTooLarge(size: Int, limit: Int)
    /// A coupling weight of `found` where `expected` (input per unit of the variable) belongs.
    case couplingWeightUnit(expected: Dimension, found: Dimension)
    /// A coupling weight that is NaN or infinite for some pair.
    case weightNotFinite
    /// `option` given to Poisson input, which takes only w.
    case notForPoissonInput(option: String)
    /// Poisson input given more than one weight.
    case poissonWeightPerSource
    /// Poisson input through a synapse whose sources would have to exist.
    case poissonSynapseNotSupported
    /// Poisson input through an `on pre` line of `variable` that is not an increment.
    case poissonOnPreForm(variable: String)
    /// A run with no population.
    case nothingToRun
    /// A duration of `steps` steps of dt, not a whole number.
    case fractionalSteps(steps: Double)
    /// A run of `steps` steps, more than a run takes.
    case tooManySteps(steps: Double)
    /// A population used as a spike source whose model has no spike condition.
    case neverSpikes(population: String, model: String)

    /// `as NAME` on a connect that makes `count` projections, one per target.
    case oneNameManyProjections(name: String, count: Int)
    /// A projection name already given to a population or projection (`kind`).
    case nameTaken(name: String, kind: String)
    /// `record mean(P.spikes)`: a reduction over neurons takes a state variable or an input.
    case spikesNotReduced(reduction: String, population: String)
    /// `mean(E.V - I.V)`: a reduced expression reads fields of `first` and of `other`; it reduces over one population's neurons.
    case reductionMixesPopulations(first: String, other: String)
    /// `mean(E.V[0:5] - E.El[2:9])`: the fields of a reduced expression are sliced differently.
    case reductionSlicesDiffer(expression: String)
    /// No variable of `model` can be the membrane potential `role` (v_post, v_pre) stands for.
    case noMembranePotential(model: String, role: String)
    /// Several state variables in volts, none named v or V.
    case ambiguousMembranePotential(model: String, candidates: [String], role: String)

    // MARK: Run
    /// `run … method = M` where M cannot integrate the noise of `model`.
    case methodWithoutNoise(method: String, model: String)
    /// A method for one Wiener process on a model with several.
    case methodNeedsOneNoise(method: String, model: String, noises: [String])
    /// A delay shorter than the step: a stage would read the step being computed.
    case delayShorterThanStep(population: String, read: String, dt: String)
    /// A run with another dt than the runs that filed a delay equation's history.
    case historyStepChanged(population: String, previous: String)
    /// A stochastic method with several evaluation points on a population whose equations read the past.
    case methodWithDelayedNoise(method: String, population: String)
    /// A stochastic method with several evaluation points on a coupled population with noise.
    case methodWithCoupledNoise(method: String, population: String)
    /// `method = exact` on an equation that is not linear in the state with constant coefficients; `reason` says how.
    case notLinearSystem(model: String, variable: String, reason: String)
    /// An adaptive method or `exact` on a population with a coupling or a delay, which it would hold over the step.
    case methodWithoutStages(method: String, population: String, reads: String)
    /// `rtol` or `atol` on a run whose method keeps a fixed step.
    case toleranceWithoutAdaptiveMethod(option: String, method: String)

    // MARK: Fractional equations
    /// `d^top x/dt^bottom` with two different orders.
    case fractionalOrdersDiffer(variable: String, top: String, bottom: String)
    /// An order (as written, or `name = value`) that is not a dimensionless number or parameter in (0, 1].
    case fractionalOrderInvalid(variable: String, order: String, valid: String)
    /// An order other than 1/2 or 1 in a model with units, where time^alpha has no dimension.
    case fractionalOrderWithUnits(variable: String, order: String)
    /// The right side of `d^order x/dt^order` is not x / time^order.
    case fractionalUnitMismatch(variable: String, order: String, left: Dimension, right: Dimension)
    /// White noise in an equation of a model with fractional equations.
    case fractionalWithNoise(variable: String)
    /// `run … method = M` on a model with fractional equations, which M cannot integrate.
    case methodNotFractional(method: String, model: String)
    /// A run whose dt differs from the step of the memory a fractional population holds.
    case fractionalStepChanged(population: String, dt: String)
    /// An analysis (fixed points, phase plane, continuation) of a model whose equation of `variable` is fractional.
    case fractionalInAnalysis(variable: String)
    /// A fractional memory of `population` that would take `gigabytes`, more than half of the machine's memory.
    case fractionalMemoryTooLarge(population: String, gigabytes: Double)

    /// The run was interrupted at `time` (as shown, with its unit) after `done` of `steps` steps.
    case interrupted(time: String, done: Int, steps: Int)
    /// An interrupt stopped a training after batch `batch` of `batches` in epoch `epoch`; `kept` says which weights it kept and their loss.
    case trainingInterrupted(epoch: Int, batch: Int, batches: Int, kept: String)
    /// An interrupt stopped FORCE's one pass after sample `sample` of `samples`; `kept` says which weights it kept.
    case forceInterrupted(sample: Int, samples: Int, kept: String)
    /// `bptt(train_lr = ...)` without `train = p`: there are no parameters for the rate to move.
    case parameterRateWithoutParameters
    /// `population.variable[neuron]` became `value` (NaN, +Inf, -Inf) at `time` (as shown).
    case nonFinite(population: String, variable: String, neuron: Int, value: String, time: String)
    /// Sweep member `member` stopped in an earlier run at `time` (as shown), step `step`, where `population.variable[neuron]`
    /// became `value`: its values are not a continuation, so a later run does not run it on.
    case memberStopped(member: String, population: String, variable: String, neuron: Int, value: String, time: String, step: Int)
    /// A recording interval of `population.variable` that is not a whole number of steps.
    case recordingIntervalNotWholeSteps(population: String, variable: String)
    /// Delays of `source -> target` spanning `steps` steps, more than the spike buffer keeps.
    case delaysTooLong(source: String, target: String, steps: Int)
    /// A per-synapse delay of `seconds` below 0.
    case negativeDelay(source: String, target: String, seconds: Double)
    /// Per-synapse delays built for another dt (`dt` as shown).
    case delaysRounded(source: String, target: String, dt: String)
    /// A per-synapse value (w, delay) that reads `name`, which has no value per synapse.
    case noValuePerSynapse(name: String)

    // MARK: Analysis

    /// `model` has no differential equations to analyse.
    case noEquationsToAnalyse(model: String)
    /// Fixed points, phase planes and continuation of a delay equation (out of scope).
    case delayInAnalysis(model: String, read: String)
    /// `name` is none of the `known` names.
    case noneOf(name: String, known: [String])
    /// `d<variable>/dt` reads the time; analysis needs an autonomous system.
    case readsTime(variable: String)
    /// `d<variable>/dt` draws random numbers; analysis needs a deterministic system.
    case drawsRandomNumbersInAnalysis(variable: String)
    /// `d<variable>/dt` reads `name`, which has no value in the analysed system.
    case readsUnknown(variable: String, name: String)
    /// No equilibrium found for `parameter` in [low, high] (as shown, with `unit` where there is one).
    case noEquilibrium(parameter: String, low: String, high: String, unit: String)
    /// `name` is not a parameter or input of the analysed system.
    case notAParameter(name: String)
    /// `name` is not a state variable of `system` (a model's name, or "the analysed system").
    case notAStateVariable(name: String, system: String)
    /// `fix` of `name`, which is not a state variable of `model`.
    case cannotFix(model: String, name: String)
    /// `fix` on a coupled population.
    case fixInCoupledPopulation
    /// `variable` held at its steady state but it has no equation.
    case noSteadyStateEquation(variable: String)
    /// Every variable held at its steady state.
    case nothingLeftToAnalyse
    /// An interval of `variable` whose low end is not below its high end (`noun` as the statement calls it).
    case emptyInterval(noun: String, variable: String)
    /// `model` has no fixed point in the searched region.
    case noFixedPoint(model: String)
    /// A phase plane of `shown` while `model` also has `others`, which are not held.
    case unheldVariables(shown: [String], model: String, others: [String])
    /// The same variable on both axes.
    case sameAxes
    /// A starting point of `found` values for a system of `variables`.
    case startingPointSize(variables: [String], found: Int)
    /// A cycle option (`intervals`, `degree`) in a diagram that continues no cycles (two parameters).
    case cycleOptionWithoutCycles(option: String)
    /// `from branch` in a bifurcation of `model` with no earlier one-parameter diagram of it to point into.
    case noEarlierDiagram(model: String)
    /// `from orbit` in a bifurcation of `name`, which is not a population (only a population is run and recorded).
    case orbitNeedsPopulation(name: String)
    /// `from orbit`: the recording of `population` ends on no cycle; `reason` says what it ends on.
    case notPeriodic(population: String, reason: String)
    /// The corrector found no cycle near `start` (`from orbit` or `from branch`) at its parameter value.
    case noCycleNear(start: String)
    /// `from P` with population `population`, whose model `model` is not `analysed`, the one the diagram analyses.
    case startOfOtherModel(population: String, model: String, analysed: String)
    /// `from P at name = ...` where `name` is not a parameter the diagram varies.
    case notVaried(name: String)
    /// Newton found no equilibrium near `start` (`from P`) at its parameter value.
    case noEquilibriumNear(start: String)

    // MARK: Session (print, plot, export, the kernel)

    /// Spikes of `population` asked for but not recorded.
    case spikesNotRecorded(population: String)
    /// `population.field` asked for but not recorded (`someNeurons`: recorded, but not for the neurons asked for).
    case notRecorded(population: String, field: String, someNeurons: Bool)
    /// `delete name` while the populations `users` still use it.
    case inUse(name: String, users: [String])
    /// Indexing of something but `indexable`, the only thing that can be indexed there.
    case notIndexable(indexable: String)
    /// `population.input` is driven by an expression of time, so has no one value.
    case drivenByTime(population: String, input: String)
    /// A rate asked for before any time was simulated.
    case nothingSimulated
    /// `function` in print given `found` arguments; `takes` says what it takes, as shown.
    case printArguments(function: String, takes: String, found: Int)
    /// A function print does not know.
    case unknownInPrint(function: String)
    /// `what` used inside an expression; it can only be printed alone.
    case onlyOnItsOwn(what: String)
    /// `function` of arrays of different `lengths`.
    case arrayLengthsDiffer(function: String, lengths: [Int])
    /// Arrays of `left` and `right` values combined element by element.
    case arraysCannotCombine(left: Int, right: Int)
    /// export before any figure.
    case noFigure
    /// A recording that exists but has no samples until the next run.
    case noSamplesYet(what: String)
    /// A projection's synapses before the first run drew them.
    case notDrawnYet(projection: String)
    /// `plot P.spikes`: spikes are drawn as a raster.
    case spikesAsRaster
    /// `plot O.v vs P.w`: the two recordings do not pair sample for sample.
    /// `plot rate P` without `record rate(P) window T`.
    case rateNotRecorded(population: String)
    case unpairedRecordings(y: String, x: String, why: String)
    /// `path` could not be written; `reason` is the system's.
    case cannotWrite(path: String, reason: String)
    /// `xlim`/`ylim` (`option`) reaching zero or below on an axis drawn on a log scale.
    case logLimitNotPositive(option: String)
    /// A program Soma runs for `purpose` (e.g. rsvg-convert for PDF) was not found.
    case missingTool(tool: String, purpose: String)
    /// A program Soma ran failed; `reason` is what it said.
    case toolFailed(tool: String, reason: String)
    /// A cell interrupted before it began.
    case interruptedBeforeStart
    /// A device whose kernel cannot start here; `reason` names what is missing.
    case deviceUnavailable(device: String, reason: String)
    /// A part of a model the CUDA back end does not render (`feature`, e.g. spike generators).
    case cudaUnsupported(feature: String)
    /// A result the kernel could not encode; `reason` is the encoder's.
    case resultNotSent(reason: String)
    /// The kernel process ended while running a cell (`how`, e.g. its exit status).
    case kernelDied(how: String)
    /// A cell sent to a kernel that is not running.
    case kernelNotRunning

    // MARK: Text from outside Soma

    /// The C compiler refused the generated code; `output` is its message.
    case compilerRejected(output: String)
    /// An error from outside Soma, as it describes itself.
    case external(String)
}
