/// The points of a diagram a later continuation can start from (`from branch N point M`):
/// branches are numbered from 1, the equilibria's first, then the cycles' (as the cycles
/// table numbers them), and points from 1 in order along their branch.
extension BifurcationDiagram {
    /// A point of a branch as continued: an equilibrium, or a cycle with its collocation unknowns.
    package enum Start {
        case equilibrium(EquilibriumPoint)
        case cycle(CyclePoint)
    }

    package var branchCount: Int { equilibria.count + cycles.count }

    /// The number of points on branch `n`, which must exist.
    package func pointCount(onBranch n: Int) -> Int {
        n <= equilibria.count ? equilibria[n - 1].points.count : cycles[n - 1 - equilibria.count].points.count
    }

    /// Point `m` of branch `n`, both of which must exist.
    package func start(branch n: Int, point m: Int) -> Start {
        n <= equilibria.count ? .equilibrium(equilibria[n - 1].points[m - 1]) : .cycle(cycles[n - 1 - equilibria.count].points[m - 1])
    }

    /// The parameter the diagram varies, by its index in the system's parameters.
    package var variedParameter: Int { parameterIndex }
}
