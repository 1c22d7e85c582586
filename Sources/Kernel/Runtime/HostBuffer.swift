/// One buffer of a run as generated code sees it: where it starts and how many bytes it holds,
/// which is what a GPU copies into its own memory and back (CUDAChunk).
public struct HostBuffer {
    public var pointer: UnsafeMutableRawPointer
    public var bytes: Int

    public init(pointer: UnsafeMutableRawPointer, bytes: Int) {
        self.pointer = pointer
        self.bytes = bytes
    }
}

extension RawArray {
    var buffer: HostBuffer { HostBuffer(pointer: UnsafeMutableRawPointer(pointer), bytes: count * MemoryLayout<Element>.stride) }
}

extension StateBuffer {
    var buffer: HostBuffer { HostBuffer(pointer: pointer, bytes: count * (precision == .f32 ? 4 : 8)) }
}
