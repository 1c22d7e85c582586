/* The batch layout of a sweep, measured alone. K members of a Wang (2002)-shaped network: N = 2000
 * conductance-based LIF neurons (1600 excitatory), a Poisson background per neuron (2.4 kHz, a binomial count
 * drawn per neuron and step from a hash), recurrent AMPA, NMDA (per post, with the Mg block's exp) and GABA_A,
 * every spike delivered all-to-all along a row of 2-byte target indices. The loops have the shape of the C
 * Soma generates for this network (`soma emit`): Soma's own soma_exp and soma_select (copied from that C),
 * an update loop that gcc vectorises, a second loop over the neurons that fired, then delivery.
 *
 * outer: the state laid out [member][neuron] (what a SweepBatch runs: each member's own arrays, its loops
 *        over its neurons); inner: [neuron][member] (the batch as the inner dimension: the update loop runs over
 *        all N·K entries, the Poisson draws over members innermost, delivery writes every K-th entry).
 * Both compute the same numbers for every member (checked: spike counts and each member's sum of v agree).
 * Prints CPU ns per neuron-step (per neuron of each member, per step), best of 3 rounds.
 *
 * Compiled with the flags Soma gives cc (NativeToolchain.flags; without them gcc does not vectorise the update):
 *   cc -O3 -march=native -ffp-contract=off -fno-trapping-math -fno-math-errno \
 *      --param=vect-max-version-for-alias-checks=800 --param=vect-epilogues-nomask=0 batch_layout.c -o batch_layout
 *   ./batch_layout K [steps]
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

typedef double real;
typedef long long i64;
typedef unsigned int u32;
typedef unsigned long long u64;
static inline __attribute__((always_inline)) real soma_exp_body(real x) {
    union { real v; u64 u; } shifted, s1, s2;
    real y = x;
    y = y < -746.0 ? -746.0 : y;
    y = y > 710.0 ? 710.0 : y;
    shifted.v = y * 1.4426950408889634 + 6755399441055744.0;
    real k = shifted.v - 6755399441055744.0;
    real rh = y - k * 0.6931471803691238, rl = k * -1.9082149292705877e-10, r = rh + rl;
    real r2 = r * r, r4 = r2 * r2, r8 = r4 * r4;
    real p = ((((0.5000000000000001 + r * 0.16666666666666669) + r2 * (0.04166666666662317 + r * 0.008333333333329989)) + r4 * ((0.0013888888917690603 + r * 0.0001984126986342035) + r2 * (2.480152055701783e-05 + r * 2.755726789174553e-06))) + r8 * (2.762043894863442e-07 + r * 2.510065503606659e-08));
    i64 ki = (i64)(shifted.u - 0x4338000000000000ull), h = ki >> 1;
    s1.u = (u64)(h + 1023) << 52;
    s2.u = (u64)(ki - h + 1023) << 52;
    real s = 1 + rh, t = rh - (s - 1);
    return (s + ((t + rl) + r2 * p)) * s1.v * s2.v;
}
static __attribute__((simd("notinbranch"), noinline)) real soma_exp(real x) { return soma_exp_body(x); }
#ifdef __TINYC__
#define soma_select(c, a, b) ((c) ? (a) : (b))
#else
static inline __attribute__((always_inline)) real soma_select(int c, real a, real b) {
    union { real v; u64 u; } x, y;
    x.v = a; y.v = b;
    y.u ^= (x.u ^ y.u) & -(u64)(c != 0);
    return y.v;
}
#endif

enum { N = 2000, NE = 1600 };
static int K;

typedef struct {
    real *v, *gP, *gA, *gN, *gG;
    unsigned char *previous;
    i64 *until;
    int *fired, *nfired;
    double *rate; /* each member's background rate in events per step: the swept value */
} State;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec + 1e-9 * t.tv_nsec;
}

