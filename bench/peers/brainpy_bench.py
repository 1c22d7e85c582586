"""BrainPy 2.8 on the CPU (jax): COBA and COBAHH in the form of the BrainPy
paper's scripts (LifRef / a Traub-Miles HH neuron, event-driven CSR projections,
exponential conductances), and the Wang 2002 network (class Wang). Prints one
JSON line.

The whole run is one jitted loop. Its first call compiles and simulates: the
spike count and the rate come from it (from the initial state, like every other
peer). The loop is then called again on the state it left, and that call's time
is sim_seconds (compilation excluded)."""
import time

start = time.perf_counter()

import numpy as np

import common

args = common.arguments("brainpy", ("cpu",))

import jax
import brainpy as bp
import brainpy.math as bm

bm.set_platform("cpu")
bm.set_environment(x64=args.precision == "f64", dt=0.1)
bm.random.seed(args.seed)


class ExcInhNetwork(bp.DynSysGroup):
    """Populations E and I (80/20), each projecting onto both with probability p
    through exponential conductances (event-driven CSR), driven by `drive`."""

    def __init__(self, E, I, c, p, synapse_method, drive=None):
        super().__init__()
        self.E, self.I, self.drive = E, I, drive
        self.projections = []
        for source, weight, tau, reversal in ((E, c["we"], c["taue"], c["Ee"]),
                                              (I, c["wi"], c["taui"], c["Ei"])):
            for target in (E, I):
                self.projections.append(bp.dyn.ProjAlignPostMg2(
                    pre=source, delay=None,
                    comm=bp.dnn.EventCSRLinear(bp.conn.FixedProb(p, pre=source.num, post=target.num), weight),
                    syn=bp.dyn.Expon.desc(target.varshape, tau=tau, method=synapse_method),
                    out=bp.dyn.COBA.desc(E=reversal), post=target))
        self.populations = (E, I)

    def update(self):
        for projection in self.projections:
            projection()
        self.E(self.drive)
        self.I(self.drive)
        return self.E.spike.sum() + self.I.spike.sum()


def coba(N):
    c = common.COBA
    Ne = int(0.8 * N)
    pars = dict(V_rest=c["El"], V_th=c["Vt"], V_reset=c["Vr"], tau=c["taum"],
                tau_ref=c["ref"], method="euler",
                V_initializer=bp.init.Normal(c["v0_mean"], c["v0_std"]))
    return ExcInhNetwork(bp.dyn.LifRef(Ne, **pars), bp.dyn.LifRef(N - Ne, **pars), c,
                         common.connection_probability("coba", N), "euler", c["I"])


class TraubHH(bp.dyn.NeuDyn):
    def __init__(self, size):
        super().__init__(size)
        c = self.c = common.COBAHH
        self.V = bm.Variable(c["El"] + 5 * bm.random.randn(self.num) - 5)
        self.m = bm.Variable(bm.zeros(self.num))
        self.n = bm.Variable(bm.zeros(self.num))
        self.h = bm.Variable(bm.zeros(self.num))
        self.spike = bm.Variable(bm.zeros(self.num, dtype=bool))
        self.integral = bp.odeint(bp.JointEq(self.dV, self.dm, self.dh, self.dn), method="exp_auto")

    def dV(self, V, t, m, h, n, I):
        c = self.c
        current = (c["gl"] * (c["El"] - V) - c["g_na"] * m ** 3 * h * (V - c["ENa"])
                   - c["g_kd"] * n ** 4 * (V - c["EK"]) + I)
        return current / c["Cm"]

    def dm(self, m, t, V):
        VT = self.c["VT"]
        alpha = 0.32 * 4 / bm.exprel((13 - V + VT) / 4)
        beta = 0.28 * 5 / bm.exprel((V - VT - 40) / 5)
        return alpha * (1 - m) - beta * m

    def dh(self, h, t, V):
        VT = self.c["VT"]
        alpha = 0.128 * bm.exp((17 - V + VT) / 18)
        beta = 4 / (1 + bm.exp((40 - V + VT) / 5))
        return alpha * (1 - h) - beta * h

    def dn(self, n, t, V):
        VT = self.c["VT"]
        alpha = 0.032 * 5 / bm.exprel((15 - V + VT) / 5)
        beta = 0.5 * bm.exp((10 - V + VT) / 40)
        return alpha * (1 - n) - beta * n

    def return_info(self):
        """What projections read from this population: its spikes."""
        return self.spike

    def update(self, x=None):
        share = bp.share.get_shargs()
        current = self.sum_current_inputs(self.V.value, init=bm.zeros(self.num))
        V, m, h, n = self.integral(self.V.value, self.m.value, self.h.value, self.n.value,
                                   share["t"], current, share["dt"])
        threshold = self.c["threshold"]
        self.spike.value = bm.logical_and(self.V.value < threshold, V >= threshold)
        self.V.value, self.m.value, self.h.value, self.n.value = V, m, h, n
        return self.spike.value


def cobahh(N):
    c = common.COBAHH
    Ne = int(0.8 * N)
    return ExcInhNetwork(TraubHH(Ne), TraubHH(N - Ne), c, c["p"], "exp_auto")


