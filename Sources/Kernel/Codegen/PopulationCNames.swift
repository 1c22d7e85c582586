import Lowering
import Network
import Symbolic

/// C for expressions of one population's neuron loop. Random draws are numbered across the
/// whole update of a neuron, in the order expressions are rendered, so no two calls share one.
final class PopulationCNames {
    private let program: PopulationProgram
    let precision: Precision
    private var nextDraw = 0
    private let inputs: Set<String>
    private let drivenInputs: Set<String>
    private let variables: Set<String>
    private let integrated: Set<String>

    init(program: PopulationProgram, precision: Precision) {
        self.program = program
        self.precision = precision
        drivenInputs = Set(program.drivenInputs.map(\.name))
        inputs = drivenInputs.union(program.constantInputs)
        variables = Set(program.variables)
        integrated = Set(program.update.integratedVariables)
    }

    /// A renderer that numbers the next draws as this one would, so that two renderings of one update draw alike.
    func copy() -> PopulationCNames {
        let copy = PopulationCNames(program: program, precision: precision)
        copy.nextDraw = nextDraw
        return copy
    }

    /// The suffix of libm's functions for `real` (powf for f32).
    var mathSuffix: String { precision == .f32 ? "f" : "" }

    /// The unsigned integer as wide as `real`, to read a value's bits.
    var realBits: String { precision == .f32 ? "u32" : "u64" }

    /// `stage` picks stage values (nil: the updated state, at t + dt).
    func render(_ e: Expr, stage: Int?, asCondition: Bool = false) -> String {
        let expression = CExpression(precision: precision, name: { self.name($0, stage: stage) }, random: { f, draw in
            "(real)soma_\(f == .rand ? "uniform" : "normal")(\(CExpression.seed(self.program.randomSeed)), \(self.program.randomStream), s, i, \(draw))"
        })
        return asCondition ? expression.renderCondition(e, firstDraw: &nextDraw) : expression.render(e, firstDraw: &nextDraw)
    }

    private func name(_ symbol: String, stage: Int?) -> String {
        if symbol.hasPrefix("@") { return String(symbol.dropFirst()) }
        if let k = program.delays.firstIndex(where: { $0.symbol == symbol }) {
            let read = program.delays[k]
            return "soma_delayed(history_\(read.variable), history_rows, n, i, (double)s + \(timeFraction(stage)) - delay_\(k), s, history_start, delay_\(k))"
        }
        if variables.contains(symbol) {
            guard let stage, stage > 0, integrated.contains(symbol) else { return "x_\(symbol)" }
            return "s\(stage)_\(symbol)"
        }
        if inputs.contains(symbol) {
            return drivenInputs.contains(symbol) ? "in\(stage ?? 0)_\(symbol)" : "in_\(symbol)"
        }
        switch symbol {
        case "t": return stage.map { $0 == 0 ? "t" : "t_\($0)" } ?? "(t + dt)"
        case "i": return "(real)i"
        case "N": return "(real)n"
        case "dt": return "dtr"
        default: return "p_\(symbol)"
        }
    }

    /// Where a stage's time lies in the step; a stochastic method's locals and exponential Euler read at its start.
    private func timeFraction(_ stage: Int?) -> Double {
        guard let stage else { preconditionFailure("a past state is read in equations only") }
        if case .rungeKutta(let stages, _) = program.update { return stages[stage].timeFraction }
        return 0
    }
}
