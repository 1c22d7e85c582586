/* soma_exp, soma_expm1 and soma_exprel as the tcc tier runs them: ns per value over 4096 arguments in COBA's
   [-0.05, 0], best of 5 x 100 passes, thread CPU time. With a prelude of `soma emit` cut before step_p0 (as exprel.sh
   cuts it): tcc -DPRELUDE='"unit.c"' bench/network/exprel_tcc.c -o exprel_tcc -lm && ./exprel_tcc */
#include <stdio.h>
#include <time.h>
#include PRELUDE
static double cpu(void) { struct timespec t; clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t); return t.tv_sec + 1e-9 * t.tv_nsec; }
real in[4096], out[4096];
int main(void) {
    u64 s = 0x9E3779B97F4A7C15ull;
    for (int i = 0; i < 4096; ++i) { s ^= s << 13; s ^= s >> 7; s ^= s << 17; in[i] = (real)(-0.05 * ((s >> 11) * 0x1p-53)); }
    double b[3] = { 1e9, 1e9, 1e9 };
    for (int round = 0; round < 5; ++round) for (int f = 0; f < 3; ++f) {
        double a = cpu();
        for (int k = 0; k < 100; ++k) for (int i = 0; i < 4096; ++i) out[i] = f == 0 ? soma_exp(in[i]) : f == 1 ? soma_expm1(in[i]) : soma_exprel(in[i]);
        double t = (cpu() - a) / (100.0 * 4096) * 1e9; if (t < b[f]) b[f] = t;
    }
    printf("tcc ns per value: exp %.2f expm1 %.2f exprel %.2f (%g)\n", b[0], b[1], b[2], (double)out[7]);
    return 0;
}
