import Foundation
import Support
import Symbolic

/// A curve of period doublings (PD), folds of cycles (LPC) or torus bifurcations (TR) in two
/// parameters, by the standard augmented system: the collocation equations of the orbit u
/// (period T, parameters p1 and p2) together with those of a Floquet solution of the
/// linearised equations,
///
///     PD:   v' = T f_u(u) v,            v(1) = −v(0)      (a multiplier −1)
///     LPC:  v' = T f_u(u) v + w f(u),   v(1) = v(0), ∫⟨v, ū'⟩ = 0
///                                                          ((v, w) spans the kernel of the
///                                                           orbit equations in (u, T))
///     TR:   a' = T f_u(u) a, b' = T f_u(u) b,  (a + i b)(1) = e^{iθ} (a + i b)(0),
///           ⟨b, ā⟩ − ⟨a, b̄⟩ = 0                           (multipliers e^{±iθ})
///
/// and ⟨(v, w), (v̄, w̄)⟩ = 1 (⟨(a, b), (ā, b̄)⟩ = 1) against the last accepted solution, so that
/// it is not zero (nor, for a torus, turned freely in the complex plane).
/// U = (u's nodes and T as `PeriodicOrbitProblem` scales them, the null part: v's nodes and w,
/// or a's and b's nodes and θ, then p1, p2): p2 last, the parameter of the curve. The Jacobian
/// is exact but for ∂(f_u v)/∂(u, p), taken by central differences of f_u along v (f_u's own
/// derivative, which the system does not give).
struct CycleCurveProblem: DenseContinuationProblem {
    enum Kind { case periodDoubling, cycleFold, torus }

    let kind: Kind
    /// Its parameter (`equilibria.parameterIndex`) is p1; p2 is set from U at each evaluation.
    private(set) var orbit: PeriodicOrbitProblem
    let second: Int
    /// The orbit's: one library for both parts of the system.
    var blas: BLAS { orbit.equilibria.blas }
    /// The null part at the last accepted point, normalised (θ left out): what the
    /// normalisation row measures the null part against.
    private var reference: [Double]

    init(kind: Kind, orbit: PeriodicOrbitProblem, second: Int, null: [Double]) {
        self.kind = kind
        self.orbit = orbit
        self.second = second
        reference = []
        reference = referenced(null)
    }

    private var n: Int { orbit.n }
    private var nodeValues: Int { orbit.periodIndex }
    /// The Floquet vectors' count: one (v), or two for a torus (a, b).
    private var vectors: Int { kind == .torus ? 2 : 1 }
    private var nullStart: Int { orbit.periodIndex + 1 }
    private var nullCount: Int { vectors * nodeValues + (kind == .periodDoubling ? 0 : 1) }
    /// Where w (LPC) or θ (TR) is.
    private var extra: Int { nullStart + vectors * nodeValues }
    var unknownCount: Int { nullStart + nullCount + 2 }

    /// The unknowns of U's orbit for `orbit(at:)`: nodes, T, p1.
    func orbitUnknowns(_ u: [Double]) -> [Double] { Array(u[...orbit.periodIndex]) + [u[u.count - 2]] }

    func null(_ u: [Double]) -> [Double] { Array(u[nullStart..<(nullStart + nullCount)]) }

    private func referenced(_ null: [Double]) -> [Double] {
        var part = null
        if kind == .torus { part[part.count - 1] = 0 }
        return part.normalized
    }

    /// The orbit problem with p2 at U's value.
    func orbit(at u: [Double]) -> PeriodicOrbitProblem {
        var problem = orbit
        problem.equilibria.parameters[second] = u[u.count - 1]
        return problem
    }

    /// The unknowns at an orbit (as `orbit` scales them), a null part and p2.
    func unknowns(orbit scaled: [Double], null: [Double], p2: Double) -> [Double] {
        var part = null
        let scale = 1 / null.dot(reference)
        for i in 0..<(vectors * nodeValues + (kind == .cycleFold ? 1 : 0)) { part[i] *= scale }
        return Array(scaled[...orbit.periodIndex]) + part + [scaled[orbit.periodIndex + 1], p2]
    }

