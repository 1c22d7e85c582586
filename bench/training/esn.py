"""Training an echo state network on the Lorenz system: Soma against BrainPy in one run.

The protocol of examples/train_esn_lorenz_ridge.soma and _force.soma: Lorenz (sigma 10, rho 28,
beta 8/3) from (1, 1, 1), 100 time units sampled every 0.01; a reservoir of 100 leaky tanh units
(leak 0.3, weights normal with scale 0.1 at probability 0.1, BrainPy's Reservoir defaults); a readout
with a bias predicting x, y, z 5 samples (0.05) ahead, fitted on t in [5, 80], tested on [80, 100].

Soma: the release binary runs the example (the Lorenz system integrated by rk4 while it drives the
reservoir, then `train`); the time of the whole file and of the file without its train and print
lines, each the median of 3 fresh processes, so training = the difference. BrainPy 2.8: the same
reservoir as bp.dyn.Reservoir + bp.dnn.Dense fed the rk4 series computed here (numpy), OfflineTrainer
with RidgeRegression(alpha = 1e-6) and OnlineTrainer with RLS (its default alpha = 0.1, P(0) = 0.1 I,
as in the BrainPy paper's Figure 4, and alpha = 1e6, which is P(0) = 1e6 I, Soma's force(alpha = 1e-6));
fit timed on the first call (compilation included) and on a second fit of a fresh trainer.

BPTT: Soma's train_esn_lorenz_bptt.soma at the full protocol (100 time units by Euler, training on
[5, 80], 20 epochs in batches of 50, then a run with the trained weights tested on [80, 100]) against
BrainPy's BPTT row of the paper's Figure 4 (bp.train.BPFF: the readout alone, on reservoir states
computed once, Adam 1e-3, batches of 64, 100 epochs; a reservoir driven by the rk4 series).

Usage: .venv-bench/bin/python bench/training/esn.py [--soma .build/release/soma] [--without-bptt]
"""
import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def lorenz(steps=10000, dt=0.01):
    def f(u):
        x, y, z = u
        return np.array([10 * (y - x), x * (28 - z) - y, x * y - 8 / 3 * z])
    u = np.array([1.0, 1.0, 1.0])
    out = [u]
    for _ in range(steps):
        k1 = f(u); k2 = f(u + dt / 2 * k1); k3 = f(u + dt / 2 * k2); k4 = f(u + dt * k3)
        u = u + dt / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
        out.append(u)
    return np.array(out)


def full_protocol(text):
    """The shortened bptt example at the ridge example's lengths."""
    return (text.replace("run 20 dt", "run 100 dt").replace("in [5, 15]", "in [5, 80]")
            .replace("mse(Z, 15, 20), mae(Z, 15, 20)", "mse(Z, 80, 100), mae(Z, 80, 100)"))


def soma_times(binary, example):
    text = open(os.path.join(ROOT, "examples", example)).read()
    if "bptt" in example:
        text = full_protocol(text)
    untrained = "\n".join(l for l in text.splitlines() if not l.startswith(("train ", "print ", "reset")))
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, XDG_CACHE_HOME=folder)
        paths = {}
        for name, body in (("full", text), ("untrained", untrained)):
            paths[name] = os.path.join(folder, name + ".soma")
            open(paths[name], "w").write(body)
        subprocess.run([binary, "run", paths["full"]], env=env, capture_output=True)  # fills the code cache
        times, values = {}, {}
        for name in ("full", "untrained"):
            walls = []
            for _ in range(3):
                start = time.perf_counter()
                result = subprocess.run([binary, "run", "--json", paths[name]], env=env, capture_output=True, text=True)
                walls.append(time.perf_counter() - start)
            times[name] = statistics.median(walls)
            for line in result.stdout.splitlines():
                record = json.loads(line)
                if record.get("kind") == "value":
                    values[record["expr"]] = record["value"]
    return times["full"], times["full"] - times["untrained"], values


