import Integrators
import Model
import Symbolic

/// Lowers a population whose equations read white noise under a stochastic method: each
/// equation split into drift f and factors g_k of its noises, the drift put in the method's
/// calculus, and the method's formula written out as a straight-line program.
struct StochasticLowering {
    let model: NeuronModel
    let method: StochasticMethod
    let calculus: NoiseCalculus
    let drivenInputs: [String: Expr]
    /// The equations in the order of their variables.
    private let equations: [(variable: String, rhs: Expr)]
    private let noises: [String]
    /// The factor of each noise, per equation.
    let diffusion: [String: [Expr]]
    /// The drift in the method's calculus: Stratonovich f_S = f_I − ½ Σ_k L^k g_k, where
    /// L^k = Σ_j g_jk ∂/∂x_j (zero for additive noise).
    private(set) var drift: [Expr] = []

    init(model: NeuronModel, method: StochasticMethod, calculus: NoiseCalculus, drivenInputs: [String: Expr]) {
        self.model = model
        self.method = method
        self.calculus = calculus
        self.drivenInputs = drivenInputs
        let equations = model.variables.compactMap { v in model.equations.first { $0.variable == v.name } }
        self.equations = equations
        noises = model.noises
        diffusion = Dictionary(uniqueKeysWithValues: model.noises.map { k in (k, equations.map { $0.rhs.diffusion(k) }) })
        let itoDrift = equations.map { $0.rhs.drift }
        guard method.calculus != calculus else {
            drift = itoDrift
            return
        }
        let sign = calculus == .ito ? -0.5 : 0.5
        drift = itoDrift.indices.map { i in
            itoDrift[i] + .constant(sign) * noises.map { k in along(k, diffusion[k]![i]) }.reduce(.zero, +)
        }
    }

    /// L^k e = Σ_j g_jk ∂e/∂x_j.
    private func along(_ noise: String, _ e: Expr) -> Expr {
        let g = diffusion[noise]!
        return equations.indices.map { j in g[j] * e.derivative(with: equations[j].variable) }.reduce(.zero, +)
    }

    /// `drives`: the driven inputs at the start of the step, which every point after it reads again at its own time.
    func update(drives: [StageDrive]) -> StochasticUpdate {
        var program = StochasticProgram(variables: equations.map(\.variable), timedDrives: drivenInputs.filter { $0.value.symbols.contains("t") })
        let sqrtDt = program.define("sqrt_dt", .call(.sqrt, [.symbol("dt")]))
        let dW = Dictionary(uniqueKeysWithValues: noises.map { k in (k, program.draw("dW_\(k)", sqrtDt * .call(.randn, []))) })
        let next: [Expr]
        switch method {
        case .eulerMaruyama, .exponentialEuler: next = eulerMaruyama(&program, dW)
        case .milstein: next = milstein(&program, dW)
        case .derivativeFreeMilstein: next = derivativeFreeMilstein(&program, dW, sqrtDt)
        case .heun: next = heun(&program, dW)
        case .rossler(_, let tableau): next = rossler(tableau, &program, dW[noises[0]]!, sqrtDt)
        }
        let results = model.variables.map { v in
            SymbolicAssignment(v.name, equations.firstIndex { $0.variable == v.name }.map { next[$0] } ?? .symbol(v.name))
        }
        return StochasticUpdate(drives: drives, locals: program.locals, results: results)
    }

    private var dt: Expr { .symbol("dt") }

    private func x(_ i: Int) -> Expr { .symbol(equations[i].variable) }

    /// Σ_k g_ik·ΔW_k.
    private func noiseTerm(_ g: [String: [Expr]], _ dW: [String: Expr], _ i: Int) -> Expr {
        noises.map { g[$0]![i] * dW[$0]! }.reduce(.zero, +)
    }

    private func eulerMaruyama(_ program: inout StochasticProgram, _ dW: [String: Expr]) -> [Expr] {
        let e = program.evaluate(drift, diffusion, at: .init(), label: "0")
        return equations.indices.map { i in x(i) + dt * e.drift[i] + noiseTerm(e.diffusion, dW, i) }
    }

    /// x + f dt + Σ_k g_k ΔW_k + ½ Σ_{k,l} (L^l g_k)(ΔW_l ΔW_k − δ_kl dt): the iterated integrals
    /// of commuting noise; for one noise, or noises that commute, this is strong order 1.
    private func milstein(_ program: inout StochasticProgram, _ dW: [String: Expr]) -> [Expr] {
        var factors = diffusion
        for k in noises { for l in noises { factors["L\(l)\(k)"] = diffusion[k]!.map { along(l, $0) } } }
        let e = program.evaluate(drift, factors, at: .init(), label: "0")
        return equations.indices.map { i in
            var sum = x(i) + dt * e.drift[i] + noiseTerm(e.diffusion, dW, i)
            for k in noises {
                for l in noises {
                    let area = dW[l]! * dW[k]! - (k == l ? dt : .zero)
                    sum = sum + .constant(0.5) * e.diffusion["L\(l)\(k)"]![i] * area
                }
            }
            return sum
        }
    }

