#!/bin/sh
# What exponential Euler's per-neuron factor costs, and the floor under it: COBA-4000 (`jit = cc`, 20 s) with
# `method = euler` against `method = exp_euler` as Soma builds it and as variants of its unit that time the parts
# (exprel_floor_cc.py rewrites the unit and lists them; the bits of most are not Soma's): without the per-step range
# test, and also with the narrow polynomial cut to a lower degree, and others named. Figures: process CPU (user +
# system) of the run less that of the same run for 10 ms, each variant's ratio to euler's in the same round, and
# their medians.
# Usage: bench/network/exprel_floor.sh ROUNDS SOMA [f64|f32] [VARIANT...]   (a number N stands for no-range-test-N;
# default: no-range-test and 12, 11 and 10 in f64, 6 in f32, the sixth stop's figures; `shipped` always runs)
set -e
[ -n "${SOMA_BENCH_OWN_GROUP:-}" ] || exec python3 "$(dirname "$0")/../priority.py" sh "$0" "$@"
here=$(cd "$(dirname "$0")" && pwd); . "$here/run_common.sh"; rounds=$1; soma=$2; precision=${3:-f64}; shift 2; [ $# -gt 0 ] && shift
named=${*:-no-range-test $([ "$precision" = f64 ] && echo "12 11 10" || echo 6)}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
variants=shipped; for v in $named; do case $v in *[!0-9]*) variants="$variants $v";; *) variants="$variants no-range-test-$v";; esac; done
for method in euler exp_euler; do
    example_with_run coba "20 s" $method $precision cc > "$work/${method}_long.soma"
    example_with_run coba "10 ms" $method $precision cc > "$work/${method}_short.soma"
done
in_variant() { # VARIANT: this (sub)shell's soma runs take the variant's compiler and its own cache, nothing shipped
    XDG_CACHE_HOME="$work/cache-$1" SOMA_KERNELS= SOMA_CC="$here/exprel_floor_cc.py" SOMA_FLOOR_VARIANT=$1
    export XDG_CACHE_HOME SOMA_KERNELS SOMA_CC SOMA_FLOOR_VARIANT
}
for v in $variants; do (in_variant $v; "$soma" run "$work/exp_euler_short.soma" > /dev/null); done
(in_variant shipped; "$soma" run "$work/euler_short.soma" > /dev/null)
echo "exponential Euler's per-neuron exprel arguments in COBA-4000 $precision over 20 s (the shipped unit, counted):"
(in_variant arguments; "$soma" run "$work/exp_euler_long.soma" 2>&1 >/dev/null) | sed 's/^/  /'
echo "COBA-4000 $precision, 20 s, jit = cc; CPU of the run less a 10 ms run; ratio to euler in the same round"
for round in $(seq 1 "$rounds"); do
    e=$(in_variant shipped; cpu_seconds "$soma" run "$work/euler_long.soma"); es=$(in_variant shipped; cpu_seconds "$soma" run "$work/euler_short.soma")
    line="round $round (load $(cut -d' ' -f1 /proc/loadavg)): euler $(echo "$e $es" | awk '{ printf "%.2f", $1 - $2 }') s"
    for v in $variants; do
        x=$(in_variant $v; cpu_seconds "$soma" run "$work/exp_euler_long.soma"); xs=$(in_variant $v; cpu_seconds "$soma" run "$work/exp_euler_short.soma")
        line="$line | $v $(echo "$x $xs $e $es" | awk '{ printf "%.2f s %.3f", $1 - $2, ($1 - $2) / ($3 - $4) }')"
    done
    echo "$line"
done | tee "$work/rounds"
echo "medians of the ratios:"
for v in $variants; do
    printf '  %s %s\n' "$v" "$(grep -o "| $v [0-9.]* s [0-9.]*" "$work/rounds" | awk '{ print $NF }' | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }')"
done
