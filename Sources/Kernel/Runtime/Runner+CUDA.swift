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
}
