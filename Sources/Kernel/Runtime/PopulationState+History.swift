/// The history rings of delayed variables. A ring is filed by generated code at the start of each
/// step (row s mod rows); before the first step it holds the model's `history` of the variable at
/// those times, or the state then.
extension PopulationState {
    enum HistoryError: Error {
        /// The ring holds steps of another dt.
        case stepChanged(previous: Double)
    }

    /// Makes each variable's ring hold at least `rows` steps of `dt`, keeping what is filed; `step` is the
    /// next step to run, at `time`. A new ring's rows before it hold `before(variable, t)` where the model
    /// gives a history, else the state now.
    func prepareHistory(of variables: [String], rows: Int, dt: Double, step: Int64, time: Double,
                        before: (String, Double) -> Double?) throws {
        if let previous = historyStep, abs(previous - dt) > 1e-9 * dt { throw HistoryError.stepChanged(previous: previous) }
        if historyStep == nil { historyStart = step }
        historyStep = dt
        let kept = historyRows
        let rows = max(rows, kept)
        for v in variables {
            let ring = StateBuffer(count: rows * size, precision: state[v]!.precision)
            for back in 1...rows {
                // Row of step `step - back`: filed when the old ring held it, else the oldest it held, else the state now.
                let filed = history[v].map { old in (old, Int((step - Int64(min(back, kept))) % Int64(kept) + Int64(kept)) % kept) }
                let row = Int((step - Int64(back)) % Int64(rows) + Int64(rows)) % rows
                let given = filed == nil ? before(v, time - Double(back) * dt) : nil
                for i in 0..<size { ring[row * size + i] = filed.map { $0.0[$0.1 * size + i] } ?? given ?? state[v]![i] }
            }
            history[v] = ring
        }
        historyRows = rows
    }
}
