#!/usr/bin/env python3
"""Event delivery of two Soma builds in interleaved rounds: COBA at each N (scaled as bench/network/run.py
scales it), CPU seconds of a 1 s run less a 10 ms run, with and without its `connect` lines, so that the
cost per neuron-update and per synaptic event (the difference, over the events delivered) come apart as in
roofline.py. Each build keeps its own code cache; cc's code, compiled by a first run, is read from it.

Usage: python3 bench/network/delivery.py --builds before=/path/soma,after=.build/release/soma
       [--sizes 4000,40000] [--precisions f32,f64] [--repeats 3]
"""
import argparse
import os
import re
import statistics
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from roofline import run_cost  # noqa: E402
from run import scaled_soma_source  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def variants(N, precision):
    text = open(os.path.join(ROOT, "examples/coba.soma")).read()
    out = {}
    for connected in (False, True):
        body = text if connected else re.sub(r"^connect\b.*$", "", text, flags=re.M)
        for duration in (1.0, 0.01):
            out[connected, duration] = scaled_soma_source(body, "coba", N, precision, "cc", duration)
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--builds", required=True, help="name=path,name=path")
    parser.add_argument("--sizes", default="4000,40000")
    parser.add_argument("--precisions", default="f32,f64")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    builds = dict(item.split("=", 1) for item in args.builds.split(","))
    with open("/proc/loadavg") as f:
        print(f"load average at start: {f.read().split()[0]}")
    caches = {name: tempfile.mkdtemp() for name in builds}
    for N in map(int, args.sizes.split(",")):
        for precision in args.precisions.split(","):
            texts = variants(N, precision)
            costs = {(name, c): [] for name in builds for c in (False, True)}
            rates = {}
            for name, soma in builds.items():
                for c in (False, True):
                    run_cost(soma, texts[c, 1.0], caches[name])  # compiles into the cache
            for _ in range(args.repeats):
                for name, soma in builds.items():
                    for c in (False, True):
                        long_cpu, values = run_cost(soma, texts[c, 1.0], caches[name])
                        short_cpu, _ = run_cost(soma, texts[c, 0.01], caches[name])
                        costs[name, c].append(long_cpu - short_cpu)
                        if c:
                            rates[name] = values
            sizes = {p: int(n) for p, n in re.findall(r"^population\s+(\w+)\s*=\s*\w+\((\d+)", texts[True, 1.0], re.M)}
            for name in builds:
                spikes = sum(rates[name][f"rate({p})"] * n * 0.99 for p, n in sizes.items())
                events = spikes * 80
                unconnected, connected = statistics.median(costs[name, False]), statistics.median(costs[name, True])
                print(f"N={N} {precision} {name}: {connected:.3f} CPU s for 0.99 s ({unconnected:.3f} without connect), "
                      f"{unconnected / (N * 9900) * 1e9:.2f} ns per neuron-update, "
                      f"{(connected - unconnected) / events * 1e9:.2f} ns per synaptic event ({events:.3g} events); "
                      f"rates {', '.join(f'{k} = {v}' for k, v in rates[name].items())}; all {[round(x, 3) for x in costs[name, True]]}")
    with open("/proc/loadavg") as f:
        print(f"load average at end: {f.read().split()[0]}")


if __name__ == "__main__":
    main()
