/// The one place problems become words (DiagnosticRenderer adds where, and the hint).
extension Problem {
    /// One switch over every case, so a new case does not compile until it is worded.
    public var message: String {
        switch self {
        // MARK: Syntax
        case .syntax(let expected, let found):
            return "expected \(expected)" + (found.map { ", found \($0)" } ?? "")
        case .unexpected(let found, let place): return "unexpected \(found) \(place)"
        case .unexpectedCharacter(let character): return "unexpected character '\(character)'"
        case .numberOutOfRange(let literal): return "number '\(literal)' is out of range"
        case .unterminatedString: return "unterminated string"
        case .unclosed(let what): return "missing '}' to close \(what)"
        case .nestedTooDeeply(let limit): return "expression nested too deeply (more than \(limit) levels)"
        case .missingPart(let subject, let part): return "\(subject) needs \(part)"
        case .wrongCount(let rule, let found): return "\(rule), not \(found)"
        case .order(let first, let then): return "give \(first) before \(then)"
        case .notAUnit(let name): return "'\(name)' after a number is not a unit"
        case .givenTwice(let name): return "\(name) is given twice"
        case .listCount(let option, let given, let series):
            let what = option == "labels" ? "label" : "colour"
            return "\(given) \(what)\(given == 1 ? "" : "s") for \(series) named series: \(option) gives each series of the figure one, in order"
        // MARK: Model
        case .unitMismatch(let subject, let expected, let found):
            return "unit mismatch: \(subject) is \(expected), the value is \(found)"
        case .assignmentUnitMismatch(let block, let variable, let expected, let found):
            return "unit mismatch in \(block) of \(variable): it is \(expected), the value is \(found)"
        case .equationUnitMismatch(let variable, let left, let right):
            return "unit mismatch in d\(variable)/dt: the left side is \(left), the right side is \(right)"
        case .operandsDiffer(let operation, let a, let b):
            return "unit mismatch: cannot \(operation) \(a) and \(b)"
        case .argumentsDiffer(let function, let a, let b):
            return "\(function) needs arguments of one dimension: \(a) and \(b)"
        case .currentUnitMismatch(let synapse, let current, let input, let inputDimension):
            return "unit mismatch: the current of \(synapse) is \(current), but \(input) is \(inputDimension)"
        case .notDimensionless(let subject, let role?, let found):
            return "\(subject) needs a dimensionless \(role), not \(found)"
        case .notDimensionless(let subject, nil, let found):
            return "\(subject) must be dimensionless, not \(found)"
        case .nonWholePower(let base):
            return "a quantity with dimension \(base) can only be raised to a constant whole or half power"
        case .noWholeRoot(let dimension): return "sqrt of \(dimension) has no dimension with whole or half exponents"
        case .refractoryNotDuration(let expected, let found):
            return "a refractory period must be a \(expected == .time ? "time" : "dimensionless duration"), not \(found)"
        case .unknown(let kind, let name): return "unknown \(kind) '\(name)'"
        case .noSuchMember(let owner, let kind, let name): return "\(owner) has no \(kind) '\(name)'"
        case .redefinition(let name, let firstLine): return "redefinition of \(name) (first defined at line \(firstLine))"
        case .redeclaration(let name, let firstLine): return "redefinition of '\(name)' (first declared at line \(firstLine))"
        case .reservedName(let name): return "'\(name)' is a reserved name"
        case .functionName(let name): return "'\(name)' is a function and cannot be redefined"
        case .unreadableHere(let name, let reason): return "'\(name)' cannot be used here: \(reason)"
        case .fixedWeightReadsState(let variable): return "a weight is fixed: it cannot read the state variable \(variable)"
        case .driveReadsState(let variable):
            return "a drive cannot read the state variable \(variable): put the dependence in the model's equations"
        case .readsTooEarly(let name, let reads): return "'\(name)' reads '\(reads)', which has no value yet here"
        case .circularDefinition(let name, let chain):
            return "'\(name)' is defined in terms of itself (\(chain.joined(separator: " → ")))"
        case .notConstant(let what): return "\(what) must be a constant"
        case .notAComparison(let what): return "\(what) must be a comparison, like V > Vth"
        case .stringIsNotANumber: return "a string is not a number"
        case .notAllowedHere(let what): return "\(what) cannot be used here"
        case .wrongArgumentCount(let function, let expected, let found):
            return "\(function) takes \(expected) argument\(expected == 1 ? "" : "s"), not \(found)"
        case .second(let what): return "a second \(what)"
        case .neuronOnly(let feature):
            return feature == "spike condition" ? "a system never spikes" : "a system has no \(feature)"
        case .withoutSpikeCondition(let model, let feature):
            return "\(model) has a \(feature) but no spike condition, so it never happens"
        case .equationForNonState(let variable): return "d\(variable)/dt: '\(variable)' is not a state variable"
        case .randomInEquation(let variable, let function):
            return "d\(variable)/dt calls \(function)(), which draws a new number at every stage of the method"
        case .noiseNotAllowed(let place): return "white noise (xi) cannot appear in \(place)"
        case .noiseNotLinear(let variable, let noise): return "d\(variable)/dt is not linear in its noise \(noise)"
        case .delayForm(let variable): return "\(variable) is a state variable: \(variable)(...) reads it at a past time, t - delay"
        case .delayNotAllowed(let place): return "a past state cannot be read in \(place)"
        case .historyNeverRead(let variable): return "the history of \(variable) is never read"
        case .assignsNonState(let block, let name): return "\(block) assigns '\(name)', which is not a state variable"
        case .weightDeclaredInSynapse: return "'w' is the projection's weight and cannot be declared in a synapse"
        case .currentReadsPerPost(let variable):
            return "a current that reads the source (_pre) cannot read '\(variable)', a per-post variable"
        case .currentReadsPerSynapse(let variable):
            return "the current reads '\(variable)', a per-synapse variable: currents sum per target neuron"
        case .notInNetworkBody(let word): return "a network body cannot hold \(word)"
        case .recursiveNetwork(let name): return "network \(name) instantiates itself"
        case .inNetworkInstance(let instance, let problem): return "in network \(instance): \(problem.message)"
        case .currentReadsPerPre(let variable):
            return "the current reads '\(variable)', a per-source variable: currents sum per target neuron"
        case .perPreLineReads(let variable, let name):
            return "'\(variable)' is kept per source neuron, but its line in on pre reads '\(name)', which has no single value per source"
        case .perPreLineNotLast(let variable):
            return "on pre sets '\(variable)', kept per source neuron, before a line that runs per synapse"
        case .perPreInOnPost(let variable):
            return "on post reads or sets '\(variable)', which is kept per source neuron"
        case .perPreWithSynapseDelays(let synapse):
            return "\(synapse) keeps variables per source neuron, which need one delay for all the synapses of a source"
        case .notExactlySolvable(let variable):
            return "d\(variable)/dt must be linear in \(variable) with constant coefficients: a per-synapse variable is advanced exactly at events"
        case .inLibrarySynapse(let synapse, let problem): return "\(problem.message) in the library's \(synapse)"
        // MARK: Network
        case .outOfRange(let what, let value, let valid): return "\(what) \(valid)" + (value.map { ", not \($0)" } ?? "")
        case .notAName(let what): return "\(what) must be a name"
        case .alreadyDefined(let name): return "'\(name)' is already defined"
        case .clockMismatch(let model, let withUnits, let other, let otherModel, let otherWithUnits):
            return "\(model) is written \(Problem.units(withUnits)), but \(other) (\(otherModel)) is written \(Problem.units(otherWithUnits)): one network runs on one clock"
        case .mixedClocks: return "the network mixes models with units and dimensionless models"
        case .populationTooLarge(let size, let model, let gigabytes):
            return "\(size) neurons of \(model) need \(gigabytes) GB of state, more than half of this machine's memory"
        case .partialAssignment(let population, let field):
            return "assign the whole of \(population).\(field); use i to vary it by neuron"
        case .drawsRandomNumbers(let what, let reason): return "\(what) cannot draw random numbers" + (reason.map { " (\($0))" } ?? "")
        case .indexOutOfRange(let owner, let items, let count): return "index out of range: \(owner) has \(items) 0 to \(count - 1)"
        case .emptyIndexRange(let lower, let upper): return "empty index range [\(lower):\(upper)]"
        case .notANeuron(let index, let population, let size): return "index \(index) is not a neuron of \(population) (0 to \(size - 1))"
        case .generatorOptions: return "a generator takes times = \"...\" and indices = \"...\""
        case .generatorCountsDiffer(let times, let indices):
            return "a generator needs one index per time: \(times) times, \(indices) indices"
        case .inText(let what, let problem): return "in \(what): \(problem.message)"
        case .weightMissing(let synapse): return "\(synapse) reads the weight w: give it with w = ..."
        case .notEnoughCandidates(let rule, let count, let side, let population, let offered):
            return "\(rule) = \(count) needs \(count) distinct \(side), but \(population) offers \(offered)"
        case .sizesDiffer(let source, let target): return "one_to_one joins populations of the same size, not \(source) and \(target)"
        case .tooManySynapses(let source, let target, let count):
            return "\(source) -> \(target) would make about \(count) synapses, more than this machine can hold (or 2^31)"
        case .synapsesOutOfMemory(let source, let target, let synapses, let gigabytes):
            return "connect \(source) -> \(target): \(synapses) synapses need \(Parser.format((gigabytes * 10).rounded() / 10)) GB for their target indices, more than could be allocated"
        case .synapsesSortOutOfMemory(let source, let target, let synapses, let bytes):
            return "connect \(source) -> \(target): re-sorting \(synapses) synapses needs \(bytes) bytes, more than could be allocated"
        case .noInput(let population): return "\(population) has no input for the synapse current"
        case .noReturnInput(let population, let dimension):
            return "a coupling current flows both ways, but \(population) has no input of dimension \(dimension)"
        case .readoutGridsDiffer(let readout):
            return "\(readout): what it reads and its targets were not recorded at the same times"
        case .readoutUnitsDiffer(let first, let other):
            return "a readout's fields share one unit; these are in \(first.isEmpty ? "no unit" : first) and \(other.isEmpty ? "no unit" : other)"
        case .nvarTargets(let readout):
            return "\(readout) has nvar features, which predict the change of what it reads one sample later: train it to its own sources, one sample ahead"
        case .noTrainingSamples(let readout):
            return "no recorded samples of \(readout)'s fields lie in this window"
        case .normalEquationsSingular(let features, let samples):
            return "the normal equations are singular: \(features) features on \(samples) samples"
        case .readoutNotTrained(let readout):
            return "\(readout) has not been trained"
        case .forecastNeedsOwnSources(let readout):
            return "\(readout) does not predict what it reads, so it cannot run on its own outputs"
        case .bpttReadout(let readout):
            return "bptt trains a readout of one whole population's variable, without features; \(readout) is not one"
        case .bpttNeedsSurrogate(let population):
            return "\(population) spikes, and bptt differentiates a spike only through a surrogate of its step"
        case .bpttSpikeRule(let population):
            return "bptt differentiates spikes of one comparison (V > Vth) without a refractory period, which \(population)'s model is not"
        case .bpttDelayedCoupling(let population):
            return "training on a task's trials and force take couplings into \(population) without delays (bptt on a recorded series takes them)"
        case .bpttNeedsEverySample(let population):
            return "bptt steps \(population) from sample to sample, so its variables must be recorded at every step of a run with one dt"
        case .bpttParameterUnused(let population, let parameter):
            return "neither the equations nor the spike rule of \(population) read \(parameter), so training it would change nothing"
        case .bpttReadsConstant(let population, let variable):
            return "this couple reads \(population).\(variable), which has no equation, so bptt has no step of it to differentiate"
        case .lossDoesNotFitTargets(let loss):
            return loss == "mse" ? "loss = mse fits values, and a task's choice is a class" : "loss = cross_entropy scores classes, which only a task's choice gives"
        case .daleMixedSigns(let population, let neuron):
            return "dale = true keeps each neuron's sign, but neuron \(neuron) of \(population) has outgoing weights of both signs"
        case .taskNameTaken(let name):
            return "\(name) already names a population or a model, and a task needs a name of its own"
        case .taskDrivesNothing(let task, let population):
            return "task \(task) drives no input of \(population), so training on it would not see its trials"
        case .taskWithRecordedCoupling(let population, let source):
            return "\(population) is driven by \(source) through couple, which a trial of a task does not replay"
        case .forceFeedbackReadout(let readout):
            return "force with feedback feeds back a readout of one whole population's variable, without features; \(readout) is not one"
        case .forceFeedbackElsewhere(let readout, let reads, let target):
            return "\(readout) reads \(reads), but its feedback goes into \(target): FORCE feeds a readout back into the population it reads"
        case .forceFeedbackOfSpikes(let population):
            return "\(population) spikes; force with feedback trains a rate network (a population without spikes)"
        case .forceFeedbackDrivenByCouple(let population, let source):
            return "\(population) is driven by \(source) through couple, which force with feedback does not run alongside it"
        case .forceFeedbackDrivenBySynapses(let population):
            return "\(population) receives synapses, which force with feedback does not run alongside it; it steps a population driven by its own couplings"
        case .forceFeedbackDrivenByTime(let population, let input):
            return "\(population).\(input) is driven by an expression of time, which force with feedback does not step; give it a constant"
        case .forceFeedbackDelayedCoupling(let population):
            return "force with feedback steps couplings into \(population) without delays"
        case .forceFeedbackReadsConstant(let population, let variable):
            return "\(population).\(variable) has no equation, so force with feedback has no step of it"
        case .bpttDrivenBySynapses(let population):
            return "\(population) receives synapses, which bptt does not differentiate; it trains the couplings into a population"
        case .bpttDrivenByTime(let population, let input):
            return "\(population).\(input) is driven by an expression of time, which bptt cannot replay; drive it by a couple from a recorded population"
        case .aheadNotWholeSamples(let interval):
            return "ahead is a whole number of recorded intervals (\(interval))"
        case .analysisOfDrivenPopulation(let population, let source):
            return "\(population) is driven by \(source) through couple; analysis takes a population with only its own couplings"
        case .coupleAcrossTimeUnits(let source, let target):
            return "couple joins \(source) and \(target), whose models count time differently (one with units, one without)"
        case .coupleIndexed: return "couple takes whole populations; use i and j in the weight instead of an index"
        case .denseCouplingTooLarge(let size, let limit):
            return "dense coupling of \(size) neurons needs \(size)² weights; at most \(limit) neurons"
        case .couplingWeightUnit(let expected, let found):
            return "unit mismatch: the weight must be \(expected) (input per unit of the variable), not \(found)"
        case .weightNotFinite: return "the weight is not finite for some i, j"
        case .notForPoissonInput(let option): return "'\(option)' does not apply to Poisson input"
        case .poissonWeightPerSource: return "Poisson input takes one weight for all its sources"
        case .poissonSynapseNotSupported: return "Poisson input needs a synapse without per-synapse variables, on post or plastic w"
        case .poissonOnPreForm(let variable):
            return "Poisson input needs on pre lines of the form \(variable) += amount (an amount of w and parameters)"
        case .nothingToRun: return "nothing to run: no population exists"
        case .methodWithoutNoise(let method, let model): return "\(method) cannot integrate the noise (xi) of \(model)"
        case .notLinearSystem(let model, let variable, let reason):
            return "exact needs equations linear in the state with constant coefficients, and d\(variable)/dt of \(model) \(reason)"
        case .toleranceWithoutAdaptiveMethod(let option, let method):
            return "\(option) sets the tolerance of an adaptive method, and \(method) keeps a fixed step"
        case .methodNeedsOneNoise(let method, let model, let noises):
            return "\(method) takes one Wiener process, and \(model) has \(noises.count): \(noises.joined(separator: ", "))"
        case .fractionalOrdersDiffer(let variable, let top, let bottom):
            return "the orders of d^\(top) \(variable)/dt^\(bottom) differ"
        case .fractionalOrderInvalid(let variable, let order, let valid):
            return "the order \(order) of the fractional derivative of \(variable) \(valid)"
        case .fractionalOrderWithUnits(let variable, let order):
            return "d^\(order) \(variable)/dt^\(order) has the unit of \(variable) per time^\(order), which only orders 1/2 and 1 have in a model with units"
        case .fractionalUnitMismatch(let variable, let order, let left, let right):
            return "unit mismatch in d^\(order) \(variable)/dt^\(order): the left side is \(left), the right side is \(right)"
        case .fractionalWithNoise(let variable): return "the equation of \(variable) cannot have noise (xi) in a model with fractional equations"
        case .methodNotFractional(let method, let model): return "\(method) cannot integrate the fractional equations of \(model)"
        case .fractionalStepChanged(let population, let dt):
            return "\(population) remembers its past at dt = \(dt); a fractional memory needs the same dt in every run"
        case .fractionalInAnalysis(let variable):
            return "the equation of \(variable) is fractional: fixed points, phase planes and continuation analyse ordinary equations"
        case .fractionalMemoryTooLarge(let population, let gigabytes):
            return "the fractional memory of \(population) would take \(Parser.format((gigabytes * 10).rounded() / 10)) GB, more than half of this machine's memory"
        case .delayShorterThanStep(let population, let read, let dt):
            return "\(population) reads \(read), a delay shorter than the step dt = \(dt)"
        case .historyStepChanged(let population, let previous):
            return "the history of \(population)'s delays holds steps of \(previous); this run has another dt"
        case .methodWithDelayedNoise(let method, let population):
            return "\(method) evaluates the noise of \(population) at several points, where its past states are not read"
        case .methodWithoutStages(let method, let population, let reads):
            return "\(method) would hold \(reads) of \(population) over each step"
        case .methodWithCoupledNoise(let method, let population):
            return "\(method) evaluates the noise of \(population) at several points, where its coupling is not summed"
        case .fractionalSteps(let steps): return "the duration is not a whole number of steps of dt (\(steps) steps)"
        case .tooManySteps(let steps): return "too many steps: \(steps)"
        case .neverSpikes(let population, let model): return "\(population) never spikes: \(model) has no spike condition"
        case .oneNameManyProjections(let name, let count): return "'as \(name)' names one projection, but this connect makes \(count), one per target"
        case .nameTaken(let name, let kind): return "\(name) already names a \(kind)"
        case .spikesNotReduced(let reduction, let population):
            return "\(reduction)(\(population).spikes) has no value per sample: \(reduction) reduces a state variable or an input over the neurons"
        case .reductionMixesPopulations(let first, let other):
            return "a reduction runs over the neurons of one population, and this expression reads \(first) and \(other)"
        case .reductionSlicesDiffer(let expression):
            return "the fields of \(expression) are sliced differently: a reduction runs over one set of neurons"
        case .noMembranePotential(let model, let role):
            return "no membrane potential: \(model) has no variable v or V and no state variable in volts for \(role)"
        case .ambiguousMembranePotential(let model, let candidates, let role):
            return "ambiguous membrane potential: \(model) has \(candidates.count) state variables in volts (\(candidates.joined(separator: ", "))), none named v or V, for \(role)"
        // MARK: Run
        case .interrupted(let time, let done, let steps): return "interrupted at t = \(time) after \(done) of \(steps) steps"
        case .trainingInterrupted(let epoch, let batch, let batches, let kept):
            return "interrupted: training stopped after batch \(batch) of \(batches) in epoch \(epoch); kept \(kept)"
        case .forceInterrupted(let sample, let samples, let kept): return "interrupted: training stopped after sample \(sample) of \(samples); kept \(kept)"
        case .parameterRateWithoutParameters: return "train_lr sets the rate of trained parameters, and this bptt trains none"
        case .nonFinite(let population, let variable, let neuron, let value, let time):
            return "\(population).\(variable)[\(neuron)] became \(value) at t = \(time); the run stopped there"
        case .memberStopped(let member, let population, let variable, let neuron, let value, let time, let step):
            return "member \(member) stopped at t = \(time) (step \(step)), where \(population).\(variable)[\(neuron)] became \(value); "
                + "its values are no continuation, so it does not run on"
        case .recordingIntervalNotWholeSteps(let population, let variable):
            return "the recording interval of \(population).\(variable) is not a whole number of steps of dt"
        case .delaysTooLong(let source, let target, let steps):
            return "the delays of \(source) -> \(target) span \(steps) steps, more than the spikes in flight can be kept for"
        case .negativeDelay(let source, let target, let seconds):
            return "a per-synapse delay of \(source) -> \(target) is \(seconds) s; delays must be 0 or more"
        case .delaysRounded(let source, let target, let dt):
            return "the per-synapse delays of \(source) -> \(target) were rounded to dt = \(dt); run with that dt"
        case .noValuePerSynapse(let name): return "a per-synapse value reads '\(name)', which has no value per synapse"
        // MARK: Analysis
        case .noEquationsToAnalyse(let model): return "\(model) has no differential equations to analyse"
        case .delayInAnalysis(let model, let read):
            return "\(model) reads \(read): fixed points, phase planes and continuation of delay equations are not supported"
        case .noneOf(let name, let known): return "'\(name)' is none of " + known.joined(separator: ", ")
        case .readsTime(let variable): return "d\(variable)/dt reads the time t: analysis needs an autonomous system"
        case .drawsRandomNumbersInAnalysis(let variable):
            return "d\(variable)/dt draws random numbers: analysis needs a deterministic system"
        case .readsUnknown(let variable, let name): return "d\(variable)/dt reads '\(name)', which has no value here"
        case .noEquilibrium(let parameter, let low, let high, let unit):
            return "no equilibrium found for \(parameter) in [\(low), \(high)]" + (unit.isEmpty ? "" : " \(unit)")
        case .notAParameter(let name): return "'\(name)' is not a parameter or input of the analysed system"
        case .notAStateVariable(let name, let system): return "'\(name)' is not a state variable of \(system)"
        case .cannotFix(let model, let name): return "\(model) has no state variable '\(name)' to fix"
        case .fixInCoupledPopulation: return "fix holds a variable of one model, not of a coupled population"
        case .noSteadyStateEquation(let variable): return "\(variable) has no equation to solve for its steady state"
        case .nothingLeftToAnalyse: return "every variable is at its steady state: nothing is left to analyse"
        case .emptyInterval(let noun, let variable): return "empty \(noun): \(variable) runs from low to high"
        case .noFixedPoint(let model): return "\(model) has no fixed point in the searched region"
        case .unheldVariables(let shown, let model, let others):
            return "the phase plane shows \(shown.joined(separator: " and ")), but \(model) also has \(others.joined(separator: ", "))"
        case .sameAxes: return "x and y must be different variables"
        case .startingPointSize(let variables, let found):
            return "a starting point needs \(variables.count) value\(variables.count == 1 ? "" : "s") (\(variables.joined(separator: ", "))), not \(found)"
        case .cycleOptionWithoutCycles(let option):
            return "\(option) sets the mesh of the cycles, and a diagram in two parameters continues none"
        case .noEarlierDiagram(let model): return "no earlier diagram of \(model) in one parameter to start from"
        case .orbitNeedsPopulation(let name): return "'\(name)' is a model: from orbit starts from a population's recorded run"
        case .notPeriodic(let population, let reason): return "the recording of \(population) ends on no cycle: \(reason)"
        case .noCycleNear(let start): return "no cycle found near \(start)"
        case .startOfOtherModel(let population, let model, let analysed):
            return "\(population) is a population of \(model), not of \(analysed), the model analysed"
        case .notVaried(let name): return "'\(name)' is not a parameter the diagram varies: at sets where the start lies on it"
        case .noEquilibriumNear(let start): return "no equilibrium found near \(start)"
        // MARK: Session
        case .spikesNotRecorded(let population): return "spikes of \(population) are not recorded"
        case .notRecorded(let population, let field, let someNeurons):
            return "\(population).\(field) is not recorded\(someNeurons ? " for these neurons" : "")"
        case .inUse(let name, let users): return "\(name) is used by \(users.joined(separator: ", "))"
        case .notIndexable(let indexable): return "only \(indexable) can be indexed"
        case .drivenByTime(let population, let input): return "\(population).\(input) is driven by an expression of time"
        case .nothingSimulated: return "no time has been simulated yet: run first"
        case .printArguments(let function, let takes, _): return "\(function) takes \(takes)"
        case .unknownInPrint(let function): return "unknown function '\(function)' in print"
        case .onlyOnItsOwn(let what): return "\(what) can only be printed on its own"
        case .arrayLengthsDiffer(let function, let lengths):
            return "\(function) of arrays of different lengths (\(lengths.map(String.init).joined(separator: " and ")))"
        case .arraysCannotCombine(let left, let right): return "arrays of \(left) and \(right) values cannot be combined"
        case .noFigure: return "no figure to export yet"
        case .noSamplesYet(let what): return "\(what) has no samples yet"
        case .notDrawnYet(let projection): return "the synapses of \(projection) are drawn at the first run"
        case .spikesAsRaster: return "plot draws spikes as a raster"
        case .rateNotRecorded(let population): return "the rate of \(population) is not recorded"
        case .unpairedRecordings(let y, let x, let why): return "\(y) vs \(x) needs the same neurons sampled at the same times: \(why)"
        case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
        case .logLimitNotPositive(let option): return "\(option) must stay above zero on a log axis"
        case .missingTool(let tool, let purpose): return "\(tool) is not installed; it is needed \(purpose)"
        case .toolFailed(let tool, let reason): return "\(tool) failed: \(reason)"
        case .interruptedBeforeStart: return "interrupted before it started"
        case .deviceUnavailable(let device, let reason): return "the \(device) kernel cannot run here: \(reason)"
        case .cudaUnsupported(let feature): return "the CUDA back end does not render \(feature) yet"
        case .resultNotSent(let reason): return "this result could not be sent: \(reason)"
        case .kernelDied(let how): return "the kernel died while running this cell: \(how)"
        case .kernelNotRunning: return "the kernel is not running"
        // MARK: Text from outside Soma
        case .compilerRejected(let output): return "the C compiler (tcc) rejected the code generated for this model: \(output)"
        case .external(let text): return text
        }
    }

