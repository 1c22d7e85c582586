#!/bin/sh
# COBA-4000 with method = exp_euler against method = euler, jit = cc, code cached (an unmeasured 10 ms run
# first), f32 and f64, for one or more soma binaries in interleaved rounds. Each figure is the CPU of a
# DURATION-second run less that of a 10 ms run of the same file (so that start-up, drawing the
# connections and loading the library cancel), printed per run and as ns per neuron-step.
# Usage: bench/network/exp_euler.sh ROUNDS DURATION_S SOMA...
set -eu
[ -n "${SOMA_BENCH_OWN_GROUP:-}" ] || exec python3 "$(dirname "$0")/../priority.py" sh "$0" "$@"
rounds=$1 duration=$2
shift 2
here=$(dirname "$0")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
variant() { # method precision seconds -> file
    file="$scratch/coba-$1-$2-$3.soma"
    sed "s/^run 1 s dt = 0.1 ms method = euler seed = 42$/run $3 s dt = 0.1 ms method = $1 precision = $2 jit = cc seed = 42/" \
        "$here/../../examples/coba.soma" > "$file"
    grep -q "method = $1 precision = $2" "$file" || { echo "examples/coba.soma's run line changed" >&2; exit 1; }
    echo "$file"
}
cpu() { # soma file -> CPU seconds of one run
    XDG_CACHE_HOME="$scratch/cache" SOMA_KERNELS= /usr/bin/time -f "%U %S" -o "$scratch/time" "$1" run "$2" > /dev/null 2>&1
    read -r user system < "$scratch/time"
    echo "$user + $system" | bc
}
echo "load: $(uptime | sed 's/.*load average: //')"
steps=$(echo "($duration - 0.01) * 10000 * 4000" | bc)
r=1
while [ "$r" -le "$rounds" ]; do
    for soma in "$@"; do
        for precision in f32 f64; do
            for method in euler exp_euler; do
                long=$(variant $method $precision "$duration") short=$(variant $method $precision 0.01)
                XDG_CACHE_HOME="$scratch/cache" SOMA_KERNELS= "$soma" run "$short" > /dev/null 2>&1
                a=$(cpu "$soma" "$long") b=$(cpu "$soma" "$short")
                s=$(echo "$a - $b" | bc)
                echo "round $r  $soma  $precision  $method  cpu ${s} s  $(echo "scale=3; $s * 10^9 / $steps" | bc) ns per neuron-step"
            done
        done
    done
    r=$((r + 1))
done
echo "load: $(uptime | sed 's/.*load average: //')"
