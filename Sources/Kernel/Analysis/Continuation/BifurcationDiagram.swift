import Output
import Plot

/// A one-parameter bifurcation diagram: the branches of equilibria (solid where
/// stable, dashed where not; the first is the one through the starting state, the
/// others were switched to at its branch points), the extremes of the periodic orbits born at its Hopf
/// points and of those switched onto at their branch points and period doublings, the labelled
/// special points, and the table of those points, all in display units.
package struct BifurcationDiagram {
    /// The vertical axis: a variable (equilibria, and the cycles' extremes) or the cycles' period.
    package enum Shown: Equatable {
        case variable(Int)
        case period
    }

    var system: DynamicalSystem
    var parameterIndex: Int
    var shown: Shown
    var equilibria: [EquilibriumBranch]
    var cycles: [CycleBranch]

    /// Each special point once (an LPC may be located from both sides of it), in order of the parameter.
    var special: [BifurcationPoint] {
        (equilibria.flatMap(\.special) + cycles.flatMap(\.special))
            .mergingDuplicates(parameterScales: [parameterSpan], stateScales: stateSpans)
            .sorted { $0.parameters[0] < $1.parameters[0] }
    }

    /// The parameter's span over the drawn branches, in the system's units.
    private var parameterSpan: Double {
        DiagramScale.spans(of: equilibria.flatMap(\.points).map { [$0.parameter] } + cycles.flatMap(\.points).map { [$0.parameter] },
                           count: 1)[0]
    }

    /// Each variable's span over the equilibria and the cycles' extremes, in the system's units.
    private var stateSpans: [Double] {
        let cyclePoints = cycles.flatMap(\.points)
        return DiagramScale.spans(of: equilibria.flatMap(\.points).map(\.state) + cyclePoints.map(\.maxima) + cyclePoints.map(\.minima),
                                  count: system.dimension)
    }

    private var parameterScale: Double { system.parameterUnit(parameterIndex).scale }

    package func figure(title: String) -> Figure {
        guard case .variable(let shown) = shown else { return periodFigure(title: title) }
        let x = { (p: Double) in p / parameterScale }
        let y = { (v: Double) in v / system.variableUnit(shown).scale }
        var series: [Series] = equilibria.enumerated().map { k, branch in
            .branch(name: k == 0 ? "equilibria" : nil, x: branch.points.map { x($0.parameter) },
                    y: branch.points.map { y($0.state[shown]) },
                    stable: branch.points.map(\.stable), style: Style(colour: Palette.colour(0)))
        }
        for (k, branch) in cycles.enumerated() {
            let style = Style(colour: Palette.colour(1))
            let px = branch.points.map { x($0.parameter) }
            let stable = branch.points.map(\.stable)
            series.append(.branch(name: k == 0 ? "cycles (max, min)" : nil, x: px,
                                  y: branch.points.map { y($0.maxima[shown]) }, stable: stable, style: style))
            series.append(.branch(name: nil, x: px, y: branch.points.map { y($0.minima[shown]) }, stable: stable, style: style))
        }
        series.append(.specialPoints(special.map {
            SpecialPoint(x: x($0.parameters[0]), y: y($0.state[shown]), label: $0.kind.rawValue)
        }))
        let unit = system.variableUnit(shown).name
        return Figure.single(series, xAxis: parameterAxis,
                             yAxis: Axis(label: system.variables[shown], unit: unit.isEmpty ? nil : unit), title: title)
    }

    /// `show period`: each cycle branch's period against the parameter, with the points on
    /// cycle branches (LPC, PD, TR) at their period.
    private func periodFigure(title: String) -> Figure {
        let time = system.timeUnit
        let x = { (p: Double) in p / parameterScale }
        var series: [Series] = cycles.enumerated().map { k, branch in
            .branch(name: k == 0 ? "cycles" : nil, x: branch.points.map { x($0.parameter) },
                    y: branch.points.map { $0.period / time.scale }, stable: branch.points.map(\.stable),
                    style: Style(colour: Palette.colour(1)))
        }
        series.append(.specialPoints(special.compactMap { point in
            point.period.map { SpecialPoint(x: x(point.parameters[0]), y: $0 / time.scale, label: point.kind.rawValue) }
        }))
        return Figure.single(series, xAxis: parameterAxis,
                             yAxis: Axis(label: "period", unit: time.name.isEmpty ? nil : time.name), title: title)
    }

    private var parameterAxis: Axis {
        let unit = system.parameterUnit(parameterIndex).name
        return Axis(label: system.parameters[parameterIndex], unit: unit.isEmpty ? nil : unit)
    }

    /// One row per special point: type, parameter, state, and ω, l1 (Hopf) or the period (LPC, PD, TR).
    package func table(title: String) -> Table {
        let time = system.timeUnit
        let rate = time.name.isEmpty ? "" : "rad/\(time.name)"
        let columns = [Table.Column("type"),
                       Table.Column(system.parameters[parameterIndex], unit: system.parameterUnit(parameterIndex).name)]
            + system.variables.indices.map { Table.Column(system.variables[$0], unit: system.variableUnit($0).name) }
            + [Table.Column("ω", unit: rate), Table.Column("l1"), Table.Column("period", unit: time.name)]
        let optional = { (value: Double?, scale: Double) -> Table.Entry in value.map { .number($0 * scale) } ?? .text("") }
        let (parameterSpan, stateSpans) = (parameterSpan, stateSpans)
        let rows = special.map { point -> [Table.Entry] in
            [.text(point.kind.rawValue),
             .number(point.parameters[0].zeroWithinSolverTolerance(scale: parameterSpan) / parameterScale)]
                + point.state.indices.map {
                    .number(point.state[$0].zeroWithinSolverTolerance(scale: stateSpans[$0]) / system.variableUnit($0).scale)
                }
                + [optional(point.frequency, time.scale), optional(point.firstLyapunov, 1),
                   optional(point.period, 1 / time.scale)]
        }
        return Table(title: title, columns: columns, rows: rows)
    }

    /// One row per cycle on every cycle branch (numbered after the branches of equilibria): its parameter, period, each variable's extremes,
    /// the nontrivial Floquet multipliers and whether they all lie inside the unit circle.
    /// Nil where no cycle was continued.
    package func cycleTable(title: String) -> Table? {
        guard cycles.contains(where: { !$0.points.isEmpty }) else { return nil }
        let time = system.timeUnit
        let n = system.dimension
        let columns = [Table.Column("branch"),
                       Table.Column(system.parameters[parameterIndex], unit: system.parameterUnit(parameterIndex).name),
                       Table.Column("period", unit: time.name)]
            + system.variables.indices.flatMap { i in
                ["max", "min"].map { Table.Column("\($0) \(system.variables[i])", unit: system.variableUnit(i).name) }
            }
            + (1..<max(n, 2)).map { Table.Column("μ\($0)") } + [Table.Column("stable")]
        let rows = cycles.enumerated().flatMap { k, branch in
            branch.points.map { point -> [Table.Entry] in
                let extremes = (0..<n).flatMap { i in
                    [point.maxima[i], point.minima[i]].map { Table.Entry.number($0 / system.variableUnit(i).scale) }
                }
                let multipliers = (0..<max(n - 1, 1)).map { j -> Table.Entry in
                    j < point.multipliers.count ? .complex(re: point.multipliers[j].re, im: point.multipliers[j].im) : .text("")
                }
                return [.number(Double(equilibria.count + k + 1)), .number(point.parameter / parameterScale), .number(point.period / time.scale)]
                    + extremes + multipliers + [.text(point.stable ? "yes" : "no")]
            }
        }
        return Table(title: title, columns: columns, rows: rows)
    }

    package init(system: DynamicalSystem, parameterIndex: Int, shown: Shown, equilibria: [EquilibriumBranch], cycles: [CycleBranch]) {
        self.system = system
        self.parameterIndex = parameterIndex
        self.shown = shown
        self.equilibria = equilibria
        self.cycles = cycles
    }
}
