import JIT

/// What runs a simulator's chunks: C compiled for this machine (tcc or cc), or a CUDA unit's kernels
/// on a GPU. Both take the same slots in the same order and stop where a value goes non-finite.
enum ChunkCode {
    case compiled(CompiledChunk)
    case cuda(CUDAChunk)
}
