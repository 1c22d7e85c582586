import Language
import Lowering

/// Renders a network's step program as CUDA C for NVRTC: the functions the C back end renders for one
/// step (NetworkCodegen.functions), compiled as device code, and the kernels that call them — one
/// thread per neuron for the updates, one block per population to list its spikes in neuron order,
/// one thread per target neuron for the spikes arriving at it where that keeps the CPU's order
/// (ProjectionStep.pull), and one thread for the rest of the work the CPU does in one part between
/// its barriers (filing spikes, `on post`, recording). The host launches `CUDAUnit.step` once per
/// step (CUDAChunkPlan).
///
/// Because a neuron's update is the C back end's own code, with the same counter-based random draws,
/// the GPU computes what the CPU computes, operation for operation, where NVRTC neither contracts
/// a product and a sum (`--fmad=false`) nor evaluates a libm function differently.
public enum CUDACodegen {
    public static func generate(_ plan: NetworkPlan) throws(Diagnostic) -> CUDAUnit {
        try generate(lower(plan))
    }

    public static func generate(_ program: StepProgram) throws(Diagnostic) -> CUDAUnit {
        try refuseUnrendered(program)
        var (body, layout) = NetworkCodegen.functions(program, device: true)
        var launches: [CUDALaunch] = []
        CUDAKernels.beforeUpdates(program, &body, &layout, &launches)
        for k in program.populations.indices {
            CUDAKernels.update(population: k, &body, &layout, &launches)
        }
        for (k, population) in program.populations.enumerated() {
            CUDAKernels.afterUpdate(population: k, population, &body, &layout, &launches)
        }
        CUDAKernels.events(program, &body, &layout, &launches)
        var w = CodeWriter()
        w.line("/* CUDA C for NVRTC with \(CUDAUnit.requiredOptions.joined(separator: " ")); C's restrict is CUDA's __restrict__. */")
        w.raw(kernelHead)
        CPrelude.start(precision: program.precision, body: body.text).forEach { w.line($0) }
        w.append(body, indent: 0)
        return CUDAUnit(source: w.text, slots: layout.slots, parameters: layout.parameters, origins: w.origins, step: launches)
    }

    /// A kernel's declaration, unless the includer has its own: tests compile the unit as C with
    /// the launches emulated on the CPU, to check the kernels' results against the C back end's.
    private static let kernelHead = """
        #ifndef SOMA_KERNEL
        #define SOMA_KERNEL extern "C" __global__
        #define restrict __restrict__
        #endif
        """

    /// What the device cannot run as the C back end renders it: the passes of a staged coupling and
    /// generators' schedules, which the CPU's chunk loop drives. A staged coupling is refused at the declaration of the
    /// first population a coupling reads at every stage.
    private static func refuseUnrendered(_ program: StepProgram) throws(Diagnostic) {
        if let staged = program.stagedCoupling?.readVariables.keys.min() {
            let population = program.populations[staged]
            throw Diagnostic(.cudaUnsupported(feature: "couplings summed at every stage of a Runge–Kutta method"),
                             at: population.declarationRange ?? population.range)
        }
        if let population = program.populations.first(where: \.isScheduled) {
            throw Diagnostic(.cudaUnsupported(feature: "spike generators"), at: population.declarationRange ?? population.range)
        }
    }
}
