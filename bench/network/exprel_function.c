/* soma_expm1 and soma_exprel alone: accuracy against long double (expm1l) on 10^7 arguments and the edges,
   and ns per value in a loop that gcc vectorises (calling the simd clones) and one it may not (scalar).
   Compiled with the prelude of `soma emit` (PRELUDE) by exprel.sh. */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <math.h>
#include PRELUDE
static double cpu(void) { struct timespec t; clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t); return t.tv_sec + 1e-9 * t.tv_nsec; }
#include "exprel_common.h"
#define N 4096
real in[N], out[N];   /* not static: stores to a static array nobody reads are removed */
__attribute__((noinline)) static void vector_exprel(void) { for (int i = 0; i < N; ++i) out[i] = soma_exprel(in[i]); }
__attribute__((noinline)) static void vector_expm1(void) { for (int i = 0; i < N; ++i) out[i] = soma_expm1(in[i]); }
__attribute__((noinline, optimize("no-tree-vectorize"))) static void scalar_exprel(void) { for (int i = 0; i < N; ++i) out[i] = soma_exprel(in[i]); }
__attribute__((noinline, optimize("no-tree-vectorize"))) static void scalar_expm1(void) { for (int i = 0; i < N; ++i) out[i] = soma_expm1(in[i]); }
static double best(void (*f)(void)) {
    double b = 1e9;
    for (int round = 0; round < 5; ++round) { double a = cpu(); for (int k = 0; k < 200; ++k) { f(); __asm__ volatile("" ::: "memory"); } double t = (cpu() - a) / (200.0 * N) * 1e9; if (t < b) b = t; }
    return b;
}
int main(void) {
    const double lowest = sizeof(real) == 4 ? -104 : -746, highest = sizeof(real) == 4 ? 88.7 : 709.78;
    const double ranges[][2] = { { lowest, highest }, { -1, 1 }, { -1e-3, 1e-3 }, { -0.7, 0.7 }, { -50, -10 }, { -1e-8, 1e-8 } };
    long double worst[2] = { 0, 0 }, sum[2] = { 0, 0 }; double at[2] = { 0, 0 }; long count = 0;
    for (int r = 0; r < 6; ++r) for (long i = 0; i < 10000000 / 6; ++i) {
        real x = (real)(ranges[r][0] + (ranges[r][1] - ranges[r][0]) * unit());
        if (x == 0) continue;
        long double m = expm1l((long double)x), want[2] = { m, m / x };
        real got[2] = { soma_expm1(x), soma_exprel(x) };
        for (int f = 0; f < 2; ++f) {
            if (isinf(want[f]) || (real)want[f] != (real)want[f] || isinf((double)(real)want[f])) continue;
            long double e = fabsl((long double)got[f] - want[f]) / ulp(want[f]);
            sum[f] += e; if (e > worst[f]) { worst[f] = e; at[f] = x; }
        }
        ++count;
    }
    printf("%s, %ld arguments: expm1 max %.3Lf ulp (at %.17g) mean %.4Lf; exprel max %.3Lf ulp (at %.17g) mean %.4Lf\n",
           sizeof(real) == 4 ? "f32" : "f64", count, worst[0], at[0], sum[0] / count, worst[1], at[1], sum[1] / count);
    const real edges[] = { 0, -0.0, 1e-300 * (sizeof(real) == 8), 1e-30f, -1e-30f, 1, -1, -1000, 80, 700 * (sizeof(real) == 8), 1e30f, -1e30f };
    for (unsigned k = 0; k < sizeof edges / sizeof *edges; ++k)
        printf("  x = %-12g expm1 %-24.17g exprel %-24.17g (exact %.17Lg)\n", (double)edges[k], (double)soma_expm1(edges[k]), (double)soma_exprel(edges[k]),
               edges[k] == 0 ? 1.0L : expm1l(edges[k]) / edges[k]);
    for (int i = 0; i < N; ++i) in[i] = (real)(-0.05 * unit());   /* COBA's range of dt·b */
    printf("ns per value (best of 5 x 200 passes over 4096): exprel vector %.3f scalar %.3f; expm1 vector %.3f scalar %.3f\n",
           best(vector_exprel), best(scalar_exprel), best(vector_expm1), best(scalar_expm1));
    return 0;
}