    private func vector(_ u: [Double], _ q: Int) -> [Double] {
        Array(u[(nullStart + q * nodeValues)..<(nullStart + (q + 1) * nodeValues)])
    }

    func residual(_ u: [Double]) -> [Double] {
        let problem = orbit(at: u)
        let scaled = orbitUnknowns(u)
        var r = problem.residual(scaled)
        let x = problem.orbit(scaled)
        let (period, p) = (x[problem.periodIndex], problem.p(x))
        let w = kind == .cycleFold ? u[extra] : 0
        let system = problem.equilibria.system
        let vs = (0..<vectors).map { vector(u, $0) }
        for v in vs {
            for j in 0..<problem.intervals {
                for k in 0..<problem.basis.degree {
                    let state = problem.collocationValue(x, interval: j, point: k).value
                    let (value, slope) = problem.collocationValue(v, interval: j, point: k)
                    let jv = Matrix(square: system.jacobian(state, p)) * value
                    let f = kind == .cycleFold ? system.rhs(state, p) : [Double](repeating: 0, count: n)
                    r += (0..<n).map { slope[$0] - period * jv[$0] - w * f[$0] }
                }
            }
        }
        let last = (problem.nodeCount - 1) * n
        switch kind {
        case .periodDoubling: r += (0..<n).map { vs[0][last + $0] + vs[0][$0] }
        case .cycleFold:
            r += (0..<n).map { vs[0][last + $0] - vs[0][$0] }
            r.append(Array(problem.phaseRow[..<nodeValues]).dot(vs[0]))
        case .torus:
            let (c, s) = (cos(u[extra]), sin(u[extra]))
            let (a, b) = (vs[0], vs[1])
            r += (0..<n).map { a[last + $0] - c * a[$0] + s * b[$0] }
            r += (0..<n).map { b[last + $0] - s * a[$0] - c * b[$0] }
            r.append(b.dot(Array(reference[..<nodeValues])) - a.dot(Array(reference[nodeValues..<(2 * nodeValues)])))
        }
        r.append(reference.dot(null(u)) - 1)
        return r
    }

