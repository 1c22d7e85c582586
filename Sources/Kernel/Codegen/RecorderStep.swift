import Lowering

/// Renders `record_state`: each recorder copies neurons lo..<hi of one variable into its next
/// row, on the steps its start and interval pick; it returns 1 when a buffer is full.
enum RecorderStep {
    static let recordState = CTemplate("""
        static int record_state(void **slot, const double *P, i64 s) {
            {{recorders}}
            (void)slot; (void)P; (void)s;
            return 0;
        }

        """)

    static let recordOne = CTemplate("""
         {
            const i64 start = (i64)P[{{start}}], every = (i64)P[{{every}}], lo = (i64)P[{{lo}}], hi = (i64)P[{{hi}}];
            if (s >= start && (s - start) % every == 0) {
                i64 *rows = (i64 *)slot[{{rows}}];
                if (*rows >= (i64)P[{{capacity}}]) return 1;
                const real *x = (const real *)slot[{{source}}];
                real *row = (real *)slot[{{buffer}}] + *rows * (hi - lo);
                for (i64 j = lo; j < hi; ++j) row[j - lo] = x[j];
                ++*rows;
            }
        }
        """)

    /// Holes are filled in the order slots and parameters were handed out before templates.
    static func generate(_ recorders: [NetworkPlan.RecorderPlan], into w: inout CodeWriter, layout: inout Layout) {
        var body = CodeWriter()
        for (r, recorder) in recorders.enumerated() {
            let source = layout.slot(.state(population: recorder.population, variable: recorder.variable))
            let buffer = layout.slot(.record(r)), rows = layout.slot(.recordRows(r))
            let start = layout.parameter(.record(r, .start)), every = layout.parameter(.record(r, .every))
            let lo = layout.parameter(.record(r, .lo)), hi = layout.parameter(.record(r, .hi))
            let capacity = layout.parameter(.record(r, .capacity))
            recordOne.fill([
                "start": .text("\(start)"), "every": .text("\(every)"), "lo": .text("\(lo)"), "hi": .text("\(hi)"),
                "rows": .text("\(rows)"), "capacity": .text("\(capacity)"), "source": .text("\(source)"), "buffer": .text("\(buffer)"),
            ], into: &body)
        }
        recordState.fill(["recorders": .lines(body)], into: &w)
    }
}