def brainpy_rows(data, with_bptt=True):
    import brainpy as bp
    import brainpy.math as bm
    bm.enable_x64()
    bm.set_platform("cpu")
    x, y = data[:-5], data[5:]
    train_end, test_start = 8000, 8000
    xs, ys = bm.asarray(x[None, :train_end]), bm.asarray(y[None, :train_end])

    def model():
        with bm.batching_environment():
            return bp.Sequential(bp.dyn.Reservoir(3, 100), bp.dnn.Dense(100, 3, mode=bm.training_mode))

    def run(name, make_trainer):
        walls = []
        for _ in range(2):
            trainer = make_trainer(model())
            start = time.perf_counter()
            trainer.fit([xs, ys])
            walls.append(time.perf_counter() - start)
        predicted = np.asarray(trainer.predict(bm.asarray(x[None]), reset_state=True))[0]
        error = predicted[test_start:] - y[test_start:]
        return (name, walls[0], walls[1], float(np.mean(error ** 2)), float(np.mean(np.abs(error))))

    def bptt():
        with bm.batching_environment():
            reservoir = bp.dyn.Reservoir(3, 100)
            readout = bp.dnn.Dense(100, 3, mode=bm.training_mode)
        start = time.perf_counter()
        states = bp.DSTrainer(target=reservoir).predict(bm.asarray(x[None]))

        def batches():
            for i in range(0, train_end, 64):
                yield states[0, i:i + 64], bm.asarray(y[None])[0, i:i + 64]

        trainer = bp.BPFF(target=readout, loss_fun=bp.losses.mean_squared_error, optimizer=bp.optim.Adam(1e-3))
        trainer.fit(batches, num_epoch=100)
        wall = time.perf_counter() - start
        predicted = np.asarray(readout(states[0]))
        error = predicted[test_start:] - y[test_start:]
        return ("BPTT as the paper's (BPFF, readout only, 100 epochs)", wall, float("nan"), float(np.mean(error ** 2)), float(np.mean(np.abs(error))))

    return ([bptt()] if with_bptt else []) + [
        run("ridge (alpha 1e-6)", lambda m: bp.OfflineTrainer(m, fit_method=bp.algorithms.RidgeRegression(alpha=1e-6))),
        run("RLS (alpha 0.1, the paper's)", lambda m: bp.OnlineTrainer(m, fit_method=bp.algorithms.RLS(alpha=0.1))),
        run("RLS (alpha 1e6 = P(0) 1e6 I)", lambda m: bp.OnlineTrainer(m, fit_method=bp.algorithms.RLS(alpha=1e6))),
    ]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--soma", default=os.path.join(ROOT, ".build/release/soma"))
    parser.add_argument("--without-bptt", action="store_true", help="the ridge and force rows alone (BPTT takes a minute of both peers)")
    args = parser.parse_args()
    print("load average before: %.2f %.2f %.2f" % os.getloadavg())
    print("| peer | method | total (s) | of which training (s) | test mse | test mae |")
    print("|---|---|---|---|---|---|")
    for example, method in (("train_esn_lorenz_ridge.soma", "ridge (alpha 1e-6)"), ("train_esn_lorenz_force.soma", "force (alpha 1e-6)"),
                            ("train_esn_lorenz_bptt.soma", "bptt (20 epochs, batch 50, Euler)"))[:2 if args.without_bptt else 3]:
        total, training, values = soma_times(args.soma, example)
        print(f"| Soma | {method} | {total:.3f} | {training:.3f} | {values['mse(Z, 80, 100)']:.3g} | {values['mae(Z, 80, 100)']:.3g} |")
    try:
        rows = brainpy_rows(lorenz(), with_bptt=not args.without_bptt)
    except Exception as error:  # a peer that does not run is reported, not fatal
        print(f"| BrainPy | failed: {error} | | | | |")
        return
    for name, first, second, mse, mae in rows:
        again = "" if second != second else f" (second fit {second:.3f})"
        print(f"| BrainPy | {name} | {first:.3f}{again} | all | {mse:.3g} | {mae:.3g} |")


if __name__ == "__main__":
    main()
