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
/// Between the second barrier of a step and the first of the next, every part may read every
/// part's list of neurons that fired (each part clears its own list before it updates): work
/// that follows spikes, such as delivering them to targets, can be split by target ranges, each
/// part reading all lists in part order and writing only its own targets, and stay independent
/// of the number of parts.
///
/// Member threads wait at a gate (a mutex part 0 holds) until part 0 knows how many threads it
/// could start, so a thread that fails to start shrinks the team instead of hanging it.
enum ChunkLoop {
    static let maxParts = 8

    /// Parts for a network of `neurons` when the session does not say: one per core for big
    /// networks; one below 20 000 neurons, where two barriers a step cost more than half the updates.
    static func automaticParts(neurons: Int, cores: Int) -> Int {
        neurons >= 20_000 ? max(1, min(cores, maxParts)) : 1
    }

    static func generate(_ program: StepProgram, _ w: inout CodeWriter, _ layout: inout Layout) {
        declarations(program, &w)
        afterStep(program, &w, &layout)
        steps(program, &w, &layout)
        entryPoint(program, &w, &layout)
    }

    private static func declarations(_ program: StepProgram, _ w: inout CodeWriter) {
        let populations = max(1, program.populations.count)
        w.raw("""
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
            i64 *emitted[\(populations)];
            i64 nemitted[\(populations)][\(maxParts)];
            int bad[\(populations)][\(maxParts)];
        } soma_team;
        typedef struct { soma_team *team; int part; } soma_member;

        """)
    }

    /// Part 0, after every part has updated its neurons for step s.
    private static func afterStep(_ program: StepProgram, _ w: inout CodeWriter, _ layout: inout Layout) {
        w.block("static void soma_after_step(soma_team *team, i64 s)") { w in
            w.line("void **slot = team->slot;")
            w.line("const double *P = team->P;")
            w.line("i64 *err = (i64 *)slot[2];")
            for (k, population) in program.populations.enumerated() {
                w.block("") { w in
                    w.line("i64 *count = (i64 *)slot[\(layout.slot(.spikeCount(population: k)))];")
                    w.line("int bad = 0;")
                    if population.listsSpikes {
                        w.line("int *fired_list = (int *)slot[\(layout.slot(.fired(population: k)))];")
                        w.line("i64 *nfired = (i64 *)slot[\(layout.slot(.firedCount(population: k)))];")
                        w.line("*nfired = 0;")
                    }
                    w.block("for (int p = 0; p < team->parts; ++p)") { w in
                        w.line("const i64 lo = (i64)P[\(layout.parameter(.size(population: k)))] * p / team->parts;")
                        w.line("const i64 m = team->nemitted[\(k)][p];")
                        w.line("*count += m;")
                        if population.recordsSpikes {
                            w.line("int *spike_index = (int *)slot[\(layout.slot(.spikeIndex(population: k)))];")
                            w.line("i64 *spike_step = (i64 *)slot[\(layout.slot(.spikeStep(population: k)))];")
                            w.line("i64 *spike_n = (i64 *)slot[\(layout.slot(.spikeTotal(population: k)))];")
                            w.line("for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[\(k)][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }")
                        }
                        if population.listsSpikes {
                            w.line("for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[\(k)][lo + q];")
                        }
                        w.line("(void)lo;")
                        w.line("bad |= team->bad[\(k)][p];")
                    }
                    w.line("if (bad && nonfinite_p\(k)(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }")
                }
            }
            for (index, projection) in program.projections.enumerated() {
                if projection.onPre != nil { w.line("enqueue_c\(index)(slot, P, s);") }
                if projection.onPost != nil { w.line("post_c\(index)(slot, P, s, team->P[0], *(const u64 *)slot[1]);") }
            }
            for (k, population) in program.populations.enumerated() where population.recordsSpikes {
                let n = layout.slot(.spikeTotal(population: k))
                let capacity = layout.parameter(.spikeCapacity(population: k))
                let size = layout.parameter(.size(population: k))
                w.line("if (*(i64 *)slot[\(n)] + (i64)P[\(size)] > (i64)P[\(capacity)]) { team->stop = s + 1 - team->step0; return; }")
            }
            w.line("(void)slot; (void)P; (void)err;")
        }
        w.line("")
    }

