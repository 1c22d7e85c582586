import Lowering
import Support
import Symbolic

/// Periodic orbits u(τ), τ ∈ [0, 1], of u' = T f(u; p) by orthogonal collocation,
/// as a curve in U = (nodes, T, p_k). Equations: collocation at the Gauss points of
/// each interval of `mesh`, periodicity u(1) = u(0), and the integral phase
/// condition ∫⟨u − ū, ū'⟩ dτ = 0 against the last accepted orbit ū.
///
/// U holds the node values divided by √(node count), so that the Euclidean arclength
/// of U weighs the orbit by its RMS size (as AUTO's L2 norm does), not by how many
/// nodes it has, and the period divided by `periodScale`; `orbit(U)` undoes both.
struct PeriodicOrbitProblem: ContinuationProblem {
    var equilibria: EquilibriumProblem
    let basis: CollocationBasis
    /// The interval ends 0 = τ_0 < … < τ_N = 1; `MeshAdaptation` moves them, never their number.
    let mesh: [Double]
    let widths: [Double]
    var intervals: Int { widths.count }
    private var reference: [Double] = []
    /// ∂(phase condition)/∂u (at true size): constant, since the condition is linear in u.
    private(set) var phaseRow: [Double] = []

    var periodScale: Double

    /// The phase condition needs a reference orbit: `accept` one before solving.
    init(equilibria: EquilibriumProblem, mesh: [Double], degree: Int, periodScale: Double) {
        self.equilibria = equilibria
        basis = CollocationBasis(degree: degree)
        self.mesh = mesh
        widths = zip(mesh, mesh.dropFirst()).map { $1 - $0 }
        self.periodScale = periodScale
        n = equilibria.dimension
        nodeCount = widths.count * degree + 1
        periodIndex = n * nodeCount
        valueTable = basis.values.flatMap { $0 }
        slopeTable = basis.derivatives.flatMap { $0 }
    }

    /// The same orbits on another mesh with as many intervals; `accept` a reference before solving.
    func onMesh(_ mesh: [Double]) -> PeriodicOrbitProblem {
        PeriodicOrbitProblem(equilibria: equilibria, mesh: mesh, degree: basis.degree, periodScale: periodScale)
    }

    // Stored, not computed from `equilibria`: the inner loops read them constantly.
    let n: Int
    let nodeCount: Int
    let periodIndex: Int
    /// ℓ_l(z_k) and ℓ'_l(z_k) at index k(m + 1) + l: flat, read in the innermost loops.
    private let valueTable: [Double]
    private let slopeTable: [Double]
    var unknownCount: Int { periodIndex + 2 }
    private var collocationRows: Int { intervals * basis.degree * n }

    private var nodeScale: Double { Double(nodeCount).squareRoot() }

    /// The unknowns with the node values at their true size.
    func orbit(_ scaled: [Double]) -> [Double] { rescaled(scaled, nodes: nodeScale, period: periodScale) }

    /// The unknowns of an orbit given at true size.
    func unknowns(_ orbit: [Double]) -> [Double] { rescaled(orbit, nodes: 1 / nodeScale, period: 1 / periodScale) }

    private func rescaled(_ u: [Double], nodes: Double, period: Double) -> [Double] {
        var v = u
        for i in 0..<periodIndex { v[i] *= nodes }
        v[periodIndex] *= period
        return v
    }

    func node(_ u: [Double], _ index: Int) -> [Double] { Array(u[(index * n)..<((index + 1) * n)]) }

    func p(_ u: [Double]) -> [Double] {
        var values = equilibria.parameters
        values[equilibria.parameterIndex] = u[periodIndex + 1]
        return values
    }

    /// u and u' (in τ) at Gauss point k of interval j.
    func collocationValue(_ u: [Double], interval j: Int, point k: Int) -> (value: [Double], slope: [Double]) {
        var value = [Double](repeating: 0, count: n)
        var slope = [Double](repeating: 0, count: n)
        let degree = basis.degree
        let first = j * degree
        for l in 0...degree {
            let (a, d) = (valueTable[k * (degree + 1) + l], slopeTable[k * (degree + 1) + l] / widths[j])
            for i in 0..<n {
                value[i] += a * u[(first + l) * n + i]
                slope[i] += d * u[(first + l) * n + i]
            }
        }
        return (value, slope)
    }

    func residual(_ scaled: [Double]) -> [Double] {
        let u = orbit(scaled)
        let period = u[periodIndex]
        let params = p(u)
        let rhs = equilibria.system.rhs
        var r: [Double] = []
        r.reserveCapacity(periodIndex + 1)
        for j in 0..<intervals {
            for k in 0..<basis.degree {
                let (value, slope) = collocationValue(u, interval: j, point: k)
                r += slope - period * rhs(value, params)
            }
        }
        r += node(u, nodeCount - 1) - node(u, 0)
        r.append(phaseRow.dot(u - reference))
        return r
    }

    /// ∂(collocation residual at point k of interval j)/∂(node l of it) is
    /// ℓ'_l(z_k)/h_j·I − T ℓ_l(z_k) J: these two factors.
    private func nodeFactors(interval j: Int, point k: Int, node l: Int, period: Double) -> (identity: Double, jacobian: Double) {
        let index = k * (basis.degree + 1) + l
        return (slopeTable[index] / widths[j], period * valueTable[index])
    }

    /// The bordered Newton system, solved by splitting the unknowns into the nodes after
    /// the first (a band matrix: each interval's equations touch only its own nodes) and
    /// the n + 2 others (first node, T, p), which a small Schur complement resolves.
    func solveBordered(_ scaled: [Double], row: [Double], _ b: [Double]) -> [Double]? {
        solveOrbitSystem(orbit(scaled), row: unknowns(row), b).map { self.unknowns($0) }
    }

