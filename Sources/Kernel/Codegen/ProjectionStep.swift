/// Generates the event code of one projection: `deliver_cK` applies `on pre`
/// to the spikes whose delay ends at this step, `enqueue_cK` files this step's
/// spikes by their delay, `post_cK` applies `on post` to the target neurons
/// that fired. Work is proportional to the spikes, not to the synapses.
struct ProjectionStep {
    let index: Int
    let plan: ProjectionPlan
    let source: NetworkPlan.PopulationPlan
    let target: NetworkPlan.PopulationPlan
    let precision: Precision


    func generate(into w: inout CodeWriter, layout: inout Layout) {
        w.origin = plan.range
        if !plan.onPre.isEmpty { deliver(&w, &layout) }
        if !plan.onPost.isEmpty { post(&w, &layout) }
        if let coupling = plan.coupling { couple(coupling, &w, &layout) }
        w.origin = nil
    }

    private func deliver(_ w: inout CodeWriter, _ layout: inout Layout) {
        w.block("static void deliver_c\(index)(void **slot, const double *P, i64 s, double dt, u64 seed)") { w in
            eventDeclarations(plan.onPre, &w, &layout)
            w.line("const double t = P[\(layout.parameter(.t0))] + (double)(s - (i64)P[\(layout.parameter(.s0))]) * dt;")
            if plan.delayPerSynapse {
                w.line("soma_queue *q = (soma_queue *)slot[\(layout.slot(.projection(index, .queue)))] + s % R;")
                w.block("for (i64 e = 0; e < q->n; ++e)") { w in
                    w.line("const i64 k = q->events[e], j = columns[k];")
                    event(plan.onPre, &w)
                }
                w.line("q->n = 0;")
            } else {
                w.line("int *ring = (int *)slot[\(layout.slot(.projection(index, .ring)))];")
                w.line("i64 *ring_count = (i64 *)slot[\(layout.slot(.projection(index, .ringCount)))];")
                w.line("const i64 width = (i64)P[\(layout.parameter(.size(population: plan.source)))], slot_now = s % R;")
                w.line("const int *arrived = ring + slot_now * width;")
                w.block("for (i64 e = 0; e < ring_count[slot_now]; ++e)") { w in
                    w.line("const i64 src = arrived[e];")
                    w.block("for (i64 k = rows[src]; k < rows[src + 1]; ++k)") { w in
                        w.line("const i64 j = columns[k];")
                        event(plan.onPre, &w)
                    }
                }
                w.line("ring_count[slot_now] = 0;")
            }
            w.line("(void)t; (void)seed;")
        }
        w.line("")
        enqueue(&w, &layout)
    }

    /// The coupling current of every synapse, summed into the accumulators the neurons' inputs read this step.
    private func couple(_ coupling: Coupling, _ w: inout CodeWriter, _ layout: inout Layout) {
        w.block("static void couple_c\(index)(void **slot, const double *P, i64 s, double dt, u64 seed)") { w in
            eventDeclarations([], &w, &layout)
            let read = coupling.forward.symbols.union(coupling.reverse.symbols)
            for (side, population, populationIndex) in [("pre", source, plan.source), ("post", target, plan.target)] {
                for v in population.model.variables where read.contains("\(v.name)_\(side)") {
                    w.line("const real *restrict \(side)_\(v.name) = (const real *)slot[\(layout.slot(.state(population: populationIndex, variable: v.name)))];")
                }
            }
            let declared = symbols([])
            for p in target.model.parameters where read.contains(p.name) && !declared.contains(p.name) {
                w.line("const real p_\(p.name) = (real)P[\(layout.parameter(.parameter(population: plan.target, name: p.name)))];")
            }
            // One array when a population couples onto itself: not restrict.
            w.line("real *into_post = (real *)slot[\(layout.slot(.state(population: plan.target, variable: coupling.targetAccumulator)))];")
            w.line("real *into_pre = (real *)slot[\(layout.slot(.state(population: plan.source, variable: coupling.sourceAccumulator)))];")
            w.line("const i64 npre = (i64)P[\(layout.parameter(.size(population: plan.source)))], npost = (i64)P[\(layout.parameter(.size(population: plan.target)))];")
            w.line("for (i64 j = 0; j < npost; ++j) into_post[j] = 0;")
            w.line("for (i64 i = 0; i < npre; ++i) into_pre[i] = 0;")
            w.block("for (i64 i = 0; i < npre; ++i)") { w in
                w.block("for (i64 k = rows[i]; k < rows[i + 1]; ++k)") { w in
                    w.line("const i64 j = columns[k];")
                    w.line("const real w = \(plan.weightPerSynapse ? "weights[k]" : "weight"); (void)w;")
                    w.line("into_post[j] += \(render(coupling.forward));")
                    w.line("into_pre[i] += \(render(coupling.reverse));")
                }
            }
            w.line("(void)R; (void)seed; (void)dt; (void)s;")
        }
        w.line("")
    }

