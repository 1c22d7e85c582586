#!/usr/bin/env python3
"""The C compiler for exprel_floor.sh: Soma's cc tier runs it as SOMA_CC. It rewrites the unit Soma hands it
as SOMA_FLOOR_VARIANT says, then runs cc with Soma's own arguments, so that every variant is built with the
tier's flags and cached under its own key. The variants exist to time what exponential Euler's per-neuron
factor costs; their bits are not Soma's (the narrow polynomial is used outside its range, or truncated).

  shipped            the unit unchanged
  no-range-test      the loop that tests the factors' arguments is removed: the narrow loop runs every step
  no-range-test-N    that, and the narrow polynomial cut to degree N (its leading coefficients dropped)
  arguments          the unit unchanged but for a count, printed at exit, of the factors' arguments below
                     -0.25, -0.30, ... -0.60, and their least and greatest
"""
import os
import re
import sys


def narrow_polynomial(line):
    """The coefficients of soma_exprel_narrow's Horner form, lowest degree first, and the fma's name."""
    fma = "fmaf" if "fmaf(" in line else "fma"
    numbers = re.findall(r"\(\(real\)([-0-9.e]+)\)|(?<![\w.])([-0-9][0-9.e-]*)(?=[,)])", line.split("return", 1)[1])
    values = [a or b for a, b in numbers]
    highest, rest = values[0], values[1:]
    return [*reversed(rest), highest], fma


def truncated(source, degree):
    lines = source.split("\n")
    for k, line in enumerate(lines):
        if "real soma_exprel_narrow(real x)" in line:
            coefficients, fma = narrow_polynomial(line)
            if degree >= len(coefficients) - 1:
                sys.exit(f"exprel_floor_cc: the polynomial has degree {len(coefficients) - 1}, not above {degree}")
            text = f"((real){coefficients[degree]})"
            for c in reversed(coefficients[:degree]):
                text = f"{fma}({text}, x, ((real){c}))"
            lines[k] = line.split("{ return", 1)[0] + "{ return " + text + "; }"
            return "\n".join(lines)
    sys.exit("exprel_floor_cc: the unit has no soma_exprel_narrow")


HISTOGRAM = """#include <stdio.h>
static long long floor_below[8], floor_all; static double floor_least = 1e300, floor_greatest = -1e300;
static void floor_count(double a) {
    floor_all++; for (int k = 0; k < 8; ++k) floor_below[k] += a < -0.25 - 0.05 * k;
    if (a < floor_least) floor_least = a; if (a > floor_greatest) floor_greatest = a;
}
__attribute__((destructor)) static void floor_print(void) {
    fprintf(stderr, "arguments: %lld, least %.4f, greatest %.4f\\n", floor_all, floor_least, floor_greatest);
    for (int k = 0; k < 8; ++k) fprintf(stderr, "  below %.2f: %lld (%.2e)\\n", -0.25 - 0.05 * k, floor_below[k], (double)floor_below[k] / floor_all);
}
"""


def counted(source):
    test = re.search(r"narrow &= \(b_(\w+) \* dtr", source)
    if not test:
        sys.exit("exprel_floor_cc: the unit has no range test (is the method exp_euler?)")
    line = next(line for line in source.split("\n") if "narrow &= " in line)
    return HISTOGRAM + source.replace(line, line + f" floor_count((double)(b_{test.group(1)} * dtr));")


def rewritten(source, variant):
    if variant == "shipped":
        return source
    if variant == "arguments":
        return counted(source)
    if not variant.startswith("no-range-test"):
        sys.exit(f"exprel_floor_cc: unknown variant {variant!r}")
    if "narrow &= " not in source:
        sys.exit("exprel_floor_cc: the unit has no range test (is the method exp_euler?)")
    source = "\n".join(line for line in source.split("\n") if "narrow &= " not in line)
    degree = variant[len("no-range-test"):]
    return truncated(source, int(degree[1:])) if degree else source


def main():
    variant = os.environ.get("SOMA_FLOOR_VARIANT", "shipped")
    units = [a for a in sys.argv[1:] if a.endswith(".c")]
    for unit in units:
        with open(unit) as f:
            source = f.read()
        with open(unit, "w") as f:
            f.write(rewritten(source, variant))
    os.execvp("cc", ["cc", *sys.argv[1:]])


main()
