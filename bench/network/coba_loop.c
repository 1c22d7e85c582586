/* COBA's neuron loop alone: update_p0 of `soma emit` (UNIT, cut before step_p0) on 4000 neurons, with 80 random
   conductance increments per step standing in for the synapses; thread CPU ns per neuron-step of the update alone. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include UNIT
static double cpu(void) { struct timespec t; clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t); return t.tv_sec + 1e-9 * t.tv_nsec; }
int main(int argc, char **argv) {
    const int n = 4000; const long steps = argc > 1 ? atol(argv[1]) : 10000;
    real *v = malloc(n * sizeof(real)), *ge = calloc(n, sizeof(real)), *gi = calloc(n, sizeof(real));
    int *previous = calloc(n, sizeof(int)), *refractory_left = calloc(n, sizeof(int)); i64 *emitted = malloc(n * sizeof(i64)), count = 0;
    srand(1);
    for (int i = 0; i < n; ++i) v[i] = (real)(-0.060 + 0.005 * (rand() / (double)RAND_MAX));
    void *slot[] = { v, ge, gi, previous, refractory_left };
    /* n, t0, s0, taum, El, Vt, Vr, I, tau_Exc, E_Exc, tau_Inh, E_Inh, Isyn, refractory steps */
    double P[] = { n, 0, 0, 0.020, -0.060, -0.050, -0.060, 0.020, 0.005, 0.0, 0.010, -0.080, 0, 50 };
    int S[] = { 0, 1, 2, 3, 4 }, Q[] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 };
    double total = 0; unsigned x = 12345;
    for (long s = 0; s < steps; ++s) {
        for (int k = 0; k < 80; ++k) { x = x * 1103515245u + 12345u; int j = (x >> 8) % n; ge[j] += 0.6 * ((x >> 4) & 1); gi[j] += 2.0 * ((x >> 5) & 1); }
        count = 0; double a = cpu();
        update_p0(slot, P, S, Q, s, 1e-4, 0, 0, n, emitted, &count);
        total += cpu() - a;
    }
    double sum = 0; for (int i = 0; i < n; ++i) sum += v[i];
    printf("%.3f ns per neuron-step (sum of v %.17g)\n", total / (steps * (double)n) * 1e9, sum);
    return 0;
}
