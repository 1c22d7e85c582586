import Foundation
import Kernel
@testable import Codegen
@testable import JIT
@testable import Language
@testable import Network
@testable import Runtime

/// A CUDA unit compiled as C for the CPU, with each launch of a step emulated one block at a time
/// (blockDim 1, so a block's one thread walks all of a population's neurons): the kernels' own code,
/// their order and their flags, run where no GPU is, and checked against the C back end's results.
enum CUDAEmulation {
    /// What CUDA gives a kernel, as C: the thread's coordinates, shared memory and barriers of a one-thread block.
    private static let head = """
        typedef struct { unsigned x; } soma_dim3;
        static soma_dim3 blockIdx, threadIdx, blockDim;
        #define SOMA_KERNEL static
        #define __shared__ static
        #define __syncthreads() ((void)0)
        void *malloc(unsigned long size);
        void free(void *pointer);

        """

    static func unit(_ cuda: CUDAUnit) -> GeneratedUnit {
        let populations = Set(cuda.step.compactMap(\.population)).sorted()
        let size = { (k: Int) in "(i64)P[\(cuda.parameters.firstIndex(of: .size(population: k))!)]" }
        let offset = { (k: Int) in populations.prefix { $0 < k }.map(size).joined(separator: " + ") }
        let launches = cuda.step.map { launch -> String in
            switch launch.threads {
            case .perNeuron(let k): return "soma_launch(\(launch.kernel), slot, P, s, flags + (0\(offset(k).isEmpty ? "" : " + " + offset(k))), \(size(k)));"
            case .block(let k): return "soma_launch(\(launch.kernel), slot, P, s, flags + (0\(offset(k).isEmpty ? "" : " + " + offset(k))), 1);"
            case .single: return "soma_launch(\(launch.kernel), slot, P, s, flags, 1);"
            }
        }
        let total = populations.isEmpty ? "1" : populations.map(size).joined(separator: " + ") + " + 1"
        let chunk = """
            static void soma_launch(void (*kernel)(void **, const double *, i64, unsigned char *), void **slot, const double *P, i64 s,
                                    unsigned char *flags, i64 blocks) {
                blockDim.x = 1; threadIdx.x = 0;
                for (i64 b = 0; b < blocks; ++b) { blockIdx.x = (unsigned)b; kernel(slot, P, s, flags); }
            }
            i64 \(GeneratedUnit.entryPoint)(void **slot, i64 step0, i64 nsteps) {
                const double *P = (const double *)slot[0];
                i64 *err = (i64 *)slot[\(cuda.slots.firstIndex(of: .error)!)];
                unsigned char *flags = (unsigned char *)malloc((unsigned long)(\(total)));
                for (i64 s = step0; s < step0 + nsteps && err[0] < 0; ++s) {
            \(launches.map { "        " + $0 }.joined(separator: "\n"))
                }
                free(flags);
                return err[0] >= 0 ? err[0] - step0 : nsteps;
            }

            """
        return GeneratedUnit(source: head + cuda.source + chunk, slots: cuda.slots, parameters: cuda.parameters, origins: [:])
    }

    /// Runs every statement of `source` that builds or runs a network, with the CPU's code or the
    /// emulated CUDA kernels, and returns the state (spikes, records) it ends with.
    static func run(_ source: String, emulated: Bool) throws -> NetworkState {
        var network = Network(), history = NetworkHistory()
        let state = NetworkState()
        for statement in try Parser.parse(source) {
            if NetworkBuilder.builds(statement) {
                network = try history.apply(statement, to: network, time: 0)
            } else if case .run(let run) = statement {
                let settings = try RunSettings(run, network: network)
                // Two steps a chunk: the spike buffers hold every neuron firing twice, and the emulation never stops a chunk early.
                var runner = Runner(network: network, state: state, cache: CodeCache(), stepsPerChunk: 2)
                if emulated { runner.codegen = { unit(try CUDACodegen.generate($0)) } }
                _ = try runner.run(settings, at: run.range, notes: { _ in })
            }
        }
        return state
    }
}
