import Codegen
import Foundation

/// One unit's build by the optimising tier, on a thread of its own, so that tcc's code runs meanwhile.
public final class NativeBuild: @unchecked Sendable {
    public struct Built: Sendable {
        public var chunk: CompiledChunk
        /// Loaded from the disk cache rather than compiled.
        public var cached: Bool
        /// Why a cached library was removed before this build, when one was.
        public var discarded: String? = nil
    }

    private let condition = NSCondition()
    /// Nil while building.
    private var outcome: Result<Built, NativeBuildFailure>?

    /// Starts building; without a toolchain the build has failed already.
    init(_ unit: GeneratedUnit, toolchain: NativeToolchain?) {
        guard let toolchain else {
            outcome = .failure(NativeBuildFailure(message: "no C compiler found (cc on PATH, or SOMA_CC)"))
            return
        }
        Thread.detachNewThread { [self] in
            let result = Result { () throws(NativeBuildFailure) in
                let (chunk, cached, discarded) = try NativeCompiler.compile(unit, with: toolchain)
                return Built(chunk: chunk, cached: cached, discarded: discarded)
            }
            condition.withLock {
                outcome = result
                condition.broadcast()
            }
        }
    }

    init(ready chunk: CompiledChunk) {
        outcome = .success(Built(chunk: chunk, cached: true))
    }

    /// The outcome so far: nil while the compiler still runs.
    public var current: Result<Built, NativeBuildFailure>? { condition.withLock { outcome } }

    /// Waits for the outcome.
    public func finished() -> Result<Built, NativeBuildFailure> {
        condition.withLock {
            while outcome == nil { condition.wait() }
            return outcome!
        }
    }
}