    private func solveOrbitSystem(_ u: [Double], row: [Double], _ b: [Double]) -> [Double]? {
        let period = u[periodIndex]
        let params = p(u)
        let degree = basis.degree
        let size = collocationRows
        let border = n + 2
        let system = equilibria.system
        let parameterIndex = equilibria.parameterIndex
        var band = BandMatrix(size: size, lower: degree * n + n - 1, upper: degree * n - 1)
        var right = Matrix(rows: size, columns: border + 1, values: Array(repeating: 0, count: size * (border + 1)))
        for j in 0..<intervals {
            for k in 0..<degree {
                let row0 = (j * degree + k) * n
                let value = collocationValue(u, interval: j, point: k).value
                let jac = system.jacobian(value, params)
                let f = system.rhs(value, params)
                let fp = system.parameterDerivative(value, params, parameterIndex)
                for l in 0...degree {
                    let node = j * degree + l
                    let (diagonal, factor) = nodeFactors(interval: j, point: k, node: l, period: period)
                    for r in 0..<n {
                        for c in 0..<n {
                            let entry = (r == c ? diagonal : 0) - factor * jac[r * n + c]
                            if node == 0 { right[row0 + r, c] = entry } else { band[row0 + r, (node - 1) * n + c] = entry }
                        }
                    }
                }
                for r in 0..<n {
                    right[row0 + r, n] = -f[r]
                    right[row0 + r, n + 1] = -period * fp[r]
                    right[row0 + r, border] = b[row0 + r]
                }
            }
        }
        guard let solved = try? LinearAlgebra.solve(band, right, equilibria.blas) else { return nil }
        var borderRows = (0..<n).map { r in
            var e = [Double](repeating: 0, count: unknownCount)
            e[(nodeCount - 1) * n + r] = 1
            e[r] = -1
            return e
        }
        borderRows += [phaseRow, row]
        let outer = (0..<n) + [periodIndex, periodIndex + 1]
        var schur = Matrix(rows: border, columns: border, values: Array(repeating: 0, count: border * border))
        var rhs = [Double](repeating: 0, count: border)
        for (i, e) in borderRows.enumerated() {
            rhs[i] = b[size + i]
            for (c, index) in outer.enumerated() { schur[i, c] = e[index] }
            for y in 0..<size where e[y + n] != 0 {
                for c in 0..<border { schur[i, c] -= e[y + n] * solved[y, c] }
                rhs[i] -= e[y + n] * solved[y, border]
            }
        }
        guard let z = try? LinearAlgebra.solve(schur, rhs, equilibria.blas) else { return nil }
        var x = [Double](repeating: 0, count: unknownCount)
        for (c, index) in outer.enumerated() { x[index] = z[c] }
        for y in 0..<size {
            var value = solved[y, border]
            for c in 0..<border { value -= solved[y, c] * z[c] }
            x[y + n] = value
        }
        return x
    }

    /// The monodromy matrix, whose eigenvalues are the Floquet multipliers: the product
    /// over mesh intervals of their transfer matrices (the last n rows of each propagator).
    func monodromy(_ scaled: [Double]) -> Matrix? {
        guard let propagators = intervalPropagators(scaled) else { return nil }
        let skipped = (basis.degree - 1) * n * n
        return propagators.reduce(Matrix.identity(n)) { product, nodes in
            Matrix(rows: n, columns: n, values: Array(nodes.values[skipped...])).times(product, equilibria.blas)
        }
    }

    /// Per mesh interval, the (degree·n × n) matrix that gives its nodes after the first from its
    /// first node in the linearised collocation equations, got by eliminating them.
    func intervalPropagators(_ scaled: [Double]) -> [Matrix]? {
        let u = orbit(scaled)
        let period = u[periodIndex]
        let params = p(u)
        let degree = basis.degree
        let jacobian = equilibria.system.jacobian
        var propagators: [Matrix] = []
        for j in 0..<intervals {
            var first = Matrix(rows: degree * n, columns: n, values: Array(repeating: 0, count: degree * n * n))
            var rest = Matrix(rows: degree * n, columns: degree * n, values: Array(repeating: 0, count: degree * degree * n * n))
            for k in 0..<degree {
                let jac = jacobian(collocationValue(u, interval: j, point: k).value, params)
                for l in 0...degree {
                    let (diagonal, factor) = nodeFactors(interval: j, point: k, node: l, period: period)
                    for r in 0..<n {
                        for c in 0..<n {
                            let entry = (r == c ? diagonal : 0) - factor * jac[r * n + c]
                            if l == 0 { first[k * n + r, c] = -entry } else { rest[k * n + r, (l - 1) * n + c] = entry }
                        }
                    }
                }
            }
            guard let nodes = try? LinearAlgebra.solve(rest, first, equilibria.blas) else { return nil }
            propagators.append(nodes)
        }
        return propagators
    }

    mutating func accept(_ scaled: [Double]) {
        let u = orbit(scaled)
        reference = u
        phaseRow = [Double](repeating: 0, count: unknownCount)
        for j in 0..<intervals {
            for k in 0..<basis.degree {
                let slope = collocationValue(u, interval: j, point: k).slope
                let weight = basis.gaussWeights[k] * widths[j]
                for l in 0...basis.degree {
                    let value = valueTable[k * (basis.degree + 1) + l]
                    for i in 0..<n {
                        phaseRow[(j * basis.degree + l) * n + i] += weight * value * slope[i]
                    }
                }
            }
        }
    }
}
