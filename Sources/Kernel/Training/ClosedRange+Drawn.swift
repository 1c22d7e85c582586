import Symbolic

/// A task's period whose length varies from trial to trial: whole steps drawn uniformly from the range.
extension ClosedRange<Int> {
    /// A fixed length draws nothing, so a task without varying periods gives the trials it gave before they could vary.
    public func drawn(_ random: inout some RandomSource) -> Int {
        guard count > 1 else { return lowerBound }
        return lowerBound + Swift.min(Int(random.uniform() * Double(count)), count - 1)
    }

    /// "30" or "20–40".
    public var stepsText: String { count > 1 ? "\(lowerBound)–\(upperBound)" : "\(lowerBound)" }
}
