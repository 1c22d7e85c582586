"""What every peer script shares: its command line, the model constants of
shared/BENCHMARK-MODELS.md and the one JSON line it prints.

Each peer script records its start time before importing the peer, so
total_seconds covers import, model construction, compilation and simulation in a
fresh process; sim_seconds is what the peer itself reports for the simulation.
"""
import argparse
import json
import math
import sys

MODELS = ("coba", "cobahh", "wang")

# COBA (Brette et al. 2007 benchmark 1; mV, ms; conductances in units of the leak)
COBA = dict(taum=20.0, taue=5.0, taui=10.0, Vt=-50.0, Vr=-60.0, El=-60.0,
            Ee=0.0, Ei=-80.0, I=20.0, ref=5.0, we=0.6, wi=6.7,
            v0_mean=-55.0, v0_std=5.0)

# COBAHH (Brette et al. 2007 benchmark 3; pF, nS, mV, ms)
COBAHH = dict(Cm=200.0, gl=10.0, g_na=20000.0, g_kd=6000.0, El=-60.0, EK=-90.0,
              ENa=50.0, VT=-63.0, taue=5.0, taui=10.0, Ee=0.0, Ei=-80.0,
              we=6.0, wi=67.0, threshold=-20.0, p=0.02)

# Wang 2002 decision network: the published parameter table (Wang, Neuron 36, 955,
# 2002, Table/Methods), as in Brian2's and BrainPy's example collections.
# Units: nF, nS, mV, ms, Hz.
WANG = dict(
    N_E=1600, N_I=400, f=0.15,            # two selective groups of f*N_E = 240 each
    C_E=0.5, C_I=0.2,                      # nF
    gL_E=25.0, gL_I=20.0,                  # nS
    El=-70.0, Vt=-50.0, Vr=-55.0,          # mV
    ref_E=2.0, ref_I=1.0,                  # ms
    E_AMPA=0.0, E_NMDA=0.0, E_GABA=-70.0,  # mV
    tau_AMPA=2.0, tau_GABA=5.0,            # ms
    tau_NMDA_decay=100.0, tau_NMDA_rise=2.0, alpha_NMDA=0.5,  # ms, ms, 1/ms
    Mg=1.0,                                # mM; B(V) = 1/(1 + Mg/3.57 exp(-0.062 V/mV))
    # conductances onto E cells / onto I cells, nS
    g_ext_E=2.1, g_AMPA_E=0.05, g_NMDA_E=0.165, g_GABA_E=1.3,
    g_ext_I=1.62, g_AMPA_I=0.04, g_NMDA_I=0.13, g_GABA_I=1.0,
    w_plus=1.7,                            # inside a selective group
    nu_ext=2400.0,                         # Hz, background per neuron (800 inputs x 3 Hz)
    mu0=40.0, coherence=25.6,              # Hz per selective neuron; %
    stim_on=100.0, stim_off=1000.0,        # ms; run 1 s
)
WANG["w_minus"] = 1.0 - WANG["f"] * (WANG["w_plus"] - 1.0) / (1.0 - WANG["f"])


def wang_groups():
    """Sizes of the excitatory groups A, B (selective) and the non-selective rest."""
    n_sel = int(WANG["f"] * WANG["N_E"])
    return n_sel, n_sel, WANG["N_E"] - 2 * n_sel


def wang_weight(source, target):
    """Relative weight of an E->E connection between groups 0 = A, 1 = B, 2 = rest
    (Wang 2002): w+ inside a selective group, w- from any other group into a
    selective one, 1 into the non-selective rest."""
    if target == 2:
        return 1.0
    return WANG["w_plus"] if source == target else WANG["w_minus"]


def wang_stimulus_rates():
    c = WANG["coherence"] / 100.0
    return WANG["mu0"] * (1 + c), WANG["mu0"] * (1 - c)


def arguments(peer, modes):
    parser = argparse.ArgumentParser(description=f"{peer}: one benchmark run, one JSON line")
    parser.add_argument("--model", choices=MODELS, required=True)
    parser.add_argument("--N", type=int, default=4000, help="neurons (COBA, COBAHH)")
    parser.add_argument("--mode", choices=modes, required=True)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--precision", choices=("f32", "f64"), default="f64")
    parser.add_argument("--duration", type=float, default=1.0, help="seconds of biological time")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=1,
                        help="Brian2 standalone: runs of one build, each seeded afresh (a line each)")
    parser.add_argument("--nmda", choices=("rise", "jump"), default="rise",
                        help="Wang: NMDA's rise variable x integrated, as published, or taken at Soma's one-jump closed form")
    return parser.parse_args()


def connection_probability(model, N):
    """p = 80/N keeps the COBA rate constant across sizes (BENCHMARK-MODELS.md, Scaling)."""
    return min(1.0, 80.0 / N) if model == "coba" else COBAHH["p"]


def report(peer, mode, args, sim_seconds, total_seconds, spikes, neurons, **extra):
    rate = spikes / neurons / args.duration if neurons else math.nan
    line = dict(peer=peer, mode=mode, model=args.model, N=neurons,
                precision=args.precision, threads=args.threads,
                sim_seconds=sim_seconds, total_seconds=total_seconds,
                mean_rate_hz=rate)
    line.update(extra)
    print(json.dumps(line), flush=True)
    sys.stdout.flush()
