import Codegen
import JIT
import Language
import Lowering

/// `--device cuda`: the run's network as CUDA kernels, compiled by NVRTC (or found compiled before)
/// and launched through the driver, in place of the C chunk.
extension Runner {
    func cudaCode(_ plan: NetworkPlan, on gpu: CUDASession, at range: SourceRange) throws -> (GeneratedUnit, StartingCode) {
        // What the CUDA back end cannot render is refused here, positioned at the model that asks for it.
        let cuda = try CUDACodegen.generate(plan)
        do throws(CUDAError) {
            let (ptx, cached) = try gpu.ptx(for: cuda)
            let chunk = try CUDAChunk(context: gpu.context, unit: cuda, ptx: ptx, sizes: network.populations.map(\.size))
            let unit = GeneratedUnit(source: cuda.source, slots: cuda.slots, parameters: cuda.parameters, origins: cuda.origins)
            return (unit, StartingCode(chunk: .cuda(chunk), tier: .tcc, cached: cached, gpu: gpu.context.device.name))
        } catch {
            throw Diagnostic(error.problem, at: range)
        }
    }

    /// The synapses by target of every projection whose lists `unit` reads (a GPU's delivery a thread per target),
    /// made before the run starts: memory refused for them is the error at the projection's `connect` statement
    /// that a CPU run's `on post` gets, never a run over a slot without its buffer.
    func makeByTargetLists(for unit: GeneratedUnit, at range: SourceRange) throws {
        let byTarget: Set<Slot.ProjectionField> = [.incoming, .incomingPositions, .incomingSources]
        let read = Set(unit.slots.compactMap { slot in if case .projection(let k, let field) = slot, byTarget.contains(field) { k } else { nil } })
        for k in read.sorted() {
            do throws(SynapseListFailure) {
                try state.projections[k].makeIncoming()
            } catch {
                throw diagnostic(error, of: network.projections[k], at: range)
            }
        }
    }
}
