"""Brian2 2.9: COBA, COBAHH and the Wang 2002 network, in C++ standalone mode
(--threads OpenMP threads) or the cython runtime. Prints one JSON line."""
import time

start = time.perf_counter()

import os
import shutil
import tempfile

import numpy as np

import common

args = common.arguments("brian2", ("standalone", "cython"))

from brian2 import (Network, NeuronGroup, PoissonGroup, PoissonInput, SpikeMonitor, Synapses,
                    defaultclock, device, ms, mV, nS, pF, nF, Hz, prefs, run, seed,
                    set_device)

build_dir = None
if args.mode == "standalone":
    build_dir = tempfile.mkdtemp(prefix="brian2-bench-")
    # --runs K builds once and runs the binary K times (Wang's rates over many draws without K compilations)
    set_device("cpp_standalone", directory=build_dir, build_on_run=args.runs == 1)
    # 0 means no OpenMP at all: the single-thread mode runs the plain serial code
    prefs.devices.cpp_standalone.openmp_threads = args.threads if args.threads > 1 else 0
else:
    prefs.codegen.target = "cython"
prefs.core.default_float_dtype = np.float32 if args.precision == "f32" else np.float64
defaultclock.dt = 0.1 * ms
if args.runs == 1:
    seed(args.seed)
# else no seed() in the build: each run of the binary seeds its generator from std::random_device


def coba():
    c = common.COBA
    N = args.N
    Ne = int(0.8 * N)
    p = common.connection_probability("coba", N)
    eqs = """
    dv/dt = (ge*(Ee-v) + gi*(Ei-v) - (v-El) + I) / taum : volt (unless refractory)
    dge/dt = -ge/taue : 1
    dgi/dt = -gi/taui : 1
    """
    ns = dict(taum=c["taum"] * ms, taue=c["taue"] * ms, taui=c["taui"] * ms,
              Ee=c["Ee"] * mV, Ei=c["Ei"] * mV, El=c["El"] * mV, I=c["I"] * mV)
    P = NeuronGroup(N, eqs, threshold=f"v > {c['Vt']}*mV", reset=f"v = {c['Vr']}*mV",
                    refractory=c["ref"] * ms, method="euler", namespace=ns)
    P.v = f"{c['v0_mean']}*mV + {c['v0_std']}*mV*randn()"
    Ce = Synapses(P[:Ne], P, on_pre=f"ge += {c['we']}")
    Ci = Synapses(P[Ne:], P, on_pre=f"gi += {c['wi']}")
    Ce.connect(p=p)
    Ci.connect(p=p)
    return [P, Ce, Ci], SpikeMonitor(P, record=False), None


def cobahh():
    c = common.COBAHH
    N = args.N
    Ne = int(0.8 * N)
    eqs = """
    dv/dt = (gl*(El-v) + ge*(Ee-v) + gi*(Ei-v) - g_na*(m*m*m)*h*(v-ENa) - g_kd*(n*n*n*n)*(v-EK))/Cm : volt
    dm/dt = alpha_m*(1-m) - beta_m*m : 1
    dn/dt = alpha_n*(1-n) - beta_n*n : 1
    dh/dt = alpha_h*(1-h) - beta_h*h : 1
    dge/dt = -ge/taue : siemens
    dgi/dt = -gi/taui : siemens
    alpha_m = 0.32*4/exprel((13*mV - v + VT)/(4*mV))/ms : Hz
    beta_m = 0.28*5/exprel((v - VT - 40*mV)/(5*mV))/ms : Hz
    alpha_h = 0.128*exp((17*mV - v + VT)/(18*mV))/ms : Hz
    beta_h = 4/(1 + exp((40*mV - v + VT)/(5*mV)))/ms : Hz
    alpha_n = 0.032*5/exprel((15*mV - v + VT)/(5*mV))/ms : Hz
    beta_n = 0.5*exp((10*mV - v + VT)/(40*mV))/ms : Hz
    """
    ns = dict(Cm=c["Cm"] * pF, gl=c["gl"] * nS, g_na=c["g_na"] * nS, g_kd=c["g_kd"] * nS,
              El=c["El"] * mV, EK=c["EK"] * mV, ENa=c["ENa"] * mV, VT=c["VT"] * mV,
              taue=c["taue"] * ms, taui=c["taui"] * ms, Ee=c["Ee"] * mV, Ei=c["Ei"] * mV)
    threshold = f"v > {c['threshold']}*mV"
    P = NeuronGroup(N, eqs, threshold=threshold, refractory=threshold,
                    method="exponential_euler", namespace=ns)
    P.v = f"{c['El']}*mV + 5*mV*randn() - 5*mV"
    Ce = Synapses(P[:Ne], P, on_pre=f"ge += {c['we']}*nS")
    Ci = Synapses(P[Ne:], P, on_pre=f"gi += {c['wi']}*nS")
    Ce.connect(p=c["p"])
    Ci.connect(p=c["p"])
    return [P, Ce, Ci], SpikeMonitor(P, record=False), P


