/* soma emit: the run at line 17 of lif_100k.soma */
/* method: exp_euler for LIF (default: every equation of LIF is linear in its own variable) */
typedef double real;
typedef long long i64;
typedef unsigned int u32;
typedef unsigned long long u64;
double log(double);
double sqrt(double);
double sin(double);
double cos(double);
double tan(double);
double tanh(double);
double fabs(double);
double pow(double, double);
double fmin(double, double);
double fmax(double, double);
double sqrt(double);
double fma(double, double, double);

static inline __attribute__((always_inline)) real soma_exp_body(real x) {
    union { real v; u64 u; } shifted, s1, s2;
    real y = x;
    y = y < -746.0 ? -746.0 : y;
    y = y > 710.0 ? 710.0 : y;
    shifted.v = fma(y, 1.4426950408889634, 6755399441055744.0);
    real k = shifted.v - 6755399441055744.0;
    real rh = fma(k, -0.6931471803691238, y), rl = k * -1.9082149292705877e-10, r = rh + rl;
    real r2 = r * r;
    real p = fma(fma(fma(fma(fma(fma(fma(fma(fma(2.510065503606659e-08, r, 2.762043894863442e-07), r, 2.755726789174553e-06), r, 2.480152055701783e-05), r, 0.0001984126986342035), r, 0.0013888888917690603), r, 0.008333333333329989), r, 0.04166666666662317), r, 0.16666666666666669), r, 0.5000000000000001);
    i64 ki = (i64)(shifted.u - 0x4338000000000000ull);
    i64 h = ki >> 1;
    s1.u = (u64)(h + 1023) << 52;
    s2.u = (u64)(ki - h + 1023) << 52;
    real s = 1 + rh, t = rh - (s - 1);
    return (s + fma(r2, p, t + rl)) * s1.v * s2.v;
}
static inline __attribute__((always_inline)) real soma_expm1_body(real x) {
    union { real v; u64 u; } shifted, s;
    real y = x;
    y = y < -40.0 ? -40.0 : y;
    y = y > 710.0 ? 710.0 : y;
    shifted.v = fma(y, 1.4426950408889634, 6755399441055744.0);
    real k = shifted.v - 6755399441055744.0;
    real rh = fma(k, -0.6931471803691238, y), rl = k * -1.9082149292705877e-10, r = rh + rl;
    real r2 = r * r;
    real p = fma(fma(fma(fma(fma(fma(fma(fma(fma(2.510065503606659e-08, r, 2.762043894863442e-07), r, 2.755726789174553e-06), r, 2.480152055701783e-05), r, 0.0001984126986342035), r, 0.0013888888917690603), r, 0.008333333333329989), r, 0.04166666666662317), r, 0.16666666666666669), r, 0.5000000000000001);
    i64 ki = (i64)(shifted.u - 0x4338000000000000ull);
    s.u = (u64)(ki + 1022) << 52;
    real e = fma(fma(r2, p, rl), s.v, fma(rh, s.v, s.v - 0.5)) * 2;
    return (x < 5.551115123125783e-17) & (x > -5.551115123125783e-17) ? x : e;
}
static __attribute__((simd("notinbranch"), noinline)) real soma_exp(real x) { return soma_exp_body(x); }
static __attribute__((simd("notinbranch"), noinline)) real soma_expm1(real x) { return soma_expm1_body(x); }
static inline __attribute__((always_inline)) real soma_exprel_body(real x) { real e = soma_expm1_body(x); return x == 0 ? (real)1 : x > 710.0 ? e : e / x; }
static inline __attribute__((always_inline)) real soma_exprel_narrow(real x) { return fma(fma(fma(fma(fma(fma(fma(fma(fma(fma(fma(fma(fma(8.527536946163236e-12, x, 1.5571553123772317e-10), x, 2.0840066476369934e-09), x, 2.5051558858428836e-08), x, 2.755741128093853e-07), x, 2.755732400951544e-06), x, 2.4801587272384126e-05), x, 0.00019841269834884552), x, 0.0013888888888832925), x, 0.00833333333333659), x, 0.04166666666666704), x, 0.1666666666666666), x, 0.5), x, 1.0); }
static __attribute__((simd("notinbranch"), noinline)) real soma_exprel(real x) { return soma_exprel_body(x); }
static __attribute__((simd("notinbranch"), noinline)) real soma_exprel_step(real x) { return (x > -1.0) & (x < 0.35) ? soma_exprel_narrow(x) : soma_exprel_body(x); }
static __attribute__((simd("notinbranch"), noinline)) real soma_dexprel(real x) {
    real e = soma_exp_body(x);
    return fabs(x) < (real)1e-4 ? (real)0.5 + x / 3 + x * x / 8 : ((x - 1) * e + 1) / (x * x);
}
static real soma_heaviside(real x) { return x > 0 ? (real)1 : (x < 0 ? (real)0 : (real)0.5); }
static real soma_sign(real x) { return x > 0 ? (real)1 : (x < 0 ? (real)-1 : (real)0); }
static real soma_clip(real x, real lo, real hi) { return x < lo ? lo : (x > hi ? hi : x); }

