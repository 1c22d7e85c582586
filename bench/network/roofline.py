#!/usr/bin/env python3
"""Soma's cost per neuron-update and per synaptic event for COBA and COBAHH beside two limits of
this CPU: bandwidth (a stream-like triad over arrays that fit L1, L2 or only memory), vector
arithmetic (independent multiply-then-add chains in 64-byte vectors, as -ffp-contract=off compiles
them) and the throughput of the C prelude's own vectorised exp (the one the cc tier calls), for
BENCHMARKS.md's roofline section.

Costs are CPU seconds (the process's user + system time, from getrusage), so that other work on a
shared machine slows the figures less than wall time would. A run's cost is that of `run 1 s` less
that of the same model run for 10 ms (start, parse, connections, loading the cached code); the
neuron-update cost comes from the model with its `connect` lines removed (the neurons still fire:
COBA's drive and HH's dynamics), the event cost from the difference to the connected model,
divided by the events delivered (spikes times the mean fan-out, 80 for p = 0.02 at N = 4000).

Usage: python3 bench/network/roofline.py [--soma .build/release/soma] [--repeats 3]
"""
import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FLAGS = ["-O3", "-march=native", "-ffp-contract=off", "-fno-trapping-math", "-fno-math-errno", "-w"]

TRIAD = r"""
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <pthread.h>
static long N = 1L << 24, rounds;
static double *a, *b, *c;
static int parts;
/* One thread is timed by the process's CPU time (the main thread only waits), so a shared machine slows it less. */
static double wall(void) { struct timespec t; clock_gettime(parts == 1 ? CLOCK_PROCESS_CPUTIME_ID : CLOCK_MONOTONIC, &t); return t.tv_sec + 1e-9 * t.tv_nsec; }
static void *triad(void *arg) {
    long p = (long)arg, lo = N / parts * p, hi = N / parts * (p + 1);
    for (long r = 0; r < rounds; ++r) {
        for (long i = lo; i < hi; ++i) a[i] = b[i] + 3.0 * c[i];
        __asm__ volatile("" : : "r"(a) : "memory");
    }
    return 0;
}
int main(int argc, char **argv) {
    parts = atoi(argv[1]);
    if (argc > 2) N = atol(argv[2]);
    rounds = 10 * (1L << 24) / N;
    a = malloc(N * 8); b = malloc(N * 8); c = malloc(N * 8);
    for (long i = 0; i < N; ++i) { a[i] = 0; b[i] = i; c[i] = 2 * i; }
    double best = 1e9;
    for (int k = 0; k < 5; ++k) {
        pthread_t t[8];
        double t0 = wall();
        for (long p = 0; p < parts; ++p) pthread_create(&t[p], 0, triad, (void *)p);
        for (int p = 0; p < parts; ++p) pthread_join(t[p], 0);
        double dt = wall() - t0;
        if (dt < best) best = dt;
    }
    printf("%.2f\n", (double)rounds * 3 * 8 * N / best / 1e9);
    return a[7] == 0;
}
"""

FLOPS = r"""
#include <stdio.h>
#include <time.h>
typedef real lanes __attribute__((vector_size(64)));
static double cpu(void) { struct timespec t; clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t); return t.tv_sec + 1e-9 * t.tv_nsec; }
int main(void) {
    lanes x[12], m, c;
    for (int k = 0; k < (int)(sizeof m / sizeof(real)); ++k) { m[k] = (real)0.999; c[k] = (real)1e-3; }
    for (int j = 0; j < 12; ++j) x[j] = m * (real)j;
    const long rounds = 20000000;
    double t0 = cpu();
    for (long r = 0; r < rounds; ++r) {
        for (int j = 0; j < 12; ++j) x[j] = x[j] * m + c;
        __asm__ volatile("" : "+m"(x));
    }
    double dt = cpu() - t0;
    real sum = 0;
    for (int j = 0; j < 12; ++j) sum += x[j][0];
    printf("%.2f\n", 2.0 * 12 * (sizeof m / sizeof(real)) * rounds / dt / 1e9 + 0 * sum);
    return 0;
}
"""

EXP = r"""
#include <stdio.h>
#include <time.h>
#define M 4096
static real x[M], y[M];
static double cpu(void) { struct timespec t; clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t); return t.tv_sec + 1e-9 * t.tv_nsec; }
int main(void) {
    for (int i = 0; i < M; ++i) x[i] = (real)(-20.0 + 40.0 * i / M);
    int rounds = 20000;
    double t0 = cpu();
    for (int r = 0; r < rounds; ++r) {
        for (int i = 0; i < M; ++i) y[i] = soma_exp(x[i]);
        x[r % M] += y[(r * 7) % M] * (real)1e-30;
    }
    printf("%.3f\n", (cpu() - t0) / ((double)rounds * M) * 1e9);
    return 0;
}
"""


