#!/usr/bin/env python3
"""The C compiler for exprel_floor.sh: Soma's cc tier runs it as SOMA_CC. It rewrites the unit Soma hands it
as SOMA_FLOOR_VARIANT says, then runs cc with Soma's own arguments, so that every variant is built with the
tier's flags and cached under its own key. The variants exist to time what exponential Euler's per-neuron
factor costs; their bits are not Soma's (the narrow polynomial is used outside its range, or truncated).

  shipped            the unit unchanged
  no-range-test      the loop that tests the factors' arguments is removed: the narrow loop runs every step
  no-range-test-N    that, and the narrow polynomial cut to degree N (its leading coefficients dropped)
  in-loop-test       the range test moved into the narrow loop: each neuron stores its old values where its own test fails,
                     and a second loop runs the wide update for the neurons outside (none in COBA), so no pass of
                     its own reads the state; the same bits as shipped, since the narrow and the wide factor agree
                     on the narrow range
  estrin             the narrow polynomial by Horner's rule for its three lowest coefficients and Estrin's scheme
                     for the rest (about a third of the dependent fmas in a row: does their latency cost, rather
                     than their number?); within 0.98 ulp on the narrow range in f64 (Horner's: 0.945)
  blocked-N          the range test and the update N neurons at a time: each block's test, then its narrow or wide
                     loop, so that a block's conductances are read by the update while they are still in L1 and, at
                     N = one vector's lanes, could be tested in the registers the update reads (the same bits)
  A+B                variant A's rewriting, then B's (e.g. no-range-test+estrin)
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


def require_range_test(source):
    if "narrow &= " not in source:
        sys.exit("exprel_floor_cc: the unit has no range test (is the method exp_euler?)")


def counted(source):
    require_range_test(source)
    test = re.search(r"narrow &= \(b_(\w+) \* dtr", source)
    line = next(line for line in source.split("\n") if "narrow &= " in line)
    return HISTOGRAM + source.replace(line, line + f" floor_count((double)(b_{test.group(1)} * dtr));")


def estrin(source):
    """soma_exprel_narrow as 1 + x(c1 + x(c2 + x·T(x))), T by Estrin's scheme: pairs, then powers x², x⁴, x⁸…"""
    lines = source.split("\n")
    k, line = next((k, line) for k, line in enumerate(lines) if "real soma_exprel_narrow(real x)" in line)
    coefficients, fma = narrow_polynomial(line)
    terms = [f"((real){c})" for c in coefficients[3:]]
    power = "x"
    while len(terms) > 1:
        terms = [f"{fma}({terms[j + 1]}, {power}, {terms[j]})" if j + 1 < len(terms) else terms[j]
                 for j in range(0, len(terms), 2)]
        power = f"({power} * {power})"
    tail = terms[0]
    for c in reversed(coefficients[:3]):
        tail = f"{fma}({tail}, x, ((real){c}))"
    lines[k] = line.split("{ return", 1)[0] + "{ return " + tail + "; }"
    return "\n".join(lines)


def range_test_and_loops(source):
    """The matches of the range test's pass (its reads, its test) and of the narrow and the wide loop (their bodies)."""
    require_range_test(source)
    check = re.search(r"\n    int narrow = 1;\n    for \(i64 i = lo; i < hi; \+\+i\) \{\n(.*?)        narrow &= (.*?);\n    \}\n",
                      source, re.S)
    loops = re.search(r"    if \(narrow\) \{\n        for \(i64 i = lo; i < hi; \+\+i\) \{\n(.*?)        \}\n    \}\n"
                      r"    else \{\n        for \(i64 i = lo; i < hi; \+\+i\) \{\n(.*?)        \}\n    \}\n", source, re.S)
    if not check or not loops:
        sys.exit("exprel_floor_cc: the unit's range test and loops are not in the form this rewrites")
    return check, loops


def in_loop_test(source):
    """The range test's pass removed; the narrow loop tests each neuron and keeps the old values of those outside;
    the wide loop, behind the test, updates them."""
    check, loops = range_test_and_loops(source)
    reads, test = check.group(1), check.group(2)
    narrow = []
    for line in loops.group(1).split("\n")[:-1]:
        # Selects, not branches (gcc vectorises no loop whose stores it must if-convert with their loads): a
        # neuron outside keeps its old values, which the finiteness test and the stores then read.
        if "finite.value = " in line:
            narrow += [f"            n_{v} = soma_select(inside, n_{v}, x_{v});" for v in re.findall(r"real n_(\w+) = ", loops.group(1))]
        elif not re.match(r"\s*a_\w+\[i\] = ", line):
            line = re.sub(r"^(\s*)(\w+\[i\]) = (.*);$", r"\1\2 = inside ? (\3) : \2;", line)
            line = re.sub(r"^(\s*)(\w+\[i\]) -= (.*);$", r"\1\2 -= inside ? (\3) : 0;", line)
        narrow.append(line)
    last_slope = max(k + 1 for k, line in enumerate(narrow) if re.match(r"\s*const real b_\w+ = ", line))
    narrow.insert(last_slope, f"            const int inside = {test};")
    narrow.insert(last_slope + 1, "            outside |= !inside;")
    fused = ("    int outside = 0;\n    for (i64 i = lo; i < hi; ++i) {\n" + "\n".join(l[4:] for l in narrow) + "\n    }\n"
             + "    if (outside) {\n        for (i64 i = lo; i < hi; ++i) {\n            {\n"
             + "".join("    " + l + "\n" for l in reads.split("\n")[:-1])
             + f"                if ({test}) continue;\n            }}\n" + loops.group(2) + "        }\n    }\n")
    return source[:check.start() + 1] + source[check.end():loops.start()] + fused + source[loops.end():]


def blocked(source, width):
    """The range test and the update a block of `width` neurons at a time: the block's test, then its narrow or its
    wide loop (`GCC ivdep`: a block's loop is too short to pay for gcc's run-time alias checks), and the neurons
    after the last whole block by the wide loop."""
    check, loops = range_test_and_loops(source)
    reads, test = check.group(1), check.group(2)
    indented = lambda body: "".join(("    " + l if l else l) + "\n" for l in body.split("\n")[:-1])
    block = f'_Pragma("GCC ivdep") for (i64 i = block; i < block + {width}; ++i) {{\n'
    text = (f"    i64 block = lo;\n    for (; block + {width} <= hi; block += {width}) {{\n        int inside = 1;\n"
            f"        {block}{indented(reads)}            inside &= {test};\n        }}\n"
            f"        if (inside) {{\n            {block}{indented(loops.group(1))}            }}\n        }}\n"
            f"        else {{\n            {block}{indented(loops.group(2))}            }}\n        }}\n    }}\n"
            f"    for (i64 i = block; i < hi; ++i) {{\n{loops.group(2)}    }}\n")
    return source[:check.start() + 1] + source[check.end():loops.start()] + text + source[loops.end():]


def rewritten(source, variant):
    if "+" in variant:
        for part in variant.split("+"):
            source = rewritten(source, part)
        return source
    if variant == "shipped":
        return source
    if variant == "arguments":
        return counted(source)
    if variant == "estrin":
        return estrin(source)
    if variant.startswith("blocked-"):
        return blocked(source, int(variant[len("blocked-"):]))
    if variant == "in-loop-test":
        return in_loop_test(source)
    if not variant.startswith("no-range-test"):
        sys.exit(f"exprel_floor_cc: unknown variant {variant!r}")
    require_range_test(source)
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
