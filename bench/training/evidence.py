"""A spiking network trained by surrogate-gradient BPTT on evidence accumulation: Soma against BrainPy in one run.

The protocol of examples/train_snn_evidence.soma at full length (Bellec et al. 2020, the task as BrainPy's
example writes it): seven cues of 100 ms (10 steps of dt = 10 ms), each a 40 Hz burst of the 5 left or the 5
right cue channels, 50 ms apart, a 300 ms delay, a 150 ms recall in which 5 recall channels fire at 40 Hz;
5 background channels at 10 Hz throughout; the answer (the side with more cues) scored by cross-entropy in
the recall. 40 adaptive LIF neurons (tau 20 ms, threshold 1 + 0.5·a, a relaxing in 1 s) with a synaptic
trace (tau 50 ms) read by the recurrent coupling (0.2·N(0,1)/sqrt(40)) and the readout; input weights
N(0,1); Euler steps; spikes H(V − 1 − 0.5a), reset V = 0, s += 1, a += 1; the fast sigmoid's slope
(β = 4) for the spike's gradient; each batch's gradient clipped to global norm 2; Adam (lr 0.003) on batches of
16 of `trials` trials, `epochs` epochs; accuracy by the choice at the last step of 256 test trials.

Soma: the release binary runs the example (as written: 1024 trials, 20 epochs) with `trials` and `epochs`; training time = the
whole file's time minus the same file without train/print (medians of 3). BrainPy 2.8: the same network in
brainpy.math (x64, CPU), the spike a jax.custom_jvp with the same surrogate, bm.grad over jax.lax.scan,
jitted, bp.optim.Adam; trials drawn here by numpy from the same distribution (other numbers). Its time is
the training loop after the first (compiling) call.

Usage: .venv-bench/bin/python bench/training/evidence.py [--soma .build/release/soma] [--trials 1024] [--epochs 20]
"""
import argparse
import os
import time

import numpy as np

from decision import soma_run

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GROUP, CUES, CUE, GAP, DELAY, RECALL = 5, 7, 10, 5, 30, 15
STEPS = CUES * (CUE + GAP) + DELAY + RECALL
N = 40


def trials(count, rng):
    inputs = np.zeros((count, STEPS, 4 * GROUP))
    labels = np.zeros(count, dtype=np.int32)
    for t in range(count):
        sides = rng.integers(2, size=CUES)
        labels[t] = int(sides.sum() * 2 > CUES)
        rates = np.zeros((STEPS, 4))
        for c, side in enumerate(sides):
            rates[c * (CUE + GAP):c * (CUE + GAP) + CUE, side] = 0.4
        rates[STEPS - RECALL:, 2] = 0.4
        rates[:, 3] = 0.1
        inputs[t] = rng.random((STEPS, 4 * GROUP)) < np.repeat(rates, GROUP, axis=1)
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

    @jax.custom_jvp
    def spike(c):
        return (c > 0).astype(c.dtype)

    @spike.defjvp
    def spike_jvp(primals, tangents):
        c, = primals
        return spike(c), tangents[0] * 4 / (2 * (1 + 4 * jnp.abs(c)) ** 2)

    params = {"rec": jnp.asarray(0.2 * rng.normal(size=(N, N)) / np.sqrt(N)),
              "inp": jnp.asarray(rng.normal(size=(N, 4 * GROUP))),
              "out": jnp.zeros((N + 1, 2))}

    def forward(p, x):  # x: steps × batch × channels; the outputs at the last step
        def step(state, xk):
            v, s, a = state
            z = p["out"][0] + s @ p["out"][1:]
            v = v + 0.5 * (-v + s @ p["rec"].T + xk @ p["inp"].T)
            s, a = s - 0.2 * s, a - 0.01 * a
            fired = spike(v - 1 - 0.5 * a)
            return (v - fired * v, s + fired, a + fired), z
        zero = jnp.zeros((x.shape[1], N))
        _, zs = jax.lax.scan(step, (zero, zero, zero), x)
        return zs

    def loss(p, x, y):
        logp = jax.nn.log_softmax(forward(p, x)[STEPS - RECALL:], axis=-1)
        return -jnp.mean(jnp.take_along_axis(logp, jnp.broadcast_to(y[None, :, None], logp.shape[:2] + (1,)), axis=-1))

    optimiser = bp.optim.Adam(lr=0.003, train_vars={k: bm.Variable(v) for k, v in params.items()})
    variables = optimiser.vars_to_train
    grad = bm.jit(bm.grad(lambda x, y: loss({k: v.value for k, v in variables.items()}, x, y),
                          grad_vars=variables, return_value=True))

    def batches():
        for start in range(0, count, batch):
            yield jnp.asarray(train_x[start:start + batch].transpose(1, 0, 2)), jnp.asarray(train_y[start:start + batch])

    start = time.perf_counter()
    x, y = next(batches())
    jax.block_until_ready(grad(x, y)[0])
    compile_time = time.perf_counter() - start
    start = time.perf_counter()
    losses = []
    for _ in range(epochs):
        total = 0.0
        for x, y in batches():
            g, value = grad(x, y)
            norm = float(jnp.sqrt(sum(jnp.sum(v ** 2) for v in g.values())))
            optimiser.update({k: v * min(1.0, 2.0 / norm) for k, v in g.items()})
            total += float(value) * x.shape[1]
        losses.append(total / count)
    train_time = time.perf_counter() - start
    z = forward({k: v.value for k, v in variables.items()}, jnp.asarray(test_x.transpose(1, 0, 2)))
    accuracy = float(np.mean(np.argmax(np.asarray(z[-1]), axis=-1) == test_y))
    return train_time, compile_time, accuracy, f"{losses[0]:.10g} → {losses[-1]:.10g}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--soma", default=os.path.join(ROOT, ".build", "release", "soma"))
    parser.add_argument("--trials", type=int, default=1024)
    parser.add_argument("--epochs", type=int, default=20)
    args = parser.parse_args()
    total, training, accuracy, losses = soma_run(args.soma, "train_snn_evidence.soma", args.trials, args.epochs,
                                                 {"trials = 1024": f"trials = {args.trials}",
                                                  "epochs = 20": f"epochs = {args.epochs}"}, "accuracy(Z, E)")
    print("| peer | training (s) | other (s) | test accuracy | training cross-entropy (first → last epoch) |")
    print("|---|---|---|---|---|")
    print(f"| Soma | {training:.3f} | whole file {total:.3f} | {accuracy:.4f} | {losses} |")
    train_time, compile_time, accuracy, losses = brainpy_run(args.trials, args.epochs)
    print(f"| BrainPy | {train_time:.3f} | first call (compilation) {compile_time:.3f} | {accuracy:.4f} | {losses} |")


if __name__ == "__main__":
    main()
