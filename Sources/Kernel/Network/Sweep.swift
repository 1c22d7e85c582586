/// `sweep W = Wang(coherence in [0, 25.6], seed in [1, 2])` as built: one instance per combination of the
/// listed values, named W1, W2, … in the order of nested loops over the lists as written (the first slowest).
/// Every member draws from the streams of an instance named W, with its own seed where `seed` is swept, so
/// member k is, bit for bit, `network W = Wang(coherence = …)` run alone with that seed.
public struct Sweep: Sendable {
    public struct Member: Sendable {
        /// `W3`: the instance, whose populations are `W3.A`, `W3.B`, ….
        public var instance: String
        /// One per swept name, in the unit of `Sweep.units`.
        public var values: [Double]
        /// Its own seed where `seed` is swept; nil: the run's.
        public var seed: UInt64?
    }

    public var name: String
    public var definition: String
    /// The swept names as written, `seed` among them when it is swept.
    public var parameters: [String]
    /// The display unit of each swept name's values ("" for plain numbers).
    public var units: [String]
    public var members: [Member]

    /// The member a dotted name under the sweep (`W.A`) means for member k (`W3.A`); nil when it is not under it.
    public func memberName(_ path: String, _ k: Int) -> String? {
        guard path.hasPrefix(name + ".") else { return nil }
        return members[k].instance + path.dropFirst(name.count)
    }
}
