import Foundation
import Language
import Lowering
import Network

/// A sweep run as a batch (`SweepBatch`): the whole network's initial values, connections and recorders are
/// prepared as for any run, the members' one unit is compiled once, and each member's simulator runs that code
/// over its own share of the buffers with its own parameter block and seed, the members spread over the threads.
/// A member runs on one thread from start to end, so its numbers are those of its run alone, whatever the threads.
/// A member that went non-finite stopped at that step, its values no continuation: later runs leave it there, as an
/// error at their statement, and run the others (a single network's next run stops at once on its non-finite values
/// too); `reset` starts it again.
extension Runner {
    func run(_ batch: SweepBatch, _ settings: RunSettings, codegenSeconds: Double, at range: SourceRange,
             notes: (String) -> Void) throws -> RunSummary {
        let options = settings.options
        let held = batch.members.indices.compactMap { k in batch.populations[k].lazy.compactMap(earlierStop).first.map { (k, $0) } }
        let refusals = held.map { $1.refusal(at: range, hint: "reset starts every member again from its initial values; the others ran on") }
        guard held.count < batch.members.count else {
            throw DiagnosticList(held.map { $1.refusal(at: range, hint: "reset starts every member again from its initial values") })
        }
        let running = batch.members.indices.filter { k in !held.contains { $0.0 == k } }
        let neurons = network.populations.reduce(0) { $0 + $1.size }
        let neuronSteps = Double(settings.steps) * Double(neurons)
        startNativeBuildEarly(batch.unit, jit: options.jit, neuronSteps: neuronSteps)
        try prepareState(dt: options.dt, at: range)
        batch.notes.forEach(notes)
        let compileStart = Date()
        let memberNeurons = batch.members[0].populations.reduce(0) { $0 + $1.size }
        let code = try startingCode(batch.unit, jit: options.jit, neuronSteps: neuronSteps, neurons: memberNeurons, at: range, notes: notes)
        let compileSeconds = codegenSeconds + Date().timeIntervalSince(compileStart)
        convertState(to: options.precision)

        // The optimising tier takes over only where its build started with the run: a build started later by one
        // member's poll would be started from several threads at once.
        let upgrade = code.upgrade?.build == nil ? nil : code.upgrade
        let simulators = try running.map { k in try simulator(k, of: batch, chunk: code.chunk, upgrade: upgrade, options: options, at: range) }
        let parts = max(1, min(options.threads ?? ProcessInfo.processInfo.activeProcessorCount, running.count))
        let members = BatchMembers(simulators, steps: settings.steps, progress: progress)
        let simulateStart = Date()
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            for m in stride(from: part, to: running.count, by: parts) { members.run(m) }
        }
        let simulateSeconds = Date().timeIntervalSince(simulateStart)
        collect(zip(running, members.simulators), of: batch)
        if let (m, failure) = members.stoppingFailure { throw failed(failure, member: running[m], of: batch, settings: settings, at: range) }
        let stopped = members.nonFinite.map { m, failure in (running[m], stoppedMember(failure, member: running[m], of: batch, dt: options.dt)) }
        for (k, member) in stopped { batch.populations[k].forEach { state.populations[$0].stopped = member } }
        advance(by: settings.steps, dt: options.dt)
        if let failure = code.upgrade?.failure { notes("jit: cc is unavailable (\(failure.message)); the run stayed on tcc") }
        let switched = members.simulators.compactMap(\.switchedAtStep).min()
        let summary = RunSummary(duration: settings.duration, timeUnit: DisplayUnit.preferred(for: settings.timeDimension), steps: settings.steps,
                                 dt: options.dt, compileSeconds: compileSeconds, simulateSeconds: simulateSeconds, compiledFromCache: code.cached,
                                 precision: options.precision, tier: switched == nil ? code.tier : .cc, switchedAtStep: switched,
                                 stoppedMembers: stopped.map(\.1))
        guard refusals.isEmpty else { throw MembersLeftStopped(summary: summary, diagnostics: refusals) }
        return summary
    }

    /// Where the member that population p belongs to stopped in an earlier run; nil for one that did not (or is new).
    private func earlierStop(of p: Int) -> StoppedMember? {
        state.populations.indices.contains(p) ? state.populations[p].stopped : nil
    }

    /// A run of the whole network as one (a sweep side by side, on a GPU) cannot leave a stopped member where it stopped:
    /// it is refused, with an error for each such member.
    func refuseStoppedMembers(at range: SourceRange) throws {
        var seen: Set<String> = []
        let stopped = state.populations.compactMap(\.stopped).filter { seen.insert($0.member).inserted }
        guard !stopped.isEmpty else { return }
        throw DiagnosticList(stopped.map {
            $0.refusal(at: range, hint: "reset starts every member again from its initial values; a run of the whole network cannot leave one out")
        })
    }

    /// Member k's simulator: the shared code over its populations' and projections' buffers (its own unit says which
    /// goes in which slot), its records, its seed.
    private func simulator(_ k: Int, of batch: SweepBatch, chunk: ChunkCode, upgrade: TierUpgrade?, options: RunOptions,
                           at range: SourceRange) throws -> Simulator {
        let share = state.sharing(populations: batch.populations[k], projections: batch.projections[k])
        let member = Runner(network: batch.members[k], state: share, cache: cache, nativeToolchain: nativeToolchain, stepsPerChunk: stepsPerChunk)
        let unit = batch.units[k]
        try member.makeByTargetLists(for: unit, at: range)
        var parameters = try member.parameterBlock(unit, options)
        if let threads = unit.parameter(.threads) { parameters[threads] = 1 }
        var spikeRecords: [Int: SpikeRecord] = [:]
        for (local, p) in batch.populations[k].enumerated() {
            if let record = state.spikeRecords[network.populations[p].name] { spikeRecords[local] = record }
        }
        return Simulator(unit: unit, chunk: chunk, populations: share.populations, projections: share.projections, plan: batch.plans[k],
                         parameters: parameters, spikeRecords: spikeRecords, stateRecords: batch.stateRecords[k].map { state.stateRecords[$0] },
                         seed: batch.sweep.members[k].seed ?? state.seed, dt: options.dt, t0: state.time, s0: state.step,
                         stepsPerChunk: stepsPerChunk, upgrade: upgrade)
    }

    /// The members' records (member k's simulator) back under the whole network's names and places.
    private func collect(_ simulators: some Sequence<(Int, Simulator)>, of batch: SweepBatch) {
        for (k, simulator) in simulators {
            for (local, record) in simulator.spikeRecords {
                state.spikeRecords[network.populations[batch.populations[k][local]].name] = record
            }
            for (local, r) in batch.stateRecords[k].enumerated() { state.stateRecords[r] = simulator.stateRecords[local] }
        }
    }

    /// Member k, stopped where its value went non-finite (the clock still at the run's start), named as its run alone
    /// names it: the population by the whole network's name, the time of its step.
    private func stoppedMember(_ failure: Simulator.NonFinite, member k: Int, of batch: SweepBatch, dt: Double) -> StoppedMember {
        let population = network.populations[batch.populations[k][failure.population]]
        let variable = population.model.variables[failure.variable].name
        let value = state.populations[batch.populations[k][failure.population]].state[variable]![failure.index]
        return StoppedMember(member: batch.sweep.members[k].instance, step: failure.step, population: population.name, variable: variable,
                             neuron: failure.index, value: value.isNaN ? "NaN" : (value > 0 ? "+Inf" : "-Inf"),
                             time: TimeText.format(state.time + Double(failure.step - state.step) * dt, population.model.timeDimension))
    }

    /// A failure that stopped every member (an interrupt, or one no member's own numbers caused) as the run's.
    private func failed(_ failure: Error, member k: Int, of batch: SweepBatch, settings: RunSettings, at range: SourceRange) -> Error {
        switch failure {
        case let interrupted as Simulator.Interrupted:
            advance(by: interrupted.stepsDone, dt: settings.options.dt)
            return Diagnostic(.interrupted(time: TimeText.format(state.time, settings.timeDimension), done: Int(interrupted.stepsDone),
                                           steps: Int(settings.steps)), at: range)
        default:
            return failure
        }
    }
}

