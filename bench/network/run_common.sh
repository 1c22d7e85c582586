# Shell helpers of the benchmarks that time whole `soma run`s of the examples (exprel_run.sh, exprel_floor.sh);
# sourced, with `here` set to this folder.

# example_with_run MODEL DURATION METHOD PRECISION JIT: examples/MODEL.soma with its `run 1 s` line set so, on stdout.
example_with_run() {
    sed -E "s/^run 1 s (.*)method = [a-z_]+(.*)$/run $2 \1method = $3\2 precision = $4 jit = $5/" "$here/../../examples/$1.soma"
}

# cpu_seconds COMMAND...: the user + system CPU seconds of the command, its output discarded.
cpu_seconds() { /usr/bin/time -f "%U %S" "$@" 2>&1 >/dev/null | tail -1 | awk '{ print $1 + $2 }'; }
