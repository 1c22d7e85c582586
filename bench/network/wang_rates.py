#!/usr/bin/env python3
"""Wang (2002) group rates over many seeds: Soma (examples/wang2002.soma, its seed replaced, jit = cc)
against Brian2 (bench/peers/brian2_bench.py, C++ standalone, one thread, f64, built once and run
once per draw, each run seeding itself afresh).

The decision network's selective group A fires 5-16 Hz over 1 s depending on the draw (when, and
whether, it wins), in either simulator; one run each compares noise. This prints each run's rates,
then per group the mean with its standard error for both, their ratio and the difference in
standard errors of the difference.

--nmda-jump instead measures the error of Soma's library NMDA (the rise variable x taken at its
event-time closed form, one jump of s per spike) against the integrated x of Wang's equations
(forward Euler at dt = 0.1 ms, as Brian2 runs them, and at dt = 0.01 ms as the ODE's reference,
within 0.1 % of it):
the mean gating of one source driven by Poisson spikes at the groups' rates.

Usage: .venv-bench/bin/python bench/network/wang_rates.py [--seeds 80] [--budget SECONDS] [--soma .build/debug/soma]
       ... --peers brian2 --brian2-nmda jump       (Brian2 with Soma's one-jump NMDA)
       ... --peers soma --soma-nmda first-order    (Soma with wang_nmda_first_order.soma's NMDA)
       .venv-bench/bin/python bench/network/wang_rates.py --nmda-jump
"""
import argparse
import json
import math
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
GROUPS = ("A", "B", "all")


def soma_rates(soma, seed, nmda):
    text = open(os.path.join(ROOT, "examples", "wang2002.soma")).read()
    if nmda == "first-order":
        # a user's synapse of the library's name wins
        text = open(os.path.join(ROOT, "bench", "network", "wang_nmda_first_order.soma")).read() + text
    text = re.sub(r"^run (.*) seed = \d+$", rf"run \1 seed = {seed} jit = cc", text, flags=re.M)
    with tempfile.NamedTemporaryFile("w", suffix=".soma", delete=False) as f:
        f.write(text)
    out = subprocess.run(["nice", "-n", "19", soma, "run", f.name], capture_output=True, text=True, check=True).stdout
    os.unlink(f.name)
    rates = {m.group(1): float(m.group(2)) for m in re.finditer(r"rate\((\w+)\) = ([\d.]+) Hz", out)}
    rates["all"] = (240 * (rates["A"] + rates["B"]) + 1120 * rates["Rest"] + 400 * rates["Inh"]) / 2000
    return rates


def brian2_runs(count, nmda):
    """count runs of one Brian2 standalone build, started in the background: the process, its reader and the list the reader fills as lines come."""
    process = subprocess.Popen(["nice", "-n", "19", sys.executable, "brian2_bench.py", "--model", "wang",
                                "--mode", "standalone", "--runs", str(count), "--nmda", nmda],
                               cwd=os.path.join(ROOT, "bench", "peers"), stdout=subprocess.PIPE, text=True)
    runs = []

    def read():
        for line in process.stdout:
            if line.startswith("{"):
                run = json.loads(line)
                runs.append({"A": run["rate_A_hz"], "B": run["rate_B_hz"], "all": run["mean_rate_hz"]})
                print(f"brian2 run {len(runs)}: A {runs[-1]['A']:.3f} B {runs[-1]['B']:.3f} all {runs[-1]['all']:.4f}", flush=True)

    reader = threading.Thread(target=read)
    reader.start()
    return process, reader, runs


def mean_se(values):
    return statistics.mean(values), statistics.stdev(values) / math.sqrt(len(values))


def comparison(soma, brian2):
    print("| simulator | runs | A Hz (mean ± s.e.) | B Hz | all Hz |\n|---|---|---|---|---|")
    for name, runs in (("soma", soma), ("brian2", brian2)):
        if len(runs) < 2:
            continue
        cells = [f"{m:.2f} ± {se:.2f}" for m, se in (mean_se([r[g] for r in runs]) for g in GROUPS)]
        print(f"| {name} | {len(runs)} | " + " | ".join(cells) + " |")
    for group in GROUPS if len(soma) > 1 and len(brian2) > 1 else ():
        (ms, ss), (mb, sb) = mean_se([r[group] for r in soma]), mean_se([r[group] for r in brian2])
        print(f"{group}: Soma/Brian2 {ms / mb:.3f}, difference {ms - mb:+.3f} Hz = "
              f"{(ms - mb) / math.hypot(ss, sb):+.2f} s.e.; s.e./mean {ss / ms:.1%} (Soma), {sb / mb:.1%} (Brian2)")