def wang():
    w = common.WANG
    nA, nB, nRest = common.wang_groups()
    eqs = """
    dv/dt = (-gL*(v - El) - g_ext*s_ext*(v - E_AMPA) - g_AMPA*s_AMPA*(v - E_AMPA)
             - g_NMDA*s_NMDA_in*(v - E_NMDA)/(1 + Mg*exp(-0.062*v/mV)/3.57)
             - g_GABA*s_GABA*(v - E_GABA)) / C : volt (unless refractory)
    ds_ext/dt = -s_ext/tau_AMPA : 1
    ds_AMPA/dt = -s_AMPA/tau_AMPA : 1
    ds_GABA/dt = -s_GABA/tau_GABA : 1
    ds_NMDA/dt = -s_NMDA/tau_d + alpha*x*(1 - s_NMDA) : 1
    dx/dt = -x/tau_r : 1
    s_NMDA_in : 1
    C : farad (constant)
    gL : siemens (constant)
    g_ext : siemens (constant)
    g_AMPA : siemens (constant)
    g_NMDA : siemens (constant)
    g_GABA : siemens (constant)
    ref : second (constant)
    grp : integer (constant)
    """
    ns = dict(El=w["El"] * mV, E_AMPA=w["E_AMPA"] * mV, E_NMDA=w["E_NMDA"] * mV,
              E_GABA=w["E_GABA"] * mV, Mg=w["Mg"], tau_AMPA=w["tau_AMPA"] * ms,
              tau_GABA=w["tau_GABA"] * ms, tau_d=w["tau_NMDA_decay"] * ms,
              tau_r=w["tau_NMDA_rise"] * ms, alpha=w["alpha_NMDA"] / ms)
    N = w["N_E"] + w["N_I"]
    # --nmda jump: x stays 0 and s takes the rise's event-time closed form at each spike (Soma's library NMDA)
    rise = "x += 1" if args.nmda == "rise" else "s_NMDA += (1 - exp(-alpha*tau_r))*(1 - s_NMDA)"
    P = NeuronGroup(N, eqs, threshold=f"v > {w['Vt']}*mV", reset=f"v = {w['Vr']}*mV; {rise}",
                    refractory="ref", method="euler", namespace=ns)
    E, I = P[:w["N_E"]], P[w["N_E"]:]
    for group, suffix in ((E, "E"), (I, "I")):
        group.C = w[f"C_{suffix}"] * nF
        group.gL = w[f"gL_{suffix}"] * nS
        group.g_ext = w[f"g_ext_{suffix}"] * nS
        group.g_AMPA = w[f"g_AMPA_{suffix}"] * nS
        group.g_NMDA = w[f"g_NMDA_{suffix}"] * nS
        group.g_GABA = w[f"g_GABA_{suffix}"] * nS
        group.ref = w[f"ref_{suffix}"] * ms
    P.v = w["El"] * mV
    # group of each neuron: 0 = A, 1 = B, 2 = non-selective E, 3 = I
    P.grp = np.array([0] * nA + [1] * nB + [2] * nRest + [3] * w["N_I"])
    weight = (f"int(grp_post >= 2) + int(grp_post < 2)*({w['w_plus']}*int(grp_pre == grp_post)"
              f" + {w['w_minus']}*int(grp_pre != grp_post))")
    # AMPA and GABA_A: all to all (self included), event-driven, weight by groups
    ampa = Synapses(E, P, "w : 1", on_pre="s_AMPA_post += w")
    ampa.connect()
    ampa.w = weight
    gaba = Synapses(I, P, on_pre="s_GABA_post += 1")
    gaba.connect()
    # NMDA: the all-to-all sum of w*s_NMDA depends on the source only through its
    # group, so sum s_NMDA per group (three sums) and spread the sums with the weights.
    G = NeuronGroup(3, "S : 1\ngrp : integer (constant)")
    G.grp = np.arange(3)
    gather = Synapses(E, G, "S_post = s_NMDA_pre : 1 (summed)")
    gather.connect(condition="grp_pre == j")
    spread = Synapses(G, P, "w : 1\ns_NMDA_in_post = w*S_pre : 1 (summed)")
    spread.connect()
    spread.w = weight
    # background: 800 inputs at 3 Hz per neuron; stimulus: one Poisson train per selective neuron
    background = PoissonInput(P, "s_ext", 800, w["nu_ext"] / 800 * Hz, 1)
    rate_A, rate_B = common.wang_stimulus_rates()
    on, off = w["stim_on"], w["stim_off"]
    stimuli = []
    for size, offset, rate in ((nA, 0, rate_A), (nB, nA, rate_B)):
        source = PoissonGroup(size, rates=f"{rate}*Hz*int(t >= {on}*ms and t < {off}*ms)")
        drive = Synapses(source, P[offset:offset + size], on_pre="s_ext_post += 1")
        drive.connect(j="i")
        stimuli += [source, drive]
    monitor = SpikeMonitor(P)
    return [P, G, ampa, gaba, gather, spread, background] + stimuli, monitor, (nA, nB)


objects, monitor, extra = {"coba": coba, "cobahh": cobahh, "wang": wang}[args.model]()
network = Network(objects, monitor)


def report(sim):
    fields = {}
    if args.model == "cobahh":
        fields["nan_neurons"] = int(np.isnan(np.asarray(extra.v[:])).sum())
    if args.model == "wang":
        counts = np.bincount(np.asarray(monitor.i[:]), minlength=len(objects[0]))
        nA, nB = extra
        fields["rate_A_hz"] = float(counts[:nA].sum() / nA / args.duration)
        fields["rate_B_hz"] = float(counts[nA:nA + nB].sum() / nB / args.duration)
    spikes = int(monitor.num_spikes)
    neurons = len(objects[0])
    total = time.perf_counter() - start
    mode = f"C++ standalone, {args.threads} thread{'s' if args.threads > 1 else ''}" if args.mode == "standalone" else "cython runtime"
    common.report("brian2", mode, args, sim, total, spikes, neurons, **fields)


t0 = time.perf_counter()
network.run(args.duration * 1e3 * ms)
sim = time.perf_counter() - t0
if args.mode == "standalone" and args.runs > 1:
    device.build(directory=build_dir, run=False)
    for _ in range(args.runs):
        device.run(directory=build_dir)
        report(device._last_run_time)
else:
    report(device._last_run_time if args.mode == "standalone" else sim)
if build_dir:
    shutil.rmtree(build_dir, ignore_errors=True)
