#!/usr/bin/env python3
"""Mackey–Glass reference for Soma's delay-equation tests.

dx/dt = beta x(t - tau) / (1 + x(t - tau)^n) - gamma x, beta = 0.2, gamma = 0.1,
n = 10, tau = 17, x(t) = 1.2 for t <= 0.  Solved by the method of steps: on each
interval [k tau, (k+1) tau] the delayed term is the previous interval's dense
output, so each piece is an ODE, integrated by scipy's DOP853 at rtol 1e-13
(stored) and by Radau at rtol 1e-11 (cross-check).  Writes mackey_glass.json:
x at t = 10, 20, ..., 300 and the largest difference between the two methods.
Run: python3 Tests/KernelTests/References/make_mackey_glass.py
"""
import json
import os

import numpy as np
from scipy.integrate import solve_ivp

HERE = os.path.dirname(os.path.realpath(__file__))
BETA, GAMMA, N, TAU, X0, END = 0.2, 0.1, 10, 17.0, 1.2, 300.0
TIMES = np.arange(10.0, END + 1e-9, 10.0)


def solve(method, rtol, atol):
    pieces = []  # (start, end, dense output)

    def past(t):
        if t <= 0:
            return X0
        for start, end, dense in pieces:
            if start <= t <= end:
                return float(dense(t)[0])
        raise ValueError(t)

    x, start = X0, 0.0
    while start < END:
        end = min(start + TAU, END)
        rhs = lambda t, y: [BETA * past(t - TAU) / (1 + past(t - TAU) ** N) - GAMMA * y[0]]
        sol = solve_ivp(rhs, (start, end), [x], method=method, rtol=rtol, atol=atol, dense_output=True)
        pieces.append((start, end, sol.sol))
        x, start = float(sol.y[0][-1]), end
    return np.array([past(t) for t in TIMES])


primary = solve("DOP853", 1e-13, 1e-14)
check = solve("Radau", 1e-11, 1e-12)
difference = float(np.max(np.abs(primary - check)))
assert difference < 1e-7, difference
with open(os.path.join(HERE, "mackey_glass.json"), "w") as f:
    json.dump({"beta": BETA, "gamma": GAMMA, "n": N, "tau": TAU, "history": X0,
               "t": TIMES.tolist(), "x": primary.tolist(), "dop853_radau_difference": difference}, f, indent=1)
print("mackey_glass.json written; DOP853 and Radau differ by", difference)
