import Lowering
import Network

/// Generates the entry point `i64 soma_chunk(void **slot, i64 step0, i64 nsteps)`: the step
/// loop, run by `threads` parts (a run-time parameter) that each update one range of every
/// population's neurons.
///
/// Results do not depend on the number of parts: a neuron's update reads only its own state and
/// counter-based random numbers, and everything that crosses neurons is done by part 0 alone
/// between two barriers per step — state recording before the updates; after them, spike counts
/// and spike records merged from the parts' lists in part order (which is neuron order), the
/// search for non-finite values, and the checks that end a chunk early. With one part there are
/// no threads and no barriers.
///
/// Spike delivery is split by target ranges when every delivering projection allows it
/// (`deliversByParts`): after a barrier that follows part 0's filing of the last step's spikes,
/// each part delivers every spike in order to its own range of targets, the range whose updates
/// it runs; a second barrier comes before part 0's work on the whole state. With more than one
/// part a step then has four barriers instead of two.
///
/// Member threads wait at a gate (a mutex part 0 holds) until part 0 knows how many threads it
/// could start, so a thread that fails to start shrinks the team instead of hanging it.
package enum ChunkLoop {
    static let maxParts = RunOptions.maxThreads

    /// Parts for a network of `neurons` when the session does not say: one per core for big
    /// networks; one below 20 000 neurons, where two barriers a step cost more than half the updates,
    /// unless the network runs a sweep: then one per core up to one per member, since each member brings
    /// a whole network's work a step, its synapses too (BENCHMARKS.md, the Wang sweep on threads).
    /// A network that delivers spikes has four barriers a step with more than one part: on the shared
    /// 2-core machine of BENCHMARKS.md ("Propagation on every core") two threads made COBA slower at
    /// 100 000 neurons and faster at 300 000 and 1 000 000, so it takes threads from 200 000.
    package static func automaticParts(neurons: Int, cores: Int, deliversSpikes: Bool = false, sweepMembers: Int = 0) -> Int {
        if sweepMembers >= 2 { return max(1, min(cores, sweepMembers, maxParts)) }
        return neurons >= (deliversSpikes ? 200_000 : 20_000) ? max(1, min(cores, maxParts)) : 1
    }


    static func generate(_ program: StepProgram, _ w: inout CodeWriter, _ layout: inout Layout) {
        team.fill(["populations": .text("\(max(1, program.populations.count))"), "maxParts": .text("\(maxParts)")], into: &w)
        afterStep(program, &w, &layout)
        steps(program, &w, &layout)
        entryPoint(program, &w, &layout)
    }

    static let team = CTemplate("""
        typedef union { char bytes[64]; long align; } soma_sync;
        int pthread_create(unsigned long *thread, const void *attributes, void *(*start)(void *), void *argument);
        int pthread_join(unsigned long thread, void **result);
        int pthread_barrier_init(soma_sync *barrier, const void *attributes, unsigned count);
        int pthread_barrier_wait(soma_sync *barrier);
        int pthread_barrier_destroy(soma_sync *barrier);
        int pthread_mutex_lock(soma_sync *mutex);
        int pthread_mutex_unlock(soma_sync *mutex);
        void *malloc(unsigned long size);
        void free(void *pointer);

        typedef struct {
            void **slot;
            const double *P;
            i64 step0, nsteps, stop;
            int parts;
            soma_sync barrier, gate;
            i64 *emitted[{{populations}}];
            i64 nemitted[{{populations}}][{{maxParts}}];
            int bad[{{populations}}][{{maxParts}}];
        } soma_team;
        typedef struct { soma_team *team; int part; } soma_member;

        """)

    // MARK: - After each step

    /// Part 0, after every part has updated its neurons for step s. Copies of a few spikes and the
    /// queues' bookkeeping, which gcc's vectoriser took 0.08 s of CPU to compile for COBA (a quarter of the
    /// unit's build) and nothing to gain: kept scalar.
    static let afterStep = CTemplate("""
        static __attribute__((optimize("no-tree-vectorize"))) void soma_after_step(soma_team *team, i64 s) {
            void **slot = team->slot;
            const double *P = team->P;
            i64 *err = (i64 *)slot[2];
            {{populations}}
            {{events}}
            {{capacityChecks}}
            (void)slot; (void)P; (void)err;
        }

        """)

    /// One population's spikes: counted, recorded and listed from the parts' lists in part order.
    static let mergeSpikes = CTemplate("""
         {
            i64 *count = (i64 *)slot[{{count}}];
            int bad = 0;
            {{clearList}}
            for (int p = 0; p < team->parts; ++p) {
                const i64 lo = (i64)P[{{size}}] * p / team->parts;
                const i64 m = team->nemitted[{{k}}][p];
                *count += m;
                {{record}}
                {{list}}
                (void)lo;
                bad |= team->bad[{{k}}][p];
            }
            if (bad && nonfinite_p{{k}}(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
        }
        """)

    private static func afterStep(_ program: StepProgram, _ w: inout CodeWriter, _ layout: inout Layout) {
        var populations = CodeWriter()
        for (k, population) in program.populations.enumerated() {
            mergeSpikes.fill([
                "count": .text("\(layout.slot(.spikeCount(population: k)))"),
                "clearList": .lines(.lines(!population.listsSpikes ? [] : [
                    "int *fired_list = (int *)slot[\(layout.slot(.fired(population: k)))];",
                    "i64 *nfired = (i64 *)slot[\(layout.slot(.firedCount(population: k)))];",
                    "*nfired = 0;",
                ])),
                "size": .text("\(layout.parameter(.size(population: k)))"), "k": .text("\(k)"),
                "record": .lines(.lines(!population.recordsSpikes ? [] : [
                    "int *spike_index = (int *)slot[\(layout.slot(.spikeIndex(population: k)))];",
                    "i64 *spike_step = (i64 *)slot[\(layout.slot(.spikeStep(population: k)))];",
                    "i64 *spike_n = (i64 *)slot[\(layout.slot(.spikeTotal(population: k)))];",
                    "for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[\(k)][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }",
                ])),
                "list": .lines(.lines(!population.listsSpikes ? [] : [
                    "for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[\(k)][lo + q];",
                ])),
            ], into: &populations)
        }
        var events: [String] = []
        for (index, projection) in program.projections.enumerated() {
            if projection.onPre != nil { events.append("enqueue_c\(index)(slot, P, s);") }
            if projection.onPost != nil { events.append("post_c\(index)(slot, P, s, team->P[0], *(const u64 *)slot[1]);") }
        }
        var capacityChecks: [String] = []
        for (k, population) in program.populations.enumerated() where population.recordsSpikes {
            let n = layout.slot(.spikeTotal(population: k))
            let capacity = layout.parameter(.spikeCapacity(population: k))
            let size = layout.parameter(.size(population: k))
            capacityChecks.append("if (*(i64 *)slot[\(n)] + (i64)P[\(size)] > (i64)P[\(capacity)]) { team->stop = s + 1 - team->step0; return; }")
        }
        afterStep.fill(["populations": .lines(populations), "events": .lines(.lines(events)),
                        "capacityChecks": .lines(.lines(capacityChecks))], into: &w)
    }

    // MARK: - Steps

    static let steps = CTemplate("""
        static i64 soma_steps(soma_team *team, int part) {
            void **slot = team->slot;
            const double *P = team->P;
            const u64 seed = *(const u64 *)slot[1];
            const double dt = P[0];
            const int parts = team->parts;
            (void)seed; (void)dt;
            {{spikesBeforeTheFirstStep}}
            for (i64 s = team->step0; s < team->step0 + team->nsteps; ++s) {
                {{deliveryByParts}}
                if (part == 0 && team->stop < 0) {
                    {{beforeUpdates}}
                    if (record_state(slot, P, s)) team->stop = s - team->step0;
                }
                if (parts > 1) pthread_barrier_wait(&team->barrier);
                if (team->stop >= 0) return team->stop;
                {{stages}}
                {{updates}}
                if (parts > 1) pthread_barrier_wait(&team->barrier);
                if (part == 0) soma_after_step(team, s);
            }
            return team->stop >= 0 ? team->stop : team->nsteps;
        }

        static void *soma_member_main(void *argument) {
            soma_member *member = (soma_member *)argument;
            pthread_mutex_lock(&member->team->gate);
            pthread_mutex_unlock(&member->team->gate);
            soma_steps(member->team, member->part);
            return 0;
        }

        """)

    /// The stages before the last of a staged coupling: every part's slopes, then part 0 sums the
    /// couplings from the next stage's states, the two separated by barriers like the step's.
    static let stagedCoupling = CTemplate("""
        static const double stage_time[] = { {{times}} };
        (void)stage_time;
        for (int stage = 0; stage < {{stored}}; ++stage) {
            {{slopes}}
            if (parts > 1) pthread_barrier_wait(&team->barrier);
            if (part == 0) {
                {{couplings}}
            }
            if (parts > 1) pthread_barrier_wait(&team->barrier);
        }
        """)

    /// A population with fewer stages than the longest method of the step has no pass for the later ones.
    static let slope = CTemplate("""
        if (stage < {{passes}}) {
            const i64 n = (i64)P[{{size}}], lo = n * part / parts, hi = n * (part + 1) / parts;
            slope_p{{k}}[stage](slot, P, s, dt, seed, lo, hi);
        }
        """)

    /// Each part delivers this step's spikes to its own range of targets (ProjectionStep), between a barrier after
    /// the last step's spikes were filed and one before part 0 reads the state.
    static let deliveryByParts = CTemplate("""
        if (parts > 1) {
            pthread_barrier_wait(&team->barrier);
            if (team->stop < 0) {
                {{deliveries}}
            }
            pthread_barrier_wait(&team->barrier);
        }
        """)

    /// This part's range of one population's neurons.
    static let update = CTemplate("""
         {
            const i64 n = (i64)P[{{size}}], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[{{k}}][part] = 0;
            team->bad[{{k}}][part] = step_p{{k}}(slot, P, s, dt, seed, lo, hi, team->emitted[{{k}}] + lo, &team->nemitted[{{k}}][part]);
        }
        """)

    /// Generators' spikes at t = 0 go out before the first step of the first run, as
    /// from a step that ended at 0: recorded at 0 and delivered from the first step on.
    /// After step 0 a step -1 never ran, so nothing it would have filed is overwritten.
    static let spikesBeforeTheFirstStep = CTemplate("""
        if (part == 0 && team->step0 == 0) {
            i64 m = 0;
            {{starts}}
            if (m > 0) soma_after_step(team, -1);
        }
        """)

    private static func steps(_ program: StepProgram, _ w: inout CodeWriter, _ layout: inout Layout) {
        let byParts = deliversByParts(program)
        var beforeUpdates: [String] = []
        for (index, projection) in program.projections.enumerated() {
            if projection.onPre != nil {
                let deliver = "deliver_c\(index)(slot, P, s, dt, seed, 0, 1);"
                beforeUpdates.append((byParts ? "if (parts == 1) " + deliver : deliver) + " drop_c\(index)(slot, P, s);")
            }
            if projection.coupling != nil { beforeUpdates.append("couple_c\(index)(slot, P, s, dt, seed, 0);") }
        }
        var deliveries = CodeWriter()
        if byParts {
            deliveryByParts.fill(["deliveries": .lines(.lines(program.projections.indices.filter { program.projections[$0].onPre != nil }
                .map { "deliver_c\($0)(slot, P, s, dt, seed, part, parts);" }))], into: &deliveries)
        }
        beforeUpdates += program.poissonInputs.indices.map { "drive_q\($0)(slot, P, s, dt, seed);" }
        beforeUpdates += program.populations.indices.filter { !program.populations[$0].delays.isEmpty }.map { "history_p\($0)(slot, P, s);" }
        beforeUpdates += program.denseCouplings.indices.map { "dense_d\($0)(slot, P, s, 0, 0.0);" }
        var updates = CodeWriter()
        for k in program.populations.indices {
            update.fill(["size": .text("\(layout.parameter(.size(population: k)))"), "k": .text("\(k)")], into: &updates)
        }
        var start = CodeWriter()
        let scheduled = program.populations.indices.filter { program.populations[$0].isScheduled }
        if !scheduled.isEmpty {
            spikesBeforeTheFirstStep.fill(["starts": .lines(.lines(scheduled.map {
                "m += team->nemitted[\($0)][0] = start_p\($0)(slot, P, 0, team->emitted[\($0)]);"
            }))], into: &start)
        }
        steps.fill(["spikesBeforeTheFirstStep": .lines(start), "deliveryByParts": .lines(deliveries), "beforeUpdates": .lines(.lines(beforeUpdates)),
                    "stages": .lines(stages(program, &layout)), "updates": .lines(updates)], into: &w)
    }

    /// Whether the parts deliver spikes (each to its targets) instead of part 0 alone: when some projection delivers
    /// and every one that does may be split by target. One that may not (per-source variables) keeps all delivery on
    /// part 0, so that every target still sums its projections in projection order.
    static func deliversByParts(_ program: StepProgram) -> Bool {
        let delivering = program.projections.filter { $0.onPre != nil }
        return !delivering.isEmpty && delivering.allSatisfy(ProjectionStep.deliversByTargetRange)
    }

    private static func stages(_ program: StepProgram, _ layout: inout Layout) -> CodeWriter {
        var w = CodeWriter()
        guard let staged = program.stagedCoupling else { return w }
        var slopes = CodeWriter()
        for k in staged.readVariables.keys.sorted() {
            guard case .rungeKutta(let stages, _) = program.populations[k].update else { continue }
            slope.fill(["passes": .text("\(stages.count - 1)"), "size": .text("\(layout.parameter(.size(population: k)))"), "k": .text("\(k)")],
                       into: &slopes)
        }
        var couplings = program.projections.indices.filter { program.projections[$0].coupling != nil }
            .map { "couple_c\($0)(slot, P, s, dt, seed, stage + 1);" }
        couplings += program.denseCouplings.indices.map { "dense_d\($0)(slot, P, s, stage + 1, stage_time[stage + 1]);" }
        stagedCoupling.fill(["stored": .text("\(staged.stages - 1)"), "times": .text(staged.timeFractions.map { "\($0)" }.joined(separator: ", ")),
                             "slopes": .lines(slopes),
                             "couplings": .lines(.lines(couplings))], into: &w)
        return w
    }

    // MARK: - Entry point

    static let entryPoint = CTemplate("""
        i64 {{entryPoint}}(void **slot, i64 step0, i64 nsteps) {
            soma_team team = {0};
            soma_member members[{{maxParts}}];
            unsigned long threads[{{maxParts}}];
            team.slot = slot; team.P = (const double *)slot[0]; team.step0 = step0; team.nsteps = nsteps; team.stop = -1;
            int wanted = (int)team.P[{{threads}}];
            if (wanted < 1) wanted = 1;
            if (wanted > {{maxParts}}) wanted = {{maxParts}};
            {{allocations}}
            pthread_mutex_lock(&team.gate);
            int parts = 1;
            while (parts < wanted) {
                members[parts].team = &team; members[parts].part = parts;
                if (pthread_create(&threads[parts], 0, soma_member_main, &members[parts]) != 0) break;
                ++parts;
            }
            team.parts = parts;
            if (parts > 1) pthread_barrier_init(&team.barrier, 0, (unsigned)parts);
            pthread_mutex_unlock(&team.gate);
            const i64 done = soma_steps(&team, 0);
            for (int p = 1; p < parts; ++p) pthread_join(threads[p], 0);
            if (parts > 1) pthread_barrier_destroy(&team.barrier);
            {{frees}}
            return done;
        }
        """)

    private static func entryPoint(_ program: StepProgram, _ w: inout CodeWriter, _ layout: inout Layout) {
        entryPoint.fill([
            "entryPoint": .text(GeneratedUnit.entryPoint), "maxParts": .text("\(maxParts)"),
            "threads": .text("\(layout.parameter(.threads))"),
            "allocations": .lines(.lines(program.populations.indices.map {
                "team.emitted[\($0)] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[\(layout.parameter(.size(population: $0)))] + 1));"
            })),
            "frees": .lines(.lines(program.populations.indices.map { "free(team.emitted[\($0)]);" })),
        ], into: &w)
    }
}