    /// A spike emitted at the end of step s arrives at the start of step s + 1 + delay.
    private func enqueue(_ w: inout CodeWriter, _ layout: inout Layout) {
        w.block("static void enqueue_c\(index)(void **slot, const double *P, i64 s)") { w in
            w.line("const int *fired = (const int *)slot[\(layout.slot(.fired(population: plan.source)))];")
            w.line("const i64 nfired = *(const i64 *)slot[\(layout.slot(.firedCount(population: plan.source)))];")
            w.line("const i64 R = (i64)P[\(layout.parameter(.delaySlots(index)))];")
            if plan.delayPerSynapse {
                w.line("const i64 *restrict rows = (const i64 *)slot[\(layout.slot(.projection(index, .rows)))];")
                w.line("const int *restrict delays = (const int *)slot[\(layout.slot(.projection(index, .delays)))];")
                w.line("soma_queue *queue = (soma_queue *)slot[\(layout.slot(.projection(index, .queue)))];")
                w.block("for (i64 e = 0; e < nfired; ++e)") { w in
                    w.block("for (i64 k = rows[fired[e]]; k < rows[fired[e] + 1]; ++k)") { w in
                        w.line("soma_queue *q = queue + (s + 1 + delays[k]) % R;")
                        w.line("if (q->n == q->capacity) { q->capacity = q->capacity ? 2 * q->capacity : 1024; q->events = (int *)realloc(q->events, (unsigned long)q->capacity * sizeof(int)); }")
                        w.line("q->events[q->n++] = (int)k;")
                    }
                }
            } else {
                // s is -1 for spikes before the first step (ChunkLoop).
                w.line("const i64 width = (i64)P[\(layout.parameter(.size(population: plan.source)))], slot_now = (s + R) % R;")
                w.line("int *ring = (int *)slot[\(layout.slot(.projection(index, .ring)))] + slot_now * width;")
                w.line("for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];")
                w.line("((i64 *)slot[\(layout.slot(.projection(index, .ringCount)))])[slot_now] = nfired;")
            }
        }
        w.line("")
    }

    /// `on post` for the synapses onto each target neuron that fired in step s (time s + 1).
    private func post(_ w: inout CodeWriter, _ layout: inout Layout) {
        w.block("static void post_c\(index)(void **slot, const double *P, i64 s, double dt, u64 seed)") { w in
            eventDeclarations(plan.onPost, &w, &layout)
            w.line("const double t = P[\(layout.parameter(.t0))] + (double)(s + 1 - (i64)P[\(layout.parameter(.s0))]) * dt;")
            w.line("const int *fired = (const int *)slot[\(layout.slot(.fired(population: plan.target)))];")
            w.line("const i64 nfired = *(const i64 *)slot[\(layout.slot(.firedCount(population: plan.target)))];")
            w.line("const i64 *restrict incoming = (const i64 *)slot[\(layout.slot(.projection(index, .incoming)))];")
            w.line("const int *restrict positions = (const int *)slot[\(layout.slot(.projection(index, .incomingPositions)))];")
            w.block("for (i64 e = 0; e < nfired; ++e)") { w in
                w.line("const i64 j = fired[e];")
                w.block("for (i64 m = incoming[j]; m < incoming[j + 1]; ++m)") { w in
                    w.line("const i64 k = positions[m];")
                    event(plan.onPost, &w)
                }
            }
            w.line("(void)t; (void)seed; (void)R; (void)columns; (void)rows;")
        }
        w.line("")
    }

