import Codegen
import Foundation
import Lowering
import Network

/// A sweep run as a batch: every member lowers to the same step program and code (`Network.alone`) but for the
/// names in it (`g_W3_A`, whose buffers the slots point at), so one compiled unit runs them all, each member
/// with its own slots, parameter block and seed — the batch is the outer dimension of the step's slots, and the
/// compile does not grow with the number of members.
/// Whether the members share their code is decided from their plans, not their C (`PlanKey`). Where it differs
/// (a swept value the step holds as a constant, a size that changes it) or the run needs what a member's own step
/// cannot give, the sweep runs side by side as one network instead (`SideBySide`).
package struct SweepBatch {
    package let sweep: Sweep
    /// Each member alone, its plan, and where its populations, projections and state records sit in the whole network.
    let members: [Network]
    let plans: [NetworkPlan]
    let populations: [[Int]]
    let projections: [[Int]]
    let stateRecords: [[Int]]
    /// Each member's unit: the first member's code, with the slots and parameters that name member k's buffers
    /// and numbers, so that the first one's compiled code runs them all.
    let units: [GeneratedUnit]
    package var unit: GeneratedUnit { units[0] }
    /// What lowering said of the first member (the same for all).
    let notes: [String]

    /// Why a sweep runs side by side; where a swept value changes the step, which value, what it changes and where.
    package struct SideBySide: Error, Sendable {
        package var reason: String
        package var difference: SweepDifference? = nil
    }

    /// The network's sweep as a batch; nil when it has no sweep.
    package static func of(_ network: Network, options: RunOptions,
                           codegen: @Sendable (NetworkPlan) throws -> GeneratedUnit = { NetworkCodegen.generate($0) }) -> Result<SweepBatch, SideBySide>? {
        guard let sweep = network.sweeps.first else { return nil }
        return Result { () throws(SideBySide) in try SweepBatch(sweep, of: network, options: options, codegen: codegen) }
    }

    private init(_ sweep: Sweep, of network: Network, options: RunOptions, codegen: @Sendable (NetworkPlan) throws -> GeneratedUnit) throws(SideBySide) {
        guard network.sweeps.count == 1 else { throw SideBySide(reason: "the network holds more than one sweep") }
        let each = sweep.members.indices.map { network.alone($0, of: sweep) }
        guard let members = each as? [Network], network.isOnly(sweep, members: members) else {
            throw SideBySide(reason: "the network holds more than the sweep's members, or connects them")
        }
        guard members.allSatisfy({ $0.inputRecordings.isEmpty && $0.synapseRecordings.isEmpty }) else {
            throw SideBySide(reason: "it records inputs or synapse values, which a run reads between chunks of the whole network")
        }
        self.sweep = sweep
        self.members = members
        var notes: [String] = []
        plans = members.indices.map { k in NetworkPlan(members[k], options: options) { if k == 0 { notes.append($0) } } }
        self.notes = notes
        let keys = Self.keys(plans, sweep)
        if let (k, field) = keys.indices.lazy.compactMap({ k in keys[0].firstDifference(from: keys[k]).map { (k, $0) } }).first {
            let difference = Self.difference(field, members, plans[0], sweep, k)
            throw SideBySide(reason: "the swept values change the compiled step: " + difference.text, difference: difference)
        }
        // A member whose code does not generate fails the same way side by side, where the run reports it.
        guard let unit = try? codegen(plans[0]) else { throw SideBySide(reason: "its code does not generate") }
        if let special = unit.slots.lazy.compactMap(Self.preparedByTheWholeRun).first {
            throw SideBySide(reason: "its step reads \(special), which only the whole network's run prepares")
        }
        units = sweep.members.map { Self.unit(unit, from: sweep.members[0].instance, to: $0.instance) }
        let prefixes = sweep.members.map { $0.instance + "." }
        populations = prefixes.map { prefix in network.populations.indices.filter { network.populations[$0].name.hasPrefix(prefix) } }
        projections = populations.map { mine in network.projections.indices.filter { mine.contains(network.projections[$0].source) } }
        stateRecords = populations.map { mine in network.stateRecordings.indices.filter { mine.contains(network.stateRecordings[$0].population) } }
    }

    /// The members' keys, computed on every core.
    private static func keys(_ plans: [NetworkPlan], _ sweep: Sweep) -> [PlanKey] {
        let keys = Filled<PlanKey>(count: plans.count)
        DispatchQueue.concurrentPerform(iterations: plans.count) { k in
            keys.set(k, PlanKey(plans[k], instance: sweep.members[k].instance))
        }
        return keys.values
    }

    /// What a run prepares beyond a plain step's state, named: delay histories, adaptive step control, fractional memory.
    private static func preparedByTheWholeRun(_ slot: Slot) -> String? {
        switch slot {
        case .history: return "a delayed variable's history"
        case .stepControl: return "an adaptive method's step sizes"
        case .fractionalHistory, .fractionalOrigin, .fractionalWeights: return "a fractional variable's memory"
        default: return nil
        }
    }
}

/// One value per member, filled from the threads that compute them.
private final class Filled<Value>: @unchecked Sendable {
    private var stored: [Value?]
    private let lock = NSLock()

    init(count: Int) { stored = Array(repeating: nil, count: count) }

    func set(_ k: Int, _ value: Value) { lock.withLock { stored[k] = value } }

    var values: [Value] { lock.withLock { stored.map { $0! } } }
}
