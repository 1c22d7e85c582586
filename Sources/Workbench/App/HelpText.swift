import Foundation
import Kernel

/// The text of `:help`; `:help WORD` shows the entries that mention WORD, whole, and `:help NAME` a library model's
/// or channel's definition.
///
/// The text is read as sections: a title at the left edge, then entries, each an
/// indented line with its explanation on the more deeply indented lines below it.
enum HelpText {
    struct Section {
        var title: [String]
        var entries: [[String]]

        /// A line at the left edge continues the title; one indented by two starts an entry; deeper ones explain it.
        mutating func add(_ line: String, indent: Int) {
            if indent == 0 {
                title.append(line)
            } else if indent <= 2 || entries.isEmpty {
                entries.append([line])
            } else {
                entries[entries.count - 1].append(line)
            }
        }
    }

    static let lines = """
    Soma — type model statements; Enter runs a cell (it stays open while braces are open).

    Keys
      Enter            run the cell (or continue it while { } are open)
      Alt-Enter        start a new line in the same cell
      Tab              complete keywords, models, populations, variables, parameters, methods, units
                       what the place takes: after vary the model's parameters and inputs, after method = /
                       precision = / jit = their values, after using the synapses (defined and library), after
                       population X = the models, after P. the population's fields, after AB. the projection's values;
                       a list too long for the line ends with "… N more"
      Up / Down        previous / next cell from history, a multi-line cell whole (kept across sessions)
      Ctrl-A Ctrl-E    start / end of line; Ctrl-K kill to end; Ctrl-W delete word (emacs keys)
      PgUp / PgDn      scroll the outputs, or this help; mouse wheel too
      Home / End       top / bottom of the outputs (when the input line is empty)
      Alt-Up           select an earlier cell; then Up/Down move, Enter edits it, r re-runs it, z zooms its figure, Esc leaves
      F11              the last figure full screen (any key returns)
      Ctrl-C           interrupt the running cell (the kernel keeps its state; a bptt training stops after its
                       batch, force with feedback after its 1000 samples, each keeping its weights); else
                       discard the cell being typed (all its lines); twice at an empty prompt quits
      Esc              discard the cell being typed (all its lines)
      Ctrl-D           quit (on an empty line)

    Commands
      :help [WORD]              this help, or the entries mentioning WORD (with their explanations)
      :save [FILE]              save the session (percent-format notebook with recorded outputs)
      :open FILE                open a session (or a model file as one cell) and run its cells in a fresh kernel;
                                with unsaved changes it asks first (:open FILE again discards them)
      :export svg FILE [N]      write figure N (default: the last) as SVG
      :restart                  restart the kernel (state is lost; :rerun runs every cell again)
      :rerun                    run every cell again in a fresh kernel
      :kernel cpu               the device of the kernel: cpu, or cuda (an NVIDIA GPU; says what this machine lacks for one)
      :clear                    clear the screen; the cells, outputs and figures stay in the session (PgUp shows them)
      :quit                     quit; with unsaved changes it asks first (:quit or Ctrl-D again quits anyway)

    Language
      neuron NAME { param ..., var X = init, input I = 0 nA, dX/dt = ..., spike cond, reset { ... }, refractory T }
      system NAME { ... }       a dynamical system that never spikes
      d^alpha x/dt^alpha = ...  a fractional (Caputo) equation, 0 < alpha <= 1 a number or a parameter (models without units,
                                or alpha 1/2 or 1); run ... method = caputo_l1 | gl (default caputo_l1; ordinary equations
                                beside it by Euler), memory = 100 (a short memory; default: every step since the first run)
      population P = NAME(N, param = value)
      channel NAME { ion Na, param g_max = 10 mS/cm^2, E = 50 mV, var m = 0, dm/dt = ..., current = g_max*m^3*(V - E) }
                                a membrane current (outward positive); names it does not declare (V, E_Ca, Ca) are the neuron's;
                                with ion Ca and var Ca it is a calcium pool (CaFirstOrder_Ba1998, CaDetailed_De1993): Ca and
                                E_Ca stay the neuron's, shared by its calcium channels, and its I_Ca sums their currents
      use INa_HH1952, IL(g_max = 0.3 mS/cm^2)   in a neuron: its channels; I_channels (I_Na, I_Ca, ... per ion) is their
                                currents written out in use order: dV/dt = (I - I_channels) / C; a channel's names become
                                CHANNEL_x (P.INa_HH1952_m, population override IL_E = -60 mV) and its current CHANNEL
      synapse NAME { param ..., var g = 0 nS per post (or per synapse), dg/dt = ..., on pre { g += w }, on post { ... }, current = g*(E - V_post) }
                                per post: one per target neuron; per synapse: one per connection, advanced exactly at events;
                                per pre: one per source neuron, read by each synapse of a spike, set once per spike by the last lines of on pre
                                current adds into the target's first input (V_post reads the target's V; v_post is its membrane potential: its v or V, else its one variable in volts); an event block may assign w (plastic)
      connect A -> B, C.Isyn using NAME(param = value) p = 0.02 w = 0.5 nS delay = 1 ms as AB
                                as AB names the projection (default A_B, shown by soma check): print AB.w[0:3], mean(AB.w), AB.apre
                                rules: p = prob, fanin = k, fanout = k, all, one_to_one; allow_self = true (default false onto itself)
                                w and delay: constants or expressions of i (source), j (target), rand(), randn()
                                the target keeps the synapse's per-post variables as g_A (record B.g_A)
                                a current that reads V_pre is a gap junction: summed every step, in both directions
      network EI(NE = 3200, p = 0.02) { population E = LIF(NE) ... connect E -> I ... record E.spikes }
                                a reusable network: population, connect, couple, P.field =, record and nested network X = Y(...) lines
      network V1 = EI(NE = 4000)   an instance: populations V1.E, ..., projections V1.E_I, ...; names like V1.E.v work everywhere;
                                its random numbers (connections, initial values, noise) draw from streams numbered from its name; soma check shows the tree
      sweep W = EI(p in [0.01, 0.02], seed in [1, 2], NE = 400)   one member per combination (W1, W2, ...; the first list slowest),
                                all in one run, as a batch of one compiled step where the members' code is the same (soma check says);
                                member k is network W = EI(...) run alone with its seed, bit for bit
      print rate(W.E), rate(W.E) > 5 Hz   one row per member (W.E read as W1.E, W2.E, ...), then the mean over seeds when seed is swept
      plot rate W.E             every member's population rate: one panel, or one per value of the first list (record rate(E) window T)
      fi LIF I in [0 nA, 1 nA] n = 50 for 1 s dt = 0.1 ms   f–I curve: n neurons, one per constant drive, one run; table and curve
      population P = poisson(N, rate = 5 Hz)   Poisson spike source; the rate may depend on t (P.rate = ...)
      population G = generator(N, times = "1 ms, 2.5 ms", indices = "0, 1")   given spike times (indices may be left out when N = 1)
      connect poisson(N, rate = 2 Hz) -> B using NAME w = ...   N Poisson inputs per target, not materialised (binomial per step)
      P.X = expression          initial values (i, N, rand(), randn()), drives of t, parameter values
      record P.spikes, P.V[0:5] every 0.1 ms
      record P.I                inputs too: their value each sample, constant or driven (plot P.I, export csv)
      record mean(P.V)          reduced over the neurons each sample: mean, sum, min, max (of P.V[0:100] too);
                                plot mean(P.V), export csv "m.csv" mean(P.V) as written
      record mean(P.V - P.El), max(P.g * (P.V - P.Ee))   any expression of one population's variables and
                                parameters, reduced in the generated code (in double) to one value a sample
      record AB.w[0:100] every 1 ms   a projection's per-synapse values over time (w or a per-synapse variable;
                                mean(AB.w) too); plot AB.w[0:5], export csv "w.csv" AB.w[0:5]
      run 100 ms dt = 0.1 ms method = rk4 precision = f32 seed = 1
                                jit = tcc | cc | auto (the optimising tier; default auto), threads = N (default: one per core from 20 000 neurons, 200 000 with spikes delivered)
      print rate(P), count(P), spikes(P), P.V[0:3], mean(P.V)
      plot raster P             plot P.V[0:3]             plot hist AB.w            export svg "file.svg"
      plot raster P[0:20], Q    subgroups        plot P.w vs P.V   recorded together (same neurons, times)
      plot isi P[0:20]          inter-spike intervals pooled     plot cv P   each neuron's CV (std/mean of its ISIs)
      record rate(P) window 5 ms   then plot rate P: the population rate in 5 ms bins, from the recorded spikes
      plot P.V[0:3] size = 3.5 in x 2.5 in, title = "V", xlim = [0 ms, 100 ms], ylim = [-70 mV, -45 mV], log y, legend = outside
                                options for a paper, each once, after any plot: limits in the axis's unit, log x | log y,
                                legend = outside | none, labels = ["soma", "dendrite"] (the series' names in the legend, in order),
                                colour = ["black", "C1", "#d62728"] (their colours: names, matplotlib's C0…C9 or #rrggbb);
                                with a size the SVG is in inches with 8/9/10 pt type and panel letters
      export pdf "file.pdf"     the last figure as PDF, through rsvg-convert (librsvg); 6.4 x 4.8 in without a size
      export csv "v.csv" P.V[0:5]   a recording to a file: csv, npy or json, of P.V[...] or P.spikes
                                (display units; npy: float64, time as column 0)
      reset                     model time back to 0, every value to its initial one (the same random numbers);
                                connections stay; records start again
      delete P                  a population and its connections, inputs, values and recordings (or a model or
                                synapse no population uses)
      store [NAME]              keep the network, its clock and every value (spikes in flight too) as NAME (default)
      restore [NAME]            go back to what store NAME kept
      a cell run again          a neuron, system, synapse or population defined in an earlier cell is replaced, and
                                what was built on it is built again (defining one twice in one cell is an error);
                                t is the session's clock: it only goes back to 0 with reset

    Analysis (MODEL is a system or neuron by name, or a population with its parameters and drives)
      fixedpoints MODEL with I = 2 nA in V = [-90 mV, 0 mV], n = [0, 1]
                                equilibria in the region (Newton from a grid of seeds), eigenvalues, type
      linearize MODEL at (v = -1.2, w = -0.6) with Iext = 0.5
                                eigenvalues of the Jacobian at that state (others at their initial values),
                                leading first, in 1/time, with the type; a figure of them in the complex plane
      linearize MODEL at fixedpoints with Iext = 0.5 in v = [-3, 3]
                                the same at every equilibrium fixedpoints finds (a population: `r = ...` sets
                                every r[i]; more than 12 eigenvalues: the leading 12 listed, all plotted)
      phaseplane MODEL x = v in [-3, 3] y = w in [-1, 3] from (-2, 0), (1, 2) with Iext = 0.5
                                arrows, both nullclines, fixed points (filled stable, hollow unstable), orbits
      phaseplane MODEL x = V in [-80 mV, 0 mV] fix h = 0.6
                                1-D: dV/dt against V; fix holds variables not on an axis
      phaseplane HH x = V in [-80 mV, 40 mV] y = n in [0, 1] fix m = steady, h = 0.6
                                fast–slow: m follows its steady state (f_m = 0 solved by Newton at each
                                point, m = m∞(V) here); works in fixedpoints, linearize, bifurcation too
      bifurcation MODEL vary Iext in [0, 2] show v with a = 0.7
                                equilibria continued in Iext (solid stable, dashed unstable), folds LP,
                                Hopf points H (ω, l1 > 0 subcritical) and branch points BP located exactly,
                                the crossing branch followed from each BP; cycles from each H (max and min
                                of v, folds LPC, branch points BP, period doublings PD, tori TR), and from
                                each BP the crossing cycles, from each PD those of twice the period (one
                                switch deep); a table of special points (LPC, BP, PD, TR of cycles:
                                cycle maxima and period) and one of every cycle (branch, period,
                                extremes, Floquet multipliers); show period draws the periods instead
      bifurcation MODEL vary Iext in [0, 2] intervals = 60 degree = 6
                                the cycles' collocation mesh (default 40 intervals of degree 5, adapted)
      bifurcation MODEL vary Iext in [-1, 3], b in [0.5, 5]
                                curves of folds and Hopf points in (Iext, b) from those on the Iext branch,
                                with cusps CP, Bogdanov–Takens points BT and generalized Hopf GH on them
      bifurcation O vary Iext in [0, 2] from orbit
                                from the limit cycle population O's recorded run ends on (record each of
                                its variables over two periods or more): that cycle's branch, both ways
      bifurcation MODEL vary Iext in [0, 2] from branch 2 point 17
                                from point 17 of branch 2 of the last diagram of MODEL (equilibria are
                                branches 1.., cycles next, as in the cycles table): a cycle continues its
                                branch, an equilibrium draws the whole diagram from there
      bifurcation MODEL vary Iext in [0, 2] from P at Iext = 0.5
                                from the equilibrium Newton finds near neuron 0's current state of
                                population P (of MODEL) at Iext = 0.5 (without at, Iext keeps its value
                                in what is analysed: bifurcation P ... from P takes P's own); the branch
                                through it, both ways, with its special points
      bifurcation MODEL vary c in [0.5, 4], b in [0.1, 0.4] from branch 2 point 20
                                from a cycle in two parameters: its branch in c, then each period
                                doubling PD, fold of cycles LPC and torus bifurcation TR on it
                                continued as a curve in (c, b)
      couple R.r -> R.I weight = (J0 + J1*cos(2*pi*(i - j)/N)) / N
                                dense coupling in a population: I_i gets the sum over j of weight(i, j) * r_j
                                (i target, j source, N size, R's parameters); run computes W·r at every
                                stage of the method (into the variable coupled_I) and fixedpoints,
                                linearize analyse it
      couple L.x -> R.I weight = 0.1 * randn() p = 0.1
                                from another population (j over L's neurons, N = L's size); random weights
                                are drawn from the run's seed, each present with probability p
      readout Z = R.r           a linear readout with a bias from recorded variables (R.r recorded)
      train Z to L.x, L.y ahead 0.05 in [5, 80] by ridge(alpha = 1e-6)
                                fits Z(t) to the targets at t + ahead over the recorded window: ridge
                                (normal equations, Cholesky) or force(alpha = ...) (recursive least squares)
      train Z to T.f in [0, 1440] by force(alpha = 1, feedback = R.I, scale = 1, every = 2, seed = 1)
                                FORCE with feedback: R (rates, no spikes, only its own couplings) run by Euler
                                at T.f's sampling from its state now, Z fed back into R.I through weights
                                uniform in [-scale, scale], RLS every 2 samples; after the window closed loop
                                to the end of T.f's recording, which mse(Z, a, b) compares
      train Z to L.x ahead 0.05 in [5, 15] by bptt(epochs = 20, lr = 0.01, batch = 50)
                                Z and the couplings into R by Adam on the adjoint gradient of R's Euler
                                steps (R recorded every step; spikes through a surrogate); reset and run to test
      print mse(Z, 80, 100), mae(Z, 80, 100)
                                the trained readout's errors over recorded samples in [80, 100]
      task D = decision(coherences = [0, 6.4, 12.8, 25.6, 51.2], stimulus = 500 ms, trials = 256)
                                Song 2016's decision trials (fixation, stimulus, decision; dt = 20 ms; test, seed,
                                noise); couple D.stimulus -> R.I weight = randn() / sqrt(N) feeds their inputs to R
      train Z to D.choice by bptt(loss = cross_entropy, epochs = 20, lr = 0.01, batch = 16, dale = true)
                                Z, R's couplings and D's into R on batches of trials; dale = true keeps each sign
      print accuracy(Z, D)      the fraction of D's test trials answered right at their last step
      task E = evidence(cues = 7, delay = 500 ms, dt = 10 ms)
                                Bellec 2020's evidence accumulation: spike trains of left and right cues, a
                                delay, a recall; E.choice is the side with more cues, scored in the recall;
                                delay = [200 ms, 600 ms] (or decision's stimulus = [...]) varies it trial by trial
      train Z to E.choice by bptt(epochs = 20, lr = 0.003, clip = 2, surrogate = fast_sigmoid(4))
                                a spiking population (spike V > Vth, no refractory): spikes and resets in the
                                forward pass, their slope from piecewise_linear(w), fast_sigmoid(k) or arctan(k);
                                clip = c scales each batch's gradient down to norm c where it is longer
      train Z to L.x by bptt(epochs = 20, train = tau, checkpoint = 50)
                                train = p (once per parameter) trains R's parameter p with the weights (one value
                                for all neurons; a threshold through the surrogate); checkpoint = K keeps the
                                state every K steps (default √T) and recomputes the rest, same gradient;
                                train_lr = r moves the parameters at their own rate (default: lr)
      readout N = L.x, L.y, L.z features nvar(delays = 2, order = 2)
                                NVAR features (Gauthier 2021); trained to its own sources one sample ahead
      forecast N in [15, 25] lyapunov = 0.9056
                                N run on its own outputs from t = 15: mse, valid time (error within 0.4 of
                                the recording's spread; threshold = ...) in Lyapunov times, a figure
      fixedpoints R in r = [0, 1]
                                more than 8 variables: fixed and slow points by Levenberg-Marquardt on
                                q = |f|^2/2 from 16 states (half relaxed along the flow), the leading
                                eigenvalues of each (linearisation) in the table, all spectra in a figure
      methods: euler midpoint heun2 ralston2 rk2 rk3 heun3 ralston3 ssprk3 rk4 ralston4 rk4_38rule exp_euler caputo_l1 gl
               with noise (xi, xi_<name> in equations): euler milstein milstein2 exp_euler heun srk1w1 srk2w1;
               run ... noise = ito (default) | stratonovich
      delays: x(t - tau) in an equation reads x tau ago (tau at least dt; before the first step x is its initial
              value, or history x = <expression of t> in the model);
              couple R.r -> R.I weight = ... delay = 5 ms sums the sources' r 5 ms ago
      units: s ms us V mV A nA pA uA S mS nS uS ohm kohm Mohm F uF nF pF Hz m cm um M mM uM
      functions: exp log log10 log2 log1p expm1 sqrt pow sin cos tan asin acos atan atan2 sinh cosh tanh asinh acosh atanh
                 erf erfc sigmoid floor ceil round fmod abs min max clip exprel heaviside sign rand randn

    Synapse library (connect ... using NAME without defining it; a synapse you define with the same name wins;
    conductance-based ones read the target's v)
    """.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        + SynapseLibrary.names.map { "  " + SynapseLibrary.signature(of: $0)! }
        + ["", "Model library (population P = NAME(N) without defining it; a model you define with the same name wins;",
           ":help NAME shows its reference, parameters with units and equations)"]
        + [ModelKind.neuron, .system].map { kind in
            "  \(kind.rawValue)s: " + NeuronLibrary.names.filter { NeuronLibrary.models[$0]!.kind == kind }.joined(separator: " ")
        }
        + ["  channels (use NAME in a neuron): " + ChannelLibrary.names.prefix(8).joined(separator: " "),
           "            " + ChannelLibrary.names.dropFirst(8).joined(separator: " ")]

    static let sections: [Section] = {
        var sections: [Section] = []
        var afterBlank = true
        for line in lines {
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else {
                afterBlank = true
                continue
            }
            let indent = line.prefix { $0 == " " }.count
            if indent == 0, afterBlank || sections.last?.entries.isEmpty == false {
                sections.append(Section(title: [line], entries: []))
            } else {
                sections[sections.count - 1].add(line, indent: indent)
            }
            afterBlank = false
        }
        return sections
    }()

    /// Every entry that mentions `word` with its explanation, under its section's title (a whole section when its title does).
    static func matching(_ word: String) -> [String] {
        guard !word.isEmpty else { return lines }
        if let definition = NeuronLibrary.help(word) { return definition }
        let mentions = { (line: String) in line.localizedCaseInsensitiveContains(word) }
        let found = sections.compactMap { section -> [String]? in
            let entries = section.title.contains(where: mentions) ? section.entries : section.entries.filter { $0.contains(where: mentions) }
            return entries.isEmpty && !section.title.contains(where: mentions) ? nil : section.title + entries.flatMap { $0 }
        }
        return found.isEmpty ? ["no help mentions '\(word)'"] : Array(found.joined(separator: [""]))
    }
}
