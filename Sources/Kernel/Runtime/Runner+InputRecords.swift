import Network

/// `record P.I`: an input's value is its drive, a constant or an expression of t, i and N that
/// reads no state and draws no random numbers, so its samples are evaluated here, at the steps
/// a state recorder would take, and the generated code stays as it was.
extension Runner {
    /// Samples the steps from `state.step` to `state.step + steps` (not yet advanced), where
    /// step s starts at `state.time + (s - state.step)·dt`. A sample allocates only the row it keeps (one value when
    /// reduced): the record's arrays are grown once for the call's samples, a reduction's neurons go through one
    /// buffer, and a drive is evaluated without a table of its names (`Drive.value`).
    func sampleInputs(steps: Int64, dt: Double) {
        var neurons: [Double] = []
        for r in state.inputRecords.indices {
            let recording = network.inputRecordings[r]
            let population = network.populations[recording.population]
            let drive = population.drives[recording.variable] ?? .constant(population.model.input(recording.variable)!.defaultValue)
            let record = state.inputRecords[r]
            let every = Int64(record.everySteps), end = state.step + steps
            var s = state.step + (every - (state.step - record.startStep) % every) % every
            guard s < end else { continue }
            let samples = Int((end - 1 - s) / every) + 1
            state.inputRecords[r].times.reserveCapacity(record.times.count + samples)
            state.inputRecords[r].values.reserveCapacity(record.values.count + samples)
            while s < end {
                let t = state.time + Double(s - state.step) * dt
                state.inputRecords[r].times.append(t)
                if let reduction = recording.reduction {
                    neurons.removeAll(keepingCapacity: true)
                    for i in recording.range { neurons.append(drive.value(t: t, i: i, n: population.size)) }
                    state.inputRecords[r].values.append([reduction.apply(neurons)])
                } else {
                    // Filled in place: the row is the one allocation of the sample (`map` of a range, or `enumerated`,
                    // allocates more in a debug build).
                    let first = recording.range.lowerBound, width = recording.range.count
                    state.inputRecords[r].values.append([Double](unsafeUninitializedCapacity: width) { row, count in
                        for k in 0..<width { row[k] = drive.value(t: t, i: first + k, n: population.size) }
                        count = width
                    })
                }
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
            let value = try? expr.evaluate { name in
                switch name {
                case "t": return t
                case "i": return Double(i)
                case "N": return Double(n)
                default: return nil
                }
            }
            return value ?? .nan
        }
    }
}