def nmda_jump(rates=(2.5, 5, 10, 20, 40), sources=1000, seconds=5.0, warmup=1.0):
    """Mean s of `sources` independent sources at each rate: Euler-integrated x at dt, and the jump."""
    import numpy as np
    tau_decay, tau_rise, alpha = 100.0, 2.0, 0.5  # ms, ms, 1/ms
    jump = 1 - math.exp(-alpha * tau_rise)
    # wang_nmda_first_order.soma's jump: (1 - s) times jump, plus tau_rise/tau_decay*(Ein(1) - e^-1 (Ei(1) - gamma)(1 - s))
    first_order = (lambda s: jump * (1 - s) + tau_rise / tau_decay * (0.7965996 - 0.4848291 * (1 - s)))
    print("| rate Hz | integrated x, dt 0.01 ms | integrated x, dt 0.1 ms (Brian2) | one jump, dt 0.1 ms (Soma) | jump / Euler |"
          " jump / ODE | first-order jump / ODE |")
    print("|---|---|---|---|---|---|---|")
    for rate in rates:
        means = []
        for dt, integrated, lift in ((0.01, True, None), (0.1, True, None), (0.1, False, lambda s: jump * (1 - s)),
                                     (0.1, False, first_order)):
            # spikes on the 0.1 ms grid, shared by the three forms
            x, s, total, count = np.zeros(sources), np.zeros(sources), 0.0, 0
            sub = round(0.1 / dt)
            grid = np.random.default_rng(2).random((int(seconds * 1e4), sources)) < rate * 1e-4
            for k, spiking in enumerate(grid):
                for _ in range(sub):
                    if integrated:
                        s, x = s + dt * (-s / tau_decay + alpha * x * (1 - s)), x - dt * x / tau_rise
                    else:
                        s = s - dt * s / tau_decay
                if integrated:
                    x[spiking] += 1
                else:
                    s[spiking] += lift(s[spiking])
                if k >= warmup * 1e4:
                    total, count = total + s.mean(), count + 1
            means.append(total / count)
        ode, euler, jumped, corrected = means
        print(f"| {rate:g} | {ode:.5f} | {euler:.5f} | {jumped:.5f} | {jumped / euler:.4f} | {jumped / ode:.4f} |"
              f" {corrected / ode:.4f} |", flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=80)
    parser.add_argument("--soma", default=os.path.join(ROOT, ".build", "debug", "soma"))
    parser.add_argument("--budget", type=float, default=math.inf, help="seconds after which no run starts")
    parser.add_argument("--peers", default="soma,brian2")
    parser.add_argument("--soma-nmda", choices=("library", "first-order"), default="library",
                        help="first-order: wang_nmda_first_order.soma's NMDA in place of the library's")
    parser.add_argument("--brian2-nmda", choices=("rise", "jump"), default="rise",
                        help="jump: Brian2 with the library NMDA's one jump in place of the integrated x")
    parser.add_argument("--nmda-jump", action="store_true")
    args = parser.parse_args()
    if args.nmda_jump:
        return nmda_jump()
    deadline = time.monotonic() + args.budget
    peers = args.peers.split(",")
    process, reader, brian2 = brian2_runs(args.seeds, args.brian2_nmda) if "brian2" in peers else (None, None, [])
    soma = []
    for seed in range(1, args.seeds + 1 if "soma" in peers else 1):
        if time.monotonic() > deadline:
            break
        soma.append(soma_rates(args.soma, seed, args.soma_nmda))
        print(f"soma seed {seed}: A {soma[-1]['A']:.3f} B {soma[-1]['B']:.3f} all {soma[-1]['all']:.4f}", flush=True)
    # Brian2's runs are cheaper: let them go on to the budget, then take what came
    if process:
        while process.poll() is None and time.monotonic() < deadline:
            time.sleep(1)
        if process.poll() is None:
            process.terminate()
        reader.join()
    comparison(soma, brian2)


if __name__ == "__main__":
    main()
