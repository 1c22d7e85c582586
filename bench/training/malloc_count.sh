#!/bin/sh
# Counts the mallocs (malloc + calloc + realloc calls) of one command: bench/training/malloc_count.sh SOMA ARGS...
# prints the command's own output, then "mallocs: N" on stderr. MALLOC_COUNT_TRACE=N samples every N-th call's stack.
here=$(dirname "$0")
shim=${TMPDIR:-/tmp}/soma-malloc-count.so
[ "$shim" -nt "$here/malloc_count.c" ] || cc -O2 -shared -fPIC -o "$shim" "$here/malloc_count.c" -ldl || exit 1
LD_PRELOAD=$shim exec "$@"
