#!/bin/sh
# Builds each benchmark program (only what it needs) and runs it; their figures go in BENCHMARKS.md.
# The build is `make release`'s (the Makefile): the Swift runtime linked in statically, so the programs
# measure what users run, and the two builds share .build/release instead of relinking each other's
# products with different flags. `swift run` takes no --static-swift-stdlib, hence build, then run.
# SWIFT_FLAGS passes options to swift build, e.g. SWIFT_FLAGS="--scratch-path .build-bench".
set -eu
[ -n "${SOMA_BENCH_OWN_GROUP:-}" ] || exec python3 "$(dirname "$0")/priority.py" sh "$0" "$@"
cd "$(dirname "$0")/.."
build="swift build -c release --static-swift-stdlib ${SWIFT_FLAGS:-}"
for program in KernelBench PlotBench AnalysisBench; do
    $build --product $program
    "$($build --show-bin-path)/$program"
done
sh bench/workbench/run.sh
