"""NEST 3.10: COBA with iaf_cond_exp and COBAHH with hh_cond_exp_traub, on
--threads threads. Prints one JSON line.

Conductances of the dimensionless COBA form become nS with g_L = 10 nS and
C_m = 200 pF (taum = 20 ms): we = 0.6 g_L = 6 nS, wi = 6.7 g_L = 67 nS, I = 20 mV
g_L = 200 pA. NEST's smallest delay is one step (0.1 ms): a spike reaches its
targets at the next step, where the other peers' zero-delay spikes also first act.
Both neuron models integrate with GSL's adaptive RKF45 (NEST has no fixed-step
Euler option for them); hh_cond_exp_traub detects a spike as a local maximum of
V_m above V_T + 30 mV rather than a crossing of -20 mV.

The Wang 2002 network uses iaf_bw_2001, NEST's model of exactly this neuron
(Brunel & Wang 2001), whose NMDA gating is the published approximation (one jump
of s per presynaptic spike) rather than the saturating x/s pair integrated
exactly; weights are the conductances in nS; background and stimuli are
poisson_generators (independent trains per target)."""
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
    w = common.WANG
    N = w["N_E"] + w["N_I"]
    Ne = w["N_E"]
    nA, nB, nRest = common.wang_groups()
    shared = dict(E_L=w["El"], V_th=w["Vt"], V_reset=w["Vr"], E_ex=w["E_AMPA"], E_in=w["E_GABA"],
                  tau_AMPA=w["tau_AMPA"], tau_GABA=w["tau_GABA"], tau_decay_NMDA=w["tau_NMDA_decay"],
                  tau_rise_NMDA=w["tau_NMDA_rise"], alpha=w["alpha_NMDA"], conc_Mg2=w["Mg"], V_m=w["El"])
    exc = nest.Create("iaf_bw_2001", Ne, params=dict(shared, C_m=w["C_E"] * 1e3, g_L=w["gL_E"], t_ref=w["ref_E"]))
    inh = nest.Create("iaf_bw_2001", w["N_I"], params=dict(shared, C_m=w["C_I"] * 1e3, g_L=w["gL_I"], t_ref=w["ref_I"]))
    neurons = exc + inh
    groups = (exc[:nA], exc[nA:nA + nB], exc[nA + nB:])
    receptor = nest.GetDefaults("iaf_bw_2001")["receptor_types"]
    everyone = {"rule": "all_to_all"}
    for target_index, target in enumerate(groups + (inh,)):
        suffix = "I" if target_index == 3 else "E"
        for source_index, source in enumerate(groups):
            scale = common.wang_weight(source_index, target_index) if target_index < 3 else 1.0
            for kind, g in (("AMPA", w[f"g_AMPA_{suffix}"]), ("NMDA", w[f"g_NMDA_{suffix}"])):
                nest.Connect(source, target, everyone, {"receptor_type": receptor[kind], "weight": g * scale, "delay": 0.1})
        nest.Connect(inh, target, everyone, {"receptor_type": receptor["GABA"], "weight": w[f"g_GABA_{suffix}"], "delay": 0.1})
        background = nest.Create("poisson_generator", params={"rate": w["nu_ext"]})
        nest.Connect(background, target, "all_to_all",
                     {"receptor_type": receptor["AMPA"], "weight": w[f"g_ext_{suffix}"], "delay": 0.1})
    for group, rate in zip(groups[:2], common.wang_stimulus_rates()):
        stimulus = nest.Create("poisson_generator", params={"rate": rate, "start": w["stim_on"], "stop": w["stim_off"]})
        nest.Connect(stimulus, group, "all_to_all", {"receptor_type": receptor["AMPA"], "weight": w["g_ext_E"], "delay": 0.1})

if args.model != "wang":
    rule = {"rule": "pairwise_bernoulli", "p": common.connection_probability(args.model, N)}
    nest.Connect(neurons[:Ne], neurons, rule, {"synapse_model": "static_synapse", "weight": we, "delay": 0.1})
    nest.Connect(neurons[Ne:], neurons, rule, {"synapse_model": "static_synapse", "weight": -wi, "delay": 0.1})
recorder = nest.Create("spike_recorder")
nest.Connect(neurons, recorder)

t0 = time.perf_counter()
nest.Simulate(args.duration * 1e3)
sim = time.perf_counter() - t0
spikes = recorder.n_events
fields = {}
if args.model == "wang":
    senders = recorder.events["senders"]
    first = neurons[0].global_id
    fields["rate_A_hz"] = float(((senders >= first) & (senders < first + nA)).sum() / nA / args.duration)
    fields["rate_B_hz"] = float(((senders >= first + nA) & (senders < first + nA + nB)).sum() / nB / args.duration)
if args.model == "cobahh":
    fields["nan_neurons"] = sum(1 for v in neurons.V_m if math.isnan(v))
total = time.perf_counter() - start
common.report("nest", f"{args.threads} threads", args, sim, total, spikes, N, **fields)
