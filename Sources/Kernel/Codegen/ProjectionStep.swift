import Lowering
import Network
import Symbolic

/// Renders the event code of one projection: `deliver_cK` applies `on pre` to the spikes whose
/// delay ends at this step, `drop_cK` empties that step's slot after them, `enqueue_cK` files
/// this step's spikes by their delay, `post_cK` applies `on post` to the target neurons that
/// fired, `couple_cK` sums a coupling current. Work is proportional to the spikes, not to the synapses.
///
/// `deliver_cK` takes a part of the chunk loop's team and delivers every spike, in spike order,
/// only to the part's range of target neurons (the range whose updates it runs): each target
/// sums its arrivals in the same order with any number of parts, so the bits do not change.
/// A row's targets are sorted, so its part is found by two binary searches (`soma_first_target2`, 3 or 4: by
/// the width of its target indices).
struct ProjectionStep {
    let index: Int
    let program: ProjectionProgram
    let precision: Precision
    /// Where a coupling reads stage states (its current summed again after each stage).
    let staged: StagedCoupling?
    /// Per-synapse delays in rows of fixed length (`queueEvents`), for the CUDA back end, in place of queues grown with realloc.
    var fixedQueues = false

    static let deliver = CTemplate("""
        static void deliver_c{{index}}(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
            {{declarations}}
            const double t = P[{{t0}}] + (double)(s - (i64)P[{{s0}}]) * dt;
            const i64 npost = (i64)P[{{npost}}], lo = npost * part / parts, hi = npost * (part + 1) / parts;
            {{arrivals}}
            (void)t; (void)seed; (void)lo; (void)hi;
        }

        static void drop_c{{index}}(void **slot, const double *P, i64 s) {
            const i64 R = (i64)P[{{delaySlots}}];
            {{drop}}
        }

        """)

    /// The first position in `columns[a ..< b]` (sorted) whose target is at least `j`, one function for each width
    /// of target index that a projection delivering one delay reads.
    static func firstTargets(_ projections: [ProjectionProgram]) -> String {
        let widths = Set(projections.filter { $0.onPre != nil && $0.delivery == .constantDelay }.map(\.targetIndexWidth))
        return TargetIndexWidth.helpers + widths.sorted { $0.rawValue < $1.rawValue }.map { width in
            """
            static i64 \(width.firstTarget)(const \(width.cType) *columns, i64 a, i64 b, i64 j) {
                while (a < b) { const i64 m = a + (b - a) / 2; if (\(width.read("m")) < j) a = m + 1; else b = m; }
                return a;
            }

            """
        }.joined()
    }

    /// Per-synapse delays: the events of this step's queue, one synapse each.
    static let queueArrivals = CTemplate("""
        const soma_queue *q = (const soma_queue *)slot[{{queue}}] + s % R;
        for (i64 e = 0; e < q->n; ++e) {
            const i64 k = q->events[e], j = {{target}};
            if (j < lo || j >= hi) continue;
            {{event}}
        }
        """)

    /// One delay: this step's ring slot lists the source neurons whose spikes arrive, each to all its synapses,
    /// with the source's own variables brought to now before its synapses and set once after them. The row of
    /// the spike two ahead is fetched meanwhile: rows start at random places, which cost a cache miss each once
    /// the list outgrows the caches (measured in BENCHMARKS.md, "Target indices in fewer bytes"). Finding that
    /// row reads its start, itself a miss once the row starts outgrow L2 (4 MB at 10⁶ sources), which stalled
    /// the loop at every spike: the start of the spike eight ahead is fetched first ("COBA at 10⁶, third part").
    static let ringArrivals = CTemplate("""
        int *ring = (int *)slot[{{ring}}];
        i64 *ring_count = (i64 *)slot[{{ringCount}}];
        const i64 width = (i64)P[{{width}}], slot_now = s % R;
        const int *arrived = ring + slot_now * width;
        for (i64 e = 0; e < ring_count[slot_now]; ++e) {
            const i64 src = arrived[e];
            if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
            if (e + 2 < ring_count[slot_now]) soma_prefetch({{ahead}});
            {{source}}
            i64 first = rows[src], end = rows[src + 1];
            if (parts > 1) { first = {{firstTarget}}(columns, first, end, lo); end = {{firstTarget}}(columns, first, end, hi); }
            for (i64 k = first; k < end; ++k) {
                const i64 j = {{target}};
                {{event}}
            }
            {{once}}
        }
        """)

