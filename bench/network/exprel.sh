#!/bin/sh
# exp_euler's cost in COBA: soma_expm1 and soma_exprel alone, and COBA's neuron loop alone (euler and exp_euler,
# f64 and f32), for each soma binary given, in interleaved rounds. Usage: bench/network/exprel.sh ROUNDS SOMA...
# Compiled with the cc tier's flags (Kernel/JIT/NativeToolchain.swift); figures are thread CPU time.
# `bench/network/exprel.sh accuracy SOMA...` instead measures soma_exp, soma_expm1 and soma_exprel against long
# double (exprel_accuracy.c: 10^7 doubles, every float in [-105, 90]; minutes per build).
set -e
here=$(cd "$(dirname "$0")" && pwd); rounds=$1; shift
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
flags="-O3 -march=native -ffp-contract=off -fno-trapping-math -fno-math-errno --param=vect-max-version-for-alias-checks=800 --param=vect-epilogues-nomask=0 -w"
if [ "$rounds" = accuracy ]; then
    for soma in "$@"; do for precision in f64 f32; do
        sed "s/method = euler seed/method = exp_euler precision = $precision seed/" "$here/../../examples/coba.soma" > "$work/coba.soma"
        "$soma" emit "$work/coba.soma" | sed '/^static int step_p0/,$d' > "$work/unit.c"
        gcc $flags -DPRELUDE="\"$work/unit.c\"" "$here/exprel_accuracy.c" -o "$work/accuracy" -lm
        echo "$soma: $("$work/accuracy")"
    done; done
    exit 0
fi
b=0
for soma in "$@"; do
    b=$((b + 1))
    for method in euler exp_euler; do for precision in f64 f32; do
        sed "s/method = euler seed/method = $method precision = $precision seed/" "$here/../../examples/coba.soma" > "$work/coba.soma"
        "$soma" emit "$work/coba.soma" | sed '/^static int step_p0/,$d' > "$work/unit_${b}_${method}_$precision.c"
        gcc $flags -DUNIT="\"$work/unit_${b}_${method}_$precision.c\"" "$here/coba_loop.c" -o "$work/loop_${b}_${method}_$precision" -lm
        [ $method = exp_euler ] && gcc $flags -DPRELUDE="\"$work/unit_${b}_${method}_$precision.c\"" "$here/exprel_function.c" -o "$work/function_${b}_$precision" -lm
    done; done
done
for b in $(seq 1 $#); do for precision in f64 f32; do echo "build $b $precision: $("$work/function_${b}_$precision")"; done; done
for round in $(seq 1 "$rounds"); do
    echo "round $round, load $(cut -d' ' -f1-3 /proc/loadavg)"
    for b in $(seq 1 $#); do for method in euler exp_euler; do for precision in f64 f32; do
        echo "  build $b $method $precision: $("$work/loop_${b}_${method}_$precision" 10000)"
    done; done; done
done
