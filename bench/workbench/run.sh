#!/bin/sh
# Workbench benchmark: builds the soma binary in a private folder (so it does not fight
# another build in .build) as `make release` builds it (Swift runtime linked in), and drives it
# through a pseudo-terminal; see latency.py.
# Extra arguments go to latency.py, e.g. bench/workbench/run.sh --keys 50 --cells 5.
set -eu
cd "$(dirname "$0")/../.."
swift build -c release --static-swift-stdlib --product soma --scratch-path .build-wbench >&2
python3 bench/workbench/latency.py .build-wbench/release/soma "$@"