    private static func units(_ withUnits: Bool) -> String { withUnits ? "with units" : "without units" }
}

// MARK: - Facts

extension Problem {
    /// The facts as JSON-ready fields, beside the wording: the name of the case (`problem`) and its values.
    public var facts: [(String, FactValue)] {
        let (name, fields) = namedFacts
        return [("problem", .text(name))] + fields
    }

    public enum FactValue: Sendable, Equatable {
        case text(String)
        case number(Int)
        case real(Double)
        case dimension(Dimension)
    }

    /// The snake_case name of the case and its facts; like `message`, one switch over every case.
    private var namedFacts: (String, [(String, FactValue)]) {
        switch self {
        // MARK: Syntax
        case .syntax(let expected, let found):
            return ("syntax", [("expected", .text(expected))] + (found.map { [("found", .text($0))] } ?? []))
        case .unexpected(let found, let place): return ("unexpected", [("found", .text(found)), ("place", .text(place))])
        case .unexpectedCharacter(let character): return ("unexpected_character", [("found", .text(character))])
        case .numberOutOfRange(let literal): return ("number_out_of_range", [("literal", .text(literal))])
        case .unterminatedString: return ("unterminated_string", [])
        case .unclosed(let what): return ("unclosed", [("what", .text(what))])
        case .nestedTooDeeply(let limit): return ("nested_too_deeply", [("limit", .number(limit))])
        case .missingPart(let subject, let part): return ("missing_part", [("subject", .text(subject)), ("part", .text(part))])
        case .wrongCount(let rule, let found): return ("wrong_count", [("rule", .text(rule)), ("found", .number(found))])
        case .order(let first, let then): return ("order", [("first", .text(first)), ("then", .text(then))])
        case .notAUnit(let name): return ("not_a_unit", [("name", .text(name))])
        case .givenTwice(let name): return ("given_twice", [("name", .text(name))])
        case .listCount(let option, let given, let series):
            return ("list_count", [("option", .text(option)), ("given", .number(given)), ("series", .number(series))])
        // MARK: Model
        case .unitMismatch(let subject, let expected, let found):
            return ("unit_mismatch", [("subject", .text(subject)), ("expected", .dimension(expected)), ("found", .dimension(found))])
        case .assignmentUnitMismatch(let block, let variable, let expected, let found):
            return ("unit_mismatch", [("subject", .text("\(block) of \(variable)")), ("expected", .dimension(expected)), ("found", .dimension(found))])
        case .equationUnitMismatch(let variable, let left, let right):
            return ("unit_mismatch", [("subject", .text("d\(variable)/dt")), ("expected", .dimension(left)), ("found", .dimension(right))])
        case .operandsDiffer(let operation, let a, let b):
            return ("operands_differ", [("operation", .text(operation)), ("left", .dimension(a)), ("right", .dimension(b))])
        case .argumentsDiffer(let function, let a, let b):
            return ("arguments_differ", [("function", .text(function)), ("left", .dimension(a)), ("right", .dimension(b))])
        case .currentUnitMismatch(let synapse, let current, let input, let inputDimension):
            return ("unit_mismatch", [("subject", .text("the current of \(synapse) into \(input)")),
                                      ("expected", .dimension(inputDimension)), ("found", .dimension(current))])
        case .notDimensionless(let subject, let role, let found):
            return ("not_dimensionless", [("subject", .text(subject))] + (role.map { [("role", .text($0))] } ?? []) + [("found", .dimension(found))])
        case .nonWholePower(let base): return ("non_whole_power", [("base", .dimension(base))])
        case .noWholeRoot(let dimension): return ("no_whole_root", [("of", .dimension(dimension))])
        case .refractoryNotDuration(let expected, let found):
            return ("unit_mismatch", [("subject", .text("the refractory period")), ("expected", .dimension(expected)), ("found", .dimension(found))])
        case .unknown(let kind, let name): return ("unknown", [("what", .text(kind)), ("name", .text(name))])
        case .noSuchMember(let owner, let kind, let name):
            return ("no_such_member", [("owner", .text(owner)), ("what", .text(kind)), ("name", .text(name))])
        case .redefinition(let name, let firstLine), .redeclaration(let name, let firstLine):
            return ("redefinition", [("name", .text(name)), ("first_line", .number(firstLine))])
        case .reservedName(let name): return ("reserved_name", [("name", .text(name))])
        case .functionName(let name): return ("function_name", [("name", .text(name))])
        case .unreadableHere(let name, let reason): return ("unreadable_here", [("name", .text(name)), ("reason", .text(reason))])
        case .fixedWeightReadsState(let variable): return ("reads_state", [("reader", .text("weight")), ("variable", .text(variable))])
        case .driveReadsState(let variable): return ("reads_state", [("reader", .text("drive")), ("variable", .text(variable))])
        case .readsTooEarly(let name, let reads): return ("reads_too_early", [("name", .text(name)), ("reads", .text(reads))])
        case .circularDefinition(let name, let chain):
            return ("circular_definition", [("name", .text(name)), ("chain", .text(chain.joined(separator: " → ")))])
        case .notConstant(let what): return ("not_constant", [("what", .text(what))])
        case .notAComparison(let what): return ("not_a_comparison", [("what", .text(what))])
        case .stringIsNotANumber: return ("string_is_not_a_number", [])
        case .notAllowedHere(let what): return ("not_allowed_here", [("what", .text(what))])
        case .wrongArgumentCount(let function, let expected, let found):
            return ("wrong_argument_count", [("function", .text(function)), ("expected", .number(expected)), ("found", .number(found))])
        case .second(let what): return ("second", [("what", .text(what))])
        case .neuronOnly(let feature): return ("neuron_only", [("feature", .text(feature))])
        case .withoutSpikeCondition(let model, let feature):
            return ("without_spike_condition", [("model", .text(model)), ("feature", .text(feature))])
        case .equationForNonState(let variable): return ("equation_for_non_state", [("variable", .text(variable))])
        case .randomInEquation(let variable, let function):
            return ("random_in_equation", [("variable", .text(variable)), ("function", .text(function))])
        case .noiseNotAllowed(let place): return ("noise_not_allowed", [("place", .text(place))])
        case .noiseNotLinear(let variable, let noise): return ("noise_not_linear", [("variable", .text(variable)), ("noise", .text(noise))])
        case .delayForm(let variable): return ("delay_form", [("variable", .text(variable))])
        case .delayNotAllowed(let place): return ("delay_not_allowed", [("place", .text(place))])
        case .historyNeverRead(let variable): return ("history_never_read", [("variable", .text(variable))])
        case .assignsNonState(let block, let name): return ("assigns_non_state", [("block", .text(block)), ("name", .text(name))])
        case .weightDeclaredInSynapse: return ("weight_declared_in_synapse", [])
        case .currentReadsPerPost(let variable): return ("current_reads_per_post", [("variable", .text(variable))])
        case .currentReadsPerSynapse(let variable): return ("current_reads_per_synapse", [("variable", .text(variable))])
        case .notExactlySolvable(let variable): return ("not_exactly_solvable", [("variable", .text(variable))])
        case .notInNetworkBody(let word): return ("not_in_network_body", [("word", .text(word))])
        case .recursiveNetwork(let name): return ("recursive_network", [("name", .text(name))])
        case .inNetworkInstance(let instance, let problem): return ("in_network_instance", [("instance", .text(instance))] + Problem.cause(problem))
        case .currentReadsPerPre(let variable): return ("current_reads_per_pre", [("variable", .text(variable))])
        case .perPreLineReads(let variable, let name): return ("per_pre_line_reads", [("variable", .text(variable)), ("name", .text(name))])
        case .perPreLineNotLast(let variable): return ("per_pre_line_not_last", [("variable", .text(variable))])
        case .perPreInOnPost(let variable): return ("per_pre_in_on_post", [("variable", .text(variable))])
        case .perPreWithSynapseDelays(let synapse): return ("per_pre_with_synapse_delays", [("synapse", .text(synapse))])
        case .inLibrarySynapse(let synapse, let problem): return ("in_library_synapse", [("synapse", .text(synapse))] + Problem.cause(problem))
        // MARK: Network
        case .outOfRange(let what, let value, let valid):
            return ("out_of_range", [("what", .text(what))] + (value.map { [("value", .real($0))] } ?? []) + [("valid", .text(valid))])
        case .notAName(let what): return ("not_a_name", [("what", .text(what))])
        case .alreadyDefined(let name): return ("already_defined", [("name", .text(name))])
        case .clockMismatch(let model, let withUnits, let other, let otherModel, let otherWithUnits):
            return ("clock_mismatch", [("model", .text(model)), ("with_units", .text("\(withUnits)")), ("other", .text(other)),
                                       ("other_model", .text(otherModel)), ("other_with_units", .text("\(otherWithUnits)"))])
        case .mixedClocks: return ("mixed_clocks", [])
        case .populationTooLarge(let size, let model, let gigabytes):
            return ("population_too_large", [("size", .number(size)), ("model", .text(model)), ("gigabytes", .number(gigabytes))])
        case .partialAssignment(let population, let field):
            return ("partial_assignment", [("population", .text(population)), ("field", .text(field))])
        case .drawsRandomNumbers(let what, _): return ("draws_random_numbers", [("what", .text(what))])
        case .indexOutOfRange(let owner, let items, let count):
            return ("index_out_of_range", [("owner", .text(owner)), ("items", .text(items)), ("count", .number(count))])
        case .emptyIndexRange(let lower, let upper): return ("empty_index_range", [("lower", .number(lower)), ("upper", .number(upper))])
        case .notANeuron(let index, let population, let size):
            return ("index_out_of_range", [("population", .text(population)), ("size", .number(size)), ("index", .real(index))])
        case .generatorOptions: return ("generator_options", [])
        case .generatorCountsDiffer(let times, let indices):
            return ("generator_counts_differ", [("times", .number(times)), ("indices", .number(indices))])
        case .inText(let what, let problem): return ("in_text", [("what", .text(what))] + Problem.cause(problem))
        case .weightMissing(let synapse): return ("weight_missing", [("synapse", .text(synapse))])
        case .notEnoughCandidates(let rule, let count, let side, let population, let offered):
            return ("not_enough_candidates", [("rule", .text(rule)), ("count", .number(count)), ("side", .text(side)),
                                              ("population", .text(population)), ("offered", .number(offered))])
        case .sizesDiffer(let source, let target): return ("sizes_differ", [("source", .number(source)), ("target", .number(target))])
        case .tooManySynapses(let source, let target, let count):
            return ("too_many_synapses", [("source", .text(source)), ("target", .text(target)), ("count", .number(count))])
        case .synapsesOutOfMemory(let source, let target, let synapses, let gigabytes):
            return ("synapses_out_of_memory", [("source", .text(source)), ("target", .text(target)), ("synapses", .number(synapses)),
                                               ("gigabytes", .real(gigabytes))])
        case .synapsesSortOutOfMemory(let source, let target, let synapses, let bytes):
            return ("synapses_sort_out_of_memory", [("source", .text(source)), ("target", .text(target)), ("synapses", .number(synapses)),
                                                    ("bytes", .number(bytes))])
        case .noInput(let population): return ("no_input", [("population", .text(population))])
        case .noReturnInput(let population, let dimension):
            return ("no_return_input", [("population", .text(population)), ("dimension", .dimension(dimension))])
        case .readoutGridsDiffer(let readout): return ("readout_grids_differ", [("readout", .text(readout))])
        case .readoutUnitsDiffer(let first, let other): return ("readout_units_differ", [("first", .text(first)), ("other", .text(other))])
        case .nvarTargets(let readout): return ("nvar_targets", [("readout", .text(readout))])
        case .noTrainingSamples(let readout): return ("no_training_samples", [("readout", .text(readout))])
        case .normalEquationsSingular(let features, let samples):
            return ("normal_equations_singular", [("features", .number(features)), ("samples", .number(samples))])
        case .readoutNotTrained(let readout): return ("readout_not_trained", [("readout", .text(readout))])
        case .forecastNeedsOwnSources(let readout): return ("forecast_needs_own_sources", [("readout", .text(readout))])
        case .bpttReadout(let readout): return ("bptt_readout", [("readout", .text(readout))])
        case .bpttNeedsSurrogate(let population): return ("bptt_needs_surrogate", [("population", .text(population))])
        case .bpttSpikeRule(let population): return ("bptt_spike_rule", [("population", .text(population))])
        case .bpttDelayedCoupling(let population): return ("bptt_delayed_coupling", [("population", .text(population))])
        case .bpttNeedsEverySample(let population): return ("bptt_needs_every_sample", [("population", .text(population))])
        case .bpttParameterUnused(let population, let parameter):
            return ("bptt_parameter_unused", [("population", .text(population)), ("parameter", .text(parameter))])
        case .bpttReadsConstant(let population, let variable):
            return ("bptt_reads_constant", [("population", .text(population)), ("variable", .text(variable))])
        case .lossDoesNotFitTargets(let loss): return ("loss_does_not_fit_targets", [("loss", .text(loss))])
        case .daleMixedSigns(let population, let neuron):
            return ("dale_mixed_signs", [("population", .text(population)), ("neuron", .number(neuron))])
        case .taskNameTaken(let name): return ("task_name_taken", [("name", .text(name))])
        case .taskDrivesNothing(let task, let population): return ("task_drives_nothing", [("task", .text(task)), ("population", .text(population))])
        case .taskWithRecordedCoupling(let population, let source):
            return ("task_with_recorded_coupling", [("population", .text(population)), ("source", .text(source))])
        case .forceFeedbackReadout(let readout): return ("force_feedback_readout", [("readout", .text(readout))])
        case .forceFeedbackElsewhere(let readout, let reads, let target):
            return ("force_feedback_elsewhere", [("readout", .text(readout)), ("reads", .text(reads)), ("target", .text(target))])
        case .forceFeedbackOfSpikes(let population): return ("force_feedback_of_spikes", [("population", .text(population))])
        case .forceFeedbackDrivenByCouple(let population, let source):
            return ("force_feedback_driven_by_couple", [("population", .text(population)), ("source", .text(source))])
        case .forceFeedbackDrivenBySynapses(let population): return ("force_feedback_driven_by_synapses", [("population", .text(population))])
        case .forceFeedbackDrivenByTime(let population, let input):
            return ("force_feedback_driven_by_time", [("population", .text(population)), ("input", .text(input))])
        case .forceFeedbackDelayedCoupling(let population): return ("force_feedback_delayed_coupling", [("population", .text(population))])
        case .forceFeedbackReadsConstant(let population, let variable):
            return ("force_feedback_reads_constant", [("population", .text(population)), ("variable", .text(variable))])
        case .bpttDrivenBySynapses(let population): return ("bptt_driven_by_synapses", [("population", .text(population))])
        case .bpttDrivenByTime(let population, let input):
            return ("bptt_driven_by_time", [("population", .text(population)), ("input", .text(input))])
        case .aheadNotWholeSamples(let interval): return ("ahead_not_whole_samples", [("interval", .text(interval))])
        case .analysisOfDrivenPopulation(let population, let source):
            return ("analysis_of_driven_population", [("population", .text(population)), ("source", .text(source))])
        case .coupleAcrossTimeUnits(let source, let target): return ("couple_across_time_units", [("source", .text(source)), ("target", .text(target))])
        case .coupleIndexed: return ("couple_indexed", [])
        case .denseCouplingTooLarge(let size, let limit): return ("dense_coupling_too_large", [("size", .number(size)), ("limit", .number(limit))])
        case .couplingWeightUnit(let expected, let found):
            return ("unit_mismatch", [("subject", .text("the weight")), ("expected", .dimension(expected)), ("found", .dimension(found))])
        case .weightNotFinite: return ("weight_not_finite", [])
        case .notForPoissonInput(let option): return ("not_for_poisson_input", [("option", .text(option))])
        case .poissonWeightPerSource: return ("poisson_weight_per_source", [])
        case .poissonSynapseNotSupported: return ("poisson_synapse_not_supported", [])
        case .poissonOnPreForm(let variable): return ("poisson_on_pre_form", [("variable", .text(variable))])
        case .nothingToRun: return ("nothing_to_run", [])
        case .methodWithoutNoise(let method, let model): return ("method_without_noise", [("method", .text(method)), ("model", .text(model))])
        case .notLinearSystem(let model, let variable, let reason):
            return ("not_linear_system", [("model", .text(model)), ("variable", .text(variable)), ("reason", .text(reason))])
        case .toleranceWithoutAdaptiveMethod(let option, let method):
            return ("tolerance_without_adaptive_method", [("option", .text(option)), ("method", .text(method))])
        case .methodNeedsOneNoise(let method, let model, let noises):
            return ("method_needs_one_noise", [("method", .text(method)), ("model", .text(model)), ("noises", .text(noises.joined(separator: ", ")))])
        case .fractionalOrdersDiffer(let variable, let top, let bottom):
            return ("fractional_orders_differ", [("variable", .text(variable)), ("top", .text(top)), ("bottom", .text(bottom))])
        case .fractionalOrderInvalid(let variable, let order, let valid):
            return ("fractional_order_invalid", [("variable", .text(variable)), ("order", .text(order)), ("valid", .text(valid))])
        case .fractionalOrderWithUnits(let variable, let order):
            return ("fractional_order_with_units", [("variable", .text(variable)), ("order", .text(order))])
        case .fractionalUnitMismatch(let variable, let order, let left, let right):
            return ("unit_mismatch", [("subject", .text("d^\(order) \(variable)/dt^\(order)")), ("expected", .dimension(left)), ("found", .dimension(right))])
        case .fractionalWithNoise(let variable): return ("fractional_with_noise", [("variable", .text(variable))])
        case .methodNotFractional(let method, let model): return ("method_not_fractional", [("method", .text(method)), ("model", .text(model))])
        case .fractionalStepChanged(let population, let dt): return ("fractional_step_changed", [("population", .text(population)), ("dt", .text(dt))])
        case .fractionalInAnalysis(let variable): return ("fractional_in_analysis", [("variable", .text(variable))])
        case .fractionalMemoryTooLarge(let population, let gigabytes):
            return ("fractional_memory_too_large", [("population", .text(population)), ("gigabytes", .real(gigabytes))])
        case .delayShorterThanStep(let population, let read, let dt):
            return ("delay_shorter_than_step", [("population", .text(population)), ("read", .text(read)), ("dt", .text(dt))])
        case .historyStepChanged(let population, let previous):
            return ("history_step_changed", [("population", .text(population)), ("previous", .text(previous))])
        case .methodWithDelayedNoise(let method, let population):
            return ("method_with_delayed_noise", [("method", .text(method)), ("population", .text(population))])
        case .methodWithoutStages(let method, let population, let reads):
            return ("method_without_stages", [("method", .text(method)), ("population", .text(population)), ("reads", .text(reads))])
        case .methodWithCoupledNoise(let method, let population):
            return ("method_with_coupled_noise", [("method", .text(method)), ("population", .text(population))])
        case .fractionalSteps(let steps): return ("fractional_steps", [("steps", .real(steps))])
        case .tooManySteps(let steps): return ("too_many_steps", [("steps", .real(steps))])
        case .neverSpikes(let population, let model): return ("never_spikes", [("population", .text(population)), ("model", .text(model))])
        case .oneNameManyProjections(let name, let count): return ("one_name_many_projections", [("name", .text(name)), ("count", .number(count))])
        case .nameTaken(let name, let kind): return ("name_taken", [("name", .text(name)), ("kind", .text(kind))])
        case .spikesNotReduced(let reduction, let population):
            return ("spikes_not_reduced", [("reduction", .text(reduction)), ("population", .text(population))])
        case .reductionMixesPopulations(let first, let other):
            return ("reduction_mixes_populations", [("first", .text(first)), ("other", .text(other))])
        case .reductionSlicesDiffer(let expression): return ("reduction_slices_differ", [("expression", .text(expression))])
        case .noMembranePotential(let model, let role): return ("no_membrane_potential", [("model", .text(model)), ("role", .text(role))])
        case .ambiguousMembranePotential(let model, let candidates, let role):
            return ("ambiguous_membrane_potential", [("model", .text(model)), ("candidates", .text(candidates.joined(separator: ", "))), ("role", .text(role))])
        // MARK: Run
        case .interrupted(let time, let done, let steps):
            return ("interrupted", [("time", .text(time)), ("done", .number(done)), ("steps", .number(steps))])
        case .trainingInterrupted(let epoch, let batch, let batches, let kept):
            return ("training_interrupted", [("epoch", .number(epoch)), ("batch", .number(batch)), ("batches", .number(batches)), ("kept", .text(kept))])
        case .forceInterrupted(let sample, let samples, let kept):
            return ("training_interrupted", [("sample", .number(sample)), ("samples", .number(samples)), ("kept", .text(kept))])
        case .parameterRateWithoutParameters: return ("parameter_rate_without_parameters", [])
        case .nonFinite(let population, let variable, let neuron, let value, let time):
            return ("non_finite", [("population", .text(population)), ("variable", .text(variable)), ("neuron", .number(neuron)),
                                   ("value", .text(value)), ("time", .text(time))])
        case .memberStopped(let member, let population, let variable, let neuron, let value, let time, let step):
            return ("member_stopped", [("member", .text(member)), ("population", .text(population)), ("variable", .text(variable)),
                                       ("neuron", .number(neuron)), ("value", .text(value)), ("time", .text(time)), ("step", .number(step))])
        case .recordingIntervalNotWholeSteps(let population, let variable):
            return ("recording_interval_not_whole_steps", [("population", .text(population)), ("variable", .text(variable))])
        case .delaysTooLong(let source, let target, let steps):
            return ("delays_too_long", [("source", .text(source)), ("target", .text(target)), ("steps", .number(steps))])
        case .negativeDelay(let source, let target, let seconds):
            return ("negative_delay", [("source", .text(source)), ("target", .text(target)), ("seconds", .real(seconds))])
        case .delaysRounded(let source, let target, let dt):
            return ("delays_rounded", [("source", .text(source)), ("target", .text(target)), ("dt", .text(dt))])
        case .noValuePerSynapse(let name): return ("no_value_per_synapse", [("name", .text(name))])
        // MARK: Analysis
        case .noEquationsToAnalyse(let model): return ("no_equations_to_analyse", [("model", .text(model))])
        case .delayInAnalysis(let model, let read): return ("delay_in_analysis", [("model", .text(model)), ("read", .text(read))])
        case .noneOf(let name, let known): return ("none_of", [("name", .text(name)), ("known", .text(known.joined(separator: ", ")))])
        case .readsTime(let variable): return ("reads_time", [("variable", .text(variable))])
        case .drawsRandomNumbersInAnalysis(let variable): return ("draws_random_numbers", [("what", .text("d\(variable)/dt"))])
        case .readsUnknown(let variable, let name): return ("reads_unknown", [("variable", .text(variable)), ("name", .text(name))])
        case .noEquilibrium(let parameter, let low, let high, let unit):
            return ("no_equilibrium", [("parameter", .text(parameter)), ("low", .text(low)), ("high", .text(high)), ("unit", .text(unit))])
        case .notAParameter(let name): return ("not_a_parameter", [("name", .text(name))])
        case .notAStateVariable(let name, let system): return ("not_a_state_variable", [("name", .text(name)), ("system", .text(system))])
        case .cannotFix(let model, let name): return ("not_a_state_variable", [("name", .text(name)), ("system", .text(model))])
        case .fixInCoupledPopulation: return ("fix_in_coupled_population", [])
        case .noSteadyStateEquation(let variable): return ("no_steady_state_equation", [("variable", .text(variable))])
        case .nothingLeftToAnalyse: return ("nothing_left_to_analyse", [])
        case .emptyInterval(_, let variable): return ("empty_interval", [("variable", .text(variable))])
        case .noFixedPoint(let model): return ("no_fixed_point", [("model", .text(model))])
        case .unheldVariables(let shown, let model, let others):
            return ("unheld_variables", [("shown", .text(shown.joined(separator: ", "))), ("model", .text(model)),
                                         ("others", .text(others.joined(separator: ", ")))])
        case .sameAxes: return ("same_axes", [])
        case .startingPointSize(let variables, let found):
            return ("wrong_count", [("expected", .number(variables.count)), ("found", .number(found)), ("variables", .text(variables.joined(separator: ", ")))])
        case .cycleOptionWithoutCycles(let option): return ("cycle_option_without_cycles", [("option", .text(option))])
        case .noEarlierDiagram(let model): return ("no_earlier_diagram", [("model", .text(model))])
        case .orbitNeedsPopulation(let name): return ("orbit_needs_population", [("name", .text(name))])
        case .notPeriodic(let population, let reason): return ("not_periodic", [("population", .text(population)), ("reason", .text(reason))])
        case .noCycleNear(let start): return ("no_cycle_near", [("start", .text(start))])
        case .startOfOtherModel(let population, let model, let analysed):
            return ("start_of_other_model", [("population", .text(population)), ("model", .text(model)), ("analysed", .text(analysed))])
        case .notVaried(let name): return ("not_varied", [("name", .text(name))])
        case .noEquilibriumNear(let start): return ("no_equilibrium_near", [("start", .text(start))])
        // MARK: Session
        case .spikesNotRecorded(let population): return ("not_recorded", [("population", .text(population)), ("field", .text("spikes"))])
        case .notRecorded(let population, let field, let someNeurons):
            return ("not_recorded", [("population", .text(population)), ("field", .text(field))]
                        + (someNeurons ? [("neurons", .text("some"))] : []))
        case .inUse(let name, let users): return ("in_use", [("name", .text(name)), ("users", .text(users.joined(separator: ", ")))])
        case .notIndexable(let indexable): return ("not_indexable", [("indexable", .text(indexable))])
        case .drivenByTime(let population, let input): return ("driven_by_time", [("population", .text(population)), ("input", .text(input))])
        case .nothingSimulated: return ("nothing_simulated", [])
        case .printArguments(let function, let takes, let found):
            return ("wrong_argument_count", [("function", .text(function)), ("takes", .text(takes)), ("found", .number(found))])
        case .unknownInPrint(let function): return ("unknown", [("what", .text("function")), ("name", .text(function))])
        case .onlyOnItsOwn(let what): return ("only_on_its_own", [("what", .text(what))])
        case .arrayLengthsDiffer(let function, let lengths):
            return ("array_lengths_differ", [("function", .text(function)), ("lengths", .text(lengths.map(String.init).joined(separator: ", ")))])
        case .arraysCannotCombine(let left, let right):
            return ("array_lengths_differ", [("lengths", .text("\(left), \(right)"))])
        case .noFigure: return ("no_figure", [])
        case .noSamplesYet(let what): return ("no_samples_yet", [("what", .text(what))])
        case .notDrawnYet(let projection): return ("not_drawn_yet", [("projection", .text(projection))])
        case .spikesAsRaster: return ("spikes_as_raster", [])
        case .rateNotRecorded(let population): return ("not_recorded", [("population", .text(population)), ("field", .text("rate"))])
        case .unpairedRecordings(let y, let x, let why): return ("unpaired_recordings", [("y", .text(y)), ("x", .text(x)), ("why", .text(why))])
        case .cannotWrite(let path, let reason): return ("cannot_write", [("path", .text(path)), ("reason", .text(reason))])
        case .logLimitNotPositive(let option): return ("log_limit_not_positive", [("option", .text(option))])
        case .missingTool(let tool, let purpose): return ("missing_tool", [("tool", .text(tool)), ("purpose", .text(purpose))])
        case .toolFailed(let tool, let reason): return ("tool_failed", [("tool", .text(tool)), ("reason", .text(reason))])
        case .interruptedBeforeStart: return ("interrupted_before_start", [])
        case .deviceUnavailable(let device, let reason): return ("device_unavailable", [("device", .text(device)), ("reason", .text(reason))])
        case .cudaUnsupported(let feature): return ("cuda_unsupported", [("feature", .text(feature))])
        case .resultNotSent(let reason): return ("result_not_sent", [("reason", .text(reason))])
        case .kernelDied(let how): return ("kernel_died", [("how", .text(how))])
        case .kernelNotRunning: return ("kernel_not_running", [])
        // MARK: Text from outside Soma
        case .compilerRejected(let output): return ("compiler_rejected", [("output", .text(output))])
        case .external(let text): return ("external", [("text", .text(text))])
        }
    }

    /// A nested problem's facts, its own name as `cause`.
    private static func cause(_ problem: Problem) -> [(String, FactValue)] {
        problem.facts.map { $0.0 == "problem" ? ("cause", $0.1) : $0 }
    }
}
