"""The ventral stream of examples/multiarea.soma in BrainPy 2.x on the CPU (jax), written for this benchmark:
the BrainPy paper's Appendix 9 model (an HH neuron composed of INa_TM1991, IK_TM1991 and IL in a CondNeuGroup,
five E/I areas, exponential COBA synapses through event-driven CSR projections) with the numbers the Soma
example reads from Markov et al. (2014). The pathways (FLNe, distance) are read from the example's connect
lines, so both programs take them from one place; everything else is the example's:
  areas of NE + NI neurons, local p, E weight 0.03 and I weight 0.335 mS/cm^2 (tau 5 / 10 ms, E_rev 0 / -80 mV),
  V uniform in (-70, -50) mV, gates at their steady state at -65 mV (Soma's library channels start there),
  a pathway S -> T joins S.E to T.E and T.I with probability p_inter * FLNe at weight 0.03, delayed by
  distance / 3.5 m/s; 0.8 uA/cm^2 into V1.E from 50 to 100 ms; exponential Euler, dt = 0.1 ms.
Prints one JSON line: build_s (construction, connections drawn), first_call_s (jit compile and the first
simulation), sim_s (the same simulation again, compiled), total_s, the process's CPU seconds of the first three
(*_cpu_s), and each area's E rate in Hz over the first call.

Usage: /work/main/.venv-bench/bin/python bench/multiarea/brainpy_multiarea.py [--ne 3200 --ni 800 --p 0.02
       --p-inter 0.02] [--duration 200] [--seed 1234]
"""
import argparse
import json
import os
import re
import time

start = time.perf_counter()

import numpy as np

parser = argparse.ArgumentParser()
parser.add_argument("--ne", type=int, default=3200)
parser.add_argument("--ni", type=int, default=800)
parser.add_argument("--p", type=float, default=0.02)
parser.add_argument("--p-inter", type=float, default=0.02)
parser.add_argument("--duration", type=float, default=200.0, help="ms")
parser.add_argument("--seed", type=int, default=1234)
args = parser.parse_args()

import jax
import brainpy as bp
import brainpy.math as bm

bm.set_platform("cpu")
bm.set_environment(x64=True, dt=0.1)
bm.random.seed(args.seed)

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
AREAS = ["V1", "V2", "V4", "TEO", "TEpd"]
SPEED = 3.5  # m/s = mm/ms


def pathways():
    """(source, target, FLNe, distance in mm) of every `connect S.E -> T.E, T.I` line of the example."""
    text = open(os.path.join(ROOT, "examples", "multiarea.soma")).read()
    found = re.findall(r"connect (\w+)\.E -> (\w+)\.E, \w+\.I using CondExp p = p_inter \* ([\d.e-]+) "
                       r"w = g_E delay = ([\d.]+) mm / speed", text)
    assert len(found) == 18, found
    return [(s, t, float(f), float(d)) for s, t, f, d in found]


def steady(V, V_sh=-63.0):
    """Soma's initial gates: alpha / (alpha + beta) of the Traub–Miles rates at V."""
    x, y, z = V - V_sh - 13, V - V_sh - 40, V - V_sh - 15
    am, bm_ = 0.32 * x / (1 - np.exp(-x / 4)), 0.28 * y / (np.exp(y / 5) - 1)
    ah, bh = 0.128 * np.exp(-(V - V_sh - 17) / 18), 4 / (1 + np.exp(-(V - V_sh - 40) / 5))
    an, bn = 0.032 * z / (1 - np.exp(-z / 5)), 0.5 * np.exp(-(V - V_sh - 10) / 40)
    return am / (am + bm_), ah / (ah + bh), an / (an + bn)


