import Lowering
import Symbolic

/// C that gives every synapse its value of an expression of i (source), j (target), rand() and randn()
/// — a per-synapse weight, delay or initial value — in list order, compiled like a network so that
/// millions of synapses take milliseconds. Draw d of synapse k is Philox at (stream, step 0, k, d), the
/// numbers `CounterRandom` gives in Swift.
///
/// The entry point is the network one: `soma_chunk(slot, stream, sources)` with slot[0] the f64
/// output, slot[1] the row starts, slot[2] the columns (target indices of the list's width) and slot[3] the seed.
package enum SynapseValuesCode {
    static let values = CTemplate("""
        i64 {{entryPoint}}(void **slot, i64 stream_number, i64 sources) {
            double *restrict values = (double *)slot[0];
            const unsigned *restrict rows = (const unsigned *)slot[1];
            const {{indexType}} *restrict columns = (const {{indexType}} *)slot[2];
            const u64 seed = *(const u64 *)slot[3];
            const u32 stream = (u32)stream_number;
            for (i64 i = 0; i < sources; ++i) {
                for (i64 k = rows[i]; k < rows[i + 1]; ++k) {
                    const i64 j = {{target}};
                    values[k] = {{value}};
                    (void)j;
                }
            }
            (void)seed; (void)stream;
            return sources;
        }
        """)

    package static func unit(_ e: Expr, width: TargetIndexWidth) -> GeneratedUnit {
        var body = CodeWriter()
        if width == .three { body.raw(TargetIndexWidth.helpers) }
        let expression = CExpression(precision: .f64, name: { "(double)\($0)" }, random: { f, draw in
            "soma_\(f == .rand ? "uniform" : "normal")(seed, stream, 0, k, \(draw))"
        })
        values.fill(["entryPoint": .text(GeneratedUnit.entryPoint), "indexType": .text(width.cType), "target": .text(width.read("k")), "value": .text(expression.render(e.exprelSafe()))], into: &body)
        return GeneratedUnit(source: CPrelude.source(precision: .f64, body: body.text), slots: [], parameters: [], origins: [:])
    }
}