    /// The arrivals of one ring slot at one target neuron j, for a GPU thread per target: j's synapses
    /// in increasing position, which is increasing source, each applied when its source is among the
    /// arrivals (listed in neuron order, so one search moves forward only). Every write is to j or
    /// to one of j's synapses, in the order the CPU's deliver_c makes it.
    static let pull = CTemplate("""
        static void pull_c{{index}}(void **slot, const double *P, i64 s, double dt, u64 seed, i64 j) {
            {{declarations}}
            const double t = P[{{t0}}] + (double)(s - (i64)P[{{s0}}]) * dt;
            const unsigned *restrict incoming = (const unsigned *)slot[{{incoming}}];
            const int *restrict positions = (const int *)slot[{{positions}}];
            const int *restrict sources = (const int *)slot[{{sources}}];
            const i64 width = (i64)P[{{width}}], slot_now = s % R, n = ((const i64 *)slot[{{ringCount}}])[slot_now];
            const int *arrived = (const int *)slot[{{ring}}] + slot_now * width;
            i64 lo = 0;
            for (i64 m = incoming[j]; m < incoming[j + 1] && lo < n; ++m) {
                const i64 k = positions[m], src = sources[m];
                i64 hi = n;
                while (lo < hi) { const i64 mid = lo + (hi - lo) / 2; if (arrived[mid] < src) lo = mid + 1; else hi = mid; }
                if (lo == n || arrived[lo] != src) continue;
                (void)k;
                {{event}}
            }
            (void)t; (void)seed; (void)rows; (void)columns;
        }

        """)

    /// A spike emitted at the end of step s arrives at the start of step s + 1 + delay.
    static let enqueue = CTemplate("""
        static void enqueue_c{{index}}(void **slot, const double *P, i64 s) {
            const int *fired = (const int *)slot[{{fired}}];
            const i64 nfired = *(const i64 *)slot[{{firedCount}}];
            const i64 R = (i64)P[{{delaySlots}}];
            {{filing}}
        }

        """)

    /// The same events in the same order, in rows of as many entries as there are synapses
    /// (DelayRing.packQueues says why a row cannot overflow), counted in the ring's counts.
    static let fixedQueueArrivals = CTemplate("""
        const i64 capacity = (i64)rows[(i64)P[{{npre}}]], now = s % R, n = ((const i64 *)slot[{{ringCount}}])[now];
        const int *events = (const int *)slot[{{queue}}] + now * capacity;
        for (i64 e = 0; e < n; ++e) {
            const i64 k = events[e], j = {{target}};
            if (j < lo || j >= hi) continue;
            {{event}}
        }
        """)

    static let fixedQueueFiling = CTemplate("""
        const unsigned *restrict rows = (const unsigned *)slot[{{rows}}];
        const int *restrict delays = (const int *)slot[{{delays}}];
        int *events = (int *)slot[{{queue}}];
        i64 *counts = (i64 *)slot[{{ringCount}}];
        const i64 capacity = (i64)rows[(i64)P[{{npre}}]];
        for (i64 e = 0; e < nfired; ++e) {
            for (i64 k = rows[fired[e]]; k < rows[fired[e] + 1]; ++k) {
                const i64 r = (s + 1 + delays[k]) % R;
                events[r * capacity + counts[r]++] = (int)k;
            }
        }
        """)

