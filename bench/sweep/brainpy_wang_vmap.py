"""The Wang (2002) decision network batched over coherences with vmap, in BrainPy 2.8's JAX on the CPU.

The same equations, parameters and per-group all-to-all sums as bench/peers/brainpy_bench.py's Wang
(forward Euler, dt = 0.1 ms, background 2.4 kHz per neuron, selective stimulus mu0*(1 +- c/100) from
100 ms): written as a pure step function of the state and the coherence, scanned over the steps
(jax.lax.scan) and mapped over the coherences (jax.vmap), so that one compiled program runs every member
as a batch dimension of the state arrays. Each member draws from its own key (folded from its index).
Prints one JSON line: the first call's time (compile and run) and a second call's (run only), and each
member's rates of A and B."""
import argparse
import json
import os
import sys
import time

start = time.perf_counter()
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "peers"))
import numpy as np
import common

parser = argparse.ArgumentParser()
parser.add_argument("--duration", type=float, default=1.0, help="seconds")
parser.add_argument("--coherences", type=float, nargs="+", default=[0, 3.2, 6.4, 12.8, 25.6, 51.2])
parser.add_argument("--seed", type=int, default=1)
args = parser.parse_args()

import jax
import jax.numpy as jnp
import brainpy.math as bm

bm.set_platform("cpu")
bm.set_environment(x64=True, dt=0.1)

w = common.WANG
nA, nB, nRest = common.wang_groups()
NE, N = w["N_E"], w["N_E"] + w["N_I"]
group = np.array([0] * nA + [1] * nB + [2] * nRest + [3] * w["N_I"])
excitatory = group < 3
per = lambda e, i: jnp.asarray(np.where(excitatory, w[e], w[i]))
C, gL, g_ext = per("C_E", "C_I") * 1e3, per("gL_E", "gL_I"), per("g_ext_E", "g_ext_I")
g_AMPA, g_NMDA, g_GABA, ref = per("g_AMPA_E", "g_AMPA_I"), per("g_NMDA_E", "g_NMDA_I"), per("g_GABA_E", "g_GABA_I"), per("ref_E", "ref_I")
weight = np.ones((3, N))
for g in range(3):
    weight[g, :NE] = [common.wang_weight(g, t) for t in group[:NE]]
weight = jnp.asarray(weight)
in_group = jnp.asarray(np.stack([group[:NE] == g for g in range(3)]).astype(float))
selective = [jnp.asarray(group == 0), jnp.asarray(group == 1)]
dt = 0.1


def step(carry, s_index, coherence, key):
    V, s_ext, s_AMPA, s_GABA, s_NMDA, x, last, spike, counts = carry
    t = s_index * dt
    spike_E = spike[:NE].astype(V.dtype)
    s_AMPA = s_AMPA + (in_group @ spike_E) @ weight
    s_GABA = s_GABA + jnp.sum(spike[NE:])
    x = x + spike_E
    on = (t >= w["stim_on"]) & (t < w["stim_off"])
    k1, k2, k3 = jax.random.split(jax.random.fold_in(key, s_index), 3)
    events = jax.random.poisson(k1, w["nu_ext"] * dt / 1e3, (N,)).astype(V.dtype)
    for k, sel, rate in ((k2, selective[0], w["mu0"] * (1 + coherence / 100)), (k3, selective[1], w["mu0"] * (1 - coherence / 100))):
        events = events + ((jax.random.uniform(k, (N,)) < rate * dt / 1e3) & sel & on)
    s_ext = s_ext + events
    s_in = (in_group @ s_NMDA) @ weight
    current = (g_ext * s_ext * (V - w["E_AMPA"]) + g_AMPA * s_AMPA * (V - w["E_AMPA"])
               + g_NMDA * s_in * (V - w["E_NMDA"]) / (1 + w["Mg"] * bm.exp(-0.062 * V) / 3.57)
               + g_GABA * s_GABA * (V - w["E_GABA"]))
    V = jnp.where((t - last) < ref, V, V + dt * (-gL * (V - w["El"]) - current) / C)
    fired = V > w["Vt"]
    V = jnp.where(fired, w["Vr"], V)
    last = jnp.where(fired, t, last)
    s_NMDA = s_NMDA + dt * (-s_NMDA / w["tau_NMDA_decay"] + w["alpha_NMDA"] * x * (1 - s_NMDA))
    counts = counts + jnp.stack([jnp.sum(fired & selective[0]), jnp.sum(fired & selective[1])])
    return (V, s_ext - dt * s_ext / w["tau_AMPA"], s_AMPA - dt * s_AMPA / w["tau_AMPA"], s_GABA - dt * s_GABA / w["tau_GABA"],
            s_NMDA, x - dt * x / w["tau_NMDA_rise"], last, fired, counts), None


def member(coherence, key):
    zeros = jnp.zeros(N)
    init = (jnp.full(N, w["El"]), zeros, zeros, zeros, jnp.zeros(NE), jnp.zeros(NE), jnp.full(N, -1e7),
            jnp.zeros(N, dtype=bool), jnp.zeros(2))
    steps = jnp.arange(int(round(args.duration * 1e3 / dt)))
    final, _ = jax.lax.scan(lambda carry, s: step(carry, s, coherence, key), init, steps)
    return final[-1]


batch = jax.jit(jax.vmap(member))
coherences = jnp.asarray(args.coherences)
keys = jnp.stack([jax.random.fold_in(jax.random.PRNGKey(args.seed), k) for k in range(len(args.coherences))])
t0 = time.perf_counter()
counts = np.asarray(jax.block_until_ready(batch(coherences, keys)))
first = time.perf_counter() - t0
total = time.perf_counter() - start
t0 = time.perf_counter()
jax.block_until_ready(batch(coherences, keys))
sim = time.perf_counter() - t0
rates = [[c, counts[k][0] / nA / args.duration, counts[k][1] / nB / args.duration] for k, c in enumerate(args.coherences)]
print(json.dumps(dict(variant="brainpy vmap", members=len(args.coherences), total_s=round(total, 2), sim_s=round(sim, 2),
                      compile_and_first_run_s=round(first, 2), rates=rates)))