    private static func steps(_ program: StepProgram, _ w: inout CodeWriter, _ layout: inout Layout) {
        w.block("static i64 soma_steps(soma_team *team, int part)") { w in
            w.line("void **slot = team->slot;")
            w.line("const double *P = team->P;")
            w.line("const u64 seed = *(const u64 *)slot[1];")
            w.line("const double dt = P[0];")
            w.line("const int parts = team->parts;")
            w.line("(void)seed; (void)dt;")
            w.block("for (i64 s = team->step0; s < team->step0 + team->nsteps; ++s)") { w in
                w.block("if (part == 0 && team->stop < 0)") { w in
                    for (index, projection) in program.projections.enumerated() {
                        if projection.onPre != nil { w.line("deliver_c\(index)(slot, P, s, dt, seed);") }
                        if projection.coupling != nil { w.line("couple_c\(index)(slot, P, s, dt, seed);") }
                    }
                    for index in program.poissonInputs.indices { w.line("drive_q\(index)(slot, P, s, dt, seed);") }
                    for index in program.denseCouplings.indices { w.line("dense_d\(index)(slot, P);") }
                    w.line("if (record_state(slot, P, s)) team->stop = s - team->step0;")
                }
                w.line("if (parts > 1) pthread_barrier_wait(&team->barrier);")
                w.line("if (team->stop >= 0) return team->stop;")
                for (k, population) in program.populations.enumerated() {
                    w.block("") { w in
                        w.line("const i64 n = (i64)P[\(layout.parameter(.size(population: k)))], lo = n * part / parts, hi = n * (part + 1) / parts;")
                        w.line("team->nemitted[\(k)][part] = 0;")
                        w.line("team->bad[\(k)][part] = step_p\(k)(slot, P, s, dt, seed, lo, hi, team->emitted[\(k)] + lo, &team->nemitted[\(k)][part]);")
                    }
                }
                w.line("if (parts > 1) pthread_barrier_wait(&team->barrier);")
                w.line("if (part == 0) soma_after_step(team, s);")
            }
            w.line("return team->stop >= 0 ? team->stop : team->nsteps;")
        }
        w.line("")
        w.block("static void *soma_member_main(void *argument)") { w in
            w.line("soma_member *member = (soma_member *)argument;")
            w.line("pthread_mutex_lock(&member->team->gate);")
            w.line("pthread_mutex_unlock(&member->team->gate);")
            w.line("soma_steps(member->team, member->part);")
            w.line("return 0;")
        }
        w.line("")
    }

    private static func entryPoint(_ program: StepProgram, _ w: inout CodeWriter, _ layout: inout Layout) {
        w.block("i64 \(GeneratedUnit.entryPoint)(void **slot, i64 step0, i64 nsteps)") { w in
            w.line("soma_team team = {0};")
            w.line("soma_member members[\(maxParts)];")
            w.line("unsigned long threads[\(maxParts)];")
            w.line("team.slot = slot; team.P = (const double *)slot[0]; team.step0 = step0; team.nsteps = nsteps; team.stop = -1;")
            w.line("int wanted = (int)team.P[\(layout.parameter(.threads))];")
            w.line("if (wanted < 1) wanted = 1;")
            w.line("if (wanted > \(maxParts)) wanted = \(maxParts);")
            for (k, population) in program.populations.enumerated() {
                w.line("team.emitted[\(k)] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[\(layout.parameter(.size(population: k)))] + 1));")
            }
            w.line("pthread_mutex_lock(&team.gate);")
            w.line("int parts = 1;")
            w.block("while (parts < wanted)") { w in
                w.line("members[parts].team = &team; members[parts].part = parts;")
                w.line("if (pthread_create(&threads[parts], 0, soma_member_main, &members[parts]) != 0) break;")
                w.line("++parts;")
            }
            w.line("team.parts = parts;")
            w.line("if (parts > 1) pthread_barrier_init(&team.barrier, 0, (unsigned)parts);")
            w.line("pthread_mutex_unlock(&team.gate);")
            w.line("const i64 done = soma_steps(&team, 0);")
            w.line("for (int p = 1; p < parts; ++p) pthread_join(threads[p], 0);")
            w.line("if (parts > 1) pthread_barrier_destroy(&team.barrier);")
            for k in program.populations.indices { w.line("free(team.emitted[\(k)]);") }
            w.line("return done;")
        }
    }
}
