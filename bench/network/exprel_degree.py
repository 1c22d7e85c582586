"""How many terms exprel(x) = (e^x - 1)/x needs on a range: the largest relative error of its Chebyshev
interpolant of each degree (the polynomial alone, before any rounding of its evaluation), in units of 2^-53
(f64) and 2^-24 (f32), on 2000 points of each range, in 40-digit arithmetic. Exponential Euler's per-neuron
factor uses such a polynomial where every argument of a step lies in (-1, 0.35) (Exponential.narrowExprel);
the narrower ranges are those COBA's arguments span. Usage: .venv-bench/bin/python bench/network/exprel_degree.py
"""
import mpmath as mp

mp.mp.dps = 40


def exprel(x):
    return mp.mpf(1) if x == 0 else mp.expm1(x) / x


def interpolant(a, b, n):
    nodes = [(a + b) / 2 + (b - a) / 2 * mp.cos(mp.pi * (2 * k + 1) / (2 * (n + 1))) for k in range(n + 1)]
    divided = [exprel(x) for x in nodes]
    for j in range(1, n + 1):
        for i in range(n, j - 1, -1):
            divided[i] = (divided[i] - divided[i - 1]) / (nodes[i] - nodes[i - j])

    def p(x):
        value = divided[n]
        for i in range(n - 1, -1, -1):
            value = value * (x - nodes[i]) + divided[i]
        return value
    return p


def largest_error(a, b, n, points=2000):
    p = interpolant(a, b, n)
    xs = (a + (b - a) * k / points for k in range(points + 1))
    return max(abs(p(x) / exprel(x) - 1) for x in xs)


ranges = [("-1", "0.35"), ("-0.75", "0.05"), ("-0.5", "0.1")]
print("degree  " + "  ".join(f"({a}, {b}) f64 / f32".rjust(30) for a, b in ranges))
for n in range(5, 14):
    cells = []
    for a, b in ranges:
        e = largest_error(mp.mpf(a), mp.mpf(b), n)
        cells.append(f"{float(e / mp.mpf(2) ** -53):14.3g} / {float(e / mp.mpf(2) ** -24):10.3g}".rjust(30))
    print(f"{n:6d}  " + "  ".join(cells))
