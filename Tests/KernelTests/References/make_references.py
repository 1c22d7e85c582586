#!/usr/bin/env python3
"""Recompute the reference data used by Soma's kernel tests.

Run from anywhere:  python3 Tests/KernelTests/References/make_references.py
Writes hh.json, izhikevich.json, fhn.json, lif.json, forced_linear.json next to
this file.  Units: t in ms, V in mV (the other two models are dimensionless).

Every ODE reference is computed three times: with DOP853 at tight tolerances
(the stored values), with DOP853 at the tightest tolerances scipy accepts (the
difference estimates the stored values' error), and with an independent
implicit method, Radau (the difference guards against a bug or a lucky
cancellation in one integrator).  The script asserts both differences are small
and stores them in each file.
"""
import json
import math
import os

import numpy as np
from scipy.integrate import solve_ivp

HERE = os.path.dirname(os.path.realpath(__file__))

# Stored values: DOP853 (8th order explicit RK with 7th order dense output).
PRIMARY = dict(method="DOP853", rtol=1e-13, atol=1e-14)
# Error estimate: scipy refuses rtol < 100 machine eps, so this is as tight as it goes.
TIGHT = dict(method="DOP853", rtol=2.3e-14, atol=1e-16)
# Cross-check: a different (implicit, stiff) method.
CHECK = dict(method="Radau", rtol=1e-11, atol=1e-12)


def three_runs(run, limits):
    """Run a model with PRIMARY, TIGHT and CHECK.  run(cfg) returns a dict of
    arrays; limits maps each key to the largest allowed PRIMARY-CHECK
    difference.  Returns the PRIMARY result and a metadata dict."""
    r, t, c = run(PRIMARY), run(TIGHT), run(CHECK)
    est, chk = {}, {}
    for k, lim in limits.items():
        assert np.shape(r[k]) == np.shape(c[k]), k   # same number of spikes etc.
        est[k], chk[k] = maxdiff(r[k], t[k]), maxdiff(r[k], c[k])
        assert est[k] <= lim / 10 and chk[k] <= lim, (k, est[k], chk[k])
    return r, dict(solver=PRIMARY, error_estimate=dict(vs=TIGHT, max_abs_diff=est),
                   cross_check=dict(vs=CHECK, max_abs_diff=chk))


def solve(rhs, t_span, y0, cfg, events=None, t_eval=None):
    """solve_ivp with dense output.  Events are located by scipy with brentq on
    the dense interpolant (xtol = 4 machine eps), so event times carry the
    interpolant's error only (~1e-11 ms here, see the cross-check)."""
    sol = solve_ivp(rhs, t_span, y0, dense_output=True, events=events,
                    t_eval=t_eval, **cfg)
    assert sol.success, sol.message
    return sol


def upward(level, index=0):
    """Event function for an upward crossing of y[index] = level."""
    def ev(t, y):
        return y[index] - level
    ev.direction = 1
    return ev


def fl(x):
    """Plain Python float (json writes it with repr, i.e. full precision)."""
    return [float(v) for v in x] if np.ndim(x) else float(x)


def maxdiff(a, b):
    return float(np.max(np.abs(np.asarray(a, float) - np.asarray(b, float))))


def write(name, obj):
    path = os.path.join(HERE, name)
    with open(path, "w") as f:
        json.dump(obj, f, indent=1, allow_nan=False)
        f.write("\n")
    return path


# ----------------------------------------------------------------------------
# 1. Hodgkin-Huxley (modern convention, rest at -65 mV)
# ----------------------------------------------------------------------------
HH = dict(Cm_uF_per_cm2=1.0, gNa_mS_per_cm2=120.0, gK_mS_per_cm2=36.0,
          gL_mS_per_cm2=0.3, ENa_mV=50.0, EK_mV=-77.0, EL_mV=-54.387,
          I_uA_per_cm2=10.0)


