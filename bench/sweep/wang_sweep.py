#!/usr/bin/env python3
"""The Wang (2002) decision network over 6 coherences: one Soma sweep (all members in one network,
one compiled run) against 6 separate Soma runs of the same definition, and against BrainPy's
jax.vmap of the same network over the coherences (bench/sweep/brainpy_wang_vmap.py), in the same run;
then the compile alone (a 10 ms run) of sweeps of K = 1, 6 and 30 members (6 coherences x 5 seeds), by
this soma and, with --baseline, by another build (one that runs sweeps side by side).

The network is examples/wang2002_sweep.soma's definition at f = 1 (the published 2000 neurons),
1 s at dt = 0.1 ms, forward Euler, seed 1, `jit = cc` (the optimising tier, built before the run
starts) with an empty code cache for each variant, so each pays for its own compiles. Times are
wall-clock seconds, total (from text to results) and, for Soma, the simulation and the compile as
the run line reports them. Prints one JSON line per variant.

Usage: /work/main/.venv-bench/bin/python bench/sweep/wang_sweep.py [--soma .build/release/soma] [--threads 1]
       [--baseline /work/main/.build/release/soma] [--skip-brainpy] [--only-compile]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
COHERENCES = [0, 3.2, 6.4, 12.8, 25.6, 51.2]


def definition():
    text = open(os.path.join(ROOT, "examples", "wang2002_sweep.soma")).read()
    return text.split("\nsweep W = ")[0] + "\n"


def soma(binary, source, environment):
    with tempfile.NamedTemporaryFile("w", suffix=".soma", delete=False) as f:
        f.write(source)
    start = time.perf_counter()
    out = subprocess.run([binary, "run", f.name], capture_output=True, text=True, check=True, env=environment).stdout
    total = time.perf_counter() - start
    os.unlink(f.name)
    sim = sum(float(m.group(1)) * (1e-3 if m.group(2) == "ms" else 1)
              for m in re.finditer(r"simulated in ([\d.]+) (ms|s)", out))
    compiled = sum(float(m.group(1)) * (1e-3 if m.group(2) == "ms" else 1)
                   for m in re.finditer(r"compiled in ([\d.]+) (ms|s)", out))
    return out, total, sim, compiled


def rates_of_table(out):
    rows = re.findall(r"^\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*$", out, re.M)
    return [(float(c), float(a), float(b)) for c, a, b in rows]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--soma", default=os.path.join(ROOT, ".build", "release", "soma"))
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--duration", default="1 s")
    parser.add_argument("--skip-brainpy", action="store_true")
    parser.add_argument("--baseline", help="another soma whose sweep compile times are measured beside")
    parser.add_argument("--only-compile", action="store_true", help="measure only the compiles of K = 1, 6, 30")
    args = parser.parse_args()
    if not args.only_compile:
        runs(args)
    compiles(args)


def compiles(args):
    """cc's compile of the sweep's code at K = 1, 6, 30 members: a 10 ms run, an empty code cache each."""
    seeds = ", ".join(str(s) for s in range(1, 6))
    values = ", ".join(str(c) for c in COHERENCES)
    sweeps = {1: "c in [25.6]", 6: f"c in [{values}]", 30: f"c in [{values}], seed in [{seeds}]"}
    for binary in [args.soma] + ([args.baseline] if args.baseline else []):
        for members, swept in sweeps.items():
            source = (definition() + f"sweep W = Wang({swept})\n"
                      + f"run 10 ms dt = 0.1 ms method = euler seed = 1 threads = {args.threads} jit = cc\n")
            environment = dict(os.environ, XDG_CACHE_HOME=tempfile.mkdtemp(prefix="soma-sweep-bench-"))
            out, total, sim, compiled = soma(binary, source, environment)
            print(json.dumps(dict(variant="compile", soma=binary, members=members, compile_s=round(compiled, 2),
                                  total_s=round(total, 2))), flush=True)


def runs(args):
    run = f"run {args.duration} dt = 0.1 ms method = euler seed = 1 threads = {args.threads} jit = cc\n"
    fresh = lambda: dict(os.environ, XDG_CACHE_HOME=tempfile.mkdtemp(prefix="soma-sweep-bench-"))
    values = ", ".join(str(c) for c in COHERENCES)

    out, total, sim, compiled = soma(args.soma, definition() + f"sweep W = Wang(c in [{values}])\n" + run
                                     + "print rate(W.A), rate(W.B)\n", fresh())
    print(json.dumps(dict(variant="soma sweep", members=len(COHERENCES), total_s=round(total, 2), sim_s=round(sim, 2),
                          compile_s=round(compiled, 2), rates=rates_of_table(out))), flush=True)

    totals, sims, compile_times, rates = [], [], [], []
    environment = fresh()
    for c in COHERENCES:
        out, total, sim, compiled = soma(args.soma, definition() + f"network W = Wang(c = {c})\n" + run
                                         + "print rate(W.A), rate(W.B)\n", environment)
        found = [float(x) for x in re.findall(r"rate\(W\.[AB]\) = ([\d.]+) Hz", out)]
        totals.append(total), sims.append(sim), compile_times.append(compiled), rates.append([c] + found)
    print(json.dumps(dict(variant="soma separate runs", members=len(COHERENCES), total_s=round(sum(totals), 2),
                          sim_s=round(sum(sims), 2), compile_s=round(sum(compile_times), 2), rates=rates)), flush=True)

    if not args.skip_brainpy:
        seconds = float(args.duration.split()[0]) * (1e-3 if args.duration.endswith("ms") else 1)
        out = subprocess.run([sys.executable, os.path.join(ROOT, "bench", "sweep", "brainpy_wang_vmap.py"),
                              "--duration", str(seconds), "--coherences"] + [str(c) for c in COHERENCES],
                             capture_output=True, text=True, check=True).stdout
        print(out.strip().splitlines()[-1], flush=True)


if __name__ == "__main__":
    main()
