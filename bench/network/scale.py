#!/usr/bin/env python3
"""COBA's cost per neuron-step as the network grows (issue 15: the time per neuron-step at 10^6 within 2x of
the time at 4000), for one or more builds of soma in interleaved rounds.

Each size is scaled as bench/network/run.py scales it (p = 80/N, f32 by default, `jit = cc`, threads as the run
statement gives them, one thread unless --threads). A size's cost is the CPU time (user + system, whole process)
of `run 1 s` (or --duration) less that of `run 10 ms`: start, parse, drawing the connections and loading cc's code
(from the build's own cache, filled by a first run) cancel, leaving the steps between. Wall figures are
`simulate_s` of the longer run, over all its steps; the peak RSS is that of the longer run, spikes recorded.

A build named with a trailing "/small-pages" (e.g. `before=.build/release/soma/small-pages`) runs that binary with
transparent huge pages disabled for the process (prctl PR_SET_THP_DISABLE, through a wrapper compiled here), so
its target indices lie in 4 KiB pages as before HugePages.swift: the same binary measures both.

--threads takes a list (e.g. `1,2`): each round runs every build at every thread count in turn, so the counts
are compared at the same load; each row gives the median and the best (least CPU, least wall) of the rounds.

Usage: python3 bench/network/scale.py --builds after=.build/release/soma[,before=.build/release/soma/small-pages]
       [--sizes 4000,40000,100000,1000000] [--repeats 1] [--threads 1[,2]] [--precision f32] [--duration 1]
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
from priority import own_group  # noqa: E402

DT = 1e-4  # examples/coba.soma's dt, in seconds

SMALL_PAGES = r"""
#include <sys/prctl.h>
#include <unistd.h>
int main(int argc, char **argv) { prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0); execv(argv[1], argv + 1); return 127; }
"""


def small_pages_wrapper(workdir):
    source, binary = os.path.join(workdir, "small_pages.c"), os.path.join(workdir, "small_pages")
    with open(source, "w") as out:
        out.write(SMALL_PAGES)
    subprocess.run(["cc", "-O1", source, "-o", binary], check=True)
    return binary


def run(command, path, cache):
    """CPU seconds of the whole process, simulate_s, peak RSS in MiB and the rates printed (`/usr/bin/time`)."""
    with tempfile.NamedTemporaryFile(mode="r") as usage:
        out = subprocess.run(["/usr/bin/time", "-o", usage.name, "-f", "%U %S %M", *command, "run", path, "--json"],
                             capture_output=True, text=True, timeout=3600, check=True,
                             env=dict(os.environ, XDG_CACHE_HOME=cache)).stdout
        user, system, rss = usage.read().split()[-3:]
    simulate, rates = 0.0, []
    for line in out.splitlines():
        item = json.loads(line)
        if item.get("kind") == "run":
            simulate += item["simulate_s"]
        if item.get("kind") == "value" and item.get("expr", "").startswith("rate("):
            rates.append(item["value"])
        if item.get("kind") == "error":
            raise RuntimeError(item.get("message"))
    return float(user) + float(system), simulate, int(rss) / 1024, rates


def sources(N, precision, threads, duration, workdir):
    text = open(os.path.join(ROOT, "examples", "coba.soma")).read()
    os.makedirs(workdir, exist_ok=True)
    paths = {}
    for length in ("long", "short"):
        source = scaled_soma_source(text, "coba", N, precision, "cc", duration if length == "long" else 0.01)
        if threads:
            source = source.replace("jit = cc", f"jit = cc threads = {threads}")
        paths[length] = os.path.join(workdir, f"coba-{N}-{length}.soma")
        with open(paths[length], "w") as out:
            out.write(source)
    return paths


def load():
    with open("/proc/loadavg") as f:
        return f.read().split()[0]


def main():
    own_group()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--builds", default=f"soma={os.path.join(ROOT, '.build', 'release', 'soma')}", help="name=path,...")
    parser.add_argument("--sizes", default="4000,40000,100000,1000000")
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--threads", default="1", help="thread counts, comma-separated; 0: the default rule")
    parser.add_argument("--precision", default="f32")
    parser.add_argument("--duration", type=float, default=1.0, help="seconds of model time of the longer run")
    args = parser.parse_args()
    workdir = tempfile.mkdtemp(prefix="soma-scale-bench-")
    builds = {}
    for item in args.builds.split(","):
        name, path = item.split("=", 1)
        small = path.endswith("/small-pages")
        builds[name] = [small_pages_wrapper(workdir), path[:-len("/small-pages")]] if small else [path]
    caches = {name: tempfile.mkdtemp(prefix=f"soma-scale-cache-{name}-") for name in builds}
    print(f"load average at start: {load()}")
    counts = [int(t) for t in args.threads.split(",")]
    print("| N | build | threads | sim CPU s | ns per neuron-step (CPU) | best CPU s | simulate_s (wall) | ns per neuron-step (wall) "
          "| best wall s | peak RSS MiB | rates Hz | load |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for N in map(int, args.sizes.split(",")):
        paths = {t: sources(N, args.precision, t, args.duration, os.path.join(workdir, f"t{t}")) for t in counts}
        steps = round((args.duration - 0.01) / DT)
        for name, command in builds.items():
            run(command, paths[counts[0]]["short"], caches[name])  # cc's code into this build's cache
        results = {(name, t): [] for t in counts for name in builds}
        for _ in range(args.repeats):
            for t in counts:
                for name, command in builds.items():
                    long_cpu, simulate, rss, rates = run(command, paths[t]["long"], caches[name])
                    short_cpu, _, _, _ = run(command, paths[t]["short"], caches[name])
                    results[name, t].append((long_cpu - short_cpu, simulate, rss, rates))
        for t in counts:
            for name in builds:
                rounds = results[name, t]
                cpu = statistics.median(r[0] for r in rounds)
                wall = statistics.median(r[1] for r in rounds)
                rss = max(r[2] for r in rounds)
                rates = ", ".join(f"{v:.4f}" for v in rounds[-1][3])
                print(f"| {N} | {name} | {t or 'default'} | {cpu:.3f} | {cpu / (N * steps) * 1e9:.2f} | {min(r[0] for r in rounds):.3f} "
                      f"| {wall:.3f} | {wall / (N * round(args.duration / DT)) * 1e9:.2f} | {min(r[1] for r in rounds):.3f} "
                      f"| {rss:.0f} | {rates} | {load()} |", flush=True)
    print(f"load average at end: {load()}")


if __name__ == "__main__":
    main()
