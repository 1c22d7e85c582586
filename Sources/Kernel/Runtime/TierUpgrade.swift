import Foundation
import JIT

/// Watches a run under tcc's code and hands the simulator the optimising tier's code once it is
/// built. The build starts at once when the run is long by its size, or later, as soon as the
/// chunks measured so far project that the rest of the run outlasts a build.
final class TierUpgrade {
    /// Neuron-steps from which a run starts the build at once: about 0.2 s even for tcc's fastest code (~10 ns each).
    static let longRun = 2e7
    /// Projected seconds left at which a build (~0.1–0.3 s of a core) pays.
    static let worthwhileSeconds = 0.3
    /// Neuron-steps per chunk while the build runs: a few milliseconds of tcc's code, so that the faster
    /// code takes over soon after it is ready rather than at the end of a chunk of up to 2000 steps
    /// (COBA-4000 under tcc: ~0.1 s). Results do not depend on the chunking.
    static let neuronStepsPerChunkWhileBuilding = 4e5

    private let startBuild: () -> NativeBuild
    private(set) var build: NativeBuild?
    private let started = Date()
    /// Steps per chunk while a build runs (see `neuronStepsPerChunkWhileBuilding`).
    let stepsPerChunkWhileBuilding: Int64

    init(neuronSteps: Double, neurons: Int, startBuild: @escaping () -> NativeBuild) {
        self.startBuild = startBuild
        stepsPerChunkWhileBuilding = Int64(max(1, (Self.neuronStepsPerChunkWhileBuilding / Double(max(1, neurons))).rounded()))
        if neuronSteps >= Self.longRun { build = startBuild() }
    }

    /// Whether a build runs and has no outcome yet.
    var building: Bool { build != nil && build?.current == nil }

    /// Called between chunks: the faster code, once it is ready.
    func poll(_ progress: Simulator.Progress) -> CompiledChunk? {
        guard let build else {
            let elapsed = Date().timeIntervalSince(started)
            let left = elapsed / Double(max(1, progress.stepsDone)) * Double(progress.stepsTotal - progress.stepsDone)
            if left >= Self.worthwhileSeconds { build = startBuild() }
            return nil
        }
        return try? build.current?.get().chunk
    }

    /// Why the optimising tier did not take over, when it was wanted and could not.
    var failure: NativeBuildFailure? {
        guard case .failure(let failure)? = build?.current else { return nil }
        return failure
    }
}
