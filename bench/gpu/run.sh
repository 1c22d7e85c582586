#!/bin/sh
# The GPU rows of issue 17, in one call on a machine with an NVIDIA GPU (not part of `make test`
# or `make bench`): COBA in f64 spike for spike against the CPU, COBA's rates in f32 within 2 % of
# the CPU's f64, COBAHH in f32 for 5 s without a NaN, then COBA and COBAHH from 4 000 to 1 000 000
# neurons (p = 80/N, 1 s), GPU and CPU, compile and simulation seconds.
#
# Needs: a soma binary ($SOMA, else .build/release/soma, else bench/gpu/soma.xz unpacked, else
# `swift build -c release --static-swift-stdlib` where Swift is installed); NVRTC where Soma
# looks (SOMA_NVRTC, the linker's path, a CUDA toolkit under /usr/local/cuda*, or the
# nvidia-cuda-nvrtc-cu12 wheel of .venv-test); python3 for the comparisons.
# A device machine that cannot install packages can be handed what it lacks: bench/gpu/lib (shared
# libraries `ldd soma` finds missing: libopenblas, liblapacke, libedit, libncursesw) and
# bench/gpu/nvrtc.tar.xz (libnvrtc.so.12 with its libnvrtc-builtins, unpacked beside each other).
# tcc's run-time files (/usr/lib/x86_64-linux-gnu/tcc) are needed too: initial values and the CPU rows compile C.
# Results go to $OUT (or bench/gpu/results) as results.txt and one JSON file per run.
# SIZES and CPU_MAX (largest N also run on the CPU) shorten it; RUN_LIMIT caps one run's seconds;
# GPU_DEVICE=cpu dry-runs the script's plumbing on a machine without a GPU (every row then CPU against CPU).
set -u
cd "$(dirname "$0")/../.."
OUT=${OUT:-bench/gpu/results}
mkdir -p "$OUT"
WORK=$(mktemp -d)
RESULTS="$OUT/results.txt"
SIZES=${SIZES:-"4000 16000 64000 256000 1000000"}
CPU_MAX=${CPU_MAX:-64000}
RUN_LIMIT=${RUN_LIMIT:-240}
GPU=${GPU_DEVICE:-cuda}
: > "$RESULTS"
say() { echo "$*" | tee -a "$RESULTS"; }

SOMA=${SOMA:-.build/release/soma}
if [ ! -x "$SOMA" ] && [ -f bench/gpu/soma.xz ]; then xz -dc bench/gpu/soma.xz > "$WORK/soma" && chmod +x "$WORK/soma" && SOMA="$WORK/soma"; fi
if [ ! -x "$SOMA" ] && command -v swift >/dev/null; then swift build -c release --static-swift-stdlib >/dev/null && SOMA=.build/release/soma; fi
[ -x "$SOMA" ] || { say "no soma binary: set SOMA, carry .build/release/soma or bench/gpu/soma.xz"; exit 1; }
[ -d bench/gpu/lib ] && export LD_LIBRARY_PATH="$PWD/bench/gpu/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
missing=$(ldd "$SOMA" 2>/dev/null | grep "not found")
[ -z "$missing" ] || { say "soma cannot start here, libraries missing: $missing"; exit 1; }
if [ -z "${SOMA_NVRTC:-}" ] && [ -f bench/gpu/nvrtc.tar.xz ]; then
  mkdir -p "$WORK/nvrtc" && tar -xJf bench/gpu/nvrtc.tar.xz -C "$WORK/nvrtc" && SOMA_NVRTC=$(find "$WORK/nvrtc" -name libnvrtc.so.12 | head -1) && export SOMA_NVRTC
