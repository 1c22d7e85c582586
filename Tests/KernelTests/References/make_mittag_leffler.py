#!/usr/bin/env python3
"""The Mittag-Leffler reference for fractional relaxation, d^a x/dt^a = -x (Caputo), x(0) = 1,
whose solution is x(t) = E_a(-t^a).  Writes mittag_leffler.json next to this file.

Run from anywhere:  python3 Tests/KernelTests/References/make_mittag_leffler.py  (mpmath; ~10 s)

Each value is computed twice, independently:
  * the power series E_a(z) = sum_k z^k / Gamma(a k + 1), summed at 120 significant digits
    until the terms fall below 1e-100 (the alternating terms reach |z|^k/Gamma(ak+1) ~ 1e2 at
    most here, so 120 digits leave > 90 correct);
  * the inverse Laplace transform of s^(a-1) / (s^a + 1) (Talbot's contour, 60 digits).
The script asserts they agree to 1e-25 and stores the largest difference.
"""
import json
import os

import mpmath as mp

HERE = os.path.dirname(os.path.realpath(__file__))
ORDERS = ["0.3", "0.5", "0.7", "0.9", "1"]
TIMES = [k / 10 for k in range(0, 51)]          # t = 0, 0.1, ..., 5


def series(a, t):
    with mp.workdps(120):
        a, z = mp.mpf(a), -mp.mpf(t) ** mp.mpf(a)
        total, k = mp.mpf(0), 0
        while True:
            term = z ** k / mp.gamma(a * k + 1)
            total += term
            k += 1
            if k > 10 and abs(term) < mp.mpf(10) ** -100:
                return total


def laplace(a, t):
    if t == 0:
        return mp.mpf(1)
    with mp.workdps(60):
        a = mp.mpf(a)
        return mp.invertlaplace(lambda s: s ** (a - 1) / (s ** a + 1), mp.mpf(t), method="talbot")


def main():
    values, worst = {}, mp.mpf(0)
    for a in ORDERS:
        row = []
        for t in TIMES:
            s, l = series(a, t), laplace(a, t)
            worst = max(worst, abs(s - l))
            row.append(float(s))
        values[a] = row
    assert worst < 1e-25, worst
    out = {"equation": "d^a x/dt^a = -x (Caputo), x(0) = 1; x(t) = E_a(-t^a)",
           "times": TIMES, "values": values, "cross_check": float(worst)}
    with open(os.path.join(HERE, "mittag_leffler.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print(f"mittag_leffler.json: {len(ORDERS)} orders x {len(TIMES)} times; series vs Laplace inversion {float(worst):.1e}")


if __name__ == "__main__":
    main()
