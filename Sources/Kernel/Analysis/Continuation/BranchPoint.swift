/// A located branch point: u = (x, p) and the tangent of the branch it was met on.
public struct BranchPoint: Sendable, Equatable {
    public var u: [Double]
    public var tangent: [Double]
}
