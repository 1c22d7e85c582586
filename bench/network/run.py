#!/usr/bin/env python3
"""Soma against Brian2, BrainPy and NEST on the network benchmarks of
shared/BENCHMARK-MODELS.md, in one invocation, and a markdown table of the result.

Every configuration (model, size, simulator, mode) runs in a fresh process,
--repeats times; the rounds are interleaved (round 1 runs every configuration
once, then round 2, ...) so that drift of this shared machine hits all alike,
and the table gives medians. A configuration whose run exceeds --cap seconds is
stopped and not repeated, and a larger size of it whose run would exceed the cap
(predicted linearly in N from the largest size that finished) is skipped; the
table says which.

Soma runs the release build (`soma run FILE --json`) on the examples, with the
population sizes and p = 80/N written into a copy for each N. Its total time is
the process's wall time (text to results); a peer's total is measured inside its
script from before its import to its results, so the interpreter's own start
(~20 ms) is left out of the peers' totals.

Usage: .venv-bench/bin/python bench/network/run.py [--models coba,cobahh]
       [--sizes 4000,8000] [--peers soma,brian2,brainpy,nest] [--repeats 3] [--cap 60]
       [--large-repeats 1]
--large-repeats R runs the configurations above N = 4000 in the first R rounds only,
so that one invocation gives medians of 3 at 4000 and single runs of the large sizes.
(bench/peers/setup.sh installs the peers; `make bench-peers` does both.)
"""
import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from priority import own_group  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PEERS_DIR = os.path.join(ROOT, "bench", "peers")
SIZES = (4000, 8000, 16000, 40000, 100000)
SOMA_EXAMPLES = {"coba": "examples/coba.soma", "cobahh": "examples/cobahh.soma",
                 "wang": "examples/wang2002.soma"}
FIXED_SIZE = {"cobahh": 4000, "wang": 2000}


@dataclass
class Config:
    """One row of the table: what to run and what it measured."""
    model: str
    N: int
    peer: str
    mode: str
    command: list
    warmup: bool = False
    env: dict = field(default_factory=dict)
    results: list = field(default_factory=list)
    skipped: str = ""

    @property
    def key(self):
        return (self.model, self.peer, self.mode)


def peer_configs(model, N, peers, python, duration):
    """The peers' modes of BENCHMARK-MODELS.md for one model and size."""
    def script(peer, mode, *extra):
        return [python, os.path.join(PEERS_DIR, f"{peer}_bench.py"), "--model", model,
                "--N", str(N), "--mode", mode, "--duration", repr(duration), *extra]

    configs = []
    if "brian2" in peers:
        for threads in (1, 2):
            for precision in ("f64", "f32"):
                configs.append(Config(model, N, "brian2", f"C++ standalone {threads}T {precision}",
                                      script("brian2", "standalone", "--threads", str(threads),
                                             "--precision", precision)))
        # the cython runtime is cheap only where its per-step Python overhead stays small
        if model in ("coba", "cobahh") and N <= 16000:
            configs.append(Config(model, N, "brian2", "cython runtime f64 (warm cache)",
                                  script("brian2", "cython"), warmup=True))
    if "brainpy" in peers:
        for precision in ("f32", "f64"):
            configs.append(Config(model, N, "brainpy", f"CPU x{precision[1:]}",
                                  script("brainpy", "cpu", "--precision", precision)))
    if "nest" in peers:
        configs.append(Config(model, N, "nest", "2 threads f64",
                              script("nest", "threads", "--threads", "2")))
    return configs


