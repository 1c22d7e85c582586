#!/bin/sh
# exp_euler against euler end to end: `soma run` of COBA-4000 (euler and exp_euler, f64 and f32, jit = cc, 4 s) and
# COBAHH-4000 (exp_euler, f64 and f32, jit = cc and jit = tcc, 1 s), for each soma binary given, in interleaved
# rounds, the code cached by a first run. Figures: process CPU (user + system) of the run less that of the same
# run for 10 ms, in seconds. Usage: [COBA_SECONDS=4] bench/network/exprel_run.sh ROUNDS SOMA...
# (COBA_SECONDS lengthens the COBA runs: at 4 s the 10 ms timer is 5–8 % of a run.)
set -e
[ -n "${SOMA_BENCH_OWN_GROUP:-}" ] || exec python3 "$(dirname "$0")/../priority.py" sh "$0" "$@"
here=$(cd "$(dirname "$0")" && pwd); rounds=$1; shift
. "$here/run_common.sh"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
coba_seconds=${COBA_SECONDS:-4}
cases="coba:euler:f64:cc:$coba_seconds coba:exp_euler:f64:cc:$coba_seconds coba:euler:f32:cc:$coba_seconds coba:exp_euler:f32:cc:$coba_seconds cobahh:exp_euler:f64:cc:1 cobahh:exp_euler:f32:cc:1 cobahh:exp_euler:f64:tcc:1 cobahh:exp_euler:f32:tcc:1"
for c in $cases; do
    IFS=: read model method precision jit duration <<END
$c
END
    for d in "$duration s" "10 ms"; do
        example_with_run "$model" "$d" "$method" "$precision" "$jit" > "$work/${model}_${method}_${precision}_${jit}_$(echo $d | tr -d ' ').soma"
    done
done
for soma in "$@"; do for f in "$work"/*.soma; do "$soma" run "$f" > /dev/null; done; done
for round in $(seq 1 "$rounds"); do
    echo "round $round, load $(cut -d' ' -f1-3 /proc/loadavg)"
    b=0
    for soma in "$@"; do
        b=$((b + 1))
        for c in $cases; do
            IFS=: read model method precision jit duration <<END
$c
END
            base="$work/${model}_${method}_${precision}_${jit}"
            long=$(cpu_seconds "$soma" run "${base}_${duration}s.soma"); short=$(cpu_seconds "$soma" run "${base}_10ms.soma")
            echo "  build $b $model $method $precision $jit ${duration} s: $(echo "$long $short" | awk '{ printf "%.2f", $1 - $2 }') s"
        done
    done
done
