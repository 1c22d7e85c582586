#!/bin/sh
# Creates .venv-bench at the repository root and installs the pinned peers into it.
# Idempotent: a peer already importable is not reinstalled. A peer that fails to
# install is reported and skipped; the script still exits 0 so the others run.
# Versions: the newest that install on Python 3.11 (shared PLATFORM-NOTES.md).
set -u
cd "$(dirname "$0")/../.."
python=${PYTHON:-python3.11}
venv=.venv-bench
if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv" || { echo "setup: cannot create $venv with $python" >&2; exit 1; }
fi
py="$venv/bin/python"

# peer name | import check | pip requirements
install() {
  name=$1; check=$2; shift 2
  if "$py" -c "$check" >/dev/null 2>&1; then
    echo "setup: $name already installed"
    return 0
  fi
  echo "setup: installing $name ($*)"
  if "$py" -m pip install -q "$@" >"$venv/pip-$name.log" 2>&1 && "$py" -c "$check" >/dev/null 2>&1; then
    echo "setup: $name installed"
  else
    echo "setup: $name FAILED to install; skipped (see $venv/pip-$name.log)" >&2
  fi
}

install brian2 'import brian2; assert brian2.__version__ == "2.9.0"' 'brian2==2.9.0' 'numpy<2.4' cython setuptools
install brainpy 'import brainpy, jax, numba; assert brainpy.__version__ == "2.8.2"' 'brainpy==2.8.2' 'jax[cpu]' numba 'numpy<2.4'
install nest 'import nest' 'nest-simulator==3.10.0' 'numpy<2.4'
