"""FORCE learning with feedback (Sussillo & Abbott 2009): Soma against the same network in JAX, BrainPy's backend.

The protocol of examples/train_force_sine.soma: N rate units r' = -r + tanh(I), I = g J r + w_f z, J sparse
normal (p = 0.1, variance 1 / (p N)), g = 1.5, w_f uniform in [-1, 1], z = w0 + w . r; Euler at dt = 0.1;
RLS (P(0) = I / alpha, alpha = 1) every 2 steps for 1440 time units, then closed loop for 1440; the target
(1.3 sin(pi t / 60) + 0.65 sin(2 pi t / 60) + 1.3/6 sin(3 pi t / 60) + 1.3/3 sin(4 pi t / 60)) / 1.5.

Soma: the release binary runs the example (N = 500 as written, and N = 1000, the paper's); the whole file and
the file without its train and print lines, each the median of 3 fresh processes, so training = the difference,
in wall time and in CPU time (user + system of every thread): on a shared machine under load the CPU time is
what the work costs, the wall time also what the others took.
JAX (float64, CPU): the same steps as one jitted lax.scan over training and one over the closed loop, timed on
the first call (compilation included) and on a second call; weights drawn by numpy, so its error is of
another draw of the same network.

Usage: .venv-bench/bin/python bench/training/force.py [--soma .build/release/soma]
"""
import argparse
import os
import resource
import statistics
import subprocess
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DT, TRAIN, TEST = 0.1, 1440.0, 1440.0


def target(t):
    w = np.pi / 60
    return (1.3 * np.sin(w * t) + 0.65 * np.sin(2 * w * t) + 1.3 / 6 * np.sin(3 * w * t) + 1.3 / 3 * np.sin(4 * w * t)) / 1.5


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_soma(binary, text):
    """Wall and CPU seconds (user + system, every thread) of one fresh process, and the mse it printed."""
    with tempfile.NamedTemporaryFile("w", suffix=".soma", delete=False) as f:
        f.write(text)
    start, cpu = time.perf_counter(), children_cpu()
    out = subprocess.run([binary, "run", f.name], capture_output=True, text=True, check=True).stdout
    elapsed, cpu = time.perf_counter() - start, children_cpu() - cpu
    os.unlink(f.name)
    mse = next((float(l.split("=")[1]) for l in out.splitlines() if l.startswith("mse(")), None)
    return elapsed, cpu, mse


def soma(binary, n):
    text = open(os.path.join(ROOT, "examples", "train_force_sine.soma")).read().replace("Rate(500)", f"Rate({n})")
    untrained = "\n".join(l for l in text.splitlines() if not l.startswith(("train ", "print ")))
    whole = [run_soma(binary, text) for _ in range(3)]
    bare = [run_soma(binary, untrained) for _ in range(3)]
    total = statistics.median(t for t, _, _ in whole)
    cpu = statistics.median(c for _, c, _ in whole) - statistics.median(c for _, c, _ in bare)
    return total, total - statistics.median(t for t, _, _ in bare), cpu, whole[0][2]


def jax_force(n, seed=1):
    import jax
    jax.config.update("jax_enable_x64", True)
    import jax.numpy as jnp
    rng = np.random.default_rng(seed)
    J = np.where(rng.random((n, n)) < 0.1, rng.standard_normal((n, n)) * 1.5 / np.sqrt(0.1 * n), 0.0)
    wf = 2 * rng.random(n) - 1
    r0 = np.tanh(0.5 * rng.standard_normal(n))
    steps = int(round(TRAIN / DT)) + 1
    f_train = target(np.arange(steps) * DT)
    J, wf = jnp.asarray(J), jnp.asarray(wf)

    def train_step(carry, xs):
        r, w, P = carry
        k, f = xs
        phi = jnp.concatenate([jnp.ones(1), r])
        z = phi @ w

        def update(wP):
            w, P = wP
            g = P @ phi
            c = 1 / (1 + phi @ g)
            return w - c * (z - f) * g, P - c * jnp.outer(g, g)

        w, P = jax.lax.cond(k % 2 == 0, update, lambda wP: wP, (w, P))
        r = r + DT * (-r + jnp.tanh(J @ r + wf * z))
        return (r, w, P), z

    def closed_step(carry, _):
        r, w = carry
        z = jnp.concatenate([jnp.ones(1), r]) @ w
        return (r + DT * (-r + jnp.tanh(J @ r + wf * z)), w), z

    @jax.jit
    def run(r0):
        (r, w, _), _ = jax.lax.scan(train_step, (r0, jnp.zeros(n + 1), jnp.eye(n + 1)), (jnp.arange(steps), jnp.asarray(f_train)))
        _, z = jax.lax.scan(closed_step, (r, w), None, length=int(round(TEST / DT)))
        return z

    times = []
    for _ in range(2):
        start, cpu = time.perf_counter(), time.process_time()
        z = np.asarray(run(jnp.asarray(r0)).block_until_ready())
        times.append((time.perf_counter() - start, time.process_time() - cpu))
    expected = target((steps + np.arange(len(z))) * DT)
    return times, float(np.mean((z - expected) ** 2))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--soma", default=os.path.join(ROOT, ".build/release/soma"))
    args = parser.parse_args()
    print("load average before: %.2f %.2f %.2f" % os.getloadavg())
    print("| peer | N | total wall (s) | training and closed loop: wall (s) | CPU (s) | closed-loop mse on [1440, 2880] |")
    print("|---|---|---|---|---|---|")
    for n in (500, 1000):
        total, training, cpu, mse = soma(args.soma, n)
        print(f"| Soma | {n} | {total:.3f} | {training:.3f} | {cpu:.3f} | {mse:.3g} |", flush=True)
    for n in (500, 1000):
        times, mse = jax_force(n)
        (wall, cpu), (wall2, cpu2) = times
        print(f"| JAX (BrainPy's backend) | {n} | all | {wall:.3f} (second call {wall2:.3f}) | {cpu:.3f} (second call {cpu2:.3f}) | {mse:.3g} |", flush=True)


if __name__ == "__main__":
    main()