/// The members' simulators as the threads run them: progress summed over the members; a member that goes
/// non-finite stops alone, any other failure (or an interrupt) stops the others between their chunks.
private final class BatchMembers: @unchecked Sendable {
    private(set) var simulators: [Simulator]
    private var failures: [Int: Error] = [:]
    private var done: [Int64]
    private var stopped = false
    private let steps: Int64
    private let progress: (@Sendable (Int64, Int64) -> Bool)?
    private let lock = NSLock()

    init(_ simulators: [Simulator], steps: Int64, progress: (@Sendable (Int64, Int64) -> Bool)?) {
        self.simulators = simulators
        self.steps = steps
        self.progress = progress
        done = Array(repeating: 0, count: simulators.count)
    }

    /// Member k's whole run; each k is run by one thread only, so its simulator is touched by that thread alone.
    func run(_ k: Int) {
        var simulator = lock.withLock { simulators[k] }
        do {
            try simulator.run(steps: steps) { [self] step in
                let (all, stop) = lock.withLock {
                    done[k] = step.stepsDone
                    return (done.reduce(0, +), stopped)
                }
                if stop { return false }
                guard progress?(all, steps * Int64(done.count)) ?? true else {
                    lock.withLock { stopped = true }
                    return false
                }
                return true
            }
        } catch {
            lock.withLock {
                failures[k] = error
                if !(error is Simulator.NonFinite) { stopped = true }
            }
        }
        lock.withLock { simulators[k] = simulator }
    }

    /// The failure that stopped every member: the first member's, in order, that failed for a reason of its own
    /// rather than because another one stopped it; nil when none did.
    var stoppingFailure: (Int, Error)? {
        let sorted = failures.sorted { $0.key < $1.key }.filter { !($0.value is Simulator.NonFinite) }
        return sorted.first { !($0.value is Simulator.Interrupted) } ?? sorted.first
    }

    /// The members that went non-finite and stopped alone, in order.
    var nonFinite: [(Int, Simulator.NonFinite)] {
        failures.sorted { $0.key < $1.key }.compactMap { k, error in (error as? Simulator.NonFinite).map { (k, $0) } }
    }
}
