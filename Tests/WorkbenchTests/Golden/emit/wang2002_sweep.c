/* soma emit: the run at line 73 of wang2002_sweep.soma */
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
double log(double);
double cos(double);
double sqrt(double);

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
static inline __attribute__((always_inline)) real soma_expm1_body(real x) {
    union { real v; u64 u; } shifted, s1, s2, s2inv;
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
    s2inv.u = (u64)(1023 - (ki - h)) << 52;
    real e = ((rh * s1.v + (s1.v - s2inv.v)) + (rl + r2 * p) * s1.v) * s2.v;
    return x == 0 ? x : e;
}
static __attribute__((simd("notinbranch"), noinline)) real soma_exp(real x) { return soma_exp_body(x); }
static __attribute__((simd("notinbranch"), noinline)) real soma_expm1(real x) { return soma_expm1_body(x); }
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
static __attribute__((simd("notinbranch"), noinline)) real soma_exprel(real x) { real e = soma_expm1_body(x); return x == 0 ? (real)1 : e / x; }
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
static double soma_normal(u64 seed, u32 stream, i64 step, i64 index, u32 draw) {
    u32 c[4] = { draw, (u32)index, (u32)step, (u32)((u64)step >> 32) };
    soma_philox(c, (u32)seed, (u32)(seed >> 32) ^ stream);
    double u1 = soma_unit(c[0], c[1]), u2 = soma_unit(c[2], c[3]);
    return sqrt(-2 * log(1 - u1)) * cos(6.283185307179586 * u2);
}

static __attribute__((noinline, noclone)) int update_p0(void **slot, const double *P, const int *S, const int *Q, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    const i64 n = (i64)P[Q[0]];
    const double t = P[Q[1]] + (double)(s - (i64)P[Q[2]]) * dt;
    const real dtr = (real)dt;
    (void)t; (void)dtr; (void)seed;
    real *restrict a_v = (real *)slot[S[0]];
    real *restrict a_g_poisson = (real *)slot[S[1]];
    real *restrict a_g_poisson_2 = (real *)slot[S[2]];
    real *restrict a_g_W1_A = (real *)slot[S[3]];
    real *restrict a_g_W1_B = (real *)slot[S[4]];
    real *restrict a_g_W1_Rest = (real *)slot[S[5]];
    real *restrict a_g_W1_A_2 = (real *)slot[S[6]];
    real *restrict a_g_W1_B_2 = (real *)slot[S[7]];
    real *restrict a_g_W1_Rest_2 = (real *)slot[S[8]];
    real *restrict a_g_W1_Inh = (real *)slot[S[9]];
    const real p_C = (real)P[Q[3]];
    const real p_gL = (real)P[Q[4]];
    const real p_El = (real)P[Q[5]];
    const real p_Vt = (real)P[Q[6]];
    const real p_Vr = (real)P[Q[7]];
    const real p_tref = (real)P[Q[8]];
    const real p_tau_AMPA_poisson = (real)P[Q[9]];
    const real p_E_AMPA_poisson = (real)P[Q[10]];
    const real p_tau_AMPA_poisson_2 = (real)P[Q[11]];
    const real p_E_AMPA_poisson_2 = (real)P[Q[12]];
    const real p_tau_AMPA_W1_A = (real)P[Q[13]];
    const real p_E_AMPA_W1_A = (real)P[Q[14]];
    const real p_tau_AMPA_W1_B = (real)P[Q[15]];
    const real p_E_AMPA_W1_B = (real)P[Q[16]];
    const real p_tau_AMPA_W1_Rest = (real)P[Q[17]];
    const real p_E_AMPA_W1_Rest = (real)P[Q[18]];
    const real p_tau_decay_W1_A = (real)P[Q[19]];
    const real p_tau_rise_W1_A = (real)P[Q[20]];
    const real p_alpha_W1_A = (real)P[Q[21]];
    const real p_Mg_W1_A = (real)P[Q[22]];
    const real p_E_NMDA_W1_A = (real)P[Q[23]];
    const real p_tau_decay_W1_B = (real)P[Q[24]];
    const real p_tau_rise_W1_B = (real)P[Q[25]];
    const real p_alpha_W1_B = (real)P[Q[26]];
    const real p_Mg_W1_B = (real)P[Q[27]];
    const real p_E_NMDA_W1_B = (real)P[Q[28]];
    const real p_tau_decay_W1_Rest = (real)P[Q[29]];
    const real p_tau_rise_W1_Rest = (real)P[Q[30]];
    const real p_alpha_W1_Rest = (real)P[Q[31]];
    const real p_Mg_W1_Rest = (real)P[Q[32]];
    const real p_E_NMDA_W1_Rest = (real)P[Q[33]];
    const real p_tau_GABA_W1_Inh = (real)P[Q[34]];
    const real p_E_GABA_W1_Inh = (real)P[Q[35]];
    const real in_Isyn = (real)P[Q[36]];
    unsigned char *restrict previous = (unsigned char *)slot[S[10]];
    i64 *restrict refractory_until = (i64 *)slot[S[11]];
    const i64 refractory_steps = (i64)P[Q[37]];
    int bad = 0;
    for (i64 i = lo; i < hi; ++i) {
        real x_v = a_v[i];
        real x_g_poisson = a_g_poisson[i];
        real x_g_poisson_2 = a_g_poisson_2[i];
        real x_g_W1_A = a_g_W1_A[i];
        real x_g_W1_B = a_g_W1_B[i];
        real x_g_W1_Rest = a_g_W1_Rest[i];
        real x_g_W1_A_2 = a_g_W1_A_2[i];
        real x_g_W1_B_2 = a_g_W1_B_2[i];
        real x_g_W1_Rest_2 = a_g_W1_Rest_2[i];
        real x_g_W1_Inh = a_g_W1_Inh[i];
        const real c0_0 = soma_exp((-62.0 * x_v));
        const real k0_v = (((-(p_gL * (x_v - p_El))) + (((((((((in_Isyn + (x_g_W1_Inh * (p_E_GABA_W1_Inh - x_v))) + ((x_g_W1_Rest_2 * (p_E_NMDA_W1_Rest - x_v)) / (1.0 + ((p_Mg_W1_Rest * 0.2801120448179272) * c0_0)))) + ((x_g_W1_B_2 * (p_E_NMDA_W1_B - x_v)) / (1.0 + ((p_Mg_W1_B * 0.2801120448179272) * c0_0)))) + ((x_g_W1_A_2 * (p_E_NMDA_W1_A - x_v)) / (1.0 + ((p_Mg_W1_A * 0.2801120448179272) * c0_0)))) + (x_g_W1_Rest * (p_E_AMPA_W1_Rest - x_v))) + (x_g_W1_B * (p_E_AMPA_W1_B - x_v))) + (x_g_W1_A * (p_E_AMPA_W1_A - x_v))) + (x_g_poisson_2 * (p_E_AMPA_poisson_2 - x_v))) + (x_g_poisson * (p_E_AMPA_poisson - x_v)))) / p_C);
        const real k0_g_poisson = (-(x_g_poisson / p_tau_AMPA_poisson));
        const real k0_g_poisson_2 = (-(x_g_poisson_2 / p_tau_AMPA_poisson_2));
        const real k0_g_W1_A = (-(x_g_W1_A / p_tau_AMPA_W1_A));
        const real k0_g_W1_B = (-(x_g_W1_B / p_tau_AMPA_W1_B));
        const real k0_g_W1_Rest = (-(x_g_W1_Rest / p_tau_AMPA_W1_Rest));
        const real k0_g_W1_A_2 = (-(x_g_W1_A_2 / p_tau_decay_W1_A));
        const real k0_g_W1_B_2 = (-(x_g_W1_B_2 / p_tau_decay_W1_B));
        const real k0_g_W1_Rest_2 = (-(x_g_W1_Rest_2 / p_tau_decay_W1_Rest));
        const real k0_g_W1_Inh = (-(x_g_W1_Inh / p_tau_GABA_W1_Inh));
        real n_v = x_v + dtr * ((real)1.0 * k0_v);
        real n_g_poisson = x_g_poisson + dtr * ((real)1.0 * k0_g_poisson);
        real n_g_poisson_2 = x_g_poisson_2 + dtr * ((real)1.0 * k0_g_poisson_2);
        real n_g_W1_A = x_g_W1_A + dtr * ((real)1.0 * k0_g_W1_A);
        real n_g_W1_B = x_g_W1_B + dtr * ((real)1.0 * k0_g_W1_B);
        real n_g_W1_Rest = x_g_W1_Rest + dtr * ((real)1.0 * k0_g_W1_Rest);
        real n_g_W1_A_2 = x_g_W1_A_2 + dtr * ((real)1.0 * k0_g_W1_A_2);
        real n_g_W1_B_2 = x_g_W1_B_2 + dtr * ((real)1.0 * k0_g_W1_B_2);
        real n_g_W1_Rest_2 = x_g_W1_Rest_2 + dtr * ((real)1.0 * k0_g_W1_Rest_2);
        real n_g_W1_Inh = x_g_W1_Inh + dtr * ((real)1.0 * k0_g_W1_Inh);
        const int refractory = s < refractory_until[i];
        (void)refractory;
        n_v = soma_select(refractory, x_v, n_v);
        bad |= !((n_v - n_v) == 0);
        bad |= !((n_g_poisson - n_g_poisson) == 0);
        bad |= !((n_g_poisson_2 - n_g_poisson_2) == 0);
        bad |= !((n_g_W1_A - n_g_W1_A) == 0);
        bad |= !((n_g_W1_B - n_g_W1_B) == 0);
        bad |= !((n_g_W1_Rest - n_g_W1_Rest) == 0);
        bad |= !((n_g_W1_A_2 - n_g_W1_A_2) == 0);
        bad |= !((n_g_W1_B_2 - n_g_W1_B_2) == 0);
        bad |= !((n_g_W1_Rest_2 - n_g_W1_Rest_2) == 0);
        bad |= !((n_g_W1_Inh - n_g_W1_Inh) == 0);
        x_v = n_v;
        x_g_poisson = n_g_poisson;
        x_g_poisson_2 = n_g_poisson_2;
        x_g_W1_A = n_g_W1_A;
        x_g_W1_B = n_g_W1_B;
        x_g_W1_Rest = n_g_W1_Rest;
        x_g_W1_A_2 = n_g_W1_A_2;
        x_g_W1_B_2 = n_g_W1_B_2;
        x_g_W1_Rest_2 = n_g_W1_Rest_2;
        x_g_W1_Inh = n_g_W1_Inh;
        const int fired = (x_v > p_Vt);
        previous[i] = (unsigned char)(fired | ((fired && !(previous[i] & 1) && !refractory) << 1));
        a_v[i] = x_v;
        a_g_poisson[i] = x_g_poisson;
        a_g_poisson_2[i] = x_g_poisson_2;
        a_g_W1_A[i] = x_g_W1_A;
        a_g_W1_B[i] = x_g_W1_B;
        a_g_W1_Rest[i] = x_g_W1_Rest;
        a_g_W1_A_2[i] = x_g_W1_A_2;
        a_g_W1_B_2[i] = x_g_W1_B_2;
        a_g_W1_Rest_2[i] = x_g_W1_Rest_2;
        a_g_W1_Inh[i] = x_g_W1_Inh;
    }
    for (i64 i = lo; i < hi; ++i) {
        if (!(previous[i] & 2)) continue;
        real x_v = a_v[i];
        real x_g_poisson = a_g_poisson[i];
        real x_g_poisson_2 = a_g_poisson_2[i];
        real x_g_W1_A = a_g_W1_A[i];
        real x_g_W1_B = a_g_W1_B[i];
        real x_g_W1_Rest = a_g_W1_Rest[i];
        real x_g_W1_A_2 = a_g_W1_A_2[i];
        real x_g_W1_B_2 = a_g_W1_B_2[i];
        real x_g_W1_Rest_2 = a_g_W1_Rest_2[i];
        real x_g_W1_Inh = a_g_W1_Inh[i];
        x_v = p_Vr;
        refractory_until[i] = s + 1 + refractory_steps;
        emitted[(*nemitted)++] = i;
        previous[i] = (unsigned char)(x_v > p_Vt);
        a_v[i] = x_v;
        a_g_poisson[i] = x_g_poisson;
        a_g_poisson_2[i] = x_g_poisson_2;
        a_g_W1_A[i] = x_g_W1_A;
        a_g_W1_B[i] = x_g_W1_B;
        a_g_W1_Rest[i] = x_g_W1_Rest;
        a_g_W1_A_2[i] = x_g_W1_A_2;
        a_g_W1_B_2[i] = x_g_W1_B_2;
        a_g_W1_Rest_2[i] = x_g_W1_Rest_2;
        a_g_W1_Inh[i] = x_g_W1_Inh;
    }
    (void)emitted; (void)nemitted;
    return bad;
}

static int step_p0(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14 }, Q[] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38 };
    return update_p0(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p0(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[1];
    const real *a_v = (const real *)slot[3];
    for (i64 j = 0; j < n; ++j) if (!((a_v[j] - a_v[j]) == 0)) { err[0] = s + 1; err[1] = 0; err[2] = 0; err[3] = j; return 1; }
    const real *a_g_poisson = (const real *)slot[4];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson[j] - a_g_poisson[j]) == 0)) { err[0] = s + 1; err[1] = 0; err[2] = 1; err[3] = j; return 1; }
    const real *a_g_poisson_2 = (const real *)slot[5];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson_2[j] - a_g_poisson_2[j]) == 0)) { err[0] = s + 1; err[1] = 0; err[2] = 2; err[3] = j; return 1; }
    const real *a_g_W1_A = (const real *)slot[6];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W1_A[j] - a_g_W1_A[j]) == 0)) { err[0] = s + 1; err[1] = 0; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_W1_B = (const real *)slot[7];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W1_B[j] - a_g_W1_B[j]) == 0)) { err[0] = s + 1; err[1] = 0; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_W1_Rest = (const real *)slot[8];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W1_Rest[j] - a_g_W1_Rest[j]) == 0)) { err[0] = s + 1; err[1] = 0; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_W1_A_2 = (const real *)slot[9];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W1_A_2[j] - a_g_W1_A_2[j]) == 0)) { err[0] = s + 1; err[1] = 0; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_W1_B_2 = (const real *)slot[10];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W1_B_2[j] - a_g_W1_B_2[j]) == 0)) { err[0] = s + 1; err[1] = 0; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_W1_Rest_2 = (const real *)slot[11];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W1_Rest_2[j] - a_g_W1_Rest_2[j]) == 0)) { err[0] = s + 1; err[1] = 0; err[2] = 8; err[3] = j; return 1; }
    const real *a_g_W1_Inh = (const real *)slot[12];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W1_Inh[j] - a_g_W1_Inh[j]) == 0)) { err[0] = s + 1; err[1] = 0; err[2] = 9; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static int step_p1(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26 }, Q[] = { 39, 2, 3, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74 };
    return update_p0(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p1(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[39];
    const real *a_v = (const real *)slot[15];
    for (i64 j = 0; j < n; ++j) if (!((a_v[j] - a_v[j]) == 0)) { err[0] = s + 1; err[1] = 1; err[2] = 0; err[3] = j; return 1; }
    const real *a_g_poisson = (const real *)slot[16];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson[j] - a_g_poisson[j]) == 0)) { err[0] = s + 1; err[1] = 1; err[2] = 1; err[3] = j; return 1; }
    const real *a_g_poisson_2 = (const real *)slot[17];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson_2[j] - a_g_poisson_2[j]) == 0)) { err[0] = s + 1; err[1] = 1; err[2] = 2; err[3] = j; return 1; }
    const real *a_g_W1_A = (const real *)slot[18];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W1_A[j] - a_g_W1_A[j]) == 0)) { err[0] = s + 1; err[1] = 1; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_W1_B = (const real *)slot[19];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W1_B[j] - a_g_W1_B[j]) == 0)) { err[0] = s + 1; err[1] = 1; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_W1_Rest = (const real *)slot[20];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W1_Rest[j] - a_g_W1_Rest[j]) == 0)) { err[0] = s + 1; err[1] = 1; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_W1_A_2 = (const real *)slot[21];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W1_A_2[j] - a_g_W1_A_2[j]) == 0)) { err[0] = s + 1; err[1] = 1; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_W1_B_2 = (const real *)slot[22];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W1_B_2[j] - a_g_W1_B_2[j]) == 0)) { err[0] = s + 1; err[1] = 1; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_W1_Rest_2 = (const real *)slot[23];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W1_Rest_2[j] - a_g_W1_Rest_2[j]) == 0)) { err[0] = s + 1; err[1] = 1; err[2] = 8; err[3] = j; return 1; }
    const real *a_g_W1_Inh = (const real *)slot[24];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W1_Inh[j] - a_g_W1_Inh[j]) == 0)) { err[0] = s + 1; err[1] = 1; err[2] = 9; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static __attribute__((noinline, noclone)) int update_p2(void **slot, const double *P, const int *S, const int *Q, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    const i64 n = (i64)P[Q[0]];
    const double t = P[Q[1]] + (double)(s - (i64)P[Q[2]]) * dt;
    const real dtr = (real)dt;
    (void)t; (void)dtr; (void)seed;
    real *restrict a_v = (real *)slot[S[0]];
    real *restrict a_g_poisson = (real *)slot[S[1]];
    real *restrict a_g_W1_A = (real *)slot[S[2]];
    real *restrict a_g_W1_B = (real *)slot[S[3]];
    real *restrict a_g_W1_Rest = (real *)slot[S[4]];
    real *restrict a_g_W1_A_2 = (real *)slot[S[5]];
    real *restrict a_g_W1_B_2 = (real *)slot[S[6]];
    real *restrict a_g_W1_Rest_2 = (real *)slot[S[7]];
    real *restrict a_g_W1_Inh = (real *)slot[S[8]];
    const real p_C = (real)P[Q[3]];
    const real p_gL = (real)P[Q[4]];
    const real p_El = (real)P[Q[5]];
    const real p_Vt = (real)P[Q[6]];
    const real p_Vr = (real)P[Q[7]];
    const real p_tref = (real)P[Q[8]];
    const real p_tau_AMPA_poisson = (real)P[Q[9]];
    const real p_E_AMPA_poisson = (real)P[Q[10]];
    const real p_tau_AMPA_W1_A = (real)P[Q[11]];
    const real p_E_AMPA_W1_A = (real)P[Q[12]];
    const real p_tau_AMPA_W1_B = (real)P[Q[13]];
    const real p_E_AMPA_W1_B = (real)P[Q[14]];
    const real p_tau_AMPA_W1_Rest = (real)P[Q[15]];
    const real p_E_AMPA_W1_Rest = (real)P[Q[16]];
    const real p_tau_decay_W1_A = (real)P[Q[17]];
    const real p_tau_rise_W1_A = (real)P[Q[18]];
    const real p_alpha_W1_A = (real)P[Q[19]];
    const real p_Mg_W1_A = (real)P[Q[20]];
    const real p_E_NMDA_W1_A = (real)P[Q[21]];
    const real p_tau_decay_W1_B = (real)P[Q[22]];
    const real p_tau_rise_W1_B = (real)P[Q[23]];
    const real p_alpha_W1_B = (real)P[Q[24]];
    const real p_Mg_W1_B = (real)P[Q[25]];
    const real p_E_NMDA_W1_B = (real)P[Q[26]];
    const real p_tau_decay_W1_Rest = (real)P[Q[27]];
    const real p_tau_rise_W1_Rest = (real)P[Q[28]];
    const real p_alpha_W1_Rest = (real)P[Q[29]];
    const real p_Mg_W1_Rest = (real)P[Q[30]];
    const real p_E_NMDA_W1_Rest = (real)P[Q[31]];
    const real p_tau_GABA_W1_Inh = (real)P[Q[32]];
    const real p_E_GABA_W1_Inh = (real)P[Q[33]];
    const real in_Isyn = (real)P[Q[34]];
    unsigned char *restrict previous = (unsigned char *)slot[S[9]];
    i64 *restrict refractory_until = (i64 *)slot[S[10]];
    const i64 refractory_steps = (i64)P[Q[35]];
    int bad = 0;
    for (i64 i = lo; i < hi; ++i) {
        real x_v = a_v[i];
        real x_g_poisson = a_g_poisson[i];
        real x_g_W1_A = a_g_W1_A[i];
        real x_g_W1_B = a_g_W1_B[i];
        real x_g_W1_Rest = a_g_W1_Rest[i];
        real x_g_W1_A_2 = a_g_W1_A_2[i];
        real x_g_W1_B_2 = a_g_W1_B_2[i];
        real x_g_W1_Rest_2 = a_g_W1_Rest_2[i];
        real x_g_W1_Inh = a_g_W1_Inh[i];
        const real c0_0 = soma_exp((-62.0 * x_v));
        const real k0_v = (((-(p_gL * (x_v - p_El))) + ((((((((in_Isyn + (x_g_W1_Inh * (p_E_GABA_W1_Inh - x_v))) + ((x_g_W1_Rest_2 * (p_E_NMDA_W1_Rest - x_v)) / (1.0 + ((p_Mg_W1_Rest * 0.2801120448179272) * c0_0)))) + ((x_g_W1_B_2 * (p_E_NMDA_W1_B - x_v)) / (1.0 + ((p_Mg_W1_B * 0.2801120448179272) * c0_0)))) + ((x_g_W1_A_2 * (p_E_NMDA_W1_A - x_v)) / (1.0 + ((p_Mg_W1_A * 0.2801120448179272) * c0_0)))) + (x_g_W1_Rest * (p_E_AMPA_W1_Rest - x_v))) + (x_g_W1_B * (p_E_AMPA_W1_B - x_v))) + (x_g_W1_A * (p_E_AMPA_W1_A - x_v))) + (x_g_poisson * (p_E_AMPA_poisson - x_v)))) / p_C);
        const real k0_g_poisson = (-(x_g_poisson / p_tau_AMPA_poisson));
        const real k0_g_W1_A = (-(x_g_W1_A / p_tau_AMPA_W1_A));
        const real k0_g_W1_B = (-(x_g_W1_B / p_tau_AMPA_W1_B));
        const real k0_g_W1_Rest = (-(x_g_W1_Rest / p_tau_AMPA_W1_Rest));
        const real k0_g_W1_A_2 = (-(x_g_W1_A_2 / p_tau_decay_W1_A));
        const real k0_g_W1_B_2 = (-(x_g_W1_B_2 / p_tau_decay_W1_B));
        const real k0_g_W1_Rest_2 = (-(x_g_W1_Rest_2 / p_tau_decay_W1_Rest));
        const real k0_g_W1_Inh = (-(x_g_W1_Inh / p_tau_GABA_W1_Inh));
        real n_v = x_v + dtr * ((real)1.0 * k0_v);
        real n_g_poisson = x_g_poisson + dtr * ((real)1.0 * k0_g_poisson);
        real n_g_W1_A = x_g_W1_A + dtr * ((real)1.0 * k0_g_W1_A);
        real n_g_W1_B = x_g_W1_B + dtr * ((real)1.0 * k0_g_W1_B);
        real n_g_W1_Rest = x_g_W1_Rest + dtr * ((real)1.0 * k0_g_W1_Rest);
        real n_g_W1_A_2 = x_g_W1_A_2 + dtr * ((real)1.0 * k0_g_W1_A_2);
        real n_g_W1_B_2 = x_g_W1_B_2 + dtr * ((real)1.0 * k0_g_W1_B_2);
        real n_g_W1_Rest_2 = x_g_W1_Rest_2 + dtr * ((real)1.0 * k0_g_W1_Rest_2);
        real n_g_W1_Inh = x_g_W1_Inh + dtr * ((real)1.0 * k0_g_W1_Inh);
        const int refractory = s < refractory_until[i];
        (void)refractory;
        n_v = soma_select(refractory, x_v, n_v);
        bad |= !((n_v - n_v) == 0);
        bad |= !((n_g_poisson - n_g_poisson) == 0);
        bad |= !((n_g_W1_A - n_g_W1_A) == 0);
        bad |= !((n_g_W1_B - n_g_W1_B) == 0);
        bad |= !((n_g_W1_Rest - n_g_W1_Rest) == 0);
        bad |= !((n_g_W1_A_2 - n_g_W1_A_2) == 0);
        bad |= !((n_g_W1_B_2 - n_g_W1_B_2) == 0);
        bad |= !((n_g_W1_Rest_2 - n_g_W1_Rest_2) == 0);
        bad |= !((n_g_W1_Inh - n_g_W1_Inh) == 0);
        x_v = n_v;
        x_g_poisson = n_g_poisson;
        x_g_W1_A = n_g_W1_A;
        x_g_W1_B = n_g_W1_B;
        x_g_W1_Rest = n_g_W1_Rest;
        x_g_W1_A_2 = n_g_W1_A_2;
        x_g_W1_B_2 = n_g_W1_B_2;
        x_g_W1_Rest_2 = n_g_W1_Rest_2;
        x_g_W1_Inh = n_g_W1_Inh;
        const int fired = (x_v > p_Vt);
        previous[i] = (unsigned char)(fired | ((fired && !(previous[i] & 1) && !refractory) << 1));
        a_v[i] = x_v;
        a_g_poisson[i] = x_g_poisson;
        a_g_W1_A[i] = x_g_W1_A;
        a_g_W1_B[i] = x_g_W1_B;
        a_g_W1_Rest[i] = x_g_W1_Rest;
        a_g_W1_A_2[i] = x_g_W1_A_2;
        a_g_W1_B_2[i] = x_g_W1_B_2;
        a_g_W1_Rest_2[i] = x_g_W1_Rest_2;
        a_g_W1_Inh[i] = x_g_W1_Inh;
    }
    for (i64 i = lo; i < hi; ++i) {
        if (!(previous[i] & 2)) continue;
        real x_v = a_v[i];
        real x_g_poisson = a_g_poisson[i];
        real x_g_W1_A = a_g_W1_A[i];
        real x_g_W1_B = a_g_W1_B[i];
        real x_g_W1_Rest = a_g_W1_Rest[i];
        real x_g_W1_A_2 = a_g_W1_A_2[i];
        real x_g_W1_B_2 = a_g_W1_B_2[i];
        real x_g_W1_Rest_2 = a_g_W1_Rest_2[i];
        real x_g_W1_Inh = a_g_W1_Inh[i];
        x_v = p_Vr;
        refractory_until[i] = s + 1 + refractory_steps;
        emitted[(*nemitted)++] = i;
        previous[i] = (unsigned char)(x_v > p_Vt);
        a_v[i] = x_v;
        a_g_poisson[i] = x_g_poisson;
        a_g_W1_A[i] = x_g_W1_A;
        a_g_W1_B[i] = x_g_W1_B;
        a_g_W1_Rest[i] = x_g_W1_Rest;
        a_g_W1_A_2[i] = x_g_W1_A_2;
        a_g_W1_B_2[i] = x_g_W1_B_2;
        a_g_W1_Rest_2[i] = x_g_W1_Rest_2;
        a_g_W1_Inh[i] = x_g_W1_Inh;
    }
    (void)emitted; (void)nemitted;
    return bad;
}

static int step_p2(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37 }, Q[] = { 75, 2, 3, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108 };
    return update_p2(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p2(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[75];
    const real *a_v = (const real *)slot[27];
    for (i64 j = 0; j < n; ++j) if (!((a_v[j] - a_v[j]) == 0)) { err[0] = s + 1; err[1] = 2; err[2] = 0; err[3] = j; return 1; }
    const real *a_g_poisson = (const real *)slot[28];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson[j] - a_g_poisson[j]) == 0)) { err[0] = s + 1; err[1] = 2; err[2] = 1; err[3] = j; return 1; }
    const real *a_g_W1_A = (const real *)slot[29];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W1_A[j] - a_g_W1_A[j]) == 0)) { err[0] = s + 1; err[1] = 2; err[2] = 2; err[3] = j; return 1; }
    const real *a_g_W1_B = (const real *)slot[30];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W1_B[j] - a_g_W1_B[j]) == 0)) { err[0] = s + 1; err[1] = 2; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_W1_Rest = (const real *)slot[31];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W1_Rest[j] - a_g_W1_Rest[j]) == 0)) { err[0] = s + 1; err[1] = 2; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_W1_A_2 = (const real *)slot[32];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W1_A_2[j] - a_g_W1_A_2[j]) == 0)) { err[0] = s + 1; err[1] = 2; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_W1_B_2 = (const real *)slot[33];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W1_B_2[j] - a_g_W1_B_2[j]) == 0)) { err[0] = s + 1; err[1] = 2; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_W1_Rest_2 = (const real *)slot[34];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W1_Rest_2[j] - a_g_W1_Rest_2[j]) == 0)) { err[0] = s + 1; err[1] = 2; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_W1_Inh = (const real *)slot[35];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W1_Inh[j] - a_g_W1_Inh[j]) == 0)) { err[0] = s + 1; err[1] = 2; err[2] = 8; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static int step_p3(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48 }, Q[] = { 109, 2, 3, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142 };
    return update_p2(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p3(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[109];
    const real *a_v = (const real *)slot[38];
    for (i64 j = 0; j < n; ++j) if (!((a_v[j] - a_v[j]) == 0)) { err[0] = s + 1; err[1] = 3; err[2] = 0; err[3] = j; return 1; }
    const real *a_g_poisson = (const real *)slot[39];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson[j] - a_g_poisson[j]) == 0)) { err[0] = s + 1; err[1] = 3; err[2] = 1; err[3] = j; return 1; }
    const real *a_g_W1_A = (const real *)slot[40];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W1_A[j] - a_g_W1_A[j]) == 0)) { err[0] = s + 1; err[1] = 3; err[2] = 2; err[3] = j; return 1; }
    const real *a_g_W1_B = (const real *)slot[41];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W1_B[j] - a_g_W1_B[j]) == 0)) { err[0] = s + 1; err[1] = 3; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_W1_Rest = (const real *)slot[42];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W1_Rest[j] - a_g_W1_Rest[j]) == 0)) { err[0] = s + 1; err[1] = 3; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_W1_A_2 = (const real *)slot[43];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W1_A_2[j] - a_g_W1_A_2[j]) == 0)) { err[0] = s + 1; err[1] = 3; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_W1_B_2 = (const real *)slot[44];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W1_B_2[j] - a_g_W1_B_2[j]) == 0)) { err[0] = s + 1; err[1] = 3; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_W1_Rest_2 = (const real *)slot[45];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W1_Rest_2[j] - a_g_W1_Rest_2[j]) == 0)) { err[0] = s + 1; err[1] = 3; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_W1_Inh = (const real *)slot[46];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W1_Inh[j] - a_g_W1_Inh[j]) == 0)) { err[0] = s + 1; err[1] = 3; err[2] = 8; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static __attribute__((noinline, noclone)) int update_p4(void **slot, const double *P, const int *S, const int *Q, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    const i64 n = (i64)P[Q[0]];
    const double t = P[Q[1]] + (double)(s - (i64)P[Q[2]]) * dt;
    const real dtr = (real)dt;
    (void)t; (void)dtr; (void)seed;
    real *restrict a_v = (real *)slot[S[0]];
    real *restrict a_g_poisson = (real *)slot[S[1]];
    real *restrict a_g_poisson_2 = (real *)slot[S[2]];
    real *restrict a_g_W2_A = (real *)slot[S[3]];
    real *restrict a_g_W2_B = (real *)slot[S[4]];
    real *restrict a_g_W2_Rest = (real *)slot[S[5]];
    real *restrict a_g_W2_A_2 = (real *)slot[S[6]];
    real *restrict a_g_W2_B_2 = (real *)slot[S[7]];
    real *restrict a_g_W2_Rest_2 = (real *)slot[S[8]];
    real *restrict a_g_W2_Inh = (real *)slot[S[9]];
    const real p_C = (real)P[Q[3]];
    const real p_gL = (real)P[Q[4]];
    const real p_El = (real)P[Q[5]];
    const real p_Vt = (real)P[Q[6]];
    const real p_Vr = (real)P[Q[7]];
    const real p_tref = (real)P[Q[8]];
    const real p_tau_AMPA_poisson = (real)P[Q[9]];
    const real p_E_AMPA_poisson = (real)P[Q[10]];
    const real p_tau_AMPA_poisson_2 = (real)P[Q[11]];
    const real p_E_AMPA_poisson_2 = (real)P[Q[12]];
    const real p_tau_AMPA_W2_A = (real)P[Q[13]];
    const real p_E_AMPA_W2_A = (real)P[Q[14]];
    const real p_tau_AMPA_W2_B = (real)P[Q[15]];
    const real p_E_AMPA_W2_B = (real)P[Q[16]];
    const real p_tau_AMPA_W2_Rest = (real)P[Q[17]];
    const real p_E_AMPA_W2_Rest = (real)P[Q[18]];
    const real p_tau_decay_W2_A = (real)P[Q[19]];
    const real p_tau_rise_W2_A = (real)P[Q[20]];
    const real p_alpha_W2_A = (real)P[Q[21]];
    const real p_Mg_W2_A = (real)P[Q[22]];
    const real p_E_NMDA_W2_A = (real)P[Q[23]];
    const real p_tau_decay_W2_B = (real)P[Q[24]];
    const real p_tau_rise_W2_B = (real)P[Q[25]];
    const real p_alpha_W2_B = (real)P[Q[26]];
    const real p_Mg_W2_B = (real)P[Q[27]];
    const real p_E_NMDA_W2_B = (real)P[Q[28]];
    const real p_tau_decay_W2_Rest = (real)P[Q[29]];
    const real p_tau_rise_W2_Rest = (real)P[Q[30]];
    const real p_alpha_W2_Rest = (real)P[Q[31]];
    const real p_Mg_W2_Rest = (real)P[Q[32]];
    const real p_E_NMDA_W2_Rest = (real)P[Q[33]];
    const real p_tau_GABA_W2_Inh = (real)P[Q[34]];
    const real p_E_GABA_W2_Inh = (real)P[Q[35]];
    const real in_Isyn = (real)P[Q[36]];
    unsigned char *restrict previous = (unsigned char *)slot[S[10]];
    i64 *restrict refractory_until = (i64 *)slot[S[11]];
    const i64 refractory_steps = (i64)P[Q[37]];
    int bad = 0;
    for (i64 i = lo; i < hi; ++i) {
        real x_v = a_v[i];
        real x_g_poisson = a_g_poisson[i];
        real x_g_poisson_2 = a_g_poisson_2[i];
        real x_g_W2_A = a_g_W2_A[i];
        real x_g_W2_B = a_g_W2_B[i];
        real x_g_W2_Rest = a_g_W2_Rest[i];
        real x_g_W2_A_2 = a_g_W2_A_2[i];
        real x_g_W2_B_2 = a_g_W2_B_2[i];
        real x_g_W2_Rest_2 = a_g_W2_Rest_2[i];
        real x_g_W2_Inh = a_g_W2_Inh[i];
        const real c0_0 = soma_exp((-62.0 * x_v));
        const real k0_v = (((-(p_gL * (x_v - p_El))) + (((((((((in_Isyn + (x_g_W2_Inh * (p_E_GABA_W2_Inh - x_v))) + ((x_g_W2_Rest_2 * (p_E_NMDA_W2_Rest - x_v)) / (1.0 + ((p_Mg_W2_Rest * 0.2801120448179272) * c0_0)))) + ((x_g_W2_B_2 * (p_E_NMDA_W2_B - x_v)) / (1.0 + ((p_Mg_W2_B * 0.2801120448179272) * c0_0)))) + ((x_g_W2_A_2 * (p_E_NMDA_W2_A - x_v)) / (1.0 + ((p_Mg_W2_A * 0.2801120448179272) * c0_0)))) + (x_g_W2_Rest * (p_E_AMPA_W2_Rest - x_v))) + (x_g_W2_B * (p_E_AMPA_W2_B - x_v))) + (x_g_W2_A * (p_E_AMPA_W2_A - x_v))) + (x_g_poisson_2 * (p_E_AMPA_poisson_2 - x_v))) + (x_g_poisson * (p_E_AMPA_poisson - x_v)))) / p_C);
        const real k0_g_poisson = (-(x_g_poisson / p_tau_AMPA_poisson));
        const real k0_g_poisson_2 = (-(x_g_poisson_2 / p_tau_AMPA_poisson_2));
        const real k0_g_W2_A = (-(x_g_W2_A / p_tau_AMPA_W2_A));
        const real k0_g_W2_B = (-(x_g_W2_B / p_tau_AMPA_W2_B));
        const real k0_g_W2_Rest = (-(x_g_W2_Rest / p_tau_AMPA_W2_Rest));
        const real k0_g_W2_A_2 = (-(x_g_W2_A_2 / p_tau_decay_W2_A));
        const real k0_g_W2_B_2 = (-(x_g_W2_B_2 / p_tau_decay_W2_B));
        const real k0_g_W2_Rest_2 = (-(x_g_W2_Rest_2 / p_tau_decay_W2_Rest));
        const real k0_g_W2_Inh = (-(x_g_W2_Inh / p_tau_GABA_W2_Inh));
        real n_v = x_v + dtr * ((real)1.0 * k0_v);
        real n_g_poisson = x_g_poisson + dtr * ((real)1.0 * k0_g_poisson);
        real n_g_poisson_2 = x_g_poisson_2 + dtr * ((real)1.0 * k0_g_poisson_2);
        real n_g_W2_A = x_g_W2_A + dtr * ((real)1.0 * k0_g_W2_A);
        real n_g_W2_B = x_g_W2_B + dtr * ((real)1.0 * k0_g_W2_B);
        real n_g_W2_Rest = x_g_W2_Rest + dtr * ((real)1.0 * k0_g_W2_Rest);
        real n_g_W2_A_2 = x_g_W2_A_2 + dtr * ((real)1.0 * k0_g_W2_A_2);
        real n_g_W2_B_2 = x_g_W2_B_2 + dtr * ((real)1.0 * k0_g_W2_B_2);
        real n_g_W2_Rest_2 = x_g_W2_Rest_2 + dtr * ((real)1.0 * k0_g_W2_Rest_2);
        real n_g_W2_Inh = x_g_W2_Inh + dtr * ((real)1.0 * k0_g_W2_Inh);
        const int refractory = s < refractory_until[i];
        (void)refractory;
        n_v = soma_select(refractory, x_v, n_v);
        bad |= !((n_v - n_v) == 0);
        bad |= !((n_g_poisson - n_g_poisson) == 0);
        bad |= !((n_g_poisson_2 - n_g_poisson_2) == 0);
        bad |= !((n_g_W2_A - n_g_W2_A) == 0);
        bad |= !((n_g_W2_B - n_g_W2_B) == 0);
        bad |= !((n_g_W2_Rest - n_g_W2_Rest) == 0);
        bad |= !((n_g_W2_A_2 - n_g_W2_A_2) == 0);
        bad |= !((n_g_W2_B_2 - n_g_W2_B_2) == 0);
        bad |= !((n_g_W2_Rest_2 - n_g_W2_Rest_2) == 0);
        bad |= !((n_g_W2_Inh - n_g_W2_Inh) == 0);
        x_v = n_v;
        x_g_poisson = n_g_poisson;
        x_g_poisson_2 = n_g_poisson_2;
        x_g_W2_A = n_g_W2_A;
        x_g_W2_B = n_g_W2_B;
        x_g_W2_Rest = n_g_W2_Rest;
        x_g_W2_A_2 = n_g_W2_A_2;
        x_g_W2_B_2 = n_g_W2_B_2;
        x_g_W2_Rest_2 = n_g_W2_Rest_2;
        x_g_W2_Inh = n_g_W2_Inh;
        const int fired = (x_v > p_Vt);
        previous[i] = (unsigned char)(fired | ((fired && !(previous[i] & 1) && !refractory) << 1));
        a_v[i] = x_v;
        a_g_poisson[i] = x_g_poisson;
        a_g_poisson_2[i] = x_g_poisson_2;
        a_g_W2_A[i] = x_g_W2_A;
        a_g_W2_B[i] = x_g_W2_B;
        a_g_W2_Rest[i] = x_g_W2_Rest;
        a_g_W2_A_2[i] = x_g_W2_A_2;
        a_g_W2_B_2[i] = x_g_W2_B_2;
        a_g_W2_Rest_2[i] = x_g_W2_Rest_2;
        a_g_W2_Inh[i] = x_g_W2_Inh;
    }
    for (i64 i = lo; i < hi; ++i) {
        if (!(previous[i] & 2)) continue;
        real x_v = a_v[i];
        real x_g_poisson = a_g_poisson[i];
        real x_g_poisson_2 = a_g_poisson_2[i];
        real x_g_W2_A = a_g_W2_A[i];
        real x_g_W2_B = a_g_W2_B[i];
        real x_g_W2_Rest = a_g_W2_Rest[i];
        real x_g_W2_A_2 = a_g_W2_A_2[i];
        real x_g_W2_B_2 = a_g_W2_B_2[i];
        real x_g_W2_Rest_2 = a_g_W2_Rest_2[i];
        real x_g_W2_Inh = a_g_W2_Inh[i];
        x_v = p_Vr;
        refractory_until[i] = s + 1 + refractory_steps;
        emitted[(*nemitted)++] = i;
        previous[i] = (unsigned char)(x_v > p_Vt);
        a_v[i] = x_v;
        a_g_poisson[i] = x_g_poisson;
        a_g_poisson_2[i] = x_g_poisson_2;
        a_g_W2_A[i] = x_g_W2_A;
        a_g_W2_B[i] = x_g_W2_B;
        a_g_W2_Rest[i] = x_g_W2_Rest;
        a_g_W2_A_2[i] = x_g_W2_A_2;
        a_g_W2_B_2[i] = x_g_W2_B_2;
        a_g_W2_Rest_2[i] = x_g_W2_Rest_2;
        a_g_W2_Inh[i] = x_g_W2_Inh;
    }
    (void)emitted; (void)nemitted;
    return bad;
}

static int step_p4(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60 }, Q[] = { 143, 2, 3, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178 };
    return update_p4(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p4(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[143];
    const real *a_v = (const real *)slot[49];
    for (i64 j = 0; j < n; ++j) if (!((a_v[j] - a_v[j]) == 0)) { err[0] = s + 1; err[1] = 4; err[2] = 0; err[3] = j; return 1; }
    const real *a_g_poisson = (const real *)slot[50];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson[j] - a_g_poisson[j]) == 0)) { err[0] = s + 1; err[1] = 4; err[2] = 1; err[3] = j; return 1; }
    const real *a_g_poisson_2 = (const real *)slot[51];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson_2[j] - a_g_poisson_2[j]) == 0)) { err[0] = s + 1; err[1] = 4; err[2] = 2; err[3] = j; return 1; }
    const real *a_g_W2_A = (const real *)slot[52];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W2_A[j] - a_g_W2_A[j]) == 0)) { err[0] = s + 1; err[1] = 4; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_W2_B = (const real *)slot[53];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W2_B[j] - a_g_W2_B[j]) == 0)) { err[0] = s + 1; err[1] = 4; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_W2_Rest = (const real *)slot[54];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W2_Rest[j] - a_g_W2_Rest[j]) == 0)) { err[0] = s + 1; err[1] = 4; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_W2_A_2 = (const real *)slot[55];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W2_A_2[j] - a_g_W2_A_2[j]) == 0)) { err[0] = s + 1; err[1] = 4; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_W2_B_2 = (const real *)slot[56];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W2_B_2[j] - a_g_W2_B_2[j]) == 0)) { err[0] = s + 1; err[1] = 4; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_W2_Rest_2 = (const real *)slot[57];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W2_Rest_2[j] - a_g_W2_Rest_2[j]) == 0)) { err[0] = s + 1; err[1] = 4; err[2] = 8; err[3] = j; return 1; }
    const real *a_g_W2_Inh = (const real *)slot[58];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W2_Inh[j] - a_g_W2_Inh[j]) == 0)) { err[0] = s + 1; err[1] = 4; err[2] = 9; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static int step_p5(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72 }, Q[] = { 179, 2, 3, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214 };
    return update_p4(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p5(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[179];
    const real *a_v = (const real *)slot[61];
    for (i64 j = 0; j < n; ++j) if (!((a_v[j] - a_v[j]) == 0)) { err[0] = s + 1; err[1] = 5; err[2] = 0; err[3] = j; return 1; }
    const real *a_g_poisson = (const real *)slot[62];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson[j] - a_g_poisson[j]) == 0)) { err[0] = s + 1; err[1] = 5; err[2] = 1; err[3] = j; return 1; }
    const real *a_g_poisson_2 = (const real *)slot[63];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson_2[j] - a_g_poisson_2[j]) == 0)) { err[0] = s + 1; err[1] = 5; err[2] = 2; err[3] = j; return 1; }
    const real *a_g_W2_A = (const real *)slot[64];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W2_A[j] - a_g_W2_A[j]) == 0)) { err[0] = s + 1; err[1] = 5; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_W2_B = (const real *)slot[65];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W2_B[j] - a_g_W2_B[j]) == 0)) { err[0] = s + 1; err[1] = 5; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_W2_Rest = (const real *)slot[66];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W2_Rest[j] - a_g_W2_Rest[j]) == 0)) { err[0] = s + 1; err[1] = 5; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_W2_A_2 = (const real *)slot[67];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W2_A_2[j] - a_g_W2_A_2[j]) == 0)) { err[0] = s + 1; err[1] = 5; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_W2_B_2 = (const real *)slot[68];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W2_B_2[j] - a_g_W2_B_2[j]) == 0)) { err[0] = s + 1; err[1] = 5; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_W2_Rest_2 = (const real *)slot[69];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W2_Rest_2[j] - a_g_W2_Rest_2[j]) == 0)) { err[0] = s + 1; err[1] = 5; err[2] = 8; err[3] = j; return 1; }
    const real *a_g_W2_Inh = (const real *)slot[70];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W2_Inh[j] - a_g_W2_Inh[j]) == 0)) { err[0] = s + 1; err[1] = 5; err[2] = 9; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static __attribute__((noinline, noclone)) int update_p6(void **slot, const double *P, const int *S, const int *Q, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    const i64 n = (i64)P[Q[0]];
    const double t = P[Q[1]] + (double)(s - (i64)P[Q[2]]) * dt;
    const real dtr = (real)dt;
    (void)t; (void)dtr; (void)seed;
    real *restrict a_v = (real *)slot[S[0]];
    real *restrict a_g_poisson = (real *)slot[S[1]];
    real *restrict a_g_W2_A = (real *)slot[S[2]];
    real *restrict a_g_W2_B = (real *)slot[S[3]];
    real *restrict a_g_W2_Rest = (real *)slot[S[4]];
    real *restrict a_g_W2_A_2 = (real *)slot[S[5]];
    real *restrict a_g_W2_B_2 = (real *)slot[S[6]];
    real *restrict a_g_W2_Rest_2 = (real *)slot[S[7]];
    real *restrict a_g_W2_Inh = (real *)slot[S[8]];
    const real p_C = (real)P[Q[3]];
    const real p_gL = (real)P[Q[4]];
    const real p_El = (real)P[Q[5]];
    const real p_Vt = (real)P[Q[6]];
    const real p_Vr = (real)P[Q[7]];
    const real p_tref = (real)P[Q[8]];
    const real p_tau_AMPA_poisson = (real)P[Q[9]];
    const real p_E_AMPA_poisson = (real)P[Q[10]];
    const real p_tau_AMPA_W2_A = (real)P[Q[11]];
    const real p_E_AMPA_W2_A = (real)P[Q[12]];
    const real p_tau_AMPA_W2_B = (real)P[Q[13]];
    const real p_E_AMPA_W2_B = (real)P[Q[14]];
    const real p_tau_AMPA_W2_Rest = (real)P[Q[15]];
    const real p_E_AMPA_W2_Rest = (real)P[Q[16]];
    const real p_tau_decay_W2_A = (real)P[Q[17]];
    const real p_tau_rise_W2_A = (real)P[Q[18]];
    const real p_alpha_W2_A = (real)P[Q[19]];
    const real p_Mg_W2_A = (real)P[Q[20]];
    const real p_E_NMDA_W2_A = (real)P[Q[21]];
    const real p_tau_decay_W2_B = (real)P[Q[22]];
    const real p_tau_rise_W2_B = (real)P[Q[23]];
    const real p_alpha_W2_B = (real)P[Q[24]];
    const real p_Mg_W2_B = (real)P[Q[25]];
    const real p_E_NMDA_W2_B = (real)P[Q[26]];
    const real p_tau_decay_W2_Rest = (real)P[Q[27]];
    const real p_tau_rise_W2_Rest = (real)P[Q[28]];
    const real p_alpha_W2_Rest = (real)P[Q[29]];
    const real p_Mg_W2_Rest = (real)P[Q[30]];
    const real p_E_NMDA_W2_Rest = (real)P[Q[31]];
    const real p_tau_GABA_W2_Inh = (real)P[Q[32]];
    const real p_E_GABA_W2_Inh = (real)P[Q[33]];
    const real in_Isyn = (real)P[Q[34]];
    unsigned char *restrict previous = (unsigned char *)slot[S[9]];
    i64 *restrict refractory_until = (i64 *)slot[S[10]];
    const i64 refractory_steps = (i64)P[Q[35]];
    int bad = 0;
    for (i64 i = lo; i < hi; ++i) {
        real x_v = a_v[i];
        real x_g_poisson = a_g_poisson[i];
        real x_g_W2_A = a_g_W2_A[i];
        real x_g_W2_B = a_g_W2_B[i];
        real x_g_W2_Rest = a_g_W2_Rest[i];
        real x_g_W2_A_2 = a_g_W2_A_2[i];
        real x_g_W2_B_2 = a_g_W2_B_2[i];
        real x_g_W2_Rest_2 = a_g_W2_Rest_2[i];
        real x_g_W2_Inh = a_g_W2_Inh[i];
        const real c0_0 = soma_exp((-62.0 * x_v));
        const real k0_v = (((-(p_gL * (x_v - p_El))) + ((((((((in_Isyn + (x_g_W2_Inh * (p_E_GABA_W2_Inh - x_v))) + ((x_g_W2_Rest_2 * (p_E_NMDA_W2_Rest - x_v)) / (1.0 + ((p_Mg_W2_Rest * 0.2801120448179272) * c0_0)))) + ((x_g_W2_B_2 * (p_E_NMDA_W2_B - x_v)) / (1.0 + ((p_Mg_W2_B * 0.2801120448179272) * c0_0)))) + ((x_g_W2_A_2 * (p_E_NMDA_W2_A - x_v)) / (1.0 + ((p_Mg_W2_A * 0.2801120448179272) * c0_0)))) + (x_g_W2_Rest * (p_E_AMPA_W2_Rest - x_v))) + (x_g_W2_B * (p_E_AMPA_W2_B - x_v))) + (x_g_W2_A * (p_E_AMPA_W2_A - x_v))) + (x_g_poisson * (p_E_AMPA_poisson - x_v)))) / p_C);
        const real k0_g_poisson = (-(x_g_poisson / p_tau_AMPA_poisson));
        const real k0_g_W2_A = (-(x_g_W2_A / p_tau_AMPA_W2_A));
        const real k0_g_W2_B = (-(x_g_W2_B / p_tau_AMPA_W2_B));
        const real k0_g_W2_Rest = (-(x_g_W2_Rest / p_tau_AMPA_W2_Rest));
        const real k0_g_W2_A_2 = (-(x_g_W2_A_2 / p_tau_decay_W2_A));
        const real k0_g_W2_B_2 = (-(x_g_W2_B_2 / p_tau_decay_W2_B));
        const real k0_g_W2_Rest_2 = (-(x_g_W2_Rest_2 / p_tau_decay_W2_Rest));
        const real k0_g_W2_Inh = (-(x_g_W2_Inh / p_tau_GABA_W2_Inh));
        real n_v = x_v + dtr * ((real)1.0 * k0_v);
        real n_g_poisson = x_g_poisson + dtr * ((real)1.0 * k0_g_poisson);
        real n_g_W2_A = x_g_W2_A + dtr * ((real)1.0 * k0_g_W2_A);
        real n_g_W2_B = x_g_W2_B + dtr * ((real)1.0 * k0_g_W2_B);
        real n_g_W2_Rest = x_g_W2_Rest + dtr * ((real)1.0 * k0_g_W2_Rest);
        real n_g_W2_A_2 = x_g_W2_A_2 + dtr * ((real)1.0 * k0_g_W2_A_2);
        real n_g_W2_B_2 = x_g_W2_B_2 + dtr * ((real)1.0 * k0_g_W2_B_2);
        real n_g_W2_Rest_2 = x_g_W2_Rest_2 + dtr * ((real)1.0 * k0_g_W2_Rest_2);
        real n_g_W2_Inh = x_g_W2_Inh + dtr * ((real)1.0 * k0_g_W2_Inh);
        const int refractory = s < refractory_until[i];
        (void)refractory;
        n_v = soma_select(refractory, x_v, n_v);
        bad |= !((n_v - n_v) == 0);
        bad |= !((n_g_poisson - n_g_poisson) == 0);
        bad |= !((n_g_W2_A - n_g_W2_A) == 0);
        bad |= !((n_g_W2_B - n_g_W2_B) == 0);
        bad |= !((n_g_W2_Rest - n_g_W2_Rest) == 0);
        bad |= !((n_g_W2_A_2 - n_g_W2_A_2) == 0);
        bad |= !((n_g_W2_B_2 - n_g_W2_B_2) == 0);
        bad |= !((n_g_W2_Rest_2 - n_g_W2_Rest_2) == 0);
        bad |= !((n_g_W2_Inh - n_g_W2_Inh) == 0);
        x_v = n_v;
        x_g_poisson = n_g_poisson;
        x_g_W2_A = n_g_W2_A;
        x_g_W2_B = n_g_W2_B;
        x_g_W2_Rest = n_g_W2_Rest;
        x_g_W2_A_2 = n_g_W2_A_2;
        x_g_W2_B_2 = n_g_W2_B_2;
        x_g_W2_Rest_2 = n_g_W2_Rest_2;
        x_g_W2_Inh = n_g_W2_Inh;
        const int fired = (x_v > p_Vt);
        previous[i] = (unsigned char)(fired | ((fired && !(previous[i] & 1) && !refractory) << 1));
        a_v[i] = x_v;
        a_g_poisson[i] = x_g_poisson;
        a_g_W2_A[i] = x_g_W2_A;
        a_g_W2_B[i] = x_g_W2_B;
        a_g_W2_Rest[i] = x_g_W2_Rest;
        a_g_W2_A_2[i] = x_g_W2_A_2;
        a_g_W2_B_2[i] = x_g_W2_B_2;
        a_g_W2_Rest_2[i] = x_g_W2_Rest_2;
        a_g_W2_Inh[i] = x_g_W2_Inh;
    }
    for (i64 i = lo; i < hi; ++i) {
        if (!(previous[i] & 2)) continue;
        real x_v = a_v[i];
        real x_g_poisson = a_g_poisson[i];
        real x_g_W2_A = a_g_W2_A[i];
        real x_g_W2_B = a_g_W2_B[i];
        real x_g_W2_Rest = a_g_W2_Rest[i];
        real x_g_W2_A_2 = a_g_W2_A_2[i];
        real x_g_W2_B_2 = a_g_W2_B_2[i];
        real x_g_W2_Rest_2 = a_g_W2_Rest_2[i];
        real x_g_W2_Inh = a_g_W2_Inh[i];
        x_v = p_Vr;
        refractory_until[i] = s + 1 + refractory_steps;
        emitted[(*nemitted)++] = i;
        previous[i] = (unsigned char)(x_v > p_Vt);
        a_v[i] = x_v;
        a_g_poisson[i] = x_g_poisson;
        a_g_W2_A[i] = x_g_W2_A;
        a_g_W2_B[i] = x_g_W2_B;
        a_g_W2_Rest[i] = x_g_W2_Rest;
        a_g_W2_A_2[i] = x_g_W2_A_2;
        a_g_W2_B_2[i] = x_g_W2_B_2;
        a_g_W2_Rest_2[i] = x_g_W2_Rest_2;
        a_g_W2_Inh[i] = x_g_W2_Inh;
    }
    (void)emitted; (void)nemitted;
    return bad;
}

static int step_p6(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83 }, Q[] = { 215, 2, 3, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248 };
    return update_p6(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p6(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[215];
    const real *a_v = (const real *)slot[73];
    for (i64 j = 0; j < n; ++j) if (!((a_v[j] - a_v[j]) == 0)) { err[0] = s + 1; err[1] = 6; err[2] = 0; err[3] = j; return 1; }
    const real *a_g_poisson = (const real *)slot[74];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson[j] - a_g_poisson[j]) == 0)) { err[0] = s + 1; err[1] = 6; err[2] = 1; err[3] = j; return 1; }
    const real *a_g_W2_A = (const real *)slot[75];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W2_A[j] - a_g_W2_A[j]) == 0)) { err[0] = s + 1; err[1] = 6; err[2] = 2; err[3] = j; return 1; }
    const real *a_g_W2_B = (const real *)slot[76];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W2_B[j] - a_g_W2_B[j]) == 0)) { err[0] = s + 1; err[1] = 6; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_W2_Rest = (const real *)slot[77];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W2_Rest[j] - a_g_W2_Rest[j]) == 0)) { err[0] = s + 1; err[1] = 6; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_W2_A_2 = (const real *)slot[78];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W2_A_2[j] - a_g_W2_A_2[j]) == 0)) { err[0] = s + 1; err[1] = 6; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_W2_B_2 = (const real *)slot[79];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W2_B_2[j] - a_g_W2_B_2[j]) == 0)) { err[0] = s + 1; err[1] = 6; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_W2_Rest_2 = (const real *)slot[80];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W2_Rest_2[j] - a_g_W2_Rest_2[j]) == 0)) { err[0] = s + 1; err[1] = 6; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_W2_Inh = (const real *)slot[81];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W2_Inh[j] - a_g_W2_Inh[j]) == 0)) { err[0] = s + 1; err[1] = 6; err[2] = 8; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static int step_p7(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94 }, Q[] = { 249, 2, 3, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282 };
    return update_p6(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p7(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[249];
    const real *a_v = (const real *)slot[84];
    for (i64 j = 0; j < n; ++j) if (!((a_v[j] - a_v[j]) == 0)) { err[0] = s + 1; err[1] = 7; err[2] = 0; err[3] = j; return 1; }
    const real *a_g_poisson = (const real *)slot[85];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson[j] - a_g_poisson[j]) == 0)) { err[0] = s + 1; err[1] = 7; err[2] = 1; err[3] = j; return 1; }
    const real *a_g_W2_A = (const real *)slot[86];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W2_A[j] - a_g_W2_A[j]) == 0)) { err[0] = s + 1; err[1] = 7; err[2] = 2; err[3] = j; return 1; }
    const real *a_g_W2_B = (const real *)slot[87];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W2_B[j] - a_g_W2_B[j]) == 0)) { err[0] = s + 1; err[1] = 7; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_W2_Rest = (const real *)slot[88];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W2_Rest[j] - a_g_W2_Rest[j]) == 0)) { err[0] = s + 1; err[1] = 7; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_W2_A_2 = (const real *)slot[89];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W2_A_2[j] - a_g_W2_A_2[j]) == 0)) { err[0] = s + 1; err[1] = 7; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_W2_B_2 = (const real *)slot[90];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W2_B_2[j] - a_g_W2_B_2[j]) == 0)) { err[0] = s + 1; err[1] = 7; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_W2_Rest_2 = (const real *)slot[91];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W2_Rest_2[j] - a_g_W2_Rest_2[j]) == 0)) { err[0] = s + 1; err[1] = 7; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_W2_Inh = (const real *)slot[92];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W2_Inh[j] - a_g_W2_Inh[j]) == 0)) { err[0] = s + 1; err[1] = 7; err[2] = 8; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static __attribute__((noinline, noclone)) int update_p8(void **slot, const double *P, const int *S, const int *Q, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    const i64 n = (i64)P[Q[0]];
    const double t = P[Q[1]] + (double)(s - (i64)P[Q[2]]) * dt;
    const real dtr = (real)dt;
    (void)t; (void)dtr; (void)seed;
    real *restrict a_v = (real *)slot[S[0]];
    real *restrict a_g_poisson = (real *)slot[S[1]];
    real *restrict a_g_poisson_2 = (real *)slot[S[2]];
    real *restrict a_g_W3_A = (real *)slot[S[3]];
    real *restrict a_g_W3_B = (real *)slot[S[4]];
    real *restrict a_g_W3_Rest = (real *)slot[S[5]];
    real *restrict a_g_W3_A_2 = (real *)slot[S[6]];
    real *restrict a_g_W3_B_2 = (real *)slot[S[7]];
    real *restrict a_g_W3_Rest_2 = (real *)slot[S[8]];
    real *restrict a_g_W3_Inh = (real *)slot[S[9]];
    const real p_C = (real)P[Q[3]];
    const real p_gL = (real)P[Q[4]];
    const real p_El = (real)P[Q[5]];
    const real p_Vt = (real)P[Q[6]];
    const real p_Vr = (real)P[Q[7]];
    const real p_tref = (real)P[Q[8]];
    const real p_tau_AMPA_poisson = (real)P[Q[9]];
    const real p_E_AMPA_poisson = (real)P[Q[10]];
    const real p_tau_AMPA_poisson_2 = (real)P[Q[11]];
    const real p_E_AMPA_poisson_2 = (real)P[Q[12]];
    const real p_tau_AMPA_W3_A = (real)P[Q[13]];
    const real p_E_AMPA_W3_A = (real)P[Q[14]];
    const real p_tau_AMPA_W3_B = (real)P[Q[15]];
    const real p_E_AMPA_W3_B = (real)P[Q[16]];
    const real p_tau_AMPA_W3_Rest = (real)P[Q[17]];
    const real p_E_AMPA_W3_Rest = (real)P[Q[18]];
    const real p_tau_decay_W3_A = (real)P[Q[19]];
    const real p_tau_rise_W3_A = (real)P[Q[20]];
    const real p_alpha_W3_A = (real)P[Q[21]];
    const real p_Mg_W3_A = (real)P[Q[22]];
    const real p_E_NMDA_W3_A = (real)P[Q[23]];
    const real p_tau_decay_W3_B = (real)P[Q[24]];
    const real p_tau_rise_W3_B = (real)P[Q[25]];
    const real p_alpha_W3_B = (real)P[Q[26]];
    const real p_Mg_W3_B = (real)P[Q[27]];
    const real p_E_NMDA_W3_B = (real)P[Q[28]];
    const real p_tau_decay_W3_Rest = (real)P[Q[29]];
    const real p_tau_rise_W3_Rest = (real)P[Q[30]];
    const real p_alpha_W3_Rest = (real)P[Q[31]];
    const real p_Mg_W3_Rest = (real)P[Q[32]];
    const real p_E_NMDA_W3_Rest = (real)P[Q[33]];
    const real p_tau_GABA_W3_Inh = (real)P[Q[34]];
    const real p_E_GABA_W3_Inh = (real)P[Q[35]];
    const real in_Isyn = (real)P[Q[36]];
    unsigned char *restrict previous = (unsigned char *)slot[S[10]];
    i64 *restrict refractory_until = (i64 *)slot[S[11]];
    const i64 refractory_steps = (i64)P[Q[37]];
    int bad = 0;
    for (i64 i = lo; i < hi; ++i) {
        real x_v = a_v[i];
        real x_g_poisson = a_g_poisson[i];
        real x_g_poisson_2 = a_g_poisson_2[i];
        real x_g_W3_A = a_g_W3_A[i];
        real x_g_W3_B = a_g_W3_B[i];
        real x_g_W3_Rest = a_g_W3_Rest[i];
        real x_g_W3_A_2 = a_g_W3_A_2[i];
        real x_g_W3_B_2 = a_g_W3_B_2[i];
        real x_g_W3_Rest_2 = a_g_W3_Rest_2[i];
        real x_g_W3_Inh = a_g_W3_Inh[i];
        const real c0_0 = soma_exp((-62.0 * x_v));
        const real k0_v = (((-(p_gL * (x_v - p_El))) + (((((((((in_Isyn + (x_g_W3_Inh * (p_E_GABA_W3_Inh - x_v))) + ((x_g_W3_Rest_2 * (p_E_NMDA_W3_Rest - x_v)) / (1.0 + ((p_Mg_W3_Rest * 0.2801120448179272) * c0_0)))) + ((x_g_W3_B_2 * (p_E_NMDA_W3_B - x_v)) / (1.0 + ((p_Mg_W3_B * 0.2801120448179272) * c0_0)))) + ((x_g_W3_A_2 * (p_E_NMDA_W3_A - x_v)) / (1.0 + ((p_Mg_W3_A * 0.2801120448179272) * c0_0)))) + (x_g_W3_Rest * (p_E_AMPA_W3_Rest - x_v))) + (x_g_W3_B * (p_E_AMPA_W3_B - x_v))) + (x_g_W3_A * (p_E_AMPA_W3_A - x_v))) + (x_g_poisson_2 * (p_E_AMPA_poisson_2 - x_v))) + (x_g_poisson * (p_E_AMPA_poisson - x_v)))) / p_C);
        const real k0_g_poisson = (-(x_g_poisson / p_tau_AMPA_poisson));
        const real k0_g_poisson_2 = (-(x_g_poisson_2 / p_tau_AMPA_poisson_2));
        const real k0_g_W3_A = (-(x_g_W3_A / p_tau_AMPA_W3_A));
        const real k0_g_W3_B = (-(x_g_W3_B / p_tau_AMPA_W3_B));
        const real k0_g_W3_Rest = (-(x_g_W3_Rest / p_tau_AMPA_W3_Rest));
        const real k0_g_W3_A_2 = (-(x_g_W3_A_2 / p_tau_decay_W3_A));
        const real k0_g_W3_B_2 = (-(x_g_W3_B_2 / p_tau_decay_W3_B));
        const real k0_g_W3_Rest_2 = (-(x_g_W3_Rest_2 / p_tau_decay_W3_Rest));
        const real k0_g_W3_Inh = (-(x_g_W3_Inh / p_tau_GABA_W3_Inh));
        real n_v = x_v + dtr * ((real)1.0 * k0_v);
        real n_g_poisson = x_g_poisson + dtr * ((real)1.0 * k0_g_poisson);
        real n_g_poisson_2 = x_g_poisson_2 + dtr * ((real)1.0 * k0_g_poisson_2);
        real n_g_W3_A = x_g_W3_A + dtr * ((real)1.0 * k0_g_W3_A);
        real n_g_W3_B = x_g_W3_B + dtr * ((real)1.0 * k0_g_W3_B);
        real n_g_W3_Rest = x_g_W3_Rest + dtr * ((real)1.0 * k0_g_W3_Rest);
        real n_g_W3_A_2 = x_g_W3_A_2 + dtr * ((real)1.0 * k0_g_W3_A_2);
        real n_g_W3_B_2 = x_g_W3_B_2 + dtr * ((real)1.0 * k0_g_W3_B_2);
        real n_g_W3_Rest_2 = x_g_W3_Rest_2 + dtr * ((real)1.0 * k0_g_W3_Rest_2);
        real n_g_W3_Inh = x_g_W3_Inh + dtr * ((real)1.0 * k0_g_W3_Inh);
        const int refractory = s < refractory_until[i];
        (void)refractory;
        n_v = soma_select(refractory, x_v, n_v);
        bad |= !((n_v - n_v) == 0);
        bad |= !((n_g_poisson - n_g_poisson) == 0);
        bad |= !((n_g_poisson_2 - n_g_poisson_2) == 0);
        bad |= !((n_g_W3_A - n_g_W3_A) == 0);
        bad |= !((n_g_W3_B - n_g_W3_B) == 0);
        bad |= !((n_g_W3_Rest - n_g_W3_Rest) == 0);
        bad |= !((n_g_W3_A_2 - n_g_W3_A_2) == 0);
        bad |= !((n_g_W3_B_2 - n_g_W3_B_2) == 0);
        bad |= !((n_g_W3_Rest_2 - n_g_W3_Rest_2) == 0);
        bad |= !((n_g_W3_Inh - n_g_W3_Inh) == 0);
        x_v = n_v;
        x_g_poisson = n_g_poisson;
        x_g_poisson_2 = n_g_poisson_2;
        x_g_W3_A = n_g_W3_A;
        x_g_W3_B = n_g_W3_B;
        x_g_W3_Rest = n_g_W3_Rest;
        x_g_W3_A_2 = n_g_W3_A_2;
        x_g_W3_B_2 = n_g_W3_B_2;
        x_g_W3_Rest_2 = n_g_W3_Rest_2;
        x_g_W3_Inh = n_g_W3_Inh;
        const int fired = (x_v > p_Vt);
        previous[i] = (unsigned char)(fired | ((fired && !(previous[i] & 1) && !refractory) << 1));
        a_v[i] = x_v;
        a_g_poisson[i] = x_g_poisson;
        a_g_poisson_2[i] = x_g_poisson_2;
        a_g_W3_A[i] = x_g_W3_A;
        a_g_W3_B[i] = x_g_W3_B;
        a_g_W3_Rest[i] = x_g_W3_Rest;
        a_g_W3_A_2[i] = x_g_W3_A_2;
        a_g_W3_B_2[i] = x_g_W3_B_2;
        a_g_W3_Rest_2[i] = x_g_W3_Rest_2;
        a_g_W3_Inh[i] = x_g_W3_Inh;
    }
    for (i64 i = lo; i < hi; ++i) {
        if (!(previous[i] & 2)) continue;
        real x_v = a_v[i];
        real x_g_poisson = a_g_poisson[i];
        real x_g_poisson_2 = a_g_poisson_2[i];
        real x_g_W3_A = a_g_W3_A[i];
        real x_g_W3_B = a_g_W3_B[i];
        real x_g_W3_Rest = a_g_W3_Rest[i];
        real x_g_W3_A_2 = a_g_W3_A_2[i];
        real x_g_W3_B_2 = a_g_W3_B_2[i];
        real x_g_W3_Rest_2 = a_g_W3_Rest_2[i];
        real x_g_W3_Inh = a_g_W3_Inh[i];
        x_v = p_Vr;
        refractory_until[i] = s + 1 + refractory_steps;
        emitted[(*nemitted)++] = i;
        previous[i] = (unsigned char)(x_v > p_Vt);
        a_v[i] = x_v;
        a_g_poisson[i] = x_g_poisson;
        a_g_poisson_2[i] = x_g_poisson_2;
        a_g_W3_A[i] = x_g_W3_A;
        a_g_W3_B[i] = x_g_W3_B;
        a_g_W3_Rest[i] = x_g_W3_Rest;
        a_g_W3_A_2[i] = x_g_W3_A_2;
        a_g_W3_B_2[i] = x_g_W3_B_2;
        a_g_W3_Rest_2[i] = x_g_W3_Rest_2;
        a_g_W3_Inh[i] = x_g_W3_Inh;
    }
    (void)emitted; (void)nemitted;
    return bad;
}

static int step_p8(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106 }, Q[] = { 283, 2, 3, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318 };
    return update_p8(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p8(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[283];
    const real *a_v = (const real *)slot[95];
    for (i64 j = 0; j < n; ++j) if (!((a_v[j] - a_v[j]) == 0)) { err[0] = s + 1; err[1] = 8; err[2] = 0; err[3] = j; return 1; }
    const real *a_g_poisson = (const real *)slot[96];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson[j] - a_g_poisson[j]) == 0)) { err[0] = s + 1; err[1] = 8; err[2] = 1; err[3] = j; return 1; }
    const real *a_g_poisson_2 = (const real *)slot[97];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson_2[j] - a_g_poisson_2[j]) == 0)) { err[0] = s + 1; err[1] = 8; err[2] = 2; err[3] = j; return 1; }
    const real *a_g_W3_A = (const real *)slot[98];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W3_A[j] - a_g_W3_A[j]) == 0)) { err[0] = s + 1; err[1] = 8; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_W3_B = (const real *)slot[99];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W3_B[j] - a_g_W3_B[j]) == 0)) { err[0] = s + 1; err[1] = 8; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_W3_Rest = (const real *)slot[100];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W3_Rest[j] - a_g_W3_Rest[j]) == 0)) { err[0] = s + 1; err[1] = 8; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_W3_A_2 = (const real *)slot[101];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W3_A_2[j] - a_g_W3_A_2[j]) == 0)) { err[0] = s + 1; err[1] = 8; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_W3_B_2 = (const real *)slot[102];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W3_B_2[j] - a_g_W3_B_2[j]) == 0)) { err[0] = s + 1; err[1] = 8; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_W3_Rest_2 = (const real *)slot[103];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W3_Rest_2[j] - a_g_W3_Rest_2[j]) == 0)) { err[0] = s + 1; err[1] = 8; err[2] = 8; err[3] = j; return 1; }
    const real *a_g_W3_Inh = (const real *)slot[104];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W3_Inh[j] - a_g_W3_Inh[j]) == 0)) { err[0] = s + 1; err[1] = 8; err[2] = 9; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static int step_p9(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118 }, Q[] = { 319, 2, 3, 320, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332, 333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 345, 346, 347, 348, 349, 350, 351, 352, 353, 354 };
    return update_p8(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p9(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[319];
    const real *a_v = (const real *)slot[107];
    for (i64 j = 0; j < n; ++j) if (!((a_v[j] - a_v[j]) == 0)) { err[0] = s + 1; err[1] = 9; err[2] = 0; err[3] = j; return 1; }
    const real *a_g_poisson = (const real *)slot[108];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson[j] - a_g_poisson[j]) == 0)) { err[0] = s + 1; err[1] = 9; err[2] = 1; err[3] = j; return 1; }
    const real *a_g_poisson_2 = (const real *)slot[109];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson_2[j] - a_g_poisson_2[j]) == 0)) { err[0] = s + 1; err[1] = 9; err[2] = 2; err[3] = j; return 1; }
    const real *a_g_W3_A = (const real *)slot[110];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W3_A[j] - a_g_W3_A[j]) == 0)) { err[0] = s + 1; err[1] = 9; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_W3_B = (const real *)slot[111];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W3_B[j] - a_g_W3_B[j]) == 0)) { err[0] = s + 1; err[1] = 9; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_W3_Rest = (const real *)slot[112];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W3_Rest[j] - a_g_W3_Rest[j]) == 0)) { err[0] = s + 1; err[1] = 9; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_W3_A_2 = (const real *)slot[113];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W3_A_2[j] - a_g_W3_A_2[j]) == 0)) { err[0] = s + 1; err[1] = 9; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_W3_B_2 = (const real *)slot[114];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W3_B_2[j] - a_g_W3_B_2[j]) == 0)) { err[0] = s + 1; err[1] = 9; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_W3_Rest_2 = (const real *)slot[115];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W3_Rest_2[j] - a_g_W3_Rest_2[j]) == 0)) { err[0] = s + 1; err[1] = 9; err[2] = 8; err[3] = j; return 1; }
    const real *a_g_W3_Inh = (const real *)slot[116];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W3_Inh[j] - a_g_W3_Inh[j]) == 0)) { err[0] = s + 1; err[1] = 9; err[2] = 9; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static __attribute__((noinline, noclone)) int update_p10(void **slot, const double *P, const int *S, const int *Q, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    const i64 n = (i64)P[Q[0]];
    const double t = P[Q[1]] + (double)(s - (i64)P[Q[2]]) * dt;
    const real dtr = (real)dt;
    (void)t; (void)dtr; (void)seed;
    real *restrict a_v = (real *)slot[S[0]];
    real *restrict a_g_poisson = (real *)slot[S[1]];
    real *restrict a_g_W3_A = (real *)slot[S[2]];
    real *restrict a_g_W3_B = (real *)slot[S[3]];
    real *restrict a_g_W3_Rest = (real *)slot[S[4]];
    real *restrict a_g_W3_A_2 = (real *)slot[S[5]];
    real *restrict a_g_W3_B_2 = (real *)slot[S[6]];
    real *restrict a_g_W3_Rest_2 = (real *)slot[S[7]];
    real *restrict a_g_W3_Inh = (real *)slot[S[8]];
    const real p_C = (real)P[Q[3]];
    const real p_gL = (real)P[Q[4]];
    const real p_El = (real)P[Q[5]];
    const real p_Vt = (real)P[Q[6]];
    const real p_Vr = (real)P[Q[7]];
    const real p_tref = (real)P[Q[8]];
    const real p_tau_AMPA_poisson = (real)P[Q[9]];
    const real p_E_AMPA_poisson = (real)P[Q[10]];
    const real p_tau_AMPA_W3_A = (real)P[Q[11]];
    const real p_E_AMPA_W3_A = (real)P[Q[12]];
    const real p_tau_AMPA_W3_B = (real)P[Q[13]];
    const real p_E_AMPA_W3_B = (real)P[Q[14]];
    const real p_tau_AMPA_W3_Rest = (real)P[Q[15]];
    const real p_E_AMPA_W3_Rest = (real)P[Q[16]];
    const real p_tau_decay_W3_A = (real)P[Q[17]];
    const real p_tau_rise_W3_A = (real)P[Q[18]];
    const real p_alpha_W3_A = (real)P[Q[19]];
    const real p_Mg_W3_A = (real)P[Q[20]];
    const real p_E_NMDA_W3_A = (real)P[Q[21]];
    const real p_tau_decay_W3_B = (real)P[Q[22]];
    const real p_tau_rise_W3_B = (real)P[Q[23]];
    const real p_alpha_W3_B = (real)P[Q[24]];
    const real p_Mg_W3_B = (real)P[Q[25]];
    const real p_E_NMDA_W3_B = (real)P[Q[26]];
    const real p_tau_decay_W3_Rest = (real)P[Q[27]];
    const real p_tau_rise_W3_Rest = (real)P[Q[28]];
    const real p_alpha_W3_Rest = (real)P[Q[29]];
    const real p_Mg_W3_Rest = (real)P[Q[30]];
    const real p_E_NMDA_W3_Rest = (real)P[Q[31]];
    const real p_tau_GABA_W3_Inh = (real)P[Q[32]];
    const real p_E_GABA_W3_Inh = (real)P[Q[33]];
    const real in_Isyn = (real)P[Q[34]];
    unsigned char *restrict previous = (unsigned char *)slot[S[9]];
    i64 *restrict refractory_until = (i64 *)slot[S[10]];
    const i64 refractory_steps = (i64)P[Q[35]];
    int bad = 0;
    for (i64 i = lo; i < hi; ++i) {
        real x_v = a_v[i];
        real x_g_poisson = a_g_poisson[i];
        real x_g_W3_A = a_g_W3_A[i];
        real x_g_W3_B = a_g_W3_B[i];
        real x_g_W3_Rest = a_g_W3_Rest[i];
        real x_g_W3_A_2 = a_g_W3_A_2[i];
        real x_g_W3_B_2 = a_g_W3_B_2[i];
        real x_g_W3_Rest_2 = a_g_W3_Rest_2[i];
        real x_g_W3_Inh = a_g_W3_Inh[i];
        const real c0_0 = soma_exp((-62.0 * x_v));
        const real k0_v = (((-(p_gL * (x_v - p_El))) + ((((((((in_Isyn + (x_g_W3_Inh * (p_E_GABA_W3_Inh - x_v))) + ((x_g_W3_Rest_2 * (p_E_NMDA_W3_Rest - x_v)) / (1.0 + ((p_Mg_W3_Rest * 0.2801120448179272) * c0_0)))) + ((x_g_W3_B_2 * (p_E_NMDA_W3_B - x_v)) / (1.0 + ((p_Mg_W3_B * 0.2801120448179272) * c0_0)))) + ((x_g_W3_A_2 * (p_E_NMDA_W3_A - x_v)) / (1.0 + ((p_Mg_W3_A * 0.2801120448179272) * c0_0)))) + (x_g_W3_Rest * (p_E_AMPA_W3_Rest - x_v))) + (x_g_W3_B * (p_E_AMPA_W3_B - x_v))) + (x_g_W3_A * (p_E_AMPA_W3_A - x_v))) + (x_g_poisson * (p_E_AMPA_poisson - x_v)))) / p_C);
        const real k0_g_poisson = (-(x_g_poisson / p_tau_AMPA_poisson));
        const real k0_g_W3_A = (-(x_g_W3_A / p_tau_AMPA_W3_A));
        const real k0_g_W3_B = (-(x_g_W3_B / p_tau_AMPA_W3_B));
        const real k0_g_W3_Rest = (-(x_g_W3_Rest / p_tau_AMPA_W3_Rest));
        const real k0_g_W3_A_2 = (-(x_g_W3_A_2 / p_tau_decay_W3_A));
        const real k0_g_W3_B_2 = (-(x_g_W3_B_2 / p_tau_decay_W3_B));
        const real k0_g_W3_Rest_2 = (-(x_g_W3_Rest_2 / p_tau_decay_W3_Rest));
        const real k0_g_W3_Inh = (-(x_g_W3_Inh / p_tau_GABA_W3_Inh));
        real n_v = x_v + dtr * ((real)1.0 * k0_v);
        real n_g_poisson = x_g_poisson + dtr * ((real)1.0 * k0_g_poisson);
        real n_g_W3_A = x_g_W3_A + dtr * ((real)1.0 * k0_g_W3_A);
        real n_g_W3_B = x_g_W3_B + dtr * ((real)1.0 * k0_g_W3_B);
        real n_g_W3_Rest = x_g_W3_Rest + dtr * ((real)1.0 * k0_g_W3_Rest);
        real n_g_W3_A_2 = x_g_W3_A_2 + dtr * ((real)1.0 * k0_g_W3_A_2);
        real n_g_W3_B_2 = x_g_W3_B_2 + dtr * ((real)1.0 * k0_g_W3_B_2);
        real n_g_W3_Rest_2 = x_g_W3_Rest_2 + dtr * ((real)1.0 * k0_g_W3_Rest_2);
        real n_g_W3_Inh = x_g_W3_Inh + dtr * ((real)1.0 * k0_g_W3_Inh);
        const int refractory = s < refractory_until[i];
        (void)refractory;
        n_v = soma_select(refractory, x_v, n_v);
        bad |= !((n_v - n_v) == 0);
        bad |= !((n_g_poisson - n_g_poisson) == 0);
        bad |= !((n_g_W3_A - n_g_W3_A) == 0);
        bad |= !((n_g_W3_B - n_g_W3_B) == 0);
        bad |= !((n_g_W3_Rest - n_g_W3_Rest) == 0);
        bad |= !((n_g_W3_A_2 - n_g_W3_A_2) == 0);
        bad |= !((n_g_W3_B_2 - n_g_W3_B_2) == 0);
        bad |= !((n_g_W3_Rest_2 - n_g_W3_Rest_2) == 0);
        bad |= !((n_g_W3_Inh - n_g_W3_Inh) == 0);
        x_v = n_v;
        x_g_poisson = n_g_poisson;
        x_g_W3_A = n_g_W3_A;
        x_g_W3_B = n_g_W3_B;
        x_g_W3_Rest = n_g_W3_Rest;
        x_g_W3_A_2 = n_g_W3_A_2;
        x_g_W3_B_2 = n_g_W3_B_2;
        x_g_W3_Rest_2 = n_g_W3_Rest_2;
        x_g_W3_Inh = n_g_W3_Inh;
        const int fired = (x_v > p_Vt);
        previous[i] = (unsigned char)(fired | ((fired && !(previous[i] & 1) && !refractory) << 1));
        a_v[i] = x_v;
        a_g_poisson[i] = x_g_poisson;
        a_g_W3_A[i] = x_g_W3_A;
        a_g_W3_B[i] = x_g_W3_B;
        a_g_W3_Rest[i] = x_g_W3_Rest;
        a_g_W3_A_2[i] = x_g_W3_A_2;
        a_g_W3_B_2[i] = x_g_W3_B_2;
        a_g_W3_Rest_2[i] = x_g_W3_Rest_2;
        a_g_W3_Inh[i] = x_g_W3_Inh;
    }
    for (i64 i = lo; i < hi; ++i) {
        if (!(previous[i] & 2)) continue;
        real x_v = a_v[i];
        real x_g_poisson = a_g_poisson[i];
        real x_g_W3_A = a_g_W3_A[i];
        real x_g_W3_B = a_g_W3_B[i];
        real x_g_W3_Rest = a_g_W3_Rest[i];
        real x_g_W3_A_2 = a_g_W3_A_2[i];
        real x_g_W3_B_2 = a_g_W3_B_2[i];
        real x_g_W3_Rest_2 = a_g_W3_Rest_2[i];
        real x_g_W3_Inh = a_g_W3_Inh[i];
        x_v = p_Vr;
        refractory_until[i] = s + 1 + refractory_steps;
        emitted[(*nemitted)++] = i;
        previous[i] = (unsigned char)(x_v > p_Vt);
        a_v[i] = x_v;
        a_g_poisson[i] = x_g_poisson;
        a_g_W3_A[i] = x_g_W3_A;
        a_g_W3_B[i] = x_g_W3_B;
        a_g_W3_Rest[i] = x_g_W3_Rest;
        a_g_W3_A_2[i] = x_g_W3_A_2;
        a_g_W3_B_2[i] = x_g_W3_B_2;
        a_g_W3_Rest_2[i] = x_g_W3_Rest_2;
        a_g_W3_Inh[i] = x_g_W3_Inh;
    }
    (void)emitted; (void)nemitted;
    return bad;
}

static int step_p10(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129 }, Q[] = { 355, 2, 3, 356, 357, 358, 359, 360, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 374, 375, 376, 377, 378, 379, 380, 381, 382, 383, 384, 385, 386, 387, 388 };
    return update_p10(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p10(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[355];
    const real *a_v = (const real *)slot[119];
    for (i64 j = 0; j < n; ++j) if (!((a_v[j] - a_v[j]) == 0)) { err[0] = s + 1; err[1] = 10; err[2] = 0; err[3] = j; return 1; }
    const real *a_g_poisson = (const real *)slot[120];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson[j] - a_g_poisson[j]) == 0)) { err[0] = s + 1; err[1] = 10; err[2] = 1; err[3] = j; return 1; }
    const real *a_g_W3_A = (const real *)slot[121];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W3_A[j] - a_g_W3_A[j]) == 0)) { err[0] = s + 1; err[1] = 10; err[2] = 2; err[3] = j; return 1; }
    const real *a_g_W3_B = (const real *)slot[122];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W3_B[j] - a_g_W3_B[j]) == 0)) { err[0] = s + 1; err[1] = 10; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_W3_Rest = (const real *)slot[123];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W3_Rest[j] - a_g_W3_Rest[j]) == 0)) { err[0] = s + 1; err[1] = 10; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_W3_A_2 = (const real *)slot[124];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W3_A_2[j] - a_g_W3_A_2[j]) == 0)) { err[0] = s + 1; err[1] = 10; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_W3_B_2 = (const real *)slot[125];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W3_B_2[j] - a_g_W3_B_2[j]) == 0)) { err[0] = s + 1; err[1] = 10; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_W3_Rest_2 = (const real *)slot[126];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W3_Rest_2[j] - a_g_W3_Rest_2[j]) == 0)) { err[0] = s + 1; err[1] = 10; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_W3_Inh = (const real *)slot[127];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W3_Inh[j] - a_g_W3_Inh[j]) == 0)) { err[0] = s + 1; err[1] = 10; err[2] = 8; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static int step_p11(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140 }, Q[] = { 389, 2, 3, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422 };
    return update_p10(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p11(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[389];
    const real *a_v = (const real *)slot[130];
    for (i64 j = 0; j < n; ++j) if (!((a_v[j] - a_v[j]) == 0)) { err[0] = s + 1; err[1] = 11; err[2] = 0; err[3] = j; return 1; }
    const real *a_g_poisson = (const real *)slot[131];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson[j] - a_g_poisson[j]) == 0)) { err[0] = s + 1; err[1] = 11; err[2] = 1; err[3] = j; return 1; }
    const real *a_g_W3_A = (const real *)slot[132];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W3_A[j] - a_g_W3_A[j]) == 0)) { err[0] = s + 1; err[1] = 11; err[2] = 2; err[3] = j; return 1; }
    const real *a_g_W3_B = (const real *)slot[133];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W3_B[j] - a_g_W3_B[j]) == 0)) { err[0] = s + 1; err[1] = 11; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_W3_Rest = (const real *)slot[134];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W3_Rest[j] - a_g_W3_Rest[j]) == 0)) { err[0] = s + 1; err[1] = 11; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_W3_A_2 = (const real *)slot[135];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W3_A_2[j] - a_g_W3_A_2[j]) == 0)) { err[0] = s + 1; err[1] = 11; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_W3_B_2 = (const real *)slot[136];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W3_B_2[j] - a_g_W3_B_2[j]) == 0)) { err[0] = s + 1; err[1] = 11; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_W3_Rest_2 = (const real *)slot[137];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W3_Rest_2[j] - a_g_W3_Rest_2[j]) == 0)) { err[0] = s + 1; err[1] = 11; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_W3_Inh = (const real *)slot[138];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W3_Inh[j] - a_g_W3_Inh[j]) == 0)) { err[0] = s + 1; err[1] = 11; err[2] = 8; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static __attribute__((noinline, noclone)) int update_p12(void **slot, const double *P, const int *S, const int *Q, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    const i64 n = (i64)P[Q[0]];
    const double t = P[Q[1]] + (double)(s - (i64)P[Q[2]]) * dt;
    const real dtr = (real)dt;
    (void)t; (void)dtr; (void)seed;
    real *restrict a_v = (real *)slot[S[0]];
    real *restrict a_g_poisson = (real *)slot[S[1]];
    real *restrict a_g_poisson_2 = (real *)slot[S[2]];
    real *restrict a_g_W4_A = (real *)slot[S[3]];
    real *restrict a_g_W4_B = (real *)slot[S[4]];
    real *restrict a_g_W4_Rest = (real *)slot[S[5]];
    real *restrict a_g_W4_A_2 = (real *)slot[S[6]];
    real *restrict a_g_W4_B_2 = (real *)slot[S[7]];
    real *restrict a_g_W4_Rest_2 = (real *)slot[S[8]];
    real *restrict a_g_W4_Inh = (real *)slot[S[9]];
    const real p_C = (real)P[Q[3]];
    const real p_gL = (real)P[Q[4]];
    const real p_El = (real)P[Q[5]];
    const real p_Vt = (real)P[Q[6]];
    const real p_Vr = (real)P[Q[7]];
    const real p_tref = (real)P[Q[8]];
    const real p_tau_AMPA_poisson = (real)P[Q[9]];
    const real p_E_AMPA_poisson = (real)P[Q[10]];
    const real p_tau_AMPA_poisson_2 = (real)P[Q[11]];
    const real p_E_AMPA_poisson_2 = (real)P[Q[12]];
    const real p_tau_AMPA_W4_A = (real)P[Q[13]];
    const real p_E_AMPA_W4_A = (real)P[Q[14]];
    const real p_tau_AMPA_W4_B = (real)P[Q[15]];
    const real p_E_AMPA_W4_B = (real)P[Q[16]];
    const real p_tau_AMPA_W4_Rest = (real)P[Q[17]];
    const real p_E_AMPA_W4_Rest = (real)P[Q[18]];
    const real p_tau_decay_W4_A = (real)P[Q[19]];
    const real p_tau_rise_W4_A = (real)P[Q[20]];
    const real p_alpha_W4_A = (real)P[Q[21]];
    const real p_Mg_W4_A = (real)P[Q[22]];
    const real p_E_NMDA_W4_A = (real)P[Q[23]];
    const real p_tau_decay_W4_B = (real)P[Q[24]];
    const real p_tau_rise_W4_B = (real)P[Q[25]];
    const real p_alpha_W4_B = (real)P[Q[26]];
    const real p_Mg_W4_B = (real)P[Q[27]];
    const real p_E_NMDA_W4_B = (real)P[Q[28]];
    const real p_tau_decay_W4_Rest = (real)P[Q[29]];
    const real p_tau_rise_W4_Rest = (real)P[Q[30]];
    const real p_alpha_W4_Rest = (real)P[Q[31]];
    const real p_Mg_W4_Rest = (real)P[Q[32]];
    const real p_E_NMDA_W4_Rest = (real)P[Q[33]];
    const real p_tau_GABA_W4_Inh = (real)P[Q[34]];
    const real p_E_GABA_W4_Inh = (real)P[Q[35]];
    const real in_Isyn = (real)P[Q[36]];
    unsigned char *restrict previous = (unsigned char *)slot[S[10]];
    i64 *restrict refractory_until = (i64 *)slot[S[11]];
    const i64 refractory_steps = (i64)P[Q[37]];
    int bad = 0;
    for (i64 i = lo; i < hi; ++i) {
        real x_v = a_v[i];
        real x_g_poisson = a_g_poisson[i];
        real x_g_poisson_2 = a_g_poisson_2[i];
        real x_g_W4_A = a_g_W4_A[i];
        real x_g_W4_B = a_g_W4_B[i];
        real x_g_W4_Rest = a_g_W4_Rest[i];
        real x_g_W4_A_2 = a_g_W4_A_2[i];
        real x_g_W4_B_2 = a_g_W4_B_2[i];
        real x_g_W4_Rest_2 = a_g_W4_Rest_2[i];
        real x_g_W4_Inh = a_g_W4_Inh[i];
        const real c0_0 = soma_exp((-62.0 * x_v));
        const real k0_v = (((-(p_gL * (x_v - p_El))) + (((((((((in_Isyn + (x_g_W4_Inh * (p_E_GABA_W4_Inh - x_v))) + ((x_g_W4_Rest_2 * (p_E_NMDA_W4_Rest - x_v)) / (1.0 + ((p_Mg_W4_Rest * 0.2801120448179272) * c0_0)))) + ((x_g_W4_B_2 * (p_E_NMDA_W4_B - x_v)) / (1.0 + ((p_Mg_W4_B * 0.2801120448179272) * c0_0)))) + ((x_g_W4_A_2 * (p_E_NMDA_W4_A - x_v)) / (1.0 + ((p_Mg_W4_A * 0.2801120448179272) * c0_0)))) + (x_g_W4_Rest * (p_E_AMPA_W4_Rest - x_v))) + (x_g_W4_B * (p_E_AMPA_W4_B - x_v))) + (x_g_W4_A * (p_E_AMPA_W4_A - x_v))) + (x_g_poisson_2 * (p_E_AMPA_poisson_2 - x_v))) + (x_g_poisson * (p_E_AMPA_poisson - x_v)))) / p_C);
        const real k0_g_poisson = (-(x_g_poisson / p_tau_AMPA_poisson));
        const real k0_g_poisson_2 = (-(x_g_poisson_2 / p_tau_AMPA_poisson_2));
        const real k0_g_W4_A = (-(x_g_W4_A / p_tau_AMPA_W4_A));
        const real k0_g_W4_B = (-(x_g_W4_B / p_tau_AMPA_W4_B));
        const real k0_g_W4_Rest = (-(x_g_W4_Rest / p_tau_AMPA_W4_Rest));
        const real k0_g_W4_A_2 = (-(x_g_W4_A_2 / p_tau_decay_W4_A));
        const real k0_g_W4_B_2 = (-(x_g_W4_B_2 / p_tau_decay_W4_B));
        const real k0_g_W4_Rest_2 = (-(x_g_W4_Rest_2 / p_tau_decay_W4_Rest));
        const real k0_g_W4_Inh = (-(x_g_W4_Inh / p_tau_GABA_W4_Inh));
        real n_v = x_v + dtr * ((real)1.0 * k0_v);
        real n_g_poisson = x_g_poisson + dtr * ((real)1.0 * k0_g_poisson);
        real n_g_poisson_2 = x_g_poisson_2 + dtr * ((real)1.0 * k0_g_poisson_2);
        real n_g_W4_A = x_g_W4_A + dtr * ((real)1.0 * k0_g_W4_A);
        real n_g_W4_B = x_g_W4_B + dtr * ((real)1.0 * k0_g_W4_B);
        real n_g_W4_Rest = x_g_W4_Rest + dtr * ((real)1.0 * k0_g_W4_Rest);
        real n_g_W4_A_2 = x_g_W4_A_2 + dtr * ((real)1.0 * k0_g_W4_A_2);
        real n_g_W4_B_2 = x_g_W4_B_2 + dtr * ((real)1.0 * k0_g_W4_B_2);
        real n_g_W4_Rest_2 = x_g_W4_Rest_2 + dtr * ((real)1.0 * k0_g_W4_Rest_2);
        real n_g_W4_Inh = x_g_W4_Inh + dtr * ((real)1.0 * k0_g_W4_Inh);
        const int refractory = s < refractory_until[i];
        (void)refractory;
        n_v = soma_select(refractory, x_v, n_v);
        bad |= !((n_v - n_v) == 0);
        bad |= !((n_g_poisson - n_g_poisson) == 0);
        bad |= !((n_g_poisson_2 - n_g_poisson_2) == 0);
        bad |= !((n_g_W4_A - n_g_W4_A) == 0);
        bad |= !((n_g_W4_B - n_g_W4_B) == 0);
        bad |= !((n_g_W4_Rest - n_g_W4_Rest) == 0);
        bad |= !((n_g_W4_A_2 - n_g_W4_A_2) == 0);
        bad |= !((n_g_W4_B_2 - n_g_W4_B_2) == 0);
        bad |= !((n_g_W4_Rest_2 - n_g_W4_Rest_2) == 0);
        bad |= !((n_g_W4_Inh - n_g_W4_Inh) == 0);
        x_v = n_v;
        x_g_poisson = n_g_poisson;
        x_g_poisson_2 = n_g_poisson_2;
        x_g_W4_A = n_g_W4_A;
        x_g_W4_B = n_g_W4_B;
        x_g_W4_Rest = n_g_W4_Rest;
        x_g_W4_A_2 = n_g_W4_A_2;
        x_g_W4_B_2 = n_g_W4_B_2;
        x_g_W4_Rest_2 = n_g_W4_Rest_2;
        x_g_W4_Inh = n_g_W4_Inh;
        const int fired = (x_v > p_Vt);
        previous[i] = (unsigned char)(fired | ((fired && !(previous[i] & 1) && !refractory) << 1));
        a_v[i] = x_v;
        a_g_poisson[i] = x_g_poisson;
        a_g_poisson_2[i] = x_g_poisson_2;
        a_g_W4_A[i] = x_g_W4_A;
        a_g_W4_B[i] = x_g_W4_B;
        a_g_W4_Rest[i] = x_g_W4_Rest;
        a_g_W4_A_2[i] = x_g_W4_A_2;
        a_g_W4_B_2[i] = x_g_W4_B_2;
        a_g_W4_Rest_2[i] = x_g_W4_Rest_2;
        a_g_W4_Inh[i] = x_g_W4_Inh;
    }
    for (i64 i = lo; i < hi; ++i) {
        if (!(previous[i] & 2)) continue;
        real x_v = a_v[i];
        real x_g_poisson = a_g_poisson[i];
        real x_g_poisson_2 = a_g_poisson_2[i];
        real x_g_W4_A = a_g_W4_A[i];
        real x_g_W4_B = a_g_W4_B[i];
        real x_g_W4_Rest = a_g_W4_Rest[i];
        real x_g_W4_A_2 = a_g_W4_A_2[i];
        real x_g_W4_B_2 = a_g_W4_B_2[i];
        real x_g_W4_Rest_2 = a_g_W4_Rest_2[i];
        real x_g_W4_Inh = a_g_W4_Inh[i];
        x_v = p_Vr;
        refractory_until[i] = s + 1 + refractory_steps;
        emitted[(*nemitted)++] = i;
        previous[i] = (unsigned char)(x_v > p_Vt);
        a_v[i] = x_v;
        a_g_poisson[i] = x_g_poisson;
        a_g_poisson_2[i] = x_g_poisson_2;
        a_g_W4_A[i] = x_g_W4_A;
        a_g_W4_B[i] = x_g_W4_B;
        a_g_W4_Rest[i] = x_g_W4_Rest;
        a_g_W4_A_2[i] = x_g_W4_A_2;
        a_g_W4_B_2[i] = x_g_W4_B_2;
        a_g_W4_Rest_2[i] = x_g_W4_Rest_2;
        a_g_W4_Inh[i] = x_g_W4_Inh;
    }
    (void)emitted; (void)nemitted;
    return bad;
}

static int step_p12(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152 }, Q[] = { 423, 2, 3, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 453, 454, 455, 456, 457, 458 };
    return update_p12(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p12(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[423];
    const real *a_v = (const real *)slot[141];
    for (i64 j = 0; j < n; ++j) if (!((a_v[j] - a_v[j]) == 0)) { err[0] = s + 1; err[1] = 12; err[2] = 0; err[3] = j; return 1; }
    const real *a_g_poisson = (const real *)slot[142];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson[j] - a_g_poisson[j]) == 0)) { err[0] = s + 1; err[1] = 12; err[2] = 1; err[3] = j; return 1; }
    const real *a_g_poisson_2 = (const real *)slot[143];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson_2[j] - a_g_poisson_2[j]) == 0)) { err[0] = s + 1; err[1] = 12; err[2] = 2; err[3] = j; return 1; }
    const real *a_g_W4_A = (const real *)slot[144];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W4_A[j] - a_g_W4_A[j]) == 0)) { err[0] = s + 1; err[1] = 12; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_W4_B = (const real *)slot[145];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W4_B[j] - a_g_W4_B[j]) == 0)) { err[0] = s + 1; err[1] = 12; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_W4_Rest = (const real *)slot[146];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W4_Rest[j] - a_g_W4_Rest[j]) == 0)) { err[0] = s + 1; err[1] = 12; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_W4_A_2 = (const real *)slot[147];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W4_A_2[j] - a_g_W4_A_2[j]) == 0)) { err[0] = s + 1; err[1] = 12; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_W4_B_2 = (const real *)slot[148];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W4_B_2[j] - a_g_W4_B_2[j]) == 0)) { err[0] = s + 1; err[1] = 12; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_W4_Rest_2 = (const real *)slot[149];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W4_Rest_2[j] - a_g_W4_Rest_2[j]) == 0)) { err[0] = s + 1; err[1] = 12; err[2] = 8; err[3] = j; return 1; }
    const real *a_g_W4_Inh = (const real *)slot[150];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W4_Inh[j] - a_g_W4_Inh[j]) == 0)) { err[0] = s + 1; err[1] = 12; err[2] = 9; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static int step_p13(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164 }, Q[] = { 459, 2, 3, 460, 461, 462, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476, 477, 478, 479, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 490, 491, 492, 493, 494 };
    return update_p12(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p13(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[459];
    const real *a_v = (const real *)slot[153];
    for (i64 j = 0; j < n; ++j) if (!((a_v[j] - a_v[j]) == 0)) { err[0] = s + 1; err[1] = 13; err[2] = 0; err[3] = j; return 1; }
    const real *a_g_poisson = (const real *)slot[154];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson[j] - a_g_poisson[j]) == 0)) { err[0] = s + 1; err[1] = 13; err[2] = 1; err[3] = j; return 1; }
    const real *a_g_poisson_2 = (const real *)slot[155];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson_2[j] - a_g_poisson_2[j]) == 0)) { err[0] = s + 1; err[1] = 13; err[2] = 2; err[3] = j; return 1; }
    const real *a_g_W4_A = (const real *)slot[156];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W4_A[j] - a_g_W4_A[j]) == 0)) { err[0] = s + 1; err[1] = 13; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_W4_B = (const real *)slot[157];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W4_B[j] - a_g_W4_B[j]) == 0)) { err[0] = s + 1; err[1] = 13; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_W4_Rest = (const real *)slot[158];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W4_Rest[j] - a_g_W4_Rest[j]) == 0)) { err[0] = s + 1; err[1] = 13; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_W4_A_2 = (const real *)slot[159];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W4_A_2[j] - a_g_W4_A_2[j]) == 0)) { err[0] = s + 1; err[1] = 13; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_W4_B_2 = (const real *)slot[160];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W4_B_2[j] - a_g_W4_B_2[j]) == 0)) { err[0] = s + 1; err[1] = 13; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_W4_Rest_2 = (const real *)slot[161];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W4_Rest_2[j] - a_g_W4_Rest_2[j]) == 0)) { err[0] = s + 1; err[1] = 13; err[2] = 8; err[3] = j; return 1; }
    const real *a_g_W4_Inh = (const real *)slot[162];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W4_Inh[j] - a_g_W4_Inh[j]) == 0)) { err[0] = s + 1; err[1] = 13; err[2] = 9; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static __attribute__((noinline, noclone)) int update_p14(void **slot, const double *P, const int *S, const int *Q, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    const i64 n = (i64)P[Q[0]];
    const double t = P[Q[1]] + (double)(s - (i64)P[Q[2]]) * dt;
    const real dtr = (real)dt;
    (void)t; (void)dtr; (void)seed;
    real *restrict a_v = (real *)slot[S[0]];
    real *restrict a_g_poisson = (real *)slot[S[1]];
    real *restrict a_g_W4_A = (real *)slot[S[2]];
    real *restrict a_g_W4_B = (real *)slot[S[3]];
    real *restrict a_g_W4_Rest = (real *)slot[S[4]];
    real *restrict a_g_W4_A_2 = (real *)slot[S[5]];
    real *restrict a_g_W4_B_2 = (real *)slot[S[6]];
    real *restrict a_g_W4_Rest_2 = (real *)slot[S[7]];
    real *restrict a_g_W4_Inh = (real *)slot[S[8]];
    const real p_C = (real)P[Q[3]];
    const real p_gL = (real)P[Q[4]];
    const real p_El = (real)P[Q[5]];
    const real p_Vt = (real)P[Q[6]];
    const real p_Vr = (real)P[Q[7]];
    const real p_tref = (real)P[Q[8]];
    const real p_tau_AMPA_poisson = (real)P[Q[9]];
    const real p_E_AMPA_poisson = (real)P[Q[10]];
    const real p_tau_AMPA_W4_A = (real)P[Q[11]];
    const real p_E_AMPA_W4_A = (real)P[Q[12]];
    const real p_tau_AMPA_W4_B = (real)P[Q[13]];
    const real p_E_AMPA_W4_B = (real)P[Q[14]];
    const real p_tau_AMPA_W4_Rest = (real)P[Q[15]];
    const real p_E_AMPA_W4_Rest = (real)P[Q[16]];
    const real p_tau_decay_W4_A = (real)P[Q[17]];
    const real p_tau_rise_W4_A = (real)P[Q[18]];
    const real p_alpha_W4_A = (real)P[Q[19]];
    const real p_Mg_W4_A = (real)P[Q[20]];
    const real p_E_NMDA_W4_A = (real)P[Q[21]];
    const real p_tau_decay_W4_B = (real)P[Q[22]];
    const real p_tau_rise_W4_B = (real)P[Q[23]];
    const real p_alpha_W4_B = (real)P[Q[24]];
    const real p_Mg_W4_B = (real)P[Q[25]];
    const real p_E_NMDA_W4_B = (real)P[Q[26]];
    const real p_tau_decay_W4_Rest = (real)P[Q[27]];
    const real p_tau_rise_W4_Rest = (real)P[Q[28]];
    const real p_alpha_W4_Rest = (real)P[Q[29]];
    const real p_Mg_W4_Rest = (real)P[Q[30]];
    const real p_E_NMDA_W4_Rest = (real)P[Q[31]];
    const real p_tau_GABA_W4_Inh = (real)P[Q[32]];
    const real p_E_GABA_W4_Inh = (real)P[Q[33]];
    const real in_Isyn = (real)P[Q[34]];
    unsigned char *restrict previous = (unsigned char *)slot[S[9]];
    i64 *restrict refractory_until = (i64 *)slot[S[10]];
    const i64 refractory_steps = (i64)P[Q[35]];
    int bad = 0;
    for (i64 i = lo; i < hi; ++i) {
        real x_v = a_v[i];
        real x_g_poisson = a_g_poisson[i];
        real x_g_W4_A = a_g_W4_A[i];
        real x_g_W4_B = a_g_W4_B[i];
        real x_g_W4_Rest = a_g_W4_Rest[i];
        real x_g_W4_A_2 = a_g_W4_A_2[i];
        real x_g_W4_B_2 = a_g_W4_B_2[i];
        real x_g_W4_Rest_2 = a_g_W4_Rest_2[i];
        real x_g_W4_Inh = a_g_W4_Inh[i];
        const real c0_0 = soma_exp((-62.0 * x_v));
        const real k0_v = (((-(p_gL * (x_v - p_El))) + ((((((((in_Isyn + (x_g_W4_Inh * (p_E_GABA_W4_Inh - x_v))) + ((x_g_W4_Rest_2 * (p_E_NMDA_W4_Rest - x_v)) / (1.0 + ((p_Mg_W4_Rest * 0.2801120448179272) * c0_0)))) + ((x_g_W4_B_2 * (p_E_NMDA_W4_B - x_v)) / (1.0 + ((p_Mg_W4_B * 0.2801120448179272) * c0_0)))) + ((x_g_W4_A_2 * (p_E_NMDA_W4_A - x_v)) / (1.0 + ((p_Mg_W4_A * 0.2801120448179272) * c0_0)))) + (x_g_W4_Rest * (p_E_AMPA_W4_Rest - x_v))) + (x_g_W4_B * (p_E_AMPA_W4_B - x_v))) + (x_g_W4_A * (p_E_AMPA_W4_A - x_v))) + (x_g_poisson * (p_E_AMPA_poisson - x_v)))) / p_C);
        const real k0_g_poisson = (-(x_g_poisson / p_tau_AMPA_poisson));
        const real k0_g_W4_A = (-(x_g_W4_A / p_tau_AMPA_W4_A));
        const real k0_g_W4_B = (-(x_g_W4_B / p_tau_AMPA_W4_B));
        const real k0_g_W4_Rest = (-(x_g_W4_Rest / p_tau_AMPA_W4_Rest));
        const real k0_g_W4_A_2 = (-(x_g_W4_A_2 / p_tau_decay_W4_A));
        const real k0_g_W4_B_2 = (-(x_g_W4_B_2 / p_tau_decay_W4_B));
        const real k0_g_W4_Rest_2 = (-(x_g_W4_Rest_2 / p_tau_decay_W4_Rest));
        const real k0_g_W4_Inh = (-(x_g_W4_Inh / p_tau_GABA_W4_Inh));
        real n_v = x_v + dtr * ((real)1.0 * k0_v);
        real n_g_poisson = x_g_poisson + dtr * ((real)1.0 * k0_g_poisson);
        real n_g_W4_A = x_g_W4_A + dtr * ((real)1.0 * k0_g_W4_A);
        real n_g_W4_B = x_g_W4_B + dtr * ((real)1.0 * k0_g_W4_B);
        real n_g_W4_Rest = x_g_W4_Rest + dtr * ((real)1.0 * k0_g_W4_Rest);
        real n_g_W4_A_2 = x_g_W4_A_2 + dtr * ((real)1.0 * k0_g_W4_A_2);
        real n_g_W4_B_2 = x_g_W4_B_2 + dtr * ((real)1.0 * k0_g_W4_B_2);
        real n_g_W4_Rest_2 = x_g_W4_Rest_2 + dtr * ((real)1.0 * k0_g_W4_Rest_2);
        real n_g_W4_Inh = x_g_W4_Inh + dtr * ((real)1.0 * k0_g_W4_Inh);
        const int refractory = s < refractory_until[i];
        (void)refractory;
        n_v = soma_select(refractory, x_v, n_v);
        bad |= !((n_v - n_v) == 0);
        bad |= !((n_g_poisson - n_g_poisson) == 0);
        bad |= !((n_g_W4_A - n_g_W4_A) == 0);
        bad |= !((n_g_W4_B - n_g_W4_B) == 0);
        bad |= !((n_g_W4_Rest - n_g_W4_Rest) == 0);
        bad |= !((n_g_W4_A_2 - n_g_W4_A_2) == 0);
        bad |= !((n_g_W4_B_2 - n_g_W4_B_2) == 0);
        bad |= !((n_g_W4_Rest_2 - n_g_W4_Rest_2) == 0);
        bad |= !((n_g_W4_Inh - n_g_W4_Inh) == 0);
        x_v = n_v;
        x_g_poisson = n_g_poisson;
        x_g_W4_A = n_g_W4_A;
        x_g_W4_B = n_g_W4_B;
        x_g_W4_Rest = n_g_W4_Rest;
        x_g_W4_A_2 = n_g_W4_A_2;
        x_g_W4_B_2 = n_g_W4_B_2;
        x_g_W4_Rest_2 = n_g_W4_Rest_2;
        x_g_W4_Inh = n_g_W4_Inh;
        const int fired = (x_v > p_Vt);
        previous[i] = (unsigned char)(fired | ((fired && !(previous[i] & 1) && !refractory) << 1));
        a_v[i] = x_v;
        a_g_poisson[i] = x_g_poisson;
        a_g_W4_A[i] = x_g_W4_A;
        a_g_W4_B[i] = x_g_W4_B;
        a_g_W4_Rest[i] = x_g_W4_Rest;
        a_g_W4_A_2[i] = x_g_W4_A_2;
        a_g_W4_B_2[i] = x_g_W4_B_2;
        a_g_W4_Rest_2[i] = x_g_W4_Rest_2;
        a_g_W4_Inh[i] = x_g_W4_Inh;
    }
    for (i64 i = lo; i < hi; ++i) {
        if (!(previous[i] & 2)) continue;
        real x_v = a_v[i];
        real x_g_poisson = a_g_poisson[i];
        real x_g_W4_A = a_g_W4_A[i];
        real x_g_W4_B = a_g_W4_B[i];
        real x_g_W4_Rest = a_g_W4_Rest[i];
        real x_g_W4_A_2 = a_g_W4_A_2[i];
        real x_g_W4_B_2 = a_g_W4_B_2[i];
        real x_g_W4_Rest_2 = a_g_W4_Rest_2[i];
        real x_g_W4_Inh = a_g_W4_Inh[i];
        x_v = p_Vr;
        refractory_until[i] = s + 1 + refractory_steps;
        emitted[(*nemitted)++] = i;
        previous[i] = (unsigned char)(x_v > p_Vt);
        a_v[i] = x_v;
        a_g_poisson[i] = x_g_poisson;
        a_g_W4_A[i] = x_g_W4_A;
        a_g_W4_B[i] = x_g_W4_B;
        a_g_W4_Rest[i] = x_g_W4_Rest;
        a_g_W4_A_2[i] = x_g_W4_A_2;
        a_g_W4_B_2[i] = x_g_W4_B_2;
        a_g_W4_Rest_2[i] = x_g_W4_Rest_2;
        a_g_W4_Inh[i] = x_g_W4_Inh;
    }
    (void)emitted; (void)nemitted;
    return bad;
}

static int step_p14(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175 }, Q[] = { 495, 2, 3, 496, 497, 498, 499, 500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511, 512, 513, 514, 515, 516, 517, 518, 519, 520, 521, 522, 523, 524, 525, 526, 527, 528 };
    return update_p14(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p14(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[495];
    const real *a_v = (const real *)slot[165];
    for (i64 j = 0; j < n; ++j) if (!((a_v[j] - a_v[j]) == 0)) { err[0] = s + 1; err[1] = 14; err[2] = 0; err[3] = j; return 1; }
    const real *a_g_poisson = (const real *)slot[166];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson[j] - a_g_poisson[j]) == 0)) { err[0] = s + 1; err[1] = 14; err[2] = 1; err[3] = j; return 1; }
    const real *a_g_W4_A = (const real *)slot[167];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W4_A[j] - a_g_W4_A[j]) == 0)) { err[0] = s + 1; err[1] = 14; err[2] = 2; err[3] = j; return 1; }
    const real *a_g_W4_B = (const real *)slot[168];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W4_B[j] - a_g_W4_B[j]) == 0)) { err[0] = s + 1; err[1] = 14; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_W4_Rest = (const real *)slot[169];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W4_Rest[j] - a_g_W4_Rest[j]) == 0)) { err[0] = s + 1; err[1] = 14; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_W4_A_2 = (const real *)slot[170];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W4_A_2[j] - a_g_W4_A_2[j]) == 0)) { err[0] = s + 1; err[1] = 14; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_W4_B_2 = (const real *)slot[171];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W4_B_2[j] - a_g_W4_B_2[j]) == 0)) { err[0] = s + 1; err[1] = 14; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_W4_Rest_2 = (const real *)slot[172];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W4_Rest_2[j] - a_g_W4_Rest_2[j]) == 0)) { err[0] = s + 1; err[1] = 14; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_W4_Inh = (const real *)slot[173];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W4_Inh[j] - a_g_W4_Inh[j]) == 0)) { err[0] = s + 1; err[1] = 14; err[2] = 8; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static int step_p15(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186 }, Q[] = { 529, 2, 3, 530, 531, 532, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562 };
    return update_p14(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p15(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[529];
    const real *a_v = (const real *)slot[176];
    for (i64 j = 0; j < n; ++j) if (!((a_v[j] - a_v[j]) == 0)) { err[0] = s + 1; err[1] = 15; err[2] = 0; err[3] = j; return 1; }
    const real *a_g_poisson = (const real *)slot[177];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson[j] - a_g_poisson[j]) == 0)) { err[0] = s + 1; err[1] = 15; err[2] = 1; err[3] = j; return 1; }
    const real *a_g_W4_A = (const real *)slot[178];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W4_A[j] - a_g_W4_A[j]) == 0)) { err[0] = s + 1; err[1] = 15; err[2] = 2; err[3] = j; return 1; }
    const real *a_g_W4_B = (const real *)slot[179];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W4_B[j] - a_g_W4_B[j]) == 0)) { err[0] = s + 1; err[1] = 15; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_W4_Rest = (const real *)slot[180];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W4_Rest[j] - a_g_W4_Rest[j]) == 0)) { err[0] = s + 1; err[1] = 15; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_W4_A_2 = (const real *)slot[181];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W4_A_2[j] - a_g_W4_A_2[j]) == 0)) { err[0] = s + 1; err[1] = 15; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_W4_B_2 = (const real *)slot[182];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W4_B_2[j] - a_g_W4_B_2[j]) == 0)) { err[0] = s + 1; err[1] = 15; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_W4_Rest_2 = (const real *)slot[183];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W4_Rest_2[j] - a_g_W4_Rest_2[j]) == 0)) { err[0] = s + 1; err[1] = 15; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_W4_Inh = (const real *)slot[184];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W4_Inh[j] - a_g_W4_Inh[j]) == 0)) { err[0] = s + 1; err[1] = 15; err[2] = 8; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static __attribute__((noinline, noclone)) int update_p16(void **slot, const double *P, const int *S, const int *Q, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    const i64 n = (i64)P[Q[0]];
    const double t = P[Q[1]] + (double)(s - (i64)P[Q[2]]) * dt;
    const real dtr = (real)dt;
    (void)t; (void)dtr; (void)seed;
    real *restrict a_v = (real *)slot[S[0]];
    real *restrict a_g_poisson = (real *)slot[S[1]];
    real *restrict a_g_poisson_2 = (real *)slot[S[2]];
    real *restrict a_g_W5_A = (real *)slot[S[3]];
    real *restrict a_g_W5_B = (real *)slot[S[4]];
    real *restrict a_g_W5_Rest = (real *)slot[S[5]];
    real *restrict a_g_W5_A_2 = (real *)slot[S[6]];
    real *restrict a_g_W5_B_2 = (real *)slot[S[7]];
    real *restrict a_g_W5_Rest_2 = (real *)slot[S[8]];
    real *restrict a_g_W5_Inh = (real *)slot[S[9]];
    const real p_C = (real)P[Q[3]];
    const real p_gL = (real)P[Q[4]];
    const real p_El = (real)P[Q[5]];
    const real p_Vt = (real)P[Q[6]];
    const real p_Vr = (real)P[Q[7]];
    const real p_tref = (real)P[Q[8]];
    const real p_tau_AMPA_poisson = (real)P[Q[9]];
    const real p_E_AMPA_poisson = (real)P[Q[10]];
    const real p_tau_AMPA_poisson_2 = (real)P[Q[11]];
    const real p_E_AMPA_poisson_2 = (real)P[Q[12]];
    const real p_tau_AMPA_W5_A = (real)P[Q[13]];
    const real p_E_AMPA_W5_A = (real)P[Q[14]];
    const real p_tau_AMPA_W5_B = (real)P[Q[15]];
    const real p_E_AMPA_W5_B = (real)P[Q[16]];
    const real p_tau_AMPA_W5_Rest = (real)P[Q[17]];
    const real p_E_AMPA_W5_Rest = (real)P[Q[18]];
    const real p_tau_decay_W5_A = (real)P[Q[19]];
    const real p_tau_rise_W5_A = (real)P[Q[20]];
    const real p_alpha_W5_A = (real)P[Q[21]];
    const real p_Mg_W5_A = (real)P[Q[22]];
    const real p_E_NMDA_W5_A = (real)P[Q[23]];
    const real p_tau_decay_W5_B = (real)P[Q[24]];
    const real p_tau_rise_W5_B = (real)P[Q[25]];
    const real p_alpha_W5_B = (real)P[Q[26]];
    const real p_Mg_W5_B = (real)P[Q[27]];
    const real p_E_NMDA_W5_B = (real)P[Q[28]];
    const real p_tau_decay_W5_Rest = (real)P[Q[29]];
    const real p_tau_rise_W5_Rest = (real)P[Q[30]];
    const real p_alpha_W5_Rest = (real)P[Q[31]];
    const real p_Mg_W5_Rest = (real)P[Q[32]];
    const real p_E_NMDA_W5_Rest = (real)P[Q[33]];
    const real p_tau_GABA_W5_Inh = (real)P[Q[34]];
    const real p_E_GABA_W5_Inh = (real)P[Q[35]];
    const real in_Isyn = (real)P[Q[36]];
    unsigned char *restrict previous = (unsigned char *)slot[S[10]];
    i64 *restrict refractory_until = (i64 *)slot[S[11]];
    const i64 refractory_steps = (i64)P[Q[37]];
    int bad = 0;
    for (i64 i = lo; i < hi; ++i) {
        real x_v = a_v[i];
        real x_g_poisson = a_g_poisson[i];
        real x_g_poisson_2 = a_g_poisson_2[i];
        real x_g_W5_A = a_g_W5_A[i];
        real x_g_W5_B = a_g_W5_B[i];
        real x_g_W5_Rest = a_g_W5_Rest[i];
        real x_g_W5_A_2 = a_g_W5_A_2[i];
        real x_g_W5_B_2 = a_g_W5_B_2[i];
        real x_g_W5_Rest_2 = a_g_W5_Rest_2[i];
        real x_g_W5_Inh = a_g_W5_Inh[i];
        const real c0_0 = soma_exp((-62.0 * x_v));
        const real k0_v = (((-(p_gL * (x_v - p_El))) + (((((((((in_Isyn + (x_g_W5_Inh * (p_E_GABA_W5_Inh - x_v))) + ((x_g_W5_Rest_2 * (p_E_NMDA_W5_Rest - x_v)) / (1.0 + ((p_Mg_W5_Rest * 0.2801120448179272) * c0_0)))) + ((x_g_W5_B_2 * (p_E_NMDA_W5_B - x_v)) / (1.0 + ((p_Mg_W5_B * 0.2801120448179272) * c0_0)))) + ((x_g_W5_A_2 * (p_E_NMDA_W5_A - x_v)) / (1.0 + ((p_Mg_W5_A * 0.2801120448179272) * c0_0)))) + (x_g_W5_Rest * (p_E_AMPA_W5_Rest - x_v))) + (x_g_W5_B * (p_E_AMPA_W5_B - x_v))) + (x_g_W5_A * (p_E_AMPA_W5_A - x_v))) + (x_g_poisson_2 * (p_E_AMPA_poisson_2 - x_v))) + (x_g_poisson * (p_E_AMPA_poisson - x_v)))) / p_C);
        const real k0_g_poisson = (-(x_g_poisson / p_tau_AMPA_poisson));
        const real k0_g_poisson_2 = (-(x_g_poisson_2 / p_tau_AMPA_poisson_2));
        const real k0_g_W5_A = (-(x_g_W5_A / p_tau_AMPA_W5_A));
        const real k0_g_W5_B = (-(x_g_W5_B / p_tau_AMPA_W5_B));
        const real k0_g_W5_Rest = (-(x_g_W5_Rest / p_tau_AMPA_W5_Rest));
        const real k0_g_W5_A_2 = (-(x_g_W5_A_2 / p_tau_decay_W5_A));
        const real k0_g_W5_B_2 = (-(x_g_W5_B_2 / p_tau_decay_W5_B));
        const real k0_g_W5_Rest_2 = (-(x_g_W5_Rest_2 / p_tau_decay_W5_Rest));
        const real k0_g_W5_Inh = (-(x_g_W5_Inh / p_tau_GABA_W5_Inh));
        real n_v = x_v + dtr * ((real)1.0 * k0_v);
        real n_g_poisson = x_g_poisson + dtr * ((real)1.0 * k0_g_poisson);
        real n_g_poisson_2 = x_g_poisson_2 + dtr * ((real)1.0 * k0_g_poisson_2);
        real n_g_W5_A = x_g_W5_A + dtr * ((real)1.0 * k0_g_W5_A);
        real n_g_W5_B = x_g_W5_B + dtr * ((real)1.0 * k0_g_W5_B);
        real n_g_W5_Rest = x_g_W5_Rest + dtr * ((real)1.0 * k0_g_W5_Rest);
        real n_g_W5_A_2 = x_g_W5_A_2 + dtr * ((real)1.0 * k0_g_W5_A_2);
        real n_g_W5_B_2 = x_g_W5_B_2 + dtr * ((real)1.0 * k0_g_W5_B_2);
        real n_g_W5_Rest_2 = x_g_W5_Rest_2 + dtr * ((real)1.0 * k0_g_W5_Rest_2);
        real n_g_W5_Inh = x_g_W5_Inh + dtr * ((real)1.0 * k0_g_W5_Inh);
        const int refractory = s < refractory_until[i];
        (void)refractory;
        n_v = soma_select(refractory, x_v, n_v);
        bad |= !((n_v - n_v) == 0);
        bad |= !((n_g_poisson - n_g_poisson) == 0);
        bad |= !((n_g_poisson_2 - n_g_poisson_2) == 0);
        bad |= !((n_g_W5_A - n_g_W5_A) == 0);
        bad |= !((n_g_W5_B - n_g_W5_B) == 0);
        bad |= !((n_g_W5_Rest - n_g_W5_Rest) == 0);
        bad |= !((n_g_W5_A_2 - n_g_W5_A_2) == 0);
        bad |= !((n_g_W5_B_2 - n_g_W5_B_2) == 0);
        bad |= !((n_g_W5_Rest_2 - n_g_W5_Rest_2) == 0);
        bad |= !((n_g_W5_Inh - n_g_W5_Inh) == 0);
        x_v = n_v;
        x_g_poisson = n_g_poisson;
        x_g_poisson_2 = n_g_poisson_2;
        x_g_W5_A = n_g_W5_A;
        x_g_W5_B = n_g_W5_B;
        x_g_W5_Rest = n_g_W5_Rest;
        x_g_W5_A_2 = n_g_W5_A_2;
        x_g_W5_B_2 = n_g_W5_B_2;
        x_g_W5_Rest_2 = n_g_W5_Rest_2;
        x_g_W5_Inh = n_g_W5_Inh;
        const int fired = (x_v > p_Vt);
        previous[i] = (unsigned char)(fired | ((fired && !(previous[i] & 1) && !refractory) << 1));
        a_v[i] = x_v;
        a_g_poisson[i] = x_g_poisson;
        a_g_poisson_2[i] = x_g_poisson_2;
        a_g_W5_A[i] = x_g_W5_A;
        a_g_W5_B[i] = x_g_W5_B;
        a_g_W5_Rest[i] = x_g_W5_Rest;
        a_g_W5_A_2[i] = x_g_W5_A_2;
        a_g_W5_B_2[i] = x_g_W5_B_2;
        a_g_W5_Rest_2[i] = x_g_W5_Rest_2;
        a_g_W5_Inh[i] = x_g_W5_Inh;
    }
    for (i64 i = lo; i < hi; ++i) {
        if (!(previous[i] & 2)) continue;
        real x_v = a_v[i];
        real x_g_poisson = a_g_poisson[i];
        real x_g_poisson_2 = a_g_poisson_2[i];
        real x_g_W5_A = a_g_W5_A[i];
        real x_g_W5_B = a_g_W5_B[i];
        real x_g_W5_Rest = a_g_W5_Rest[i];
        real x_g_W5_A_2 = a_g_W5_A_2[i];
        real x_g_W5_B_2 = a_g_W5_B_2[i];
        real x_g_W5_Rest_2 = a_g_W5_Rest_2[i];
        real x_g_W5_Inh = a_g_W5_Inh[i];
        x_v = p_Vr;
        refractory_until[i] = s + 1 + refractory_steps;
        emitted[(*nemitted)++] = i;
        previous[i] = (unsigned char)(x_v > p_Vt);
        a_v[i] = x_v;
        a_g_poisson[i] = x_g_poisson;
        a_g_poisson_2[i] = x_g_poisson_2;
        a_g_W5_A[i] = x_g_W5_A;
        a_g_W5_B[i] = x_g_W5_B;
        a_g_W5_Rest[i] = x_g_W5_Rest;
        a_g_W5_A_2[i] = x_g_W5_A_2;
        a_g_W5_B_2[i] = x_g_W5_B_2;
        a_g_W5_Rest_2[i] = x_g_W5_Rest_2;
        a_g_W5_Inh[i] = x_g_W5_Inh;
    }
    (void)emitted; (void)nemitted;
    return bad;
}

static int step_p16(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198 }, Q[] = { 563, 2, 3, 564, 565, 566, 567, 568, 569, 570, 571, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 589, 590, 591, 592, 593, 594, 595, 596, 597, 598 };
    return update_p16(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p16(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[563];
    const real *a_v = (const real *)slot[187];
    for (i64 j = 0; j < n; ++j) if (!((a_v[j] - a_v[j]) == 0)) { err[0] = s + 1; err[1] = 16; err[2] = 0; err[3] = j; return 1; }
    const real *a_g_poisson = (const real *)slot[188];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson[j] - a_g_poisson[j]) == 0)) { err[0] = s + 1; err[1] = 16; err[2] = 1; err[3] = j; return 1; }
    const real *a_g_poisson_2 = (const real *)slot[189];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson_2[j] - a_g_poisson_2[j]) == 0)) { err[0] = s + 1; err[1] = 16; err[2] = 2; err[3] = j; return 1; }
    const real *a_g_W5_A = (const real *)slot[190];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W5_A[j] - a_g_W5_A[j]) == 0)) { err[0] = s + 1; err[1] = 16; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_W5_B = (const real *)slot[191];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W5_B[j] - a_g_W5_B[j]) == 0)) { err[0] = s + 1; err[1] = 16; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_W5_Rest = (const real *)slot[192];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W5_Rest[j] - a_g_W5_Rest[j]) == 0)) { err[0] = s + 1; err[1] = 16; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_W5_A_2 = (const real *)slot[193];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W5_A_2[j] - a_g_W5_A_2[j]) == 0)) { err[0] = s + 1; err[1] = 16; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_W5_B_2 = (const real *)slot[194];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W5_B_2[j] - a_g_W5_B_2[j]) == 0)) { err[0] = s + 1; err[1] = 16; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_W5_Rest_2 = (const real *)slot[195];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W5_Rest_2[j] - a_g_W5_Rest_2[j]) == 0)) { err[0] = s + 1; err[1] = 16; err[2] = 8; err[3] = j; return 1; }
    const real *a_g_W5_Inh = (const real *)slot[196];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W5_Inh[j] - a_g_W5_Inh[j]) == 0)) { err[0] = s + 1; err[1] = 16; err[2] = 9; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static int step_p17(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210 }, Q[] = { 599, 2, 3, 600, 601, 602, 603, 604, 605, 606, 607, 608, 609, 610, 611, 612, 613, 614, 615, 616, 617, 618, 619, 620, 621, 622, 623, 624, 625, 626, 627, 628, 629, 630, 631, 632, 633, 634 };
    return update_p16(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p17(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[599];
    const real *a_v = (const real *)slot[199];
    for (i64 j = 0; j < n; ++j) if (!((a_v[j] - a_v[j]) == 0)) { err[0] = s + 1; err[1] = 17; err[2] = 0; err[3] = j; return 1; }
    const real *a_g_poisson = (const real *)slot[200];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson[j] - a_g_poisson[j]) == 0)) { err[0] = s + 1; err[1] = 17; err[2] = 1; err[3] = j; return 1; }
    const real *a_g_poisson_2 = (const real *)slot[201];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson_2[j] - a_g_poisson_2[j]) == 0)) { err[0] = s + 1; err[1] = 17; err[2] = 2; err[3] = j; return 1; }
    const real *a_g_W5_A = (const real *)slot[202];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W5_A[j] - a_g_W5_A[j]) == 0)) { err[0] = s + 1; err[1] = 17; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_W5_B = (const real *)slot[203];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W5_B[j] - a_g_W5_B[j]) == 0)) { err[0] = s + 1; err[1] = 17; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_W5_Rest = (const real *)slot[204];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W5_Rest[j] - a_g_W5_Rest[j]) == 0)) { err[0] = s + 1; err[1] = 17; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_W5_A_2 = (const real *)slot[205];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W5_A_2[j] - a_g_W5_A_2[j]) == 0)) { err[0] = s + 1; err[1] = 17; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_W5_B_2 = (const real *)slot[206];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W5_B_2[j] - a_g_W5_B_2[j]) == 0)) { err[0] = s + 1; err[1] = 17; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_W5_Rest_2 = (const real *)slot[207];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W5_Rest_2[j] - a_g_W5_Rest_2[j]) == 0)) { err[0] = s + 1; err[1] = 17; err[2] = 8; err[3] = j; return 1; }
    const real *a_g_W5_Inh = (const real *)slot[208];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W5_Inh[j] - a_g_W5_Inh[j]) == 0)) { err[0] = s + 1; err[1] = 17; err[2] = 9; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static __attribute__((noinline, noclone)) int update_p18(void **slot, const double *P, const int *S, const int *Q, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    const i64 n = (i64)P[Q[0]];
    const double t = P[Q[1]] + (double)(s - (i64)P[Q[2]]) * dt;
    const real dtr = (real)dt;
    (void)t; (void)dtr; (void)seed;
    real *restrict a_v = (real *)slot[S[0]];
    real *restrict a_g_poisson = (real *)slot[S[1]];
    real *restrict a_g_W5_A = (real *)slot[S[2]];
    real *restrict a_g_W5_B = (real *)slot[S[3]];
    real *restrict a_g_W5_Rest = (real *)slot[S[4]];
    real *restrict a_g_W5_A_2 = (real *)slot[S[5]];
    real *restrict a_g_W5_B_2 = (real *)slot[S[6]];
    real *restrict a_g_W5_Rest_2 = (real *)slot[S[7]];
    real *restrict a_g_W5_Inh = (real *)slot[S[8]];
    const real p_C = (real)P[Q[3]];
    const real p_gL = (real)P[Q[4]];
    const real p_El = (real)P[Q[5]];
    const real p_Vt = (real)P[Q[6]];
    const real p_Vr = (real)P[Q[7]];
    const real p_tref = (real)P[Q[8]];
    const real p_tau_AMPA_poisson = (real)P[Q[9]];
    const real p_E_AMPA_poisson = (real)P[Q[10]];
    const real p_tau_AMPA_W5_A = (real)P[Q[11]];
    const real p_E_AMPA_W5_A = (real)P[Q[12]];
    const real p_tau_AMPA_W5_B = (real)P[Q[13]];
    const real p_E_AMPA_W5_B = (real)P[Q[14]];
    const real p_tau_AMPA_W5_Rest = (real)P[Q[15]];
    const real p_E_AMPA_W5_Rest = (real)P[Q[16]];
    const real p_tau_decay_W5_A = (real)P[Q[17]];
    const real p_tau_rise_W5_A = (real)P[Q[18]];
    const real p_alpha_W5_A = (real)P[Q[19]];
    const real p_Mg_W5_A = (real)P[Q[20]];
    const real p_E_NMDA_W5_A = (real)P[Q[21]];
    const real p_tau_decay_W5_B = (real)P[Q[22]];
    const real p_tau_rise_W5_B = (real)P[Q[23]];
    const real p_alpha_W5_B = (real)P[Q[24]];
    const real p_Mg_W5_B = (real)P[Q[25]];
    const real p_E_NMDA_W5_B = (real)P[Q[26]];
    const real p_tau_decay_W5_Rest = (real)P[Q[27]];
    const real p_tau_rise_W5_Rest = (real)P[Q[28]];
    const real p_alpha_W5_Rest = (real)P[Q[29]];
    const real p_Mg_W5_Rest = (real)P[Q[30]];
    const real p_E_NMDA_W5_Rest = (real)P[Q[31]];
    const real p_tau_GABA_W5_Inh = (real)P[Q[32]];
    const real p_E_GABA_W5_Inh = (real)P[Q[33]];
    const real in_Isyn = (real)P[Q[34]];
    unsigned char *restrict previous = (unsigned char *)slot[S[9]];
    i64 *restrict refractory_until = (i64 *)slot[S[10]];
    const i64 refractory_steps = (i64)P[Q[35]];
    int bad = 0;
    for (i64 i = lo; i < hi; ++i) {
        real x_v = a_v[i];
        real x_g_poisson = a_g_poisson[i];
        real x_g_W5_A = a_g_W5_A[i];
        real x_g_W5_B = a_g_W5_B[i];
        real x_g_W5_Rest = a_g_W5_Rest[i];
        real x_g_W5_A_2 = a_g_W5_A_2[i];
        real x_g_W5_B_2 = a_g_W5_B_2[i];
        real x_g_W5_Rest_2 = a_g_W5_Rest_2[i];
        real x_g_W5_Inh = a_g_W5_Inh[i];
        const real c0_0 = soma_exp((-62.0 * x_v));
        const real k0_v = (((-(p_gL * (x_v - p_El))) + ((((((((in_Isyn + (x_g_W5_Inh * (p_E_GABA_W5_Inh - x_v))) + ((x_g_W5_Rest_2 * (p_E_NMDA_W5_Rest - x_v)) / (1.0 + ((p_Mg_W5_Rest * 0.2801120448179272) * c0_0)))) + ((x_g_W5_B_2 * (p_E_NMDA_W5_B - x_v)) / (1.0 + ((p_Mg_W5_B * 0.2801120448179272) * c0_0)))) + ((x_g_W5_A_2 * (p_E_NMDA_W5_A - x_v)) / (1.0 + ((p_Mg_W5_A * 0.2801120448179272) * c0_0)))) + (x_g_W5_Rest * (p_E_AMPA_W5_Rest - x_v))) + (x_g_W5_B * (p_E_AMPA_W5_B - x_v))) + (x_g_W5_A * (p_E_AMPA_W5_A - x_v))) + (x_g_poisson * (p_E_AMPA_poisson - x_v)))) / p_C);
        const real k0_g_poisson = (-(x_g_poisson / p_tau_AMPA_poisson));
        const real k0_g_W5_A = (-(x_g_W5_A / p_tau_AMPA_W5_A));
        const real k0_g_W5_B = (-(x_g_W5_B / p_tau_AMPA_W5_B));
        const real k0_g_W5_Rest = (-(x_g_W5_Rest / p_tau_AMPA_W5_Rest));
        const real k0_g_W5_A_2 = (-(x_g_W5_A_2 / p_tau_decay_W5_A));
        const real k0_g_W5_B_2 = (-(x_g_W5_B_2 / p_tau_decay_W5_B));
        const real k0_g_W5_Rest_2 = (-(x_g_W5_Rest_2 / p_tau_decay_W5_Rest));
        const real k0_g_W5_Inh = (-(x_g_W5_Inh / p_tau_GABA_W5_Inh));
        real n_v = x_v + dtr * ((real)1.0 * k0_v);
        real n_g_poisson = x_g_poisson + dtr * ((real)1.0 * k0_g_poisson);
        real n_g_W5_A = x_g_W5_A + dtr * ((real)1.0 * k0_g_W5_A);
        real n_g_W5_B = x_g_W5_B + dtr * ((real)1.0 * k0_g_W5_B);
        real n_g_W5_Rest = x_g_W5_Rest + dtr * ((real)1.0 * k0_g_W5_Rest);
        real n_g_W5_A_2 = x_g_W5_A_2 + dtr * ((real)1.0 * k0_g_W5_A_2);
        real n_g_W5_B_2 = x_g_W5_B_2 + dtr * ((real)1.0 * k0_g_W5_B_2);
        real n_g_W5_Rest_2 = x_g_W5_Rest_2 + dtr * ((real)1.0 * k0_g_W5_Rest_2);
        real n_g_W5_Inh = x_g_W5_Inh + dtr * ((real)1.0 * k0_g_W5_Inh);
        const int refractory = s < refractory_until[i];
        (void)refractory;
        n_v = soma_select(refractory, x_v, n_v);
        bad |= !((n_v - n_v) == 0);
        bad |= !((n_g_poisson - n_g_poisson) == 0);
        bad |= !((n_g_W5_A - n_g_W5_A) == 0);
        bad |= !((n_g_W5_B - n_g_W5_B) == 0);
        bad |= !((n_g_W5_Rest - n_g_W5_Rest) == 0);
        bad |= !((n_g_W5_A_2 - n_g_W5_A_2) == 0);
        bad |= !((n_g_W5_B_2 - n_g_W5_B_2) == 0);
        bad |= !((n_g_W5_Rest_2 - n_g_W5_Rest_2) == 0);
        bad |= !((n_g_W5_Inh - n_g_W5_Inh) == 0);
        x_v = n_v;
        x_g_poisson = n_g_poisson;
        x_g_W5_A = n_g_W5_A;
        x_g_W5_B = n_g_W5_B;
        x_g_W5_Rest = n_g_W5_Rest;
        x_g_W5_A_2 = n_g_W5_A_2;
        x_g_W5_B_2 = n_g_W5_B_2;
        x_g_W5_Rest_2 = n_g_W5_Rest_2;
        x_g_W5_Inh = n_g_W5_Inh;
        const int fired = (x_v > p_Vt);
        previous[i] = (unsigned char)(fired | ((fired && !(previous[i] & 1) && !refractory) << 1));
        a_v[i] = x_v;
        a_g_poisson[i] = x_g_poisson;
        a_g_W5_A[i] = x_g_W5_A;
        a_g_W5_B[i] = x_g_W5_B;
        a_g_W5_Rest[i] = x_g_W5_Rest;
        a_g_W5_A_2[i] = x_g_W5_A_2;
        a_g_W5_B_2[i] = x_g_W5_B_2;
        a_g_W5_Rest_2[i] = x_g_W5_Rest_2;
        a_g_W5_Inh[i] = x_g_W5_Inh;
    }
    for (i64 i = lo; i < hi; ++i) {
        if (!(previous[i] & 2)) continue;
        real x_v = a_v[i];
        real x_g_poisson = a_g_poisson[i];
        real x_g_W5_A = a_g_W5_A[i];
        real x_g_W5_B = a_g_W5_B[i];
        real x_g_W5_Rest = a_g_W5_Rest[i];
        real x_g_W5_A_2 = a_g_W5_A_2[i];
        real x_g_W5_B_2 = a_g_W5_B_2[i];
        real x_g_W5_Rest_2 = a_g_W5_Rest_2[i];
        real x_g_W5_Inh = a_g_W5_Inh[i];
        x_v = p_Vr;
        refractory_until[i] = s + 1 + refractory_steps;
        emitted[(*nemitted)++] = i;
        previous[i] = (unsigned char)(x_v > p_Vt);
        a_v[i] = x_v;
        a_g_poisson[i] = x_g_poisson;
        a_g_W5_A[i] = x_g_W5_A;
        a_g_W5_B[i] = x_g_W5_B;
        a_g_W5_Rest[i] = x_g_W5_Rest;
        a_g_W5_A_2[i] = x_g_W5_A_2;
        a_g_W5_B_2[i] = x_g_W5_B_2;
        a_g_W5_Rest_2[i] = x_g_W5_Rest_2;
        a_g_W5_Inh[i] = x_g_W5_Inh;
    }
    (void)emitted; (void)nemitted;
    return bad;
}

static int step_p18(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221 }, Q[] = { 635, 2, 3, 636, 637, 638, 639, 640, 641, 642, 643, 644, 645, 646, 647, 648, 649, 650, 651, 652, 653, 654, 655, 656, 657, 658, 659, 660, 661, 662, 663, 664, 665, 666, 667, 668 };
    return update_p18(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p18(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[635];
    const real *a_v = (const real *)slot[211];
    for (i64 j = 0; j < n; ++j) if (!((a_v[j] - a_v[j]) == 0)) { err[0] = s + 1; err[1] = 18; err[2] = 0; err[3] = j; return 1; }
    const real *a_g_poisson = (const real *)slot[212];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson[j] - a_g_poisson[j]) == 0)) { err[0] = s + 1; err[1] = 18; err[2] = 1; err[3] = j; return 1; }
    const real *a_g_W5_A = (const real *)slot[213];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W5_A[j] - a_g_W5_A[j]) == 0)) { err[0] = s + 1; err[1] = 18; err[2] = 2; err[3] = j; return 1; }
    const real *a_g_W5_B = (const real *)slot[214];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W5_B[j] - a_g_W5_B[j]) == 0)) { err[0] = s + 1; err[1] = 18; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_W5_Rest = (const real *)slot[215];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W5_Rest[j] - a_g_W5_Rest[j]) == 0)) { err[0] = s + 1; err[1] = 18; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_W5_A_2 = (const real *)slot[216];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W5_A_2[j] - a_g_W5_A_2[j]) == 0)) { err[0] = s + 1; err[1] = 18; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_W5_B_2 = (const real *)slot[217];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W5_B_2[j] - a_g_W5_B_2[j]) == 0)) { err[0] = s + 1; err[1] = 18; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_W5_Rest_2 = (const real *)slot[218];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W5_Rest_2[j] - a_g_W5_Rest_2[j]) == 0)) { err[0] = s + 1; err[1] = 18; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_W5_Inh = (const real *)slot[219];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W5_Inh[j] - a_g_W5_Inh[j]) == 0)) { err[0] = s + 1; err[1] = 18; err[2] = 8; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static int step_p19(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232 }, Q[] = { 669, 2, 3, 670, 671, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 684, 685, 686, 687, 688, 689, 690, 691, 692, 693, 694, 695, 696, 697, 698, 699, 700, 701, 702 };
    return update_p18(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p19(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[669];
    const real *a_v = (const real *)slot[222];
    for (i64 j = 0; j < n; ++j) if (!((a_v[j] - a_v[j]) == 0)) { err[0] = s + 1; err[1] = 19; err[2] = 0; err[3] = j; return 1; }
    const real *a_g_poisson = (const real *)slot[223];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson[j] - a_g_poisson[j]) == 0)) { err[0] = s + 1; err[1] = 19; err[2] = 1; err[3] = j; return 1; }
    const real *a_g_W5_A = (const real *)slot[224];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W5_A[j] - a_g_W5_A[j]) == 0)) { err[0] = s + 1; err[1] = 19; err[2] = 2; err[3] = j; return 1; }
    const real *a_g_W5_B = (const real *)slot[225];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W5_B[j] - a_g_W5_B[j]) == 0)) { err[0] = s + 1; err[1] = 19; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_W5_Rest = (const real *)slot[226];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W5_Rest[j] - a_g_W5_Rest[j]) == 0)) { err[0] = s + 1; err[1] = 19; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_W5_A_2 = (const real *)slot[227];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W5_A_2[j] - a_g_W5_A_2[j]) == 0)) { err[0] = s + 1; err[1] = 19; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_W5_B_2 = (const real *)slot[228];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W5_B_2[j] - a_g_W5_B_2[j]) == 0)) { err[0] = s + 1; err[1] = 19; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_W5_Rest_2 = (const real *)slot[229];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W5_Rest_2[j] - a_g_W5_Rest_2[j]) == 0)) { err[0] = s + 1; err[1] = 19; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_W5_Inh = (const real *)slot[230];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W5_Inh[j] - a_g_W5_Inh[j]) == 0)) { err[0] = s + 1; err[1] = 19; err[2] = 8; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static __attribute__((noinline, noclone)) int update_p20(void **slot, const double *P, const int *S, const int *Q, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    const i64 n = (i64)P[Q[0]];
    const double t = P[Q[1]] + (double)(s - (i64)P[Q[2]]) * dt;
    const real dtr = (real)dt;
    (void)t; (void)dtr; (void)seed;
    real *restrict a_v = (real *)slot[S[0]];
    real *restrict a_g_poisson = (real *)slot[S[1]];
    real *restrict a_g_poisson_2 = (real *)slot[S[2]];
    real *restrict a_g_W6_A = (real *)slot[S[3]];
    real *restrict a_g_W6_B = (real *)slot[S[4]];
    real *restrict a_g_W6_Rest = (real *)slot[S[5]];
    real *restrict a_g_W6_A_2 = (real *)slot[S[6]];
    real *restrict a_g_W6_B_2 = (real *)slot[S[7]];
    real *restrict a_g_W6_Rest_2 = (real *)slot[S[8]];
    real *restrict a_g_W6_Inh = (real *)slot[S[9]];
    const real p_C = (real)P[Q[3]];
    const real p_gL = (real)P[Q[4]];
    const real p_El = (real)P[Q[5]];
    const real p_Vt = (real)P[Q[6]];
    const real p_Vr = (real)P[Q[7]];
    const real p_tref = (real)P[Q[8]];
    const real p_tau_AMPA_poisson = (real)P[Q[9]];
    const real p_E_AMPA_poisson = (real)P[Q[10]];
    const real p_tau_AMPA_poisson_2 = (real)P[Q[11]];
    const real p_E_AMPA_poisson_2 = (real)P[Q[12]];
    const real p_tau_AMPA_W6_A = (real)P[Q[13]];
    const real p_E_AMPA_W6_A = (real)P[Q[14]];
    const real p_tau_AMPA_W6_B = (real)P[Q[15]];
    const real p_E_AMPA_W6_B = (real)P[Q[16]];
    const real p_tau_AMPA_W6_Rest = (real)P[Q[17]];
    const real p_E_AMPA_W6_Rest = (real)P[Q[18]];
    const real p_tau_decay_W6_A = (real)P[Q[19]];
    const real p_tau_rise_W6_A = (real)P[Q[20]];
    const real p_alpha_W6_A = (real)P[Q[21]];
    const real p_Mg_W6_A = (real)P[Q[22]];
    const real p_E_NMDA_W6_A = (real)P[Q[23]];
    const real p_tau_decay_W6_B = (real)P[Q[24]];
    const real p_tau_rise_W6_B = (real)P[Q[25]];
    const real p_alpha_W6_B = (real)P[Q[26]];
    const real p_Mg_W6_B = (real)P[Q[27]];
    const real p_E_NMDA_W6_B = (real)P[Q[28]];
    const real p_tau_decay_W6_Rest = (real)P[Q[29]];
    const real p_tau_rise_W6_Rest = (real)P[Q[30]];
    const real p_alpha_W6_Rest = (real)P[Q[31]];
    const real p_Mg_W6_Rest = (real)P[Q[32]];
    const real p_E_NMDA_W6_Rest = (real)P[Q[33]];
    const real p_tau_GABA_W6_Inh = (real)P[Q[34]];
    const real p_E_GABA_W6_Inh = (real)P[Q[35]];
    const real in_Isyn = (real)P[Q[36]];
    unsigned char *restrict previous = (unsigned char *)slot[S[10]];
    i64 *restrict refractory_until = (i64 *)slot[S[11]];
    const i64 refractory_steps = (i64)P[Q[37]];
    int bad = 0;
    for (i64 i = lo; i < hi; ++i) {
        real x_v = a_v[i];
        real x_g_poisson = a_g_poisson[i];
        real x_g_poisson_2 = a_g_poisson_2[i];
        real x_g_W6_A = a_g_W6_A[i];
        real x_g_W6_B = a_g_W6_B[i];
        real x_g_W6_Rest = a_g_W6_Rest[i];
        real x_g_W6_A_2 = a_g_W6_A_2[i];
        real x_g_W6_B_2 = a_g_W6_B_2[i];
        real x_g_W6_Rest_2 = a_g_W6_Rest_2[i];
        real x_g_W6_Inh = a_g_W6_Inh[i];
        const real c0_0 = soma_exp((-62.0 * x_v));
        const real k0_v = (((-(p_gL * (x_v - p_El))) + (((((((((in_Isyn + (x_g_W6_Inh * (p_E_GABA_W6_Inh - x_v))) + ((x_g_W6_Rest_2 * (p_E_NMDA_W6_Rest - x_v)) / (1.0 + ((p_Mg_W6_Rest * 0.2801120448179272) * c0_0)))) + ((x_g_W6_B_2 * (p_E_NMDA_W6_B - x_v)) / (1.0 + ((p_Mg_W6_B * 0.2801120448179272) * c0_0)))) + ((x_g_W6_A_2 * (p_E_NMDA_W6_A - x_v)) / (1.0 + ((p_Mg_W6_A * 0.2801120448179272) * c0_0)))) + (x_g_W6_Rest * (p_E_AMPA_W6_Rest - x_v))) + (x_g_W6_B * (p_E_AMPA_W6_B - x_v))) + (x_g_W6_A * (p_E_AMPA_W6_A - x_v))) + (x_g_poisson_2 * (p_E_AMPA_poisson_2 - x_v))) + (x_g_poisson * (p_E_AMPA_poisson - x_v)))) / p_C);
        const real k0_g_poisson = (-(x_g_poisson / p_tau_AMPA_poisson));
        const real k0_g_poisson_2 = (-(x_g_poisson_2 / p_tau_AMPA_poisson_2));
        const real k0_g_W6_A = (-(x_g_W6_A / p_tau_AMPA_W6_A));
        const real k0_g_W6_B = (-(x_g_W6_B / p_tau_AMPA_W6_B));
        const real k0_g_W6_Rest = (-(x_g_W6_Rest / p_tau_AMPA_W6_Rest));
        const real k0_g_W6_A_2 = (-(x_g_W6_A_2 / p_tau_decay_W6_A));
        const real k0_g_W6_B_2 = (-(x_g_W6_B_2 / p_tau_decay_W6_B));
        const real k0_g_W6_Rest_2 = (-(x_g_W6_Rest_2 / p_tau_decay_W6_Rest));
        const real k0_g_W6_Inh = (-(x_g_W6_Inh / p_tau_GABA_W6_Inh));
        real n_v = x_v + dtr * ((real)1.0 * k0_v);
        real n_g_poisson = x_g_poisson + dtr * ((real)1.0 * k0_g_poisson);
        real n_g_poisson_2 = x_g_poisson_2 + dtr * ((real)1.0 * k0_g_poisson_2);
        real n_g_W6_A = x_g_W6_A + dtr * ((real)1.0 * k0_g_W6_A);
        real n_g_W6_B = x_g_W6_B + dtr * ((real)1.0 * k0_g_W6_B);
        real n_g_W6_Rest = x_g_W6_Rest + dtr * ((real)1.0 * k0_g_W6_Rest);
        real n_g_W6_A_2 = x_g_W6_A_2 + dtr * ((real)1.0 * k0_g_W6_A_2);
        real n_g_W6_B_2 = x_g_W6_B_2 + dtr * ((real)1.0 * k0_g_W6_B_2);
        real n_g_W6_Rest_2 = x_g_W6_Rest_2 + dtr * ((real)1.0 * k0_g_W6_Rest_2);
        real n_g_W6_Inh = x_g_W6_Inh + dtr * ((real)1.0 * k0_g_W6_Inh);
        const int refractory = s < refractory_until[i];
        (void)refractory;
        n_v = soma_select(refractory, x_v, n_v);
        bad |= !((n_v - n_v) == 0);
        bad |= !((n_g_poisson - n_g_poisson) == 0);
        bad |= !((n_g_poisson_2 - n_g_poisson_2) == 0);
        bad |= !((n_g_W6_A - n_g_W6_A) == 0);
        bad |= !((n_g_W6_B - n_g_W6_B) == 0);
        bad |= !((n_g_W6_Rest - n_g_W6_Rest) == 0);
        bad |= !((n_g_W6_A_2 - n_g_W6_A_2) == 0);
        bad |= !((n_g_W6_B_2 - n_g_W6_B_2) == 0);
        bad |= !((n_g_W6_Rest_2 - n_g_W6_Rest_2) == 0);
        bad |= !((n_g_W6_Inh - n_g_W6_Inh) == 0);
        x_v = n_v;
        x_g_poisson = n_g_poisson;
        x_g_poisson_2 = n_g_poisson_2;
        x_g_W6_A = n_g_W6_A;
        x_g_W6_B = n_g_W6_B;
        x_g_W6_Rest = n_g_W6_Rest;
        x_g_W6_A_2 = n_g_W6_A_2;
        x_g_W6_B_2 = n_g_W6_B_2;
        x_g_W6_Rest_2 = n_g_W6_Rest_2;
        x_g_W6_Inh = n_g_W6_Inh;
        const int fired = (x_v > p_Vt);
        previous[i] = (unsigned char)(fired | ((fired && !(previous[i] & 1) && !refractory) << 1));
        a_v[i] = x_v;
        a_g_poisson[i] = x_g_poisson;
        a_g_poisson_2[i] = x_g_poisson_2;
        a_g_W6_A[i] = x_g_W6_A;
        a_g_W6_B[i] = x_g_W6_B;
        a_g_W6_Rest[i] = x_g_W6_Rest;
        a_g_W6_A_2[i] = x_g_W6_A_2;
        a_g_W6_B_2[i] = x_g_W6_B_2;
        a_g_W6_Rest_2[i] = x_g_W6_Rest_2;
        a_g_W6_Inh[i] = x_g_W6_Inh;
    }
    for (i64 i = lo; i < hi; ++i) {
        if (!(previous[i] & 2)) continue;
        real x_v = a_v[i];
        real x_g_poisson = a_g_poisson[i];
        real x_g_poisson_2 = a_g_poisson_2[i];
        real x_g_W6_A = a_g_W6_A[i];
        real x_g_W6_B = a_g_W6_B[i];
        real x_g_W6_Rest = a_g_W6_Rest[i];
        real x_g_W6_A_2 = a_g_W6_A_2[i];
        real x_g_W6_B_2 = a_g_W6_B_2[i];
        real x_g_W6_Rest_2 = a_g_W6_Rest_2[i];
        real x_g_W6_Inh = a_g_W6_Inh[i];
        x_v = p_Vr;
        refractory_until[i] = s + 1 + refractory_steps;
        emitted[(*nemitted)++] = i;
        previous[i] = (unsigned char)(x_v > p_Vt);
        a_v[i] = x_v;
        a_g_poisson[i] = x_g_poisson;
        a_g_poisson_2[i] = x_g_poisson_2;
        a_g_W6_A[i] = x_g_W6_A;
        a_g_W6_B[i] = x_g_W6_B;
        a_g_W6_Rest[i] = x_g_W6_Rest;
        a_g_W6_A_2[i] = x_g_W6_A_2;
        a_g_W6_B_2[i] = x_g_W6_B_2;
        a_g_W6_Rest_2[i] = x_g_W6_Rest_2;
        a_g_W6_Inh[i] = x_g_W6_Inh;
    }
    (void)emitted; (void)nemitted;
    return bad;
}

static int step_p20(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244 }, Q[] = { 703, 2, 3, 704, 705, 706, 707, 708, 709, 710, 711, 712, 713, 714, 715, 716, 717, 718, 719, 720, 721, 722, 723, 724, 725, 726, 727, 728, 729, 730, 731, 732, 733, 734, 735, 736, 737, 738 };
    return update_p20(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p20(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[703];
    const real *a_v = (const real *)slot[233];
    for (i64 j = 0; j < n; ++j) if (!((a_v[j] - a_v[j]) == 0)) { err[0] = s + 1; err[1] = 20; err[2] = 0; err[3] = j; return 1; }
    const real *a_g_poisson = (const real *)slot[234];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson[j] - a_g_poisson[j]) == 0)) { err[0] = s + 1; err[1] = 20; err[2] = 1; err[3] = j; return 1; }
    const real *a_g_poisson_2 = (const real *)slot[235];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson_2[j] - a_g_poisson_2[j]) == 0)) { err[0] = s + 1; err[1] = 20; err[2] = 2; err[3] = j; return 1; }
    const real *a_g_W6_A = (const real *)slot[236];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W6_A[j] - a_g_W6_A[j]) == 0)) { err[0] = s + 1; err[1] = 20; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_W6_B = (const real *)slot[237];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W6_B[j] - a_g_W6_B[j]) == 0)) { err[0] = s + 1; err[1] = 20; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_W6_Rest = (const real *)slot[238];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W6_Rest[j] - a_g_W6_Rest[j]) == 0)) { err[0] = s + 1; err[1] = 20; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_W6_A_2 = (const real *)slot[239];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W6_A_2[j] - a_g_W6_A_2[j]) == 0)) { err[0] = s + 1; err[1] = 20; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_W6_B_2 = (const real *)slot[240];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W6_B_2[j] - a_g_W6_B_2[j]) == 0)) { err[0] = s + 1; err[1] = 20; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_W6_Rest_2 = (const real *)slot[241];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W6_Rest_2[j] - a_g_W6_Rest_2[j]) == 0)) { err[0] = s + 1; err[1] = 20; err[2] = 8; err[3] = j; return 1; }
    const real *a_g_W6_Inh = (const real *)slot[242];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W6_Inh[j] - a_g_W6_Inh[j]) == 0)) { err[0] = s + 1; err[1] = 20; err[2] = 9; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static int step_p21(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256 }, Q[] = { 739, 2, 3, 740, 741, 742, 743, 744, 745, 746, 747, 748, 749, 750, 751, 752, 753, 754, 755, 756, 757, 758, 759, 760, 761, 762, 763, 764, 765, 766, 767, 768, 769, 770, 771, 772, 773, 774 };
    return update_p20(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p21(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[739];
    const real *a_v = (const real *)slot[245];
    for (i64 j = 0; j < n; ++j) if (!((a_v[j] - a_v[j]) == 0)) { err[0] = s + 1; err[1] = 21; err[2] = 0; err[3] = j; return 1; }
    const real *a_g_poisson = (const real *)slot[246];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson[j] - a_g_poisson[j]) == 0)) { err[0] = s + 1; err[1] = 21; err[2] = 1; err[3] = j; return 1; }
    const real *a_g_poisson_2 = (const real *)slot[247];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson_2[j] - a_g_poisson_2[j]) == 0)) { err[0] = s + 1; err[1] = 21; err[2] = 2; err[3] = j; return 1; }
    const real *a_g_W6_A = (const real *)slot[248];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W6_A[j] - a_g_W6_A[j]) == 0)) { err[0] = s + 1; err[1] = 21; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_W6_B = (const real *)slot[249];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W6_B[j] - a_g_W6_B[j]) == 0)) { err[0] = s + 1; err[1] = 21; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_W6_Rest = (const real *)slot[250];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W6_Rest[j] - a_g_W6_Rest[j]) == 0)) { err[0] = s + 1; err[1] = 21; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_W6_A_2 = (const real *)slot[251];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W6_A_2[j] - a_g_W6_A_2[j]) == 0)) { err[0] = s + 1; err[1] = 21; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_W6_B_2 = (const real *)slot[252];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W6_B_2[j] - a_g_W6_B_2[j]) == 0)) { err[0] = s + 1; err[1] = 21; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_W6_Rest_2 = (const real *)slot[253];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W6_Rest_2[j] - a_g_W6_Rest_2[j]) == 0)) { err[0] = s + 1; err[1] = 21; err[2] = 8; err[3] = j; return 1; }
    const real *a_g_W6_Inh = (const real *)slot[254];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W6_Inh[j] - a_g_W6_Inh[j]) == 0)) { err[0] = s + 1; err[1] = 21; err[2] = 9; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static __attribute__((noinline, noclone)) int update_p22(void **slot, const double *P, const int *S, const int *Q, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    const i64 n = (i64)P[Q[0]];
    const double t = P[Q[1]] + (double)(s - (i64)P[Q[2]]) * dt;
    const real dtr = (real)dt;
    (void)t; (void)dtr; (void)seed;
    real *restrict a_v = (real *)slot[S[0]];
    real *restrict a_g_poisson = (real *)slot[S[1]];
    real *restrict a_g_W6_A = (real *)slot[S[2]];
    real *restrict a_g_W6_B = (real *)slot[S[3]];
    real *restrict a_g_W6_Rest = (real *)slot[S[4]];
    real *restrict a_g_W6_A_2 = (real *)slot[S[5]];
    real *restrict a_g_W6_B_2 = (real *)slot[S[6]];
    real *restrict a_g_W6_Rest_2 = (real *)slot[S[7]];
    real *restrict a_g_W6_Inh = (real *)slot[S[8]];
    const real p_C = (real)P[Q[3]];
    const real p_gL = (real)P[Q[4]];
    const real p_El = (real)P[Q[5]];
    const real p_Vt = (real)P[Q[6]];
    const real p_Vr = (real)P[Q[7]];
    const real p_tref = (real)P[Q[8]];
    const real p_tau_AMPA_poisson = (real)P[Q[9]];
    const real p_E_AMPA_poisson = (real)P[Q[10]];
    const real p_tau_AMPA_W6_A = (real)P[Q[11]];
    const real p_E_AMPA_W6_A = (real)P[Q[12]];
    const real p_tau_AMPA_W6_B = (real)P[Q[13]];
    const real p_E_AMPA_W6_B = (real)P[Q[14]];
    const real p_tau_AMPA_W6_Rest = (real)P[Q[15]];
    const real p_E_AMPA_W6_Rest = (real)P[Q[16]];
    const real p_tau_decay_W6_A = (real)P[Q[17]];
    const real p_tau_rise_W6_A = (real)P[Q[18]];
    const real p_alpha_W6_A = (real)P[Q[19]];
    const real p_Mg_W6_A = (real)P[Q[20]];
    const real p_E_NMDA_W6_A = (real)P[Q[21]];
    const real p_tau_decay_W6_B = (real)P[Q[22]];
    const real p_tau_rise_W6_B = (real)P[Q[23]];
    const real p_alpha_W6_B = (real)P[Q[24]];
    const real p_Mg_W6_B = (real)P[Q[25]];
    const real p_E_NMDA_W6_B = (real)P[Q[26]];
    const real p_tau_decay_W6_Rest = (real)P[Q[27]];
    const real p_tau_rise_W6_Rest = (real)P[Q[28]];
    const real p_alpha_W6_Rest = (real)P[Q[29]];
    const real p_Mg_W6_Rest = (real)P[Q[30]];
    const real p_E_NMDA_W6_Rest = (real)P[Q[31]];
    const real p_tau_GABA_W6_Inh = (real)P[Q[32]];
    const real p_E_GABA_W6_Inh = (real)P[Q[33]];
    const real in_Isyn = (real)P[Q[34]];
    unsigned char *restrict previous = (unsigned char *)slot[S[9]];
    i64 *restrict refractory_until = (i64 *)slot[S[10]];
    const i64 refractory_steps = (i64)P[Q[35]];
    int bad = 0;
    for (i64 i = lo; i < hi; ++i) {
        real x_v = a_v[i];
        real x_g_poisson = a_g_poisson[i];
        real x_g_W6_A = a_g_W6_A[i];
        real x_g_W6_B = a_g_W6_B[i];
        real x_g_W6_Rest = a_g_W6_Rest[i];
        real x_g_W6_A_2 = a_g_W6_A_2[i];
        real x_g_W6_B_2 = a_g_W6_B_2[i];
        real x_g_W6_Rest_2 = a_g_W6_Rest_2[i];
        real x_g_W6_Inh = a_g_W6_Inh[i];
        const real c0_0 = soma_exp((-62.0 * x_v));
        const real k0_v = (((-(p_gL * (x_v - p_El))) + ((((((((in_Isyn + (x_g_W6_Inh * (p_E_GABA_W6_Inh - x_v))) + ((x_g_W6_Rest_2 * (p_E_NMDA_W6_Rest - x_v)) / (1.0 + ((p_Mg_W6_Rest * 0.2801120448179272) * c0_0)))) + ((x_g_W6_B_2 * (p_E_NMDA_W6_B - x_v)) / (1.0 + ((p_Mg_W6_B * 0.2801120448179272) * c0_0)))) + ((x_g_W6_A_2 * (p_E_NMDA_W6_A - x_v)) / (1.0 + ((p_Mg_W6_A * 0.2801120448179272) * c0_0)))) + (x_g_W6_Rest * (p_E_AMPA_W6_Rest - x_v))) + (x_g_W6_B * (p_E_AMPA_W6_B - x_v))) + (x_g_W6_A * (p_E_AMPA_W6_A - x_v))) + (x_g_poisson * (p_E_AMPA_poisson - x_v)))) / p_C);
        const real k0_g_poisson = (-(x_g_poisson / p_tau_AMPA_poisson));
        const real k0_g_W6_A = (-(x_g_W6_A / p_tau_AMPA_W6_A));
        const real k0_g_W6_B = (-(x_g_W6_B / p_tau_AMPA_W6_B));
        const real k0_g_W6_Rest = (-(x_g_W6_Rest / p_tau_AMPA_W6_Rest));
        const real k0_g_W6_A_2 = (-(x_g_W6_A_2 / p_tau_decay_W6_A));
        const real k0_g_W6_B_2 = (-(x_g_W6_B_2 / p_tau_decay_W6_B));
        const real k0_g_W6_Rest_2 = (-(x_g_W6_Rest_2 / p_tau_decay_W6_Rest));
        const real k0_g_W6_Inh = (-(x_g_W6_Inh / p_tau_GABA_W6_Inh));
        real n_v = x_v + dtr * ((real)1.0 * k0_v);
        real n_g_poisson = x_g_poisson + dtr * ((real)1.0 * k0_g_poisson);
        real n_g_W6_A = x_g_W6_A + dtr * ((real)1.0 * k0_g_W6_A);
        real n_g_W6_B = x_g_W6_B + dtr * ((real)1.0 * k0_g_W6_B);
        real n_g_W6_Rest = x_g_W6_Rest + dtr * ((real)1.0 * k0_g_W6_Rest);
        real n_g_W6_A_2 = x_g_W6_A_2 + dtr * ((real)1.0 * k0_g_W6_A_2);
        real n_g_W6_B_2 = x_g_W6_B_2 + dtr * ((real)1.0 * k0_g_W6_B_2);
        real n_g_W6_Rest_2 = x_g_W6_Rest_2 + dtr * ((real)1.0 * k0_g_W6_Rest_2);
        real n_g_W6_Inh = x_g_W6_Inh + dtr * ((real)1.0 * k0_g_W6_Inh);
        const int refractory = s < refractory_until[i];
        (void)refractory;
        n_v = soma_select(refractory, x_v, n_v);
        bad |= !((n_v - n_v) == 0);
        bad |= !((n_g_poisson - n_g_poisson) == 0);
        bad |= !((n_g_W6_A - n_g_W6_A) == 0);
        bad |= !((n_g_W6_B - n_g_W6_B) == 0);
        bad |= !((n_g_W6_Rest - n_g_W6_Rest) == 0);
        bad |= !((n_g_W6_A_2 - n_g_W6_A_2) == 0);
        bad |= !((n_g_W6_B_2 - n_g_W6_B_2) == 0);
        bad |= !((n_g_W6_Rest_2 - n_g_W6_Rest_2) == 0);
        bad |= !((n_g_W6_Inh - n_g_W6_Inh) == 0);
        x_v = n_v;
        x_g_poisson = n_g_poisson;
        x_g_W6_A = n_g_W6_A;
        x_g_W6_B = n_g_W6_B;
        x_g_W6_Rest = n_g_W6_Rest;
        x_g_W6_A_2 = n_g_W6_A_2;
        x_g_W6_B_2 = n_g_W6_B_2;
        x_g_W6_Rest_2 = n_g_W6_Rest_2;
        x_g_W6_Inh = n_g_W6_Inh;
        const int fired = (x_v > p_Vt);
        previous[i] = (unsigned char)(fired | ((fired && !(previous[i] & 1) && !refractory) << 1));
        a_v[i] = x_v;
        a_g_poisson[i] = x_g_poisson;
        a_g_W6_A[i] = x_g_W6_A;
        a_g_W6_B[i] = x_g_W6_B;
        a_g_W6_Rest[i] = x_g_W6_Rest;
        a_g_W6_A_2[i] = x_g_W6_A_2;
        a_g_W6_B_2[i] = x_g_W6_B_2;
        a_g_W6_Rest_2[i] = x_g_W6_Rest_2;
        a_g_W6_Inh[i] = x_g_W6_Inh;
    }
    for (i64 i = lo; i < hi; ++i) {
        if (!(previous[i] & 2)) continue;
        real x_v = a_v[i];
        real x_g_poisson = a_g_poisson[i];
        real x_g_W6_A = a_g_W6_A[i];
        real x_g_W6_B = a_g_W6_B[i];
        real x_g_W6_Rest = a_g_W6_Rest[i];
        real x_g_W6_A_2 = a_g_W6_A_2[i];
        real x_g_W6_B_2 = a_g_W6_B_2[i];
        real x_g_W6_Rest_2 = a_g_W6_Rest_2[i];
        real x_g_W6_Inh = a_g_W6_Inh[i];
        x_v = p_Vr;
        refractory_until[i] = s + 1 + refractory_steps;
        emitted[(*nemitted)++] = i;
        previous[i] = (unsigned char)(x_v > p_Vt);
        a_v[i] = x_v;
        a_g_poisson[i] = x_g_poisson;
        a_g_W6_A[i] = x_g_W6_A;
        a_g_W6_B[i] = x_g_W6_B;
        a_g_W6_Rest[i] = x_g_W6_Rest;
        a_g_W6_A_2[i] = x_g_W6_A_2;
        a_g_W6_B_2[i] = x_g_W6_B_2;
        a_g_W6_Rest_2[i] = x_g_W6_Rest_2;
        a_g_W6_Inh[i] = x_g_W6_Inh;
    }
    (void)emitted; (void)nemitted;
    return bad;
}

static int step_p22(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267 }, Q[] = { 775, 2, 3, 776, 777, 778, 779, 780, 781, 782, 783, 784, 785, 786, 787, 788, 789, 790, 791, 792, 793, 794, 795, 796, 797, 798, 799, 800, 801, 802, 803, 804, 805, 806, 807, 808 };
    return update_p22(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p22(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[775];
    const real *a_v = (const real *)slot[257];
    for (i64 j = 0; j < n; ++j) if (!((a_v[j] - a_v[j]) == 0)) { err[0] = s + 1; err[1] = 22; err[2] = 0; err[3] = j; return 1; }
    const real *a_g_poisson = (const real *)slot[258];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson[j] - a_g_poisson[j]) == 0)) { err[0] = s + 1; err[1] = 22; err[2] = 1; err[3] = j; return 1; }
    const real *a_g_W6_A = (const real *)slot[259];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W6_A[j] - a_g_W6_A[j]) == 0)) { err[0] = s + 1; err[1] = 22; err[2] = 2; err[3] = j; return 1; }
    const real *a_g_W6_B = (const real *)slot[260];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W6_B[j] - a_g_W6_B[j]) == 0)) { err[0] = s + 1; err[1] = 22; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_W6_Rest = (const real *)slot[261];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W6_Rest[j] - a_g_W6_Rest[j]) == 0)) { err[0] = s + 1; err[1] = 22; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_W6_A_2 = (const real *)slot[262];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W6_A_2[j] - a_g_W6_A_2[j]) == 0)) { err[0] = s + 1; err[1] = 22; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_W6_B_2 = (const real *)slot[263];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W6_B_2[j] - a_g_W6_B_2[j]) == 0)) { err[0] = s + 1; err[1] = 22; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_W6_Rest_2 = (const real *)slot[264];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W6_Rest_2[j] - a_g_W6_Rest_2[j]) == 0)) { err[0] = s + 1; err[1] = 22; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_W6_Inh = (const real *)slot[265];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W6_Inh[j] - a_g_W6_Inh[j]) == 0)) { err[0] = s + 1; err[1] = 22; err[2] = 8; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static int step_p23(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278 }, Q[] = { 809, 2, 3, 810, 811, 812, 813, 814, 815, 816, 817, 818, 819, 820, 821, 822, 823, 824, 825, 826, 827, 828, 829, 830, 831, 832, 833, 834, 835, 836, 837, 838, 839, 840, 841, 842 };
    return update_p22(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p23(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[809];
    const real *a_v = (const real *)slot[268];
    for (i64 j = 0; j < n; ++j) if (!((a_v[j] - a_v[j]) == 0)) { err[0] = s + 1; err[1] = 23; err[2] = 0; err[3] = j; return 1; }
    const real *a_g_poisson = (const real *)slot[269];
    for (i64 j = 0; j < n; ++j) if (!((a_g_poisson[j] - a_g_poisson[j]) == 0)) { err[0] = s + 1; err[1] = 23; err[2] = 1; err[3] = j; return 1; }
    const real *a_g_W6_A = (const real *)slot[270];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W6_A[j] - a_g_W6_A[j]) == 0)) { err[0] = s + 1; err[1] = 23; err[2] = 2; err[3] = j; return 1; }
    const real *a_g_W6_B = (const real *)slot[271];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W6_B[j] - a_g_W6_B[j]) == 0)) { err[0] = s + 1; err[1] = 23; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_W6_Rest = (const real *)slot[272];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W6_Rest[j] - a_g_W6_Rest[j]) == 0)) { err[0] = s + 1; err[1] = 23; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_W6_A_2 = (const real *)slot[273];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W6_A_2[j] - a_g_W6_A_2[j]) == 0)) { err[0] = s + 1; err[1] = 23; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_W6_B_2 = (const real *)slot[274];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W6_B_2[j] - a_g_W6_B_2[j]) == 0)) { err[0] = s + 1; err[1] = 23; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_W6_Rest_2 = (const real *)slot[275];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W6_Rest_2[j] - a_g_W6_Rest_2[j]) == 0)) { err[0] = s + 1; err[1] = 23; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_W6_Inh = (const real *)slot[276];
    for (i64 j = 0; j < n; ++j) if (!((a_g_W6_Inh[j] - a_g_W6_Inh[j]) == 0)) { err[0] = s + 1; err[1] = 23; err[2] = 8; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

#if defined(__GNUC__) && !defined(__TINYC__) && !defined(__CUDACC__)
#define soma_prefetch(p) __builtin_prefetch(p)
static inline i64 soma_target3(const unsigned char *c, i64 k) { unsigned v; __builtin_memcpy(&v, c + 3 * k, 4); return v & 0xffffff; }
#else
#define soma_prefetch(p) (void)(p)
#define soma_target3(c, k) ((i64)(c)[3 * (k)] | (i64)(c)[3 * (k) + 1] << 8 | (i64)(c)[3 * (k) + 2] << 16)
#endif
static i64 soma_first_target2(const unsigned short *columns, i64 a, i64 b, i64 j) {
    while (a < b) { const i64 m = a + (b - a) / 2; if (columns[m] < j) a = m + 1; else b = m; }
    return a;
}

static void deliver_c0(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[843];
    const unsigned *restrict rows = (const unsigned *)slot[279];
    const unsigned short *restrict columns = (const unsigned short *)slot[280];
    const real weight = (real)P[844];
    real *restrict g_g_W1_A = (real *)slot[6];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[1], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[281];
    i64 *ring_count = (i64 *)slot[282];
    const i64 width = (i64)P[1], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W1_A[j] = (g_g_W1_A[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c0(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[843];
    ((i64 *)slot[282])[s % R] = 0;
}

static void enqueue_c0(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[283];
    const i64 nfired = *(const i64 *)slot[284];
    const i64 R = (i64)P[843];
    const i64 width = (i64)P[1], slot_now = (s + R) % R;
    int *ring = (int *)slot[281] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[282])[slot_now] = nfired;
}

static void deliver_c1(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[845];
    const unsigned *restrict rows = (const unsigned *)slot[285];
    const unsigned short *restrict columns = (const unsigned short *)slot[286];
    const real weight = (real)P[846];
    real *restrict g_g_W1_A = (real *)slot[18];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[39], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[287];
    i64 *ring_count = (i64 *)slot[288];
    const i64 width = (i64)P[1], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W1_A[j] = (g_g_W1_A[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c1(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[845];
    ((i64 *)slot[288])[s % R] = 0;
}

static void enqueue_c1(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[283];
    const i64 nfired = *(const i64 *)slot[284];
    const i64 R = (i64)P[845];
    const i64 width = (i64)P[1], slot_now = (s + R) % R;
    int *ring = (int *)slot[287] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[288])[slot_now] = nfired;
}

static void deliver_c2(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[847];
    const unsigned *restrict rows = (const unsigned *)slot[289];
    const unsigned short *restrict columns = (const unsigned short *)slot[290];
    const real weight = (real)P[848];
    real *restrict g_g_W1_B = (real *)slot[19];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[39], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[291];
    i64 *ring_count = (i64 *)slot[292];
    const i64 width = (i64)P[39], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W1_B[j] = (g_g_W1_B[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c2(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[847];
    ((i64 *)slot[292])[s % R] = 0;
}

static void enqueue_c2(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[293];
    const i64 nfired = *(const i64 *)slot[294];
    const i64 R = (i64)P[847];
    const i64 width = (i64)P[39], slot_now = (s + R) % R;
    int *ring = (int *)slot[291] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[292])[slot_now] = nfired;
}

static void deliver_c3(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[849];
    const unsigned *restrict rows = (const unsigned *)slot[295];
    const unsigned short *restrict columns = (const unsigned short *)slot[296];
    const real weight = (real)P[850];
    real *restrict g_g_W1_B = (real *)slot[7];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[1], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[297];
    i64 *ring_count = (i64 *)slot[298];
    const i64 width = (i64)P[39], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W1_B[j] = (g_g_W1_B[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c3(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[849];
    ((i64 *)slot[298])[s % R] = 0;
}

static void enqueue_c3(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[293];
    const i64 nfired = *(const i64 *)slot[294];
    const i64 R = (i64)P[849];
    const i64 width = (i64)P[39], slot_now = (s + R) % R;
    int *ring = (int *)slot[297] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[298])[slot_now] = nfired;
}

static void deliver_c4(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[851];
    const unsigned *restrict rows = (const unsigned *)slot[299];
    const unsigned short *restrict columns = (const unsigned short *)slot[300];
    const real weight = (real)P[852];
    real *restrict g_g_W1_Rest = (real *)slot[8];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[1], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[301];
    i64 *ring_count = (i64 *)slot[302];
    const i64 width = (i64)P[75], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W1_Rest[j] = (g_g_W1_Rest[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c4(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[851];
    ((i64 *)slot[302])[s % R] = 0;
}

static void enqueue_c4(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[303];
    const i64 nfired = *(const i64 *)slot[304];
    const i64 R = (i64)P[851];
    const i64 width = (i64)P[75], slot_now = (s + R) % R;
    int *ring = (int *)slot[301] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[302])[slot_now] = nfired;
}

static void deliver_c5(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[853];
    const unsigned *restrict rows = (const unsigned *)slot[305];
    const unsigned short *restrict columns = (const unsigned short *)slot[306];
    const real weight = (real)P[854];
    real *restrict g_g_W1_Rest = (real *)slot[20];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[39], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[307];
    i64 *ring_count = (i64 *)slot[308];
    const i64 width = (i64)P[75], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W1_Rest[j] = (g_g_W1_Rest[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c5(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[853];
    ((i64 *)slot[308])[s % R] = 0;
}

static void enqueue_c5(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[303];
    const i64 nfired = *(const i64 *)slot[304];
    const i64 R = (i64)P[853];
    const i64 width = (i64)P[75], slot_now = (s + R) % R;
    int *ring = (int *)slot[307] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[308])[slot_now] = nfired;
}

static void deliver_c6(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[855];
    const unsigned *restrict rows = (const unsigned *)slot[309];
    const unsigned short *restrict columns = (const unsigned short *)slot[310];
    const real weight = (real)P[856];
    real *restrict g_g_W1_A = (real *)slot[29];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[75], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[311];
    i64 *ring_count = (i64 *)slot[312];
    const i64 width = (i64)P[1], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W1_A[j] = (g_g_W1_A[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c6(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[855];
    ((i64 *)slot[312])[s % R] = 0;
}

static void enqueue_c6(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[283];
    const i64 nfired = *(const i64 *)slot[284];
    const i64 R = (i64)P[855];
    const i64 width = (i64)P[1], slot_now = (s + R) % R;
    int *ring = (int *)slot[311] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[312])[slot_now] = nfired;
}

static void deliver_c7(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[857];
    const unsigned *restrict rows = (const unsigned *)slot[313];
    const unsigned short *restrict columns = (const unsigned short *)slot[314];
    const real weight = (real)P[858];
    real *restrict g_g_W1_B = (real *)slot[30];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[75], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[315];
    i64 *ring_count = (i64 *)slot[316];
    const i64 width = (i64)P[39], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W1_B[j] = (g_g_W1_B[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c7(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[857];
    ((i64 *)slot[316])[s % R] = 0;
}

static void enqueue_c7(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[293];
    const i64 nfired = *(const i64 *)slot[294];
    const i64 R = (i64)P[857];
    const i64 width = (i64)P[39], slot_now = (s + R) % R;
    int *ring = (int *)slot[315] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[316])[slot_now] = nfired;
}

static void deliver_c8(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[859];
    const unsigned *restrict rows = (const unsigned *)slot[317];
    const unsigned short *restrict columns = (const unsigned short *)slot[318];
    const real weight = (real)P[860];
    real *restrict g_g_W1_Rest = (real *)slot[31];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[75], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[319];
    i64 *ring_count = (i64 *)slot[320];
    const i64 width = (i64)P[75], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W1_Rest[j] = (g_g_W1_Rest[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c8(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[859];
    ((i64 *)slot[320])[s % R] = 0;
}

static void enqueue_c8(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[303];
    const i64 nfired = *(const i64 *)slot[304];
    const i64 R = (i64)P[859];
    const i64 width = (i64)P[75], slot_now = (s + R) % R;
    int *ring = (int *)slot[319] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[320])[slot_now] = nfired;
}

static void deliver_c9(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[861];
    const unsigned *restrict rows = (const unsigned *)slot[321];
    const unsigned short *restrict columns = (const unsigned short *)slot[322];
    const real weight = (real)P[862];
    real *restrict g_g_W1_A = (real *)slot[40];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[109], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[323];
    i64 *ring_count = (i64 *)slot[324];
    const i64 width = (i64)P[1], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W1_A[j] = (g_g_W1_A[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c9(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[861];
    ((i64 *)slot[324])[s % R] = 0;
}

static void enqueue_c9(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[283];
    const i64 nfired = *(const i64 *)slot[284];
    const i64 R = (i64)P[861];
    const i64 width = (i64)P[1], slot_now = (s + R) % R;
    int *ring = (int *)slot[323] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[324])[slot_now] = nfired;
}

static void deliver_c10(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[863];
    const unsigned *restrict rows = (const unsigned *)slot[325];
    const unsigned short *restrict columns = (const unsigned short *)slot[326];
    const real weight = (real)P[864];
    real *restrict g_g_W1_B = (real *)slot[41];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[109], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[327];
    i64 *ring_count = (i64 *)slot[328];
    const i64 width = (i64)P[39], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W1_B[j] = (g_g_W1_B[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c10(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[863];
    ((i64 *)slot[328])[s % R] = 0;
}

static void enqueue_c10(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[293];
    const i64 nfired = *(const i64 *)slot[294];
    const i64 R = (i64)P[863];
    const i64 width = (i64)P[39], slot_now = (s + R) % R;
    int *ring = (int *)slot[327] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[328])[slot_now] = nfired;
}

static void deliver_c11(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[865];
    const unsigned *restrict rows = (const unsigned *)slot[329];
    const unsigned short *restrict columns = (const unsigned short *)slot[330];
    const real weight = (real)P[866];
    real *restrict g_g_W1_Rest = (real *)slot[42];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[109], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[331];
    i64 *ring_count = (i64 *)slot[332];
    const i64 width = (i64)P[75], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W1_Rest[j] = (g_g_W1_Rest[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c11(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[865];
    ((i64 *)slot[332])[s % R] = 0;
}

static void enqueue_c11(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[303];
    const i64 nfired = *(const i64 *)slot[304];
    const i64 R = (i64)P[865];
    const i64 width = (i64)P[75], slot_now = (s + R) % R;
    int *ring = (int *)slot[331] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[332])[slot_now] = nfired;
}

static void deliver_c12(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[867];
    const unsigned *restrict rows = (const unsigned *)slot[333];
    const unsigned short *restrict columns = (const unsigned short *)slot[334];
    const real weight = (real)P[868];
    real *restrict g_g_W1_A_2 = (real *)slot[9];
    const real p_tau_decay_W1_A = (real)P[20];
    const real p_tau_rise_W1_A = (real)P[21];
    const real p_alpha_W1_A = (real)P[22];
    const real inv_0 = soma_exp((-(p_alpha_W1_A * p_tau_rise_W1_A)));
    real *restrict z_s = (real *)slot[335];
    double *restrict last_pre = (double *)slot[336];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[1], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[337];
    i64 *ring_count = (i64 *)slot[338];
    const i64 width = (i64)P[1], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W1_A));
        const real b_s = (-(1.0 / p_tau_decay_W1_A));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W1_A_2[j] = (g_g_W1_A_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c12(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[867];
    ((i64 *)slot[338])[s % R] = 0;
}

static void enqueue_c12(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[283];
    const i64 nfired = *(const i64 *)slot[284];
    const i64 R = (i64)P[867];
    const i64 width = (i64)P[1], slot_now = (s + R) % R;
    int *ring = (int *)slot[337] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[338])[slot_now] = nfired;
}

static void deliver_c13(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[869];
    const unsigned *restrict rows = (const unsigned *)slot[339];
    const unsigned short *restrict columns = (const unsigned short *)slot[340];
    const real weight = (real)P[870];
    real *restrict g_g_W1_A_2 = (real *)slot[21];
    const real p_tau_decay_W1_A = (real)P[56];
    const real p_tau_rise_W1_A = (real)P[57];
    const real p_alpha_W1_A = (real)P[58];
    const real inv_0 = soma_exp((-(p_alpha_W1_A * p_tau_rise_W1_A)));
    real *restrict z_s = (real *)slot[341];
    double *restrict last_pre = (double *)slot[342];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[39], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[343];
    i64 *ring_count = (i64 *)slot[344];
    const i64 width = (i64)P[1], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W1_A));
        const real b_s = (-(1.0 / p_tau_decay_W1_A));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W1_A_2[j] = (g_g_W1_A_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c13(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[869];
    ((i64 *)slot[344])[s % R] = 0;
}

static void enqueue_c13(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[283];
    const i64 nfired = *(const i64 *)slot[284];
    const i64 R = (i64)P[869];
    const i64 width = (i64)P[1], slot_now = (s + R) % R;
    int *ring = (int *)slot[343] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[344])[slot_now] = nfired;
}

static void deliver_c14(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[871];
    const unsigned *restrict rows = (const unsigned *)slot[345];
    const unsigned short *restrict columns = (const unsigned short *)slot[346];
    const real weight = (real)P[872];
    real *restrict g_g_W1_B_2 = (real *)slot[22];
    const real p_tau_decay_W1_B = (real)P[61];
    const real p_tau_rise_W1_B = (real)P[62];
    const real p_alpha_W1_B = (real)P[63];
    const real inv_0 = soma_exp((-(p_alpha_W1_B * p_tau_rise_W1_B)));
    real *restrict z_s = (real *)slot[347];
    double *restrict last_pre = (double *)slot[348];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[39], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[349];
    i64 *ring_count = (i64 *)slot[350];
    const i64 width = (i64)P[39], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W1_B));
        const real b_s = (-(1.0 / p_tau_decay_W1_B));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W1_B_2[j] = (g_g_W1_B_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c14(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[871];
    ((i64 *)slot[350])[s % R] = 0;
}

static void enqueue_c14(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[293];
    const i64 nfired = *(const i64 *)slot[294];
    const i64 R = (i64)P[871];
    const i64 width = (i64)P[39], slot_now = (s + R) % R;
    int *ring = (int *)slot[349] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[350])[slot_now] = nfired;
}

static void deliver_c15(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[873];
    const unsigned *restrict rows = (const unsigned *)slot[351];
    const unsigned short *restrict columns = (const unsigned short *)slot[352];
    const real weight = (real)P[874];
    real *restrict g_g_W1_B_2 = (real *)slot[10];
    const real p_tau_decay_W1_B = (real)P[25];
    const real p_tau_rise_W1_B = (real)P[26];
    const real p_alpha_W1_B = (real)P[27];
    const real inv_0 = soma_exp((-(p_alpha_W1_B * p_tau_rise_W1_B)));
    real *restrict z_s = (real *)slot[353];
    double *restrict last_pre = (double *)slot[354];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[1], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[355];
    i64 *ring_count = (i64 *)slot[356];
    const i64 width = (i64)P[39], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W1_B));
        const real b_s = (-(1.0 / p_tau_decay_W1_B));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W1_B_2[j] = (g_g_W1_B_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c15(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[873];
    ((i64 *)slot[356])[s % R] = 0;
}

static void enqueue_c15(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[293];
    const i64 nfired = *(const i64 *)slot[294];
    const i64 R = (i64)P[873];
    const i64 width = (i64)P[39], slot_now = (s + R) % R;
    int *ring = (int *)slot[355] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[356])[slot_now] = nfired;
}

static void deliver_c16(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[875];
    const unsigned *restrict rows = (const unsigned *)slot[357];
    const unsigned short *restrict columns = (const unsigned short *)slot[358];
    const real weight = (real)P[876];
    real *restrict g_g_W1_Rest_2 = (real *)slot[11];
    const real p_tau_decay_W1_Rest = (real)P[30];
    const real p_tau_rise_W1_Rest = (real)P[31];
    const real p_alpha_W1_Rest = (real)P[32];
    const real inv_0 = soma_exp((-(p_alpha_W1_Rest * p_tau_rise_W1_Rest)));
    real *restrict z_s = (real *)slot[359];
    double *restrict last_pre = (double *)slot[360];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[1], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[361];
    i64 *ring_count = (i64 *)slot[362];
    const i64 width = (i64)P[75], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W1_Rest));
        const real b_s = (-(1.0 / p_tau_decay_W1_Rest));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W1_Rest_2[j] = (g_g_W1_Rest_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c16(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[875];
    ((i64 *)slot[362])[s % R] = 0;
}

static void enqueue_c16(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[303];
    const i64 nfired = *(const i64 *)slot[304];
    const i64 R = (i64)P[875];
    const i64 width = (i64)P[75], slot_now = (s + R) % R;
    int *ring = (int *)slot[361] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[362])[slot_now] = nfired;
}

static void deliver_c17(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[877];
    const unsigned *restrict rows = (const unsigned *)slot[363];
    const unsigned short *restrict columns = (const unsigned short *)slot[364];
    const real weight = (real)P[878];
    real *restrict g_g_W1_Rest_2 = (real *)slot[23];
    const real p_tau_decay_W1_Rest = (real)P[66];
    const real p_tau_rise_W1_Rest = (real)P[67];
    const real p_alpha_W1_Rest = (real)P[68];
    const real inv_0 = soma_exp((-(p_alpha_W1_Rest * p_tau_rise_W1_Rest)));
    real *restrict z_s = (real *)slot[365];
    double *restrict last_pre = (double *)slot[366];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[39], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[367];
    i64 *ring_count = (i64 *)slot[368];
    const i64 width = (i64)P[75], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W1_Rest));
        const real b_s = (-(1.0 / p_tau_decay_W1_Rest));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W1_Rest_2[j] = (g_g_W1_Rest_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c17(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[877];
    ((i64 *)slot[368])[s % R] = 0;
}

static void enqueue_c17(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[303];
    const i64 nfired = *(const i64 *)slot[304];
    const i64 R = (i64)P[877];
    const i64 width = (i64)P[75], slot_now = (s + R) % R;
    int *ring = (int *)slot[367] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[368])[slot_now] = nfired;
}

static void deliver_c18(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[879];
    const unsigned *restrict rows = (const unsigned *)slot[369];
    const unsigned short *restrict columns = (const unsigned short *)slot[370];
    const real weight = (real)P[880];
    real *restrict g_g_W1_A_2 = (real *)slot[32];
    const real p_tau_decay_W1_A = (real)P[90];
    const real p_tau_rise_W1_A = (real)P[91];
    const real p_alpha_W1_A = (real)P[92];
    const real inv_0 = soma_exp((-(p_alpha_W1_A * p_tau_rise_W1_A)));
    real *restrict z_s = (real *)slot[371];
    double *restrict last_pre = (double *)slot[372];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[75], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[373];
    i64 *ring_count = (i64 *)slot[374];
    const i64 width = (i64)P[1], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W1_A));
        const real b_s = (-(1.0 / p_tau_decay_W1_A));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W1_A_2[j] = (g_g_W1_A_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c18(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[879];
    ((i64 *)slot[374])[s % R] = 0;
}

static void enqueue_c18(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[283];
    const i64 nfired = *(const i64 *)slot[284];
    const i64 R = (i64)P[879];
    const i64 width = (i64)P[1], slot_now = (s + R) % R;
    int *ring = (int *)slot[373] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[374])[slot_now] = nfired;
}

static void deliver_c19(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[881];
    const unsigned *restrict rows = (const unsigned *)slot[375];
    const unsigned short *restrict columns = (const unsigned short *)slot[376];
    const real weight = (real)P[882];
    real *restrict g_g_W1_B_2 = (real *)slot[33];
    const real p_tau_decay_W1_B = (real)P[95];
    const real p_tau_rise_W1_B = (real)P[96];
    const real p_alpha_W1_B = (real)P[97];
    const real inv_0 = soma_exp((-(p_alpha_W1_B * p_tau_rise_W1_B)));
    real *restrict z_s = (real *)slot[377];
    double *restrict last_pre = (double *)slot[378];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[75], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[379];
    i64 *ring_count = (i64 *)slot[380];
    const i64 width = (i64)P[39], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W1_B));
        const real b_s = (-(1.0 / p_tau_decay_W1_B));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W1_B_2[j] = (g_g_W1_B_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c19(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[881];
    ((i64 *)slot[380])[s % R] = 0;
}

static void enqueue_c19(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[293];
    const i64 nfired = *(const i64 *)slot[294];
    const i64 R = (i64)P[881];
    const i64 width = (i64)P[39], slot_now = (s + R) % R;
    int *ring = (int *)slot[379] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[380])[slot_now] = nfired;
}

static void deliver_c20(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[883];
    const unsigned *restrict rows = (const unsigned *)slot[381];
    const unsigned short *restrict columns = (const unsigned short *)slot[382];
    const real weight = (real)P[884];
    real *restrict g_g_W1_Rest_2 = (real *)slot[34];
    const real p_tau_decay_W1_Rest = (real)P[100];
    const real p_tau_rise_W1_Rest = (real)P[101];
    const real p_alpha_W1_Rest = (real)P[102];
    const real inv_0 = soma_exp((-(p_alpha_W1_Rest * p_tau_rise_W1_Rest)));
    real *restrict z_s = (real *)slot[383];
    double *restrict last_pre = (double *)slot[384];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[75], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[385];
    i64 *ring_count = (i64 *)slot[386];
    const i64 width = (i64)P[75], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W1_Rest));
        const real b_s = (-(1.0 / p_tau_decay_W1_Rest));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W1_Rest_2[j] = (g_g_W1_Rest_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c20(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[883];
    ((i64 *)slot[386])[s % R] = 0;
}

static void enqueue_c20(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[303];
    const i64 nfired = *(const i64 *)slot[304];
    const i64 R = (i64)P[883];
    const i64 width = (i64)P[75], slot_now = (s + R) % R;
    int *ring = (int *)slot[385] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[386])[slot_now] = nfired;
}

static void deliver_c21(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[885];
    const unsigned *restrict rows = (const unsigned *)slot[387];
    const unsigned short *restrict columns = (const unsigned short *)slot[388];
    const real weight = (real)P[886];
    real *restrict g_g_W1_A_2 = (real *)slot[43];
    const real p_tau_decay_W1_A = (real)P[124];
    const real p_tau_rise_W1_A = (real)P[125];
    const real p_alpha_W1_A = (real)P[126];
    const real inv_0 = soma_exp((-(p_alpha_W1_A * p_tau_rise_W1_A)));
    real *restrict z_s = (real *)slot[389];
    double *restrict last_pre = (double *)slot[390];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[109], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[391];
    i64 *ring_count = (i64 *)slot[392];
    const i64 width = (i64)P[1], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W1_A));
        const real b_s = (-(1.0 / p_tau_decay_W1_A));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W1_A_2[j] = (g_g_W1_A_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c21(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[885];
    ((i64 *)slot[392])[s % R] = 0;
}

static void enqueue_c21(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[283];
    const i64 nfired = *(const i64 *)slot[284];
    const i64 R = (i64)P[885];
    const i64 width = (i64)P[1], slot_now = (s + R) % R;
    int *ring = (int *)slot[391] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[392])[slot_now] = nfired;
}

static void deliver_c22(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[887];
    const unsigned *restrict rows = (const unsigned *)slot[393];
    const unsigned short *restrict columns = (const unsigned short *)slot[394];
    const real weight = (real)P[888];
    real *restrict g_g_W1_B_2 = (real *)slot[44];
    const real p_tau_decay_W1_B = (real)P[129];
    const real p_tau_rise_W1_B = (real)P[130];
    const real p_alpha_W1_B = (real)P[131];
    const real inv_0 = soma_exp((-(p_alpha_W1_B * p_tau_rise_W1_B)));
    real *restrict z_s = (real *)slot[395];
    double *restrict last_pre = (double *)slot[396];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[109], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[397];
    i64 *ring_count = (i64 *)slot[398];
    const i64 width = (i64)P[39], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W1_B));
        const real b_s = (-(1.0 / p_tau_decay_W1_B));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W1_B_2[j] = (g_g_W1_B_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c22(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[887];
    ((i64 *)slot[398])[s % R] = 0;
}

static void enqueue_c22(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[293];
    const i64 nfired = *(const i64 *)slot[294];
    const i64 R = (i64)P[887];
    const i64 width = (i64)P[39], slot_now = (s + R) % R;
    int *ring = (int *)slot[397] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[398])[slot_now] = nfired;
}

static void deliver_c23(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[889];
    const unsigned *restrict rows = (const unsigned *)slot[399];
    const unsigned short *restrict columns = (const unsigned short *)slot[400];
    const real weight = (real)P[890];
    real *restrict g_g_W1_Rest_2 = (real *)slot[45];
    const real p_tau_decay_W1_Rest = (real)P[134];
    const real p_tau_rise_W1_Rest = (real)P[135];
    const real p_alpha_W1_Rest = (real)P[136];
    const real inv_0 = soma_exp((-(p_alpha_W1_Rest * p_tau_rise_W1_Rest)));
    real *restrict z_s = (real *)slot[401];
    double *restrict last_pre = (double *)slot[402];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[109], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[403];
    i64 *ring_count = (i64 *)slot[404];
    const i64 width = (i64)P[75], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W1_Rest));
        const real b_s = (-(1.0 / p_tau_decay_W1_Rest));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W1_Rest_2[j] = (g_g_W1_Rest_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c23(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[889];
    ((i64 *)slot[404])[s % R] = 0;
}

static void enqueue_c23(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[303];
    const i64 nfired = *(const i64 *)slot[304];
    const i64 R = (i64)P[889];
    const i64 width = (i64)P[75], slot_now = (s + R) % R;
    int *ring = (int *)slot[403] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[404])[slot_now] = nfired;
}

static void deliver_c24(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[891];
    const unsigned *restrict rows = (const unsigned *)slot[405];
    const unsigned short *restrict columns = (const unsigned short *)slot[406];
    const real weight = (real)P[892];
    real *restrict g_g_W1_Inh = (real *)slot[12];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[1], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[407];
    i64 *ring_count = (i64 *)slot[408];
    const i64 width = (i64)P[109], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W1_Inh[j] = (g_g_W1_Inh[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c24(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[891];
    ((i64 *)slot[408])[s % R] = 0;
}

static void enqueue_c24(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[409];
    const i64 nfired = *(const i64 *)slot[410];
    const i64 R = (i64)P[891];
    const i64 width = (i64)P[109], slot_now = (s + R) % R;
    int *ring = (int *)slot[407] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[408])[slot_now] = nfired;
}

static void deliver_c25(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[893];
    const unsigned *restrict rows = (const unsigned *)slot[411];
    const unsigned short *restrict columns = (const unsigned short *)slot[412];
    const real weight = (real)P[894];
    real *restrict g_g_W1_Inh = (real *)slot[24];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[39], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[413];
    i64 *ring_count = (i64 *)slot[414];
    const i64 width = (i64)P[109], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W1_Inh[j] = (g_g_W1_Inh[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c25(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[893];
    ((i64 *)slot[414])[s % R] = 0;
}

static void enqueue_c25(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[409];
    const i64 nfired = *(const i64 *)slot[410];
    const i64 R = (i64)P[893];
    const i64 width = (i64)P[109], slot_now = (s + R) % R;
    int *ring = (int *)slot[413] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[414])[slot_now] = nfired;
}

static void deliver_c26(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[895];
    const unsigned *restrict rows = (const unsigned *)slot[415];
    const unsigned short *restrict columns = (const unsigned short *)slot[416];
    const real weight = (real)P[896];
    real *restrict g_g_W1_Inh = (real *)slot[35];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[75], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[417];
    i64 *ring_count = (i64 *)slot[418];
    const i64 width = (i64)P[109], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W1_Inh[j] = (g_g_W1_Inh[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c26(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[895];
    ((i64 *)slot[418])[s % R] = 0;
}

static void enqueue_c26(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[409];
    const i64 nfired = *(const i64 *)slot[410];
    const i64 R = (i64)P[895];
    const i64 width = (i64)P[109], slot_now = (s + R) % R;
    int *ring = (int *)slot[417] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[418])[slot_now] = nfired;
}

static void deliver_c27(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[897];
    const unsigned *restrict rows = (const unsigned *)slot[419];
    const unsigned short *restrict columns = (const unsigned short *)slot[420];
    const real weight = (real)P[898];
    real *restrict g_g_W1_Inh = (real *)slot[46];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[109], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[421];
    i64 *ring_count = (i64 *)slot[422];
    const i64 width = (i64)P[109], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W1_Inh[j] = (g_g_W1_Inh[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c27(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[897];
    ((i64 *)slot[422])[s % R] = 0;
}

static void enqueue_c27(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[409];
    const i64 nfired = *(const i64 *)slot[410];
    const i64 R = (i64)P[897];
    const i64 width = (i64)P[109], slot_now = (s + R) % R;
    int *ring = (int *)slot[421] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[422])[slot_now] = nfired;
}

static void deliver_c28(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[899];
    const unsigned *restrict rows = (const unsigned *)slot[423];
    const unsigned short *restrict columns = (const unsigned short *)slot[424];
    const real weight = (real)P[900];
    real *restrict g_g_W2_A = (real *)slot[52];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[143], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[425];
    i64 *ring_count = (i64 *)slot[426];
    const i64 width = (i64)P[143], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W2_A[j] = (g_g_W2_A[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c28(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[899];
    ((i64 *)slot[426])[s % R] = 0;
}

static void enqueue_c28(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[427];
    const i64 nfired = *(const i64 *)slot[428];
    const i64 R = (i64)P[899];
    const i64 width = (i64)P[143], slot_now = (s + R) % R;
    int *ring = (int *)slot[425] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[426])[slot_now] = nfired;
}

static void deliver_c29(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[901];
    const unsigned *restrict rows = (const unsigned *)slot[429];
    const unsigned short *restrict columns = (const unsigned short *)slot[430];
    const real weight = (real)P[902];
    real *restrict g_g_W2_A = (real *)slot[64];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[179], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[431];
    i64 *ring_count = (i64 *)slot[432];
    const i64 width = (i64)P[143], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W2_A[j] = (g_g_W2_A[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c29(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[901];
    ((i64 *)slot[432])[s % R] = 0;
}

static void enqueue_c29(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[427];
    const i64 nfired = *(const i64 *)slot[428];
    const i64 R = (i64)P[901];
    const i64 width = (i64)P[143], slot_now = (s + R) % R;
    int *ring = (int *)slot[431] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[432])[slot_now] = nfired;
}

static void deliver_c30(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[903];
    const unsigned *restrict rows = (const unsigned *)slot[433];
    const unsigned short *restrict columns = (const unsigned short *)slot[434];
    const real weight = (real)P[904];
    real *restrict g_g_W2_B = (real *)slot[65];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[179], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[435];
    i64 *ring_count = (i64 *)slot[436];
    const i64 width = (i64)P[179], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W2_B[j] = (g_g_W2_B[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c30(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[903];
    ((i64 *)slot[436])[s % R] = 0;
}

static void enqueue_c30(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[437];
    const i64 nfired = *(const i64 *)slot[438];
    const i64 R = (i64)P[903];
    const i64 width = (i64)P[179], slot_now = (s + R) % R;
    int *ring = (int *)slot[435] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[436])[slot_now] = nfired;
}

static void deliver_c31(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[905];
    const unsigned *restrict rows = (const unsigned *)slot[439];
    const unsigned short *restrict columns = (const unsigned short *)slot[440];
    const real weight = (real)P[906];
    real *restrict g_g_W2_B = (real *)slot[53];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[143], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[441];
    i64 *ring_count = (i64 *)slot[442];
    const i64 width = (i64)P[179], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W2_B[j] = (g_g_W2_B[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c31(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[905];
    ((i64 *)slot[442])[s % R] = 0;
}

static void enqueue_c31(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[437];
    const i64 nfired = *(const i64 *)slot[438];
    const i64 R = (i64)P[905];
    const i64 width = (i64)P[179], slot_now = (s + R) % R;
    int *ring = (int *)slot[441] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[442])[slot_now] = nfired;
}

static void deliver_c32(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[907];
    const unsigned *restrict rows = (const unsigned *)slot[443];
    const unsigned short *restrict columns = (const unsigned short *)slot[444];
    const real weight = (real)P[908];
    real *restrict g_g_W2_Rest = (real *)slot[54];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[143], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[445];
    i64 *ring_count = (i64 *)slot[446];
    const i64 width = (i64)P[215], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W2_Rest[j] = (g_g_W2_Rest[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c32(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[907];
    ((i64 *)slot[446])[s % R] = 0;
}

static void enqueue_c32(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[447];
    const i64 nfired = *(const i64 *)slot[448];
    const i64 R = (i64)P[907];
    const i64 width = (i64)P[215], slot_now = (s + R) % R;
    int *ring = (int *)slot[445] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[446])[slot_now] = nfired;
}

static void deliver_c33(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[909];
    const unsigned *restrict rows = (const unsigned *)slot[449];
    const unsigned short *restrict columns = (const unsigned short *)slot[450];
    const real weight = (real)P[910];
    real *restrict g_g_W2_Rest = (real *)slot[66];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[179], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[451];
    i64 *ring_count = (i64 *)slot[452];
    const i64 width = (i64)P[215], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W2_Rest[j] = (g_g_W2_Rest[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c33(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[909];
    ((i64 *)slot[452])[s % R] = 0;
}

static void enqueue_c33(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[447];
    const i64 nfired = *(const i64 *)slot[448];
    const i64 R = (i64)P[909];
    const i64 width = (i64)P[215], slot_now = (s + R) % R;
    int *ring = (int *)slot[451] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[452])[slot_now] = nfired;
}

static void deliver_c34(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[911];
    const unsigned *restrict rows = (const unsigned *)slot[453];
    const unsigned short *restrict columns = (const unsigned short *)slot[454];
    const real weight = (real)P[912];
    real *restrict g_g_W2_A = (real *)slot[75];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[215], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[455];
    i64 *ring_count = (i64 *)slot[456];
    const i64 width = (i64)P[143], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W2_A[j] = (g_g_W2_A[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c34(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[911];
    ((i64 *)slot[456])[s % R] = 0;
}

static void enqueue_c34(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[427];
    const i64 nfired = *(const i64 *)slot[428];
    const i64 R = (i64)P[911];
    const i64 width = (i64)P[143], slot_now = (s + R) % R;
    int *ring = (int *)slot[455] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[456])[slot_now] = nfired;
}

static void deliver_c35(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[913];
    const unsigned *restrict rows = (const unsigned *)slot[457];
    const unsigned short *restrict columns = (const unsigned short *)slot[458];
    const real weight = (real)P[914];
    real *restrict g_g_W2_B = (real *)slot[76];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[215], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[459];
    i64 *ring_count = (i64 *)slot[460];
    const i64 width = (i64)P[179], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W2_B[j] = (g_g_W2_B[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c35(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[913];
    ((i64 *)slot[460])[s % R] = 0;
}

static void enqueue_c35(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[437];
    const i64 nfired = *(const i64 *)slot[438];
    const i64 R = (i64)P[913];
    const i64 width = (i64)P[179], slot_now = (s + R) % R;
    int *ring = (int *)slot[459] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[460])[slot_now] = nfired;
}

static void deliver_c36(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[915];
    const unsigned *restrict rows = (const unsigned *)slot[461];
    const unsigned short *restrict columns = (const unsigned short *)slot[462];
    const real weight = (real)P[916];
    real *restrict g_g_W2_Rest = (real *)slot[77];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[215], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[463];
    i64 *ring_count = (i64 *)slot[464];
    const i64 width = (i64)P[215], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W2_Rest[j] = (g_g_W2_Rest[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c36(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[915];
    ((i64 *)slot[464])[s % R] = 0;
}

static void enqueue_c36(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[447];
    const i64 nfired = *(const i64 *)slot[448];
    const i64 R = (i64)P[915];
    const i64 width = (i64)P[215], slot_now = (s + R) % R;
    int *ring = (int *)slot[463] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[464])[slot_now] = nfired;
}

static void deliver_c37(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[917];
    const unsigned *restrict rows = (const unsigned *)slot[465];
    const unsigned short *restrict columns = (const unsigned short *)slot[466];
    const real weight = (real)P[918];
    real *restrict g_g_W2_A = (real *)slot[86];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[249], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[467];
    i64 *ring_count = (i64 *)slot[468];
    const i64 width = (i64)P[143], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W2_A[j] = (g_g_W2_A[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c37(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[917];
    ((i64 *)slot[468])[s % R] = 0;
}

static void enqueue_c37(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[427];
    const i64 nfired = *(const i64 *)slot[428];
    const i64 R = (i64)P[917];
    const i64 width = (i64)P[143], slot_now = (s + R) % R;
    int *ring = (int *)slot[467] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[468])[slot_now] = nfired;
}

static void deliver_c38(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[919];
    const unsigned *restrict rows = (const unsigned *)slot[469];
    const unsigned short *restrict columns = (const unsigned short *)slot[470];
    const real weight = (real)P[920];
    real *restrict g_g_W2_B = (real *)slot[87];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[249], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[471];
    i64 *ring_count = (i64 *)slot[472];
    const i64 width = (i64)P[179], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W2_B[j] = (g_g_W2_B[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c38(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[919];
    ((i64 *)slot[472])[s % R] = 0;
}

static void enqueue_c38(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[437];
    const i64 nfired = *(const i64 *)slot[438];
    const i64 R = (i64)P[919];
    const i64 width = (i64)P[179], slot_now = (s + R) % R;
    int *ring = (int *)slot[471] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[472])[slot_now] = nfired;
}

static void deliver_c39(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[921];
    const unsigned *restrict rows = (const unsigned *)slot[473];
    const unsigned short *restrict columns = (const unsigned short *)slot[474];
    const real weight = (real)P[922];
    real *restrict g_g_W2_Rest = (real *)slot[88];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[249], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[475];
    i64 *ring_count = (i64 *)slot[476];
    const i64 width = (i64)P[215], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W2_Rest[j] = (g_g_W2_Rest[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c39(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[921];
    ((i64 *)slot[476])[s % R] = 0;
}

static void enqueue_c39(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[447];
    const i64 nfired = *(const i64 *)slot[448];
    const i64 R = (i64)P[921];
    const i64 width = (i64)P[215], slot_now = (s + R) % R;
    int *ring = (int *)slot[475] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[476])[slot_now] = nfired;
}

static void deliver_c40(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[923];
    const unsigned *restrict rows = (const unsigned *)slot[477];
    const unsigned short *restrict columns = (const unsigned short *)slot[478];
    const real weight = (real)P[924];
    real *restrict g_g_W2_A_2 = (real *)slot[55];
    const real p_tau_decay_W2_A = (real)P[160];
    const real p_tau_rise_W2_A = (real)P[161];
    const real p_alpha_W2_A = (real)P[162];
    const real inv_0 = soma_exp((-(p_alpha_W2_A * p_tau_rise_W2_A)));
    real *restrict z_s = (real *)slot[479];
    double *restrict last_pre = (double *)slot[480];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[143], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[481];
    i64 *ring_count = (i64 *)slot[482];
    const i64 width = (i64)P[143], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W2_A));
        const real b_s = (-(1.0 / p_tau_decay_W2_A));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W2_A_2[j] = (g_g_W2_A_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c40(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[923];
    ((i64 *)slot[482])[s % R] = 0;
}

static void enqueue_c40(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[427];
    const i64 nfired = *(const i64 *)slot[428];
    const i64 R = (i64)P[923];
    const i64 width = (i64)P[143], slot_now = (s + R) % R;
    int *ring = (int *)slot[481] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[482])[slot_now] = nfired;
}

static void deliver_c41(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[925];
    const unsigned *restrict rows = (const unsigned *)slot[483];
    const unsigned short *restrict columns = (const unsigned short *)slot[484];
    const real weight = (real)P[926];
    real *restrict g_g_W2_A_2 = (real *)slot[67];
    const real p_tau_decay_W2_A = (real)P[196];
    const real p_tau_rise_W2_A = (real)P[197];
    const real p_alpha_W2_A = (real)P[198];
    const real inv_0 = soma_exp((-(p_alpha_W2_A * p_tau_rise_W2_A)));
    real *restrict z_s = (real *)slot[485];
    double *restrict last_pre = (double *)slot[486];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[179], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[487];
    i64 *ring_count = (i64 *)slot[488];
    const i64 width = (i64)P[143], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W2_A));
        const real b_s = (-(1.0 / p_tau_decay_W2_A));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W2_A_2[j] = (g_g_W2_A_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c41(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[925];
    ((i64 *)slot[488])[s % R] = 0;
}

static void enqueue_c41(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[427];
    const i64 nfired = *(const i64 *)slot[428];
    const i64 R = (i64)P[925];
    const i64 width = (i64)P[143], slot_now = (s + R) % R;
    int *ring = (int *)slot[487] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[488])[slot_now] = nfired;
}

static void deliver_c42(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[927];
    const unsigned *restrict rows = (const unsigned *)slot[489];
    const unsigned short *restrict columns = (const unsigned short *)slot[490];
    const real weight = (real)P[928];
    real *restrict g_g_W2_B_2 = (real *)slot[68];
    const real p_tau_decay_W2_B = (real)P[201];
    const real p_tau_rise_W2_B = (real)P[202];
    const real p_alpha_W2_B = (real)P[203];
    const real inv_0 = soma_exp((-(p_alpha_W2_B * p_tau_rise_W2_B)));
    real *restrict z_s = (real *)slot[491];
    double *restrict last_pre = (double *)slot[492];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[179], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[493];
    i64 *ring_count = (i64 *)slot[494];
    const i64 width = (i64)P[179], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W2_B));
        const real b_s = (-(1.0 / p_tau_decay_W2_B));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W2_B_2[j] = (g_g_W2_B_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c42(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[927];
    ((i64 *)slot[494])[s % R] = 0;
}

static void enqueue_c42(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[437];
    const i64 nfired = *(const i64 *)slot[438];
    const i64 R = (i64)P[927];
    const i64 width = (i64)P[179], slot_now = (s + R) % R;
    int *ring = (int *)slot[493] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[494])[slot_now] = nfired;
}

static void deliver_c43(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[929];
    const unsigned *restrict rows = (const unsigned *)slot[495];
    const unsigned short *restrict columns = (const unsigned short *)slot[496];
    const real weight = (real)P[930];
    real *restrict g_g_W2_B_2 = (real *)slot[56];
    const real p_tau_decay_W2_B = (real)P[165];
    const real p_tau_rise_W2_B = (real)P[166];
    const real p_alpha_W2_B = (real)P[167];
    const real inv_0 = soma_exp((-(p_alpha_W2_B * p_tau_rise_W2_B)));
    real *restrict z_s = (real *)slot[497];
    double *restrict last_pre = (double *)slot[498];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[143], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[499];
    i64 *ring_count = (i64 *)slot[500];
    const i64 width = (i64)P[179], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W2_B));
        const real b_s = (-(1.0 / p_tau_decay_W2_B));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W2_B_2[j] = (g_g_W2_B_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c43(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[929];
    ((i64 *)slot[500])[s % R] = 0;
}

static void enqueue_c43(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[437];
    const i64 nfired = *(const i64 *)slot[438];
    const i64 R = (i64)P[929];
    const i64 width = (i64)P[179], slot_now = (s + R) % R;
    int *ring = (int *)slot[499] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[500])[slot_now] = nfired;
}

static void deliver_c44(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[931];
    const unsigned *restrict rows = (const unsigned *)slot[501];
    const unsigned short *restrict columns = (const unsigned short *)slot[502];
    const real weight = (real)P[932];
    real *restrict g_g_W2_Rest_2 = (real *)slot[57];
    const real p_tau_decay_W2_Rest = (real)P[170];
    const real p_tau_rise_W2_Rest = (real)P[171];
    const real p_alpha_W2_Rest = (real)P[172];
    const real inv_0 = soma_exp((-(p_alpha_W2_Rest * p_tau_rise_W2_Rest)));
    real *restrict z_s = (real *)slot[503];
    double *restrict last_pre = (double *)slot[504];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[143], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[505];
    i64 *ring_count = (i64 *)slot[506];
    const i64 width = (i64)P[215], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W2_Rest));
        const real b_s = (-(1.0 / p_tau_decay_W2_Rest));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W2_Rest_2[j] = (g_g_W2_Rest_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c44(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[931];
    ((i64 *)slot[506])[s % R] = 0;
}

static void enqueue_c44(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[447];
    const i64 nfired = *(const i64 *)slot[448];
    const i64 R = (i64)P[931];
    const i64 width = (i64)P[215], slot_now = (s + R) % R;
    int *ring = (int *)slot[505] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[506])[slot_now] = nfired;
}

static void deliver_c45(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[933];
    const unsigned *restrict rows = (const unsigned *)slot[507];
    const unsigned short *restrict columns = (const unsigned short *)slot[508];
    const real weight = (real)P[934];
    real *restrict g_g_W2_Rest_2 = (real *)slot[69];
    const real p_tau_decay_W2_Rest = (real)P[206];
    const real p_tau_rise_W2_Rest = (real)P[207];
    const real p_alpha_W2_Rest = (real)P[208];
    const real inv_0 = soma_exp((-(p_alpha_W2_Rest * p_tau_rise_W2_Rest)));
    real *restrict z_s = (real *)slot[509];
    double *restrict last_pre = (double *)slot[510];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[179], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[511];
    i64 *ring_count = (i64 *)slot[512];
    const i64 width = (i64)P[215], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W2_Rest));
        const real b_s = (-(1.0 / p_tau_decay_W2_Rest));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W2_Rest_2[j] = (g_g_W2_Rest_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c45(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[933];
    ((i64 *)slot[512])[s % R] = 0;
}

static void enqueue_c45(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[447];
    const i64 nfired = *(const i64 *)slot[448];
    const i64 R = (i64)P[933];
    const i64 width = (i64)P[215], slot_now = (s + R) % R;
    int *ring = (int *)slot[511] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[512])[slot_now] = nfired;
}

static void deliver_c46(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[935];
    const unsigned *restrict rows = (const unsigned *)slot[513];
    const unsigned short *restrict columns = (const unsigned short *)slot[514];
    const real weight = (real)P[936];
    real *restrict g_g_W2_A_2 = (real *)slot[78];
    const real p_tau_decay_W2_A = (real)P[230];
    const real p_tau_rise_W2_A = (real)P[231];
    const real p_alpha_W2_A = (real)P[232];
    const real inv_0 = soma_exp((-(p_alpha_W2_A * p_tau_rise_W2_A)));
    real *restrict z_s = (real *)slot[515];
    double *restrict last_pre = (double *)slot[516];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[215], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[517];
    i64 *ring_count = (i64 *)slot[518];
    const i64 width = (i64)P[143], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W2_A));
        const real b_s = (-(1.0 / p_tau_decay_W2_A));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W2_A_2[j] = (g_g_W2_A_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c46(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[935];
    ((i64 *)slot[518])[s % R] = 0;
}

static void enqueue_c46(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[427];
    const i64 nfired = *(const i64 *)slot[428];
    const i64 R = (i64)P[935];
    const i64 width = (i64)P[143], slot_now = (s + R) % R;
    int *ring = (int *)slot[517] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[518])[slot_now] = nfired;
}

static void deliver_c47(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[937];
    const unsigned *restrict rows = (const unsigned *)slot[519];
    const unsigned short *restrict columns = (const unsigned short *)slot[520];
    const real weight = (real)P[938];
    real *restrict g_g_W2_B_2 = (real *)slot[79];
    const real p_tau_decay_W2_B = (real)P[235];
    const real p_tau_rise_W2_B = (real)P[236];
    const real p_alpha_W2_B = (real)P[237];
    const real inv_0 = soma_exp((-(p_alpha_W2_B * p_tau_rise_W2_B)));
    real *restrict z_s = (real *)slot[521];
    double *restrict last_pre = (double *)slot[522];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[215], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[523];
    i64 *ring_count = (i64 *)slot[524];
    const i64 width = (i64)P[179], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W2_B));
        const real b_s = (-(1.0 / p_tau_decay_W2_B));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W2_B_2[j] = (g_g_W2_B_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c47(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[937];
    ((i64 *)slot[524])[s % R] = 0;
}

static void enqueue_c47(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[437];
    const i64 nfired = *(const i64 *)slot[438];
    const i64 R = (i64)P[937];
    const i64 width = (i64)P[179], slot_now = (s + R) % R;
    int *ring = (int *)slot[523] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[524])[slot_now] = nfired;
}

static void deliver_c48(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[939];
    const unsigned *restrict rows = (const unsigned *)slot[525];
    const unsigned short *restrict columns = (const unsigned short *)slot[526];
    const real weight = (real)P[940];
    real *restrict g_g_W2_Rest_2 = (real *)slot[80];
    const real p_tau_decay_W2_Rest = (real)P[240];
    const real p_tau_rise_W2_Rest = (real)P[241];
    const real p_alpha_W2_Rest = (real)P[242];
    const real inv_0 = soma_exp((-(p_alpha_W2_Rest * p_tau_rise_W2_Rest)));
    real *restrict z_s = (real *)slot[527];
    double *restrict last_pre = (double *)slot[528];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[215], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[529];
    i64 *ring_count = (i64 *)slot[530];
    const i64 width = (i64)P[215], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W2_Rest));
        const real b_s = (-(1.0 / p_tau_decay_W2_Rest));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W2_Rest_2[j] = (g_g_W2_Rest_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c48(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[939];
    ((i64 *)slot[530])[s % R] = 0;
}

static void enqueue_c48(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[447];
    const i64 nfired = *(const i64 *)slot[448];
    const i64 R = (i64)P[939];
    const i64 width = (i64)P[215], slot_now = (s + R) % R;
    int *ring = (int *)slot[529] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[530])[slot_now] = nfired;
}

static void deliver_c49(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[941];
    const unsigned *restrict rows = (const unsigned *)slot[531];
    const unsigned short *restrict columns = (const unsigned short *)slot[532];
    const real weight = (real)P[942];
    real *restrict g_g_W2_A_2 = (real *)slot[89];
    const real p_tau_decay_W2_A = (real)P[264];
    const real p_tau_rise_W2_A = (real)P[265];
    const real p_alpha_W2_A = (real)P[266];
    const real inv_0 = soma_exp((-(p_alpha_W2_A * p_tau_rise_W2_A)));
    real *restrict z_s = (real *)slot[533];
    double *restrict last_pre = (double *)slot[534];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[249], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[535];
    i64 *ring_count = (i64 *)slot[536];
    const i64 width = (i64)P[143], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W2_A));
        const real b_s = (-(1.0 / p_tau_decay_W2_A));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W2_A_2[j] = (g_g_W2_A_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c49(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[941];
    ((i64 *)slot[536])[s % R] = 0;
}

static void enqueue_c49(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[427];
    const i64 nfired = *(const i64 *)slot[428];
    const i64 R = (i64)P[941];
    const i64 width = (i64)P[143], slot_now = (s + R) % R;
    int *ring = (int *)slot[535] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[536])[slot_now] = nfired;
}

static void deliver_c50(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[943];
    const unsigned *restrict rows = (const unsigned *)slot[537];
    const unsigned short *restrict columns = (const unsigned short *)slot[538];
    const real weight = (real)P[944];
    real *restrict g_g_W2_B_2 = (real *)slot[90];
    const real p_tau_decay_W2_B = (real)P[269];
    const real p_tau_rise_W2_B = (real)P[270];
    const real p_alpha_W2_B = (real)P[271];
    const real inv_0 = soma_exp((-(p_alpha_W2_B * p_tau_rise_W2_B)));
    real *restrict z_s = (real *)slot[539];
    double *restrict last_pre = (double *)slot[540];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[249], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[541];
    i64 *ring_count = (i64 *)slot[542];
    const i64 width = (i64)P[179], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W2_B));
        const real b_s = (-(1.0 / p_tau_decay_W2_B));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W2_B_2[j] = (g_g_W2_B_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c50(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[943];
    ((i64 *)slot[542])[s % R] = 0;
}

static void enqueue_c50(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[437];
    const i64 nfired = *(const i64 *)slot[438];
    const i64 R = (i64)P[943];
    const i64 width = (i64)P[179], slot_now = (s + R) % R;
    int *ring = (int *)slot[541] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[542])[slot_now] = nfired;
}

static void deliver_c51(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[945];
    const unsigned *restrict rows = (const unsigned *)slot[543];
    const unsigned short *restrict columns = (const unsigned short *)slot[544];
    const real weight = (real)P[946];
    real *restrict g_g_W2_Rest_2 = (real *)slot[91];
    const real p_tau_decay_W2_Rest = (real)P[274];
    const real p_tau_rise_W2_Rest = (real)P[275];
    const real p_alpha_W2_Rest = (real)P[276];
    const real inv_0 = soma_exp((-(p_alpha_W2_Rest * p_tau_rise_W2_Rest)));
    real *restrict z_s = (real *)slot[545];
    double *restrict last_pre = (double *)slot[546];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[249], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[547];
    i64 *ring_count = (i64 *)slot[548];
    const i64 width = (i64)P[215], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W2_Rest));
        const real b_s = (-(1.0 / p_tau_decay_W2_Rest));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W2_Rest_2[j] = (g_g_W2_Rest_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c51(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[945];
    ((i64 *)slot[548])[s % R] = 0;
}

static void enqueue_c51(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[447];
    const i64 nfired = *(const i64 *)slot[448];
    const i64 R = (i64)P[945];
    const i64 width = (i64)P[215], slot_now = (s + R) % R;
    int *ring = (int *)slot[547] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[548])[slot_now] = nfired;
}

static void deliver_c52(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[947];
    const unsigned *restrict rows = (const unsigned *)slot[549];
    const unsigned short *restrict columns = (const unsigned short *)slot[550];
    const real weight = (real)P[948];
    real *restrict g_g_W2_Inh = (real *)slot[58];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[143], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[551];
    i64 *ring_count = (i64 *)slot[552];
    const i64 width = (i64)P[249], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W2_Inh[j] = (g_g_W2_Inh[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c52(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[947];
    ((i64 *)slot[552])[s % R] = 0;
}

static void enqueue_c52(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[553];
    const i64 nfired = *(const i64 *)slot[554];
    const i64 R = (i64)P[947];
    const i64 width = (i64)P[249], slot_now = (s + R) % R;
    int *ring = (int *)slot[551] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[552])[slot_now] = nfired;
}

static void deliver_c53(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[949];
    const unsigned *restrict rows = (const unsigned *)slot[555];
    const unsigned short *restrict columns = (const unsigned short *)slot[556];
    const real weight = (real)P[950];
    real *restrict g_g_W2_Inh = (real *)slot[70];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[179], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[557];
    i64 *ring_count = (i64 *)slot[558];
    const i64 width = (i64)P[249], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W2_Inh[j] = (g_g_W2_Inh[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c53(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[949];
    ((i64 *)slot[558])[s % R] = 0;
}

static void enqueue_c53(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[553];
    const i64 nfired = *(const i64 *)slot[554];
    const i64 R = (i64)P[949];
    const i64 width = (i64)P[249], slot_now = (s + R) % R;
    int *ring = (int *)slot[557] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[558])[slot_now] = nfired;
}

static void deliver_c54(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[951];
    const unsigned *restrict rows = (const unsigned *)slot[559];
    const unsigned short *restrict columns = (const unsigned short *)slot[560];
    const real weight = (real)P[952];
    real *restrict g_g_W2_Inh = (real *)slot[81];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[215], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[561];
    i64 *ring_count = (i64 *)slot[562];
    const i64 width = (i64)P[249], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W2_Inh[j] = (g_g_W2_Inh[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c54(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[951];
    ((i64 *)slot[562])[s % R] = 0;
}

static void enqueue_c54(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[553];
    const i64 nfired = *(const i64 *)slot[554];
    const i64 R = (i64)P[951];
    const i64 width = (i64)P[249], slot_now = (s + R) % R;
    int *ring = (int *)slot[561] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[562])[slot_now] = nfired;
}

static void deliver_c55(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[953];
    const unsigned *restrict rows = (const unsigned *)slot[563];
    const unsigned short *restrict columns = (const unsigned short *)slot[564];
    const real weight = (real)P[954];
    real *restrict g_g_W2_Inh = (real *)slot[92];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[249], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[565];
    i64 *ring_count = (i64 *)slot[566];
    const i64 width = (i64)P[249], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W2_Inh[j] = (g_g_W2_Inh[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c55(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[953];
    ((i64 *)slot[566])[s % R] = 0;
}

static void enqueue_c55(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[553];
    const i64 nfired = *(const i64 *)slot[554];
    const i64 R = (i64)P[953];
    const i64 width = (i64)P[249], slot_now = (s + R) % R;
    int *ring = (int *)slot[565] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[566])[slot_now] = nfired;
}

static void deliver_c56(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[955];
    const unsigned *restrict rows = (const unsigned *)slot[567];
    const unsigned short *restrict columns = (const unsigned short *)slot[568];
    const real weight = (real)P[956];
    real *restrict g_g_W3_A = (real *)slot[98];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[283], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[569];
    i64 *ring_count = (i64 *)slot[570];
    const i64 width = (i64)P[283], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W3_A[j] = (g_g_W3_A[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c56(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[955];
    ((i64 *)slot[570])[s % R] = 0;
}

static void enqueue_c56(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[571];
    const i64 nfired = *(const i64 *)slot[572];
    const i64 R = (i64)P[955];
    const i64 width = (i64)P[283], slot_now = (s + R) % R;
    int *ring = (int *)slot[569] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[570])[slot_now] = nfired;
}

static void deliver_c57(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[957];
    const unsigned *restrict rows = (const unsigned *)slot[573];
    const unsigned short *restrict columns = (const unsigned short *)slot[574];
    const real weight = (real)P[958];
    real *restrict g_g_W3_A = (real *)slot[110];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[319], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[575];
    i64 *ring_count = (i64 *)slot[576];
    const i64 width = (i64)P[283], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W3_A[j] = (g_g_W3_A[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c57(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[957];
    ((i64 *)slot[576])[s % R] = 0;
}

static void enqueue_c57(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[571];
    const i64 nfired = *(const i64 *)slot[572];
    const i64 R = (i64)P[957];
    const i64 width = (i64)P[283], slot_now = (s + R) % R;
    int *ring = (int *)slot[575] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[576])[slot_now] = nfired;
}

static void deliver_c58(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[959];
    const unsigned *restrict rows = (const unsigned *)slot[577];
    const unsigned short *restrict columns = (const unsigned short *)slot[578];
    const real weight = (real)P[960];
    real *restrict g_g_W3_B = (real *)slot[111];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[319], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[579];
    i64 *ring_count = (i64 *)slot[580];
    const i64 width = (i64)P[319], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W3_B[j] = (g_g_W3_B[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c58(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[959];
    ((i64 *)slot[580])[s % R] = 0;
}

static void enqueue_c58(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[581];
    const i64 nfired = *(const i64 *)slot[582];
    const i64 R = (i64)P[959];
    const i64 width = (i64)P[319], slot_now = (s + R) % R;
    int *ring = (int *)slot[579] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[580])[slot_now] = nfired;
}

static void deliver_c59(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[961];
    const unsigned *restrict rows = (const unsigned *)slot[583];
    const unsigned short *restrict columns = (const unsigned short *)slot[584];
    const real weight = (real)P[962];
    real *restrict g_g_W3_B = (real *)slot[99];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[283], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[585];
    i64 *ring_count = (i64 *)slot[586];
    const i64 width = (i64)P[319], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W3_B[j] = (g_g_W3_B[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c59(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[961];
    ((i64 *)slot[586])[s % R] = 0;
}

static void enqueue_c59(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[581];
    const i64 nfired = *(const i64 *)slot[582];
    const i64 R = (i64)P[961];
    const i64 width = (i64)P[319], slot_now = (s + R) % R;
    int *ring = (int *)slot[585] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[586])[slot_now] = nfired;
}

static void deliver_c60(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[963];
    const unsigned *restrict rows = (const unsigned *)slot[587];
    const unsigned short *restrict columns = (const unsigned short *)slot[588];
    const real weight = (real)P[964];
    real *restrict g_g_W3_Rest = (real *)slot[100];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[283], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[589];
    i64 *ring_count = (i64 *)slot[590];
    const i64 width = (i64)P[355], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W3_Rest[j] = (g_g_W3_Rest[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c60(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[963];
    ((i64 *)slot[590])[s % R] = 0;
}

static void enqueue_c60(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[591];
    const i64 nfired = *(const i64 *)slot[592];
    const i64 R = (i64)P[963];
    const i64 width = (i64)P[355], slot_now = (s + R) % R;
    int *ring = (int *)slot[589] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[590])[slot_now] = nfired;
}

static void deliver_c61(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[965];
    const unsigned *restrict rows = (const unsigned *)slot[593];
    const unsigned short *restrict columns = (const unsigned short *)slot[594];
    const real weight = (real)P[966];
    real *restrict g_g_W3_Rest = (real *)slot[112];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[319], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[595];
    i64 *ring_count = (i64 *)slot[596];
    const i64 width = (i64)P[355], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W3_Rest[j] = (g_g_W3_Rest[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c61(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[965];
    ((i64 *)slot[596])[s % R] = 0;
}

static void enqueue_c61(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[591];
    const i64 nfired = *(const i64 *)slot[592];
    const i64 R = (i64)P[965];
    const i64 width = (i64)P[355], slot_now = (s + R) % R;
    int *ring = (int *)slot[595] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[596])[slot_now] = nfired;
}

static void deliver_c62(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[967];
    const unsigned *restrict rows = (const unsigned *)slot[597];
    const unsigned short *restrict columns = (const unsigned short *)slot[598];
    const real weight = (real)P[968];
    real *restrict g_g_W3_A = (real *)slot[121];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[355], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[599];
    i64 *ring_count = (i64 *)slot[600];
    const i64 width = (i64)P[283], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W3_A[j] = (g_g_W3_A[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c62(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[967];
    ((i64 *)slot[600])[s % R] = 0;
}

static void enqueue_c62(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[571];
    const i64 nfired = *(const i64 *)slot[572];
    const i64 R = (i64)P[967];
    const i64 width = (i64)P[283], slot_now = (s + R) % R;
    int *ring = (int *)slot[599] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[600])[slot_now] = nfired;
}

static void deliver_c63(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[969];
    const unsigned *restrict rows = (const unsigned *)slot[601];
    const unsigned short *restrict columns = (const unsigned short *)slot[602];
    const real weight = (real)P[970];
    real *restrict g_g_W3_B = (real *)slot[122];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[355], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[603];
    i64 *ring_count = (i64 *)slot[604];
    const i64 width = (i64)P[319], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W3_B[j] = (g_g_W3_B[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c63(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[969];
    ((i64 *)slot[604])[s % R] = 0;
}

static void enqueue_c63(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[581];
    const i64 nfired = *(const i64 *)slot[582];
    const i64 R = (i64)P[969];
    const i64 width = (i64)P[319], slot_now = (s + R) % R;
    int *ring = (int *)slot[603] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[604])[slot_now] = nfired;
}

static void deliver_c64(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[971];
    const unsigned *restrict rows = (const unsigned *)slot[605];
    const unsigned short *restrict columns = (const unsigned short *)slot[606];
    const real weight = (real)P[972];
    real *restrict g_g_W3_Rest = (real *)slot[123];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[355], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[607];
    i64 *ring_count = (i64 *)slot[608];
    const i64 width = (i64)P[355], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W3_Rest[j] = (g_g_W3_Rest[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c64(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[971];
    ((i64 *)slot[608])[s % R] = 0;
}

static void enqueue_c64(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[591];
    const i64 nfired = *(const i64 *)slot[592];
    const i64 R = (i64)P[971];
    const i64 width = (i64)P[355], slot_now = (s + R) % R;
    int *ring = (int *)slot[607] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[608])[slot_now] = nfired;
}

static void deliver_c65(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[973];
    const unsigned *restrict rows = (const unsigned *)slot[609];
    const unsigned short *restrict columns = (const unsigned short *)slot[610];
    const real weight = (real)P[974];
    real *restrict g_g_W3_A = (real *)slot[132];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[389], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[611];
    i64 *ring_count = (i64 *)slot[612];
    const i64 width = (i64)P[283], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W3_A[j] = (g_g_W3_A[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c65(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[973];
    ((i64 *)slot[612])[s % R] = 0;
}

static void enqueue_c65(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[571];
    const i64 nfired = *(const i64 *)slot[572];
    const i64 R = (i64)P[973];
    const i64 width = (i64)P[283], slot_now = (s + R) % R;
    int *ring = (int *)slot[611] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[612])[slot_now] = nfired;
}

static void deliver_c66(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[975];
    const unsigned *restrict rows = (const unsigned *)slot[613];
    const unsigned short *restrict columns = (const unsigned short *)slot[614];
    const real weight = (real)P[976];
    real *restrict g_g_W3_B = (real *)slot[133];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[389], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[615];
    i64 *ring_count = (i64 *)slot[616];
    const i64 width = (i64)P[319], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W3_B[j] = (g_g_W3_B[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c66(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[975];
    ((i64 *)slot[616])[s % R] = 0;
}

static void enqueue_c66(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[581];
    const i64 nfired = *(const i64 *)slot[582];
    const i64 R = (i64)P[975];
    const i64 width = (i64)P[319], slot_now = (s + R) % R;
    int *ring = (int *)slot[615] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[616])[slot_now] = nfired;
}

static void deliver_c67(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[977];
    const unsigned *restrict rows = (const unsigned *)slot[617];
    const unsigned short *restrict columns = (const unsigned short *)slot[618];
    const real weight = (real)P[978];
    real *restrict g_g_W3_Rest = (real *)slot[134];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[389], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[619];
    i64 *ring_count = (i64 *)slot[620];
    const i64 width = (i64)P[355], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W3_Rest[j] = (g_g_W3_Rest[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c67(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[977];
    ((i64 *)slot[620])[s % R] = 0;
}

static void enqueue_c67(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[591];
    const i64 nfired = *(const i64 *)slot[592];
    const i64 R = (i64)P[977];
    const i64 width = (i64)P[355], slot_now = (s + R) % R;
    int *ring = (int *)slot[619] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[620])[slot_now] = nfired;
}

static void deliver_c68(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[979];
    const unsigned *restrict rows = (const unsigned *)slot[621];
    const unsigned short *restrict columns = (const unsigned short *)slot[622];
    const real weight = (real)P[980];
    real *restrict g_g_W3_A_2 = (real *)slot[101];
    const real p_tau_decay_W3_A = (real)P[300];
    const real p_tau_rise_W3_A = (real)P[301];
    const real p_alpha_W3_A = (real)P[302];
    const real inv_0 = soma_exp((-(p_alpha_W3_A * p_tau_rise_W3_A)));
    real *restrict z_s = (real *)slot[623];
    double *restrict last_pre = (double *)slot[624];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[283], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[625];
    i64 *ring_count = (i64 *)slot[626];
    const i64 width = (i64)P[283], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W3_A));
        const real b_s = (-(1.0 / p_tau_decay_W3_A));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W3_A_2[j] = (g_g_W3_A_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c68(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[979];
    ((i64 *)slot[626])[s % R] = 0;
}

static void enqueue_c68(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[571];
    const i64 nfired = *(const i64 *)slot[572];
    const i64 R = (i64)P[979];
    const i64 width = (i64)P[283], slot_now = (s + R) % R;
    int *ring = (int *)slot[625] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[626])[slot_now] = nfired;
}

static void deliver_c69(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[981];
    const unsigned *restrict rows = (const unsigned *)slot[627];
    const unsigned short *restrict columns = (const unsigned short *)slot[628];
    const real weight = (real)P[982];
    real *restrict g_g_W3_A_2 = (real *)slot[113];
    const real p_tau_decay_W3_A = (real)P[336];
    const real p_tau_rise_W3_A = (real)P[337];
    const real p_alpha_W3_A = (real)P[338];
    const real inv_0 = soma_exp((-(p_alpha_W3_A * p_tau_rise_W3_A)));
    real *restrict z_s = (real *)slot[629];
    double *restrict last_pre = (double *)slot[630];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[319], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[631];
    i64 *ring_count = (i64 *)slot[632];
    const i64 width = (i64)P[283], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W3_A));
        const real b_s = (-(1.0 / p_tau_decay_W3_A));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W3_A_2[j] = (g_g_W3_A_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c69(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[981];
    ((i64 *)slot[632])[s % R] = 0;
}

static void enqueue_c69(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[571];
    const i64 nfired = *(const i64 *)slot[572];
    const i64 R = (i64)P[981];
    const i64 width = (i64)P[283], slot_now = (s + R) % R;
    int *ring = (int *)slot[631] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[632])[slot_now] = nfired;
}

static void deliver_c70(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[983];
    const unsigned *restrict rows = (const unsigned *)slot[633];
    const unsigned short *restrict columns = (const unsigned short *)slot[634];
    const real weight = (real)P[984];
    real *restrict g_g_W3_B_2 = (real *)slot[114];
    const real p_tau_decay_W3_B = (real)P[341];
    const real p_tau_rise_W3_B = (real)P[342];
    const real p_alpha_W3_B = (real)P[343];
    const real inv_0 = soma_exp((-(p_alpha_W3_B * p_tau_rise_W3_B)));
    real *restrict z_s = (real *)slot[635];
    double *restrict last_pre = (double *)slot[636];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[319], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[637];
    i64 *ring_count = (i64 *)slot[638];
    const i64 width = (i64)P[319], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W3_B));
        const real b_s = (-(1.0 / p_tau_decay_W3_B));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W3_B_2[j] = (g_g_W3_B_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c70(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[983];
    ((i64 *)slot[638])[s % R] = 0;
}

static void enqueue_c70(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[581];
    const i64 nfired = *(const i64 *)slot[582];
    const i64 R = (i64)P[983];
    const i64 width = (i64)P[319], slot_now = (s + R) % R;
    int *ring = (int *)slot[637] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[638])[slot_now] = nfired;
}

static void deliver_c71(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[985];
    const unsigned *restrict rows = (const unsigned *)slot[639];
    const unsigned short *restrict columns = (const unsigned short *)slot[640];
    const real weight = (real)P[986];
    real *restrict g_g_W3_B_2 = (real *)slot[102];
    const real p_tau_decay_W3_B = (real)P[305];
    const real p_tau_rise_W3_B = (real)P[306];
    const real p_alpha_W3_B = (real)P[307];
    const real inv_0 = soma_exp((-(p_alpha_W3_B * p_tau_rise_W3_B)));
    real *restrict z_s = (real *)slot[641];
    double *restrict last_pre = (double *)slot[642];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[283], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[643];
    i64 *ring_count = (i64 *)slot[644];
    const i64 width = (i64)P[319], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W3_B));
        const real b_s = (-(1.0 / p_tau_decay_W3_B));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W3_B_2[j] = (g_g_W3_B_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c71(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[985];
    ((i64 *)slot[644])[s % R] = 0;
}

static void enqueue_c71(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[581];
    const i64 nfired = *(const i64 *)slot[582];
    const i64 R = (i64)P[985];
    const i64 width = (i64)P[319], slot_now = (s + R) % R;
    int *ring = (int *)slot[643] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[644])[slot_now] = nfired;
}

static void deliver_c72(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[987];
    const unsigned *restrict rows = (const unsigned *)slot[645];
    const unsigned short *restrict columns = (const unsigned short *)slot[646];
    const real weight = (real)P[988];
    real *restrict g_g_W3_Rest_2 = (real *)slot[103];
    const real p_tau_decay_W3_Rest = (real)P[310];
    const real p_tau_rise_W3_Rest = (real)P[311];
    const real p_alpha_W3_Rest = (real)P[312];
    const real inv_0 = soma_exp((-(p_alpha_W3_Rest * p_tau_rise_W3_Rest)));
    real *restrict z_s = (real *)slot[647];
    double *restrict last_pre = (double *)slot[648];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[283], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[649];
    i64 *ring_count = (i64 *)slot[650];
    const i64 width = (i64)P[355], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W3_Rest));
        const real b_s = (-(1.0 / p_tau_decay_W3_Rest));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W3_Rest_2[j] = (g_g_W3_Rest_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c72(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[987];
    ((i64 *)slot[650])[s % R] = 0;
}

static void enqueue_c72(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[591];
    const i64 nfired = *(const i64 *)slot[592];
    const i64 R = (i64)P[987];
    const i64 width = (i64)P[355], slot_now = (s + R) % R;
    int *ring = (int *)slot[649] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[650])[slot_now] = nfired;
}

static void deliver_c73(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[989];
    const unsigned *restrict rows = (const unsigned *)slot[651];
    const unsigned short *restrict columns = (const unsigned short *)slot[652];
    const real weight = (real)P[990];
    real *restrict g_g_W3_Rest_2 = (real *)slot[115];
    const real p_tau_decay_W3_Rest = (real)P[346];
    const real p_tau_rise_W3_Rest = (real)P[347];
    const real p_alpha_W3_Rest = (real)P[348];
    const real inv_0 = soma_exp((-(p_alpha_W3_Rest * p_tau_rise_W3_Rest)));
    real *restrict z_s = (real *)slot[653];
    double *restrict last_pre = (double *)slot[654];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[319], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[655];
    i64 *ring_count = (i64 *)slot[656];
    const i64 width = (i64)P[355], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W3_Rest));
        const real b_s = (-(1.0 / p_tau_decay_W3_Rest));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W3_Rest_2[j] = (g_g_W3_Rest_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c73(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[989];
    ((i64 *)slot[656])[s % R] = 0;
}

static void enqueue_c73(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[591];
    const i64 nfired = *(const i64 *)slot[592];
    const i64 R = (i64)P[989];
    const i64 width = (i64)P[355], slot_now = (s + R) % R;
    int *ring = (int *)slot[655] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[656])[slot_now] = nfired;
}

static void deliver_c74(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[991];
    const unsigned *restrict rows = (const unsigned *)slot[657];
    const unsigned short *restrict columns = (const unsigned short *)slot[658];
    const real weight = (real)P[992];
    real *restrict g_g_W3_A_2 = (real *)slot[124];
    const real p_tau_decay_W3_A = (real)P[370];
    const real p_tau_rise_W3_A = (real)P[371];
    const real p_alpha_W3_A = (real)P[372];
    const real inv_0 = soma_exp((-(p_alpha_W3_A * p_tau_rise_W3_A)));
    real *restrict z_s = (real *)slot[659];
    double *restrict last_pre = (double *)slot[660];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[355], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[661];
    i64 *ring_count = (i64 *)slot[662];
    const i64 width = (i64)P[283], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W3_A));
        const real b_s = (-(1.0 / p_tau_decay_W3_A));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W3_A_2[j] = (g_g_W3_A_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c74(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[991];
    ((i64 *)slot[662])[s % R] = 0;
}

static void enqueue_c74(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[571];
    const i64 nfired = *(const i64 *)slot[572];
    const i64 R = (i64)P[991];
    const i64 width = (i64)P[283], slot_now = (s + R) % R;
    int *ring = (int *)slot[661] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[662])[slot_now] = nfired;
}

static void deliver_c75(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[993];
    const unsigned *restrict rows = (const unsigned *)slot[663];
    const unsigned short *restrict columns = (const unsigned short *)slot[664];
    const real weight = (real)P[994];
    real *restrict g_g_W3_B_2 = (real *)slot[125];
    const real p_tau_decay_W3_B = (real)P[375];
    const real p_tau_rise_W3_B = (real)P[376];
    const real p_alpha_W3_B = (real)P[377];
    const real inv_0 = soma_exp((-(p_alpha_W3_B * p_tau_rise_W3_B)));
    real *restrict z_s = (real *)slot[665];
    double *restrict last_pre = (double *)slot[666];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[355], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[667];
    i64 *ring_count = (i64 *)slot[668];
    const i64 width = (i64)P[319], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W3_B));
        const real b_s = (-(1.0 / p_tau_decay_W3_B));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W3_B_2[j] = (g_g_W3_B_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c75(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[993];
    ((i64 *)slot[668])[s % R] = 0;
}

static void enqueue_c75(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[581];
    const i64 nfired = *(const i64 *)slot[582];
    const i64 R = (i64)P[993];
    const i64 width = (i64)P[319], slot_now = (s + R) % R;
    int *ring = (int *)slot[667] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[668])[slot_now] = nfired;
}

static void deliver_c76(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[995];
    const unsigned *restrict rows = (const unsigned *)slot[669];
    const unsigned short *restrict columns = (const unsigned short *)slot[670];
    const real weight = (real)P[996];
    real *restrict g_g_W3_Rest_2 = (real *)slot[126];
    const real p_tau_decay_W3_Rest = (real)P[380];
    const real p_tau_rise_W3_Rest = (real)P[381];
    const real p_alpha_W3_Rest = (real)P[382];
    const real inv_0 = soma_exp((-(p_alpha_W3_Rest * p_tau_rise_W3_Rest)));
    real *restrict z_s = (real *)slot[671];
    double *restrict last_pre = (double *)slot[672];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[355], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[673];
    i64 *ring_count = (i64 *)slot[674];
    const i64 width = (i64)P[355], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W3_Rest));
        const real b_s = (-(1.0 / p_tau_decay_W3_Rest));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W3_Rest_2[j] = (g_g_W3_Rest_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c76(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[995];
    ((i64 *)slot[674])[s % R] = 0;
}

static void enqueue_c76(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[591];
    const i64 nfired = *(const i64 *)slot[592];
    const i64 R = (i64)P[995];
    const i64 width = (i64)P[355], slot_now = (s + R) % R;
    int *ring = (int *)slot[673] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[674])[slot_now] = nfired;
}

static void deliver_c77(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[997];
    const unsigned *restrict rows = (const unsigned *)slot[675];
    const unsigned short *restrict columns = (const unsigned short *)slot[676];
    const real weight = (real)P[998];
    real *restrict g_g_W3_A_2 = (real *)slot[135];
    const real p_tau_decay_W3_A = (real)P[404];
    const real p_tau_rise_W3_A = (real)P[405];
    const real p_alpha_W3_A = (real)P[406];
    const real inv_0 = soma_exp((-(p_alpha_W3_A * p_tau_rise_W3_A)));
    real *restrict z_s = (real *)slot[677];
    double *restrict last_pre = (double *)slot[678];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[389], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[679];
    i64 *ring_count = (i64 *)slot[680];
    const i64 width = (i64)P[283], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W3_A));
        const real b_s = (-(1.0 / p_tau_decay_W3_A));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W3_A_2[j] = (g_g_W3_A_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c77(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[997];
    ((i64 *)slot[680])[s % R] = 0;
}

static void enqueue_c77(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[571];
    const i64 nfired = *(const i64 *)slot[572];
    const i64 R = (i64)P[997];
    const i64 width = (i64)P[283], slot_now = (s + R) % R;
    int *ring = (int *)slot[679] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[680])[slot_now] = nfired;
}

static void deliver_c78(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[999];
    const unsigned *restrict rows = (const unsigned *)slot[681];
    const unsigned short *restrict columns = (const unsigned short *)slot[682];
    const real weight = (real)P[1000];
    real *restrict g_g_W3_B_2 = (real *)slot[136];
    const real p_tau_decay_W3_B = (real)P[409];
    const real p_tau_rise_W3_B = (real)P[410];
    const real p_alpha_W3_B = (real)P[411];
    const real inv_0 = soma_exp((-(p_alpha_W3_B * p_tau_rise_W3_B)));
    real *restrict z_s = (real *)slot[683];
    double *restrict last_pre = (double *)slot[684];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[389], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[685];
    i64 *ring_count = (i64 *)slot[686];
    const i64 width = (i64)P[319], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W3_B));
        const real b_s = (-(1.0 / p_tau_decay_W3_B));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W3_B_2[j] = (g_g_W3_B_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c78(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[999];
    ((i64 *)slot[686])[s % R] = 0;
}

static void enqueue_c78(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[581];
    const i64 nfired = *(const i64 *)slot[582];
    const i64 R = (i64)P[999];
    const i64 width = (i64)P[319], slot_now = (s + R) % R;
    int *ring = (int *)slot[685] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[686])[slot_now] = nfired;
}

static void deliver_c79(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1001];
    const unsigned *restrict rows = (const unsigned *)slot[687];
    const unsigned short *restrict columns = (const unsigned short *)slot[688];
    const real weight = (real)P[1002];
    real *restrict g_g_W3_Rest_2 = (real *)slot[137];
    const real p_tau_decay_W3_Rest = (real)P[414];
    const real p_tau_rise_W3_Rest = (real)P[415];
    const real p_alpha_W3_Rest = (real)P[416];
    const real inv_0 = soma_exp((-(p_alpha_W3_Rest * p_tau_rise_W3_Rest)));
    real *restrict z_s = (real *)slot[689];
    double *restrict last_pre = (double *)slot[690];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[389], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[691];
    i64 *ring_count = (i64 *)slot[692];
    const i64 width = (i64)P[355], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W3_Rest));
        const real b_s = (-(1.0 / p_tau_decay_W3_Rest));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W3_Rest_2[j] = (g_g_W3_Rest_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c79(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1001];
    ((i64 *)slot[692])[s % R] = 0;
}

static void enqueue_c79(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[591];
    const i64 nfired = *(const i64 *)slot[592];
    const i64 R = (i64)P[1001];
    const i64 width = (i64)P[355], slot_now = (s + R) % R;
    int *ring = (int *)slot[691] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[692])[slot_now] = nfired;
}

static void deliver_c80(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1003];
    const unsigned *restrict rows = (const unsigned *)slot[693];
    const unsigned short *restrict columns = (const unsigned short *)slot[694];
    const real weight = (real)P[1004];
    real *restrict g_g_W3_Inh = (real *)slot[104];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[283], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[695];
    i64 *ring_count = (i64 *)slot[696];
    const i64 width = (i64)P[389], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W3_Inh[j] = (g_g_W3_Inh[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c80(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1003];
    ((i64 *)slot[696])[s % R] = 0;
}

static void enqueue_c80(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[697];
    const i64 nfired = *(const i64 *)slot[698];
    const i64 R = (i64)P[1003];
    const i64 width = (i64)P[389], slot_now = (s + R) % R;
    int *ring = (int *)slot[695] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[696])[slot_now] = nfired;
}

static void deliver_c81(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1005];
    const unsigned *restrict rows = (const unsigned *)slot[699];
    const unsigned short *restrict columns = (const unsigned short *)slot[700];
    const real weight = (real)P[1006];
    real *restrict g_g_W3_Inh = (real *)slot[116];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[319], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[701];
    i64 *ring_count = (i64 *)slot[702];
    const i64 width = (i64)P[389], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W3_Inh[j] = (g_g_W3_Inh[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c81(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1005];
    ((i64 *)slot[702])[s % R] = 0;
}

static void enqueue_c81(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[697];
    const i64 nfired = *(const i64 *)slot[698];
    const i64 R = (i64)P[1005];
    const i64 width = (i64)P[389], slot_now = (s + R) % R;
    int *ring = (int *)slot[701] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[702])[slot_now] = nfired;
}

static void deliver_c82(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1007];
    const unsigned *restrict rows = (const unsigned *)slot[703];
    const unsigned short *restrict columns = (const unsigned short *)slot[704];
    const real weight = (real)P[1008];
    real *restrict g_g_W3_Inh = (real *)slot[127];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[355], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[705];
    i64 *ring_count = (i64 *)slot[706];
    const i64 width = (i64)P[389], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W3_Inh[j] = (g_g_W3_Inh[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c82(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1007];
    ((i64 *)slot[706])[s % R] = 0;
}

static void enqueue_c82(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[697];
    const i64 nfired = *(const i64 *)slot[698];
    const i64 R = (i64)P[1007];
    const i64 width = (i64)P[389], slot_now = (s + R) % R;
    int *ring = (int *)slot[705] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[706])[slot_now] = nfired;
}

static void deliver_c83(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1009];
    const unsigned *restrict rows = (const unsigned *)slot[707];
    const unsigned short *restrict columns = (const unsigned short *)slot[708];
    const real weight = (real)P[1010];
    real *restrict g_g_W3_Inh = (real *)slot[138];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[389], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[709];
    i64 *ring_count = (i64 *)slot[710];
    const i64 width = (i64)P[389], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W3_Inh[j] = (g_g_W3_Inh[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c83(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1009];
    ((i64 *)slot[710])[s % R] = 0;
}

static void enqueue_c83(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[697];
    const i64 nfired = *(const i64 *)slot[698];
    const i64 R = (i64)P[1009];
    const i64 width = (i64)P[389], slot_now = (s + R) % R;
    int *ring = (int *)slot[709] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[710])[slot_now] = nfired;
}

static void deliver_c84(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1011];
    const unsigned *restrict rows = (const unsigned *)slot[711];
    const unsigned short *restrict columns = (const unsigned short *)slot[712];
    const real weight = (real)P[1012];
    real *restrict g_g_W4_A = (real *)slot[144];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[423], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[713];
    i64 *ring_count = (i64 *)slot[714];
    const i64 width = (i64)P[423], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W4_A[j] = (g_g_W4_A[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c84(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1011];
    ((i64 *)slot[714])[s % R] = 0;
}

static void enqueue_c84(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[715];
    const i64 nfired = *(const i64 *)slot[716];
    const i64 R = (i64)P[1011];
    const i64 width = (i64)P[423], slot_now = (s + R) % R;
    int *ring = (int *)slot[713] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[714])[slot_now] = nfired;
}

static void deliver_c85(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1013];
    const unsigned *restrict rows = (const unsigned *)slot[717];
    const unsigned short *restrict columns = (const unsigned short *)slot[718];
    const real weight = (real)P[1014];
    real *restrict g_g_W4_A = (real *)slot[156];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[459], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[719];
    i64 *ring_count = (i64 *)slot[720];
    const i64 width = (i64)P[423], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W4_A[j] = (g_g_W4_A[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c85(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1013];
    ((i64 *)slot[720])[s % R] = 0;
}

static void enqueue_c85(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[715];
    const i64 nfired = *(const i64 *)slot[716];
    const i64 R = (i64)P[1013];
    const i64 width = (i64)P[423], slot_now = (s + R) % R;
    int *ring = (int *)slot[719] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[720])[slot_now] = nfired;
}

static void deliver_c86(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1015];
    const unsigned *restrict rows = (const unsigned *)slot[721];
    const unsigned short *restrict columns = (const unsigned short *)slot[722];
    const real weight = (real)P[1016];
    real *restrict g_g_W4_B = (real *)slot[157];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[459], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[723];
    i64 *ring_count = (i64 *)slot[724];
    const i64 width = (i64)P[459], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W4_B[j] = (g_g_W4_B[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c86(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1015];
    ((i64 *)slot[724])[s % R] = 0;
}

static void enqueue_c86(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[725];
    const i64 nfired = *(const i64 *)slot[726];
    const i64 R = (i64)P[1015];
    const i64 width = (i64)P[459], slot_now = (s + R) % R;
    int *ring = (int *)slot[723] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[724])[slot_now] = nfired;
}

static void deliver_c87(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1017];
    const unsigned *restrict rows = (const unsigned *)slot[727];
    const unsigned short *restrict columns = (const unsigned short *)slot[728];
    const real weight = (real)P[1018];
    real *restrict g_g_W4_B = (real *)slot[145];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[423], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[729];
    i64 *ring_count = (i64 *)slot[730];
    const i64 width = (i64)P[459], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W4_B[j] = (g_g_W4_B[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c87(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1017];
    ((i64 *)slot[730])[s % R] = 0;
}

static void enqueue_c87(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[725];
    const i64 nfired = *(const i64 *)slot[726];
    const i64 R = (i64)P[1017];
    const i64 width = (i64)P[459], slot_now = (s + R) % R;
    int *ring = (int *)slot[729] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[730])[slot_now] = nfired;
}

static void deliver_c88(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1019];
    const unsigned *restrict rows = (const unsigned *)slot[731];
    const unsigned short *restrict columns = (const unsigned short *)slot[732];
    const real weight = (real)P[1020];
    real *restrict g_g_W4_Rest = (real *)slot[146];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[423], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[733];
    i64 *ring_count = (i64 *)slot[734];
    const i64 width = (i64)P[495], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W4_Rest[j] = (g_g_W4_Rest[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c88(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1019];
    ((i64 *)slot[734])[s % R] = 0;
}

static void enqueue_c88(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[735];
    const i64 nfired = *(const i64 *)slot[736];
    const i64 R = (i64)P[1019];
    const i64 width = (i64)P[495], slot_now = (s + R) % R;
    int *ring = (int *)slot[733] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[734])[slot_now] = nfired;
}

static void deliver_c89(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1021];
    const unsigned *restrict rows = (const unsigned *)slot[737];
    const unsigned short *restrict columns = (const unsigned short *)slot[738];
    const real weight = (real)P[1022];
    real *restrict g_g_W4_Rest = (real *)slot[158];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[459], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[739];
    i64 *ring_count = (i64 *)slot[740];
    const i64 width = (i64)P[495], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W4_Rest[j] = (g_g_W4_Rest[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c89(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1021];
    ((i64 *)slot[740])[s % R] = 0;
}

static void enqueue_c89(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[735];
    const i64 nfired = *(const i64 *)slot[736];
    const i64 R = (i64)P[1021];
    const i64 width = (i64)P[495], slot_now = (s + R) % R;
    int *ring = (int *)slot[739] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[740])[slot_now] = nfired;
}

static void deliver_c90(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1023];
    const unsigned *restrict rows = (const unsigned *)slot[741];
    const unsigned short *restrict columns = (const unsigned short *)slot[742];
    const real weight = (real)P[1024];
    real *restrict g_g_W4_A = (real *)slot[167];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[495], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[743];
    i64 *ring_count = (i64 *)slot[744];
    const i64 width = (i64)P[423], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W4_A[j] = (g_g_W4_A[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c90(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1023];
    ((i64 *)slot[744])[s % R] = 0;
}

static void enqueue_c90(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[715];
    const i64 nfired = *(const i64 *)slot[716];
    const i64 R = (i64)P[1023];
    const i64 width = (i64)P[423], slot_now = (s + R) % R;
    int *ring = (int *)slot[743] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[744])[slot_now] = nfired;
}

static void deliver_c91(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1025];
    const unsigned *restrict rows = (const unsigned *)slot[745];
    const unsigned short *restrict columns = (const unsigned short *)slot[746];
    const real weight = (real)P[1026];
    real *restrict g_g_W4_B = (real *)slot[168];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[495], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[747];
    i64 *ring_count = (i64 *)slot[748];
    const i64 width = (i64)P[459], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W4_B[j] = (g_g_W4_B[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c91(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1025];
    ((i64 *)slot[748])[s % R] = 0;
}

static void enqueue_c91(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[725];
    const i64 nfired = *(const i64 *)slot[726];
    const i64 R = (i64)P[1025];
    const i64 width = (i64)P[459], slot_now = (s + R) % R;
    int *ring = (int *)slot[747] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[748])[slot_now] = nfired;
}

static void deliver_c92(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1027];
    const unsigned *restrict rows = (const unsigned *)slot[749];
    const unsigned short *restrict columns = (const unsigned short *)slot[750];
    const real weight = (real)P[1028];
    real *restrict g_g_W4_Rest = (real *)slot[169];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[495], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[751];
    i64 *ring_count = (i64 *)slot[752];
    const i64 width = (i64)P[495], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W4_Rest[j] = (g_g_W4_Rest[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c92(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1027];
    ((i64 *)slot[752])[s % R] = 0;
}

static void enqueue_c92(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[735];
    const i64 nfired = *(const i64 *)slot[736];
    const i64 R = (i64)P[1027];
    const i64 width = (i64)P[495], slot_now = (s + R) % R;
    int *ring = (int *)slot[751] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[752])[slot_now] = nfired;
}

static void deliver_c93(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1029];
    const unsigned *restrict rows = (const unsigned *)slot[753];
    const unsigned short *restrict columns = (const unsigned short *)slot[754];
    const real weight = (real)P[1030];
    real *restrict g_g_W4_A = (real *)slot[178];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[529], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[755];
    i64 *ring_count = (i64 *)slot[756];
    const i64 width = (i64)P[423], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W4_A[j] = (g_g_W4_A[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c93(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1029];
    ((i64 *)slot[756])[s % R] = 0;
}

static void enqueue_c93(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[715];
    const i64 nfired = *(const i64 *)slot[716];
    const i64 R = (i64)P[1029];
    const i64 width = (i64)P[423], slot_now = (s + R) % R;
    int *ring = (int *)slot[755] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[756])[slot_now] = nfired;
}

static void deliver_c94(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1031];
    const unsigned *restrict rows = (const unsigned *)slot[757];
    const unsigned short *restrict columns = (const unsigned short *)slot[758];
    const real weight = (real)P[1032];
    real *restrict g_g_W4_B = (real *)slot[179];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[529], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[759];
    i64 *ring_count = (i64 *)slot[760];
    const i64 width = (i64)P[459], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W4_B[j] = (g_g_W4_B[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c94(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1031];
    ((i64 *)slot[760])[s % R] = 0;
}

static void enqueue_c94(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[725];
    const i64 nfired = *(const i64 *)slot[726];
    const i64 R = (i64)P[1031];
    const i64 width = (i64)P[459], slot_now = (s + R) % R;
    int *ring = (int *)slot[759] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[760])[slot_now] = nfired;
}

static void deliver_c95(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1033];
    const unsigned *restrict rows = (const unsigned *)slot[761];
    const unsigned short *restrict columns = (const unsigned short *)slot[762];
    const real weight = (real)P[1034];
    real *restrict g_g_W4_Rest = (real *)slot[180];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[529], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[763];
    i64 *ring_count = (i64 *)slot[764];
    const i64 width = (i64)P[495], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W4_Rest[j] = (g_g_W4_Rest[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c95(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1033];
    ((i64 *)slot[764])[s % R] = 0;
}

static void enqueue_c95(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[735];
    const i64 nfired = *(const i64 *)slot[736];
    const i64 R = (i64)P[1033];
    const i64 width = (i64)P[495], slot_now = (s + R) % R;
    int *ring = (int *)slot[763] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[764])[slot_now] = nfired;
}

static void deliver_c96(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1035];
    const unsigned *restrict rows = (const unsigned *)slot[765];
    const unsigned short *restrict columns = (const unsigned short *)slot[766];
    const real weight = (real)P[1036];
    real *restrict g_g_W4_A_2 = (real *)slot[147];
    const real p_tau_decay_W4_A = (real)P[440];
    const real p_tau_rise_W4_A = (real)P[441];
    const real p_alpha_W4_A = (real)P[442];
    const real inv_0 = soma_exp((-(p_alpha_W4_A * p_tau_rise_W4_A)));
    real *restrict z_s = (real *)slot[767];
    double *restrict last_pre = (double *)slot[768];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[423], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[769];
    i64 *ring_count = (i64 *)slot[770];
    const i64 width = (i64)P[423], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W4_A));
        const real b_s = (-(1.0 / p_tau_decay_W4_A));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W4_A_2[j] = (g_g_W4_A_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c96(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1035];
    ((i64 *)slot[770])[s % R] = 0;
}

static void enqueue_c96(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[715];
    const i64 nfired = *(const i64 *)slot[716];
    const i64 R = (i64)P[1035];
    const i64 width = (i64)P[423], slot_now = (s + R) % R;
    int *ring = (int *)slot[769] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[770])[slot_now] = nfired;
}

static void deliver_c97(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1037];
    const unsigned *restrict rows = (const unsigned *)slot[771];
    const unsigned short *restrict columns = (const unsigned short *)slot[772];
    const real weight = (real)P[1038];
    real *restrict g_g_W4_A_2 = (real *)slot[159];
    const real p_tau_decay_W4_A = (real)P[476];
    const real p_tau_rise_W4_A = (real)P[477];
    const real p_alpha_W4_A = (real)P[478];
    const real inv_0 = soma_exp((-(p_alpha_W4_A * p_tau_rise_W4_A)));
    real *restrict z_s = (real *)slot[773];
    double *restrict last_pre = (double *)slot[774];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[459], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[775];
    i64 *ring_count = (i64 *)slot[776];
    const i64 width = (i64)P[423], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W4_A));
        const real b_s = (-(1.0 / p_tau_decay_W4_A));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W4_A_2[j] = (g_g_W4_A_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c97(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1037];
    ((i64 *)slot[776])[s % R] = 0;
}

static void enqueue_c97(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[715];
    const i64 nfired = *(const i64 *)slot[716];
    const i64 R = (i64)P[1037];
    const i64 width = (i64)P[423], slot_now = (s + R) % R;
    int *ring = (int *)slot[775] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[776])[slot_now] = nfired;
}

static void deliver_c98(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1039];
    const unsigned *restrict rows = (const unsigned *)slot[777];
    const unsigned short *restrict columns = (const unsigned short *)slot[778];
    const real weight = (real)P[1040];
    real *restrict g_g_W4_B_2 = (real *)slot[160];
    const real p_tau_decay_W4_B = (real)P[481];
    const real p_tau_rise_W4_B = (real)P[482];
    const real p_alpha_W4_B = (real)P[483];
    const real inv_0 = soma_exp((-(p_alpha_W4_B * p_tau_rise_W4_B)));
    real *restrict z_s = (real *)slot[779];
    double *restrict last_pre = (double *)slot[780];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[459], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[781];
    i64 *ring_count = (i64 *)slot[782];
    const i64 width = (i64)P[459], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W4_B));
        const real b_s = (-(1.0 / p_tau_decay_W4_B));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W4_B_2[j] = (g_g_W4_B_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c98(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1039];
    ((i64 *)slot[782])[s % R] = 0;
}

static void enqueue_c98(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[725];
    const i64 nfired = *(const i64 *)slot[726];
    const i64 R = (i64)P[1039];
    const i64 width = (i64)P[459], slot_now = (s + R) % R;
    int *ring = (int *)slot[781] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[782])[slot_now] = nfired;
}

static void deliver_c99(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1041];
    const unsigned *restrict rows = (const unsigned *)slot[783];
    const unsigned short *restrict columns = (const unsigned short *)slot[784];
    const real weight = (real)P[1042];
    real *restrict g_g_W4_B_2 = (real *)slot[148];
    const real p_tau_decay_W4_B = (real)P[445];
    const real p_tau_rise_W4_B = (real)P[446];
    const real p_alpha_W4_B = (real)P[447];
    const real inv_0 = soma_exp((-(p_alpha_W4_B * p_tau_rise_W4_B)));
    real *restrict z_s = (real *)slot[785];
    double *restrict last_pre = (double *)slot[786];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[423], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[787];
    i64 *ring_count = (i64 *)slot[788];
    const i64 width = (i64)P[459], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W4_B));
        const real b_s = (-(1.0 / p_tau_decay_W4_B));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W4_B_2[j] = (g_g_W4_B_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c99(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1041];
    ((i64 *)slot[788])[s % R] = 0;
}

static void enqueue_c99(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[725];
    const i64 nfired = *(const i64 *)slot[726];
    const i64 R = (i64)P[1041];
    const i64 width = (i64)P[459], slot_now = (s + R) % R;
    int *ring = (int *)slot[787] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[788])[slot_now] = nfired;
}

static void deliver_c100(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1043];
    const unsigned *restrict rows = (const unsigned *)slot[789];
    const unsigned short *restrict columns = (const unsigned short *)slot[790];
    const real weight = (real)P[1044];
    real *restrict g_g_W4_Rest_2 = (real *)slot[149];
    const real p_tau_decay_W4_Rest = (real)P[450];
    const real p_tau_rise_W4_Rest = (real)P[451];
    const real p_alpha_W4_Rest = (real)P[452];
    const real inv_0 = soma_exp((-(p_alpha_W4_Rest * p_tau_rise_W4_Rest)));
    real *restrict z_s = (real *)slot[791];
    double *restrict last_pre = (double *)slot[792];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[423], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[793];
    i64 *ring_count = (i64 *)slot[794];
    const i64 width = (i64)P[495], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W4_Rest));
        const real b_s = (-(1.0 / p_tau_decay_W4_Rest));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W4_Rest_2[j] = (g_g_W4_Rest_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c100(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1043];
    ((i64 *)slot[794])[s % R] = 0;
}

static void enqueue_c100(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[735];
    const i64 nfired = *(const i64 *)slot[736];
    const i64 R = (i64)P[1043];
    const i64 width = (i64)P[495], slot_now = (s + R) % R;
    int *ring = (int *)slot[793] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[794])[slot_now] = nfired;
}

static void deliver_c101(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1045];
    const unsigned *restrict rows = (const unsigned *)slot[795];
    const unsigned short *restrict columns = (const unsigned short *)slot[796];
    const real weight = (real)P[1046];
    real *restrict g_g_W4_Rest_2 = (real *)slot[161];
    const real p_tau_decay_W4_Rest = (real)P[486];
    const real p_tau_rise_W4_Rest = (real)P[487];
    const real p_alpha_W4_Rest = (real)P[488];
    const real inv_0 = soma_exp((-(p_alpha_W4_Rest * p_tau_rise_W4_Rest)));
    real *restrict z_s = (real *)slot[797];
    double *restrict last_pre = (double *)slot[798];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[459], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[799];
    i64 *ring_count = (i64 *)slot[800];
    const i64 width = (i64)P[495], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W4_Rest));
        const real b_s = (-(1.0 / p_tau_decay_W4_Rest));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W4_Rest_2[j] = (g_g_W4_Rest_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c101(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1045];
    ((i64 *)slot[800])[s % R] = 0;
}

static void enqueue_c101(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[735];
    const i64 nfired = *(const i64 *)slot[736];
    const i64 R = (i64)P[1045];
    const i64 width = (i64)P[495], slot_now = (s + R) % R;
    int *ring = (int *)slot[799] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[800])[slot_now] = nfired;
}

static void deliver_c102(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1047];
    const unsigned *restrict rows = (const unsigned *)slot[801];
    const unsigned short *restrict columns = (const unsigned short *)slot[802];
    const real weight = (real)P[1048];
    real *restrict g_g_W4_A_2 = (real *)slot[170];
    const real p_tau_decay_W4_A = (real)P[510];
    const real p_tau_rise_W4_A = (real)P[511];
    const real p_alpha_W4_A = (real)P[512];
    const real inv_0 = soma_exp((-(p_alpha_W4_A * p_tau_rise_W4_A)));
    real *restrict z_s = (real *)slot[803];
    double *restrict last_pre = (double *)slot[804];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[495], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[805];
    i64 *ring_count = (i64 *)slot[806];
    const i64 width = (i64)P[423], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W4_A));
        const real b_s = (-(1.0 / p_tau_decay_W4_A));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W4_A_2[j] = (g_g_W4_A_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c102(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1047];
    ((i64 *)slot[806])[s % R] = 0;
}

static void enqueue_c102(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[715];
    const i64 nfired = *(const i64 *)slot[716];
    const i64 R = (i64)P[1047];
    const i64 width = (i64)P[423], slot_now = (s + R) % R;
    int *ring = (int *)slot[805] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[806])[slot_now] = nfired;
}

static void deliver_c103(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1049];
    const unsigned *restrict rows = (const unsigned *)slot[807];
    const unsigned short *restrict columns = (const unsigned short *)slot[808];
    const real weight = (real)P[1050];
    real *restrict g_g_W4_B_2 = (real *)slot[171];
    const real p_tau_decay_W4_B = (real)P[515];
    const real p_tau_rise_W4_B = (real)P[516];
    const real p_alpha_W4_B = (real)P[517];
    const real inv_0 = soma_exp((-(p_alpha_W4_B * p_tau_rise_W4_B)));
    real *restrict z_s = (real *)slot[809];
    double *restrict last_pre = (double *)slot[810];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[495], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[811];
    i64 *ring_count = (i64 *)slot[812];
    const i64 width = (i64)P[459], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W4_B));
        const real b_s = (-(1.0 / p_tau_decay_W4_B));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W4_B_2[j] = (g_g_W4_B_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c103(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1049];
    ((i64 *)slot[812])[s % R] = 0;
}

static void enqueue_c103(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[725];
    const i64 nfired = *(const i64 *)slot[726];
    const i64 R = (i64)P[1049];
    const i64 width = (i64)P[459], slot_now = (s + R) % R;
    int *ring = (int *)slot[811] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[812])[slot_now] = nfired;
}

static void deliver_c104(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1051];
    const unsigned *restrict rows = (const unsigned *)slot[813];
    const unsigned short *restrict columns = (const unsigned short *)slot[814];
    const real weight = (real)P[1052];
    real *restrict g_g_W4_Rest_2 = (real *)slot[172];
    const real p_tau_decay_W4_Rest = (real)P[520];
    const real p_tau_rise_W4_Rest = (real)P[521];
    const real p_alpha_W4_Rest = (real)P[522];
    const real inv_0 = soma_exp((-(p_alpha_W4_Rest * p_tau_rise_W4_Rest)));
    real *restrict z_s = (real *)slot[815];
    double *restrict last_pre = (double *)slot[816];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[495], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[817];
    i64 *ring_count = (i64 *)slot[818];
    const i64 width = (i64)P[495], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W4_Rest));
        const real b_s = (-(1.0 / p_tau_decay_W4_Rest));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W4_Rest_2[j] = (g_g_W4_Rest_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c104(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1051];
    ((i64 *)slot[818])[s % R] = 0;
}

static void enqueue_c104(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[735];
    const i64 nfired = *(const i64 *)slot[736];
    const i64 R = (i64)P[1051];
    const i64 width = (i64)P[495], slot_now = (s + R) % R;
    int *ring = (int *)slot[817] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[818])[slot_now] = nfired;
}

static void deliver_c105(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1053];
    const unsigned *restrict rows = (const unsigned *)slot[819];
    const unsigned short *restrict columns = (const unsigned short *)slot[820];
    const real weight = (real)P[1054];
    real *restrict g_g_W4_A_2 = (real *)slot[181];
    const real p_tau_decay_W4_A = (real)P[544];
    const real p_tau_rise_W4_A = (real)P[545];
    const real p_alpha_W4_A = (real)P[546];
    const real inv_0 = soma_exp((-(p_alpha_W4_A * p_tau_rise_W4_A)));
    real *restrict z_s = (real *)slot[821];
    double *restrict last_pre = (double *)slot[822];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[529], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[823];
    i64 *ring_count = (i64 *)slot[824];
    const i64 width = (i64)P[423], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W4_A));
        const real b_s = (-(1.0 / p_tau_decay_W4_A));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W4_A_2[j] = (g_g_W4_A_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c105(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1053];
    ((i64 *)slot[824])[s % R] = 0;
}

static void enqueue_c105(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[715];
    const i64 nfired = *(const i64 *)slot[716];
    const i64 R = (i64)P[1053];
    const i64 width = (i64)P[423], slot_now = (s + R) % R;
    int *ring = (int *)slot[823] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[824])[slot_now] = nfired;
}

static void deliver_c106(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1055];
    const unsigned *restrict rows = (const unsigned *)slot[825];
    const unsigned short *restrict columns = (const unsigned short *)slot[826];
    const real weight = (real)P[1056];
    real *restrict g_g_W4_B_2 = (real *)slot[182];
    const real p_tau_decay_W4_B = (real)P[549];
    const real p_tau_rise_W4_B = (real)P[550];
    const real p_alpha_W4_B = (real)P[551];
    const real inv_0 = soma_exp((-(p_alpha_W4_B * p_tau_rise_W4_B)));
    real *restrict z_s = (real *)slot[827];
    double *restrict last_pre = (double *)slot[828];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[529], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[829];
    i64 *ring_count = (i64 *)slot[830];
    const i64 width = (i64)P[459], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W4_B));
        const real b_s = (-(1.0 / p_tau_decay_W4_B));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W4_B_2[j] = (g_g_W4_B_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c106(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1055];
    ((i64 *)slot[830])[s % R] = 0;
}

static void enqueue_c106(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[725];
    const i64 nfired = *(const i64 *)slot[726];
    const i64 R = (i64)P[1055];
    const i64 width = (i64)P[459], slot_now = (s + R) % R;
    int *ring = (int *)slot[829] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[830])[slot_now] = nfired;
}

static void deliver_c107(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1057];
    const unsigned *restrict rows = (const unsigned *)slot[831];
    const unsigned short *restrict columns = (const unsigned short *)slot[832];
    const real weight = (real)P[1058];
    real *restrict g_g_W4_Rest_2 = (real *)slot[183];
    const real p_tau_decay_W4_Rest = (real)P[554];
    const real p_tau_rise_W4_Rest = (real)P[555];
    const real p_alpha_W4_Rest = (real)P[556];
    const real inv_0 = soma_exp((-(p_alpha_W4_Rest * p_tau_rise_W4_Rest)));
    real *restrict z_s = (real *)slot[833];
    double *restrict last_pre = (double *)slot[834];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[529], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[835];
    i64 *ring_count = (i64 *)slot[836];
    const i64 width = (i64)P[495], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W4_Rest));
        const real b_s = (-(1.0 / p_tau_decay_W4_Rest));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W4_Rest_2[j] = (g_g_W4_Rest_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c107(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1057];
    ((i64 *)slot[836])[s % R] = 0;
}

static void enqueue_c107(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[735];
    const i64 nfired = *(const i64 *)slot[736];
    const i64 R = (i64)P[1057];
    const i64 width = (i64)P[495], slot_now = (s + R) % R;
    int *ring = (int *)slot[835] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[836])[slot_now] = nfired;
}

static void deliver_c108(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1059];
    const unsigned *restrict rows = (const unsigned *)slot[837];
    const unsigned short *restrict columns = (const unsigned short *)slot[838];
    const real weight = (real)P[1060];
    real *restrict g_g_W4_Inh = (real *)slot[150];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[423], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[839];
    i64 *ring_count = (i64 *)slot[840];
    const i64 width = (i64)P[529], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W4_Inh[j] = (g_g_W4_Inh[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c108(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1059];
    ((i64 *)slot[840])[s % R] = 0;
}

static void enqueue_c108(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[841];
    const i64 nfired = *(const i64 *)slot[842];
    const i64 R = (i64)P[1059];
    const i64 width = (i64)P[529], slot_now = (s + R) % R;
    int *ring = (int *)slot[839] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[840])[slot_now] = nfired;
}

static void deliver_c109(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1061];
    const unsigned *restrict rows = (const unsigned *)slot[843];
    const unsigned short *restrict columns = (const unsigned short *)slot[844];
    const real weight = (real)P[1062];
    real *restrict g_g_W4_Inh = (real *)slot[162];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[459], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[845];
    i64 *ring_count = (i64 *)slot[846];
    const i64 width = (i64)P[529], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W4_Inh[j] = (g_g_W4_Inh[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c109(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1061];
    ((i64 *)slot[846])[s % R] = 0;
}

static void enqueue_c109(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[841];
    const i64 nfired = *(const i64 *)slot[842];
    const i64 R = (i64)P[1061];
    const i64 width = (i64)P[529], slot_now = (s + R) % R;
    int *ring = (int *)slot[845] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[846])[slot_now] = nfired;
}

static void deliver_c110(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1063];
    const unsigned *restrict rows = (const unsigned *)slot[847];
    const unsigned short *restrict columns = (const unsigned short *)slot[848];
    const real weight = (real)P[1064];
    real *restrict g_g_W4_Inh = (real *)slot[173];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[495], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[849];
    i64 *ring_count = (i64 *)slot[850];
    const i64 width = (i64)P[529], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W4_Inh[j] = (g_g_W4_Inh[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c110(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1063];
    ((i64 *)slot[850])[s % R] = 0;
}

static void enqueue_c110(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[841];
    const i64 nfired = *(const i64 *)slot[842];
    const i64 R = (i64)P[1063];
    const i64 width = (i64)P[529], slot_now = (s + R) % R;
    int *ring = (int *)slot[849] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[850])[slot_now] = nfired;
}

static void deliver_c111(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1065];
    const unsigned *restrict rows = (const unsigned *)slot[851];
    const unsigned short *restrict columns = (const unsigned short *)slot[852];
    const real weight = (real)P[1066];
    real *restrict g_g_W4_Inh = (real *)slot[184];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[529], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[853];
    i64 *ring_count = (i64 *)slot[854];
    const i64 width = (i64)P[529], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W4_Inh[j] = (g_g_W4_Inh[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c111(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1065];
    ((i64 *)slot[854])[s % R] = 0;
}

static void enqueue_c111(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[841];
    const i64 nfired = *(const i64 *)slot[842];
    const i64 R = (i64)P[1065];
    const i64 width = (i64)P[529], slot_now = (s + R) % R;
    int *ring = (int *)slot[853] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[854])[slot_now] = nfired;
}

static void deliver_c112(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1067];
    const unsigned *restrict rows = (const unsigned *)slot[855];
    const unsigned short *restrict columns = (const unsigned short *)slot[856];
    const real weight = (real)P[1068];
    real *restrict g_g_W5_A = (real *)slot[190];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[563], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[857];
    i64 *ring_count = (i64 *)slot[858];
    const i64 width = (i64)P[563], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W5_A[j] = (g_g_W5_A[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c112(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1067];
    ((i64 *)slot[858])[s % R] = 0;
}

static void enqueue_c112(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[859];
    const i64 nfired = *(const i64 *)slot[860];
    const i64 R = (i64)P[1067];
    const i64 width = (i64)P[563], slot_now = (s + R) % R;
    int *ring = (int *)slot[857] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[858])[slot_now] = nfired;
}

static void deliver_c113(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1069];
    const unsigned *restrict rows = (const unsigned *)slot[861];
    const unsigned short *restrict columns = (const unsigned short *)slot[862];
    const real weight = (real)P[1070];
    real *restrict g_g_W5_A = (real *)slot[202];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[599], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[863];
    i64 *ring_count = (i64 *)slot[864];
    const i64 width = (i64)P[563], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W5_A[j] = (g_g_W5_A[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c113(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1069];
    ((i64 *)slot[864])[s % R] = 0;
}

static void enqueue_c113(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[859];
    const i64 nfired = *(const i64 *)slot[860];
    const i64 R = (i64)P[1069];
    const i64 width = (i64)P[563], slot_now = (s + R) % R;
    int *ring = (int *)slot[863] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[864])[slot_now] = nfired;
}

static void deliver_c114(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1071];
    const unsigned *restrict rows = (const unsigned *)slot[865];
    const unsigned short *restrict columns = (const unsigned short *)slot[866];
    const real weight = (real)P[1072];
    real *restrict g_g_W5_B = (real *)slot[203];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[599], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[867];
    i64 *ring_count = (i64 *)slot[868];
    const i64 width = (i64)P[599], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W5_B[j] = (g_g_W5_B[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c114(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1071];
    ((i64 *)slot[868])[s % R] = 0;
}

static void enqueue_c114(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[869];
    const i64 nfired = *(const i64 *)slot[870];
    const i64 R = (i64)P[1071];
    const i64 width = (i64)P[599], slot_now = (s + R) % R;
    int *ring = (int *)slot[867] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[868])[slot_now] = nfired;
}

static void deliver_c115(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1073];
    const unsigned *restrict rows = (const unsigned *)slot[871];
    const unsigned short *restrict columns = (const unsigned short *)slot[872];
    const real weight = (real)P[1074];
    real *restrict g_g_W5_B = (real *)slot[191];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[563], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[873];
    i64 *ring_count = (i64 *)slot[874];
    const i64 width = (i64)P[599], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W5_B[j] = (g_g_W5_B[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c115(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1073];
    ((i64 *)slot[874])[s % R] = 0;
}

static void enqueue_c115(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[869];
    const i64 nfired = *(const i64 *)slot[870];
    const i64 R = (i64)P[1073];
    const i64 width = (i64)P[599], slot_now = (s + R) % R;
    int *ring = (int *)slot[873] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[874])[slot_now] = nfired;
}

static void deliver_c116(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1075];
    const unsigned *restrict rows = (const unsigned *)slot[875];
    const unsigned short *restrict columns = (const unsigned short *)slot[876];
    const real weight = (real)P[1076];
    real *restrict g_g_W5_Rest = (real *)slot[192];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[563], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[877];
    i64 *ring_count = (i64 *)slot[878];
    const i64 width = (i64)P[635], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W5_Rest[j] = (g_g_W5_Rest[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c116(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1075];
    ((i64 *)slot[878])[s % R] = 0;
}

static void enqueue_c116(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[879];
    const i64 nfired = *(const i64 *)slot[880];
    const i64 R = (i64)P[1075];
    const i64 width = (i64)P[635], slot_now = (s + R) % R;
    int *ring = (int *)slot[877] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[878])[slot_now] = nfired;
}

static void deliver_c117(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1077];
    const unsigned *restrict rows = (const unsigned *)slot[881];
    const unsigned short *restrict columns = (const unsigned short *)slot[882];
    const real weight = (real)P[1078];
    real *restrict g_g_W5_Rest = (real *)slot[204];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[599], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[883];
    i64 *ring_count = (i64 *)slot[884];
    const i64 width = (i64)P[635], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W5_Rest[j] = (g_g_W5_Rest[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c117(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1077];
    ((i64 *)slot[884])[s % R] = 0;
}

static void enqueue_c117(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[879];
    const i64 nfired = *(const i64 *)slot[880];
    const i64 R = (i64)P[1077];
    const i64 width = (i64)P[635], slot_now = (s + R) % R;
    int *ring = (int *)slot[883] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[884])[slot_now] = nfired;
}

static void deliver_c118(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1079];
    const unsigned *restrict rows = (const unsigned *)slot[885];
    const unsigned short *restrict columns = (const unsigned short *)slot[886];
    const real weight = (real)P[1080];
    real *restrict g_g_W5_A = (real *)slot[213];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[635], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[887];
    i64 *ring_count = (i64 *)slot[888];
    const i64 width = (i64)P[563], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W5_A[j] = (g_g_W5_A[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c118(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1079];
    ((i64 *)slot[888])[s % R] = 0;
}

static void enqueue_c118(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[859];
    const i64 nfired = *(const i64 *)slot[860];
    const i64 R = (i64)P[1079];
    const i64 width = (i64)P[563], slot_now = (s + R) % R;
    int *ring = (int *)slot[887] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[888])[slot_now] = nfired;
}

static void deliver_c119(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1081];
    const unsigned *restrict rows = (const unsigned *)slot[889];
    const unsigned short *restrict columns = (const unsigned short *)slot[890];
    const real weight = (real)P[1082];
    real *restrict g_g_W5_B = (real *)slot[214];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[635], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[891];
    i64 *ring_count = (i64 *)slot[892];
    const i64 width = (i64)P[599], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W5_B[j] = (g_g_W5_B[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c119(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1081];
    ((i64 *)slot[892])[s % R] = 0;
}

static void enqueue_c119(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[869];
    const i64 nfired = *(const i64 *)slot[870];
    const i64 R = (i64)P[1081];
    const i64 width = (i64)P[599], slot_now = (s + R) % R;
    int *ring = (int *)slot[891] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[892])[slot_now] = nfired;
}

static void deliver_c120(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1083];
    const unsigned *restrict rows = (const unsigned *)slot[893];
    const unsigned short *restrict columns = (const unsigned short *)slot[894];
    const real weight = (real)P[1084];
    real *restrict g_g_W5_Rest = (real *)slot[215];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[635], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[895];
    i64 *ring_count = (i64 *)slot[896];
    const i64 width = (i64)P[635], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W5_Rest[j] = (g_g_W5_Rest[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c120(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1083];
    ((i64 *)slot[896])[s % R] = 0;
}

static void enqueue_c120(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[879];
    const i64 nfired = *(const i64 *)slot[880];
    const i64 R = (i64)P[1083];
    const i64 width = (i64)P[635], slot_now = (s + R) % R;
    int *ring = (int *)slot[895] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[896])[slot_now] = nfired;
}

static void deliver_c121(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1085];
    const unsigned *restrict rows = (const unsigned *)slot[897];
    const unsigned short *restrict columns = (const unsigned short *)slot[898];
    const real weight = (real)P[1086];
    real *restrict g_g_W5_A = (real *)slot[224];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[669], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[899];
    i64 *ring_count = (i64 *)slot[900];
    const i64 width = (i64)P[563], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W5_A[j] = (g_g_W5_A[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c121(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1085];
    ((i64 *)slot[900])[s % R] = 0;
}

static void enqueue_c121(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[859];
    const i64 nfired = *(const i64 *)slot[860];
    const i64 R = (i64)P[1085];
    const i64 width = (i64)P[563], slot_now = (s + R) % R;
    int *ring = (int *)slot[899] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[900])[slot_now] = nfired;
}

static void deliver_c122(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1087];
    const unsigned *restrict rows = (const unsigned *)slot[901];
    const unsigned short *restrict columns = (const unsigned short *)slot[902];
    const real weight = (real)P[1088];
    real *restrict g_g_W5_B = (real *)slot[225];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[669], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[903];
    i64 *ring_count = (i64 *)slot[904];
    const i64 width = (i64)P[599], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W5_B[j] = (g_g_W5_B[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c122(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1087];
    ((i64 *)slot[904])[s % R] = 0;
}

static void enqueue_c122(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[869];
    const i64 nfired = *(const i64 *)slot[870];
    const i64 R = (i64)P[1087];
    const i64 width = (i64)P[599], slot_now = (s + R) % R;
    int *ring = (int *)slot[903] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[904])[slot_now] = nfired;
}

static void deliver_c123(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1089];
    const unsigned *restrict rows = (const unsigned *)slot[905];
    const unsigned short *restrict columns = (const unsigned short *)slot[906];
    const real weight = (real)P[1090];
    real *restrict g_g_W5_Rest = (real *)slot[226];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[669], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[907];
    i64 *ring_count = (i64 *)slot[908];
    const i64 width = (i64)P[635], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W5_Rest[j] = (g_g_W5_Rest[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c123(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1089];
    ((i64 *)slot[908])[s % R] = 0;
}

static void enqueue_c123(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[879];
    const i64 nfired = *(const i64 *)slot[880];
    const i64 R = (i64)P[1089];
    const i64 width = (i64)P[635], slot_now = (s + R) % R;
    int *ring = (int *)slot[907] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[908])[slot_now] = nfired;
}

static void deliver_c124(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1091];
    const unsigned *restrict rows = (const unsigned *)slot[909];
    const unsigned short *restrict columns = (const unsigned short *)slot[910];
    const real weight = (real)P[1092];
    real *restrict g_g_W5_A_2 = (real *)slot[193];
    const real p_tau_decay_W5_A = (real)P[580];
    const real p_tau_rise_W5_A = (real)P[581];
    const real p_alpha_W5_A = (real)P[582];
    const real inv_0 = soma_exp((-(p_alpha_W5_A * p_tau_rise_W5_A)));
    real *restrict z_s = (real *)slot[911];
    double *restrict last_pre = (double *)slot[912];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[563], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[913];
    i64 *ring_count = (i64 *)slot[914];
    const i64 width = (i64)P[563], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W5_A));
        const real b_s = (-(1.0 / p_tau_decay_W5_A));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W5_A_2[j] = (g_g_W5_A_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c124(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1091];
    ((i64 *)slot[914])[s % R] = 0;
}

static void enqueue_c124(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[859];
    const i64 nfired = *(const i64 *)slot[860];
    const i64 R = (i64)P[1091];
    const i64 width = (i64)P[563], slot_now = (s + R) % R;
    int *ring = (int *)slot[913] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[914])[slot_now] = nfired;
}

static void deliver_c125(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1093];
    const unsigned *restrict rows = (const unsigned *)slot[915];
    const unsigned short *restrict columns = (const unsigned short *)slot[916];
    const real weight = (real)P[1094];
    real *restrict g_g_W5_A_2 = (real *)slot[205];
    const real p_tau_decay_W5_A = (real)P[616];
    const real p_tau_rise_W5_A = (real)P[617];
    const real p_alpha_W5_A = (real)P[618];
    const real inv_0 = soma_exp((-(p_alpha_W5_A * p_tau_rise_W5_A)));
    real *restrict z_s = (real *)slot[917];
    double *restrict last_pre = (double *)slot[918];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[599], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[919];
    i64 *ring_count = (i64 *)slot[920];
    const i64 width = (i64)P[563], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W5_A));
        const real b_s = (-(1.0 / p_tau_decay_W5_A));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W5_A_2[j] = (g_g_W5_A_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c125(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1093];
    ((i64 *)slot[920])[s % R] = 0;
}

static void enqueue_c125(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[859];
    const i64 nfired = *(const i64 *)slot[860];
    const i64 R = (i64)P[1093];
    const i64 width = (i64)P[563], slot_now = (s + R) % R;
    int *ring = (int *)slot[919] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[920])[slot_now] = nfired;
}

static void deliver_c126(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1095];
    const unsigned *restrict rows = (const unsigned *)slot[921];
    const unsigned short *restrict columns = (const unsigned short *)slot[922];
    const real weight = (real)P[1096];
    real *restrict g_g_W5_B_2 = (real *)slot[206];
    const real p_tau_decay_W5_B = (real)P[621];
    const real p_tau_rise_W5_B = (real)P[622];
    const real p_alpha_W5_B = (real)P[623];
    const real inv_0 = soma_exp((-(p_alpha_W5_B * p_tau_rise_W5_B)));
    real *restrict z_s = (real *)slot[923];
    double *restrict last_pre = (double *)slot[924];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[599], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[925];
    i64 *ring_count = (i64 *)slot[926];
    const i64 width = (i64)P[599], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W5_B));
        const real b_s = (-(1.0 / p_tau_decay_W5_B));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W5_B_2[j] = (g_g_W5_B_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c126(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1095];
    ((i64 *)slot[926])[s % R] = 0;
}

static void enqueue_c126(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[869];
    const i64 nfired = *(const i64 *)slot[870];
    const i64 R = (i64)P[1095];
    const i64 width = (i64)P[599], slot_now = (s + R) % R;
    int *ring = (int *)slot[925] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[926])[slot_now] = nfired;
}

static void deliver_c127(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1097];
    const unsigned *restrict rows = (const unsigned *)slot[927];
    const unsigned short *restrict columns = (const unsigned short *)slot[928];
    const real weight = (real)P[1098];
    real *restrict g_g_W5_B_2 = (real *)slot[194];
    const real p_tau_decay_W5_B = (real)P[585];
    const real p_tau_rise_W5_B = (real)P[586];
    const real p_alpha_W5_B = (real)P[587];
    const real inv_0 = soma_exp((-(p_alpha_W5_B * p_tau_rise_W5_B)));
    real *restrict z_s = (real *)slot[929];
    double *restrict last_pre = (double *)slot[930];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[563], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[931];
    i64 *ring_count = (i64 *)slot[932];
    const i64 width = (i64)P[599], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W5_B));
        const real b_s = (-(1.0 / p_tau_decay_W5_B));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W5_B_2[j] = (g_g_W5_B_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c127(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1097];
    ((i64 *)slot[932])[s % R] = 0;
}

static void enqueue_c127(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[869];
    const i64 nfired = *(const i64 *)slot[870];
    const i64 R = (i64)P[1097];
    const i64 width = (i64)P[599], slot_now = (s + R) % R;
    int *ring = (int *)slot[931] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[932])[slot_now] = nfired;
}

static void deliver_c128(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1099];
    const unsigned *restrict rows = (const unsigned *)slot[933];
    const unsigned short *restrict columns = (const unsigned short *)slot[934];
    const real weight = (real)P[1100];
    real *restrict g_g_W5_Rest_2 = (real *)slot[195];
    const real p_tau_decay_W5_Rest = (real)P[590];
    const real p_tau_rise_W5_Rest = (real)P[591];
    const real p_alpha_W5_Rest = (real)P[592];
    const real inv_0 = soma_exp((-(p_alpha_W5_Rest * p_tau_rise_W5_Rest)));
    real *restrict z_s = (real *)slot[935];
    double *restrict last_pre = (double *)slot[936];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[563], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[937];
    i64 *ring_count = (i64 *)slot[938];
    const i64 width = (i64)P[635], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W5_Rest));
        const real b_s = (-(1.0 / p_tau_decay_W5_Rest));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W5_Rest_2[j] = (g_g_W5_Rest_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c128(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1099];
    ((i64 *)slot[938])[s % R] = 0;
}

static void enqueue_c128(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[879];
    const i64 nfired = *(const i64 *)slot[880];
    const i64 R = (i64)P[1099];
    const i64 width = (i64)P[635], slot_now = (s + R) % R;
    int *ring = (int *)slot[937] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[938])[slot_now] = nfired;
}

static void deliver_c129(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1101];
    const unsigned *restrict rows = (const unsigned *)slot[939];
    const unsigned short *restrict columns = (const unsigned short *)slot[940];
    const real weight = (real)P[1102];
    real *restrict g_g_W5_Rest_2 = (real *)slot[207];
    const real p_tau_decay_W5_Rest = (real)P[626];
    const real p_tau_rise_W5_Rest = (real)P[627];
    const real p_alpha_W5_Rest = (real)P[628];
    const real inv_0 = soma_exp((-(p_alpha_W5_Rest * p_tau_rise_W5_Rest)));
    real *restrict z_s = (real *)slot[941];
    double *restrict last_pre = (double *)slot[942];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[599], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[943];
    i64 *ring_count = (i64 *)slot[944];
    const i64 width = (i64)P[635], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W5_Rest));
        const real b_s = (-(1.0 / p_tau_decay_W5_Rest));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W5_Rest_2[j] = (g_g_W5_Rest_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c129(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1101];
    ((i64 *)slot[944])[s % R] = 0;
}

static void enqueue_c129(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[879];
    const i64 nfired = *(const i64 *)slot[880];
    const i64 R = (i64)P[1101];
    const i64 width = (i64)P[635], slot_now = (s + R) % R;
    int *ring = (int *)slot[943] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[944])[slot_now] = nfired;
}

static void deliver_c130(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1103];
    const unsigned *restrict rows = (const unsigned *)slot[945];
    const unsigned short *restrict columns = (const unsigned short *)slot[946];
    const real weight = (real)P[1104];
    real *restrict g_g_W5_A_2 = (real *)slot[216];
    const real p_tau_decay_W5_A = (real)P[650];
    const real p_tau_rise_W5_A = (real)P[651];
    const real p_alpha_W5_A = (real)P[652];
    const real inv_0 = soma_exp((-(p_alpha_W5_A * p_tau_rise_W5_A)));
    real *restrict z_s = (real *)slot[947];
    double *restrict last_pre = (double *)slot[948];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[635], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[949];
    i64 *ring_count = (i64 *)slot[950];
    const i64 width = (i64)P[563], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W5_A));
        const real b_s = (-(1.0 / p_tau_decay_W5_A));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W5_A_2[j] = (g_g_W5_A_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c130(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1103];
    ((i64 *)slot[950])[s % R] = 0;
}

static void enqueue_c130(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[859];
    const i64 nfired = *(const i64 *)slot[860];
    const i64 R = (i64)P[1103];
    const i64 width = (i64)P[563], slot_now = (s + R) % R;
    int *ring = (int *)slot[949] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[950])[slot_now] = nfired;
}

static void deliver_c131(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1105];
    const unsigned *restrict rows = (const unsigned *)slot[951];
    const unsigned short *restrict columns = (const unsigned short *)slot[952];
    const real weight = (real)P[1106];
    real *restrict g_g_W5_B_2 = (real *)slot[217];
    const real p_tau_decay_W5_B = (real)P[655];
    const real p_tau_rise_W5_B = (real)P[656];
    const real p_alpha_W5_B = (real)P[657];
    const real inv_0 = soma_exp((-(p_alpha_W5_B * p_tau_rise_W5_B)));
    real *restrict z_s = (real *)slot[953];
    double *restrict last_pre = (double *)slot[954];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[635], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[955];
    i64 *ring_count = (i64 *)slot[956];
    const i64 width = (i64)P[599], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W5_B));
        const real b_s = (-(1.0 / p_tau_decay_W5_B));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W5_B_2[j] = (g_g_W5_B_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c131(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1105];
    ((i64 *)slot[956])[s % R] = 0;
}

static void enqueue_c131(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[869];
    const i64 nfired = *(const i64 *)slot[870];
    const i64 R = (i64)P[1105];
    const i64 width = (i64)P[599], slot_now = (s + R) % R;
    int *ring = (int *)slot[955] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[956])[slot_now] = nfired;
}

static void deliver_c132(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1107];
    const unsigned *restrict rows = (const unsigned *)slot[957];
    const unsigned short *restrict columns = (const unsigned short *)slot[958];
    const real weight = (real)P[1108];
    real *restrict g_g_W5_Rest_2 = (real *)slot[218];
    const real p_tau_decay_W5_Rest = (real)P[660];
    const real p_tau_rise_W5_Rest = (real)P[661];
    const real p_alpha_W5_Rest = (real)P[662];
    const real inv_0 = soma_exp((-(p_alpha_W5_Rest * p_tau_rise_W5_Rest)));
    real *restrict z_s = (real *)slot[959];
    double *restrict last_pre = (double *)slot[960];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[635], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[961];
    i64 *ring_count = (i64 *)slot[962];
    const i64 width = (i64)P[635], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W5_Rest));
        const real b_s = (-(1.0 / p_tau_decay_W5_Rest));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W5_Rest_2[j] = (g_g_W5_Rest_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c132(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1107];
    ((i64 *)slot[962])[s % R] = 0;
}

static void enqueue_c132(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[879];
    const i64 nfired = *(const i64 *)slot[880];
    const i64 R = (i64)P[1107];
    const i64 width = (i64)P[635], slot_now = (s + R) % R;
    int *ring = (int *)slot[961] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[962])[slot_now] = nfired;
}

static void deliver_c133(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1109];
    const unsigned *restrict rows = (const unsigned *)slot[963];
    const unsigned short *restrict columns = (const unsigned short *)slot[964];
    const real weight = (real)P[1110];
    real *restrict g_g_W5_A_2 = (real *)slot[227];
    const real p_tau_decay_W5_A = (real)P[684];
    const real p_tau_rise_W5_A = (real)P[685];
    const real p_alpha_W5_A = (real)P[686];
    const real inv_0 = soma_exp((-(p_alpha_W5_A * p_tau_rise_W5_A)));
    real *restrict z_s = (real *)slot[965];
    double *restrict last_pre = (double *)slot[966];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[669], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[967];
    i64 *ring_count = (i64 *)slot[968];
    const i64 width = (i64)P[563], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W5_A));
        const real b_s = (-(1.0 / p_tau_decay_W5_A));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W5_A_2[j] = (g_g_W5_A_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c133(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1109];
    ((i64 *)slot[968])[s % R] = 0;
}

static void enqueue_c133(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[859];
    const i64 nfired = *(const i64 *)slot[860];
    const i64 R = (i64)P[1109];
    const i64 width = (i64)P[563], slot_now = (s + R) % R;
    int *ring = (int *)slot[967] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[968])[slot_now] = nfired;
}

static void deliver_c134(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1111];
    const unsigned *restrict rows = (const unsigned *)slot[969];
    const unsigned short *restrict columns = (const unsigned short *)slot[970];
    const real weight = (real)P[1112];
    real *restrict g_g_W5_B_2 = (real *)slot[228];
    const real p_tau_decay_W5_B = (real)P[689];
    const real p_tau_rise_W5_B = (real)P[690];
    const real p_alpha_W5_B = (real)P[691];
    const real inv_0 = soma_exp((-(p_alpha_W5_B * p_tau_rise_W5_B)));
    real *restrict z_s = (real *)slot[971];
    double *restrict last_pre = (double *)slot[972];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[669], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[973];
    i64 *ring_count = (i64 *)slot[974];
    const i64 width = (i64)P[599], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W5_B));
        const real b_s = (-(1.0 / p_tau_decay_W5_B));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W5_B_2[j] = (g_g_W5_B_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c134(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1111];
    ((i64 *)slot[974])[s % R] = 0;
}

static void enqueue_c134(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[869];
    const i64 nfired = *(const i64 *)slot[870];
    const i64 R = (i64)P[1111];
    const i64 width = (i64)P[599], slot_now = (s + R) % R;
    int *ring = (int *)slot[973] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[974])[slot_now] = nfired;
}

static void deliver_c135(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1113];
    const unsigned *restrict rows = (const unsigned *)slot[975];
    const unsigned short *restrict columns = (const unsigned short *)slot[976];
    const real weight = (real)P[1114];
    real *restrict g_g_W5_Rest_2 = (real *)slot[229];
    const real p_tau_decay_W5_Rest = (real)P[694];
    const real p_tau_rise_W5_Rest = (real)P[695];
    const real p_alpha_W5_Rest = (real)P[696];
    const real inv_0 = soma_exp((-(p_alpha_W5_Rest * p_tau_rise_W5_Rest)));
    real *restrict z_s = (real *)slot[977];
    double *restrict last_pre = (double *)slot[978];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[669], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[979];
    i64 *ring_count = (i64 *)slot[980];
    const i64 width = (i64)P[635], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W5_Rest));
        const real b_s = (-(1.0 / p_tau_decay_W5_Rest));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W5_Rest_2[j] = (g_g_W5_Rest_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c135(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1113];
    ((i64 *)slot[980])[s % R] = 0;
}

static void enqueue_c135(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[879];
    const i64 nfired = *(const i64 *)slot[880];
    const i64 R = (i64)P[1113];
    const i64 width = (i64)P[635], slot_now = (s + R) % R;
    int *ring = (int *)slot[979] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[980])[slot_now] = nfired;
}

static void deliver_c136(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1115];
    const unsigned *restrict rows = (const unsigned *)slot[981];
    const unsigned short *restrict columns = (const unsigned short *)slot[982];
    const real weight = (real)P[1116];
    real *restrict g_g_W5_Inh = (real *)slot[196];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[563], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[983];
    i64 *ring_count = (i64 *)slot[984];
    const i64 width = (i64)P[669], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W5_Inh[j] = (g_g_W5_Inh[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c136(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1115];
    ((i64 *)slot[984])[s % R] = 0;
}

static void enqueue_c136(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[985];
    const i64 nfired = *(const i64 *)slot[986];
    const i64 R = (i64)P[1115];
    const i64 width = (i64)P[669], slot_now = (s + R) % R;
    int *ring = (int *)slot[983] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[984])[slot_now] = nfired;
}

static void deliver_c137(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1117];
    const unsigned *restrict rows = (const unsigned *)slot[987];
    const unsigned short *restrict columns = (const unsigned short *)slot[988];
    const real weight = (real)P[1118];
    real *restrict g_g_W5_Inh = (real *)slot[208];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[599], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[989];
    i64 *ring_count = (i64 *)slot[990];
    const i64 width = (i64)P[669], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W5_Inh[j] = (g_g_W5_Inh[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c137(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1117];
    ((i64 *)slot[990])[s % R] = 0;
}

static void enqueue_c137(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[985];
    const i64 nfired = *(const i64 *)slot[986];
    const i64 R = (i64)P[1117];
    const i64 width = (i64)P[669], slot_now = (s + R) % R;
    int *ring = (int *)slot[989] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[990])[slot_now] = nfired;
}

static void deliver_c138(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1119];
    const unsigned *restrict rows = (const unsigned *)slot[991];
    const unsigned short *restrict columns = (const unsigned short *)slot[992];
    const real weight = (real)P[1120];
    real *restrict g_g_W5_Inh = (real *)slot[219];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[635], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[993];
    i64 *ring_count = (i64 *)slot[994];
    const i64 width = (i64)P[669], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W5_Inh[j] = (g_g_W5_Inh[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c138(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1119];
    ((i64 *)slot[994])[s % R] = 0;
}

static void enqueue_c138(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[985];
    const i64 nfired = *(const i64 *)slot[986];
    const i64 R = (i64)P[1119];
    const i64 width = (i64)P[669], slot_now = (s + R) % R;
    int *ring = (int *)slot[993] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[994])[slot_now] = nfired;
}

static void deliver_c139(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1121];
    const unsigned *restrict rows = (const unsigned *)slot[995];
    const unsigned short *restrict columns = (const unsigned short *)slot[996];
    const real weight = (real)P[1122];
    real *restrict g_g_W5_Inh = (real *)slot[230];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[669], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[997];
    i64 *ring_count = (i64 *)slot[998];
    const i64 width = (i64)P[669], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W5_Inh[j] = (g_g_W5_Inh[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c139(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1121];
    ((i64 *)slot[998])[s % R] = 0;
}

static void enqueue_c139(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[985];
    const i64 nfired = *(const i64 *)slot[986];
    const i64 R = (i64)P[1121];
    const i64 width = (i64)P[669], slot_now = (s + R) % R;
    int *ring = (int *)slot[997] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[998])[slot_now] = nfired;
}

static void deliver_c140(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1123];
    const unsigned *restrict rows = (const unsigned *)slot[999];
    const unsigned short *restrict columns = (const unsigned short *)slot[1000];
    const real weight = (real)P[1124];
    real *restrict g_g_W6_A = (real *)slot[236];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[703], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[1001];
    i64 *ring_count = (i64 *)slot[1002];
    const i64 width = (i64)P[703], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W6_A[j] = (g_g_W6_A[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c140(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1123];
    ((i64 *)slot[1002])[s % R] = 0;
}

static void enqueue_c140(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[1003];
    const i64 nfired = *(const i64 *)slot[1004];
    const i64 R = (i64)P[1123];
    const i64 width = (i64)P[703], slot_now = (s + R) % R;
    int *ring = (int *)slot[1001] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[1002])[slot_now] = nfired;
}

static void deliver_c141(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1125];
    const unsigned *restrict rows = (const unsigned *)slot[1005];
    const unsigned short *restrict columns = (const unsigned short *)slot[1006];
    const real weight = (real)P[1126];
    real *restrict g_g_W6_A = (real *)slot[248];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[739], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[1007];
    i64 *ring_count = (i64 *)slot[1008];
    const i64 width = (i64)P[703], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W6_A[j] = (g_g_W6_A[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c141(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1125];
    ((i64 *)slot[1008])[s % R] = 0;
}

static void enqueue_c141(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[1003];
    const i64 nfired = *(const i64 *)slot[1004];
    const i64 R = (i64)P[1125];
    const i64 width = (i64)P[703], slot_now = (s + R) % R;
    int *ring = (int *)slot[1007] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[1008])[slot_now] = nfired;
}

static void deliver_c142(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1127];
    const unsigned *restrict rows = (const unsigned *)slot[1009];
    const unsigned short *restrict columns = (const unsigned short *)slot[1010];
    const real weight = (real)P[1128];
    real *restrict g_g_W6_B = (real *)slot[249];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[739], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[1011];
    i64 *ring_count = (i64 *)slot[1012];
    const i64 width = (i64)P[739], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W6_B[j] = (g_g_W6_B[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c142(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1127];
    ((i64 *)slot[1012])[s % R] = 0;
}

static void enqueue_c142(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[1013];
    const i64 nfired = *(const i64 *)slot[1014];
    const i64 R = (i64)P[1127];
    const i64 width = (i64)P[739], slot_now = (s + R) % R;
    int *ring = (int *)slot[1011] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[1012])[slot_now] = nfired;
}

static void deliver_c143(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1129];
    const unsigned *restrict rows = (const unsigned *)slot[1015];
    const unsigned short *restrict columns = (const unsigned short *)slot[1016];
    const real weight = (real)P[1130];
    real *restrict g_g_W6_B = (real *)slot[237];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[703], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[1017];
    i64 *ring_count = (i64 *)slot[1018];
    const i64 width = (i64)P[739], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W6_B[j] = (g_g_W6_B[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c143(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1129];
    ((i64 *)slot[1018])[s % R] = 0;
}

static void enqueue_c143(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[1013];
    const i64 nfired = *(const i64 *)slot[1014];
    const i64 R = (i64)P[1129];
    const i64 width = (i64)P[739], slot_now = (s + R) % R;
    int *ring = (int *)slot[1017] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[1018])[slot_now] = nfired;
}

static void deliver_c144(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1131];
    const unsigned *restrict rows = (const unsigned *)slot[1019];
    const unsigned short *restrict columns = (const unsigned short *)slot[1020];
    const real weight = (real)P[1132];
    real *restrict g_g_W6_Rest = (real *)slot[238];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[703], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[1021];
    i64 *ring_count = (i64 *)slot[1022];
    const i64 width = (i64)P[775], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W6_Rest[j] = (g_g_W6_Rest[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c144(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1131];
    ((i64 *)slot[1022])[s % R] = 0;
}

static void enqueue_c144(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[1023];
    const i64 nfired = *(const i64 *)slot[1024];
    const i64 R = (i64)P[1131];
    const i64 width = (i64)P[775], slot_now = (s + R) % R;
    int *ring = (int *)slot[1021] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[1022])[slot_now] = nfired;
}

static void deliver_c145(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1133];
    const unsigned *restrict rows = (const unsigned *)slot[1025];
    const unsigned short *restrict columns = (const unsigned short *)slot[1026];
    const real weight = (real)P[1134];
    real *restrict g_g_W6_Rest = (real *)slot[250];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[739], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[1027];
    i64 *ring_count = (i64 *)slot[1028];
    const i64 width = (i64)P[775], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W6_Rest[j] = (g_g_W6_Rest[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c145(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1133];
    ((i64 *)slot[1028])[s % R] = 0;
}

static void enqueue_c145(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[1023];
    const i64 nfired = *(const i64 *)slot[1024];
    const i64 R = (i64)P[1133];
    const i64 width = (i64)P[775], slot_now = (s + R) % R;
    int *ring = (int *)slot[1027] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[1028])[slot_now] = nfired;
}

static void deliver_c146(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1135];
    const unsigned *restrict rows = (const unsigned *)slot[1029];
    const unsigned short *restrict columns = (const unsigned short *)slot[1030];
    const real weight = (real)P[1136];
    real *restrict g_g_W6_A = (real *)slot[259];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[775], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[1031];
    i64 *ring_count = (i64 *)slot[1032];
    const i64 width = (i64)P[703], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W6_A[j] = (g_g_W6_A[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c146(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1135];
    ((i64 *)slot[1032])[s % R] = 0;
}

static void enqueue_c146(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[1003];
    const i64 nfired = *(const i64 *)slot[1004];
    const i64 R = (i64)P[1135];
    const i64 width = (i64)P[703], slot_now = (s + R) % R;
    int *ring = (int *)slot[1031] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[1032])[slot_now] = nfired;
}

static void deliver_c147(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1137];
    const unsigned *restrict rows = (const unsigned *)slot[1033];
    const unsigned short *restrict columns = (const unsigned short *)slot[1034];
    const real weight = (real)P[1138];
    real *restrict g_g_W6_B = (real *)slot[260];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[775], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[1035];
    i64 *ring_count = (i64 *)slot[1036];
    const i64 width = (i64)P[739], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W6_B[j] = (g_g_W6_B[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c147(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1137];
    ((i64 *)slot[1036])[s % R] = 0;
}

static void enqueue_c147(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[1013];
    const i64 nfired = *(const i64 *)slot[1014];
    const i64 R = (i64)P[1137];
    const i64 width = (i64)P[739], slot_now = (s + R) % R;
    int *ring = (int *)slot[1035] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[1036])[slot_now] = nfired;
}

static void deliver_c148(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1139];
    const unsigned *restrict rows = (const unsigned *)slot[1037];
    const unsigned short *restrict columns = (const unsigned short *)slot[1038];
    const real weight = (real)P[1140];
    real *restrict g_g_W6_Rest = (real *)slot[261];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[775], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[1039];
    i64 *ring_count = (i64 *)slot[1040];
    const i64 width = (i64)P[775], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W6_Rest[j] = (g_g_W6_Rest[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c148(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1139];
    ((i64 *)slot[1040])[s % R] = 0;
}

static void enqueue_c148(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[1023];
    const i64 nfired = *(const i64 *)slot[1024];
    const i64 R = (i64)P[1139];
    const i64 width = (i64)P[775], slot_now = (s + R) % R;
    int *ring = (int *)slot[1039] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[1040])[slot_now] = nfired;
}

static void deliver_c149(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1141];
    const unsigned *restrict rows = (const unsigned *)slot[1041];
    const unsigned short *restrict columns = (const unsigned short *)slot[1042];
    const real weight = (real)P[1142];
    real *restrict g_g_W6_A = (real *)slot[270];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[809], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[1043];
    i64 *ring_count = (i64 *)slot[1044];
    const i64 width = (i64)P[703], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W6_A[j] = (g_g_W6_A[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c149(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1141];
    ((i64 *)slot[1044])[s % R] = 0;
}

static void enqueue_c149(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[1003];
    const i64 nfired = *(const i64 *)slot[1004];
    const i64 R = (i64)P[1141];
    const i64 width = (i64)P[703], slot_now = (s + R) % R;
    int *ring = (int *)slot[1043] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[1044])[slot_now] = nfired;
}

static void deliver_c150(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1143];
    const unsigned *restrict rows = (const unsigned *)slot[1045];
    const unsigned short *restrict columns = (const unsigned short *)slot[1046];
    const real weight = (real)P[1144];
    real *restrict g_g_W6_B = (real *)slot[271];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[809], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[1047];
    i64 *ring_count = (i64 *)slot[1048];
    const i64 width = (i64)P[739], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W6_B[j] = (g_g_W6_B[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c150(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1143];
    ((i64 *)slot[1048])[s % R] = 0;
}

static void enqueue_c150(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[1013];
    const i64 nfired = *(const i64 *)slot[1014];
    const i64 R = (i64)P[1143];
    const i64 width = (i64)P[739], slot_now = (s + R) % R;
    int *ring = (int *)slot[1047] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[1048])[slot_now] = nfired;
}

static void deliver_c151(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1145];
    const unsigned *restrict rows = (const unsigned *)slot[1049];
    const unsigned short *restrict columns = (const unsigned short *)slot[1050];
    const real weight = (real)P[1146];
    real *restrict g_g_W6_Rest = (real *)slot[272];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[809], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[1051];
    i64 *ring_count = (i64 *)slot[1052];
    const i64 width = (i64)P[775], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W6_Rest[j] = (g_g_W6_Rest[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c151(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1145];
    ((i64 *)slot[1052])[s % R] = 0;
}

static void enqueue_c151(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[1023];
    const i64 nfired = *(const i64 *)slot[1024];
    const i64 R = (i64)P[1145];
    const i64 width = (i64)P[775], slot_now = (s + R) % R;
    int *ring = (int *)slot[1051] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[1052])[slot_now] = nfired;
}

static void deliver_c152(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1147];
    const unsigned *restrict rows = (const unsigned *)slot[1053];
    const unsigned short *restrict columns = (const unsigned short *)slot[1054];
    const real weight = (real)P[1148];
    real *restrict g_g_W6_A_2 = (real *)slot[239];
    const real p_tau_decay_W6_A = (real)P[720];
    const real p_tau_rise_W6_A = (real)P[721];
    const real p_alpha_W6_A = (real)P[722];
    const real inv_0 = soma_exp((-(p_alpha_W6_A * p_tau_rise_W6_A)));
    real *restrict z_s = (real *)slot[1055];
    double *restrict last_pre = (double *)slot[1056];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[703], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[1057];
    i64 *ring_count = (i64 *)slot[1058];
    const i64 width = (i64)P[703], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W6_A));
        const real b_s = (-(1.0 / p_tau_decay_W6_A));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W6_A_2[j] = (g_g_W6_A_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c152(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1147];
    ((i64 *)slot[1058])[s % R] = 0;
}

static void enqueue_c152(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[1003];
    const i64 nfired = *(const i64 *)slot[1004];
    const i64 R = (i64)P[1147];
    const i64 width = (i64)P[703], slot_now = (s + R) % R;
    int *ring = (int *)slot[1057] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[1058])[slot_now] = nfired;
}

static void deliver_c153(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1149];
    const unsigned *restrict rows = (const unsigned *)slot[1059];
    const unsigned short *restrict columns = (const unsigned short *)slot[1060];
    const real weight = (real)P[1150];
    real *restrict g_g_W6_A_2 = (real *)slot[251];
    const real p_tau_decay_W6_A = (real)P[756];
    const real p_tau_rise_W6_A = (real)P[757];
    const real p_alpha_W6_A = (real)P[758];
    const real inv_0 = soma_exp((-(p_alpha_W6_A * p_tau_rise_W6_A)));
    real *restrict z_s = (real *)slot[1061];
    double *restrict last_pre = (double *)slot[1062];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[739], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[1063];
    i64 *ring_count = (i64 *)slot[1064];
    const i64 width = (i64)P[703], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W6_A));
        const real b_s = (-(1.0 / p_tau_decay_W6_A));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W6_A_2[j] = (g_g_W6_A_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c153(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1149];
    ((i64 *)slot[1064])[s % R] = 0;
}

static void enqueue_c153(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[1003];
    const i64 nfired = *(const i64 *)slot[1004];
    const i64 R = (i64)P[1149];
    const i64 width = (i64)P[703], slot_now = (s + R) % R;
    int *ring = (int *)slot[1063] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[1064])[slot_now] = nfired;
}

static void deliver_c154(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1151];
    const unsigned *restrict rows = (const unsigned *)slot[1065];
    const unsigned short *restrict columns = (const unsigned short *)slot[1066];
    const real weight = (real)P[1152];
    real *restrict g_g_W6_B_2 = (real *)slot[252];
    const real p_tau_decay_W6_B = (real)P[761];
    const real p_tau_rise_W6_B = (real)P[762];
    const real p_alpha_W6_B = (real)P[763];
    const real inv_0 = soma_exp((-(p_alpha_W6_B * p_tau_rise_W6_B)));
    real *restrict z_s = (real *)slot[1067];
    double *restrict last_pre = (double *)slot[1068];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[739], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[1069];
    i64 *ring_count = (i64 *)slot[1070];
    const i64 width = (i64)P[739], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W6_B));
        const real b_s = (-(1.0 / p_tau_decay_W6_B));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W6_B_2[j] = (g_g_W6_B_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c154(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1151];
    ((i64 *)slot[1070])[s % R] = 0;
}

static void enqueue_c154(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[1013];
    const i64 nfired = *(const i64 *)slot[1014];
    const i64 R = (i64)P[1151];
    const i64 width = (i64)P[739], slot_now = (s + R) % R;
    int *ring = (int *)slot[1069] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[1070])[slot_now] = nfired;
}

static void deliver_c155(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1153];
    const unsigned *restrict rows = (const unsigned *)slot[1071];
    const unsigned short *restrict columns = (const unsigned short *)slot[1072];
    const real weight = (real)P[1154];
    real *restrict g_g_W6_B_2 = (real *)slot[240];
    const real p_tau_decay_W6_B = (real)P[725];
    const real p_tau_rise_W6_B = (real)P[726];
    const real p_alpha_W6_B = (real)P[727];
    const real inv_0 = soma_exp((-(p_alpha_W6_B * p_tau_rise_W6_B)));
    real *restrict z_s = (real *)slot[1073];
    double *restrict last_pre = (double *)slot[1074];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[703], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[1075];
    i64 *ring_count = (i64 *)slot[1076];
    const i64 width = (i64)P[739], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W6_B));
        const real b_s = (-(1.0 / p_tau_decay_W6_B));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W6_B_2[j] = (g_g_W6_B_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c155(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1153];
    ((i64 *)slot[1076])[s % R] = 0;
}

static void enqueue_c155(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[1013];
    const i64 nfired = *(const i64 *)slot[1014];
    const i64 R = (i64)P[1153];
    const i64 width = (i64)P[739], slot_now = (s + R) % R;
    int *ring = (int *)slot[1075] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[1076])[slot_now] = nfired;
}

static void deliver_c156(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1155];
    const unsigned *restrict rows = (const unsigned *)slot[1077];
    const unsigned short *restrict columns = (const unsigned short *)slot[1078];
    const real weight = (real)P[1156];
    real *restrict g_g_W6_Rest_2 = (real *)slot[241];
    const real p_tau_decay_W6_Rest = (real)P[730];
    const real p_tau_rise_W6_Rest = (real)P[731];
    const real p_alpha_W6_Rest = (real)P[732];
    const real inv_0 = soma_exp((-(p_alpha_W6_Rest * p_tau_rise_W6_Rest)));
    real *restrict z_s = (real *)slot[1079];
    double *restrict last_pre = (double *)slot[1080];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[703], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[1081];
    i64 *ring_count = (i64 *)slot[1082];
    const i64 width = (i64)P[775], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W6_Rest));
        const real b_s = (-(1.0 / p_tau_decay_W6_Rest));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W6_Rest_2[j] = (g_g_W6_Rest_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c156(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1155];
    ((i64 *)slot[1082])[s % R] = 0;
}

static void enqueue_c156(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[1023];
    const i64 nfired = *(const i64 *)slot[1024];
    const i64 R = (i64)P[1155];
    const i64 width = (i64)P[775], slot_now = (s + R) % R;
    int *ring = (int *)slot[1081] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[1082])[slot_now] = nfired;
}

static void deliver_c157(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1157];
    const unsigned *restrict rows = (const unsigned *)slot[1083];
    const unsigned short *restrict columns = (const unsigned short *)slot[1084];
    const real weight = (real)P[1158];
    real *restrict g_g_W6_Rest_2 = (real *)slot[253];
    const real p_tau_decay_W6_Rest = (real)P[766];
    const real p_tau_rise_W6_Rest = (real)P[767];
    const real p_alpha_W6_Rest = (real)P[768];
    const real inv_0 = soma_exp((-(p_alpha_W6_Rest * p_tau_rise_W6_Rest)));
    real *restrict z_s = (real *)slot[1085];
    double *restrict last_pre = (double *)slot[1086];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[739], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[1087];
    i64 *ring_count = (i64 *)slot[1088];
    const i64 width = (i64)P[775], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W6_Rest));
        const real b_s = (-(1.0 / p_tau_decay_W6_Rest));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W6_Rest_2[j] = (g_g_W6_Rest_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c157(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1157];
    ((i64 *)slot[1088])[s % R] = 0;
}

static void enqueue_c157(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[1023];
    const i64 nfired = *(const i64 *)slot[1024];
    const i64 R = (i64)P[1157];
    const i64 width = (i64)P[775], slot_now = (s + R) % R;
    int *ring = (int *)slot[1087] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[1088])[slot_now] = nfired;
}

static void deliver_c158(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1159];
    const unsigned *restrict rows = (const unsigned *)slot[1089];
    const unsigned short *restrict columns = (const unsigned short *)slot[1090];
    const real weight = (real)P[1160];
    real *restrict g_g_W6_A_2 = (real *)slot[262];
    const real p_tau_decay_W6_A = (real)P[790];
    const real p_tau_rise_W6_A = (real)P[791];
    const real p_alpha_W6_A = (real)P[792];
    const real inv_0 = soma_exp((-(p_alpha_W6_A * p_tau_rise_W6_A)));
    real *restrict z_s = (real *)slot[1091];
    double *restrict last_pre = (double *)slot[1092];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[775], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[1093];
    i64 *ring_count = (i64 *)slot[1094];
    const i64 width = (i64)P[703], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W6_A));
        const real b_s = (-(1.0 / p_tau_decay_W6_A));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W6_A_2[j] = (g_g_W6_A_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c158(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1159];
    ((i64 *)slot[1094])[s % R] = 0;
}

static void enqueue_c158(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[1003];
    const i64 nfired = *(const i64 *)slot[1004];
    const i64 R = (i64)P[1159];
    const i64 width = (i64)P[703], slot_now = (s + R) % R;
    int *ring = (int *)slot[1093] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[1094])[slot_now] = nfired;
}

static void deliver_c159(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1161];
    const unsigned *restrict rows = (const unsigned *)slot[1095];
    const unsigned short *restrict columns = (const unsigned short *)slot[1096];
    const real weight = (real)P[1162];
    real *restrict g_g_W6_B_2 = (real *)slot[263];
    const real p_tau_decay_W6_B = (real)P[795];
    const real p_tau_rise_W6_B = (real)P[796];
    const real p_alpha_W6_B = (real)P[797];
    const real inv_0 = soma_exp((-(p_alpha_W6_B * p_tau_rise_W6_B)));
    real *restrict z_s = (real *)slot[1097];
    double *restrict last_pre = (double *)slot[1098];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[775], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[1099];
    i64 *ring_count = (i64 *)slot[1100];
    const i64 width = (i64)P[739], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W6_B));
        const real b_s = (-(1.0 / p_tau_decay_W6_B));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W6_B_2[j] = (g_g_W6_B_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c159(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1161];
    ((i64 *)slot[1100])[s % R] = 0;
}

static void enqueue_c159(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[1013];
    const i64 nfired = *(const i64 *)slot[1014];
    const i64 R = (i64)P[1161];
    const i64 width = (i64)P[739], slot_now = (s + R) % R;
    int *ring = (int *)slot[1099] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[1100])[slot_now] = nfired;
}

static void deliver_c160(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1163];
    const unsigned *restrict rows = (const unsigned *)slot[1101];
    const unsigned short *restrict columns = (const unsigned short *)slot[1102];
    const real weight = (real)P[1164];
    real *restrict g_g_W6_Rest_2 = (real *)slot[264];
    const real p_tau_decay_W6_Rest = (real)P[800];
    const real p_tau_rise_W6_Rest = (real)P[801];
    const real p_alpha_W6_Rest = (real)P[802];
    const real inv_0 = soma_exp((-(p_alpha_W6_Rest * p_tau_rise_W6_Rest)));
    real *restrict z_s = (real *)slot[1103];
    double *restrict last_pre = (double *)slot[1104];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[775], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[1105];
    i64 *ring_count = (i64 *)slot[1106];
    const i64 width = (i64)P[775], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W6_Rest));
        const real b_s = (-(1.0 / p_tau_decay_W6_Rest));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W6_Rest_2[j] = (g_g_W6_Rest_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c160(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1163];
    ((i64 *)slot[1106])[s % R] = 0;
}

static void enqueue_c160(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[1023];
    const i64 nfired = *(const i64 *)slot[1024];
    const i64 R = (i64)P[1163];
    const i64 width = (i64)P[775], slot_now = (s + R) % R;
    int *ring = (int *)slot[1105] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[1106])[slot_now] = nfired;
}

static void deliver_c161(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1165];
    const unsigned *restrict rows = (const unsigned *)slot[1107];
    const unsigned short *restrict columns = (const unsigned short *)slot[1108];
    const real weight = (real)P[1166];
    real *restrict g_g_W6_A_2 = (real *)slot[273];
    const real p_tau_decay_W6_A = (real)P[824];
    const real p_tau_rise_W6_A = (real)P[825];
    const real p_alpha_W6_A = (real)P[826];
    const real inv_0 = soma_exp((-(p_alpha_W6_A * p_tau_rise_W6_A)));
    real *restrict z_s = (real *)slot[1109];
    double *restrict last_pre = (double *)slot[1110];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[809], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[1111];
    i64 *ring_count = (i64 *)slot[1112];
    const i64 width = (i64)P[703], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W6_A));
        const real b_s = (-(1.0 / p_tau_decay_W6_A));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W6_A_2[j] = (g_g_W6_A_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c161(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1165];
    ((i64 *)slot[1112])[s % R] = 0;
}

static void enqueue_c161(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[1003];
    const i64 nfired = *(const i64 *)slot[1004];
    const i64 R = (i64)P[1165];
    const i64 width = (i64)P[703], slot_now = (s + R) % R;
    int *ring = (int *)slot[1111] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[1112])[slot_now] = nfired;
}

static void deliver_c162(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1167];
    const unsigned *restrict rows = (const unsigned *)slot[1113];
    const unsigned short *restrict columns = (const unsigned short *)slot[1114];
    const real weight = (real)P[1168];
    real *restrict g_g_W6_B_2 = (real *)slot[274];
    const real p_tau_decay_W6_B = (real)P[829];
    const real p_tau_rise_W6_B = (real)P[830];
    const real p_alpha_W6_B = (real)P[831];
    const real inv_0 = soma_exp((-(p_alpha_W6_B * p_tau_rise_W6_B)));
    real *restrict z_s = (real *)slot[1115];
    double *restrict last_pre = (double *)slot[1116];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[809], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[1117];
    i64 *ring_count = (i64 *)slot[1118];
    const i64 width = (i64)P[739], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W6_B));
        const real b_s = (-(1.0 / p_tau_decay_W6_B));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W6_B_2[j] = (g_g_W6_B_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c162(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1167];
    ((i64 *)slot[1118])[s % R] = 0;
}

static void enqueue_c162(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[1013];
    const i64 nfired = *(const i64 *)slot[1014];
    const i64 R = (i64)P[1167];
    const i64 width = (i64)P[739], slot_now = (s + R) % R;
    int *ring = (int *)slot[1117] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[1118])[slot_now] = nfired;
}

static void deliver_c163(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1169];
    const unsigned *restrict rows = (const unsigned *)slot[1119];
    const unsigned short *restrict columns = (const unsigned short *)slot[1120];
    const real weight = (real)P[1170];
    real *restrict g_g_W6_Rest_2 = (real *)slot[275];
    const real p_tau_decay_W6_Rest = (real)P[834];
    const real p_tau_rise_W6_Rest = (real)P[835];
    const real p_alpha_W6_Rest = (real)P[836];
    const real inv_0 = soma_exp((-(p_alpha_W6_Rest * p_tau_rise_W6_Rest)));
    real *restrict z_s = (real *)slot[1121];
    double *restrict last_pre = (double *)slot[1122];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[809], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[1123];
    i64 *ring_count = (i64 *)slot[1124];
    const i64 width = (i64)P[775], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_W6_Rest));
        const real b_s = (-(1.0 / p_tau_decay_W6_Rest));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W6_Rest_2[j] = (g_g_W6_Rest_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c163(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1169];
    ((i64 *)slot[1124])[s % R] = 0;
}

static void enqueue_c163(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[1023];
    const i64 nfired = *(const i64 *)slot[1024];
    const i64 R = (i64)P[1169];
    const i64 width = (i64)P[775], slot_now = (s + R) % R;
    int *ring = (int *)slot[1123] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[1124])[slot_now] = nfired;
}

static void deliver_c164(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1171];
    const unsigned *restrict rows = (const unsigned *)slot[1125];
    const unsigned short *restrict columns = (const unsigned short *)slot[1126];
    const real weight = (real)P[1172];
    real *restrict g_g_W6_Inh = (real *)slot[242];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[703], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[1127];
    i64 *ring_count = (i64 *)slot[1128];
    const i64 width = (i64)P[809], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W6_Inh[j] = (g_g_W6_Inh[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c164(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1171];
    ((i64 *)slot[1128])[s % R] = 0;
}

static void enqueue_c164(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[1129];
    const i64 nfired = *(const i64 *)slot[1130];
    const i64 R = (i64)P[1171];
    const i64 width = (i64)P[809], slot_now = (s + R) % R;
    int *ring = (int *)slot[1127] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[1128])[slot_now] = nfired;
}

static void deliver_c165(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1173];
    const unsigned *restrict rows = (const unsigned *)slot[1131];
    const unsigned short *restrict columns = (const unsigned short *)slot[1132];
    const real weight = (real)P[1174];
    real *restrict g_g_W6_Inh = (real *)slot[254];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[739], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[1133];
    i64 *ring_count = (i64 *)slot[1134];
    const i64 width = (i64)P[809], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W6_Inh[j] = (g_g_W6_Inh[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c165(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1173];
    ((i64 *)slot[1134])[s % R] = 0;
}

static void enqueue_c165(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[1129];
    const i64 nfired = *(const i64 *)slot[1130];
    const i64 R = (i64)P[1173];
    const i64 width = (i64)P[809], slot_now = (s + R) % R;
    int *ring = (int *)slot[1133] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[1134])[slot_now] = nfired;
}

static void deliver_c166(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1175];
    const unsigned *restrict rows = (const unsigned *)slot[1135];
    const unsigned short *restrict columns = (const unsigned short *)slot[1136];
    const real weight = (real)P[1176];
    real *restrict g_g_W6_Inh = (real *)slot[265];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[775], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[1137];
    i64 *ring_count = (i64 *)slot[1138];
    const i64 width = (i64)P[809], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W6_Inh[j] = (g_g_W6_Inh[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c166(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1175];
    ((i64 *)slot[1138])[s % R] = 0;
}

static void enqueue_c166(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[1129];
    const i64 nfired = *(const i64 *)slot[1130];
    const i64 R = (i64)P[1175];
    const i64 width = (i64)P[809], slot_now = (s + R) % R;
    int *ring = (int *)slot[1137] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[1138])[slot_now] = nfired;
}

static void deliver_c167(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[1177];
    const unsigned *restrict rows = (const unsigned *)slot[1139];
    const unsigned short *restrict columns = (const unsigned short *)slot[1140];
    const real weight = (real)P[1178];
    real *restrict g_g_W6_Inh = (real *)slot[276];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[809], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[1141];
    i64 *ring_count = (i64 *)slot[1142];
    const i64 width = (i64)P[809], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_W6_Inh[j] = (g_g_W6_Inh[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c167(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[1177];
    ((i64 *)slot[1142])[s % R] = 0;
}

static void enqueue_c167(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[1129];
    const i64 nfired = *(const i64 *)slot[1130];
    const i64 R = (i64)P[1177];
    const i64 width = (i64)P[809], slot_now = (s + R) % R;
    int *ring = (int *)slot[1141] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[1142])[slot_now] = nfired;
}

double pow(double, double);
double floor(double);

static void drive_q0(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[1];
    const double sources = P[1179];
    const real w = (real)P[1180];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)(3.0) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson = (real *)slot[4];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553115ULL, 405012490, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553115ULL, 405012490, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q1(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[39];
    const double sources = P[1181];
    const real w = (real)P[1182];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)(3.0) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson = (real *)slot[16];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553115ULL, 405012492, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553115ULL, 405012492, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q2(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[75];
    const double sources = P[1183];
    const real w = (real)P[1184];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)(3.0) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson = (real *)slot[28];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553115ULL, 405012494, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553115ULL, 405012494, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q3(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[109];
    const double sources = P[1185];
    const real w = (real)P[1186];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)(3.0) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson = (real *)slot[39];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553115ULL, 405012496, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553115ULL, 405012496, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q4(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[1];
    const double sources = P[1187];
    const real w = (real)P[1188];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)((40.0 * (real)((t) >= (0.1)))) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson_2 = (real *)slot[5];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553115ULL, 405012498, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553115ULL, 405012498, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson_2[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q5(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[39];
    const double sources = P[1189];
    const real w = (real)P[1190];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)((40.0 * (real)((t) >= (0.1)))) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson_2 = (real *)slot[17];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553115ULL, 405012500, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553115ULL, 405012500, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson_2[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q6(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[143];
    const double sources = P[1191];
    const real w = (real)P[1192];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)(3.0) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson = (real *)slot[50];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553112ULL, 405012490, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553112ULL, 405012490, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q7(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[179];
    const double sources = P[1193];
    const real w = (real)P[1194];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)(3.0) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson = (real *)slot[62];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553112ULL, 405012492, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553112ULL, 405012492, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q8(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[215];
    const double sources = P[1195];
    const real w = (real)P[1196];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)(3.0) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson = (real *)slot[74];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553112ULL, 405012494, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553112ULL, 405012494, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q9(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[249];
    const double sources = P[1197];
    const real w = (real)P[1198];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)(3.0) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson = (real *)slot[85];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553112ULL, 405012496, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553112ULL, 405012496, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q10(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[143];
    const double sources = P[1199];
    const real w = (real)P[1200];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)((40.0 * (real)((t) >= (0.1)))) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson_2 = (real *)slot[51];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553112ULL, 405012498, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553112ULL, 405012498, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson_2[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q11(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[179];
    const double sources = P[1201];
    const real w = (real)P[1202];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)((40.0 * (real)((t) >= (0.1)))) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson_2 = (real *)slot[63];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553112ULL, 405012500, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553112ULL, 405012500, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson_2[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q12(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[283];
    const double sources = P[1203];
    const real w = (real)P[1204];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)(3.0) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson = (real *)slot[96];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553115ULL, 405012490, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553115ULL, 405012490, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q13(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[319];
    const double sources = P[1205];
    const real w = (real)P[1206];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)(3.0) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson = (real *)slot[108];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553115ULL, 405012492, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553115ULL, 405012492, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q14(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[355];
    const double sources = P[1207];
    const real w = (real)P[1208];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)(3.0) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson = (real *)slot[120];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553115ULL, 405012494, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553115ULL, 405012494, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q15(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[389];
    const double sources = P[1209];
    const real w = (real)P[1210];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)(3.0) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson = (real *)slot[131];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553115ULL, 405012496, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553115ULL, 405012496, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q16(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[283];
    const double sources = P[1211];
    const real w = (real)P[1212];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)((50.24 * (real)((t) >= (0.1)))) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson_2 = (real *)slot[97];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553115ULL, 405012498, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553115ULL, 405012498, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson_2[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q17(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[319];
    const double sources = P[1213];
    const real w = (real)P[1214];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)((29.759999999999998 * (real)((t) >= (0.1)))) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson_2 = (real *)slot[109];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553115ULL, 405012500, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553115ULL, 405012500, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson_2[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q18(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[423];
    const double sources = P[1215];
    const real w = (real)P[1216];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)(3.0) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson = (real *)slot[142];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553112ULL, 405012490, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553112ULL, 405012490, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q19(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[459];
    const double sources = P[1217];
    const real w = (real)P[1218];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)(3.0) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson = (real *)slot[154];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553112ULL, 405012492, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553112ULL, 405012492, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q20(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[495];
    const double sources = P[1219];
    const real w = (real)P[1220];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)(3.0) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson = (real *)slot[166];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553112ULL, 405012494, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553112ULL, 405012494, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q21(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[529];
    const double sources = P[1221];
    const real w = (real)P[1222];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)(3.0) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson = (real *)slot[177];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553112ULL, 405012496, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553112ULL, 405012496, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q22(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[423];
    const double sources = P[1223];
    const real w = (real)P[1224];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)((50.24 * (real)((t) >= (0.1)))) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson_2 = (real *)slot[143];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553112ULL, 405012498, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553112ULL, 405012498, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson_2[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q23(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[459];
    const double sources = P[1225];
    const real w = (real)P[1226];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)((29.759999999999998 * (real)((t) >= (0.1)))) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson_2 = (real *)slot[155];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553112ULL, 405012500, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553112ULL, 405012500, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson_2[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q24(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[563];
    const double sources = P[1227];
    const real w = (real)P[1228];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)(3.0) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson = (real *)slot[188];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553115ULL, 405012490, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553115ULL, 405012490, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q25(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[599];
    const double sources = P[1229];
    const real w = (real)P[1230];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)(3.0) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson = (real *)slot[200];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553115ULL, 405012492, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553115ULL, 405012492, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q26(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[635];
    const double sources = P[1231];
    const real w = (real)P[1232];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)(3.0) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson = (real *)slot[212];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553115ULL, 405012494, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553115ULL, 405012494, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q27(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[669];
    const double sources = P[1233];
    const real w = (real)P[1234];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)(3.0) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson = (real *)slot[223];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553115ULL, 405012496, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553115ULL, 405012496, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q28(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[563];
    const double sources = P[1235];
    const real w = (real)P[1236];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)((60.480000000000004 * (real)((t) >= (0.1)))) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson_2 = (real *)slot[189];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553115ULL, 405012498, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553115ULL, 405012498, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson_2[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q29(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[599];
    const double sources = P[1237];
    const real w = (real)P[1238];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)((19.52 * (real)((t) >= (0.1)))) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson_2 = (real *)slot[201];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553115ULL, 405012500, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553115ULL, 405012500, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson_2[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q30(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[703];
    const double sources = P[1239];
    const real w = (real)P[1240];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)(3.0) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson = (real *)slot[234];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553112ULL, 405012490, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553112ULL, 405012490, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q31(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[739];
    const double sources = P[1241];
    const real w = (real)P[1242];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)(3.0) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson = (real *)slot[246];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553112ULL, 405012492, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553112ULL, 405012492, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q32(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[775];
    const double sources = P[1243];
    const real w = (real)P[1244];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)(3.0) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson = (real *)slot[258];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553112ULL, 405012494, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553112ULL, 405012494, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q33(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[809];
    const double sources = P[1245];
    const real w = (real)P[1246];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)(3.0) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson = (real *)slot[269];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553112ULL, 405012496, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553112ULL, 405012496, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q34(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[703];
    const double sources = P[1247];
    const real w = (real)P[1248];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)((60.480000000000004 * (real)((t) >= (0.1)))) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson_2 = (real *)slot[235];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553112ULL, 405012498, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553112ULL, 405012498, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson_2[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
}

static void drive_q35(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[739];
    const double sources = P[1249];
    const real w = (real)P[1250];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    double p = (double)((19.52 * (real)((t) >= (0.1)))) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    real *restrict g_g_poisson_2 = (real *)slot[247];
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal((u64)15317191616920553112ULL, 405012500, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform((u64)15317191616920553112ULL, 405012500, s, j, 0);
            double mass = none, below = none;
            while (u > below && k < sources) { mass *= (sources - k) / (k + 1) * ratio; k += 1; below += mass; }
        }
        if (k > 0) {
            g_g_poisson_2[j] += (real)k * w;
        }
    }
    (void)t; (void)w;
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
    i64 *emitted[24];
    i64 nemitted[24][8];
    int bad[24][8];
} soma_team;
typedef struct { soma_team *team; int part; } soma_member;

static __attribute__((optimize("no-tree-vectorize"))) void soma_after_step(soma_team *team, i64 s) {
    void **slot = team->slot;
    const double *P = team->P;
    i64 *err = (i64 *)slot[2];
     {
        i64 *count = (i64 *)slot[1143];
        int bad = 0;
        int *fired_list = (int *)slot[283];
        i64 *nfired = (i64 *)slot[284];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[1] * p / team->parts;
            const i64 m = team->nemitted[0][p];
            *count += m;
            int *spike_index = (int *)slot[1144];
            i64 *spike_step = (i64 *)slot[1145];
            i64 *spike_n = (i64 *)slot[1146];
            for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[0][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[0][lo + q];
            (void)lo;
            bad |= team->bad[0][p];
        }
        if (bad && nonfinite_p0(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[1147];
        int bad = 0;
        int *fired_list = (int *)slot[293];
        i64 *nfired = (i64 *)slot[294];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[39] * p / team->parts;
            const i64 m = team->nemitted[1][p];
            *count += m;
            int *spike_index = (int *)slot[1148];
            i64 *spike_step = (i64 *)slot[1149];
            i64 *spike_n = (i64 *)slot[1150];
            for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[1][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[1][lo + q];
            (void)lo;
            bad |= team->bad[1][p];
        }
        if (bad && nonfinite_p1(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[1151];
        int bad = 0;
        int *fired_list = (int *)slot[303];
        i64 *nfired = (i64 *)slot[304];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[75] * p / team->parts;
            const i64 m = team->nemitted[2][p];
            *count += m;
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[2][lo + q];
            (void)lo;
            bad |= team->bad[2][p];
        }
        if (bad && nonfinite_p2(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[1152];
        int bad = 0;
        int *fired_list = (int *)slot[409];
        i64 *nfired = (i64 *)slot[410];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[109] * p / team->parts;
            const i64 m = team->nemitted[3][p];
            *count += m;
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[3][lo + q];
            (void)lo;
            bad |= team->bad[3][p];
        }
        if (bad && nonfinite_p3(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[1153];
        int bad = 0;
        int *fired_list = (int *)slot[427];
        i64 *nfired = (i64 *)slot[428];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[143] * p / team->parts;
            const i64 m = team->nemitted[4][p];
            *count += m;
            int *spike_index = (int *)slot[1154];
            i64 *spike_step = (i64 *)slot[1155];
            i64 *spike_n = (i64 *)slot[1156];
            for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[4][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[4][lo + q];
            (void)lo;
            bad |= team->bad[4][p];
        }
        if (bad && nonfinite_p4(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[1157];
        int bad = 0;
        int *fired_list = (int *)slot[437];
        i64 *nfired = (i64 *)slot[438];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[179] * p / team->parts;
            const i64 m = team->nemitted[5][p];
            *count += m;
            int *spike_index = (int *)slot[1158];
            i64 *spike_step = (i64 *)slot[1159];
            i64 *spike_n = (i64 *)slot[1160];
            for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[5][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[5][lo + q];
            (void)lo;
            bad |= team->bad[5][p];
        }
        if (bad && nonfinite_p5(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[1161];
        int bad = 0;
        int *fired_list = (int *)slot[447];
        i64 *nfired = (i64 *)slot[448];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[215] * p / team->parts;
            const i64 m = team->nemitted[6][p];
            *count += m;
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[6][lo + q];
            (void)lo;
            bad |= team->bad[6][p];
        }
        if (bad && nonfinite_p6(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[1162];
        int bad = 0;
        int *fired_list = (int *)slot[553];
        i64 *nfired = (i64 *)slot[554];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[249] * p / team->parts;
            const i64 m = team->nemitted[7][p];
            *count += m;
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[7][lo + q];
            (void)lo;
            bad |= team->bad[7][p];
        }
        if (bad && nonfinite_p7(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[1163];
        int bad = 0;
        int *fired_list = (int *)slot[571];
        i64 *nfired = (i64 *)slot[572];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[283] * p / team->parts;
            const i64 m = team->nemitted[8][p];
            *count += m;
            int *spike_index = (int *)slot[1164];
            i64 *spike_step = (i64 *)slot[1165];
            i64 *spike_n = (i64 *)slot[1166];
            for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[8][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[8][lo + q];
            (void)lo;
            bad |= team->bad[8][p];
        }
        if (bad && nonfinite_p8(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[1167];
        int bad = 0;
        int *fired_list = (int *)slot[581];
        i64 *nfired = (i64 *)slot[582];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[319] * p / team->parts;
            const i64 m = team->nemitted[9][p];
            *count += m;
            int *spike_index = (int *)slot[1168];
            i64 *spike_step = (i64 *)slot[1169];
            i64 *spike_n = (i64 *)slot[1170];
            for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[9][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[9][lo + q];
            (void)lo;
            bad |= team->bad[9][p];
        }
        if (bad && nonfinite_p9(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[1171];
        int bad = 0;
        int *fired_list = (int *)slot[591];
        i64 *nfired = (i64 *)slot[592];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[355] * p / team->parts;
            const i64 m = team->nemitted[10][p];
            *count += m;
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[10][lo + q];
            (void)lo;
            bad |= team->bad[10][p];
        }
        if (bad && nonfinite_p10(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[1172];
        int bad = 0;
        int *fired_list = (int *)slot[697];
        i64 *nfired = (i64 *)slot[698];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[389] * p / team->parts;
            const i64 m = team->nemitted[11][p];
            *count += m;
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[11][lo + q];
            (void)lo;
            bad |= team->bad[11][p];
        }
        if (bad && nonfinite_p11(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[1173];
        int bad = 0;
        int *fired_list = (int *)slot[715];
        i64 *nfired = (i64 *)slot[716];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[423] * p / team->parts;
            const i64 m = team->nemitted[12][p];
            *count += m;
            int *spike_index = (int *)slot[1174];
            i64 *spike_step = (i64 *)slot[1175];
            i64 *spike_n = (i64 *)slot[1176];
            for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[12][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[12][lo + q];
            (void)lo;
            bad |= team->bad[12][p];
        }
        if (bad && nonfinite_p12(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[1177];
        int bad = 0;
        int *fired_list = (int *)slot[725];
        i64 *nfired = (i64 *)slot[726];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[459] * p / team->parts;
            const i64 m = team->nemitted[13][p];
            *count += m;
            int *spike_index = (int *)slot[1178];
            i64 *spike_step = (i64 *)slot[1179];
            i64 *spike_n = (i64 *)slot[1180];
            for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[13][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[13][lo + q];
            (void)lo;
            bad |= team->bad[13][p];
        }
        if (bad && nonfinite_p13(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[1181];
        int bad = 0;
        int *fired_list = (int *)slot[735];
        i64 *nfired = (i64 *)slot[736];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[495] * p / team->parts;
            const i64 m = team->nemitted[14][p];
            *count += m;
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[14][lo + q];
            (void)lo;
            bad |= team->bad[14][p];
        }
        if (bad && nonfinite_p14(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[1182];
        int bad = 0;
        int *fired_list = (int *)slot[841];
        i64 *nfired = (i64 *)slot[842];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[529] * p / team->parts;
            const i64 m = team->nemitted[15][p];
            *count += m;
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[15][lo + q];
            (void)lo;
            bad |= team->bad[15][p];
        }
        if (bad && nonfinite_p15(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[1183];
        int bad = 0;
        int *fired_list = (int *)slot[859];
        i64 *nfired = (i64 *)slot[860];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[563] * p / team->parts;
            const i64 m = team->nemitted[16][p];
            *count += m;
            int *spike_index = (int *)slot[1184];
            i64 *spike_step = (i64 *)slot[1185];
            i64 *spike_n = (i64 *)slot[1186];
            for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[16][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[16][lo + q];
            (void)lo;
            bad |= team->bad[16][p];
        }
        if (bad && nonfinite_p16(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[1187];
        int bad = 0;
        int *fired_list = (int *)slot[869];
        i64 *nfired = (i64 *)slot[870];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[599] * p / team->parts;
            const i64 m = team->nemitted[17][p];
            *count += m;
            int *spike_index = (int *)slot[1188];
            i64 *spike_step = (i64 *)slot[1189];
            i64 *spike_n = (i64 *)slot[1190];
            for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[17][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[17][lo + q];
            (void)lo;
            bad |= team->bad[17][p];
        }
        if (bad && nonfinite_p17(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[1191];
        int bad = 0;
        int *fired_list = (int *)slot[879];
        i64 *nfired = (i64 *)slot[880];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[635] * p / team->parts;
            const i64 m = team->nemitted[18][p];
            *count += m;
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[18][lo + q];
            (void)lo;
            bad |= team->bad[18][p];
        }
        if (bad && nonfinite_p18(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[1192];
        int bad = 0;
        int *fired_list = (int *)slot[985];
        i64 *nfired = (i64 *)slot[986];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[669] * p / team->parts;
            const i64 m = team->nemitted[19][p];
            *count += m;
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[19][lo + q];
            (void)lo;
            bad |= team->bad[19][p];
        }
        if (bad && nonfinite_p19(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[1193];
        int bad = 0;
        int *fired_list = (int *)slot[1003];
        i64 *nfired = (i64 *)slot[1004];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[703] * p / team->parts;
            const i64 m = team->nemitted[20][p];
            *count += m;
            int *spike_index = (int *)slot[1194];
            i64 *spike_step = (i64 *)slot[1195];
            i64 *spike_n = (i64 *)slot[1196];
            for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[20][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[20][lo + q];
            (void)lo;
            bad |= team->bad[20][p];
        }
        if (bad && nonfinite_p20(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[1197];
        int bad = 0;
        int *fired_list = (int *)slot[1013];
        i64 *nfired = (i64 *)slot[1014];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[739] * p / team->parts;
            const i64 m = team->nemitted[21][p];
            *count += m;
            int *spike_index = (int *)slot[1198];
            i64 *spike_step = (i64 *)slot[1199];
            i64 *spike_n = (i64 *)slot[1200];
            for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[21][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[21][lo + q];
            (void)lo;
            bad |= team->bad[21][p];
        }
        if (bad && nonfinite_p21(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[1201];
        int bad = 0;
        int *fired_list = (int *)slot[1023];
        i64 *nfired = (i64 *)slot[1024];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[775] * p / team->parts;
            const i64 m = team->nemitted[22][p];
            *count += m;
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[22][lo + q];
            (void)lo;
            bad |= team->bad[22][p];
        }
        if (bad && nonfinite_p22(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[1202];
        int bad = 0;
        int *fired_list = (int *)slot[1129];
        i64 *nfired = (i64 *)slot[1130];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[809] * p / team->parts;
            const i64 m = team->nemitted[23][p];
            *count += m;
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[23][lo + q];
            (void)lo;
            bad |= team->bad[23][p];
        }
        if (bad && nonfinite_p23(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
    enqueue_c0(slot, P, s);
    enqueue_c1(slot, P, s);
    enqueue_c2(slot, P, s);
    enqueue_c3(slot, P, s);
    enqueue_c4(slot, P, s);
    enqueue_c5(slot, P, s);
    enqueue_c6(slot, P, s);
    enqueue_c7(slot, P, s);
    enqueue_c8(slot, P, s);
    enqueue_c9(slot, P, s);
    enqueue_c10(slot, P, s);
    enqueue_c11(slot, P, s);
    enqueue_c12(slot, P, s);
    enqueue_c13(slot, P, s);
    enqueue_c14(slot, P, s);
    enqueue_c15(slot, P, s);
    enqueue_c16(slot, P, s);
    enqueue_c17(slot, P, s);
    enqueue_c18(slot, P, s);
    enqueue_c19(slot, P, s);
    enqueue_c20(slot, P, s);
    enqueue_c21(slot, P, s);
    enqueue_c22(slot, P, s);
    enqueue_c23(slot, P, s);
    enqueue_c24(slot, P, s);
    enqueue_c25(slot, P, s);
    enqueue_c26(slot, P, s);
    enqueue_c27(slot, P, s);
    enqueue_c28(slot, P, s);
    enqueue_c29(slot, P, s);
    enqueue_c30(slot, P, s);
    enqueue_c31(slot, P, s);
    enqueue_c32(slot, P, s);
    enqueue_c33(slot, P, s);
    enqueue_c34(slot, P, s);
    enqueue_c35(slot, P, s);
    enqueue_c36(slot, P, s);
    enqueue_c37(slot, P, s);
    enqueue_c38(slot, P, s);
    enqueue_c39(slot, P, s);
    enqueue_c40(slot, P, s);
    enqueue_c41(slot, P, s);
    enqueue_c42(slot, P, s);
    enqueue_c43(slot, P, s);
    enqueue_c44(slot, P, s);
    enqueue_c45(slot, P, s);
    enqueue_c46(slot, P, s);
    enqueue_c47(slot, P, s);
    enqueue_c48(slot, P, s);
    enqueue_c49(slot, P, s);
    enqueue_c50(slot, P, s);
    enqueue_c51(slot, P, s);
    enqueue_c52(slot, P, s);
    enqueue_c53(slot, P, s);
    enqueue_c54(slot, P, s);
    enqueue_c55(slot, P, s);
    enqueue_c56(slot, P, s);
    enqueue_c57(slot, P, s);
    enqueue_c58(slot, P, s);
    enqueue_c59(slot, P, s);
    enqueue_c60(slot, P, s);
    enqueue_c61(slot, P, s);
    enqueue_c62(slot, P, s);
    enqueue_c63(slot, P, s);
    enqueue_c64(slot, P, s);
    enqueue_c65(slot, P, s);
    enqueue_c66(slot, P, s);
    enqueue_c67(slot, P, s);
    enqueue_c68(slot, P, s);
    enqueue_c69(slot, P, s);
    enqueue_c70(slot, P, s);
    enqueue_c71(slot, P, s);
    enqueue_c72(slot, P, s);
    enqueue_c73(slot, P, s);
    enqueue_c74(slot, P, s);
    enqueue_c75(slot, P, s);
    enqueue_c76(slot, P, s);
    enqueue_c77(slot, P, s);
    enqueue_c78(slot, P, s);
    enqueue_c79(slot, P, s);
    enqueue_c80(slot, P, s);
    enqueue_c81(slot, P, s);
    enqueue_c82(slot, P, s);
    enqueue_c83(slot, P, s);
    enqueue_c84(slot, P, s);
    enqueue_c85(slot, P, s);
    enqueue_c86(slot, P, s);
    enqueue_c87(slot, P, s);
    enqueue_c88(slot, P, s);
    enqueue_c89(slot, P, s);
    enqueue_c90(slot, P, s);
    enqueue_c91(slot, P, s);
    enqueue_c92(slot, P, s);
    enqueue_c93(slot, P, s);
    enqueue_c94(slot, P, s);
    enqueue_c95(slot, P, s);
    enqueue_c96(slot, P, s);
    enqueue_c97(slot, P, s);
    enqueue_c98(slot, P, s);
    enqueue_c99(slot, P, s);
    enqueue_c100(slot, P, s);
    enqueue_c101(slot, P, s);
    enqueue_c102(slot, P, s);
    enqueue_c103(slot, P, s);
    enqueue_c104(slot, P, s);
    enqueue_c105(slot, P, s);
    enqueue_c106(slot, P, s);
    enqueue_c107(slot, P, s);
    enqueue_c108(slot, P, s);
    enqueue_c109(slot, P, s);
    enqueue_c110(slot, P, s);
    enqueue_c111(slot, P, s);
    enqueue_c112(slot, P, s);
    enqueue_c113(slot, P, s);
    enqueue_c114(slot, P, s);
    enqueue_c115(slot, P, s);
    enqueue_c116(slot, P, s);
    enqueue_c117(slot, P, s);
    enqueue_c118(slot, P, s);
    enqueue_c119(slot, P, s);
    enqueue_c120(slot, P, s);
    enqueue_c121(slot, P, s);
    enqueue_c122(slot, P, s);
    enqueue_c123(slot, P, s);
    enqueue_c124(slot, P, s);
    enqueue_c125(slot, P, s);
    enqueue_c126(slot, P, s);
    enqueue_c127(slot, P, s);
    enqueue_c128(slot, P, s);
    enqueue_c129(slot, P, s);
    enqueue_c130(slot, P, s);
    enqueue_c131(slot, P, s);
    enqueue_c132(slot, P, s);
    enqueue_c133(slot, P, s);
    enqueue_c134(slot, P, s);
    enqueue_c135(slot, P, s);
    enqueue_c136(slot, P, s);
    enqueue_c137(slot, P, s);
    enqueue_c138(slot, P, s);
    enqueue_c139(slot, P, s);
    enqueue_c140(slot, P, s);
    enqueue_c141(slot, P, s);
    enqueue_c142(slot, P, s);
    enqueue_c143(slot, P, s);
    enqueue_c144(slot, P, s);
    enqueue_c145(slot, P, s);
    enqueue_c146(slot, P, s);
    enqueue_c147(slot, P, s);
    enqueue_c148(slot, P, s);
    enqueue_c149(slot, P, s);
    enqueue_c150(slot, P, s);
    enqueue_c151(slot, P, s);
    enqueue_c152(slot, P, s);
    enqueue_c153(slot, P, s);
    enqueue_c154(slot, P, s);
    enqueue_c155(slot, P, s);
    enqueue_c156(slot, P, s);
    enqueue_c157(slot, P, s);
    enqueue_c158(slot, P, s);
    enqueue_c159(slot, P, s);
    enqueue_c160(slot, P, s);
    enqueue_c161(slot, P, s);
    enqueue_c162(slot, P, s);
    enqueue_c163(slot, P, s);
    enqueue_c164(slot, P, s);
    enqueue_c165(slot, P, s);
    enqueue_c166(slot, P, s);
    enqueue_c167(slot, P, s);
    if (*(i64 *)slot[1146] + (i64)P[1] > (i64)P[1251]) { team->stop = s + 1 - team->step0; return; }
    if (*(i64 *)slot[1150] + (i64)P[39] > (i64)P[1252]) { team->stop = s + 1 - team->step0; return; }
    if (*(i64 *)slot[1156] + (i64)P[143] > (i64)P[1253]) { team->stop = s + 1 - team->step0; return; }
    if (*(i64 *)slot[1160] + (i64)P[179] > (i64)P[1254]) { team->stop = s + 1 - team->step0; return; }
    if (*(i64 *)slot[1166] + (i64)P[283] > (i64)P[1255]) { team->stop = s + 1 - team->step0; return; }
    if (*(i64 *)slot[1170] + (i64)P[319] > (i64)P[1256]) { team->stop = s + 1 - team->step0; return; }
    if (*(i64 *)slot[1176] + (i64)P[423] > (i64)P[1257]) { team->stop = s + 1 - team->step0; return; }
    if (*(i64 *)slot[1180] + (i64)P[459] > (i64)P[1258]) { team->stop = s + 1 - team->step0; return; }
    if (*(i64 *)slot[1186] + (i64)P[563] > (i64)P[1259]) { team->stop = s + 1 - team->step0; return; }
    if (*(i64 *)slot[1190] + (i64)P[599] > (i64)P[1260]) { team->stop = s + 1 - team->step0; return; }
    if (*(i64 *)slot[1196] + (i64)P[703] > (i64)P[1261]) { team->stop = s + 1 - team->step0; return; }
    if (*(i64 *)slot[1200] + (i64)P[739] > (i64)P[1262]) { team->stop = s + 1 - team->step0; return; }
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
            deliver_c0(slot, P, s, dt, seed, 0, 1); drop_c0(slot, P, s);
            deliver_c1(slot, P, s, dt, seed, 0, 1); drop_c1(slot, P, s);
            deliver_c2(slot, P, s, dt, seed, 0, 1); drop_c2(slot, P, s);
            deliver_c3(slot, P, s, dt, seed, 0, 1); drop_c3(slot, P, s);
            deliver_c4(slot, P, s, dt, seed, 0, 1); drop_c4(slot, P, s);
            deliver_c5(slot, P, s, dt, seed, 0, 1); drop_c5(slot, P, s);
            deliver_c6(slot, P, s, dt, seed, 0, 1); drop_c6(slot, P, s);
            deliver_c7(slot, P, s, dt, seed, 0, 1); drop_c7(slot, P, s);
            deliver_c8(slot, P, s, dt, seed, 0, 1); drop_c8(slot, P, s);
            deliver_c9(slot, P, s, dt, seed, 0, 1); drop_c9(slot, P, s);
            deliver_c10(slot, P, s, dt, seed, 0, 1); drop_c10(slot, P, s);
            deliver_c11(slot, P, s, dt, seed, 0, 1); drop_c11(slot, P, s);
            deliver_c12(slot, P, s, dt, seed, 0, 1); drop_c12(slot, P, s);
            deliver_c13(slot, P, s, dt, seed, 0, 1); drop_c13(slot, P, s);
            deliver_c14(slot, P, s, dt, seed, 0, 1); drop_c14(slot, P, s);
            deliver_c15(slot, P, s, dt, seed, 0, 1); drop_c15(slot, P, s);
            deliver_c16(slot, P, s, dt, seed, 0, 1); drop_c16(slot, P, s);
            deliver_c17(slot, P, s, dt, seed, 0, 1); drop_c17(slot, P, s);
            deliver_c18(slot, P, s, dt, seed, 0, 1); drop_c18(slot, P, s);
            deliver_c19(slot, P, s, dt, seed, 0, 1); drop_c19(slot, P, s);
            deliver_c20(slot, P, s, dt, seed, 0, 1); drop_c20(slot, P, s);
            deliver_c21(slot, P, s, dt, seed, 0, 1); drop_c21(slot, P, s);
            deliver_c22(slot, P, s, dt, seed, 0, 1); drop_c22(slot, P, s);
            deliver_c23(slot, P, s, dt, seed, 0, 1); drop_c23(slot, P, s);
            deliver_c24(slot, P, s, dt, seed, 0, 1); drop_c24(slot, P, s);
            deliver_c25(slot, P, s, dt, seed, 0, 1); drop_c25(slot, P, s);
            deliver_c26(slot, P, s, dt, seed, 0, 1); drop_c26(slot, P, s);
            deliver_c27(slot, P, s, dt, seed, 0, 1); drop_c27(slot, P, s);
            deliver_c28(slot, P, s, dt, seed, 0, 1); drop_c28(slot, P, s);
            deliver_c29(slot, P, s, dt, seed, 0, 1); drop_c29(slot, P, s);
            deliver_c30(slot, P, s, dt, seed, 0, 1); drop_c30(slot, P, s);
            deliver_c31(slot, P, s, dt, seed, 0, 1); drop_c31(slot, P, s);
            deliver_c32(slot, P, s, dt, seed, 0, 1); drop_c32(slot, P, s);
            deliver_c33(slot, P, s, dt, seed, 0, 1); drop_c33(slot, P, s);
            deliver_c34(slot, P, s, dt, seed, 0, 1); drop_c34(slot, P, s);
            deliver_c35(slot, P, s, dt, seed, 0, 1); drop_c35(slot, P, s);
            deliver_c36(slot, P, s, dt, seed, 0, 1); drop_c36(slot, P, s);
            deliver_c37(slot, P, s, dt, seed, 0, 1); drop_c37(slot, P, s);
            deliver_c38(slot, P, s, dt, seed, 0, 1); drop_c38(slot, P, s);
            deliver_c39(slot, P, s, dt, seed, 0, 1); drop_c39(slot, P, s);
            deliver_c40(slot, P, s, dt, seed, 0, 1); drop_c40(slot, P, s);
            deliver_c41(slot, P, s, dt, seed, 0, 1); drop_c41(slot, P, s);
            deliver_c42(slot, P, s, dt, seed, 0, 1); drop_c42(slot, P, s);
            deliver_c43(slot, P, s, dt, seed, 0, 1); drop_c43(slot, P, s);
            deliver_c44(slot, P, s, dt, seed, 0, 1); drop_c44(slot, P, s);
            deliver_c45(slot, P, s, dt, seed, 0, 1); drop_c45(slot, P, s);
            deliver_c46(slot, P, s, dt, seed, 0, 1); drop_c46(slot, P, s);
            deliver_c47(slot, P, s, dt, seed, 0, 1); drop_c47(slot, P, s);
            deliver_c48(slot, P, s, dt, seed, 0, 1); drop_c48(slot, P, s);
            deliver_c49(slot, P, s, dt, seed, 0, 1); drop_c49(slot, P, s);
            deliver_c50(slot, P, s, dt, seed, 0, 1); drop_c50(slot, P, s);
            deliver_c51(slot, P, s, dt, seed, 0, 1); drop_c51(slot, P, s);
            deliver_c52(slot, P, s, dt, seed, 0, 1); drop_c52(slot, P, s);
            deliver_c53(slot, P, s, dt, seed, 0, 1); drop_c53(slot, P, s);
            deliver_c54(slot, P, s, dt, seed, 0, 1); drop_c54(slot, P, s);
            deliver_c55(slot, P, s, dt, seed, 0, 1); drop_c55(slot, P, s);
            deliver_c56(slot, P, s, dt, seed, 0, 1); drop_c56(slot, P, s);
            deliver_c57(slot, P, s, dt, seed, 0, 1); drop_c57(slot, P, s);
            deliver_c58(slot, P, s, dt, seed, 0, 1); drop_c58(slot, P, s);
            deliver_c59(slot, P, s, dt, seed, 0, 1); drop_c59(slot, P, s);
            deliver_c60(slot, P, s, dt, seed, 0, 1); drop_c60(slot, P, s);
            deliver_c61(slot, P, s, dt, seed, 0, 1); drop_c61(slot, P, s);
            deliver_c62(slot, P, s, dt, seed, 0, 1); drop_c62(slot, P, s);
            deliver_c63(slot, P, s, dt, seed, 0, 1); drop_c63(slot, P, s);
            deliver_c64(slot, P, s, dt, seed, 0, 1); drop_c64(slot, P, s);
            deliver_c65(slot, P, s, dt, seed, 0, 1); drop_c65(slot, P, s);
            deliver_c66(slot, P, s, dt, seed, 0, 1); drop_c66(slot, P, s);
            deliver_c67(slot, P, s, dt, seed, 0, 1); drop_c67(slot, P, s);
            deliver_c68(slot, P, s, dt, seed, 0, 1); drop_c68(slot, P, s);
            deliver_c69(slot, P, s, dt, seed, 0, 1); drop_c69(slot, P, s);
            deliver_c70(slot, P, s, dt, seed, 0, 1); drop_c70(slot, P, s);
            deliver_c71(slot, P, s, dt, seed, 0, 1); drop_c71(slot, P, s);
            deliver_c72(slot, P, s, dt, seed, 0, 1); drop_c72(slot, P, s);
            deliver_c73(slot, P, s, dt, seed, 0, 1); drop_c73(slot, P, s);
            deliver_c74(slot, P, s, dt, seed, 0, 1); drop_c74(slot, P, s);
            deliver_c75(slot, P, s, dt, seed, 0, 1); drop_c75(slot, P, s);
            deliver_c76(slot, P, s, dt, seed, 0, 1); drop_c76(slot, P, s);
            deliver_c77(slot, P, s, dt, seed, 0, 1); drop_c77(slot, P, s);
            deliver_c78(slot, P, s, dt, seed, 0, 1); drop_c78(slot, P, s);
            deliver_c79(slot, P, s, dt, seed, 0, 1); drop_c79(slot, P, s);
            deliver_c80(slot, P, s, dt, seed, 0, 1); drop_c80(slot, P, s);
            deliver_c81(slot, P, s, dt, seed, 0, 1); drop_c81(slot, P, s);
            deliver_c82(slot, P, s, dt, seed, 0, 1); drop_c82(slot, P, s);
            deliver_c83(slot, P, s, dt, seed, 0, 1); drop_c83(slot, P, s);
            deliver_c84(slot, P, s, dt, seed, 0, 1); drop_c84(slot, P, s);
            deliver_c85(slot, P, s, dt, seed, 0, 1); drop_c85(slot, P, s);
            deliver_c86(slot, P, s, dt, seed, 0, 1); drop_c86(slot, P, s);
            deliver_c87(slot, P, s, dt, seed, 0, 1); drop_c87(slot, P, s);
            deliver_c88(slot, P, s, dt, seed, 0, 1); drop_c88(slot, P, s);
            deliver_c89(slot, P, s, dt, seed, 0, 1); drop_c89(slot, P, s);
            deliver_c90(slot, P, s, dt, seed, 0, 1); drop_c90(slot, P, s);
            deliver_c91(slot, P, s, dt, seed, 0, 1); drop_c91(slot, P, s);
            deliver_c92(slot, P, s, dt, seed, 0, 1); drop_c92(slot, P, s);
            deliver_c93(slot, P, s, dt, seed, 0, 1); drop_c93(slot, P, s);
            deliver_c94(slot, P, s, dt, seed, 0, 1); drop_c94(slot, P, s);
            deliver_c95(slot, P, s, dt, seed, 0, 1); drop_c95(slot, P, s);
            deliver_c96(slot, P, s, dt, seed, 0, 1); drop_c96(slot, P, s);
            deliver_c97(slot, P, s, dt, seed, 0, 1); drop_c97(slot, P, s);
            deliver_c98(slot, P, s, dt, seed, 0, 1); drop_c98(slot, P, s);
            deliver_c99(slot, P, s, dt, seed, 0, 1); drop_c99(slot, P, s);
            deliver_c100(slot, P, s, dt, seed, 0, 1); drop_c100(slot, P, s);
            deliver_c101(slot, P, s, dt, seed, 0, 1); drop_c101(slot, P, s);
            deliver_c102(slot, P, s, dt, seed, 0, 1); drop_c102(slot, P, s);
            deliver_c103(slot, P, s, dt, seed, 0, 1); drop_c103(slot, P, s);
            deliver_c104(slot, P, s, dt, seed, 0, 1); drop_c104(slot, P, s);
            deliver_c105(slot, P, s, dt, seed, 0, 1); drop_c105(slot, P, s);
            deliver_c106(slot, P, s, dt, seed, 0, 1); drop_c106(slot, P, s);
            deliver_c107(slot, P, s, dt, seed, 0, 1); drop_c107(slot, P, s);
            deliver_c108(slot, P, s, dt, seed, 0, 1); drop_c108(slot, P, s);
            deliver_c109(slot, P, s, dt, seed, 0, 1); drop_c109(slot, P, s);
            deliver_c110(slot, P, s, dt, seed, 0, 1); drop_c110(slot, P, s);
            deliver_c111(slot, P, s, dt, seed, 0, 1); drop_c111(slot, P, s);
            deliver_c112(slot, P, s, dt, seed, 0, 1); drop_c112(slot, P, s);
            deliver_c113(slot, P, s, dt, seed, 0, 1); drop_c113(slot, P, s);
            deliver_c114(slot, P, s, dt, seed, 0, 1); drop_c114(slot, P, s);
            deliver_c115(slot, P, s, dt, seed, 0, 1); drop_c115(slot, P, s);
            deliver_c116(slot, P, s, dt, seed, 0, 1); drop_c116(slot, P, s);
            deliver_c117(slot, P, s, dt, seed, 0, 1); drop_c117(slot, P, s);
            deliver_c118(slot, P, s, dt, seed, 0, 1); drop_c118(slot, P, s);
            deliver_c119(slot, P, s, dt, seed, 0, 1); drop_c119(slot, P, s);
            deliver_c120(slot, P, s, dt, seed, 0, 1); drop_c120(slot, P, s);
            deliver_c121(slot, P, s, dt, seed, 0, 1); drop_c121(slot, P, s);
            deliver_c122(slot, P, s, dt, seed, 0, 1); drop_c122(slot, P, s);
            deliver_c123(slot, P, s, dt, seed, 0, 1); drop_c123(slot, P, s);
            deliver_c124(slot, P, s, dt, seed, 0, 1); drop_c124(slot, P, s);
            deliver_c125(slot, P, s, dt, seed, 0, 1); drop_c125(slot, P, s);
            deliver_c126(slot, P, s, dt, seed, 0, 1); drop_c126(slot, P, s);
            deliver_c127(slot, P, s, dt, seed, 0, 1); drop_c127(slot, P, s);
            deliver_c128(slot, P, s, dt, seed, 0, 1); drop_c128(slot, P, s);
            deliver_c129(slot, P, s, dt, seed, 0, 1); drop_c129(slot, P, s);
            deliver_c130(slot, P, s, dt, seed, 0, 1); drop_c130(slot, P, s);
            deliver_c131(slot, P, s, dt, seed, 0, 1); drop_c131(slot, P, s);
            deliver_c132(slot, P, s, dt, seed, 0, 1); drop_c132(slot, P, s);
            deliver_c133(slot, P, s, dt, seed, 0, 1); drop_c133(slot, P, s);
            deliver_c134(slot, P, s, dt, seed, 0, 1); drop_c134(slot, P, s);
            deliver_c135(slot, P, s, dt, seed, 0, 1); drop_c135(slot, P, s);
            deliver_c136(slot, P, s, dt, seed, 0, 1); drop_c136(slot, P, s);
            deliver_c137(slot, P, s, dt, seed, 0, 1); drop_c137(slot, P, s);
            deliver_c138(slot, P, s, dt, seed, 0, 1); drop_c138(slot, P, s);
            deliver_c139(slot, P, s, dt, seed, 0, 1); drop_c139(slot, P, s);
            deliver_c140(slot, P, s, dt, seed, 0, 1); drop_c140(slot, P, s);
            deliver_c141(slot, P, s, dt, seed, 0, 1); drop_c141(slot, P, s);
            deliver_c142(slot, P, s, dt, seed, 0, 1); drop_c142(slot, P, s);
            deliver_c143(slot, P, s, dt, seed, 0, 1); drop_c143(slot, P, s);
            deliver_c144(slot, P, s, dt, seed, 0, 1); drop_c144(slot, P, s);
            deliver_c145(slot, P, s, dt, seed, 0, 1); drop_c145(slot, P, s);
            deliver_c146(slot, P, s, dt, seed, 0, 1); drop_c146(slot, P, s);
            deliver_c147(slot, P, s, dt, seed, 0, 1); drop_c147(slot, P, s);
            deliver_c148(slot, P, s, dt, seed, 0, 1); drop_c148(slot, P, s);
            deliver_c149(slot, P, s, dt, seed, 0, 1); drop_c149(slot, P, s);
            deliver_c150(slot, P, s, dt, seed, 0, 1); drop_c150(slot, P, s);
            deliver_c151(slot, P, s, dt, seed, 0, 1); drop_c151(slot, P, s);
            deliver_c152(slot, P, s, dt, seed, 0, 1); drop_c152(slot, P, s);
            deliver_c153(slot, P, s, dt, seed, 0, 1); drop_c153(slot, P, s);
            deliver_c154(slot, P, s, dt, seed, 0, 1); drop_c154(slot, P, s);
            deliver_c155(slot, P, s, dt, seed, 0, 1); drop_c155(slot, P, s);
            deliver_c156(slot, P, s, dt, seed, 0, 1); drop_c156(slot, P, s);
            deliver_c157(slot, P, s, dt, seed, 0, 1); drop_c157(slot, P, s);
            deliver_c158(slot, P, s, dt, seed, 0, 1); drop_c158(slot, P, s);
            deliver_c159(slot, P, s, dt, seed, 0, 1); drop_c159(slot, P, s);
            deliver_c160(slot, P, s, dt, seed, 0, 1); drop_c160(slot, P, s);
            deliver_c161(slot, P, s, dt, seed, 0, 1); drop_c161(slot, P, s);
            deliver_c162(slot, P, s, dt, seed, 0, 1); drop_c162(slot, P, s);
            deliver_c163(slot, P, s, dt, seed, 0, 1); drop_c163(slot, P, s);
            deliver_c164(slot, P, s, dt, seed, 0, 1); drop_c164(slot, P, s);
            deliver_c165(slot, P, s, dt, seed, 0, 1); drop_c165(slot, P, s);
            deliver_c166(slot, P, s, dt, seed, 0, 1); drop_c166(slot, P, s);
            deliver_c167(slot, P, s, dt, seed, 0, 1); drop_c167(slot, P, s);
            drive_q0(slot, P, s, dt, seed);
            drive_q1(slot, P, s, dt, seed);
            drive_q2(slot, P, s, dt, seed);
            drive_q3(slot, P, s, dt, seed);
            drive_q4(slot, P, s, dt, seed);
            drive_q5(slot, P, s, dt, seed);
            drive_q6(slot, P, s, dt, seed);
            drive_q7(slot, P, s, dt, seed);
            drive_q8(slot, P, s, dt, seed);
            drive_q9(slot, P, s, dt, seed);
            drive_q10(slot, P, s, dt, seed);
            drive_q11(slot, P, s, dt, seed);
            drive_q12(slot, P, s, dt, seed);
            drive_q13(slot, P, s, dt, seed);
            drive_q14(slot, P, s, dt, seed);
            drive_q15(slot, P, s, dt, seed);
            drive_q16(slot, P, s, dt, seed);
            drive_q17(slot, P, s, dt, seed);
            drive_q18(slot, P, s, dt, seed);
            drive_q19(slot, P, s, dt, seed);
            drive_q20(slot, P, s, dt, seed);
            drive_q21(slot, P, s, dt, seed);
            drive_q22(slot, P, s, dt, seed);
            drive_q23(slot, P, s, dt, seed);
            drive_q24(slot, P, s, dt, seed);
            drive_q25(slot, P, s, dt, seed);
            drive_q26(slot, P, s, dt, seed);
            drive_q27(slot, P, s, dt, seed);
            drive_q28(slot, P, s, dt, seed);
            drive_q29(slot, P, s, dt, seed);
            drive_q30(slot, P, s, dt, seed);
            drive_q31(slot, P, s, dt, seed);
            drive_q32(slot, P, s, dt, seed);
            drive_q33(slot, P, s, dt, seed);
            drive_q34(slot, P, s, dt, seed);
            drive_q35(slot, P, s, dt, seed);
            if (record_state(slot, P, s)) team->stop = s - team->step0;
        }
        if (parts > 1) pthread_barrier_wait(&team->barrier);
        if (team->stop >= 0) return team->stop;
         {
            const i64 n = (i64)P[1], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[0][part] = 0;
            team->bad[0][part] = step_p0(slot, P, s, dt, seed, lo, hi, team->emitted[0] + lo, &team->nemitted[0][part]);
        }
         {
            const i64 n = (i64)P[39], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[1][part] = 0;
            team->bad[1][part] = step_p1(slot, P, s, dt, seed, lo, hi, team->emitted[1] + lo, &team->nemitted[1][part]);
        }
         {
            const i64 n = (i64)P[75], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[2][part] = 0;
            team->bad[2][part] = step_p2(slot, P, s, dt, seed, lo, hi, team->emitted[2] + lo, &team->nemitted[2][part]);
        }
         {
            const i64 n = (i64)P[109], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[3][part] = 0;
            team->bad[3][part] = step_p3(slot, P, s, dt, seed, lo, hi, team->emitted[3] + lo, &team->nemitted[3][part]);
        }
         {
            const i64 n = (i64)P[143], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[4][part] = 0;
            team->bad[4][part] = step_p4(slot, P, s, dt, seed, lo, hi, team->emitted[4] + lo, &team->nemitted[4][part]);
        }
         {
            const i64 n = (i64)P[179], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[5][part] = 0;
            team->bad[5][part] = step_p5(slot, P, s, dt, seed, lo, hi, team->emitted[5] + lo, &team->nemitted[5][part]);
        }
         {
            const i64 n = (i64)P[215], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[6][part] = 0;
            team->bad[6][part] = step_p6(slot, P, s, dt, seed, lo, hi, team->emitted[6] + lo, &team->nemitted[6][part]);
        }
         {
            const i64 n = (i64)P[249], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[7][part] = 0;
            team->bad[7][part] = step_p7(slot, P, s, dt, seed, lo, hi, team->emitted[7] + lo, &team->nemitted[7][part]);
        }
         {
            const i64 n = (i64)P[283], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[8][part] = 0;
            team->bad[8][part] = step_p8(slot, P, s, dt, seed, lo, hi, team->emitted[8] + lo, &team->nemitted[8][part]);
        }
         {
            const i64 n = (i64)P[319], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[9][part] = 0;
            team->bad[9][part] = step_p9(slot, P, s, dt, seed, lo, hi, team->emitted[9] + lo, &team->nemitted[9][part]);
        }
         {
            const i64 n = (i64)P[355], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[10][part] = 0;
            team->bad[10][part] = step_p10(slot, P, s, dt, seed, lo, hi, team->emitted[10] + lo, &team->nemitted[10][part]);
        }
         {
            const i64 n = (i64)P[389], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[11][part] = 0;
            team->bad[11][part] = step_p11(slot, P, s, dt, seed, lo, hi, team->emitted[11] + lo, &team->nemitted[11][part]);
        }
         {
            const i64 n = (i64)P[423], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[12][part] = 0;
            team->bad[12][part] = step_p12(slot, P, s, dt, seed, lo, hi, team->emitted[12] + lo, &team->nemitted[12][part]);
        }
         {
            const i64 n = (i64)P[459], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[13][part] = 0;
            team->bad[13][part] = step_p13(slot, P, s, dt, seed, lo, hi, team->emitted[13] + lo, &team->nemitted[13][part]);
        }
         {
            const i64 n = (i64)P[495], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[14][part] = 0;
            team->bad[14][part] = step_p14(slot, P, s, dt, seed, lo, hi, team->emitted[14] + lo, &team->nemitted[14][part]);
        }
         {
            const i64 n = (i64)P[529], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[15][part] = 0;
            team->bad[15][part] = step_p15(slot, P, s, dt, seed, lo, hi, team->emitted[15] + lo, &team->nemitted[15][part]);
        }
         {
            const i64 n = (i64)P[563], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[16][part] = 0;
            team->bad[16][part] = step_p16(slot, P, s, dt, seed, lo, hi, team->emitted[16] + lo, &team->nemitted[16][part]);
        }
         {
            const i64 n = (i64)P[599], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[17][part] = 0;
            team->bad[17][part] = step_p17(slot, P, s, dt, seed, lo, hi, team->emitted[17] + lo, &team->nemitted[17][part]);
        }
         {
            const i64 n = (i64)P[635], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[18][part] = 0;
            team->bad[18][part] = step_p18(slot, P, s, dt, seed, lo, hi, team->emitted[18] + lo, &team->nemitted[18][part]);
        }
         {
            const i64 n = (i64)P[669], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[19][part] = 0;
            team->bad[19][part] = step_p19(slot, P, s, dt, seed, lo, hi, team->emitted[19] + lo, &team->nemitted[19][part]);
        }
         {
            const i64 n = (i64)P[703], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[20][part] = 0;
            team->bad[20][part] = step_p20(slot, P, s, dt, seed, lo, hi, team->emitted[20] + lo, &team->nemitted[20][part]);
        }
         {
            const i64 n = (i64)P[739], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[21][part] = 0;
            team->bad[21][part] = step_p21(slot, P, s, dt, seed, lo, hi, team->emitted[21] + lo, &team->nemitted[21][part]);
        }
         {
            const i64 n = (i64)P[775], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[22][part] = 0;
            team->bad[22][part] = step_p22(slot, P, s, dt, seed, lo, hi, team->emitted[22] + lo, &team->nemitted[22][part]);
        }
         {
            const i64 n = (i64)P[809], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[23][part] = 0;
            team->bad[23][part] = step_p23(slot, P, s, dt, seed, lo, hi, team->emitted[23] + lo, &team->nemitted[23][part]);
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
    int wanted = (int)team.P[1263];
    if (wanted < 1) wanted = 1;
    if (wanted > 8) wanted = 8;
    team.emitted[0] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[1] + 1));
    team.emitted[1] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[39] + 1));
    team.emitted[2] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[75] + 1));
    team.emitted[3] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[109] + 1));
    team.emitted[4] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[143] + 1));
    team.emitted[5] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[179] + 1));
    team.emitted[6] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[215] + 1));
    team.emitted[7] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[249] + 1));
    team.emitted[8] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[283] + 1));
    team.emitted[9] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[319] + 1));
    team.emitted[10] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[355] + 1));
    team.emitted[11] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[389] + 1));
    team.emitted[12] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[423] + 1));
    team.emitted[13] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[459] + 1));
    team.emitted[14] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[495] + 1));
    team.emitted[15] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[529] + 1));
    team.emitted[16] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[563] + 1));
    team.emitted[17] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[599] + 1));
    team.emitted[18] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[635] + 1));
    team.emitted[19] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[669] + 1));
    team.emitted[20] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[703] + 1));
    team.emitted[21] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[739] + 1));
    team.emitted[22] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[775] + 1));
    team.emitted[23] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[809] + 1));
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
    free(team.emitted[1]);
    free(team.emitted[2]);
    free(team.emitted[3]);
    free(team.emitted[4]);
    free(team.emitted[5]);
    free(team.emitted[6]);
    free(team.emitted[7]);
    free(team.emitted[8]);
    free(team.emitted[9]);
    free(team.emitted[10]);
    free(team.emitted[11]);
    free(team.emitted[12]);
    free(team.emitted[13]);
    free(team.emitted[14]);
    free(team.emitted[15]);
    free(team.emitted[16]);
    free(team.emitted[17]);
    free(team.emitted[18]);
    free(team.emitted[19]);
    free(team.emitted[20]);
    free(team.emitted[21]);
    free(team.emitted[22]);
    free(team.emitted[23]);
    return done;
}
