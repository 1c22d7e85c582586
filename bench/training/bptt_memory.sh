#!/bin/sh
# The memory peak of one epoch of BPTT over T steps of a 100-unit reservoir (the ESN examples' Leaky units, a
# recurrent and three input couplings, the whole window one batch so the backward pass covers all T steps), with
# the default checkpointing (the state kept every ⌈√T⌉ steps), with every step kept (checkpoint = 1e9), and the same
# file trained by ridge instead (what the recordings and the run take without BPTT). Peak RSS by /usr/bin/time -v.
# Usage: bench/training/bptt_memory.sh [path to a release soma]
soma=${1:-.build/release/soma}
dir=$(mktemp -d)
for steps in 1000 10000; do
  end=$(echo "$steps * 0.01" | bc)
  for method in "bptt(epochs = 1, lr = 0.01)" "bptt(epochs = 1, lr = 0.01, checkpoint = 1000000000)" "ridge(alpha = 1e-6)"; do
    cat > "$dir/bptt.soma" <<SOMA
system Lorenz {
  param sigma = 10, rho = 28, beta = 8/3
  var x = 1, y = 1, z = 1
  dx/dt = sigma * (y - x)
  dy/dt = x * (rho - z) - y
  dz/dt = x * y - beta * z
}
system Leaky {
  param tau = 0.01 / 0.3
  input I = 0
  var r = 0
  dr/dt = (-r + tanh(I)) / tau
}
population L = Lorenz(1)
population R = Leaky(100)
couple R.r -> R.I weight = 0.1 * randn() p = 0.1
couple L.x -> R.I weight = 0.1 * randn() p = 0.1
couple L.y -> R.I weight = 0.1 * randn() p = 0.1
couple L.z -> R.I weight = 0.1 * randn() p = 0.1
record R.r, L.x, L.y, L.z
run $end dt = 0.01 method = euler seed = 1
readout Z = R.r
train Z to L.x, L.y, L.z ahead 0.01 by $method
SOMA
    peak=$( { /usr/bin/time -v "$soma" run "$dir/bptt.soma" >/dev/null; } 2>&1 | awk -F': ' '/Maximum resident/ {print $2}')
    seconds=$( { /usr/bin/time -f %e "$soma" run "$dir/bptt.soma" >/dev/null; } 2>&1 | tail -1)
    echo "$steps steps, $method: peak $peak kB, $seconds s"
  done
done
rm -r "$dir"