def compile_and_run(source, name, args=(), extra=()):
    with tempfile.TemporaryDirectory() as scratch:
        path, binary = os.path.join(scratch, name + ".c"), os.path.join(scratch, name)
        open(path, "w").write(source)
        subprocess.run(["cc", *FLAGS, *extra, "-o", binary, path, "-lm", "-lpthread"], check=True)
        return float(subprocess.run([binary, *args], check=True, capture_output=True, text=True).stdout)


def prelude(soma, precision):
    """The prelude of a unit Soma compiles (everything before the first step function)."""
    text = open(os.path.join(ROOT, "examples/coba.soma")).read()
    text = re.sub(r"^run\b.*$", f"run 1 ms precision = {precision}", text, flags=re.M)
    with tempfile.NamedTemporaryFile("w", suffix=".soma", delete=False) as f:
        f.write(text)
    unit = subprocess.run([soma, "emit", f.name], check=True, capture_output=True, text=True).stdout
    os.unlink(f.name)
    return unit[:unit.index("static int step_")]


def run_cost(soma, text, cache):
    """CPU seconds of `soma run`, and its JSON values."""
    with tempfile.NamedTemporaryFile("w", suffix=".soma", delete=False) as f:
        f.write(text)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run([soma, "run", f.name, "--json"], check=True, capture_output=True, text=True,
                         env={**os.environ, "XDG_CACHE_HOME": cache}).stdout
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    os.unlink(f.name)
    values = {}
    for line in out.splitlines():
        item = json.loads(line)
        if item.get("kind") == "value":
            values[item["expr"]] = item["value"]
        if item.get("kind") == "error":
            raise SystemExit(f"soma: {item['message']}")
    return (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime), values


def model_costs(soma, model, precision, repeats, cache):
    text = open(os.path.join(ROOT, f"examples/{model}.soma")).read()
    text = re.sub(r"\s*\b(precision|jit)\s*=\s*\w+", "", text)

    def variant(duration, connected):
        body = text if connected else re.sub(r"^connect\b.*$", "", text, flags=re.M)
        return re.sub(r"^run\s+\S+\s+\w+(.*)$", lambda m: f"run {duration}{m.group(1)} precision = {precision} jit = cc",
                      body, flags=re.M)

    results = {}
    for connected in (False, True):
        long_text, short_text = variant("1 s", connected), variant("10 ms", connected)
        run_cost(soma, long_text, cache)  # compiles into the cache
        costs, values = [], {}
        for _ in range(repeats):
            long_cpu, values = run_cost(soma, long_text, cache)
            short_cpu, _ = run_cost(soma, short_text, cache)
            costs.append(long_cpu - short_cpu)
        results[connected] = (statistics.median(costs), values)
    sizes = {name: int(n) for name, n in re.findall(r"^population\s+(\w+)\s*=\s*\w+\((\d+)", text, re.M)}
    neurons = sum(sizes.values())
    steps = 0.99 / 1e-4
    spikes = sum(results[True][1][f"rate({name})"] * n * 0.99 for name, n in sizes.items())
    events = spikes * 0.02 * neurons
    neuron_ns = results[False][0] / (neurons * steps) * 1e9
    event_ns = (results[True][0] - results[False][0]) / events * 1e9
    return neuron_ns, event_ns, results[True][0], events


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--soma", default=os.path.join(ROOT, ".build/release/soma"))
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    with open("/proc/loadavg") as f:
        print(f"load average at start: {f.read().split()[0]}")
    for threads in (1, 2):
        print(f"triad bandwidth, {threads} thread(s): {compile_and_run(TRIAD, 'triad', [str(threads)]):.1f} GB/s")
    for where, n in (("L1", 1024), ("L2", 16384)):
        print(f"triad bandwidth in {where} (3 x {n * 8 // 1024} KiB), 1 thread: "
              f"{compile_and_run(TRIAD, 'triad', ['1', str(n)]):.1f} GB/s")
    for precision in ("double", "float"):
        print(f"vector multiply and add, {precision}, 1 thread: "
              f"{compile_and_run(FLOPS, 'flops', extra=[f'-Dreal={precision}']):.1f} GFLOP/s (CPU)")
    for precision in ("f64", "f32"):
        ns = compile_and_run(prelude(args.soma, precision) + EXP, "exp")
        print(f"prelude soma_exp {precision}, cc vectorised: {ns:.3f} ns per element (CPU)")
    with tempfile.TemporaryDirectory() as cache:
        for model in ("coba", "cobahh"):
            for precision in ("f64", "f32"):
                neuron_ns, event_ns, total, events = model_costs(args.soma, model, precision, args.repeats, cache)
                print(f"{model} {precision}: {neuron_ns:.2f} ns per neuron-update, {event_ns:.2f} ns per synaptic event "
                      f"({total:.3f} CPU s for 0.99 s simulated, {events:.3g} events)")
    with open("/proc/loadavg") as f:
        print(f"load average at end: {f.read().split()[0]}")


if __name__ == "__main__":
    main()
