"""BrainPy 2.8 on the CPU (jax): COBA and COBAHH in the form of the BrainPy
paper's scripts (LifRef / a Traub-Miles HH neuron, event-driven CSR projections,
exponential conductances). Prints one JSON line.

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


if args.model == "wang":
    raise SystemExit("brainpy: the Wang 2002 network is not written for BrainPy here")
net = (coba if args.model == "coba" else cobahh)(args.N)
steps = np.arange(int(round(args.duration * 1e3 / 0.1)))


# bm.jit keeps the compiled loop: a second call runs without tracing or compiling
loop = bm.jit(lambda: bm.for_loop(net.step_run, steps))


def simulate():
    return jax.block_until_ready(loop())


spikes = int(np.asarray(simulate()).sum())
total = time.perf_counter() - start
fields = {}
if args.model == "cobahh":
    fields["nan_neurons"] = int(sum(np.isnan(np.asarray(p.V.value)).sum() for p in net.populations))
t0 = time.perf_counter()
simulate()
sim = time.perf_counter() - t0
common.report("brainpy", f"CPU x{32 if args.precision == 'f32' else 64}", args, sim, total, spikes, args.N, **fields)