    static let queueFiling = CTemplate("""
        const unsigned *restrict rows = (const unsigned *)slot[{{rows}}];
        const int *restrict delays = (const int *)slot[{{delays}}];
        soma_queue *queue = (soma_queue *)slot[{{queue}}];
        for (i64 e = 0; e < nfired; ++e) {
            for (i64 k = rows[fired[e]]; k < rows[fired[e] + 1]; ++k) {
                soma_queue *q = queue + (s + 1 + delays[k]) % R;
                if (q->n == q->capacity) { q->capacity = q->capacity ? 2 * q->capacity : 1024; q->events = (int *)realloc(q->events, (unsigned long)q->capacity * sizeof(int)); }
                q->events[q->n++] = (int)k;
            }
        }
        """)

    /// s is -1 for the spikes before the first step (ChunkLoop): the slot is taken modulo R from above.
    static let ringFiling = CTemplate("""
        const i64 width = (i64)P[{{width}}], slot_now = (s + R) % R;
        int *ring = (int *)slot[{{ring}}] + slot_now * width;
        for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
        ((i64 *)slot[{{ringCount}}])[slot_now] = nfired;
        """)

    /// `on post` for the synapses onto each target neuron that fired in step s (time s + 1).
    static let post = CTemplate("""
        static void post_c{{index}}(void **slot, const double *P, i64 s, double dt, u64 seed) {
            {{declarations}}
            const double t = P[{{t0}}] + (double)(s + 1 - (i64)P[{{s0}}]) * dt;
            const int *fired = (const int *)slot[{{fired}}];
            const i64 nfired = *(const i64 *)slot[{{firedCount}}];
            const unsigned *restrict incoming = (const unsigned *)slot[{{incoming}}];
            const int *restrict positions = (const int *)slot[{{positions}}];
            for (i64 e = 0; e < nfired; ++e) {
                const i64 j = fired[e];
                for (i64 m = incoming[j]; m < incoming[j + 1]; ++m) {
                    const i64 k = positions[m];
                    {{event}}
                }
            }
            (void)t; (void)seed; (void)R; (void)columns; (void)rows;
        }

        """)

    /// The coupling current of every synapse, summed into the accumulators the neurons' inputs
    /// read this step. One array when a population couples onto itself: `into_*` are not restrict.
    static let couple = CTemplate("""
        static void couple_c{{index}}(void **slot, const double *P, i64 s, double dt, u64 seed, int stage) {
            {{declarations}}
            {{sides}}
            {{parameters}}
            real *into_post = (real *)slot[{{intoPost}}];
            real *into_pre = (real *)slot[{{intoPre}}];
            const i64 npre = (i64)P[{{npre}}], npost = (i64)P[{{npost}}];
            for (i64 j = 0; j < npost; ++j) into_post[j] = 0;
            for (i64 i = 0; i < npre; ++i) into_pre[i] = 0;
            for (i64 i = 0; i < npre; ++i) {
                for (i64 k = rows[i]; k < rows[i + 1]; ++k) {
                    const i64 j = {{target}};
                    const real w = {{weight}}; (void)w;
                    into_post[j] += {{forward}};
                    into_pre[i] += {{reverse}};
                }
            }
            (void)R; (void)seed; (void)dt; (void)s; (void)stage;
        }

        """)

    /// Holes are filled in the order they appear, which is the order slots are handed out.
    func generate(into w: inout CodeWriter, layout: inout Layout) {
        w.origin = program.range
        if let onPre = program.onPre { deliver(onPre, &w, &layout) }
        if let onPost = program.onPost { post(onPost, &w, &layout) }
        if let coupling = program.coupling { couple(coupling, &w, &layout) }
        w.origin = nil
    }