class Wang(bp.DynSysGroup):
    """Wang 2002 with forward Euler. All-to-all weights depend only on the groups of
    source and target, so recurrent AMPA and GABA_A add weighted spike counts per
    group and NMDA spreads the per-group sums of s_NMDA: the all-to-all sums
    (self included) at 4 x 2000 terms per step."""

    def __init__(self):
        super().__init__()
        w = self.w = common.WANG
        nA, nB, nRest = common.wang_groups()
        self.NE = w["N_E"]
        group = np.array([0] * nA + [1] * nB + [2] * nRest + [3] * w["N_I"])
        self.N = len(group)
        self.group = bm.asarray(group)
        self.is_selective = [bm.asarray(group == 0), bm.asarray(group == 1)]
        excitatory = group < 3
        per = lambda e, i: bm.asarray(np.where(excitatory, w[e], w[i]))
        self.C = per("C_E", "C_I") * 1e3          # pF
        self.gL, self.g_ext = per("gL_E", "gL_I"), per("g_ext_E", "g_ext_I")
        self.g_AMPA, self.g_NMDA = per("g_AMPA_E", "g_AMPA_I"), per("g_NMDA_E", "g_NMDA_I")
        self.g_GABA, self.ref = per("g_GABA_E", "g_GABA_I"), per("ref_E", "ref_I")
        weight = np.ones((3, self.N))               # from E group g to every neuron
        for g in range(3):
            weight[g, :self.NE] = [common.wang_weight(g, t) for t in group[:self.NE]]
        self.weight = bm.asarray(weight)
        self.V = bm.Variable(bm.ones(self.N) * w["El"])
        self.s_ext, self.s_AMPA, self.s_GABA = (bm.Variable(bm.zeros(self.N)) for _ in range(3))
        self.s_NMDA, self.x = bm.Variable(bm.zeros(self.NE)), bm.Variable(bm.zeros(self.NE))
        self.last_spike = bm.Variable(bm.ones(self.N) * -1e7)
        self.spike = bm.Variable(bm.zeros(self.N, dtype=bool))
        self.rates = common.wang_stimulus_rates()
        self.counts_A = bm.Variable(bm.zeros(1))
        self.counts_B = bm.Variable(bm.zeros(1))

    def update(self):
        w, dt, t = self.w, bp.share["dt"], bp.share["t"]
        spike = self.spike.value
        spike_E = spike[:self.NE]
        per_group = bm.stack([bm.sum(spike_E & (self.group[:self.NE] == g)) for g in range(3)]).astype(self.V.dtype)
        S = bm.stack([bm.sum(bm.where(self.group[:self.NE] == g, self.s_NMDA.value, 0)) for g in range(3)])
        s_AMPA = self.s_AMPA.value + per_group @ self.weight
        s_GABA = self.s_GABA.value + bm.sum(spike[self.NE:])
        x = self.x.value + spike_E
        stimulus_on = bm.logical_and(t >= w["stim_on"], t < w["stim_off"])
        events = bm.random.poisson(w["nu_ext"] * dt / 1e3, self.N).astype(self.V.dtype)
        for selective, rate in zip(self.is_selective, self.rates):
            draw = (bm.random.rand(self.N) < rate * dt / 1e3) & selective & stimulus_on
            events = events + draw
        s_ext = self.s_ext.value + events
        V = self.V.value
        s_in = S @ self.weight
        current = (self.g_ext * s_ext * (V - w["E_AMPA"]) + self.g_AMPA * s_AMPA * (V - w["E_AMPA"])
                   + self.g_NMDA * s_in * (V - w["E_NMDA"]) / (1 + w["Mg"] * bm.exp(-0.062 * V) / 3.57)
                   + self.g_GABA * s_GABA * (V - w["E_GABA"]))
        refractory = (t - self.last_spike.value) < self.ref
        V = bm.where(refractory, V, V + dt * (-self.gL * (V - w["El"]) - current) / self.C)
        fired = V > w["Vt"]
        self.V.value = bm.where(fired, w["Vr"], V)
        self.last_spike.value = bm.where(fired, t, self.last_spike.value)
        self.spike.value = fired
        self.s_ext.value = s_ext - dt * s_ext / w["tau_AMPA"]
        self.s_AMPA.value = s_AMPA - dt * s_AMPA / w["tau_AMPA"]
        self.s_GABA.value = s_GABA - dt * s_GABA / w["tau_GABA"]
        s = self.s_NMDA.value
        self.s_NMDA.value = s + dt * (-s / w["tau_NMDA_decay"] + w["alpha_NMDA"] * x * (1 - s))
        self.x.value = x - dt * x / w["tau_NMDA_rise"]
        self.counts_A.value += bm.sum(fired & self.is_selective[0])
        self.counts_B.value += bm.sum(fired & self.is_selective[1])
        return bm.sum(fired)


net = {"coba": lambda: coba(args.N), "cobahh": lambda: cobahh(args.N), "wang": Wang}[args.model]()
steps = np.arange(int(round(args.duration * 1e3 / 0.1)))


# bm.jit keeps the compiled loop: a second call runs without tracing or compiling
loop = bm.jit(lambda: bm.for_loop(net.step_run, steps))


def simulate():
    return jax.block_until_ready(loop())


spikes = int(np.asarray(simulate()).sum())
total = time.perf_counter() - start
fields = {}
if args.model == "wang":
    nA, nB, _ = common.wang_groups()
    fields["rate_A_hz"] = float(np.asarray(net.counts_A.value)[0]) / nA / args.duration
    fields["rate_B_hz"] = float(np.asarray(net.counts_B.value)[0]) / nB / args.duration
if args.model == "cobahh":
    fields["nan_neurons"] = int(sum(np.isnan(np.asarray(p.V.value)).sum() for p in net.populations))
t0 = time.perf_counter()
simulate()
sim = time.perf_counter() - t0
neurons = net.N if args.model == "wang" else args.N
common.report("brainpy", f"CPU x{32 if args.precision == 'f32' else 64}", args, sim, total, spikes, neurons, **fields)