    private func eventDeclarations(_ block: [NeuronModel.Reset], _ w: inout CodeWriter, _ layout: inout Layout) {
        w.line("const i64 R = (i64)P[\(layout.parameter(.delaySlots(index)))];")
        w.line("const i64 *restrict rows = (const i64 *)slot[\(layout.slot(.projection(index, .rows)))];")
        w.line("const int *restrict columns = (const int *)slot[\(layout.slot(.projection(index, .columns)))];")
        if plan.weightPerSynapse {
            w.line("real *restrict weights = (real *)slot[\(layout.slot(.projection(index, .weights)))];")
        } else {
            w.line("const real weight = (real)P[\(layout.parameter(.projectionWeight(index)))];")
        }
        let read = symbols(block)
        for v in target.model.variables where read.contains(v.name) {
            w.line("real *restrict g_\(v.name) = (real *)slot[\(layout.slot(.state(population: plan.target, variable: v.name)))];")
        }
        for p in target.model.parameters where read.contains(p.name) {
            w.line("const real p_\(p.name) = (real)P[\(layout.parameter(.parameter(population: plan.target, name: p.name)))];")
        }
        for v in plan.perSynapseVariables {
            w.line("real *restrict y_\(v) = (real *)slot[\(layout.slot(.projection(index, .state(v))))];")
        }
        if !plan.perSynapseVariables.isEmpty {
            w.line("double *restrict last = (double *)slot[\(layout.slot(.projection(index, .last)))];")
        }
    }

    private func symbols(_ block: [NeuronModel.Reset]) -> Set<String> {
        var names = Set(block.map(\.variable))
        for reset in block { names.formUnion(reset.value.symbols) }
        for (_, rhs) in plan.perSynapseEquations { names.formUnion(rhs.symbols) }
        return names
    }

    /// One synapse k onto target j: bring its variables to now with their exact solution, then run the block.
    private func event(_ block: [NeuronModel.Reset], _ w: inout CodeWriter) {
        w.line("real w = \(plan.weightPerSynapse ? "weights[k]" : "weight"); (void)w;")
        if !plan.perSynapseEquations.isEmpty {
            w.line("const real elapsed = (real)(t - last[k]);")
            for (variable, rhs) in plan.perSynapseEquations {
                w.line("const real f_\(variable) = \(render(rhs));")
                w.line("const real b_\(variable) = \(render(rhs.derivative(with: variable)));")
            }
            for (variable, _) in plan.perSynapseEquations {
                w.line("y_\(variable)[k] += elapsed * f_\(variable) * soma_exprel(b_\(variable) * elapsed);")
            }
        }
        if !plan.perSynapseVariables.isEmpty { w.line("last[k] = t;") }
        for reset in block {
            if reset.variable == "w" {
                w.line("w = \(render(reset.value)); weights[k] = w;")
            } else {
                w.line("\(name(reset.variable)) = \(render(reset.value));")
            }
        }
    }

    private func name(_ symbol: String) -> String {
        if plan.perSynapseVariables.contains(symbol) { return "y_\(symbol)[k]" }
        if symbol.hasSuffix("_pre") { return "pre_\(symbol.dropLast(4))[i]" }
        if symbol.hasSuffix("_post") { return "post_\(symbol.dropLast(5))[j]" }
        if target.model.variable(symbol) != nil { return "g_\(symbol)[j]" }
        switch symbol {
        case "w", "t": return symbol
        default: return "p_\(symbol)"
        }
    }

    private func render(_ e: Expr) -> String {
        let expression = CExpression(precision: precision, name: name, random: { f, draw in
            "(real)soma_\(f == .rand ? "uniform" : "normal")(seed, \(0x2000 + index), s, k, \(draw))"
        })
        return expression.render(e.exprelSafe())
    }
}
