"""The figure of docs/figures.md drawn by matplotlib with its defaults, from the CSV
Soma exported, at the same 3.5 x 2.5 in, for comparison (not used by any test)."""
import csv

import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt

with open("membrane.csv") as f:
    rows = list(csv.reader(f))
header, data = rows[0], [[float(x) for x in row] for row in rows[1:]]
t = [row[0] for row in data]

fig, ax = plt.subplots(figsize=(3.5, 2.5))
for column, name in enumerate(header[1:], start=1):
    ax.plot(t, [row[column] for row in data], label=name.split(" ")[0])
ax.set_title("Membrane potential")
ax.set_xlabel("t (ms)")
ax.set_ylabel("V (mV)")
ax.set_xlim(0, 100)
ax.set_ylim(-70, -45)
ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1))
fig.savefig("matplotlib.svg", bbox_inches=None)
