#!/usr/bin/env python3
"""The ventral stream of examples/multiarea.soma (5 areas of 3200 + 800 HH neurons, 200 ms at dt = 0.1 ms):
Soma's build and simulation against BrainPy's (bench/multiarea/brainpy_multiarea.py, the same model and data),
in the same run, each on one thread.

Soma runs the example as written but for `threads = 1 jit = cc` on its run line: first with an empty code cache
(the optimising tier compiled before the run starts), then again with that cache (code from cache). Its run
line gives the compile and the simulation; build_s is the rest of the wall-clock time (text to network,
connections drawn, output). BrainPy gives its construction (connections drawn), its first call (jit compile
and simulation) and the same simulation again. Every variant reports wall-clock seconds and the CPU seconds
(user + system) of its process, and each area's excitatory rate over the run; the load average is printed
first, the machine being shared. Then, untimed, the first spike of each area the step into V1 changes (the
example run again without the step, same seed).

Usage: /work/main/.venv-bench/bin/python bench/multiarea/run.py [--soma .build/release/soma] [--skip-brainpy]
       [--reduced]  (400 + 100 neurons per area, p and p_inter 0.16: a quick look, not a row)
"""
import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
AREAS = ["V1", "V2", "V4", "TEO", "TEpd"]
REDUCED = dict(ne=400, ni=100, p=0.16, p_inter=0.16)


def timed(command, environment=None):
    """(stdout, wall seconds, CPU seconds of the child)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run(command, capture_output=True, text=True, check=True, env=environment).stdout
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return out, wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def seconds(out, word):
    return sum(float(m.group(1)) * (1e-3 if m.group(2) == "ms" else 1)
               for m in re.finditer(word + r" in ([\d.]+) (ms|s)", out))


def soma(args):
    text = open(os.path.join(ROOT, "examples", "multiarea.soma")).read()
    text = text.replace("seed = 1234", "seed = 1234 threads = 1 jit = cc")
    text = "\n".join(line for line in text.splitlines() if not line.startswith("plot ")) + "\n"
    if args.reduced:
        text = text.replace("network Stream = VentralStream()", "network Stream = VentralStream(NE = {ne}, NI = {ni}, "
                            "p = {p}, p_inter = {p_inter})".format(**REDUCED))
    with tempfile.NamedTemporaryFile("w", suffix=".soma", delete=False) as f:
        f.write(text)
    environment = dict(os.environ, XDG_CACHE_HOME=tempfile.mkdtemp(prefix="soma-multiarea-bench-"))
    for variant in ("soma, empty code cache", "soma, code from cache"):
        out, wall, cpu = timed([args.soma, "run", f.name], environment)
        compiled, simulated = seconds(out, "compiled"), seconds(out, "simulated")
        rates = {a: float(re.search(rf"rate\(Stream\.{a}\.E\) = ([\d.]+) Hz", out).group(1)) for a in AREAS}
        synapses = sum(int(n.replace(",", "")) for n in re.findall(r": ([\d,]+) synapses?$", out, re.M))
        print(json.dumps(dict(variant=variant, synapses=synapses, wall_s=round(wall, 2), cpu_s=round(cpu, 2),
                              compile_s=round(compiled, 2), sim_s=round(simulated, 2),
                              build_s=round(wall - compiled - simulated, 2),
                              rates_hz={a: round(r, 2) for a, r in rates.items()})), flush=True)
    os.unlink(f.name)
    return text


def latencies(args, source):
    """The first spike of each area's E population that the step into V1 changes: the example run with and
    without the step (stim = 0), same seed, their spike lists compared in recorded order."""
    def spikes(text):
        with tempfile.NamedTemporaryFile("w", suffix=".soma", delete=False) as f:
            f.write(text + "".join(f"print spikes(Stream.{a}.E)\n" for a in AREAS))
        out = subprocess.run([args.soma, "run", f.name, "--json"], capture_output=True, text=True, check=True).stdout
        os.unlink(f.name)
        found = {}
        for line in out.splitlines():
            if line.startswith("{") and '"spikes"' in line:
                o = json.loads(line)
                found[o["population"]] = list(zip(o["t"], o["i"]))
        return found
    quiet_source = source.replace("network Stream = VentralStream(", "network Stream = VentralStream(stim = 0 uA/cm^2, ")
    quiet_source = quiet_source.replace("stim = 0 uA/cm^2, )", "stim = 0 uA/cm^2)")
    driven, quiet = spikes(source), spikes(quiet_source)
    first = {}
    for a in AREAS:
        x, y = driven[f"Stream.{a}.E"], quiet[f"Stream.{a}.E"]
        k = 0
        while k < min(len(x), len(y)) and x[k] == y[k]:
            k += 1
        first[a] = min(x[k][0] if k < len(x) else float("inf"), y[k][0] if k < len(y) else float("inf"))
    print(json.dumps(dict(variant="soma, first spike the step changes (ms)", first_changed_ms=first)), flush=True)


def brainpy(args):
    command = [sys.executable, os.path.join(ROOT, "bench", "multiarea", "brainpy_multiarea.py")]
    if args.reduced:
        command += ["--ne", str(REDUCED["ne"]), "--ni", str(REDUCED["ni"]), "--p", str(REDUCED["p"]),
                    "--p-inter", str(REDUCED["p_inter"])]
    environment = dict(os.environ, XLA_FLAGS="--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1")
    out, wall, cpu = timed(command, environment)
    result = json.loads(out.strip().splitlines()[-1])
    result.update(variant="brainpy", wall_s=round(wall, 2), cpu_s=round(cpu, 2))
    print(json.dumps(result), flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--soma", default=os.path.join(ROOT, ".build", "release", "soma"))
    parser.add_argument("--skip-brainpy", action="store_true")
    parser.add_argument("--reduced", action="store_true")
    args = parser.parse_args()
    print(json.dumps(dict(load_average=os.getloadavg(), cpus=os.cpu_count())), flush=True)
    source = soma(args)
    latencies(args, source)
    if not args.skip_brainpy:
        brainpy(args)


if __name__ == "__main__":
    main()
