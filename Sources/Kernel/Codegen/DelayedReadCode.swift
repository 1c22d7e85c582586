import Lowering

/// C for delay equations: each step part 0 files every delayed variable's state in its history
/// ring (`history_pK`), and equations read the past by `soma_delayed`, cubic interpolation on the
/// four filed steps around the time asked for — exact at filed steps, and O(dt⁴) between them, so
/// Runge–Kutta stages between steps keep rk4's order where the solution is smooth.
enum DelayedReadCode {
    /// Rows before the step the history began (`start`) hold the history. The four rows never
    /// straddle `start` nor the points start + k·delay after it, where the solution's derivatives
    /// jump one order higher each time (a cubic across such a kink costs orders), unless the
    /// delay spans fewer than four steps; and they never pass the last filed row, `s`.
    static let interpolation = CTemplate("""
        static real soma_delayed(const real *ring, i64 rows, i64 n, i64 i, double q, i64 s, i64 start, double delay) {
            i64 a = (i64)q;
            if ((double)a > q) a -= 1;
            a -= 1;
            if (q <= (double)start) {
                if (a > start - 3) a = start - 3;
            } else {
                const double k = (double)(i64)((q - (double)start) / delay);
                i64 lo = (i64)((double)start + k * delay), hi = (i64)((double)start + (k + 1) * delay);
                if ((double)lo < (double)start + k * delay) lo += 1;
                if (hi - lo < 3) { lo = start; hi = s; }
                if (a < lo) a = lo;
                if (a + 3 > hi) a = hi - 3;
                if (a < lo) a = lo;
            }
            if (a + 3 > s) a = s - 3;
            const double x = q - (double)a;
            double y[4];
            for (int k = 0; k < 4; ++k) {
                i64 r = (a + k) % rows;
                if (r < 0) r += rows;
                y[k] = (double)ring[r * n + i];
            }
            const double w0 = -(x - 1) * (x - 2) * (x - 3) / 6, w1 = x * (x - 2) * (x - 3) / 2;
            const double w2 = -x * (x - 1) * (x - 3) / 2, w3 = x * (x - 1) * (x - 2) / 6;
            return (real)(w0 * y[0] + w1 * y[1] + w2 * y[2] + w3 * y[3]);
        }

        """)

    static let file = CTemplate("""
        static void history_p{{index}}(void **slot, const double *P, i64 s) {
            const i64 n = (i64)P[{{size}}], rows = (i64)P[{{rows}}];
            {{copies}}
        }

        """)

    static func fileHistory(of program: PopulationProgram, index: Int, into w: inout CodeWriter, layout: inout Layout) {
        var copies = CodeWriter()
        for v in program.delayedVariables {
            let state = layout.slot(.state(population: index, variable: v)), ring = layout.slot(.history(population: index, variable: v))
            copies.line("{ const real *restrict x = (const real *)slot[\(state)]; real *restrict row = (real *)slot[\(ring)] + (s % rows) * n; "
                + "for (i64 i = 0; i < n; ++i) row[i] = x[i]; }")
        }
        file.fill(["index": .text("\(index)"), "size": .text("\(layout.parameter(.size(population: index)))"),
                   "rows": .text("\(layout.parameter(.historyLength(population: index)))"), "copies": .lines(copies)], into: &w)
    }

    /// The rings and delays a population's step reads.
    static func declarations(of program: PopulationProgram, index: Int, layout: inout Layout) -> [String] {
        guard !program.delays.isEmpty else { return [] }
        var lines = ["const i64 history_rows = (i64)P[\(layout.parameter(.historyLength(population: index)))];",
                     "const i64 history_start = (i64)P[\(layout.parameter(.historyStart(population: index)))];"]
        for v in program.delayedVariables {
            lines.append("const real *restrict history_\(v) = (const real *)slot[\(layout.slot(.history(population: index, variable: v)))];")
        }
        for k in program.delays.indices {
            lines.append("const double delay_\(k) = P[\(layout.parameter(.delaySteps(population: index, read: k)))];")
        }
        return lines
    }
}
