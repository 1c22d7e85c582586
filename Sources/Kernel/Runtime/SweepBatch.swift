import Codegen
import Foundation
import Lowering
import Network

/// A sweep run as a batch: every member lowers to the same step program and code (`Network.alone`) but for the
/// names in it (`g_W3_A`, whose buffers the slots point at), so one compiled unit runs them all, each member
/// with its own slots, parameter block and seed — the batch is the outer dimension of the step's slots, and the
/// compile does not grow with the number of members.
/// Where the members' code differs (a swept value the step holds as a constant, a size) or the run needs
/// what a member's own step cannot give, the sweep runs side by side as one network instead (`SideBySide`).
package struct SweepBatch {
    package let sweep: Sweep
    /// Each member alone, its plan, and where its populations, projections and state records sit in the whole network.
    let members: [Network]
    let plans: [NetworkPlan]
    let populations: [[Int]]
    let projections: [[Int]]
    let stateRecords: [[Int]]
    /// Each member's unit: the same code but for its names, so the first one's compiled code runs them all, each
    /// member's unit telling which of its buffers and numbers go in which slot and parameter.
    let units: [GeneratedUnit]
    package var unit: GeneratedUnit { units[0] }
    /// What lowering said of the first member (the same for all).
    let notes: [String]

    /// Why a sweep runs side by side.
    package struct SideBySide: Error, Sendable {
        package var reason: String
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
        guard let alone = each as? [Network], network.isOnly(sweep, members: alone) else {
            throw SideBySide(reason: "the network holds more than the sweep's members, or connects them")
        }
        guard alone.allSatisfy({ $0.inputRecordings.isEmpty && $0.synapseRecordings.isEmpty }) else {
            throw SideBySide(reason: "it records inputs or synapse values, which a run reads between chunks of the whole network")
        }
        self.sweep = sweep
        let members = Network.liftingRateConstants(alone)
        self.members = members
        var notes: [String] = []
        plans = members.indices.map { k in NetworkPlan(members[k], options: options) { if k == 0 { notes.append($0) } } }
        self.notes = notes
        let generated = Self.generate(plans, codegen)
        // A member whose code does not generate fails the same way side by side, where the run reports it.
        guard let units = try? generated.map({ try $0.get() }) else { throw SideBySide(reason: "its code does not generate") }
        let unit = units[0]
        let code = sweep.members.indices.map { Self.code(units[$0].source, of: sweep.members[$0].instance, in: sweep) }
        if let k = code.indices.first(where: { code[$0] != code[0] }) {
            throw SideBySide(reason: Self.difference(unit, code[0], code[k], sweep, k))
        }
        if let special = unit.slots.lazy.compactMap(Self.preparedByTheWholeRun).first {
            throw SideBySide(reason: "its step reads \(special), which only the whole network's run prepares")
        }
        self.units = units
        let prefixes = sweep.members.map { $0.instance + "." }
        populations = prefixes.map { prefix in network.populations.indices.filter { network.populations[$0].name.hasPrefix(prefix) } }
        projections = populations.map { mine in network.projections.indices.filter { mine.contains(network.projections[$0].source) } }
        stateRecords = populations.map { mine in network.stateRecordings.indices.filter { mine.contains(network.stateRecordings[$0].population) } }
    }

    /// The members' units, generated on every core (each is the whole network's code for one member).
    private static func generate(_ plans: [NetworkPlan], _ codegen: @Sendable (NetworkPlan) throws -> GeneratedUnit) -> [Result<GeneratedUnit, Error>] {
        let units = ResultsBox(count: plans.count)
        DispatchQueue.concurrentPerform(iterations: plans.count) { k in units.set(k, Result { try codegen(plans[k]) }) }
        return units.results
    }

    /// A member's C with its instance's name (`W3` in `g_W3_A`, `W3.A`) read as the sweep's: what must be the same
    /// for every member of a batch.
    static func code(_ source: String, of member: String, in sweep: Sweep) -> String {
        let name = try! NSRegularExpression(pattern: "(?<![A-Za-z0-9])" + NSRegularExpression.escapedPattern(for: member) + "(?=[_.])")
        return name.stringByReplacingMatches(in: source, range: NSRange(source.startIndex..., in: source), withTemplate: sweep.name)
    }

    /// Where member k's code first differs from the first member's, as the model line it came from.
    private static func difference(_ first: GeneratedUnit, _ a: String, _ b: String, _ sweep: Sweep, _ k: Int) -> String {
        let names = "\(sweep.members[0].instance) and \(sweep.members[k].instance)"
        let x = a.split(separator: "\n", omittingEmptySubsequences: false), y = b.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(x, y).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(x.count, y.count)
        let origin = first.origins[line + 1].map { " (from line \($0.start.line) of the model)" } ?? ""
        return "the swept values change the compiled step: \(names) differ in a constant or a size\(origin)"
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

/// One result per member, filled from the threads that generate them.
private final class ResultsBox: @unchecked Sendable {
    private var stored: [Result<GeneratedUnit, Error>?]
    private let lock = NSLock()

    init(count: Int) { stored = Array(repeating: nil, count: count) }

    func set(_ k: Int, _ result: Result<GeneratedUnit, Error>) { lock.withLock { stored[k] = result } }

    var results: [Result<GeneratedUnit, Error>] { lock.withLock { stored.map { $0! } } }
}
