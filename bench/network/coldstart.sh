#!/bin/sh
# Text to result for one model file, from an empty code cache (a fresh XDG_CACHE_HOME each round) and
# warm (the cache the cold round filled), for one or more soma binaries in interleaved rounds, so that a
# shared machine's load falls on each alike. Prints wall and CPU seconds (Soma and the compiler it ran).
# Usage: bench/network/coldstart.sh ROUNDS MODEL.soma SOMA...
# Each SOMA is a binary, or a command that ends in one, split at spaces: "env SOMA_KERNELS= .build/release/soma"
# runs without the kernels shipped beside it (ShippedKernels), so that a shipped structure starts cold.
set -eu
[ -n "${SOMA_BENCH_OWN_GROUP:-}" ] || exec python3 "$(dirname "$0")/../priority.py" sh "$0" "$@"
rounds=$1 model=$2
shift 2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
echo "load: $(uptime | sed 's/.*load average: //')"
r=1
while [ "$r" -le "$rounds" ]; do
    k=0
    for soma in "$@"; do
        k=$((k + 1))
        cache="$scratch/cache-$r-$k"
        mkdir -p "$cache"
        for phase in cold warm; do
            # shellcheck disable=SC2086 # SOMA is split into a command and its arguments on purpose
            /usr/bin/time -f "%e %U %S" -o "$scratch/time" env XDG_CACHE_HOME="$cache" $soma run "$model" > "$scratch/out" 2>&1
            read -r wall user system < "$scratch/time"
            tiers=$(sed -n 's/^ran [^:]*: \(.*\)$/\1/p' "$scratch/out")
            echo "round $r  $phase  $soma  wall ${wall} s  cpu $(echo "$user + $system" | bc) s  $tiers  $(tail -1 "$scratch/out")"
        done
    done
    r=$((r + 1))
done
echo "load: $(uptime | sed 's/.*load average: //')"
