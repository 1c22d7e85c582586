#!/usr/bin/env python3
"""The cost of Gaussian noise and of exp_euler, for BENCHMARKS.md (issue 15).

1. ns per draw of the prelude's `soma_normal` in a loop compiled with the cc tier's flags (vectorised), beside
   `soma_uniform` (the same Philox draw alone) and the former normal (glibc's log and cos, one value per call),
   all three in one program, interleaved rounds.
2. ns per neuron-step of a noisy LIF population (examples/noisy_lif.soma with 4000 noisy neurons) under jit = cc:
   CPU time of `run 1 s` less that of `run 10 ms` (code cached), for each `--soma` given (e.g. a before and an
   after build), interleaved.
3. COBA-4000 with method = exp_euler against method = euler in f32 and f64, the same way: the ratio per round.

Usage: python3 bench/network/noise.py --soma .build/release/soma [--soma OTHER] [--repeats 3]
"""
import argparse
import os
import re
import statistics
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from roofline import ROOT, compile_and_run, prelude, run_cost  # noqa: E402

DRAWS = r"""
#include <stdio.h>
#include <time.h>
double log(double);
double cos(double);
#define M 4096
static double y[M];
static double cpu(void) { struct timespec t; clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t); return t.tv_sec + 1e-9 * t.tv_nsec; }
static double former_normal(u64 seed, u32 stream, i64 step, i64 index, u32 draw) {
    u32 c[4] = { draw, (u32)index, (u32)step, (u32)((u64)step >> 32) };
    soma_philox(c, (u32)seed, (u32)(seed >> 32) ^ stream);
    double u1 = soma_unit(c[0], c[1]), u2 = soma_unit(c[2], c[3]);
    return sqrt(-2 * log(1 - u1)) * cos(6.283185307179586 * u2);
}
/* Each loop in a function of its own over an i64 index, as the generated neuron loops are (the same loop nested
   in main's over an int index does not vectorise: "latch block not empty"). */
__attribute__((noinline)) static void normals(i64 s) { for (i64 i = 0; i < M; ++i) y[i] += soma_normal(42, 1, s, i, 0); }
__attribute__((noinline)) static void uniforms(i64 s) { for (i64 i = 0; i < M; ++i) y[i] += soma_uniform(42, 1, s, i, 0); }
__attribute__((noinline)) static void formers(i64 s) { for (i64 i = 0; i < M; ++i) y[i] += former_normal(42, 1, s, i, 0); }
int main(void) {
    int rounds = 400;
    double t[3] = { 1e9, 1e9, 1e9 };
    for (int k = 0; k < 5; ++k) {
        double t0 = cpu();
        for (int r = 0; r < rounds; ++r) normals(r);
        double t1 = cpu();
        for (int r = 0; r < rounds; ++r) uniforms(r);
        double t2 = cpu();
        for (int r = 0; r < rounds; ++r) formers(r);
        double t3 = cpu();
        if (t1 - t0 < t[0]) t[0] = t1 - t0;
        if (t2 - t1 < t[1]) t[1] = t2 - t1;
        if (t3 - t2 < t[2]) t[2] = t3 - t2;
    }
    printf("%.3f %.3f %.3f\n", t[0] / ((double)rounds * M) * 1e9, t[1] / ((double)rounds * M) * 1e9, t[2] / ((double)rounds * M) * 1e9);
    return y[5] == 12345.0;
}
"""


def draws(soma):
    import subprocess
    with tempfile.TemporaryDirectory() as scratch:
        path, binary = os.path.join(scratch, "draws.c"), os.path.join(scratch, "draws")
        open(path, "w").write(prelude(soma, "f64") + DRAWS)
        from roofline import FLAGS
        subprocess.run(["cc", *FLAGS, "-o", binary, path, "-lm"], check=True)
        return [float(x) for x in subprocess.run([binary], check=True, capture_output=True, text=True).stdout.split()]


def noisy_lif(precision):
    text = open(os.path.join(ROOT, "examples/noisy_lif.soma")).read()
    text = text.replace("population Noisy = LIF(1000)", "population Noisy = LIF(4000)").replace("floor(i / 200)", "floor(i / 800)")
    text = re.sub(r"^print .*$", "", text, flags=re.M)
    return lambda duration: re.sub(r"^run 1 s (.*)$", rf"run {duration} \1 precision = {precision} jit = cc", text, flags=re.M), 4005


def coba(method, precision):
    text = open(os.path.join(ROOT, "examples/coba.soma")).read()
    return lambda duration: re.sub(r"^run 1 s (.*)method = euler(.*)$", rf"run {duration} \1method = {method}\2 precision = {precision} jit = cc",
                                   text, flags=re.M), 4000


def step_ns(soma, model, cache, repeats):
    """Per round: ns of CPU per neuron-step (1 s less 10 ms of model time at dt = 0.1 ms or 0.01 ms)."""
    make, neurons = model
    long_text, short_text = make("1 s"), make("10 ms")
    dt = 1e-5 if "0.01 ms" in long_text else 1e-4
    run_cost(soma, long_text, cache)  # compiles into the cache
    out = []
    for _ in range(repeats):
        long_cpu, _ = run_cost(soma, long_text, cache)
        short_cpu, _ = run_cost(soma, short_text, cache)
        out.append((long_cpu - short_cpu) / (neurons * 0.99 / dt) * 1e9)
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--soma", action="append")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--skip-coba", action="store_true")
    args = parser.parse_args()
    somas = args.soma or [os.path.join(ROOT, ".build/release/soma")]
    with open("/proc/loadavg") as f:
        print(f"load average at start: {f.read().split()[0]}")
    for soma in somas:
        normal, uniform, former = draws(soma)
        print(f"{soma}: ns per draw (CPU, cc, 4096 x 400, best of 5): soma_normal {normal:.2f}, soma_uniform {uniform:.2f}, "
              f"glibc log/cos normal {former:.2f}")
    with tempfile.TemporaryDirectory() as cache:
        for precision in ("f64", "f32"):
            rounds = {soma: step_ns(soma, noisy_lif(precision), cache, args.repeats) for soma in somas}
            for soma, ns in rounds.items():
                print(f"noisy LIF 4005 {precision}, {soma}: ns per neuron-step {', '.join(f'{x:.2f}' for x in ns)} "
                      f"(median {statistics.median(ns):.2f})")
        if not args.skip_coba:
            for precision in ("f32", "f64"):
                for soma in somas:
                    euler, exp_euler = [], []
                    for _ in range(args.repeats):
                        euler += step_ns(soma, coba("euler", precision), cache, 1)
                        exp_euler += step_ns(soma, coba("exp_euler", precision), cache, 1)
                    ratios = [b / a for a, b in zip(euler, exp_euler)]
                    print(f"COBA-4000 {precision}, {soma}: euler {', '.join(f'{x:.2f}' for x in euler)} ns, exp_euler "
                          f"{', '.join(f'{x:.2f}' for x in exp_euler)} ns per neuron-step; ratio per round "
                          f"{', '.join(f'{x:.2f}' for x in ratios)} (median {statistics.median(ratios):.2f})")
    with open("/proc/loadavg") as f:
        print(f"load average at end: {f.read().split()[0]}")


if __name__ == "__main__":
    main()
