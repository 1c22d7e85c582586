/// The tolerances of the adaptive methods: a sub-step is kept when the RMS over the variables of
/// error/(atol·unit + rtol·max(|x|, |x_new|)) is at most 1 (Hairer, Nørsett and Wanner, II.4).
/// `atol` is a plain number read in each variable's display unit (the unit its initial value was
/// written in: mV for V = -65 mV), so one number suits volts and siemens alike; `rtol` is relative.
///
///     run 10 ms method = rkdp rtol = 1e-8 atol = 1e-6   # V within about 1e-6 mV where V is near 0
public struct StepTolerance: Sendable, Hashable {
    public var relative: Double
    public var absolute: Double

    public init(relative: Double = StepTolerance.standard.relative, absolute: Double = StepTolerance.standard.absolute) {
        self.relative = relative
        self.absolute = absolute
    }

    public static let standard = StepTolerance(relative: 1e-6, absolute: 1e-9)
    /// The default under `precision = f32`, whose rounding (6e-8) would swamp error estimates near 1e-6.
    public static let singlePrecision = StepTolerance(relative: 1e-4, absolute: 1e-9)
}