def xtrap(x, k):
    """x / (1 - exp(-x/k)) without the 0/0 at x = 0 (limit k); the series is
    used for |x/k| < 1e-6 where its truncation error is < 1e-24."""
    y = x / k
    if abs(y) < 1e-6:
        return k * (1.0 + y / 2.0 + y * y / 12.0)
    return x / -math.expm1(-y)


def hh_rates(V):
    am = 0.1 * xtrap(V + 40.0, 10.0)
    bm = 4.0 * math.exp(-(V + 65.0) / 18.0)
    ah = 0.07 * math.exp(-(V + 65.0) / 20.0)
    bh = 1.0 / (1.0 + math.exp(-(V + 35.0) / 10.0))
    an = 0.01 * xtrap(V + 55.0, 10.0)
    bn = 0.125 * math.exp(-(V + 65.0) / 80.0)
    return am, bm, ah, bh, an, bn


def hh_rhs(t, y):
    V, m, h, n = y
    p = HH
    am, bm, ah, bh, an, bn = hh_rates(V)
    I_ion = (p["gNa_mS_per_cm2"] * m**3 * h * (V - p["ENa_mV"])
             + p["gK_mS_per_cm2"] * n**4 * (V - p["EK_mV"])
             + p["gL_mS_per_cm2"] * (V - p["EL_mV"]))
    return [(p["I_uA_per_cm2"] - I_ion) / p["Cm_uF_per_cm2"],
            am * (1 - m) - bm * m, ah * (1 - h) - bh * h, an * (1 - n) - bn * n]


def hh_run(cfg):
    V0 = -65.0
    am, bm, ah, bh, an, bn = hh_rates(V0)
    y0 = [V0, am / (am + bm), ah / (ah + bh), an / (an + bn)]
    grid = np.linspace(0.0, 50.0, 101)          # 0, 0.5, ..., 50 ms (exact)
    sol = solve(hh_rhs, (0.0, 50.0), y0, cfg, events=[upward(0.0)], t_eval=grid)
    return dict(y0=y0, grid=grid, spike_times_ms=sol.t_events[0], trace=sol.y,
                state_at_1ms=sol.sol(1.0), state_at_2ms=sol.sol(2.0))


def make_hh():
    r, meta = three_runs(hh_run, dict(
        spike_times_ms=1e-8, trace=1e-6, state_at_1ms=1e-9, state_at_2ms=1e-7))
    st = lambda y: dict(V_mV=fl(y[0]), m=fl(y[1]), h=fl(y[2]), n=fl(y[3]))
    Y = r["trace"]
    out = dict(
        model="Hodgkin-Huxley 1952, modern convention (rest -65 mV); "
              "I switched on at t = 0 from the resting steady state",
        parameters=HH, **meta,
        spike_threshold_mV=0.0, window_ms=[0.0, 50.0],
        initial_state=st(r["y0"]),
        spike_times_ms=fl(r["spike_times_ms"]),
        trace=dict(t_ms=fl(r["grid"]), V_mV=fl(Y[0]), m=fl(Y[1]), h=fl(Y[2]), n=fl(Y[3])),
        # NB the first spike crosses 0 mV at 1.90 ms: at 2 ms V is on the
        # upstroke (~28 mV).  state_at_1ms is the smooth subthreshold twin.
        state_at_1ms=st(r["state_at_1ms"]),
        state_at_2ms=st(r["state_at_2ms"]),
        state_at_50ms=st(Y[:, -1]))
    write("hh.json", out)
    return out


# ----------------------------------------------------------------------------
# 2. Izhikevich regular spiking, reset at the exact crossing time
# ----------------------------------------------------------------------------
IZH = dict(a=0.02, b=0.2, c=-65.0, d=8.0, I=10.0, v_peak=30.0)


def izh_rhs(t, y):
    v, u = y
    p = IZH
    return [0.04 * v * v + 5.0 * v + 140.0 - u + p["I"], p["a"] * (p["b"] * v - u)]


