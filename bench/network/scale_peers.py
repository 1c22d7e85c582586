#!/usr/bin/env python3
"""COBA at the large sizes, Soma against the peers at equal load (issue 15): the chosen modes of each simulator
run one after another in interleaved rounds (Soma, Brian2, Soma, Brian2, ...), each a fresh process as
bench/network/run.py runs it, and each row reports the simulation's wall seconds, the CPU seconds (user + system)
of the whole process with its children (compilers included), and the one-minute load average before and after.

Usage: .venv-bench/bin/python bench/network/scale_peers.py --N 1000000 [--rounds 2] [--cap 300]
       [--soma .build/release/soma] [--modes "soma:jit = cc f32,brian2:C++ standalone 1T f32"]
"""
import argparse
import json
import os
import resource
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run import ROOT, peer_configs, run_once, soma_configs  # noqa: E402

DEFAULT_MODES = "soma:jit = cc f32,brian2:C++ standalone 1T f32,brian2:C++ standalone 2T f32"


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--N", type=int, required=True)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--cap", type=float, default=300.0)
    parser.add_argument("--duration", type=float, default=1.0)
    parser.add_argument("--modes", default=DEFAULT_MODES, help="peer:mode pairs as run.py names them")
    parser.add_argument("--soma", default=os.path.join(ROOT, ".build", "release", "soma"))
    parser.add_argument("--python", default=os.path.join(ROOT, ".venv-bench", "bin", "python"))
    args = parser.parse_args()
    wanted = [tuple(item.split(":", 1)) for item in args.modes.split(",")]
    peers = {peer for peer, _ in wanted}
    with tempfile.TemporaryDirectory() as workdir:
        configs = soma_configs("coba", args.N, args.soma, workdir, args.duration) if "soma" in peers else []
        configs += peer_configs("coba", args.N, peers, args.python, args.duration)
        chosen = [next(c for c in configs if (c.peer, c.mode) == pair) for pair in wanted]
        print("| round | simulator | mode | sim wall s | CPU s (process) | mean rate Hz | load before | load after |")
        print("|---|---|---|---|---|---|---|---|")
        for round in range(1, args.rounds + 1):
            for config in chosen:
                load, cpu = os.getloadavg()[0], children_cpu()
                try:
                    result = run_once(config, args.cap, os.path.join(workdir, "scratch"))
                    sim, rate = f"{result['sim_seconds']:.2f}", f"{result.get('mean_rate_hz') or 0:.4g}"
                except Exception as error:  # past the cap or failed: said in the row, the rounds go on
                    result, sim, rate = {"error": str(error)[:200]}, "did not finish", "–"
                spent = children_cpu() - cpu
                print(f"| {round} | {config.peer} | {config.mode} | {sim} | {spent:.1f} | {rate} | "
                      f"{load:.1f} | {os.getloadavg()[0]:.1f} |", flush=True)
                print(json.dumps({**result, "round": round, "peer": config.peer, "mode": config.mode, "N": args.N,
                                  "cpu_s": spent}), file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
