"""NEST 3.10: COBA with iaf_cond_exp and COBAHH with hh_cond_exp_traub, on
--threads threads. Prints one JSON line.

Conductances of the dimensionless COBA form become nS with g_L = 10 nS and
C_m = 200 pF (taum = 20 ms): we = 0.6 g_L = 6 nS, wi = 6.7 g_L = 67 nS, I = 20 mV
g_L = 200 pA. NEST's smallest delay is one step (0.1 ms): a spike reaches its
targets at the next step, where the other peers' zero-delay spikes also first act.
Both neuron models integrate with GSL's adaptive RKF45 (NEST has no fixed-step
Euler option for them); hh_cond_exp_traub detects a spike as a local maximum of
V_m above V_T + 30 mV rather than a crossing of -20 mV."""
import time

start = time.perf_counter()

import math

import common

args = common.arguments("nest", ("threads",))

import nest

nest.set_verbosity("M_ERROR")
nest.ResetKernel()
nest.SetKernelStatus({"resolution": 0.1, "local_num_threads": args.threads,
                      "rng_seed": args.seed, "print_time": False})
N = args.N
Ne = int(0.8 * N)

if args.model == "coba":
    c = common.COBA
    g_L = 10.0
    params = dict(C_m=c["taum"] * g_L, g_L=g_L, E_L=c["El"], V_th=c["Vt"], V_reset=c["Vr"],
                  t_ref=c["ref"], E_ex=c["Ee"], E_in=c["Ei"], tau_syn_ex=c["taue"],
                  tau_syn_in=c["taui"], I_e=c["I"] * g_L)
    neurons = nest.Create("iaf_cond_exp", N, params=params)
    neurons.V_m = nest.random.normal(mean=c["v0_mean"], std=c["v0_std"])
    we, wi = c["we"] * g_L, c["wi"] * g_L
elif args.model == "cobahh":
    c = common.COBAHH
    params = dict(C_m=c["Cm"], g_L=c["gl"], g_Na=c["g_na"], g_K=c["g_kd"], E_L=c["El"],
                  E_K=c["EK"], E_Na=c["ENa"], V_T=c["VT"], E_ex=c["Ee"], E_in=c["Ei"],
                  tau_syn_ex=c["taue"], tau_syn_in=c["taui"], Act_m=0.0, Act_n=0.0, Inact_h=0.0)
    neurons = nest.Create("hh_cond_exp_traub", N, params=params)
    neurons.V_m = nest.random.normal(mean=c["El"] - 5.0, std=5.0)
    we, wi = c["we"], c["wi"]
else:
    raise SystemExit("nest: the Wang 2002 network is not written for NEST here")

p = common.connection_probability(args.model, N)
rule = {"rule": "pairwise_bernoulli", "p": p}
nest.Connect(neurons[:Ne], neurons, rule, {"synapse_model": "static_synapse", "weight": we, "delay": 0.1})
nest.Connect(neurons[Ne:], neurons, rule, {"synapse_model": "static_synapse", "weight": -wi, "delay": 0.1})
recorder = nest.Create("spike_recorder")
nest.Connect(neurons, recorder)

t0 = time.perf_counter()
nest.Simulate(args.duration * 1e3)
sim = time.perf_counter() - t0
spikes = recorder.n_events
fields = {}
if args.model == "cobahh":
    fields["nan_neurons"] = sum(1 for v in neurons.V_m if math.isnan(v))
total = time.perf_counter() - start
common.report("nest", f"{args.threads} threads", args, sim, total, spikes, N, **fields)
