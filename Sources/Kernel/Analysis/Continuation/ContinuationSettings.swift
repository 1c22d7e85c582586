/// Step sizes and limits of one continuation run, in units of arclength of u.
public struct ContinuationSettings: Sendable, Equatable {
    public var initialStep: Double
    public var minStep: Double
    public var maxStep: Double
    public var maxPoints: Int
    /// A step is refused when the tangent turns by more than this cosine allows,
    /// so the corrector cannot jump to a neighbouring branch.
    public var minTangentCosine: Double

    public init(initialStep: Double = 0.01, minStep: Double = 1e-7, maxStep: Double = 0.1,
                maxPoints: Int = 400, minTangentCosine: Double = 0.9) {
        self.initialStep = initialStep
        self.minStep = minStep
        self.maxStep = maxStep
        self.maxPoints = maxPoints
        self.minTangentCosine = minTangentCosine
    }

    /// Steps scaled to the width of a parameter range (continuation runs in the system's own units).
    public static func scaled(to width: Double, maxPoints: Int = 400) -> ContinuationSettings {
        ContinuationSettings(initialStep: width / 200, minStep: width * 1e-9, maxStep: width / 25,
                             maxPoints: maxPoints)
    }
}
