#!/usr/bin/env python3
"""Wang (2002) group rates over seeds: Soma (examples/wang2002.soma, its seed replaced) against
Brian2 (bench/peers/brian2_bench.py, C++ standalone, one thread, f64), one run per seed each.

The decision network's selective group A fires 5-16 Hz over 1 s depending on the seed (when, and
whether, it wins), in either simulator; one run each compares noise. This prints each seed's rates
and the mean with its standard error for both.

Usage: .venv-bench/bin/python bench/network/wang_rates.py [--seeds 20] [--soma .build/release/soma]
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
GROUPS = ("A", "B", "Rest", "Inh")


def soma_rates(soma, seed):
    text = open(os.path.join(ROOT, "examples", "wang2002.soma")).read()
    text = re.sub(r"seed = \d+", f"seed = {seed}", text)
    with tempfile.NamedTemporaryFile("w", suffix=".soma", delete=False) as f:
        f.write(text)
    out = subprocess.run([soma, "run", f.name], capture_output=True, text=True, check=True).stdout
    os.unlink(f.name)
    rates = {m.group(1): float(m.group(2)) for m in re.finditer(r"rate\((\w+)\) = ([\d.]+) Hz", out)}
    rates["all"] = (240 * (rates["A"] + rates["B"]) + 1120 * rates["Rest"] + 400 * rates["Inh"]) / 2000
    return rates


def brian2_rates(seed):
    out = subprocess.run([sys.executable, "brian2_bench.py", "--model", "wang", "--mode", "standalone", "--seed", str(seed)],
                         cwd=os.path.join(ROOT, "bench", "peers"), capture_output=True, text=True, check=True).stdout
    line = json.loads(out.strip().splitlines()[-1])
    return {"A": line["rate_A_hz"], "B": line["rate_B_hz"], "all": line["mean_rate_hz"]}


def summary(name, runs):
    cells = []
    for key in ("A", "B", "all"):
        values = [r[key] for r in runs]
        se = statistics.stdev(values) / len(values) ** 0.5 if len(values) > 1 else 0
        cells.append(f"{statistics.mean(values):.2f} ± {se:.2f}")
    return f"| {name} | {len(runs)} | " + " | ".join(cells) + " |"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--soma", default=os.path.join(ROOT, ".build", "release", "soma"))
    args = parser.parse_args()
    soma, brian2 = [], []
    for seed in range(1, args.seeds + 1):
        soma.append(soma_rates(args.soma, seed))
        brian2.append(brian2_rates(seed))
        print(f"seed {seed}: soma A {soma[-1]['A']:.2f} B {soma[-1]['B']:.2f} all {soma[-1]['all']:.3f}; "
              f"brian2 A {brian2[-1]['A']:.2f} B {brian2[-1]['B']:.2f} all {brian2[-1]['all']:.3f}", flush=True)
    print("| simulator | seeds | A Hz (mean ± s.e.) | B Hz | all Hz |\n|---|---|---|---|---|")
    print(summary("soma", soma))
    print(summary("brian2", brian2))


if __name__ == "__main__":
    main()