def izh_run(cfg, t_end=500.0, probes=(50.0, 100.0)):
    """Integrate piecewise: each piece ends at the exact v = 30 crossing
    (terminal event), the state is reset there, and the next piece starts."""
    p = IZH
    ev = upward(p["v_peak"])
    ev.terminal = True
    t, y = 0.0, [p["c"], p["b"] * p["c"]]
    spikes, states = [], {}
    while t < t_end:
        sol = solve(izh_rhs, (t, t_end), y, cfg, events=[ev])
        t1 = sol.t[-1]
        for tp in probes:                 # probes falling inside this piece
            if t <= tp < t1:
                states[tp] = sol.sol(tp)
        if sol.status == 1:               # spike: reset at the crossing time
            spikes.append(sol.t_events[0][0])
            u = sol.y_events[0][0][1]
            y = [p["c"], u + p["d"]]
        t = t1
    return np.array(spikes), states


def make_izhikevich():
    def run(cfg):
        sp, st = izh_run(cfg)
        return dict(spike_times_ms=sp, state_at_50ms=st[50.0], state_at_100ms=st[100.0])
    r, meta = three_runs(run, dict(spike_times_ms=1e-8, state_at_50ms=1e-8,
                                        state_at_100ms=1e-8))
    state = lambda y: dict(v=fl(y[0]), u=fl(y[1]))
    out = dict(
        model="Izhikevich 2003, regular spiking; when v >= 30: v <- c, u <- u + d "
              "at the exact crossing time",
        parameters=IZH, **meta,
        initial_state=dict(v=IZH["c"], u=IZH["b"] * IZH["c"]),
        window_ms=[0.0, 500.0],
        spike_times_ms=fl(r["spike_times_ms"]),
        state_at_50ms=state(r["state_at_50ms"]),
        state_at_100ms=state(r["state_at_100ms"]))
    write("izhikevich.json", out)
    return out


# ----------------------------------------------------------------------------
# 3. FitzHugh-Nagumo
# ----------------------------------------------------------------------------
FHN = dict(a=0.7, b=0.8, tau=12.5, Iext=0.5)


def fhn_rhs(t, y):
    v, w = y
    p = FHN
    return [v - v**3 / 3.0 - w + p["Iext"], (v + p["a"] - p["b"] * w) / p["tau"]]


FHN_PROBES = [1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0]


def fhn_run(cfg, t_end=1000.0):
    # Extrema of v are where dv/dt = 0: falling through 0 -> max, rising -> min.
    def vmax(t, y):
        return fhn_rhs(t, y)[0]

    def vmin(t, y):
        return fhn_rhs(t, y)[0]
    vmax.direction, vmin.direction = -1, 1
    sol = solve(fhn_rhs, (0.0, t_end), [-1.0, 1.0], cfg,
                events=[upward(0.0), vmax, vmin])
    late = [te > 500.0 for te in sol.t_events]      # transient gone by t = 500
    periods = np.diff(sol.t_events[0][late[0]])
    vmaxs = sol.y_events[1][late[1], 0]
    vmins = sol.y_events[2][late[2], 0]
    # Limit cycle reached: successive periods and extrema agree to 1e-8.
    for x in (periods, vmaxs, vmins):
        assert np.ptp(x) < 1e-8, np.ptp(x)
    return dict(states=sol.sol(FHN_PROBES), period=periods[-1], v_max=vmaxs[-1],
                v_min=vmins[-1], n=len(periods), spread=np.ptp(periods))


def make_fhn():
    r, meta = three_runs(fhn_run, dict(states=1e-9, period=1e-8, v_max=1e-9, v_min=1e-9))
    out = dict(
        model="FitzHugh-Nagumo (dimensionless): dv/dt = v - v^3/3 - w + Iext, "
              "dw/dt = (v + a - b w)/tau",
        parameters=FHN, **meta,
        initial_state=dict(v=-1.0, w=1.0),
        states=[dict(t=t, v=fl(v), w=fl(w)) for t, v, w in zip(FHN_PROBES, *r["states"])],
        limit_cycle=dict(
            period=fl(r["period"]), v_max=fl(r["v_max"]), v_min=fl(r["v_min"]),
            how="period = time between successive upward crossings of v = 0 after "
                "t = 500 (%d periods up to t = 1000, spread %.1e); v_max, v_min = v "
                "where dv/dt = 0 after t = 500" % (r["n"], r["spread"])))
    write("fhn.json", out)
    return out


