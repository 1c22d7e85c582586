"""BrainPy's analysis on the questions bench/analysis asks Soma (BENCHMARKS.md, "Analysis").

Run with the bench virtual environment: .venv-bench/bin/python bench/brainpy/analysis_compare.py
Each call builds a fresh analyser, as a user asking the question would, so JAX compile time is included.
"""
import time
import numpy as np
import brainpy as bp
import brainpy.math as bm
import matplotlib

matplotlib.use("Agg")
bm.enable_x64()
print("brainpy", bp.__version__)
a, b, tau = 0.7, 0.8, 12.5


@bp.odeint
def int_v(v, t, w, Iext):
    return v - v ** 3 / 3 - w + Iext


@bp.odeint
def int_w(w, t, v):
    return (v + a - b * w) / tau


def fhn_fixed_points(resolution):
    analyser = bp.analysis.PhasePlane2D(model=[int_v, int_w], target_vars={'v': [-3, 3], 'w': [-2, 3]},
                                        pars_update={'Iext': 0.5}, resolutions=resolution)
    start = time.time()
    analyser.plot_nullcline()
    points = analyser.plot_fixed_point(with_return=True)
    return time.time() - start, points


for resolution in [0.01, 0.05]:
    times = [fhn_fixed_points(resolution)[0] for _ in range(3)]
    print("FHN fixed points, resolution", resolution, "median s", sorted(times)[1],
          "v, w =", fhn_fixed_points(resolution)[1], "(exact v = -0.804847747)")

for n in [128, 512]:
    theta = 2 * np.pi * np.arange(n) / n
    weights = bm.asarray((-2 + 6 * np.cos(theta[:, None] - theta[None, :])) / n)

    def f(r):
        return (-r + 1 / (1 + bm.exp(-4 * (weights @ r + 1)))) / 10.

    candidates = bm.asarray(np.random.RandomState(1).uniform(0, 1, (16, n)))
    finder = bp.analysis.SlowPointFinder(f_cell=f, f_type='continuous', verbose=False)
    start = time.time()
    finder.find_fps_with_opt_solver(candidates)
    print("ring N =", n, "find_fps_with_opt_solver from 16 random states: s", round(time.time() - start, 2),
          "smallest loss", float(np.min(np.asarray(finder.losses))))
