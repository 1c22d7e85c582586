import Output
import Support

/// How many synapses each `connect` made. Connections are drawn at the first run after
/// the connect, when the run's seed is known, so that run is the first moment the count
/// is a fact rather than an expectation; it is printed after that run (or before its
/// error, when the run failed after drawing).
extension Interpreter {
    /// One info line per projection among `projections` (indices) that is drawn now.
    func synapseCounts(drawnAmong projections: [Int]) -> [Output] {
        projections.filter { state.projections[$0].isBuilt }.map { k in
            let projection = network.projections[k], count = state.projections[k].count
            let source = network.populations[projection.source].name, target = network.populations[projection.target].name
            return .info("\(source) -> \(target): \(NumberText.grouped(count)) synapse\(count == 1 ? "" : "s")")
        }
    }
}