class HH(bp.dyn.CondNeuGroup):
    def __init__(self, size):
        super().__init__(size, C=1.0, V_th=0.0, V_initializer=bp.init.Uniform(-70.0, -50.0))
        self.INa = bp.dyn.INa_TM1991(size, g_max=100.0, V_sh=-63.0)
        self.IK = bp.dyn.IK_TM1991(size, g_max=30.0, V_sh=-63.0)
        self.IL = bp.dyn.IL(size, g_max=0.05, E=-60.0)

    def start_at_rest_gates(self):
        m, h, n = steady(-65.0)
        self.INa.p.value = bm.ones(self.num) * m
        self.INa.q.value = bm.ones(self.num) * h
        self.IK.p.value = bm.ones(self.num) * n


def projection(pre, post, p, g, tau, E, delay):
    return bp.dyn.ProjAlignPostMg2(
        pre=pre, delay=delay,
        comm=bp.dnn.EventCSRLinear(bp.conn.FixedProb(p, pre=pre.num, post=post.num), g),
        syn=bp.dyn.Expon.desc(post.varshape, tau=tau), out=bp.dyn.COBA.desc(E=E), post=post)


class Stream(bp.DynSysGroup):
    def __init__(self):
        super().__init__()
        self.E = {a: HH(args.ne) for a in AREAS}
        self.I = {a: HH(args.ni) for a in AREAS}
        self.projections = []
        for a in AREAS:
            for post in (self.E[a], self.I[a]):
                self.projections.append(projection(self.E[a], post, args.p, 0.03, 5.0, 0.0, None))
                self.projections.append(projection(self.I[a], post, args.p, 0.335, 10.0, -80.0, None))
        for source, target, flne, mm in pathways():
            for post in (self.E[target], self.I[target]):
                self.projections.append(projection(self.E[source], post, args.p_inter * flne, 0.03, 5.0, 0.0, mm / SPEED))
        self.counts = {a: bm.Variable(bm.zeros(1)) for a in AREAS}

    def update(self):
        t = bp.share["t"]
        for pr in self.projections:
            pr()
        stimulus = 0.8 * bm.logical_and(t >= 50.0, t < 100.0)
        for a in AREAS:
            self.E[a](stimulus if a == "V1" else None)
            self.I[a]()
            self.counts[a].value += bm.sum(self.E[a].spike)
        for group in list(self.E.values()) + list(self.I.values()):
            group.clear_input()  # a group adds its external input to `input`, which only a DSRunner clears
        return bm.sum(self.E["V1"].spike)


built, built_cpu = time.perf_counter(), time.process_time()
net = Stream()
for group in list(net.E.values()) + list(net.I.values()):
    group.start_at_rest_gates()
build, build_cpu = time.perf_counter() - built, time.process_time() - built_cpu
steps = np.arange(int(round(args.duration / 0.1)))
loop = bm.jit(lambda: bm.for_loop(net.step_run, steps))

def simulate():
    """One call of the loop, waited for: it returns V1's spike count per step, so the wait covers every step."""
    t0, c0 = time.perf_counter(), time.process_time()
    np.asarray(jax.block_until_ready(loop()))
    return time.perf_counter() - t0, time.process_time() - c0


first_call, first_call_cpu = simulate()
rates = {a: float(np.asarray(net.counts[a].value)[0]) / args.ne / (args.duration / 1000) for a in AREAS}
total = time.perf_counter() - start
sim, sim_cpu = simulate()
synapses = int(sum(np.asarray(pr.comm.indices).size for pr in net.projections))
print(json.dumps(dict(peer="brainpy", version=bp.__version__, neurons=5 * (args.ne + args.ni), synapses=synapses,
                      duration_ms=args.duration, build_s=round(build, 3), first_call_s=round(first_call, 3),
                      sim_s=round(sim, 3), total_s=round(total, 3), build_cpu_s=round(build_cpu, 3),
                      first_call_cpu_s=round(first_call_cpu, 3), sim_cpu_s=round(sim_cpu, 3),
                      rates_hz={a: round(r, 3) for a, r in rates.items()})),
      flush=True)
