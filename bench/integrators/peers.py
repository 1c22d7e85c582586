"""Cost per neuron-step of the integration methods, Soma against Brian2 and BrainPy in one run.

Three models of N independent neurons, dt = 0.01 (model time ms), 20 000 steps, f64, one thread:
  ode             dx/dt = -x + sin(x)                (the fixed-step methods the peers share)
  additive        dx/dt = -x + sin(x) + 0.5 xi
  multiplicative  dx/dt = -x + sin(x) + 0.3 x xi
Soma runs the release binary with jit = cc and reports simulate_s (compilation excluded);
Brian2 2.9 runs C++ standalone and reports its device run time; BrainPy 2.8 runs sdeint in
one jitted loop, timed on its second call. Each (peer, method, model) runs in a fresh process
and prints one line; the table at the end gives ns per neuron-step and the ratio to Soma's
same method. A peer that lacks a method (or fails to install) is reported as such.

Usage: .venv-bench/bin/python bench/integrators/peers.py [--soma .build/release/soma] [--n 10000]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

MODELS = {"ode": ("-x + sin(x)", None), "additive": ("-x + sin(x)", "0.5"), "multiplicative": ("-x + sin(x)", "0.3 * x")}
ODE_METHODS = ["euler", "midpoint", "rk4", "exp_euler"]
SDE_METHODS = ["euler", "milstein", "milstein2", "exp_euler", "heun", "srk1w1", "srk2w1"]
BRIAN2_ODE = {"euler": "euler", "midpoint": "rk2", "rk4": "rk4", "exp_euler": "exponential_euler"}
BRIAN2_SDE = {"euler": "euler", "milstein": "milstein", "heun": "heun"}
BRAINPY_ODE = {"euler": "euler", "midpoint": "midpoint", "rk4": "rk4", "exp_euler": "exp_auto"}
BRAINPY_SDE = {"euler": "euler", "milstein": "milstein", "milstein2": "milstein2", "exp_euler": "exp_euler",
               "heun": "heun", "srk1w1": "srk1w1", "srk2w1": "srk2w1"}


def names(peer, model):
    if peer == "brian2":
        return BRIAN2_ODE if model == "ode" else BRIAN2_SDE
    return BRAINPY_ODE if model == "ode" else BRAINPY_SDE
STEPS, DT = 20000, 0.01


def soma(binary, method, model, n):
    drift, diffusion = MODELS[model]
    noise = f" + {diffusion} * xi" if diffusion else ""
    text = f"system S {{\n var x = 0.5\n dx/dt = {drift}{noise}\n}}\npopulation P = S({n})\n" \
           f"run {STEPS * DT} dt = {DT} method = {method} jit = cc threads = 1 seed = 1\n"
    with tempfile.NamedTemporaryFile("w", suffix=".soma", delete=False) as f:
        f.write(text)
    out = subprocess.run([binary, "run", f.name, "--json"], capture_output=True, text=True)
    os.unlink(f.name)
    for line in out.stdout.splitlines():
        record = json.loads(line)
        if record.get("kind") == "run":
            return record["simulate_s"]
        if record.get("kind") == "error":
            raise RuntimeError(record.get("message"))
    raise RuntimeError(out.stderr.strip()[-300:])


def brian2(method, model, n):
    from brian2 import NeuronGroup, device, ms, prefs, run, set_device, defaultclock
    set_device("cpp_standalone", directory=tempfile.mkdtemp(prefix="brian2-sde-"), build_on_run=True)
    prefs.devices.cpp_standalone.openmp_threads = 0
    defaultclock.dt = DT * ms
    drift, diffusion = MODELS[model]
    noise = f" + {diffusion} * xi * ms**-0.5" if diffusion else ""
    group = NeuronGroup(n, f"dx/dt = ({drift})/ms{noise} : 1", method=names("brian2", model)[method])
    group.x = 0.5
    run(STEPS * DT * ms)
    return device._last_run_time


def brainpy(method, model, n):
    import brainpy as bp
    import brainpy.math as bm
    bm.set_platform("cpu")
    bm.set_environment(x64=True, dt=DT)
    scale = 0.5 if model == "additive" else 0.3
    f = lambda x, t: -x + bm.sin(x)
    g = (lambda x, t: scale * bm.ones_like(x)) if model == "additive" else (lambda x, t: scale * x)
    # BrainPy's heun integrates Stratonovich equations only, and says so unless asked for that calculus.
    calculus = {"intg_type": bp.integrators.STRA_SDE} if method == "heun" else {}
    if model == "ode":
        integral = bp.odeint(f=f, method=names("brainpy", model)[method])
    else:
        integral = bp.sdeint(f=f, g=g, method=names("brainpy", model)[method], **calculus)
    x = bm.Variable(bm.ones(n) * 0.5)

    def body(i):
        x.value = integral(x.value, i * DT, DT)

    def run():
        bm.for_loop(body, bm.arange(STEPS), progress_bar=False)
        x.value.block_until_ready()
    run()
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def child(args):
    try:
        seconds = {"soma": lambda: soma(args.soma, args.method, args.model, args.n),
                   "brian2": lambda: brian2(args.method, args.model, args.n),
                   "brainpy": lambda: brainpy(args.method, args.model, args.n)}[args.peer]()
        print(json.dumps({"seconds": seconds}))
    except Exception as failure:  # a peer's own error is reported, not fatal
        print(json.dumps({"error": f"{type(failure).__name__}: {failure}"[:400]}))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--soma", default=".build/release/soma")
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--peer")
    parser.add_argument("--method")
    parser.add_argument("--model")
    args = parser.parse_args()
    if args.peer:
        return child(args)
    rows = []
    for model in MODELS:
        for method in ODE_METHODS if model == "ode" else SDE_METHODS:
            row = {"model": model, "method": method}
            for peer in ("soma", "brian2", "brainpy"):
                if peer != "soma" and method not in names(peer, model):
                    row[peer] = "—"
                    continue
                if peer == "brian2" and method == "euler" and model == "multiplicative":
                    row[peer] = "refuses"
                    continue
                out = subprocess.run([sys.executable, __file__, "--peer", peer, "--method", method, "--model", model,
                                      "--n", str(args.n), "--soma", args.soma], capture_output=True, text=True)
                lines = [l for l in out.stdout.splitlines() if l.startswith("{")]
                result = json.loads(lines[-1]) if lines else {"error": out.stderr.strip()[-200:]}
                row[peer] = result.get("seconds", "failed: " + result.get("error", "?"))
            rows.append(row)
            print(json.dumps(row), flush=True)
    per = args.n * STEPS
    print(f"\nns per neuron-step (N = {args.n}, {STEPS} steps, f64, one thread); ratio = peer / Soma")
    print("| model | method | Soma | Brian2 | ratio | BrainPy | ratio |")
    print("|---|---|---|---|---|---|---|")
    for row in rows:
        soma_ns = row["soma"] / per * 1e9 if isinstance(row["soma"], float) else None

        def cell(peer):
            value = row[peer]
            if not isinstance(value, float):
                return [str(value), ""]
            ns = value / per * 1e9
            return [f"{ns:.1f}", f"{ns / soma_ns:.2f}" if soma_ns else ""]
        soma_cell = f"{soma_ns:.1f}" if soma_ns else str(row["soma"])
        print("| " + " | ".join([row["model"], row["method"], soma_cell] + cell("brian2") + cell("brainpy")) + " |")


if __name__ == "__main__":
    main()
