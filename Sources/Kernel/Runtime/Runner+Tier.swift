import Codegen
import JIT
import Language
import Network

/// `jit = tcc | cc | auto`: whose code a run starts with, and what may take over between chunks.
extension Runner {
    struct StartingCode {
        var chunk: ChunkCode
        var tier: JITTier
        var cached: Bool
        var upgrade: TierUpgrade? = nil
        /// The GPU that runs the chunks, by name; nil: this machine's CPU.
        var gpu: String? = nil
    }

    /// Starts the optimising tier's build of `unit` where the run will want it and the disk cache lacks it, so
    /// that it compiles while the run still draws its connections (COBA-4000: ~30 ms of the ~0.3 s a build takes).
    /// `startingCode` then finds this build in the CodeCache. Code cached on disk is loaded here, not on a
    /// thread, so that `jit = auto` starts on it rather than on tcc's.
    func startNativeBuildEarly(_ unit: GeneratedUnit, jit: JITTier, neuronSteps: Double) {
        guard nativeToolchain != nil, jit == .cc || (jit == .auto && neuronSteps >= TierUpgrade.longRun) else { return }
        if cache.nativeIfBuilt(unit, toolchain: nativeToolchain) == nil { _ = cache.nativeBuild(unit, toolchain: nativeToolchain) }
    }

    func startingCode(_ unit: GeneratedUnit, jit: JITTier, neuronSteps: Double, neurons: Int, at range: SourceRange,
                      notes: (String) -> Void) throws -> StartingCode {
        switch jit {
        case .cc:
            switch cache.nativeBuild(unit, toolchain: nativeToolchain).finished() {
            case .success(let built): return StartingCode(chunk: .compiled(built.chunk), tier: .cc, cached: built.cached)
            case .failure(let failure): notes("jit = cc: \(failure.message); running with tcc")
            }
        case .auto:
            if let chunk = cache.nativeIfBuilt(unit, toolchain: nativeToolchain) {
                return StartingCode(chunk: .compiled(chunk), tier: .cc, cached: true)
            }
        case .tcc:
            break
        }
        let (chunk, cached): (CompiledChunk, Bool)
        do {
            (chunk, cached) = try cache.compiled(unit)
        } catch let failure as CompileFailure {
            throw failure.diagnostic(fallback: range)
        }
        guard jit == .auto else { return StartingCode(chunk: .compiled(chunk), tier: .tcc, cached: cached) }
        let (cache, toolchain) = (self.cache, nativeToolchain)
        let upgrade = TierUpgrade(neuronSteps: neuronSteps, neurons: neurons) { cache.nativeBuild(unit, toolchain: toolchain) }
        return StartingCode(chunk: .compiled(chunk), tier: .tcc, cached: cached, upgrade: upgrade)
    }
}
