import Network

/// `record P.I`: an input's value is its drive, a constant or an expression of t, i and N that
/// reads no state and draws no random numbers, so its samples are evaluated here, at the steps
/// a state recorder would take, and the generated code stays as it was.
extension Runner {
    /// Samples the steps from `state.step` to `state.step + steps` (not yet advanced), where
    /// step s starts at `state.time + (s - state.step)·dt`.
    func sampleInputs(steps: Int64, dt: Double) {
        for r in state.inputRecords.indices {
            let recording = network.inputRecordings[r]
            let population = network.populations[recording.population]
            let drive = population.drives[recording.variable] ?? .constant(population.model.input(recording.variable)!.defaultValue)
            let record = state.inputRecords[r]
            let every = Int64(record.everySteps)
            var s = state.step + (every - (state.step - record.startStep) % every) % every
            while s < state.step + steps {
                let t = state.time + Double(s - state.step) * dt
                state.inputRecords[r].times.append(t)
                let values = recording.range.map { i in drive.value(t: t, i: i, n: population.size) }
                state.inputRecords[r].values.append(recording.reduction.map { [$0.apply(values)] } ?? values)
                s += every
            }
        }
    }
}

private extension Drive {
    func value(t: Double, i: Int, n: Int) -> Double {
        switch self {
        case .constant(let value): return value
        case .expression(let expr):
            let bound = ["t": t, "i": Double(i), "N": Double(n)]
            return (try? expr.evaluate { bound[$0] }) ?? .nan
        }
    }
}
