/// C that gives every synapse its value of an expression of i (source), j (target), rand() and randn()
/// — a per-synapse weight, delay or initial value — in list order, compiled like a network so that
/// millions of synapses take milliseconds. Draw d of synapse k is Philox at (stream, step 0, k, d), the
/// numbers `CounterRandom` gives in Swift.
///
/// The entry point is the network one: `soma_chunk(slot, stream, sources)` with slot[0] the f64
/// output, slot[1] the row starts, slot[2] the columns and slot[3] the seed.
enum SynapseValuesCode {

    static func unit(_ e: Expr) -> GeneratedUnit {
        var w = CodeWriter()
        w.raw(CPrelude.text(precision: .f64))
        let expression = CExpression(precision: .f64, name: { "(double)\($0)" }, random: { f, draw in
            "soma_\(f == .rand ? "uniform" : "normal")(seed, stream, 0, k, \(draw))"
        })
        w.block("i64 \(GeneratedUnit.entryPoint)(void **slot, i64 stream_number, i64 sources)") { w in
            w.line("double *restrict values = (double *)slot[0];")
            w.line("const i64 *restrict rows = (const i64 *)slot[1];")
            w.line("const int *restrict columns = (const int *)slot[2];")
            w.line("const u64 seed = *(const u64 *)slot[3];")
            w.line("const u32 stream = (u32)stream_number;")
            w.block("for (i64 i = 0; i < sources; ++i)") { w in
                w.block("for (i64 k = rows[i]; k < rows[i + 1]; ++k)") { w in
                    w.line("const i64 j = columns[k];")
                    w.line("values[k] = \(expression.render(e.exprelSafe()));")
                    w.line("(void)j;")
                }
            }
            w.line("(void)seed; (void)stream;")
            w.line("return sources;")
        }
        return GeneratedUnit(source: w.text, slots: [], parameters: [], origins: [:])
    }
}
