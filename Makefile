# Two commands matter (README.md): `make run` and `make test`.
# Both install the Debian packages Soma needs when they are missing.

SYSTEM_PACKAGES := libtcc-dev tcc libedit-dev libncurses-dev libopenblas-dev liblapacke-dev \
                   tmux librsvg2-bin libxml2-utils python3-venv
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SWIFT_BUILD_FLAGS ?=

.PHONY: run test deps nvrtc build release static bench bench-peers clean

run: deps release
	.build/release/soma sessions/lif-fi.soma

test: deps nvrtc
	swift build $(SWIFT_BUILD_FLAGS)
	swift test --disable-swift-testing $(SWIFT_BUILD_FLAGS)

deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

# NVRTC from PyPI (the nvidia-cuda-nvrtc-cu12 wheel), so that the CUDA back end's code is compiled to
# PTX by the tests on a machine without a GPU (Tests/KernelTests/CUDA). Installed once; without
# network the install fails, and those tests skip, saying why.
NVRTC_VENV := .venv-test
nvrtc:
	@ls $(NVRTC_VENV)/lib/python3*/site-packages/nvidia/cuda_nvrtc/lib/libnvrtc.so.12 >/dev/null 2>&1 || \
	  { python3 -m venv $(NVRTC_VENV) && $(NVRTC_VENV)/bin/pip install -q nvidia-cuda-nvrtc-cu12; } || \
	  echo "NVRTC was not installed: the CUDA compile tests will skip"

build: deps
	swift build

# The Swift runtime and Foundation linked in: every `soma` process then starts without resolving
# their symbols, ~5 ms of CPU less per call (BENCHMARKS.md, "Warm start outside the simulation"),
# and the binary runs on a machine without Swift (a GPU node): `ldd .build/release/soma` lists no
# libswift*.so (README, "GPUs"). Then the optimising tier's libraries for the runs of the examples and
# sessions, built by this machine's cc into the folder beside the binary where a run looks after its own
# cache misses (ShippedKernels): their first run compiles nothing. A unit whose library is there already
# is not built again.
release: deps
	swift build -c release --static-swift-stdlib --product soma
	.build/release/soma emit --precompile .build/release/soma-kernels examples/*.soma sessions/*.soma

static: release

bench: deps release
	bench/run.sh

# Soma against Brian2, BrainPy and NEST (bench/network/run.py; minutes, not part of
# `make bench`). Installs the peers into .venv-bench first. PEERS_ARGS passes options,
# e.g. PEERS_ARGS="--models coba --sizes 4000,8000 --peers soma,brian2 --cap 60".
bench-peers: deps release
	sh bench/peers/setup.sh
	.venv-bench/bin/python bench/network/run.py $(PEERS_ARGS)

clean:
	rm -rf .build
