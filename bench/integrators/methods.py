#!/usr/bin/env python3
"""The integration methods' measured order and cost per neuron-step (BENCHMARKS.md,
"Integration methods").

Order: fixed-step methods from the error at t = 10 of dx/dt = -x + sin t (x(0) = 1, closed
form (sin t - cos t)/2 + 1.5 e^-t) at dt = 0.1 and 0.05; adaptive methods from the error
against the work, p = log(e1/e2) / log(N2/N1), N the sub-steps taken, at rtol = atol = 1e-5
and 1e-9 with dt = 1.  exact has no truncation error (its error is round-off).

Cost: 2000 copies of a damped oscillator (dx/dt = y, dy/dt = -9x - 0.6y, linear, so every
method including exact runs it), 1000 steps of dt = 0.1, jit = cc, one thread; the run's
simulate_s over neuron-steps, the median of --repeats runs; adaptive methods at their default
tolerances (rtol 1e-6, atol 1e-9), with their sub-steps per step.

Usage: python3 bench/integrators/methods.py [--repeats 3]   (SOMA names the soma binary)
"""
import argparse
import json
import math
import os
import statistics
import subprocess
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SOMA = os.environ.get("SOMA") or next(p for p in (os.path.join(ROOT, ".build", m, "soma") for m in ("release", "debug"))
                                      if os.path.exists(p))
FIXED = ["euler", "rk4", "exp_euler"]
ADAPTIVE = ["rkf12", "heun_euler", "bs", "rkf45", "ck", "rkdp"]


def run(source):
    with tempfile.NamedTemporaryFile("w", suffix=".soma", delete=False) as f:
        f.write(source)
    try:
        out = subprocess.run([SOMA, "run", f.name, "--json"], capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(f.name)
    lines = [json.loads(line) for line in out.splitlines()]
    summary = next(o for o in lines if o.get("kind") == "run")
    values = [o["value"][0] for o in lines if o.get("kind") == "value"]
    return summary, values


def forced_error(method, options):
    summary, values = run("system S {\n  var x = 1\n  dx/dt = -x + sin(t)\n}\npopulation P = S(1)\n"
                          f"run 10 method = {method} {options}\nprint P.x\n")
    exact = (math.sin(10) - math.cos(10)) / 2 + 1.5 * math.exp(-10)
    return abs(values[0] - exact), summary.get("substeps")


def order(method):
    if method == "exact":
        return "exact"
    if method in ADAPTIVE:
        (e1, n1), (e2, n2) = (forced_error(method, f"dt = 1 rtol = {t} atol = {t}") for t in (1e-5, 1e-9))
        return "%.2f" % (math.log(e1 / e2) / math.log(n2 / n1))
    (e1, _), (e2, _) = (forced_error(method, f"dt = {dt}") for dt in (0.1, 0.05))
    return "%.2f" % math.log2(e1 / e2)


def cost(method, repeats):
    source = ("system Spring {\n  var x = 1, y = 0\n  dx/dt = y\n  dy/dt = -9 * x - 0.6 * y\n}\n"
              f"population P = Spring(2000)\nrun 100 dt = 0.1 method = {method} jit = cc threads = 1\n")
    runs = [run(source)[0] for _ in range(repeats)]
    ns = statistics.median(r["simulate_s"] for r in runs) / (2000 * 1000) * 1e9
    substeps = runs[0].get("substeps")
    return ns, (substeps / (2000 * 1000) if substeps is not None else None)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    print("| method | measured order | ns per neuron-step | sub-steps per step |")
    print("|---|---|---|---|")
    for method in FIXED + ADAPTIVE + ["exact"]:
        ns, substeps = cost(method, args.repeats)
        print(f"| {method} | {order(method)} | {ns:.1f} | {'%.2f' % substeps if substeps is not None else '1'} |")


if __name__ == "__main__":
    main()
