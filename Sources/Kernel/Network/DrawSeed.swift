/// The seed a population's, projection's or value's draws use: a sweep member's own (`seed in [...]`) or the run's,
/// mixed with its instance's 64-bit name hash. The Philox key is the seed with the stream id in its upper half, so
/// two instances share numbers only when their hashes agree in all 64 bits (the stream ids carry 12 bits of it too).
public struct DrawSeed: Sendable, Hashable {
    /// A sweep member's own seed; nil: the run's.
    public var own: UInt64?
    /// The instance's name hash; 0 outside instances, whose draws are the run's seed's as they always were.
    public var mask: UInt64

    public init(own: UInt64? = nil, mask: UInt64 = 0) {
        self.own = own
        self.mask = mask
    }

    /// Outside instances: the run's seed unchanged.
    public static let run = DrawSeed()

    public func resolved(run seed: UInt64) -> UInt64 { (own ?? seed) ^ mask }
}