/* Philox4x32-10; the same function as Runtime/Philox.swift. */
static void soma_philox(u32 c[4], u32 k0, u32 k1) {
    for (int r = 0; r < 10; ++r) {
        if (r > 0) { k0 += 0x9E3779B9u; k1 += 0xBB67AE85u; }
        u64 p0 = (u64)0xD2511F53u * c[0], p1 = (u64)0xCD9E8D57u * c[2];
        u32 n0 = (u32)(p1 >> 32) ^ c[1] ^ k0, n2 = (u32)(p0 >> 32) ^ c[3] ^ k1;
        c[0] = n0; c[1] = (u32)p1; c[2] = n2; c[3] = (u32)p0;
    }
}
static double soma_unit(u32 a, u32 b) { return (double)(((u64)(a >> 5) << 26) | (u64)(b >> 6)) * 1.1102230246251565404e-16; }
static double soma_uniform(u64 seed, u32 stream, i64 step, i64 index, u32 draw) {
    u32 c[4] = { draw, (u32)index, (u32)step, (u32)((u64)step >> 32) };
    soma_philox(c, (u32)seed, (u32)(seed >> 32) ^ stream);
    return soma_unit(c[0], c[1]);
}
static inline __attribute__((always_inline)) double soma_log(double x) {
    union { double v; u64 u; } a, m;
    a.v = x;
    u64 significand = a.u & 0xFFFFFFFFFFFFFull, up = (significand + 0x95f619980c433ull) >> 52;
    i64 k = (i64)(a.u >> 52) - 1023 + (i64)up;
    m.u = significand | ((1023 - up) << 52);
    double f = m.v - 1.0;
    double s = f / (2.0 + f), z = s * s;
    double r = z * (0.666666666666667 + z * (0.39999999999899444 + z * (0.2857142862600327 + z * (0.22222211130259878 + z * (0.18182889455674947 + z * (0.15331710618210773 + z * 0.14616585424888623))))));
    double half = 0.5 * f * f, dk = (double)k;
    return dk * 0.6931471803691238 - ((half - (s * (half + r) + dk * 1.9082149292705877e-10)) - f);
}
static inline __attribute__((always_inline)) double soma_cos2pi(double u) {
    union { double v; u64 u; } shifted, value;
    shifted.v = 4.0 * u + 6755399441055744.0;
    double t = u - 0.25 * (shifted.v - 6755399441055744.0), x = t * t;
    double sine = t * (6.283185307179586 + x * (-41.341702240399634 + x * (81.60524927594797 + x * (-76.70585970425508 + x * (42.05868501748958 + x * (-15.093804042841079 + x * 3.7808650697534167)))))), cosine = (1.0 + x * (-19.739208802178716 + x * (64.93939402266795 + x * (-85.45681720652263 + x * (60.24464132885012 + x * (-26.426250906863718 + x * (7.903091599093211 + x * -1.6968477245567357)))))));
    union { double v; u64 u; } a, b;
    a.v = sine; b.v = cosine;
    u64 quadrant = shifted.u & 3;
    value.u = (b.u ^ ((a.u ^ b.u) & (0 - (quadrant & 1)))) ^ (((quadrant + 1) & 2) << 62);
    return value.v;
}
static inline __attribute__((always_inline)) double soma_normal(u64 seed, u32 stream, i64 step, i64 index, u32 draw) {
    u32 c[4] = { draw, (u32)index, (u32)step, (u32)((u64)step >> 32) };
    soma_philox(c, (u32)seed, (u32)(seed >> 32) ^ stream);
    double u1 = soma_unit(c[0], c[1]), u2 = soma_unit(c[2], c[3]);
    return sqrt(-2.0 * soma_log(1.0 - u1)) * soma_cos2pi(u2);
}

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
#if defined(__GNUC__) && !defined(__clang__) && !defined(__TINYC__) && !defined(__CUDACC__) && (defined(__AVX512F__) || defined(__AVX2__))
#if defined(__AVX512F__)
#define SOMA_SPIKE_SCAN 16
typedef int soma_flags16 __attribute__((vector_size(64), aligned(4), may_alias));
static inline __attribute__((always_inline)) int soma_no_spike_among(const int *p) {
    const soma_flags16 bit = { 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2 };
    return !__builtin_ia32_ptestmd512(*(const soma_flags16 *)p, bit, 0xFFFF);
}
#else
#define SOMA_SPIKE_SCAN 8
typedef long long soma_flags8 __attribute__((vector_size(32), aligned(4), may_alias));
static inline __attribute__((always_inline)) int soma_no_spike_among(const int *p) {
    const soma_flags8 bit = { 0x200000002ll, 0x200000002ll, 0x200000002ll, 0x200000002ll };
    return __builtin_ia32_ptestz256(*(const soma_flags8 *)p, bit);
}
#endif
#else
#define SOMA_SPIKE_SCAN 8
#define soma_no_spike_among(p) (!(((p)[0] | (p)[1] | (p)[2] | (p)[3] | (p)[4] | (p)[5] | (p)[6] | (p)[7]) & 2))
#endif
static int step_p0(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    const i64 n = (i64)P[1];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const real dtr = (real)dt;
    (void)t; (void)dtr; (void)seed;
    real *restrict a_V = (real *)slot[3];
    const real p_tau = (real)P[4];
    const real p_El = (real)P[5];
    const real p_Vth = (real)P[6];
    const real p_Vreset = (real)P[7];
    const real p_R = (real)P[8];
    const real p_t_ref = (real)P[9];
    int *restrict previous = (int *)slot[4];
    int *restrict refractory_left = (int *)slot[5];
    const int refractory_steps = (int)P[10];
    u64 bad = 0;
    const real h0 = (dtr * soma_exprel(((-1.0 / p_tau) * dtr)));
    const real h1 = (1.0 / p_tau);
    for (i64 i = lo; i < hi; ++i) {
        real x_V = a_V[i];
        const real in0_I = (1.5000000000000002e-09 + (1e-14 * (real)i));
        const real f_V = (((p_El - x_V) + (p_R * in0_I)) * h1);
        real n_V = x_V + f_V * h0;
        const int refractory = refractory_left[i] > 0;
        refractory_left[i] -= refractory;
        (void)refractory;
        n_V = soma_select(refractory, x_V, n_V);
        { union { real value; u64 bits; } finite; finite.value = (n_V - n_V); bad |= finite.bits; }
        x_V = n_V;
        const int fired = (x_V > p_Vth);
        previous[i] = fired | ((fired && !(previous[i] & 1) && !refractory) << 1);
        a_V[i] = x_V;
    }
    for (i64 i = lo; i < hi; ++i) {
        if (i + SOMA_SPIKE_SCAN <= hi && soma_no_spike_among(previous + i)) { i += SOMA_SPIKE_SCAN - 1; continue; }
        if (!(previous[i] & 2)) continue;
        real x_V = a_V[i];
        x_V = p_Vreset;
        refractory_left[i] = refractory_steps;
        emitted[(*nemitted)++] = i;
        previous[i] = (int)(x_V > p_Vth);
        a_V[i] = x_V;
    }
    (void)emitted; (void)nemitted;
    return bad != 0;
}

