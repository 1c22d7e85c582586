import Symbolic

/// A curve of period doublings (PD) or of folds of cycles (LPC) in two parameters, by the
/// standard augmented system: the collocation equations of the orbit u (period T, parameters
/// p1 and p2) together with those of a Floquet solution v of the linearised equations,
///
///     PD:   v' = T f_u(u) v,            v(1) = −v(0)      (a multiplier −1)
///     LPC:  v' = T f_u(u) v + w f(u),   v(1) = v(0), ∫⟨v, ū'⟩ = 0
///                                                          ((v, w) spans the kernel of the
///                                                           orbit equations in (u, T))
///
/// and ⟨(v, w), (v̄, w̄)⟩ = 1 against the last accepted solution, so that v is not zero.
/// U = (u's nodes and T as `PeriodicOrbitProblem` scales them, v's nodes, w for an LPC, p1, p2):
/// p2 last, the parameter of the curve. The Jacobian is exact but for ∂(f_u v)/∂(u, p), taken
/// by central differences of f_u along v (f_u's own derivative, which the system does not give).
struct CycleCurveProblem: DenseContinuationProblem {
    enum Kind { case periodDoubling, cycleFold }

    let kind: Kind
    /// Its parameter (`equilibria.parameterIndex`) is p1; p2 is set from U at each evaluation.
    private(set) var orbit: PeriodicOrbitProblem
    let second: Int
    /// (v̄, w̄), normalised: what the normalisation row measures v against.
    private var reference: [Double]

    init(kind: Kind, orbit: PeriodicOrbitProblem, second: Int, null: [Double]) {
        self.kind = kind
        self.orbit = orbit
        self.second = second
        reference = null.normalized
    }

    private var n: Int { orbit.n }
    private var nodeValues: Int { orbit.periodIndex }
    private var nullStart: Int { orbit.periodIndex + 1 }
    private var nullCount: Int { nodeValues + (kind == .cycleFold ? 1 : 0) }
    var unknownCount: Int { nullStart + nullCount + 2 }

    /// The unknowns of U's orbit for `orbit(at:)`: nodes, T, p1.
    func orbitUnknowns(_ u: [Double]) -> [Double] { Array(u[...orbit.periodIndex]) + [u[u.count - 2]] }

    func null(_ u: [Double]) -> [Double] { Array(u[nullStart..<(nullStart + nullCount)]) }

    /// The orbit problem with p2 at U's value.
    func orbit(at u: [Double]) -> PeriodicOrbitProblem {
        var problem = orbit
        problem.equilibria.parameters[second] = u[u.count - 1]
        return problem
    }

    /// The unknowns at an orbit (as `orbit` scales them), a null vector and p2.
    func unknowns(orbit scaled: [Double], null: [Double], p2: Double) -> [Double] {
        let scale = 1 / null.dot(reference)
        return Array(scaled[...orbit.periodIndex]) + scale * null + [scaled[orbit.periodIndex + 1], p2]
    }

    func residual(_ u: [Double]) -> [Double] {
        let problem = orbit(at: u)
        let scaled = orbitUnknowns(u)
        var r = problem.residual(scaled)
        let x = problem.orbit(scaled)
        let (period, p) = (x[problem.periodIndex], problem.p(x))
        let v = Array(u[nullStart..<(nullStart + nodeValues)])
        let w = kind == .cycleFold ? u[nullStart + nodeValues] : 0
        let system = problem.equilibria.system
        for j in 0..<problem.intervals {
            for k in 0..<problem.basis.degree {
                let state = problem.collocationValue(x, interval: j, point: k).value
                let (value, slope) = problem.collocationValue(v, interval: j, point: k)
                let jv = Matrix(square: system.jacobian(state, p)) * value
                let f = system.rhs(state, p)
                r += (0..<n).map { slope[$0] - period * jv[$0] - w * f[$0] }
            }
        }
        let sign = kind == .periodDoubling ? 1.0 : -1.0
        r += (0..<n).map { v[(problem.nodeCount - 1) * n + $0] + sign * v[$0] }
        if kind == .cycleFold { r.append(Array(problem.phaseRow[..<nodeValues]).dot(v)) }
        r.append(reference.dot(null(u)) - 1)
        return r
    }

