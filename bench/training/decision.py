"""An E/I rate network trained on perceptual decision making: Soma against BrainPy in one run.

The protocol of examples/train_rnn_decision.soma (Song, Yang & Wang 2016; the task as neurogym's
PerceptualDecisionMaking writes it): trials of 100 ms fixation, 500 ms stimulus, 100 ms decision at
dt = 20 ms (35 steps); inputs fixation (1 until the decision) and two evidences (1 ± c)/2 during the
stimulus with Gaussian noise 1/sqrt(20) per sample, c drawn from 0, 6.4, 12.8, 25.6, 51.2 %; classes
fixate, 1, 2, every step scored by cross-entropy. 50 softplus rate units (tau 100 ms, Euler steps of
dt/tau = 0.2), 40 excitatory and 10 inhibitory: recurrent weights |w|·sign(column) (inhibitory columns
4 times as strong, 0.2·|N(0,1)|/sqrt(50) before that), input weights N(0,1)/sqrt(50), a readout
with a bias from the rates, all trained by Adam (lr 0.01) on batches of 16 trials, Dale's law kept by
|w|·sign; accuracy: the choice at the last step on test trials.

Soma: the release binary runs the example with `trials` and `epochs` set here; training time = the
whole file's time (median of 3 fresh processes) minus the same file without train/print/fixedpoints.
BrainPy 2.8: the same network in brainpy.math (x64, CPU), the loss and its gradient by bm.grad over a
jax.lax.scan of the Euler steps, jitted, bp.optim.Adam; trials drawn here by numpy from the same distribution (not the
same numbers: the two draw from different generators). Its time is the training loop after a first
call that compiles, and separately that first call.

Usage: .venv-bench/bin/python bench/training/decision.py [--soma .build/release/soma] [--trials 256] [--epochs 20]
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
COHERENCES = [0, 6.4, 12.8, 25.6, 51.2]
FIXATION, STIMULUS, DECISION = 5, 25, 5
STEPS = FIXATION + STIMULUS + DECISION
N, NE = 50, 40


def soma_run(binary, example, trials, epochs, replacements, value):
    """The example with `replacements` made: the whole file's time, its training's, `value` printed, the losses."""
    text = open(os.path.join(ROOT, "examples", example)).read()
    for old, new in replacements.items():
        text = text.replace(old, new)
    text = "\n".join(l for l in text.splitlines() if not l.startswith("fixedpoints "))
    untrained = "\n".join(l for l in text.splitlines() if not l.startswith(("train ", "print ")))
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, XDG_CACHE_HOME=folder)
        paths = {}
        for name, body in (("full", text), ("untrained", untrained)):
            paths[name] = os.path.join(folder, name + ".soma")
            open(paths[name], "w").write(body)
        subprocess.run([binary, "run", paths["full"]], env=env, capture_output=True)  # fills the code cache
        times, values, losses = {}, {}, ""
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
                if record.get("kind") == "info" and record["message"].startswith("trained Z"):
                    losses = record["message"].split("cross-entropy ")[1].split(";")[0]
    return times["full"], times["full"] - times["untrained"], values[value], losses


def trials(count, rng):
    inputs = np.zeros((count, STEPS, 3))
    labels = np.zeros((count, STEPS), dtype=np.int32)
    for t in range(count):
        side = rng.integers(2)
        c = rng.choice(COHERENCES) / 100
        inputs[t, :FIXATION + STIMULUS, 0] = 1
        stimulus = slice(FIXATION, FIXATION + STIMULUS)
        inputs[t, stimulus, 1 + side] = (1 + c) / 2
        inputs[t, stimulus, 2 - side] = (1 - c) / 2
        inputs[t, stimulus, 1:] += rng.normal(0, 1 / np.sqrt(20), (STIMULUS, 2))
        labels[t, FIXATION + STIMULUS:] = 1 + side
    return inputs, labels


def brainpy_run(count, epochs, test=256, batch=16):
    import brainpy as bp
    import brainpy.math as bm
    import jax
    import jax.numpy as jnp
    bm.enable_x64()
    bm.set_platform("cpu")
    rng = np.random.default_rng(1)
    train_x, train_y = trials(count, rng)
    test_x, test_y = trials(test, rng)
    sign = np.where(np.arange(N) < NE, 1.0, -4.0)
    params = {
        "rec": jnp.asarray(0.2 * np.abs(rng.normal(size=(N, N))) * np.abs(sign)[None, :] / np.sqrt(N)),
        "inp": jnp.asarray(rng.normal(size=(N, 3)) / np.sqrt(N)),
        "out": jnp.zeros((N + 1, 3)),
    }
    signs = jnp.asarray(np.sign(sign))[None, :]

    def forward(p, x):  # x: steps × batch × 3
        w = jnp.abs(p["rec"]) * signs

        def step(r, xk):
            z = p["out"][0] + r @ p["out"][1:]
            return r + 0.2 * (-r + jax.nn.softplus(r @ w.T + xk @ p["inp"].T)), z

        _, zs = jax.lax.scan(step, jnp.zeros((x.shape[1], N)), x)
        return zs

    def loss(p, x, y):
        z = forward(p, x)
        logp = jax.nn.log_softmax(z, axis=-1)
        return -jnp.mean(jnp.take_along_axis(logp, y[..., None], axis=-1))

    optimiser = bp.optim.Adam(lr=0.01, train_vars={k: bm.Variable(v) for k, v in params.items()})
    variables = optimiser.vars_to_train
    grad = bm.jit(bm.grad(lambda x, y: loss({k: v.value for k, v in variables.items()}, x, y),
                          grad_vars=variables, return_value=True))

    def epoch():
        total = 0.0
        for start in range(0, count, batch):
            x = jnp.asarray(train_x[start:start + batch].transpose(1, 0, 2))
            y = jnp.asarray(train_y[start:start + batch].T)
            g, value = grad(x, y)
            assert set(g) == set(variables)
            optimiser.update(g)
            total += float(value) * len(range(start, min(start + batch, count)))
        return total / count

    start = time.perf_counter()
    g, _ = grad(jnp.asarray(train_x[:batch].transpose(1, 0, 2)), jnp.asarray(train_y[:batch].T))
    jax.block_until_ready(g)
    compile_time = time.perf_counter() - start
    start = time.perf_counter()
    losses = [epoch() for _ in range(epochs)]
    train_time = time.perf_counter() - start
    p = {k: v.value for k, v in variables.items()}
    z = forward(p, jnp.asarray(test_x.transpose(1, 0, 2)))
    accuracy = float(np.mean(np.argmax(np.asarray(z[-1]), axis=-1) == test_y[:, -1]))
    return train_time, compile_time, accuracy, f"{losses[0]:.10g} → {losses[-1]:.10g}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--soma", default=os.path.join(ROOT, ".build", "release", "soma"))
    parser.add_argument("--trials", type=int, default=256)
    parser.add_argument("--epochs", type=int, default=20)
    args = parser.parse_args()
    total, training, accuracy, losses = soma_run(args.soma, "train_rnn_decision.soma", args.trials, args.epochs,
                                                 {"trials = 256": f"trials = {args.trials}", "epochs = 20": f"epochs = {args.epochs}"},
                                                 "accuracy(Z, D)")
    print("| peer | training (s) | other (s) | test accuracy | training cross-entropy (first → last epoch) |")
    print("|---|---|---|---|---|")
    print(f"| Soma | {training:.3f} | whole file {total:.3f} | {accuracy:.4f} | {losses} |")
    train_time, compile_time, accuracy, losses = brainpy_run(args.trials, args.epochs)
    print(f"| BrainPy | {train_time:.3f} | first call (compilation) {compile_time:.3f} | {accuracy:.4f} | {losses} |")


if __name__ == "__main__":
    main()