    private func deliver(_ block: EventBlock, _ w: inout CodeWriter, _ layout: inout Layout) {
        let declarations = eventDeclarations(block, &layout)
        let t0 = layout.parameter(.t0), s0 = layout.parameter(.s0)
        var arrivals = CodeWriter()
        switch program.delivery {
        case .perSynapseDelay where fixedQueues:
            Self.fixedQueueArrivals.fill([
                "npre": .text("\(layout.parameter(.size(population: program.source)))"),
                "ringCount": .text("\(layout.slot(.projection(index, .ringCount)))"),
                "queue": .text("\(layout.slot(.projection(index, .queueEvents)))"), "event": .lines(event(block)), "target": .text(target),
            ], into: &arrivals)
        case .perSynapseDelay:
            Self.queueArrivals.fill(["queue": .text("\(layout.slot(.projection(index, .queue)))"), "event": .lines(event(block)),
                                     "target": .text(target)], into: &arrivals)
        case .constantDelay:
            Self.ringArrivals.fill([
                "ring": .text("\(layout.slot(.projection(index, .ring)))"),
                "ringCount": .text("\(layout.slot(.projection(index, .ringCount)))"),
                "width": .text("\(layout.parameter(.size(population: program.source)))"),
                "source": .lines(sourceAdvance(block)), "event": .lines(event(block)), "target": .text(target),
                "firstTarget": .text(program.targetIndexWidth.firstTarget),
                "ahead": .text(program.targetIndexWidth.address("rows[arrived[e + 2]]")),
                "once": .lines(.lines(block.oncePerSpike.map { "\(name($0.name)) = \(render($0.value, hoisted: invariants(block)));" })),
            ], into: &arrivals)
        }
        // Growing queues count their own events; a ring slot and a fixed row are counted in the ring's counts.
        let drop = program.delivery == .perSynapseDelay && !fixedQueues
            ? "((soma_queue *)slot[\(layout.slot(.projection(index, .queue)))] + s % R)->n = 0;"
            : "((i64 *)slot[\(layout.slot(.projection(index, .ringCount)))])[s % R] = 0;"

        Self.deliver.fill(["index": .text("\(index)"), "declarations": .lines(declarations), "t0": .text("\(t0)"),
                           "s0": .text("\(s0)"), "npost": .text("\(layout.parameter(.size(population: program.target)))"),
                           "arrivals": .lines(arrivals), "delaySlots": .text("\(layout.parameter(.delaySlots(index)))"),
                           "drop": .text(drop)], into: &w)
        enqueue(&w, &layout)
    }

    /// Whether target-parallel delivery (`pull`) writes what `deliver` writes in the same order: one
    /// delay, and nothing per source (per-source variables and once-per-spike updates are shared by a
    /// source's targets, which a thread per target would race on).
    static func pulls(_ program: ProjectionProgram) -> Bool {
        deliversByTargetRange(program) && program.delivery == .constantDelay && program.onPre?.oncePerSpike.isEmpty == true
    }

    /// `pull_cK` for the CUDA back end, where `pulls` holds.
    func pull(into w: inout CodeWriter, layout: inout Layout) {
        guard let onPre = program.onPre, Self.pulls(program) else { return }
        w.origin = program.range
        let declarations = eventDeclarations(onPre, &layout)
        Self.pull.fill([
            "index": .text("\(index)"), "declarations": .lines(declarations),
            "t0": .text("\(layout.parameter(.t0))"), "s0": .text("\(layout.parameter(.s0))"),
            "incoming": .text("\(layout.slot(.projection(index, .incoming)))"),
            "positions": .text("\(layout.slot(.projection(index, .incomingPositions)))"),
            "sources": .text("\(layout.slot(.projection(index, .incomingSources)))"),
            "width": .text("\(layout.parameter(.size(population: program.source)))"),
            "ringCount": .text("\(layout.slot(.projection(index, .ringCount)))"),
            "ring": .text("\(layout.slot(.projection(index, .ring)))"),
            "event": .lines(event(onPre)),
        ], into: &w)
        w.origin = nil
    }

