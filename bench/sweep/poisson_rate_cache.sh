#!/bin/sh
# Six models differing only in the background Poisson rate of examples/wang2002.soma (1–6 Hz, 300 ms, jit = cc), each
# one `soma run` against one code cache that is empty at the start: how many libraries cc builds and what the six
# runs cost (user, system, wall; cc's processes included). Two binaries are run interleaved, each with its own cache.
# Usage: bench/sweep/poisson_rate_cache.sh BEFORE_SOMA AFTER_SOMA
dir=$(mktemp -d)
for r in 1 2 3 4 5 6; do
  sed -e "s/rate = 3 Hz/rate = $r Hz/g" \
      -e 's/run 1 s dt = 0.1 ms method = euler seed = 1/run 300 ms dt = 0.1 ms method = euler seed = 1 jit = cc/' \
      "$(dirname "$0")/../../examples/wang2002.soma" > "$dir/wang_$r.soma"
done
for r in 1 2 3 4 5 6; do
  for side in before after; do
    if [ $side = before ]; then soma=$1; else soma=$2; fi
    XDG_CACHE_HOME=$dir/cache-$side /usr/bin/time -f "$side rate $r Hz: %U s user %S s system %e s wall" -a -o "$dir/times" \
      "$soma" run "$dir/wang_$r.soma" > "$dir/out-$side-$r" 2>&1
  done
done
cat "$dir/times"
for side in before after; do echo "$side: $(find "$dir/cache-$side" -name '*.so' | wc -l) libraries built"; done
uptime
