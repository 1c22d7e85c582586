/// Every branch of equilibria connected to the starting one through branch points.
extension EquilibriumContinuation {
    /// The branch through the starting equilibrium, then the branches switched to at each
    /// of its branch points and theirs in turn, at most `limit` in all. A branch point is
    /// switched at once: the branch switched to meets it again at its own start.
    public func branches(from guess: [Double], limit: Int = 8) throws -> [EquilibriumBranch] {
        var branches = [try run(from: guess)]
        var visited: [BranchPoint] = []
        var next = 0
        while next < branches.count, branches.count < limit {
            for point in branches[next].branchPoints where !visited.contains(where: { same($0, point) }) {
                visited.append(point)
                if branches.count < limit, let other = switching(at: point) { branches.append(other) }
            }
            next += 1
        }
        return branches
    }

    /// Two located branch points are one where every coordinate of u agrees to within
    /// `DiagramScale.samePoint` of the range's width (the locator gets them far closer).
    private func same(_ a: BranchPoint, _ b: BranchPoint) -> Bool {
        let width = range.upperBound - range.lowerBound
        return zip(a.u, b.u).allSatisfy { abs($0 - $1) <= DiagramScale.samePoint * max(width, 1) }
    }
}