    func jacobian(_ u: [Double]) -> Matrix {
        let problem = orbit(at: u)
        let scaled = orbitUnknowns(u)
        let x = problem.orbit(scaled)
        let (period, p) = (x[problem.periodIndex], problem.p(x))
        let v = Array(u[nullStart..<(nullStart + nodeValues)])
        let w = kind == .cycleFold ? u[nullStart + nodeValues] : 0
        let system = problem.equilibria.system
        let (m, nodeCount) = (problem.basis.degree, problem.nodeCount)
        let nodeScale = Double(nodeCount).squareRoot()
        let columns = unknownCount
        let rows = columns - 1
        let (tColumn, p1Column, p2Column) = (nodeValues, columns - 2, columns - 1)
        let parameters = [(p1Column, problem.equilibria.parameterIndex), (p2Column, second)]
        var jacobian = Matrix(rows: rows, columns: columns, values: Array(repeating: 0, count: rows * columns))
        let vRows = nodeValues + 1
        for j in 0..<problem.intervals {
            for k in 0..<m {
                let state = problem.collocationValue(x, interval: j, point: k).value
                let value = problem.collocationValue(v, interval: j, point: k).value
                let jac = Matrix(square: system.jacobian(state, p))
                let f = system.rhs(state, p)
                let h = 1e-6 * (1 + state.maxNorm) / max(value.maxNorm, .leastNormalMagnitude)
                // ∂(f_u v)/∂u = the derivative of f_u along v (f'' is symmetric).
                let second = Matrix(rows: n, columns: n, values: zip(system.jacobian(state.adding(h * value), p),
                                                                     system.jacobian(state.adding((-h) * value), p)).map { ($0 - $1) / (2 * h) })
                let jv = jac * value
                let row0 = (j * m + k) * n
                for l in 0...m {
                    let node = (j * m + l) * n
                    let (a, d) = (problem.basis.values[k][l], problem.basis.derivatives[k][l] / problem.widths[j])
                    for r in 0..<n {
                        for c in 0..<n {
                            let block = (r == c ? d : 0) - period * a * jac[r, c]
                            jacobian[row0 + r, node + c] = nodeScale * block
                            jacobian[vRows + row0 + r, nullStart + node + c] = block
                            jacobian[vRows + row0 + r, node + c] = nodeScale * a * (-period * second[r, c] - w * jac[r, c])
                        }
                    }
                }
                for r in 0..<n {
                    jacobian[row0 + r, tColumn] = -problem.periodScale * f[r]
                    jacobian[vRows + row0 + r, tColumn] = -problem.periodScale * jv[r]
                    if kind == .cycleFold { jacobian[vRows + row0 + r, nullStart + nodeValues] = -f[r] }
                }
                for (column, index) in parameters {
                    let fp = system.parameterDerivative(state, p, index)
                    let delta = 1e-6 * (1 + abs(p[index]))
                    var (up, down) = (p, p)
                    up[index] += delta
                    down[index] -= delta
                    let jvp = (Matrix(square: system.jacobian(state, up)) * value).adding(-1 * (Matrix(square: system.jacobian(state, down)) * value))
                    for r in 0..<n {
                        jacobian[row0 + r, column] = -period * fp[r]
                        jacobian[vRows + row0 + r, column] = -period * jvp[r] / (2 * delta) - w * fp[r]
                    }
                }
            }
        }
        let last = (nodeCount - 1) * n
        let sign = kind == .periodDoubling ? 1.0 : -1.0
        for r in 0..<n {
            jacobian[last + r, last + r] = nodeScale
            jacobian[last + r, r] = -nodeScale
            jacobian[vRows + last + r, nullStart + last + r] = 1
            jacobian[vRows + last + r, nullStart + r] = sign
        }
        for c in 0..<nodeValues {
            jacobian[nodeValues, c] = nodeScale * problem.phaseRow[c]
            if kind == .cycleFold { jacobian[vRows + nodeValues, nullStart + c] = problem.phaseRow[c] }
        }
        for c in 0..<nullCount { jacobian[rows - 1, nullStart + c] = reference[c] }
        return jacobian
    }

    mutating func accept(_ u: [Double]) {
        orbit = orbit(at: u)
        orbit.accept(orbitUnknowns(u))
        reference = null(u).normalized
    }
}
