import Foundation

/// The CUDA driver API (libcuda.so.1, installed with NVIDIA's GPU driver), opened with dlopen so that
/// Soma builds and runs without it. Holds the functions Soma calls, looked up once; `CUDAContext`
/// uses them. Symbols are the `_v2` ones the CUDA headers map their names to on 64-bit systems.
public final class CUDADriver: @unchecked Sendable {
    typealias Init = @convention(c) (UInt32) -> Int32
    typealias DeviceCount = @convention(c) (UnsafeMutablePointer<Int32>) -> Int32
    typealias DeviceGet = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
    typealias DeviceName = @convention(c) (UnsafeMutablePointer<CChar>, Int32, Int32) -> Int32
    typealias DeviceAttribute = @convention(c) (UnsafeMutablePointer<Int32>, Int32, Int32) -> Int32
    typealias ContextCreate = @convention(c) (UnsafeMutablePointer<OpaquePointer?>, UInt32, Int32) -> Int32
    typealias ContextDestroy = @convention(c) (OpaquePointer?) -> Int32
    typealias ContextSetCurrent = @convention(c) (OpaquePointer?) -> Int32
    typealias Synchronize = @convention(c) () -> Int32
    typealias ModuleLoad = @convention(c) (UnsafeMutablePointer<OpaquePointer?>, UnsafeRawPointer) -> Int32
    typealias ModuleUnload = @convention(c) (OpaquePointer?) -> Int32
    typealias ModuleFunction = @convention(c) (UnsafeMutablePointer<OpaquePointer?>, OpaquePointer?, UnsafePointer<CChar>) -> Int32
    typealias Allocate = @convention(c) (UnsafeMutablePointer<UInt64>, Int) -> Int32
    typealias Free = @convention(c) (UInt64) -> Int32
    typealias CopyToDevice = @convention(c) (UInt64, UnsafeRawPointer, Int) -> Int32
    typealias CopyToHost = @convention(c) (UnsafeMutableRawPointer, UInt64, Int) -> Int32
    typealias Launch = @convention(c) (OpaquePointer?, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, OpaquePointer?,
                                       UnsafeMutablePointer<UnsafeMutableRawPointer?>?, UnsafeMutablePointer<UnsafeMutableRawPointer?>?) -> Int32
    typealias ErrorString = @convention(c) (Int32, UnsafeMutablePointer<UnsafePointer<CChar>?>) -> Int32

    public static let libraryName = "libcuda.so.1"
    /// CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR and _MINOR.
    private static let capabilityAttributes: (major: Int32, minor: Int32) = (75, 76)

    private let library: DynamicLibrary
    let deviceCount: DeviceCount, deviceGet: DeviceGet, deviceName: DeviceName, deviceAttribute: DeviceAttribute
    let contextCreate: ContextCreate, contextDestroy: ContextDestroy, contextSetCurrent: ContextSetCurrent, synchronize: Synchronize
    let moduleLoad: ModuleLoad, moduleUnload: ModuleUnload, moduleFunction: ModuleFunction
    let allocate: Allocate, free: Free, copyToDevice: CopyToDevice, copyToHost: CopyToHost, launch: Launch
    private let errorString: ErrorString

    /// Where the driver may be: `SOMA_CUDA_DRIVER` (a path: a driver outside the linker's search, or
    /// the tests' stand-in that runs kernels compiled for the CPU), then the dynamic linker's search.
    public static func candidates(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        (environment["SOMA_CUDA_DRIVER"].map { [$0] } ?? []) + [libraryName]
    }

    /// Opens the driver and initialises it (cuInit).
    public init(candidates: [String] = CUDADriver.candidates()) throws(CUDAError) {
        library = try DynamicLibrary(Self.libraryName, purpose: "to run cells on an NVIDIA GPU", candidates: candidates)
        errorString = try library.function("cuGetErrorString", as: ErrorString.self)
        deviceCount = try library.function("cuDeviceGetCount", as: DeviceCount.self)
        deviceGet = try library.function("cuDeviceGet", as: DeviceGet.self)
        deviceName = try library.function("cuDeviceGetName", as: DeviceName.self)
        deviceAttribute = try library.function("cuDeviceGetAttribute", as: DeviceAttribute.self)
        contextCreate = try library.function("cuCtxCreate_v2", as: ContextCreate.self)
        contextDestroy = try library.function("cuCtxDestroy_v2", as: ContextDestroy.self)
        contextSetCurrent = try library.function("cuCtxSetCurrent", as: ContextSetCurrent.self)
        synchronize = try library.function("cuCtxSynchronize", as: Synchronize.self)
        moduleLoad = try library.function("cuModuleLoadData", as: ModuleLoad.self)
        moduleUnload = try library.function("cuModuleUnload", as: ModuleUnload.self)
        moduleFunction = try library.function("cuModuleGetFunction", as: ModuleFunction.self)
        allocate = try library.function("cuMemAlloc_v2", as: Allocate.self)
        free = try library.function("cuMemFree_v2", as: Free.self)
        copyToDevice = try library.function("cuMemcpyHtoD_v2", as: CopyToDevice.self)
        copyToHost = try library.function("cuMemcpyDtoH_v2", as: CopyToHost.self)
        launch = try library.function("cuLaunchKernel", as: Launch.self)
        try check("cuInit", library.function("cuInit", as: Init.self)(0))
    }

    /// The GPUs the driver sees.
    public func devices() throws(CUDAError) -> [CUDADevice] {
        var count: Int32 = 0
        try check("cuDeviceGetCount", deviceCount(&count))
        var devices: [CUDADevice] = []
        for ordinal in 0..<count {
            var handle: Int32 = 0, major: Int32 = 0, minor: Int32 = 0
            try check("cuDeviceGet", deviceGet(&handle, ordinal))
            try check("cuDeviceGetAttribute", deviceAttribute(&major, Self.capabilityAttributes.major, handle))
            try check("cuDeviceGetAttribute", deviceAttribute(&minor, Self.capabilityAttributes.minor, handle))
            var name = [CChar](repeating: 0, count: 256)
            try check("cuDeviceGetName", name.withUnsafeMutableBufferPointer { deviceName($0.baseAddress!, 256, handle) })
            devices.append(CUDADevice(handle: handle, name: text(ofCString: name), capability: (Int(major), Int(minor))))
        }
        return devices
    }

    /// Throws the driver's own wording of a status other than CUDA_SUCCESS.
    func check(_ call: String, _ status: Int32) throws(CUDAError) {
        guard status != 0 else { return }
        var text: UnsafePointer<CChar>?
        let message = errorString(status, &text) == 0 ? text.map { String(cString: $0) } ?? "unknown error" : "unknown error"
        throw .callFailed(call: call, code: status, message: message)
    }
}

/// One GPU as the driver names it.
public struct CUDADevice: Sendable {
    public var handle: Int32
    public var name: String
    public var capability: (major: Int, minor: Int)

    /// The virtual architecture NVRTC compiles for, e.g. `compute_80`.
    public var architecture: String { "compute_\(capability.major)\(capability.minor)" }
}
