import Symbolic

/// Builds a stochastic method's straight-line program: locals named as they are defined, and
/// the drift and diffusion of every equation evaluated at the points the method asks for, each
/// point's shared subexpressions computed once.
struct StochasticProgram {
    /// A state the method evaluates the right-hand sides at: each variable's value there (missing:
    /// the state at the start of the step) and its time, t + timeFraction·dt.
    struct Point: Hashable {
        var state: [String: Expr] = [:]
        var timeFraction: Double = 0
    }

    /// The drift of each equation, and per noise the factor of each equation, at one point.
    struct Evaluation {
        var drift: [Expr]
        var diffusion: [String: [Expr]]
    }

    let variables: [String]
    /// Driven inputs that read t: read again at a point's time.
    let timedDrives: [String: Expr]
    private(set) var locals: [SymbolicAssignment] = []
    private var evaluated: [EvaluationKey: Evaluation] = [:]

    /// What was evaluated where: a method may ask for the drift and a diffusion at one point separately.
    private struct EvaluationKey: Hashable {
        var point: Point
        var drift: [Expr]
        var diffusion: [String: [Expr]]
    }

    init(variables: [String], timedDrives: [String: Expr]) {
        self.variables = variables
        self.timedDrives = timedDrives
    }

    /// Defines `@name = value` and returns the symbol to read it by; a constant or a symbol is returned as it is.
    mutating func define(_ name: String, _ value: Expr) -> Expr {
        switch value {
        case .constant, .symbol: return value
        default:
            locals.append(SymbolicAssignment("@" + name, value))
            return .symbol("@" + name)
        }
    }

    /// A random draw is never folded or shared, so it always gets its local.
    mutating func draw(_ name: String, _ value: Expr) -> Expr {
        locals.append(SymbolicAssignment("@" + name, value))
        return .symbol("@" + name)
    }

    /// x + Σ terms for each variable, as locals `@<label>_<variable>`; a variable without terms stays x.
    mutating func point(_ label: String, timeFraction: Double, increments: [String: [Expr]]) -> Point {
        var state: [String: Expr] = [:]
        for v in variables {
            guard let terms = increments[v], let first = terms.first else { continue }
            state[v] = define("\(label)_\(v)", terms.dropFirst().reduce(.symbol(v) + first) { $0 + $1 })
        }
        return Point(state: state, timeFraction: timeFraction)
    }

    /// The drift and diffusions (functions of the start state) at a point, once per point.
    mutating func evaluate(_ drift: [Expr], _ diffusion: [String: [Expr]], at point: Point, label: String) -> Evaluation {
        let key = EvaluationKey(point: point, drift: drift, diffusion: diffusion)
        if let done = evaluated[key] { return done }
        let noises = diffusion.keys.sorted()
        let moved = (drift + noises.flatMap { diffusion[$0]! }).map { moveTo(point, $0).exprelSafe() }
        let group = CommonSubexpressions(moved) { "@c\(label)_\($0)" }
        locals += group.values.map { SymbolicAssignment($0.name, $0.value) }
        var k = 0
        func next(_ name: String) -> Expr {
            defer { k += 1 }
            return define(name, group.expressions[k])
        }
        let f = drift.isEmpty ? [] : variables.map { next("f\(label)_\($0)") }
        var g: [String: [Expr]] = [:]
        for noise in noises { g[noise] = variables.map { next("g\(label)_\(noise)_\($0)") } }
        let evaluation = Evaluation(drift: f, diffusion: g)
        evaluated[key] = evaluation
        return evaluation
    }

    private func moveTo(_ point: Point, _ e: Expr) -> Expr {
        var map = point.state
        if point.timeFraction != 0 {
            let time = Expr.symbol("t") + .constant(point.timeFraction) * .symbol("dt")
            map["t"] = time
            for (input, drive) in timedDrives { map[input] = drive.substituting(["t": time]) }
        }
        return map.isEmpty ? e : e.substituting(map)
    }
}
