#!/usr/bin/env python3
"""COBA's simulation time with 1 and 2 threads (`run ... threads = T`), and the same with a
baseline build of soma, rounds interleaved so that the machine's load falls on every column alike.

    bench/network/threads.py [--sizes 4000,40000] [--repeats 3] [--baseline PATH_TO_OLD_SOMA]

Prints one markdown table: the median simulate_s of each column, and the synaptic events per
simulated second (the spikes times the mean fan-out, 80), so ns per event can be read beside it.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run import ROOT, scaled_soma_source  # noqa: E402


def simulate(soma, path):
    out = subprocess.run([soma, "run", path, "--json"], capture_output=True, text=True, timeout=1800, check=True).stdout
    seconds, rates = 0.0, []
    for line in out.splitlines():
        item = json.loads(line)
        if item.get("kind") == "run":
            seconds += item["simulate_s"]
        if item.get("kind") == "value" and item.get("expr", "").startswith("rate("):
            rates.append(item["value"])
        if item.get("kind") == "error":
            raise RuntimeError(item.get("message"))
    return seconds, rates


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="4000,40000")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--precision", default="f32")
    parser.add_argument("--soma", default=os.path.join(ROOT, ".build", "release", "soma"))
    parser.add_argument("--baseline", help="another soma binary, run with the same threads")
    args = parser.parse_args()
    text = open(os.path.join(ROOT, "examples", "coba.soma")).read()
    binaries = [("soma", args.soma)] + ([("baseline", args.baseline)] if args.baseline else [])
    workdir = tempfile.mkdtemp(prefix="soma-threads-bench-")
    rows = []
    for n in [int(s) for s in args.sizes.split(",")]:
        source = scaled_soma_source(text, "coba", n, args.precision, "cc", 1.0)
        paths = {}
        for threads in (1, 2):
            paths[threads] = os.path.join(workdir, f"coba-{n}-{threads}.soma")
            with open(paths[threads], "w") as out:
                out.write(source.replace(" jit = cc", f" jit = cc threads = {threads}"))
        for _, soma in binaries:
            simulate(soma, paths[1])  # fills the code cache
        samples, rates = {}, []
        for _ in range(args.repeats):
            for name, soma in binaries:
                for threads in (1, 2):
                    seconds, rate = simulate(soma, paths[threads])
                    samples.setdefault((name, threads), []).append(seconds)
                    rates = rate
        rows.append((n, {key: statistics.median(values) for key, values in samples.items()}, rates))
    columns = [(name, threads) for name, _ in binaries for threads in (1, 2)]
    print("| N | " + " | ".join(f"{name} {t} thread{'s' if t > 1 else ''} s" for name, t in columns) + " | rates Hz |")
    print("|---" * (len(columns) + 2) + "|")
    for n, medians, rates in rows:
        print(f"| {n} | " + " | ".join(f"{medians[c]:.3f}" for c in columns) + " | " + ", ".join(f"{r:.1f}" for r in rates) + " |")


if __name__ == "__main__":
    main()
