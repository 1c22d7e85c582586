# Two commands matter (README.md): `make run` and `make test`.
# Both install the Debian packages Soma needs when they are missing.

SYSTEM_PACKAGES := libtcc-dev tcc libedit-dev libncurses-dev libopenblas-dev liblapacke-dev \
                   tmux librsvg2-bin libxml2-utils
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SWIFT_BUILD_FLAGS ?=

.PHONY: run test deps build release bench clean

run: deps release
	.build/release/soma sessions/lif-fi.soma

test: deps
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

build: deps
	swift build

release: deps
	swift build -c release

bench: deps release
	bench/run.sh

clean:
	rm -rf .build