    private func enqueue(_ w: inout CodeWriter, _ layout: inout Layout) {
        let fired = layout.slot(.fired(population: program.source)), firedCount = layout.slot(.firedCount(population: program.source))
        let delaySlots = layout.parameter(.delaySlots(index))
        var filing = CodeWriter()
        switch program.delivery {
        case .perSynapseDelay where fixedQueues:
            Self.fixedQueueFiling.fill([
                "rows": .text("\(layout.slot(.projection(index, .rows)))"),
                "delays": .text("\(layout.slot(.projection(index, .delays)))"),
                "queue": .text("\(layout.slot(.projection(index, .queueEvents)))"),
                "ringCount": .text("\(layout.slot(.projection(index, .ringCount)))"),
                "npre": .text("\(layout.parameter(.size(population: program.source)))"),
            ], into: &filing)
        case .perSynapseDelay:
            Self.queueFiling.fill([
                "rows": .text("\(layout.slot(.projection(index, .rows)))"),
                "delays": .text("\(layout.slot(.projection(index, .delays)))"),
                "queue": .text("\(layout.slot(.projection(index, .queue)))"),
            ], into: &filing)
        case .constantDelay:
            Self.ringFiling.fill([
                "width": .text("\(layout.parameter(.size(population: program.source)))"),
                "ring": .text("\(layout.slot(.projection(index, .ring)))"),
                "ringCount": .text("\(layout.slot(.projection(index, .ringCount)))"),
            ], into: &filing)
        }
        Self.enqueue.fill(["index": .text("\(index)"), "fired": .text("\(fired)"), "firedCount": .text("\(firedCount)"),
                           "delaySlots": .text("\(delaySlots)"), "filing": .lines(filing)], into: &w)
    }

    private func post(_ block: EventBlock, _ w: inout CodeWriter, _ layout: inout Layout) {
        let declarations = eventDeclarations(block, &layout)
        Self.post.fill([
            "index": .text("\(index)"), "declarations": .lines(declarations),
            "t0": .text("\(layout.parameter(.t0))"), "s0": .text("\(layout.parameter(.s0))"),
            "fired": .text("\(layout.slot(.fired(population: program.target)))"),
            "firedCount": .text("\(layout.slot(.firedCount(population: program.target)))"),
            "incoming": .text("\(layout.slot(.projection(index, .incoming)))"),
            "positions": .text("\(layout.slot(.projection(index, .incomingPositions)))"),
            "event": .lines(event(block)),
        ], into: &w)
    }

    private func couple(_ coupling: CouplingProgram, _ w: inout CodeWriter, _ layout: inout Layout) {
        let declarations = eventDeclarations(coupling.advanceReads, &layout)
        var sides: [String] = []
        for v in coupling.sourceVariables {
            sides.append("const real *restrict pre_\(v) = (const real *)slot[\(StagedCoupling.read(v, of: program.source, staged, &layout))];")
        }
        for v in coupling.targetVariables {
            sides.append("const real *restrict post_\(v) = (const real *)slot[\(StagedCoupling.read(v, of: program.target, staged, &layout))];")
        }
        let parameters = coupling.targetParameters.map {
            "const real p_\($0) = (real)P[\(layout.parameter(.parameter(population: program.target, name: $0)))];"
        }
        Self.couple.fill([
            "index": .text("\(index)"), "declarations": .lines(declarations), "sides": .lines(.lines(sides)),
            "parameters": .lines(.lines(parameters)),
            "intoPost": .text("\(layout.slot(.state(population: program.target, variable: coupling.targetAccumulator)))"),
            "intoPre": .text("\(layout.slot(.state(population: program.source, variable: coupling.sourceAccumulator)))"),
            "npre": .text("\(layout.parameter(.size(population: program.source)))"),
            "npost": .text("\(layout.parameter(.size(population: program.target)))"),
            "weight": .text(weight), "target": .text(target), "forward": .text(render(coupling.forward)), "reverse": .text(render(coupling.reverse)),
        ], into: &w)
    }