# ----------------------------------------------------------------------------
# 4. Leaky integrate-and-fire: closed forms only
# ----------------------------------------------------------------------------
def make_lif():
    tau, El, Vth, Vreset, R, t_ref, I = 10.0, -65.0, -50.0, -65.0, 10.0, 2.0, 2.0
    RI = R * I  # Mohm * nA = mV
    # V(t) = El + RI (1 - exp(-t/tau)) reaches Vth at t1.  After a spike V is
    # held at Vreset = El for t_ref, then the same trajectory repeats.
    t1 = tau * math.log(RI / (RI - (Vth - El)))
    T = t_ref + t1
    out = dict(
        model="leaky integrate-and-fire, tau dV/dt = -(V - El) + R I, "
              "V <- Vreset and held for t_ref after V >= Vth",
        parameters=dict(tau_ms=tau, El_mV=El, Vth_mV=Vth, Vreset_mV=Vreset,
                        R_Mohm=R, t_ref_ms=t_ref, I_nA=I, RI_mV=RI),
        initial_state=dict(V_mV=El),
        formulas=dict(t1="tau ln(RI / (RI - (Vth - El)))", T="t_ref + t1",
                      spike_k="t1 + k T, k = 0..9"),
        first_spike_ms=t1, period_ms=T,
        spike_times_ms=[t1 + k * T for k in range(10)])
    write("lif.json", out)
    return out


# ----------------------------------------------------------------------------
# 5. Linear system with a sinusoidal drive: closed form, checked by solve_ivp
# ----------------------------------------------------------------------------
FL = dict(tau_ms=10.0, A_mV=5.0, f_per_ms=0.04)   # f = 40 Hz = 0.04 / ms


def forced_exact(t):
    """x(t) = A/(1+(w tau)^2) [sin wt - w tau cos wt + w tau exp(-t/tau)],
    w = 2 pi f: the steady sinusoid plus the decaying term that makes x(0)=0."""
    tau, A, w = FL["tau_ms"], FL["A_mV"], 2.0 * math.pi * FL["f_per_ms"]
    wt = w * tau
    return A / (1.0 + wt * wt) * (math.sin(w * t) - wt * math.cos(w * t)
                                  + wt * math.exp(-t / tau))


def forced_rhs(t, x):
    w = 2.0 * math.pi * FL["f_per_ms"]
    return [(-x[0] + FL["A_mV"] * math.sin(w * t)) / FL["tau_ms"]]


def make_forced_linear():
    times = [1.0, 5.0, 10.0, 20.0, 50.0, 100.0]
    exact = [forced_exact(t) for t in times]
    sol = solve(forced_rhs, (0.0, 100.0), [0.0],
                dict(method="DOP853", rtol=1e-12, atol=1e-14), t_eval=times)
    err = maxdiff(sol.y[0], exact)
    assert err < 1e-9, err
    out = dict(
        model="dx/dt = (-x + A sin(2 pi f t)) / tau, x(0) = 0",
        parameters=FL, initial_state=dict(x_mV=0.0),
        closed_form="x(t) = A/(1+(w tau)^2) * (sin(w t) - w tau cos(w t) "
                    "+ w tau exp(-t/tau)),  w = 2 pi f",
        solve_ivp_check=dict(method="DOP853", rtol=1e-12, atol=1e-14,
                             max_abs_diff_mV=err),
        t_ms=times, x_mV=exact)
    write("forced_linear.json", out)
    return out


# ----------------------------------------------------------------------------
# 6. Lorenz: a chaotic system, for the adaptive methods
# ----------------------------------------------------------------------------
LORENZ = dict(sigma=10.0, rho=28.0, beta="8/3")
LORENZ_PROBES = [1.0, 2.0, 5.0, 10.0]


