import Codegen
import Integrators
import Lowering
import Network
import Support
import Symbolic

/// What the adaptive methods and `exact` need from the runtime: step-control buffers, their
/// tolerances and sub-step counts, and exact's propagators, computed once per run.
extension Runner {
    /// Fresh counts for the populations an adaptive method integrates; their step sizes carry over from the last run.
    func prepareStepControl(_ plan: NetworkPlan) {
        for (p, population) in plan.populations.enumerated() {
            guard case .adaptive = population.method else { continue }
            let buffers = state.populations[p].stepControl ?? StepControlState(size: state.populations[p].size)
            buffers.resetCounts()
            state.populations[p].stepControl = buffers
        }
    }

    /// Sub-steps taken and rejected in this run over every adaptively integrated population; nil when there is none.
    func stepTotals(_ plan: NetworkPlan) -> (taken: Int64, rejected: Int64)? {
        let adaptive = plan.populations.indices.compactMap { p -> (Int64, Int64)? in
            guard case .adaptive = plan.populations[p].method else { return nil }
            return state.populations[p].stepControl?.totals
        }
        guard !adaptive.isEmpty else { return nil }
        return adaptive.reduce((0, 0)) { ($0.0 + $1.0, $0.1 + $1.1) }
    }

    /// rtol, each variable's atol in SI (atol in its display unit), and exact's Φ and Ψ.
    func setStepControlParameters(_ options: RunOptions, _ set: (ParameterKey, Double) -> Void) throws {
        set(.relativeTolerance, options.tolerance.relative)
        for (p, population) in network.populations.enumerated() {
            for variable in population.model.variables {
                set(.absoluteTolerance(population: p, variable: variable.name), options.tolerance.absolute * variable.unit.scale)
            }
            guard options.method == .exact, population.spikeTimes == nil else { continue }
            let system = try LinearSystem(model: population.model, timeDependentInputs: population.timeDependentInputs)
            let n = system.variables.count
            guard n > 0 else { continue }
            let a = Matrix(rows: n, columns: n, values: try system.coefficients.flatMap { row in
                try row.map { try $0.evaluate { population.parameters[$0] } }
            })
            // The run is where the library is taken: only `exact` multiplies a matrix, so a plain run never loads it.
            let propagator = try Propagator(a, dt: options.dt, BLAS.require())
            for (r, row) in system.variables.enumerated() {
                for (c, column) in system.variables.enumerated() {
                    set(.propagator(population: p, row: row, column: column, integral: false), propagator.phi[r, c])
                    set(.propagator(population: p, row: row, column: column, integral: true), propagator.psi[r, c])
                }
            }
        }
    }
}