    /// Milstein with L^l g_k replaced by (g_k(Υ_l) − g_k(x))/√dt, Υ_l = x + f dt + g_l √dt.
    private func derivativeFreeMilstein(_ program: inout StochasticProgram, _ dW: [String: Expr], _ sqrtDt: Expr) -> [Expr] {
        let e = program.evaluate(drift, diffusion, at: .init(), label: "0")
        var sums = equations.indices.map { i in x(i) + dt * e.drift[i] + noiseTerm(e.diffusion, dW, i) }
        for l in noises {
            let support = program.point("Y_\(l)", timeFraction: 0, increments: Dictionary(uniqueKeysWithValues: equations.indices.map { i in
                (equations[i].variable, [dt * e.drift[i], e.diffusion[l]![i] * sqrtDt])
            }))
            let moved = program.evaluate([], diffusion, at: support, label: "Y_\(l)")
            for k in noises {
                let area = (dW[l]! * dW[k]! - (k == l ? dt : .zero)) / (.constant(2) * sqrtDt)
                for i in equations.indices { sums[i] = sums[i] + (moved.diffusion[k]![i] - e.diffusion[k]![i]) * area }
            }
        }
        return sums
    }

    /// Predictor x̄ = x + f dt + Σ g_k ΔW_k, then the trapezoid of f and of each g_k.
    private func heun(_ program: inout StochasticProgram, _ dW: [String: Expr]) -> [Expr] {
        let e = program.evaluate(drift, diffusion, at: .init(), label: "0")
        let predictor = program.point("P", timeFraction: 1, increments: Dictionary(uniqueKeysWithValues: equations.indices.map { i in
            (equations[i].variable, [dt * e.drift[i], noiseTerm(e.diffusion, dW, i)])
        }))
        let p = program.evaluate(drift, diffusion, at: predictor, label: "1")
        return equations.indices.map { i in
            x(i) + .constant(0.5) * dt * (e.drift[i] + p.drift[i])
                + noises.map { .constant(0.5) * (e.diffusion[$0]![i] + p.diffusion[$0]![i]) * dW[$0]! }.reduce(.zero, +)
        }
    }

    private func rossler(_ tableau: StochasticRungeKuttaTableau, _ program: inout StochasticProgram, _ dW: Expr, _ sqrtDt: Expr) -> [Expr] {
        let noise = noises[0]
        let dZ = program.draw("dZ_\(noise)", sqrtDt * .call(.randn, []))
        let i10 = program.define("I10", .constant(0.5) * dt * (dW + dZ / .constant(3.0.squareRoot())))
        let i11 = program.define("I11", .constant(0.5) * (dW * dW - dt))
        let i111 = program.define("I111", (dW * dW * dW - .constant(3) * dt * dW) / .constant(6))
        var f: [[Expr]] = [], g: [[Expr]] = []
        for s in 0..<tableau.stages {
            func increments(_ a: [Double], _ b: [Double], _ bScale: Expr) -> [String: [Expr]] {
                Dictionary(uniqueKeysWithValues: equations.indices.map { i in
                    let drift = zip(a, f).filter { $0.0 != 0 }.map { dt * .constant($0.0) * $0.1[i] }
                    let noise = zip(b, g).filter { $0.0 != 0 }.map { .constant($0.0) * $0.1[i] * bScale }
                    return (equations[i].variable, drift + noise)
                })
            }
            let later = (s + 1)..<tableau.stages
            let needsDrift = tableau.alpha[s] != 0 || later.contains { tableau.a0[$0][s] != 0 || tableau.a1[$0][s] != 0 }
            let needsDiffusion = [tableau.beta1, tableau.beta2, tableau.beta3, tableau.beta4].contains { $0[s] != 0 }
                || later.contains { tableau.b0[$0][s] != 0 || tableau.b1[$0][s] != 0 }
            if needsDrift {
                let h0 = program.point("H0_\(s)", timeFraction: tableau.c0[s], increments: increments(tableau.a0[s], tableau.b0[s], i10 / dt))
                f.append(program.evaluate(drift, [:], at: h0, label: "F\(s)").drift)
            } else {
                f.append([])
            }
            if needsDiffusion {
                let h1 = program.point("H1_\(s)", timeFraction: tableau.c1[s], increments: increments(tableau.a1[s], tableau.b1[s], sqrtDt))
                g.append(program.evaluate([], [noise: diffusion[noise]!], at: h1, label: "G\(s)").diffusion[noise]!)
            } else {
                g.append([])
            }
        }
        let weights = (0..<tableau.stages).map { s in
            g[s].isEmpty ? Expr.zero : program.define("beta_\(s)", .constant(tableau.beta1[s]) * dW + .constant(tableau.beta2[s]) * i11 / sqrtDt
                + .constant(tableau.beta3[s]) * i10 / dt + .constant(tableau.beta4[s]) * i111 / dt)
        }
        return equations.indices.map { i in
            (0..<tableau.stages).reduce(x(i)) { sum, s in
                let drift = tableau.alpha[s] == 0 ? Expr.zero : dt * .constant(tableau.alpha[s]) * f[s][i]
                return sum + drift + (g[s].isEmpty ? .zero : weights[s] * g[s][i])
            }
        }
    }
}
