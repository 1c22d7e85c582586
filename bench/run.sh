#!/bin/sh
# Builds (swift run -c release builds only what each program needs) and runs every benchmark
# program; their figures go in BENCHMARKS.md.
# SWIFT_FLAGS passes options to swift run, e.g. SWIFT_FLAGS="--scratch-path .build-bench".
set -eu
[ -n "${SOMA_BENCH_OWN_GROUP:-}" ] || exec python3 "$(dirname "$0")/priority.py" sh "$0" "$@"
cd "$(dirname "$0")/.."
flags=${SWIFT_FLAGS:-}
swift run -c release $flags KernelBench
swift run -c release $flags PlotBench
swift run -c release $flags AnalysisBench
sh bench/workbench/run.sh