    private var weight: String { program.weightPerSynapse ? "weights[k]" : "weight" }

    /// Synapse k's target neuron.
    private var target: String { program.targetIndexWidth.read("k") }

    /// Whether `deliver_cK` may run on parts of the targets at once: it writes only what belongs to a target or to one
    /// of its synapses, unless the synapse keeps variables per source neuron, which every part would advance.
    static func deliversByTargetRange(_ program: ProjectionProgram) -> Bool {
        program.onPre != nil && program.perSourceVariables.isEmpty
    }

    private func eventDeclarations(_ block: EventBlock, _ layout: inout Layout) -> CodeWriter {
        var lines = [
            "const i64 R = (i64)P[\(layout.parameter(.delaySlots(index)))];",
            "const unsigned *restrict rows = (const unsigned *)slot[\(layout.slot(.projection(index, .rows)))];",
            "const \(program.targetIndexWidth.cType) *restrict columns = (const \(program.targetIndexWidth.cType) *)slot[\(layout.slot(.projection(index, .columns)))];",
            program.weightPerSynapse
                ? "real *restrict weights = (real *)slot[\(layout.slot(.projection(index, .weights)))];"
                : "const real weight = (real)P[\(layout.parameter(.projectionWeight(index)))];",
        ]
        for v in block.targetVariables {
            lines.append("real *restrict g_\(v) = (real *)slot[\(layout.slot(.state(population: program.target, variable: v)))];")
        }
        for p in block.targetParameters {
            lines.append("const real p_\(p) = (real)P[\(layout.parameter(.parameter(population: program.target, name: p)))];")
        }
        for (k, call) in invariants(block).enumerated() { lines.append("const real inv_\(k) = \(render(call));") }
        for v in program.perSynapseVariables {
            lines.append("real *restrict y_\(v) = (real *)slot[\(layout.slot(.projection(index, .state(v))))];")
        }
        if !program.perSynapseVariables.isEmpty {
            lines.append("double *restrict last = (double *)slot[\(layout.slot(.projection(index, .last)))];")
        }
        for v in program.perSourceVariables {
            lines.append("real *restrict z_\(v) = (real *)slot[\(layout.slot(.projection(index, .sourceState(v))))];")
        }
        if !program.perSourceVariables.isEmpty {
            lines.append("double *restrict last_pre = (double *)slot[\(layout.slot(.projection(index, .sourceLast)))];")
        }
        return .lines(lines)
    }

    /// Calls that read nothing but the target's parameters and constants, in the order met: the event code computes
    /// each once per delivery, before the loop over arrivals, not at every synapse of every spike (the `on pre` of
    /// Wang's NMDA synapse needs 1 − exp(−α·τ_rise) twice per synapse). tcc moves nothing out of a loop itself;
    /// the operations are the same, so are the bits.
    private func invariants(_ block: EventBlock) -> [Expr] {
        let parameters = Set(block.targetParameters)
        func invariant(_ e: Expr) -> Bool {
            switch e {
            case .constant: return true
            case .symbol(let symbol): return parameters.contains(symbol)
            case .unary(_, let a): return invariant(a)
            case .binary(_, let a, let b): return invariant(a) && invariant(b)
            case .call(let f, let args): return !f.isRandom && args.allSatisfy(invariant)
            }
        }
        var found: [Expr] = []
        func visit(_ e: Expr) {
            switch e {
            case .call(_, let args):
                if invariant(e) { if !found.contains(e) { found.append(e) } } else { args.forEach(visit) }
            case .unary(_, let a): visit(a)
            case .binary(_, let a, let b): visit(a); visit(b)
            case .constant, .symbol: break
            }
        }
        (block.assignments + block.oncePerSpike).forEach { visit($0.value) }
        (program.advance + program.perSourceAdvance).forEach { visit($0.rate); visit($0.slope) }
        return found
    }

