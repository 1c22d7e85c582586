/// Whether this machine can reach a GPU through Soma's CUDA path: the driver opens and initialises,
/// sees a GPU, and NVRTC opens. Asked once per process (dlopen and cuInit are not free).
public enum CUDAProbe {
    /// What is missing, in the order a user would fix it; nil when all is there.
    public static let missing: CUDAError? = {
        do throws(CUDAError) {
            let driver = try CUDADriver()
            if try driver.devices().isEmpty { return .noDevice }
            _ = try NVRTC()
            return nil
        } catch {
            return error
        }
    }()
}