    func jacobian(_ u: [Double]) -> Matrix {
        let problem = orbit(at: u)
        let scaled = orbitUnknowns(u)
        let x = problem.orbit(scaled)
        let (period, p) = (x[problem.periodIndex], problem.p(x))
        let w = kind == .cycleFold ? u[extra] : 0
        let system = problem.equilibria.system
        let (m, nodeCount) = (problem.basis.degree, problem.nodeCount)
        let nodeScale = Double(nodeCount).squareRoot()
        let columns = unknownCount
        let rows = columns - 1
        let (tColumn, p1Column, p2Column) = (nodeValues, columns - 2, columns - 1)
        let parameters = [(p1Column, problem.equilibria.parameterIndex), (p2Column, second)]
        var jacobian = Matrix(rows: rows, columns: columns, values: Array(repeating: 0, count: rows * columns))
        let collocationRows = nodeValues - n
        let vs = (0..<vectors).map { vector(u, $0) }
        for j in 0..<problem.intervals {
            for k in 0..<m {
                let state = problem.collocationValue(x, interval: j, point: k).value
                let jac = Matrix(square: system.jacobian(state, p))
                let f = system.rhs(state, p)
                let row0 = (j * m + k) * n
                for l in 0...m {
                    let node = (j * m + l) * n
                    let (a, d) = (problem.basis.values[k][l], problem.basis.derivatives[k][l] / problem.widths[j])
                    for r in 0..<n {
                        for c in 0..<n { jacobian[row0 + r, node + c] = nodeScale * ((r == c ? d : 0) - period * a * jac[r, c]) }
                    }
                }
                for r in 0..<n { jacobian[row0 + r, tColumn] = -problem.periodScale * f[r] }
                for (column, index) in parameters {
                    let fp = system.parameterDerivative(state, p, index)
                    for r in 0..<n { jacobian[row0 + r, column] = -period * fp[r] }
                }
                for (q, v) in vs.enumerated() {
                    let vRow0 = nodeValues + 1 + q * collocationRows + row0
                    let vColumn0 = nullStart + q * nodeValues
                    let value = problem.collocationValue(v, interval: j, point: k).value
                    let h = 1e-6 * (1 + state.maxNorm) / max(value.maxNorm, .leastNormalMagnitude)
                    // ∂(f_u v)/∂u = the derivative of f_u along v (f'' is symmetric).
                    let second = Matrix(rows: n, columns: n, values: zip(system.jacobian(state.adding(h * value), p),
                                                                         system.jacobian(state.adding((-h) * value), p)).map { ($0 - $1) / (2 * h) })
                    let jv = jac * value
                    for l in 0...m {
                        let node = (j * m + l) * n
                        let (a, d) = (problem.basis.values[k][l], problem.basis.derivatives[k][l] / problem.widths[j])
                        for r in 0..<n {
                            for c in 0..<n {
                                jacobian[vRow0 + r, vColumn0 + node + c] = (r == c ? d : 0) - period * a * jac[r, c]
                                jacobian[vRow0 + r, node + c] = nodeScale * a * (-period * second[r, c] - w * jac[r, c])
                            }
                        }
                    }
                    for r in 0..<n {
                        jacobian[vRow0 + r, tColumn] = -problem.periodScale * jv[r]
                        if kind == .cycleFold { jacobian[vRow0 + r, extra] = -f[r] }
                    }
                    for (column, index) in parameters {
                        let fp = system.parameterDerivative(state, p, index)
                        let delta = 1e-6 * (1 + abs(p[index]))
                        var (up, down) = (p, p)
                        up[index] += delta
                        down[index] -= delta
                        let jvp = (Matrix(square: system.jacobian(state, up)) * value)
                            .adding(-1 * (Matrix(square: system.jacobian(state, down)) * value))
                        for r in 0..<n { jacobian[vRow0 + r, column] = -period * jvp[r] / (2 * delta) - w * fp[r] }
                    }
                }
            }
        }
        let last = (nodeCount - 1) * n
        for r in 0..<n {
            jacobian[collocationRows + r, last + r] = nodeScale
            jacobian[collocationRows + r, r] = -nodeScale
        }
        for c in 0..<nodeValues { jacobian[nodeValues, c] = nodeScale * problem.phaseRow[c] }
        let boundary = nodeValues + 1 + vectors * collocationRows
        switch kind {
        case .periodDoubling, .cycleFold:
            let sign = kind == .periodDoubling ? 1.0 : -1.0
            for r in 0..<n {
                jacobian[boundary + r, nullStart + last + r] = 1
                jacobian[boundary + r, nullStart + r] = sign
            }
            if kind == .cycleFold {
                for c in 0..<nodeValues { jacobian[boundary + n, nullStart + c] = problem.phaseRow[c] }
            }
        case .torus:
            let (cosine, sine) = (cos(u[extra]), sin(u[extra]))
            let (a, b) = (vs[0], vs[1])
            let (aColumn, bColumn) = (nullStart, nullStart + nodeValues)
            for r in 0..<n {
                jacobian[boundary + r, aColumn + last + r] = 1
                jacobian[boundary + r, aColumn + r] = -cosine
                jacobian[boundary + r, bColumn + r] = sine
                jacobian[boundary + r, extra] = sine * a[r] + cosine * b[r]
                jacobian[boundary + n + r, bColumn + last + r] = 1
                jacobian[boundary + n + r, aColumn + r] = -sine
                jacobian[boundary + n + r, bColumn + r] = -cosine
                jacobian[boundary + n + r, extra] = -cosine * a[r] + sine * b[r]
            }
            for c in 0..<nodeValues {
                jacobian[boundary + 2 * n, bColumn + c] = reference[c]
                jacobian[boundary + 2 * n, aColumn + c] = -reference[nodeValues + c]
            }
        }
        for c in 0..<nullCount { jacobian[rows - 1, nullStart + c] = reference[c] }
        return jacobian
    }

    mutating func accept(_ u: [Double]) {
        orbit = orbit(at: u)
        orbit.accept(orbitUnknowns(u))
        reference = referenced(null(u))
    }
}