static inline u64 mix(u64 z) {
    z += 0x9e3779b97f4a7c15ull;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* The background: 0, 1 or 2 events of Poisson(rate) from one uniform, each adding w to gP. */
static inline real background(real g, double rate, int k, i64 s, int i) {
    double u = (double)(mix(((u64)k << 40) ^ ((u64)s << 12) ^ (u64)i) >> 11) * 0x1p-53;
    double p0 = 1 - rate + rate * rate / 2, p1 = p0 + rate * (1 - rate);
    return g + 0.08 * ((u > p0) + (u > p1));
}

/* Euler step of entries lo..hi of one layout; returns whether a value went non-finite. */
static __attribute__((noinline)) int update(State *st, i64 s, i64 lo, i64 hi) {
    const real dt = 0.1, El = -70, Vt = -50, C = 20, tauA = 2, tauN = 100, tauG = 5, Mg = 1, EN = 0, EG = -70;
    real *restrict v = st->v, *restrict gP = st->gP, *restrict gA = st->gA, *restrict gN = st->gN, *restrict gG = st->gG;
    unsigned char *restrict previous = st->previous;
    const i64 *restrict until = st->until;
    int bad = 0;
    for (i64 i = lo; i < hi; ++i) {
        real x_v = v[i], x_P = gP[i], x_A = gA[i], x_N = gN[i], x_G = gG[i];
        const real c0 = soma_exp(-0.062 * x_v);
        const real k_v = (-(x_v - El) - x_P * x_v - x_A * x_v + x_N * (EN - x_v) / (1.0 + Mg * 0.2801120448179272 * c0) + x_G * (EG - x_v)) / C;
        real n_v = x_v + dt * k_v, n_P = x_P + dt * (-(x_P / tauA)), n_A = x_A + dt * (-(x_A / tauA));
        real n_N = x_N + dt * (-(x_N / tauN)), n_G = x_G + dt * (-(x_G / tauG));
        const int refractory = s < until[i];
        n_v = soma_select(refractory, x_v, n_v);
        bad |= !((n_v - n_v) == 0);
        const int fired = n_v > Vt;
        previous[i] = (unsigned char)(fired | ((fired && !(previous[i] & 1) && !refractory) << 1));
        v[i] = n_v; gP[i] = n_P; gA[i] = n_A; gN[i] = n_N; gG[i] = n_G;
    }
    return bad;
}

/* The entries that fired: reset, refractory for 2 ms, into their member's list as neuron i. */
static void spikes(State *st, i64 s, i64 lo, i64 hi, int stride, int k0) {
    for (i64 e = lo; e < hi; ++e) {
        if (!(st->previous[e] & 2)) continue;
        int k = stride == 1 ? k0 : (int)(e % stride), i = stride == 1 ? (int)(e - lo) : (int)(e / stride);
        st->v[e] = -55;
        st->until[e] = s + 1 + 20;
        st->previous[e] = 0;
        st->fired[k * N + st->nfired[k]++] = i;
    }
}

static void deliver(State *st, const unsigned short *restrict columns, int source, int stride, int offset) {
    real *restrict gA = st->gA, *restrict gN = st->gN, *restrict gG = st->gG;
    if (source < NE) {
        for (i64 c = 0; c < N; ++c) gA[columns[c] * stride + offset] += 0.0012;
        for (i64 c = 0; c < N; ++c) gN[columns[c] * stride + offset] += 0.0004;
    } else {
        for (i64 c = 0; c < N; ++c) gG[columns[c] * stride + offset] += 0.02;
    }
}

static State make(void) {
    State st;
    real **arrays[] = {&st.v, &st.gP, &st.gA, &st.gN, &st.gG};
    for (int a = 0; a < 5; a++) *arrays[a] = aligned_alloc(64, sizeof(real) * N * K + 64);
    st.previous = calloc(N * K, 1);
    st.until = calloc(N * K, sizeof(i64));
    st.fired = malloc(sizeof(int) * N * K);
    st.nfired = calloc(K, sizeof(int));
    st.rate = malloc(sizeof(double) * K);
    for (int k = 0; k < K; k++) st.rate[k] = 0.24 * (1 + 0.02 * k);
    for (int e = 0; e < N * K; e++) { st.v[e] = -60; st.gP[e] = st.gA[e] = st.gN[e] = st.gG[e] = 0; }
    return st;
}

typedef struct { double update, deliver; long spikes; double sums[64]; } Result;

static Result run(int inner, i64 steps, const unsigned short *columns) {
    State st = make();
    Result r = {0};
    for (i64 s = 0; s < steps; s++) {
        double t0 = now();
        for (int k = 0; k < K; k++) st.nfired[k] = 0;
        if (!inner) {
            for (int k = 0; k < K; k++) {
                real *gP = st.gP + k * N;
                for (int i = 0; i < N; i++) gP[i] = background(gP[i], st.rate[k], k, s, i);
                update(&st, s, (i64)k * N, (i64)(k + 1) * N);
                spikes(&st, s, (i64)k * N, (i64)(k + 1) * N, 1, k);
            }
        } else {
            for (int i = 0; i < N; i++)
                for (int k = 0; k < K; k++) st.gP[i * K + k] = background(st.gP[i * K + k], st.rate[k], k, s, i);
            update(&st, s, 0, (i64)N * K);
            spikes(&st, s, 0, (i64)N * K, K, 0);
        }
        double t1 = now();
        for (int k = 0; k < K; k++) {
            for (int f = 0; f < st.nfired[k]; f++) deliver(&st, columns, st.fired[k * N + f], inner ? K : 1, inner ? k : k * N);
            r.spikes += st.nfired[k];
        }
        r.deliver += now() - t1;
        r.update += t1 - t0;
    }
    for (int k = 0; k < K && k < 64; k++)
        for (int i = 0; i < N; i++) r.sums[k] += st.v[inner ? i * K + k : k * N + i];
    return r;
}

int main(int argc, char **argv) {
    K = argc > 1 ? atoi(argv[1]) : 6;
    i64 steps = argc > 2 ? atoll(argv[2]) : 2000;
    unsigned short *columns = malloc(sizeof(unsigned short) * N);
    for (int j = 0; j < N; j++) columns[j] = (unsigned short)j;
    Result best[2];
    int same = 1;
    for (int round = 0; round < 3; round++) {
        for (int inner = 0; inner < 2; inner++) {
            Result r = run(inner, steps, columns);
            if (round == 0 || r.update < best[inner].update) best[inner].update = r.update;
            if (round == 0 || r.deliver < best[inner].deliver) best[inner].deliver = r.deliver;
            best[inner].spikes = r.spikes;
            for (int k = 0; k < K && k < 64; k++) best[inner].sums[k] = r.sums[k];
        }
        same &= best[0].spikes == best[1].spikes;
        for (int k = 0; k < K && k < 64; k++) same &= best[0].sums[k] == best[1].sums[k];
    }
    double neuronSteps = (double)steps * N * K;
    printf("K = %d, %lld steps of 0.1 ms, mean rate %.2f Hz, every member the same in both layouts: %s\n", K, (long long)steps,
           best[0].spikes / ((double)N * K) / (steps * 1e-4), same ? "yes" : "NO");
    const char *names[] = {"[member][neuron] (outer)", "[neuron][member] (inner)"};
    for (int inner = 0; inner < 2; inner++)
        printf("%-26s update %.2f, delivery %.2f, total %.2f ns per neuron-step\n", names[inner], 1e9 * best[inner].update / neuronSteps,
               1e9 * best[inner].deliver / neuronSteps, 1e9 * (best[inner].update + best[inner].deliver) / neuronSteps);
    return 0;
}
