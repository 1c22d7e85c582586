/* soma_exp, soma_expm1 and soma_exprel against long double (expl, expm1l): in f64 on 10^7 arguments per function
   over the ranges of ExponentialTests and the exprel section of BENCHMARKS.md, in f32 on every float in
   [-105, 90] (where the results are finite and not all 0 or -1). Compiled with the prelude of `soma emit`
   (PRELUDE) and the cc tier's flags: bench/network/exprel.sh accuracy SOMA. Prints the largest error in ulps of
   the result's precision (subnormal results in the smallest ulp), where, and the mean. */
#include <stdio.h>
#include <string.h>
#include <math.h>
#include PRELUDE
#include "exprel_common.h"
static long double worst[3], sum[3]; static double at[3]; static long count[3];
static void measure(real x) {
    long double m = expm1l((long double)x), want[3] = { expl((long double)x), m, x == 0 ? 1.0L : m / x };
    real got[3] = { soma_exp(x), soma_expm1(x), soma_exprel(x) };
    for (int f = 0; f < 3; ++f) {
        if (want[f] == 0 || isinf((double)(real)want[f]) || isinf((double)got[f])) continue;
        long double e = fabsl((long double)got[f] - want[f]) / ulp(want[f]);
        sum[f] += e; ++count[f]; if (e > worst[f]) { worst[f] = e; at[f] = x; }
    }
}
int main(void) {
    if (sizeof(real) == 8) {
        const double ranges[][2] = { { -746, 710 }, { -1, 1 }, { -1e-3, 1e-3 }, { -0.7, 0.7 }, { -745.2, -708.3 }, { 700, 710 },
                                     { -50, -10 }, { -1e-8, 1e-8 }, { -0.05, 0 } };
        const int n = sizeof ranges / sizeof *ranges;
        for (int r = 0; r < n; ++r) for (long i = 0; i < 10000000 / n + 1; ++i) measure((real)(ranges[r][0] + (ranges[r][1] - ranges[r][0]) * unit()));
    } else {
        for (u32 bits = 0; bits <= 0x42D20000u; ++bits) { union { u32 u; float f; } a = { bits }, b = { bits | 0x80000000u }; if (a.f < 90) measure(a.f); measure(b.f); }
    }
    const char *name[3] = { "exp", "expm1", "exprel" };
    for (int f = 0; f < 3; ++f)
        printf("%s %s: %ld arguments, max %.4Lf ulp at %.17g, mean %.4Lf\n", sizeof(real) == 4 ? "f32" : "f64", name[f], count[f], worst[f], at[f], sum[f] / count[f]);
    return 0;
}
