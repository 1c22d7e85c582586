#!/bin/sh
# Compile latency and simulation time of two builds of soma in one interleaved run, so a
# refactoring can show it did not make Soma slower on this (shared) machine.
#   bench/builds/compare.sh REVISION [ROUNDS]
# builds REVISION (a commit, e.g. the one before a change) in a worktree under .build-compare/,
# builds the working tree, and runs each model below ROUNDS times (default 5) with each binary in
# turn, on a fresh code cache each time and with jit = tcc (so compile_s is codegen and libtcc's
# compile of the generated C, and simulate_s is tcc's code: the same code both builds generate from
# the same text). Each model's run is followed by a short f32 run of the same network in the same
# process: its compile time is the latency a notebook user sees once Soma is loaded ("warm"); the
# first run's also pays for loading code the process has not used yet ("cold").
# Prints the medians and the ratio after/before per model; below 1 means the working tree is faster.
set -eu
cd "$(dirname "$0")/../.."
revision=${1:?give the revision to compare against}
rounds=${2:-5}
root=$(pwd)
scratch="$root/.build-compare"
mkdir -p "$scratch"
if [ ! -d "$scratch/before" ]; then git worktree add --detach "$scratch/before" "$revision" >/dev/null; fi
git -C "$scratch/before" checkout -q --detach "$revision"
# As `make release` builds (the Makefile): both binaries with the Swift runtime linked in, as users run them.
(cd "$scratch/before" && swift build -c release --static-swift-stdlib --product soma >/dev/null)
swift build -c release --static-swift-stdlib --product soma >/dev/null
before="$scratch/before/.build/release/soma"
after="$root/.build/release/soma"

models="examples/hh.soma examples/coba.soma examples/lif_100k.soma examples/izhikevich.soma"
mkdir -p "$scratch/models"
python3 - "$scratch/models" $models <<'PY'
import re, sys, os
folder, models = sys.argv[1], sys.argv[2:]
for model in models:
    lines = []
    for line in open(model):
        lines.append(line)
        if line.startswith("run "):
            options = re.sub(r"^run \S+( (s|ms))?", "", line.strip())
            lines[-1] = line.rstrip("\n") + " jit = tcc\n"
            lines.append(f"run 0{options} jit = tcc precision = f32\n")
    open(os.path.join(folder, os.path.basename(model)), "w").write("".join(lines))
PY

python3 - "$before" "$after" "$rounds" "$scratch" $models <<'PY'
import json, os, statistics, subprocess, sys, tempfile
before, after, rounds, scratch, models = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5:]
def run(binary, model):
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, XDG_CACHE_HOME=cache)
        out = subprocess.run([binary, "run", "--json", model], capture_output=True, text=True, env=env, check=True).stdout
    runs = [json.loads(line) for line in out.splitlines() if '"kind":"run"' in line]
    return runs[0]["compile_s"], runs[-1]["compile_s"], runs[0]["simulate_s"]
print("| model | cold compile ms before | after | after/before | warm compile ms before | after | after/before | simulate s before | after | after/before |")
print("|---|---|---|---|---|---|---|---|---|---|")
for model in models:
    path = os.path.join(scratch, "models", os.path.basename(model))
    samples = {before: [], after: []}
    for _ in range(rounds):
        for binary in (before, after):
            samples[binary].append(run(binary, path))
    c0, c1 = (statistics.median(s[0] for s in samples[b]) for b in (before, after))
    w0, w1 = (statistics.median(s[1] for s in samples[b]) for b in (before, after))
    s0, s1 = (statistics.median(s[2] for s in samples[b]) for b in (before, after))
    print(f"| {model} | {c0*1e3:.2f} | {c1*1e3:.2f} | {c1/c0:.2f} | {w0*1e3:.2f} | {w1*1e3:.2f} | {w1/w0:.2f} | {s0:.3f} | {s1:.3f} | {s1/s0:.2f} |")
print(f"\nMedians of {rounds} interleaved rounds, jit = tcc, fresh code cache per run.")
PY
