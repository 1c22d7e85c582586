import Lowering

extension NeuronUpdateCode {
    /// Right sides at the start of the step; fractional variables through their memory, ordinary ones by Euler.
    func fractional(_ update: FractionalUpdate, _ w: inout CodeWriter) {
        drives(update.drives, stage: 0, &w)
        shared(update.shared, stage: 0, &w)
        for result in update.results {
            let x = result.variable
            guard let rate = result.rate else {
                w.line("real n_\(x) = x_\(x);")
                continue
            }
            w.origin = program.sourceRanges["d/dt \(x)"]
            if result.order == nil {
                w.line("const real f_\(x) = \(names.render(rate, stage: 0));")
                w.line("real n_\(x) = x_\(x) + dtr * f_\(x);")
            } else {
                FractionalMemoryCode.step(x, scheme: update.scheme, rate: names.render(rate, stage: 0), &w)
            }
        }
        w.origin = program.range
    }
}
