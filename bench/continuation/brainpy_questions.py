"""BrainPy's analysis module on the diagrams AnalysisBench times in Soma (BENCHMARKS.md, "Bifurcation diagrams").

Run by bench/continuation/compare.sh with the bench virtual environment's python (BrainPy 2.8.2).
Each question builds a fresh analyser, as a user asking it would, so JAX compile time is included;
one run each (a Morris–Lecar diagram takes over a minute). The same answers as Soma's are asked for: where the equilibria fold, where they lose
stability, and the cycles with their extremes.
"""
import time
import numpy as np
import brainpy as bp
import brainpy.math as bm
import matplotlib

matplotlib.use("Agg")
bm.enable_x64()
bm.set_dt(0.05)
print("brainpy", bp.__version__)


def seconds(question):
    start, start_cpu = time.time(), time.process_time()
    result = question()
    return time.time() - start, time.process_time() - start_cpu, result


# Lorenz (sigma = 10, beta = 8/3) in rho: three variables.
sigma, beta = 10.0, 8.0 / 3.0


@bp.odeint
def int_x(x, t, y):
    return sigma * (y - x)


@bp.odeint
def int_y(y, t, x, z, rho):
    return x * (rho - z) - y


@bp.odeint
def int_z(z, t, x, y):
    return x * y - beta * z


try:
    analyser = bp.analysis.Bifurcation2D(model=[int_x, int_y, int_z],
                                         target_vars={'x': [-20, 20], 'y': [-20, 20], 'z': [0, 40]},
                                         target_pars={'rho': [0, 30]}, resolutions={'rho': 0.5, 'x': 0.1, 'y': 0.1})
    points, parameters, jacobians = analyser.plot_bifurcation(with_plot=True, with_return=True)
    print("Lorenz:", len(points), "fixed points, Jacobians of shape", np.asarray(jacobians).shape[1:])
except Exception as error:
    print("Lorenz: no diagram:", type(error).__name__, str(error).splitlines()[0][:200])

# Morris–Lecar, class-I parameters (examples/morris_lecar_bifurcation.soma), mV, ms, uA/cm^2.
C, gCa, gK, gL = 20.0, 4.0, 8.0, 2.0
VCa, VK, VL = 120.0, -84.0, -60.0
V1, V2, V3, V4, phi = -1.2, 18.0, 12.0, 17.4, 1.0 / 15.0


@bp.odeint
def int_V(V, t, w, I):
    m_inf = 0.5 * (1 + bm.tanh((V - V1) / V2))
    return (I - gL * (V - VL) - gCa * m_inf * (V - VCa) - gK * w * (V - VK)) / C


@bp.odeint
def int_w(w, t, V):
    w_inf = 0.5 * (1 + bm.tanh((V - V3) / V4))
    tau_w = 1 / bm.cosh((V - V3) / (2 * V4))
    return phi * (w_inf - w) / tau_w


def morris_lecar(step):
    def question():
        analyser = bp.analysis.Bifurcation2D(model=[int_V, int_w],
                                             target_vars={'V': [-80, 60], 'w': [0, 1]},
                                             target_pars={'I': [-20, 120]},
                                             resolutions={'I': step, 'V': 0.5, 'w': 0.01})
        points, parameters, jacobians = analyser.plot_bifurcation(with_plot=True, with_return=True)
        cycles = analyser.plot_limit_cycle_by_sim(duration=1000, with_return=True)
        return points, parameters, jacobians, cycles
    return question


for step in [1.0, 0.5]:
    wall, cpu, (points, parameters, jacobians, cycles) = seconds(morris_lecar(step))
    I = np.asarray(parameters)[:, 0]
    V = np.asarray(points)[:, 0]
    stable = np.array([np.all(np.linalg.eigvals(j).real < 0) for j in np.asarray(jacobians)])
    grid = np.unique(I)
    counts = {value: int(np.sum(I == value)) for value in grid}
    three = [value for value in grid if counts[value] == 3]
    # Above the upper fold one equilibrium is left: where it turns stable is BrainPy's Hopf point, to the grid.
    single = [value for value in grid if value > 40 and counts[value] == 1]
    single_stable = {value: bool(stable[np.argmax(I == value)]) for value in single}
    flips = [b for a, b in zip(single, single[1:]) if single_stable[a] != single_stable[b]]
    cycle_I = np.asarray(cycles[1][0]) if len(cycles[1]) else np.array([])
    print(f"Morris-Lecar, dI = {step}: {wall:.1f} s wall, {cpu:.1f} s CPU; {len(I)} fixed points on {len(grid)} "
          f"of {int(round(140 / step)) + 1} values of I; three equilibria for I in "
          f"[{min(three) if three else None}, {max(three) if three else None}] (folds at -9.949039 and 39.963153); "
          f"the single equilibrium above I = 40 turns stable at I = {[float(f) for f in flips]} (Hopf at 97.787889); "
          f"cycles by simulation at {len(cycle_I)} values, I in [{cycle_I.min() if len(cycle_I) else None}, "
          f"{cycle_I.max() if len(cycle_I) else None}] (Soma and AUTO: 39.963 to the LPC at 116.110)")