    /// One source neuron src: its variables brought to now with their exact solution, once for all its synapses.
    private func sourceAdvance(_ block: EventBlock) -> CodeWriter {
        guard !program.perSourceVariables.isEmpty else { return .lines([]) }
        let hoisted = invariants(block)
        var lines = ["const real elapsed_pre = (real)(t - last_pre[src]);"]
        for advance in program.perSourceAdvance {
            lines.append("const real f_\(advance.variable) = \(render(advance.rate, hoisted: hoisted));")
            lines.append("const real b_\(advance.variable) = \(render(advance.slope, hoisted: hoisted));")
        }
        for advance in program.perSourceAdvance {
            lines.append("z_\(advance.variable)[src] += elapsed_pre * f_\(advance.variable) * soma_exprel(b_\(advance.variable) * elapsed_pre);")
        }
        lines.append("last_pre[src] = t;")
        return .lines(lines)
    }

    /// One synapse k onto target j: bring its variables to now with their exact solution, then run the block.
    private func event(_ block: EventBlock) -> CodeWriter {
        let hoisted = invariants(block)
        var lines = ["real w = \(weight); (void)w;"]
        if !program.advance.isEmpty {
            lines.append("const real elapsed = (real)(t - last[k]);")
            for advance in program.advance {
                lines.append("const real f_\(advance.variable) = \(render(advance.rate, hoisted: hoisted));")
                lines.append("const real b_\(advance.variable) = \(render(advance.slope, hoisted: hoisted));")
            }
            for advance in program.advance {
                lines.append("y_\(advance.variable)[k] += elapsed * f_\(advance.variable) * soma_exprel(b_\(advance.variable) * elapsed);")
            }
        }
        if !program.perSynapseVariables.isEmpty { lines.append("last[k] = t;") }
        for assignment in block.assignments {
            if assignment.name == "w" {
                lines.append("w = \(render(assignment.value, hoisted: hoisted)); weights[k] = w;")
            } else {
                lines.append("\(name(assignment.name)) = \(render(assignment.value, hoisted: hoisted));")
            }
        }
        return .lines(lines)
    }

    private func name(_ symbol: String) -> String {
        if symbol.hasPrefix("@inv") { return "inv_\(symbol.dropFirst(4))" }
        if program.perSynapseVariables.contains(symbol) { return "y_\(symbol)[k]" }
        if program.perSourceVariables.contains(symbol) { return "z_\(symbol)[src]" }
        if symbol.hasSuffix("_pre") { return "pre_\(symbol.dropLast(4))[i]" }
        if symbol.hasSuffix("_post") { return "post_\(symbol.dropLast(5))[j]" }
        if program.targetVariables.contains(symbol) { return "g_\(symbol)[j]" }
        switch symbol {
        case "w", "t": return symbol
        default: return "p_\(symbol)"
        }
    }

    /// `e` as C, each of the `hoisted` calls read from its inv_ constant.
    private func render(_ e: Expr, hoisted: [Expr] = []) -> String {
        let expression = CExpression(precision: precision, name: name, random: { f, draw in
            "(real)soma_\(f == .rand ? "uniform" : "normal")(seed, \(0x2000 + index), s, k, \(draw))"
        })
        func reading(_ e: Expr) -> Expr {
            if let k = hoisted.firstIndex(of: e) { return .symbol("@inv\(k)") }
            switch e {
            case .constant, .symbol: return e
            case .unary(let op, let a): return .unary(op, reading(a))
            case .binary(let op, let a, let b): return .binary(op, reading(a), reading(b))
            case .call(let f, let args): return .call(f, args.map(reading))
            }
        }
        return expression.render(hoisted.isEmpty ? e : reading(e))
    }
}
