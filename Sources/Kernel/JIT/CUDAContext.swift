/// A CUDA context on one GPU: loads PTX, holds device buffers, launches kernels on the default stream.
/// Device addresses are `UInt64` (CUdeviceptr).
public final class CUDAContext: @unchecked Sendable {
    public let device: CUDADevice
    private let driver: CUDADriver
    private let context: OpaquePointer?
    private var module: OpaquePointer?
    /// The PTX `module` was loaded from: a run of the same unit loads nothing again.
    private var loaded: [CChar] = []
    private var functions: [String: OpaquePointer?] = [:]
    private var buffers: Set<UInt64> = []

    public init(driver: CUDADriver, device: CUDADevice) throws(CUDAError) {
        self.driver = driver
        self.device = device
        var context: OpaquePointer?
        try driver.check("cuCtxCreate", driver.contextCreate(&context, 0, device.handle))
        self.context = context
    }

    deinit {
        buffers.forEach { _ = driver.free($0) }
        _ = driver.contextDestroy(context)
    }

    /// Binds the context to the calling thread: the driver keeps a current context per thread, and a
    /// kernel process creates the context on one thread and runs cells on another.
    public func makeCurrent() throws(CUDAError) {
        try driver.check("cuCtxSetCurrent", driver.contextSetCurrent(context))
    }

    /// Loads PTX (NUL-terminated) and looks up `kernels` in it, in place of the module loaded before.
    public func load(ptx: [CChar], kernels: [String]) throws(CUDAError) {
        if module != nil, ptx == loaded, kernels.allSatisfy({ functions[$0] != nil }) { return }
        if module != nil { try driver.check("cuModuleUnload", driver.moduleUnload(module)) }
        (module, loaded, functions) = (nil, [], [:])
        let status = ptx.withUnsafeBytes { driver.moduleLoad(&module, $0.baseAddress!) }
        try driver.check("cuModuleLoadData", status)
        for name in kernels {
            var function: OpaquePointer?
            try driver.check("cuModuleGetFunction(\(name))", name.withCString { driver.moduleFunction(&function, module, $0) })
            functions[name] = function
        }
        loaded = ptx
    }

    /// A device buffer of `bytes` (at least one), freed with the context.
    public func allocate(_ bytes: Int) throws(CUDAError) -> UInt64 {
        var address: UInt64 = 0
        try driver.check("cuMemAlloc", driver.allocate(&address, max(bytes, 1)))
        buffers.insert(address)
        return address
    }

    /// Frees a buffer `allocate` gave.
    public func free(_ address: UInt64) {
        guard buffers.remove(address) != nil else { return }
        _ = driver.free(address)
    }

    public func copy(toDevice address: UInt64, from host: UnsafeRawPointer, bytes: Int) throws(CUDAError) {
        guard bytes > 0 else { return }
        try driver.check("cuMemcpyHtoD", driver.copyToDevice(address, host, bytes))
    }

    public func copy(toHost host: UnsafeMutableRawPointer, from address: UInt64, bytes: Int) throws(CUDAError) {
        guard bytes > 0 else { return }
        try driver.check("cuMemcpyDtoH", driver.copyToHost(host, address, bytes))
    }

    /// Launches a loaded kernel with `blocks` × `threads` threads; `arguments` point at each argument's value.
    public func launch(_ kernel: String, blocks: Int, threads: Int, arguments: [UnsafeMutableRawPointer?]) throws(CUDAError) {
        guard let function = functions[kernel] else { throw .symbolMissing(library: "the loaded PTX", symbol: kernel) }
        var arguments = arguments
        try driver.check("cuLaunchKernel(\(kernel))", arguments.withUnsafeMutableBufferPointer {
            driver.launch(function, UInt32(blocks), 1, 1, UInt32(threads), 1, 1, 0, nil, $0.baseAddress, nil)
        })
    }

    /// Waits for every launch and copy; a fault inside a kernel surfaces here.
    public func synchronize() throws(CUDAError) {
        try driver.check("cuCtxSynchronize", driver.synchronize())
    }
}
