extension CPrelude {
    /// `soma_no_spike_among(p)`: whether none of the SOMA_SPIKE_SCAN flags from `p` has bit 1 (a spike to list)
    /// set, for PopulationStep's spike loop, which skips such blocks. gcc tests 16 flags in one instruction under
    /// AVX-512 (vptestmd) and 8 under AVX2 (vptest), through its builtins rather than <immintrin.h>, whose parsing
    /// would add 0.13 s to every compile of a unit; the others (tcc, clang, CUDA) or 8 flags and test the bit.
    /// Only which neurons the loop visits depends on the width: the spikes listed, and their order, do not.
    static let spikeScan = """
        #if defined(__GNUC__) && !defined(__clang__) && !defined(__TINYC__) && !defined(__CUDACC__) && (defined(__AVX512F__) || defined(__AVX2__))
        #if defined(__AVX512F__)
        #define SOMA_SPIKE_SCAN 16
        typedef int soma_flags16 __attribute__((vector_size(64), aligned(4), may_alias));
        static inline __attribute__((always_inline)) int soma_no_spike_among(const int *p) {
            const soma_flags16 bit = { 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2 };
            return !__builtin_ia32_ptestmd512(*(const soma_flags16 *)p, bit, 0xFFFF);
        }
        #else
        #define SOMA_SPIKE_SCAN 8
        typedef long long soma_flags8 __attribute__((vector_size(32), aligned(4), may_alias));
        static inline __attribute__((always_inline)) int soma_no_spike_among(const int *p) {
            const soma_flags8 bit = { 0x200000002ll, 0x200000002ll, 0x200000002ll, 0x200000002ll };
            return __builtin_ia32_ptestz256(*(const soma_flags8 *)p, bit);
        }
        #endif
        #else
        #define SOMA_SPIKE_SCAN 8
        #define soma_no_spike_among(p) (!(((p)[0] | (p)[1] | (p)[2] | (p)[3] | (p)[4] | (p)[5] | (p)[6] | (p)[7]) & 2))
        #endif
        """
}
