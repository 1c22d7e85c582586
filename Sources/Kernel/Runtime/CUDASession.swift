import Codegen
import Foundation
import JIT

/// The GPU one kernel process runs cells on: the driver's first device, one context on it, NVRTC,
/// and the PTX compiled so far by the text of its CUDA source (as CodeCache keeps C), so a run
/// that changes only values does not compile again.
public final class CUDASession: @unchecked Sendable {
    public let context: CUDAContext
    public let nvrtc: NVRTC
    private var compiled: [String: [CChar]] = [:]
    private let lock = NSLock()

    /// A context on the first GPU `driver` sees.
    public init(driver: CUDADriver, nvrtc: NVRTC) throws(CUDAError) {
        guard let device = try driver.devices().first else { throw .noDevice }
        context = try CUDAContext(driver: driver, device: device)
        self.nvrtc = nvrtc
    }

    /// This machine's GPU, or what it lacks for one (CUDAProbe's answer, or a context the driver
    /// refuses). Made once per process, in the kernel process only: a context holds GPU memory.
    public static let shared: Result<CUDASession, CUDAError> = {
        do throws(CUDAError) {
            if let missing = CUDAProbe.missing { throw missing }
            return .success(try CUDASession(driver: try CUDADriver(), nvrtc: try NVRTC()))
        } catch {
            return .failure(error)
        }
    }()

    /// PTX of `unit` for this session's GPU, and whether it was compiled before.
    public func ptx(for unit: CUDAUnit) throws(CUDAError) -> (ptx: [CChar], cached: Bool) {
        if let ptx = lock.withLock({ compiled[unit.source] }) { return (ptx, true) }
        let ptx = try nvrtc.ptx(unit.source, options: CUDAUnit.options(architecture: context.device.architecture))
        lock.withLock { compiled[unit.source] = ptx }
        return (ptx, false)
    }
}
