import Lowering

/// The `__global__` kernels of a CUDA unit, each calling functions the C back end renders, in the
/// order ChunkLoop calls them within one step: what part 0 does before the updates (deliveries a
/// thread per target where `ProjectionStep.pulls`), the updates, the spikes of each population
/// merged in neuron order, then the events that follow spikes.
enum CUDAKernels {
    /// Every kernel's head: its arguments, the values the C functions take, and the early return
    /// once a value has gone non-finite (the error slot, -1 until then, holds the step).
    static let kernel = CTemplate("""
        SOMA_KERNEL void {{name}}(void **slot, const double *P, i64 s, unsigned char *flags) {
            i64 *err = (i64 *)slot[{{error}}];
            if (err[0] >= 0) return;
            const double dt = P[{{dt}}];
            const u64 seed = *(const u64 *)slot[{{seed}}];
            (void)dt; (void)seed; (void)flags;
            {{body}}
        }

        """)

    /// One thread per neuron: the C step function over the range of that one neuron.
    static let update = CTemplate("""
        const i64 i = (i64)blockIdx.x * blockDim.x + threadIdx.x;
        if (i >= (i64)P[{{size}}]) return;
        i64 emitted, nemitted = 0;
        const int bad = step_p{{k}}(slot, P, s, dt, seed, i, i + 1, &emitted, &nemitted);
        flags[i] = (unsigned char)(nemitted | (bad << 1));
        """)

    /// One block: each thread counts the spikes of its range of neurons, thread 0 sums the counts
    /// in thread order, then each thread writes its spikes after those of the threads before it —
    /// the order of ChunkLoop's parts, which is neuron order.
    static let afterUpdate = CTemplate("""
        __shared__ i64 first[{{blockSize}} + 1];
        __shared__ int bad;
        const i64 n = (i64)P[{{size}}];
        const i64 lo = n * threadIdx.x / blockDim.x, hi = n * (threadIdx.x + 1) / blockDim.x;
        i64 m = 0;
        int b = 0;
        for (i64 i = lo; i < hi; ++i) { m += flags[i] & 1; b |= flags[i] >> 1; }
        first[threadIdx.x + 1] = m;
        if (threadIdx.x == 0) bad = 0;
        __syncthreads();
        if (b) bad = 1;
        if (threadIdx.x == 0) {
            first[0] = 0;
            for (unsigned p = 1; p <= blockDim.x; ++p) first[p] += first[p - 1];
        }
        __syncthreads();
        i64 q = first[threadIdx.x];
        {{offsets}}
        for (i64 i = lo; i < hi; ++i) {
            if (!(flags[i] & 1)) continue;
            {{write}}
            ++q;
        }
        __syncthreads();
        if (threadIdx.x == 0) {
            const i64 total = first[blockDim.x];
            *(i64 *)slot[{{count}}] += total;
            {{totals}}
            if (bad) nonfinite_p{{k}}(slot, P, s, err);
        }
        """)

    /// A thread per target neuron applies the arrivals at it (ProjectionStep.pull), then one thread
    /// empties the ring slot, as deliver_c does after its loop.
    static let pull = CTemplate("""
        const i64 j = (i64)blockIdx.x * blockDim.x + threadIdx.x;
        if (j >= (i64)P[{{size}}]) return;
        pull_c{{index}}(slot, P, s, dt, seed, j);
        """)