static int nonfinite_p0(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[1];
    const real *a_V = (const real *)slot[3];
    for (i64 j = 0; j < n; ++j) if (!((a_V[j] - a_V[j]) == 0)) { err[0] = s + 1; err[1] = 0; err[2] = 0; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static int record_state(void **slot, const double *P, i64 s) {
    (void)slot; (void)P; (void)s;
    return 0;
}

typedef union { char bytes[64]; long align; } soma_sync;
int pthread_create(unsigned long *thread, const void *attributes, void *(*start)(void *), void *argument);
int pthread_join(unsigned long thread, void **result);
int pthread_barrier_init(soma_sync *barrier, const void *attributes, unsigned count);
int pthread_barrier_wait(soma_sync *barrier);
int pthread_barrier_destroy(soma_sync *barrier);
int pthread_mutex_lock(soma_sync *mutex);
int pthread_mutex_unlock(soma_sync *mutex);
void *malloc(unsigned long size);
void free(void *pointer);

typedef struct {
    void **slot;
    const double *P;
    i64 step0, nsteps, stop;
    int parts;
    soma_sync barrier, gate;
    i64 *emitted[1];
    i64 nemitted[1][8];
    int bad[1][8];
} soma_team;
typedef struct { soma_team *team; int part; } soma_member;

static __attribute__((optimize("no-tree-vectorize"))) void soma_after_step(soma_team *team, i64 s) {
    void **slot = team->slot;
    const double *P = team->P;
    i64 *err = (i64 *)slot[2];
     {
        i64 *count = (i64 *)slot[6];
        int bad = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[1] * p / team->parts;
            const i64 m = team->nemitted[0][p];
            *count += m;
            int *spike_index = (int *)slot[7];
            i64 *spike_step = (i64 *)slot[8];
            i64 *spike_n = (i64 *)slot[9];
            for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[0][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }
            (void)lo;
            bad |= team->bad[0][p];
        }
        if (bad && nonfinite_p0(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
    if (*(i64 *)slot[9] + (i64)P[1] > (i64)P[11]) { team->stop = s + 1 - team->step0; return; }
    (void)slot; (void)P; (void)err;
}

static i64 soma_steps(soma_team *team, int part) {
    void **slot = team->slot;
    const double *P = team->P;
    const u64 seed = *(const u64 *)slot[1];
    const double dt = P[0];
    const int parts = team->parts;
    (void)seed; (void)dt;
    for (i64 s = team->step0; s < team->step0 + team->nsteps; ++s) {
        if (part == 0 && team->stop < 0) {
            if (record_state(slot, P, s)) team->stop = s - team->step0;
        }
        if (parts > 1) pthread_barrier_wait(&team->barrier);
        if (team->stop >= 0) return team->stop;
         {
            const i64 n = (i64)P[1], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[0][part] = 0;
            team->bad[0][part] = step_p0(slot, P, s, dt, seed, lo, hi, team->emitted[0] + lo, &team->nemitted[0][part]);
        }
        if (parts > 1) pthread_barrier_wait(&team->barrier);
        if (part == 0) soma_after_step(team, s);
    }
    return team->stop >= 0 ? team->stop : team->nsteps;
}

static void *soma_member_main(void *argument) {
    soma_member *member = (soma_member *)argument;
    pthread_mutex_lock(&member->team->gate);
    pthread_mutex_unlock(&member->team->gate);
    soma_steps(member->team, member->part);
    return 0;
}

i64 soma_chunk(void **slot, i64 step0, i64 nsteps) {
    soma_team team = {0};
    soma_member members[8];
    unsigned long threads[8];
    team.slot = slot; team.P = (const double *)slot[0]; team.step0 = step0; team.nsteps = nsteps; team.stop = -1;
    int wanted = (int)team.P[12];
    if (wanted < 1) wanted = 1;
    if (wanted > 8) wanted = 8;
    team.emitted[0] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[1] + 1));
    pthread_mutex_lock(&team.gate);
    int parts = 1;
    while (parts < wanted) {
        members[parts].team = &team; members[parts].part = parts;
        if (pthread_create(&threads[parts], 0, soma_member_main, &members[parts]) != 0) break;
        ++parts;
    }
    team.parts = parts;
    if (parts > 1) pthread_barrier_init(&team.barrier, 0, (unsigned)parts);
    pthread_mutex_unlock(&team.gate);
    const i64 done = soma_steps(&team, 0);
    for (int p = 1; p < parts; ++p) pthread_join(threads[p], 0);
    if (parts > 1) pthread_barrier_destroy(&team.barrier);
    free(team.emitted[0]);
    return done;
}