def lorenz_mpmath(dps):
    """Taylor series in mpmath (odefun) at dps significant digits; beta = 8/3 exactly."""
    import mpmath
    mpmath.mp.dps = dps
    beta = mpmath.mpf(8) / 3
    f = mpmath.odefun(lambda t, u: [10 * (u[1] - u[0]), u[0] * (28 - u[2]) - u[1],
                                    u[0] * u[1] - beta * u[2]], 0, [1, 1, 1])
    return [[float(v) for v in f(t)] for t in LORENZ_PROBES]


def lorenz_rhs(t, u):
    return [10.0 * (u[1] - u[0]), u[0] * (28.0 - u[2]) - u[1], u[0] * u[1] - 8.0 / 3.0 * u[2]]


def make_lorenz():
    """Stored: mpmath at 30 digits.  Error estimate: mpmath at 25 digits.  Cross-check:
    DOP853 at the tightest tolerances scipy accepts (chaos amplifies its 1e-14 local
    errors by about e^(0.9 t), so it agrees to about 1e-9 at t = 10)."""
    primary, rough = lorenz_mpmath(30), lorenz_mpmath(25)
    sol = solve(lorenz_rhs, (0.0, 10.0), [1.0, 1.0, 1.0], TIGHT, t_eval=LORENZ_PROBES)
    est, chk = maxdiff(primary, rough), maxdiff(primary, sol.y.T)
    assert est < 1e-14 and chk < 1e-7, (est, chk)
    out = dict(
        model="Lorenz: dx/dt = sigma (y - x), dy/dt = x (rho - z) - y, dz/dt = x y - beta z",
        parameters=LORENZ, initial_state=dict(x=1.0, y=1.0, z=1.0),
        solver=dict(method="mpmath.odefun (Taylor series)", dps=30),
        error_estimate=dict(vs=dict(method="mpmath.odefun", dps=25), max_abs_diff=dict(states=est)),
        cross_check=dict(vs=TIGHT, max_abs_diff=dict(states=chk)),
        states=[dict(t=t, x=u[0], y=u[1], z=u[2]) for t, u in zip(LORENZ_PROBES, primary)])
    write("lorenz.json", out)
    return out


def err_line(out):
    e = out["error_estimate"]["max_abs_diff"]
    c = out["cross_check"]["max_abs_diff"]
    return "; est. error " + ", ".join("%s %.0e" % (k, e[k]) for k in e) + \
        "; vs Radau " + ", ".join("%s %.0e" % (k, c[k]) for k in c)


if __name__ == "__main__":
    hh = make_hh()
    print("hh.json: %d spikes in [0, 50] ms at %s; V(50 ms) = %r mV%s" % (
        len(hh["spike_times_ms"]), hh["spike_times_ms"],
        hh["state_at_50ms"]["V_mV"], err_line(hh)))
    iz = make_izhikevich()
    print("izhikevich.json: %d spikes in [0, 500] ms, first five %s%s" % (
        len(iz["spike_times_ms"]), iz["spike_times_ms"][:5], err_line(iz)))
    fh = make_fhn()
    lc = fh["limit_cycle"]
    print("fhn.json: period %r, v_max %r, v_min %r%s" % (
        lc["period"], lc["v_max"], lc["v_min"], err_line(fh)))
    li = make_lif()
    print("lif.json: t1 = %r ms, T = %r ms, 10 spike times" % (
        li["first_spike_ms"], li["period_ms"]))
    fo = make_forced_linear()
    print("forced_linear.json: x(t) at %s ms = %s; closed form vs solve_ivp %.0e mV" % (
        fo["t_ms"], fo["x_mV"], fo["solve_ivp_check"]["max_abs_diff_mV"]))
    lo = make_lorenz()
    print("lorenz.json: (x, y, z) at t = 10 %s; mpmath 25 digits %.0e, DOP853 %.0e" % (
        [lo["states"][-1][k] for k in "xyz"], lo["error_estimate"]["max_abs_diff"]["states"],
        lo["cross_check"]["max_abs_diff"]["states"]))
    print("all written to", HERE)
