import Foundation
import Kernel

/// The stand-in CUDA driver (Tests/KernelTests/CUDA/FakeDriver/fake_libcuda.c) built with cc, and
/// the kernels it runs in place of a GPU: a CUDA unit's source compiled as C for the CPU, with CUDA's
/// thread coordinates and barrier as globals the stand-in sets.
public enum FakeCUDA {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("soma-fake-cuda-\(getpid())")

    /// The stand-in's path (for SOMA_CUDA_DRIVER), or nil where cc cannot build it.
    public static let driver: String? = try? compile(root.appendingPathComponent("Tests/KernelTests/CUDA/FakeDriver/fake_libcuda.c").path,
                                                     to: "libcuda-fake.so", libraries: ["-ldl"])

    /// The compute capability the stand-in reports (8.6), whose PTX it expects.
    public static let architecture = "compute_86"

    /// What CUDA gives a kernel, as C the stand-in can reach with dlsym.
    private static let head = """
        typedef struct { unsigned x; } soma_dim3;
        soma_dim3 blockIdx, threadIdx, blockDim;
        void (*soma_barrier)(void);
        #define SOMA_KERNEL
        #define __shared__ static
        #define __syncthreads() soma_barrier()

        """

    /// Makes the stand-in run `source` (a CUDA unit) when it is handed `ptx` (NVRTC's PTX of that
    /// source): the environment variables it reads, set in this process and inherited by a kernel it starts.
    public static func useKernels(source: String, ptx: [CChar]) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let name = "kernels-\(UUID().uuidString)"
        let c = folder.appendingPathComponent(name + ".c"), ptxFile = folder.appendingPathComponent(name + ".ptx")
        try (head + source).write(to: c, atomically: true, encoding: .utf8)
        try Data(ptx.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }).write(to: ptxFile)
        let library = try compile(c.path, to: name + ".so", libraries: ["-lm"])
        setenv("FAKE_CUDA_KERNELS", library, 1)
        setenv("FAKE_CUDA_PTX", ptxFile.path, 1)
    }

    /// A shared library from one C file, with IEEE arithmetic as the C back end's code has it (no contraction).
    private static func compile(_ source: String, to name: String, libraries: [String]) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let output = folder.appendingPathComponent(name).path
        let (status, text) = try Command.run("/usr/bin/env", ["cc", "-shared", "-fPIC", "-O1", "-ffp-contract=off", "-w", "-o", output, source] + libraries)
        guard status == 0 else { throw FakeCUDAError(output: text) }
        return output
    }
}

public struct FakeCUDAError: Error {
    public var output: String
}