fi
if [ -z "${SOMA_NVRTC:-}" ]; then
  for lib in .venv-test/lib/python3*/site-packages/nvidia/cuda_nvrtc/lib/libnvrtc.so.12 /usr/local/cuda*/lib64/libnvrtc.so.12 /usr/local/cuda*/targets/*/lib/libnvrtc.so.12; do
    [ -f "$lib" ] && export SOMA_NVRTC="$lib" && break
  done
fi

say "GPU: $(nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>/dev/null || echo 'nvidia-smi not found')"
say "CPU: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
say "soma: $SOMA; NVRTC: ${SOMA_NVRTC:-found by Soma}"
echo "# nothing to run" > "$WORK/empty.soma"
"$SOMA" run --device "$GPU" "$WORK/empty.soma" >/dev/null 2>"$WORK/why" || { say "$(cat "$WORK/why")"; exit 1; }

# examples/coba.soma or cobahh.soma at N neurons (80 % excitatory, p = 80/N), for SECONDS, with PRECISION;
# EXTRA lines before the run (an export of the spikes).
model() { # example n seconds precision extra
  ne=$(($2 * 4 / 5)); ni=$(($2 - ne))
  p=$(python3 -c "print(80 / $2)")
  sed -e "s/(3200/($ne/" -e "s/(800/($ni/" -e "s/p = 0.02/p = $p/g" -e "s/^run 1 s/run $3 s/" \
      -e "s/seed = 42/seed = 42 precision = $4/" "examples/$1" | sed "/^print /d"
  printf '%b' "$5"
}

# Runs a model file on a device; its JSON lines in $OUT/NAME.json; prints "compile_s simulate_s" or "failed".
run() { # name file device
  if timeout "$RUN_LIMIT" "$SOMA" run "$2" --json --device "$3" > "$OUT/$1.json" 2>&1; then
    python3 -c "
import json, sys
runs = [json.loads(l) for l in open('$OUT/$1.json') if l.startswith('{') and '\"kind\":\"run\"' in l]
print(' '.join('%.3f %.3f' % (r['compile_s'], r['simulate_s']) for r in runs))"
  else
    echo "failed ($(tail -c 300 "$OUT/$1.json" | tr '\n' ' '))"
  fi
}

rates() { python3 -c "
import json
for l in open('$1'):
    if l.startswith('{') and '\"kind\":\"value\"' in l:
        v = json.loads(l); print(v['expr'], v['value'])"; }

say ""
say "== COBA 4000 f64, 1 s: GPU spikes against the CPU's =="
for device in cpu $GPU; do
  model coba.soma 4000 1 f64 "print rate(Exc), rate(Inh)\nexport csv \"$WORK/spikes_$device.csv\" Exc.spikes\nexport csv \"$WORK/ispikes_$device.csv\" Inh.spikes\n" > "$WORK/parity_$device.soma"
  say "$device: $(run parity_$device "$WORK/parity_$device.soma" "$device")"
done
if cmp -s "$WORK/spikes_cpu.csv" "$WORK/spikes_$GPU.csv" && cmp -s "$WORK/ispikes_cpu.csv" "$WORK/ispikes_$GPU.csv"; then
  say "PASS: identical spike trains ($(($(wc -l < "$WORK/spikes_cpu.csv") + $(wc -l < "$WORK/ispikes_cpu.csv"))) lines)"
else
  say "FAIL: spike trains differ: $(cmp "$WORK/spikes_cpu.csv" "$WORK/spikes_$GPU.csv" 2>&1 | head -1)"
  cp "$WORK"/spikes_*.csv "$WORK"/ispikes_*.csv "$OUT/" 2>/dev/null
fi

say ""
say "== COBA 4000, 1 s: GPU f32 rates against CPU f64 (within 2 %) =="
model coba.soma 4000 1 f32 "print rate(Exc), rate(Inh)\n" > "$WORK/rate_f32.soma"
say "$GPU f32: $(run rate_f32 "$WORK/rate_f32.soma" "$GPU")"
python3 - "$OUT/parity_cpu.json" "$OUT/rate_f32.json" <<'EOF' | tee -a "$RESULTS"
import json, sys
def rates(path):
    return [json.loads(l)["value"] for l in open(path) if l.startswith("{") and '"kind":"value"' in l]
cpu, gpu = rates(sys.argv[1]), rates(sys.argv[2])
if not cpu or len(cpu) != len(gpu):
    print("FAIL: rates missing", cpu, gpu); sys.exit()
worst = max(abs(g - c) / c for c, g in zip(cpu, gpu))
print(("PASS" if worst <= 0.02 else "FAIL") + ": CPU f64 %s Hz, GPU f32 %s Hz, largest difference %.2f %%" % (cpu, gpu, 100 * worst))
EOF

say ""
say "== COBAHH 4000 f32, 5 s on the GPU: no NaN =="
model cobahh.soma 4000 5 f32 "print rate(Exc), rate(Inh)\n" > "$WORK/cobahh_5s.soma"
result=$(run cobahh_5s "$WORK/cobahh_5s.soma" "$GPU")
say "$GPU: $result"
# A non-finite value stops a run with an error naming it (Runner), so a finished run had none.
case "$result" in failed*) say "FAIL: the run did not finish" ;; *) say "PASS: 5 s finished, no non-finite value; $(rates "$OUT/cobahh_5s.json" | tr '\n' ' ')" ;; esac

say ""
say "== Timings, 1 s simulated: N, model, device, compile_s, simulate_s =="
for n in $SIZES; do
  for example in coba cobahh; do
    model $example.soma "$n" 1 f64 "" > "$WORK/${example}_$n.soma"
    say "$n $example $GPU f64 $(run ${example}_${n}_gpu "$WORK/${example}_$n.soma" "$GPU")"
    model $example.soma "$n" 1 f32 "" > "$WORK/${example}_${n}_f32.soma"
    say "$n $example $GPU f32 $(run ${example}_${n}_gpu_f32 "$WORK/${example}_${n}_f32.soma" "$GPU")"
    if [ "$n" -le "$CPU_MAX" ]; then say "$n $example cpu f64 $(run ${example}_${n}_cpu "$WORK/${example}_$n.soma" cpu)"; fi
  done
done
rm -rf "$WORK"
