#!/bin/sh
# Bifurcation diagrams in Soma, AUTO-07p and BrainPy, one after the other in one run
# (BENCHMARKS.md, "Bifurcation diagrams against AUTO-07p and BrainPy").
#   Soma:    AnalysisBench bifurcation (release build; medians of 5 after a warm-up)
#   AUTO:    auto-07p diagrams.auto in a scratch copy of bench/continuation/auto (Debian's auto-07p and gfortran)
#   BrainPy: bench/continuation/brainpy_questions.py with PYTHON (default .venv-bench/bin/python)
set -eu
cd "$(dirname "$0")/../.."
python=${PYTHON:-.venv-bench/bin/python}
date -u
grep -m1 "model name" /proc/cpuinfo
echo "cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
# `make release`'s build (the Swift runtime linked in); swift run takes no --static-swift-stdlib.
swift build -c release --static-swift-stdlib --product AnalysisBench
OPENBLAS_NUM_THREADS=1 "$(swift build -c release --static-swift-stdlib --show-bin-path)/AnalysisBench" bifurcation
scratch=$(mktemp -d)
cp bench/continuation/auto/* "$scratch"
(cd "$scratch" && auto-07p diagrams.auto | grep "^AUTO")
rm -rf "$scratch"
"$python" -u bench/continuation/brainpy_questions.py | grep -v "^I am\|^\s*There are\|^\s*Found\|^$"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