def scaled_soma_source(text, model, N, precision, jit, duration):
    """The example with its populations scaled to N neurons in all (p = 80/N for
    COBA) and the run statement set to `precision`, `jit` and `duration` seconds."""
    sizes = [int(n) for n in re.findall(r"^population\s+\w+\s*=\s*\w+\((\d+)", text, re.M)]
    total = sum(sizes)
    if total != N:
        text = re.sub(r"^(population\s+\w+\s*=\s*\w+\()(\d+)",
                      lambda m: m.group(1) + str(round(int(m.group(2)) * N / total)), text, flags=re.M)
    if model == "coba":
        text = re.sub(r"^connect\b.*$", lambda m: re.sub(r"\bp\s*=\s*[0-9.eE+-]+", f"p = {80 / N!r}", m.group(0)),
                      text, flags=re.M)
    run = re.search(r"^run\b.*$", text, re.M)
    if run:
        line = re.sub(r"\s*\b(precision|jit)\s*=\s*\w+", "", run.group(0)) + f" precision = {precision} jit = {jit}"
        line = re.sub(r"^run\s+[0-9.eE+-]+\s*[a-z]*", f"run {duration!r} s", line)
        text = text[:run.start()] + line + text[run.end():]
    return text


def soma_configs(model, N, soma, workdir, duration):
    path = os.path.join(ROOT, SOMA_EXAMPLES[model])
    if not os.path.exists(path):
        return [Config(model, N, "soma", "-", [], skipped=f"{SOMA_EXAMPLES[model]} not found")]
    if not os.access(soma, os.X_OK):
        return [Config(model, N, "soma", "-", [], skipped=f"{soma} not built (make release)")]
    text = open(path).read()
    configs = []
    for jit in ("auto", "cc"):
        for precision in ("f32", "f64"):
            variant = os.path.join(workdir, f"{model}-{N}-{precision}-{jit}.soma")
            with open(variant, "w") as out:
                out.write(scaled_soma_source(text, model, N, precision, jit, duration))
            configs.append(Config(model, N, "soma", f"jit = {jit} {precision}", [soma, "run", variant, "--json"]))
    # the same f64 run with an empty code cache every time: the compile-included total
    cold = Config(model, N, "soma", "jit = auto f64, empty cache", list(configs[1].command))
    cold.env = {"XDG_CACHE_HOME": "{scratch}/cache"}
    configs.append(cold)
    return configs


def soma_result(stdout, wall, source_path):
    """sim_seconds, total_seconds and the mean rate (rates weighted by population size)
    from `soma run --json` lines."""
    sizes = {name: int(n) for name, n in
             re.findall(r"^population\s+(\w+)\s*=\s*\w+\((\d+)", open(source_path).read(), re.M)}
    sim, rates, bytes_per_synapse, tier, cached = 0.0, {}, None, None, True
    for line in stdout.splitlines():
        try:
            item = json.loads(line)
        except ValueError:
            continue
        kind = item.get("kind")
        if kind == "run":
            sim += item["simulate_s"]
            tier = item.get("jit")
            cached = cached and item.get("cached", False)
            if item.get("jit_switch_step") is not None:
                tier = f"{tier} from step {item['jit_switch_step']}"
        elif kind == "value":
            expr = item.get("expr", "")
            values = item["value"] if isinstance(item["value"], list) else [item["value"]]
            names = re.fullmatch(r"rate\((\w+)\)", expr)
            if names and values and values[0] is not None:
                rates[names.group(1)] = values[0]
            if "bytes" in expr:
                bytes_per_synapse = values[0]
        elif kind == "error":
            raise RuntimeError(f"soma: line {item.get('line')} col {item.get('col')}: {item.get('message')}")
        for key, value in item.items():
            if "bytes_per_synapse" in key:
                bytes_per_synapse = value
        message = re.search(r"([0-9.]+) bytes per synapse", item.get("message", ""))
        if message:
            bytes_per_synapse = float(message.group(1))
    weighted = [(rates[name], sizes.get(name, 0)) for name in rates]
    neurons = sum(n for _, n in weighted)
    rate = sum(r * n for r, n in weighted) / neurons if neurons else None
    result = dict(sim_seconds=sim, total_seconds=wall, mean_rate_hz=rate)
    for group in ("A", "B"):
        if group in rates:
            result[f"rate_{group}_hz"] = rates[group]
    if tier:
        result["jit"] = tier + (", code from cache" if cached else ", compiled")
    if bytes_per_synapse is not None:
        result["bytes_per_synapse"] = bytes_per_synapse
    return result


