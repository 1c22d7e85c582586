#!/bin/sh
# Builds in release mode and runs every benchmark program; their figures go in BENCHMARKS.md.
set -eu
cd "$(dirname "$0")/.."
swift build -c release
swift run -c release KernelBench
swift run -c release PlotBench
