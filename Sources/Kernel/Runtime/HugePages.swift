import Foundation

/// Memory for a synapse list's target indices, backed by 2 MiB pages where the kernel grants them. Spike delivery
/// reads one row at a random place of a list that reaches hundreds of MB at 10⁶ neurons; with 4 KiB pages every row
/// costs a page walk besides its cache miss; 2 MiB pages made the delivery loop 28 % faster there
/// (BENCHMARKS.md, "COBA at scale"). The advice is given before the memory is first written, since pages already
/// touched stay small; where the kernel has no such pages, or on systems without the advice, nothing changes.
enum HugePages {
    /// Blocks under this size keep malloc's ordinary pages: the advice covers whole 2 MiB pages only.
    static let threshold = 4 << 20

    /// `bytes` of malloc's memory (nil where malloc refuses), advised before anything is written to it.
    static func allocate(bytes: Int) -> UnsafeMutableRawPointer? {
        guard let memory = malloc(max(bytes, 1)) else { return nil }
        advise(memory, bytes: bytes)
        return memory
    }

    /// Advises the whole pages within `bytes` from `memory`; a block grown with realloc is advised again after each growth.
    static func advise(_ memory: UnsafeMutableRawPointer, bytes: Int) {
        #if os(Linux)
        guard bytes >= threshold else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = (Int(bitPattern: memory) + page - 1) / page * page
        let end = (Int(bitPattern: memory) + bytes) / page * page
        guard end > start, let base = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(base, end - start, MADV_HUGEPAGE)
        #endif
    }
}