def run_once(config, cap, scratch):
    """One fresh process in its own session (so a run past the cap is stopped with
    the compilers it started) and its own TMPDIR (removed after, with Brian2's
    build folders); its result dict, or raises on failure or timeout."""
    os.makedirs(scratch, exist_ok=True)
    started = time.perf_counter()
    process = subprocess.Popen(config.command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               cwd=ROOT, start_new_session=True,
                               env=dict(os.environ, TMPDIR=scratch,
                                        **{k: v.format(scratch=scratch) for k, v in config.env.items()}))
    try:
        stdout, stderr = process.communicate(timeout=cap)
    except BaseException:
        # past the cap, or this runner interrupted: the run and its compilers stop too
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    wall = time.perf_counter() - started
    if process.returncode != 0:
        tail = (stderr or stdout).strip().splitlines()[-3:]
        raise RuntimeError(f"exit {process.returncode}: " + " | ".join(tail))
    if config.peer == "soma":
        return soma_result(stdout, wall, config.command[2])
    lines = [line for line in stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError("no JSON line in the output")
    return json.loads(lines[-1])


def rounds_of(config, args):
    """How many rounds run `config`: --large-repeats above N = 4000."""
    return args.repeats if config.N <= 4000 or args.large_repeats is None else min(args.repeats, args.large_repeats)


def predicted_too_slow(config, finished, cap):
    """A larger N of a configuration whose largest finished size, scaled linearly, passes the cap."""
    smaller = [c for c in finished if c.key == config.key and c.N < config.N]
    if any("cap" in c.skipped for c in smaller):
        return float("inf")
    smaller = [c for c in smaller if c.results]
    if not smaller:
        return None
    largest = max(smaller, key=lambda c: c.N)
    slowest = max(largest.results, key=lambda r: r["total_seconds"])
    fixed = slowest["total_seconds"] - slowest["sim_seconds"]
    estimate = fixed + slowest["sim_seconds"] * config.N / largest.N
    return estimate if estimate > cap else None


def median(config, name):
    values = [r[name] for r in config.results if r.get(name) is not None]
    return statistics.median(values) if values else None


def number(value, digits=3):
    if value is None:
        return "–"
    return f"{value:.{digits}g}" if abs(value) < 1000 else f"{value:.0f}"


def table(configs, args):
    lines = ["| model | N | simulator | mode | sim s | total s | Soma/peer sim | Soma/peer total | mean rate Hz | notes |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for config in configs:
        soma = [c for c in configs if c.peer == "soma" and c.model == config.model and c.N == config.N and c.results]
        best_sim = min((median(c, "sim_seconds") for c in soma), default=None)
        # totals compare compile-included runs: Soma's with an empty code cache where it ran
        cold = [c for c in soma if "empty cache" in c.mode] or soma
        best_total = min((median(c, "total_seconds") for c in cold), default=None)
        sim, total = median(config, "sim_seconds"), median(config, "total_seconds")
        notes = []
        if config.skipped:
            notes.append(config.skipped)
        elif len(config.results) < rounds_of(config, args):
            notes.append(f"{len(config.results)} of {rounds_of(config, args)} runs")
        nan = [r["nan_neurons"] for r in config.results if "nan_neurons" in r]
        if nan:
            notes.append(f"NaN neurons {max(nan)}")
        tiers = sorted({r["jit"] for r in config.results if "jit" in r})
        if tiers:
            notes.append("ran " + " / ".join(tiers))
        bps = [r["bytes_per_synapse"] for r in config.results if "bytes_per_synapse" in r]
        if bps:
            notes.append(f"{bps[-1]:.2f} B/synapse")
        if config.model == "wang" and config.results:
            a = median(config, "rate_A_hz")
            b = median(config, "rate_B_hz")
            if a is not None:
                notes.append(f"A {a:.1f} Hz, B {b:.1f} Hz")
        is_soma = config.peer == "soma"
        ratio_sim = None if is_soma or not sim or best_sim is None else best_sim / sim
        ratio_total = None if is_soma or not total or best_total is None else best_total / total
        lines.append(f"| {config.model} | {config.N} | {config.peer} | {config.mode} | {number(sim)} | "
                     f"{number(total)} | {number(ratio_sim, 2)} | {number(ratio_total, 2)} | "
                     f"{number(median(config, 'mean_rate_hz'), 4)} | {'; '.join(notes)} |")
    return "\n".join(lines)


def stop(signum, frame):
    sys.exit(f"stopped by signal {signum}")


def main():
    own_group()
    signal.signal(signal.SIGTERM, stop)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", default="coba,cobahh,wang")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="COBA sizes")
    parser.add_argument("--peers", default="soma,brian2,brainpy,nest")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--large-repeats", type=int, help="rounds for N above 4000 (default: --repeats)")
    parser.add_argument("--cap", type=float, default=120.0, help="seconds one run may take")
    parser.add_argument("--duration", type=float, default=1.0, help="seconds of biological time")
    parser.add_argument("--soma", default=os.path.join(ROOT, ".build", "release", "soma"))
    parser.add_argument("--python", default=os.path.join(ROOT, ".venv-bench", "bin", "python"))
    parser.add_argument("--jsonl", help="also write every run's JSON line to this file")
    parser.add_argument("--markdown", help="also write the table to this file after every round")
    args = parser.parse_args()
    models = args.models.split(",")
    peers = args.peers.split(",")
    if any(p != "soma" for p in peers) and not os.access(args.python, os.X_OK):
        sys.exit(f"{args.python} missing: run bench/peers/setup.sh first")

    workdir = tempfile.mkdtemp(prefix="soma-network-bench-")
    configs = []
    for model in models:
        sizes = [int(n) for n in args.sizes.split(",")] if model == "coba" else [FIXED_SIZE[model]]
        for N in sizes:
            if "soma" in peers:
                configs += soma_configs(model, N, args.soma, workdir, args.duration)
            configs += peer_configs(model, N, peers, args.python, args.duration)

    log = open(args.jsonl, "w") if args.jsonl else None
    started = time.perf_counter()
    try:
        measure(configs, args, os.path.join(workdir, "tmp"), log, started)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(summary(configs, args, args.repeats, time.perf_counter() - started))


def measure(configs, args, scratch, log, started):
    """--repeats interleaved rounds over every configuration; results, skips and
    stops go into the configurations."""
    for round_index in range(args.repeats):
        for config in configs:
            if config.skipped or round_index >= rounds_of(config, args):
                continue
            estimate = predicted_too_slow(config, configs, args.cap) if not config.results else None
            if estimate is not None:
                config.skipped = (f"skipped: a smaller N passed the cap {args.cap:.0f} s" if estimate == float("inf")
                                  else f"skipped: ~{estimate:.0f} s predicted > cap {args.cap:.0f} s")
                continue
            try:
                if config.warmup and round_index == 0:
                    run_once(config, args.cap, scratch)
                result = run_once(config, args.cap, scratch)
            except subprocess.TimeoutExpired:
                config.skipped = f"stopped: run > cap {args.cap:.0f} s"
                continue
            except (RuntimeError, ValueError) as error:
                config.skipped = f"failed: {error}"[:200]
                continue
            config.results.append(result)
            record = dict(result, model=config.model, N=config.N, simulator=config.peer, mode=config.mode,
                          round=round_index + 1)
            print(json.dumps(record), file=sys.stderr, flush=True)
            if log:
                print(json.dumps(record), file=log, flush=True)
        if args.markdown:
            with open(args.markdown, "w") as out:
                print(summary(configs, args, round_index + 1, time.perf_counter() - started), file=out)


def summary(configs, args, rounds, elapsed):
    large = "" if args.large_repeats is None else f" ({min(rounds, args.large_repeats)} above N = 4000)"
    return (table(configs, args) +
            f"\n\nMedians of {rounds} interleaved runs{large}; run cap {args.cap:.0f} s; {args.duration:g} s simulated; "
            f"Soma/peer: Soma's fastest sim, and its empty-cache total; the whole invocation took {elapsed:.0f} s.")


if __name__ == "__main__":
    main()