    static func beforeUpdates(_ program: StepProgram, _ w: inout CodeWriter, _ layout: inout Layout, _ launches: inout [CUDALaunch]) {
        for (index, projection) in program.projections.enumerated() {
            if ProjectionStep.pulls(projection) {
                ProjectionStep(index: index, program: projection, precision: program.precision, staged: program.stagedCoupling).pull(into: &w, layout: &layout)
                var body = CodeWriter()
                pull.fill(["size": .text("\(layout.parameter(.size(population: projection.target)))"), "index": .text("\(index)")], into: &body)
                kernel("pull_c\(index)", body, &w, &layout)
                launches.append(CUDALaunch(kernel: "soma_pull_c\(index)", threads: .perNeuron(population: projection.target)))
                let count = layout.slot(.projection(index, .ringCount)), slots = layout.parameter(.delaySlots(index))
                single("arrived_c\(index)", "((i64 *)slot[\(count)])[s % (i64)P[\(slots)]] = 0;", &w, &layout, &launches)
            } else if projection.onPre != nil {
                single("deliver_c\(index)", "deliver_c\(index)(slot, P, s, dt, seed, 0, 1); drop_c\(index)(slot, P, s);", &w, &layout, &launches)
            }
            if projection.coupling != nil { single("couple_c\(index)", "couple_c\(index)(slot, P, s, dt, seed, 0);", &w, &layout, &launches) }
        }
        for k in program.poissonInputs.indices { single("drive_q\(k)", "drive_q\(k)(slot, P, s, dt, seed);", &w, &layout, &launches) }
        for k in program.populations.indices where !program.populations[k].delays.isEmpty {
            single("history_p\(k)", "history_p\(k)(slot, P, s);", &w, &layout, &launches)
        }
        for k in program.denseCouplings.indices { single("dense_d\(k)", "dense_d\(k)(slot, P, s, 0, 0.0);", &w, &layout, &launches) }
        guard !program.recorders.isEmpty else { return }
        // The host's batches never outgrow a record buffer (CUDAChunkPlan), so its "full" answer cannot come.
        single("record", "(void)record_state(slot, P, s);", &w, &layout, &launches)
    }

    static func update(population k: Int, _ w: inout CodeWriter, _ layout: inout Layout, _ launches: inout [CUDALaunch]) {
        var body = CodeWriter()
        update.fill(["size": .text("\(layout.parameter(.size(population: k)))"), "k": .text("\(k)")], into: &body)
        kernel("step_p\(k)", body, &w, &layout)
        launches.append(CUDALaunch(kernel: "soma_step_p\(k)", threads: .perNeuron(population: k)))
    }

    static func afterUpdate(population k: Int, _ population: PopulationProgram, _ w: inout CodeWriter, _ layout: inout Layout,
                            _ launches: inout [CUDALaunch]) {
        var offsets: [String] = [], write: [String] = [], totals: [String] = []
        if population.listsSpikes {
            let list = layout.slot(.fired(population: k)), count = layout.slot(.firedCount(population: k))
            write.append("((int *)slot[\(list)])[q] = (int)i;")
            totals.append("*(i64 *)slot[\(count)] = total;")
        }
        if population.recordsSpikes {
            let total = layout.slot(.spikeTotal(population: k))
            offsets.append("const i64 recorded = *(const i64 *)slot[\(total)];")
            write.append("((int *)slot[\(layout.slot(.spikeIndex(population: k)))])[recorded + q] = (int)i;")
            write.append("((i64 *)slot[\(layout.slot(.spikeStep(population: k)))])[recorded + q] = s + 1;")
            totals.append("*(i64 *)slot[\(total)] += total;")
        }
        var body = CodeWriter()
        afterUpdate.fill([
            "blockSize": .text("\(CUDALaunch.blockSize)"), "size": .text("\(layout.parameter(.size(population: k)))"),
            "offsets": .lines(.lines(offsets)), "write": .lines(.lines(write)),
            "count": .text("\(layout.slot(.spikeCount(population: k)))"), "totals": .lines(.lines(totals)), "k": .text("\(k)"),
        ], into: &body)
        kernel("after_p\(k)", body, &w, &layout)
        launches.append(CUDALaunch(kernel: "soma_after_p\(k)", threads: .block(population: k)))
    }

    static func events(_ program: StepProgram, _ w: inout CodeWriter, _ layout: inout Layout, _ launches: inout [CUDALaunch]) {
        for (index, projection) in program.projections.enumerated() {
            if projection.onPre != nil { single("enqueue_c\(index)", "enqueue_c\(index)(slot, P, s);", &w, &layout, &launches) }
            if projection.onPost != nil { single("post_c\(index)", "post_c\(index)(slot, P, s, dt, seed);", &w, &layout, &launches) }
        }
    }

    private static func single(_ name: String, _ call: String, _ w: inout CodeWriter, _ layout: inout Layout, _ launches: inout [CUDALaunch]) {
        kernel(name, .lines([call]), &w, &layout)
        launches.append(CUDALaunch(kernel: "soma_\(name)", threads: .single))
    }

    private static func kernel(_ name: String, _ body: CodeWriter, _ w: inout CodeWriter, _ layout: inout Layout) {
        kernel.fill(["name": .text("soma_\(name)"), "error": .text("\(layout.slot(.error))"), "dt": .text("\(layout.parameter(.dt))"),
                     "seed": .text("\(layout.slot(.seed))"), "body": .lines(body)], into: &w)
    }
}
