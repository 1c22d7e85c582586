/* soma emit: the run at line 67 of wang2002.soma */
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
static __attribute__((noinline, noclone)) int update_p0(void **slot, const double *P, const int *S, const int *Q, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    const i64 n = (i64)P[Q[0]];
    const double t = P[Q[1]] + (double)(s - (i64)P[Q[2]]) * dt;
    const real dtr = (real)dt;
    (void)t; (void)dtr; (void)seed;
    real *restrict a_v = (real *)slot[S[0]];
    real *restrict a_g_poisson = (real *)slot[S[1]];
    real *restrict a_g_poisson_2 = (real *)slot[S[2]];
    real *restrict a_g_A = (real *)slot[S[3]];
    real *restrict a_g_B = (real *)slot[S[4]];
    real *restrict a_g_Rest = (real *)slot[S[5]];
    real *restrict a_g_A_2 = (real *)slot[S[6]];
    real *restrict a_g_B_2 = (real *)slot[S[7]];
    real *restrict a_g_Rest_2 = (real *)slot[S[8]];
    real *restrict a_g_Inh = (real *)slot[S[9]];
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
    const real p_tau_AMPA_A = (real)P[Q[13]];
    const real p_E_AMPA_A = (real)P[Q[14]];
    const real p_tau_AMPA_B = (real)P[Q[15]];
    const real p_E_AMPA_B = (real)P[Q[16]];
    const real p_tau_AMPA_Rest = (real)P[Q[17]];
    const real p_E_AMPA_Rest = (real)P[Q[18]];
    const real p_tau_decay_A = (real)P[Q[19]];
    const real p_tau_rise_A = (real)P[Q[20]];
    const real p_alpha_A = (real)P[Q[21]];
    const real p_Mg_A = (real)P[Q[22]];
    const real p_E_NMDA_A = (real)P[Q[23]];
    const real p_tau_decay_B = (real)P[Q[24]];
    const real p_tau_rise_B = (real)P[Q[25]];
    const real p_alpha_B = (real)P[Q[26]];
    const real p_Mg_B = (real)P[Q[27]];
    const real p_E_NMDA_B = (real)P[Q[28]];
    const real p_tau_decay_Rest = (real)P[Q[29]];
    const real p_tau_rise_Rest = (real)P[Q[30]];
    const real p_alpha_Rest = (real)P[Q[31]];
    const real p_Mg_Rest = (real)P[Q[32]];
    const real p_E_NMDA_Rest = (real)P[Q[33]];
    const real p_tau_GABA_Inh = (real)P[Q[34]];
    const real p_E_GABA_Inh = (real)P[Q[35]];
    const real in_Isyn = (real)P[Q[36]];
    int *restrict previous = (int *)slot[S[10]];
    int *restrict refractory_left = (int *)slot[S[11]];
    const int refractory_steps = (int)P[Q[37]];
    u64 bad = 0;
    const real h0 = (p_Mg_Rest * 0.2801120448179272);
    const real h1 = (p_Mg_B * 0.2801120448179272);
    const real h2 = (p_Mg_A * 0.2801120448179272);
    const real h3 = (1.0 / p_C);
    const real h4 = (1.0 / p_tau_AMPA_poisson);
    const real h5 = (1.0 / p_tau_AMPA_poisson_2);
    const real h6 = (1.0 / p_tau_AMPA_A);
    const real h7 = (1.0 / p_tau_AMPA_B);
    const real h8 = (1.0 / p_tau_AMPA_Rest);
    const real h9 = (1.0 / p_tau_decay_A);
    const real h10 = (1.0 / p_tau_decay_B);
    const real h11 = (1.0 / p_tau_decay_Rest);
    const real h12 = (1.0 / p_tau_GABA_Inh);
    for (i64 i = lo; i < hi; ++i) {
        real x_v = a_v[i];
        real x_g_poisson = a_g_poisson[i];
        real x_g_poisson_2 = a_g_poisson_2[i];
        real x_g_A = a_g_A[i];
        real x_g_B = a_g_B[i];
        real x_g_Rest = a_g_Rest[i];
        real x_g_A_2 = a_g_A_2[i];
        real x_g_B_2 = a_g_B_2[i];
        real x_g_Rest_2 = a_g_Rest_2[i];
        real x_g_Inh = a_g_Inh[i];
        const real c0_0 = soma_exp((-62.0 * x_v));
        const real k0_v = (((-(p_gL * (x_v - p_El))) + (((((((((in_Isyn + (x_g_Inh * (p_E_GABA_Inh - x_v))) + ((x_g_Rest_2 * (p_E_NMDA_Rest - x_v)) / (1.0 + (h0 * c0_0)))) + ((x_g_B_2 * (p_E_NMDA_B - x_v)) / (1.0 + (h1 * c0_0)))) + ((x_g_A_2 * (p_E_NMDA_A - x_v)) / (1.0 + (h2 * c0_0)))) + (x_g_Rest * (p_E_AMPA_Rest - x_v))) + (x_g_B * (p_E_AMPA_B - x_v))) + (x_g_A * (p_E_AMPA_A - x_v))) + (x_g_poisson_2 * (p_E_AMPA_poisson_2 - x_v))) + (x_g_poisson * (p_E_AMPA_poisson - x_v)))) * h3);
        const real k0_g_poisson = (-(x_g_poisson * h4));
        const real k0_g_poisson_2 = (-(x_g_poisson_2 * h5));
        const real k0_g_A = (-(x_g_A * h6));
        const real k0_g_B = (-(x_g_B * h7));
        const real k0_g_Rest = (-(x_g_Rest * h8));
        const real k0_g_A_2 = (-(x_g_A_2 * h9));
        const real k0_g_B_2 = (-(x_g_B_2 * h10));
        const real k0_g_Rest_2 = (-(x_g_Rest_2 * h11));
        const real k0_g_Inh = (-(x_g_Inh * h12));
        real n_v = x_v + dtr * ((real)1.0 * k0_v);
        real n_g_poisson = x_g_poisson + dtr * ((real)1.0 * k0_g_poisson);
        real n_g_poisson_2 = x_g_poisson_2 + dtr * ((real)1.0 * k0_g_poisson_2);
        real n_g_A = x_g_A + dtr * ((real)1.0 * k0_g_A);
        real n_g_B = x_g_B + dtr * ((real)1.0 * k0_g_B);
        real n_g_Rest = x_g_Rest + dtr * ((real)1.0 * k0_g_Rest);
        real n_g_A_2 = x_g_A_2 + dtr * ((real)1.0 * k0_g_A_2);
        real n_g_B_2 = x_g_B_2 + dtr * ((real)1.0 * k0_g_B_2);
        real n_g_Rest_2 = x_g_Rest_2 + dtr * ((real)1.0 * k0_g_Rest_2);
        real n_g_Inh = x_g_Inh + dtr * ((real)1.0 * k0_g_Inh);
        const int refractory = refractory_left[i] > 0;
        refractory_left[i] -= refractory;
        (void)refractory;
        n_v = soma_select(refractory, x_v, n_v);
        { union { real value; u64 bits; } finite; finite.value = (n_v - n_v) + (n_g_poisson - n_g_poisson) + (n_g_poisson_2 - n_g_poisson_2) + (n_g_A - n_g_A) + (n_g_B - n_g_B) + (n_g_Rest - n_g_Rest) + (n_g_A_2 - n_g_A_2) + (n_g_B_2 - n_g_B_2) + (n_g_Rest_2 - n_g_Rest_2) + (n_g_Inh - n_g_Inh); bad |= finite.bits; }
        x_v = n_v;
        x_g_poisson = n_g_poisson;
        x_g_poisson_2 = n_g_poisson_2;
        x_g_A = n_g_A;
        x_g_B = n_g_B;
        x_g_Rest = n_g_Rest;
        x_g_A_2 = n_g_A_2;
        x_g_B_2 = n_g_B_2;
        x_g_Rest_2 = n_g_Rest_2;
        x_g_Inh = n_g_Inh;
        const int fired = (x_v > p_Vt);
        previous[i] = fired | ((fired && !(previous[i] & 1) && !refractory) << 1);
        a_v[i] = x_v;
        a_g_poisson[i] = x_g_poisson;
        a_g_poisson_2[i] = x_g_poisson_2;
        a_g_A[i] = x_g_A;
        a_g_B[i] = x_g_B;
        a_g_Rest[i] = x_g_Rest;
        a_g_A_2[i] = x_g_A_2;
        a_g_B_2[i] = x_g_B_2;
        a_g_Rest_2[i] = x_g_Rest_2;
        a_g_Inh[i] = x_g_Inh;
    }
    for (i64 i = lo; i < hi; ++i) {
        if (i + SOMA_SPIKE_SCAN <= hi && soma_no_spike_among(previous + i)) { i += SOMA_SPIKE_SCAN - 1; continue; }
        if (!(previous[i] & 2)) continue;
        real x_v = a_v[i];
        real x_g_poisson = a_g_poisson[i];
        real x_g_poisson_2 = a_g_poisson_2[i];
        real x_g_A = a_g_A[i];
        real x_g_B = a_g_B[i];
        real x_g_Rest = a_g_Rest[i];
        real x_g_A_2 = a_g_A_2[i];
        real x_g_B_2 = a_g_B_2[i];
        real x_g_Rest_2 = a_g_Rest_2[i];
        real x_g_Inh = a_g_Inh[i];
        x_v = p_Vr;
        refractory_left[i] = refractory_steps;
        emitted[(*nemitted)++] = i;
        previous[i] = (int)(x_v > p_Vt);
        a_v[i] = x_v;
        a_g_poisson[i] = x_g_poisson;
        a_g_poisson_2[i] = x_g_poisson_2;
        a_g_A[i] = x_g_A;
        a_g_B[i] = x_g_B;
        a_g_Rest[i] = x_g_Rest;
        a_g_A_2[i] = x_g_A_2;
        a_g_B_2[i] = x_g_B_2;
        a_g_Rest_2[i] = x_g_Rest_2;
        a_g_Inh[i] = x_g_Inh;
    }
    (void)emitted; (void)nemitted;
    return bad != 0;
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
    const real *a_g_A = (const real *)slot[6];
    for (i64 j = 0; j < n; ++j) if (!((a_g_A[j] - a_g_A[j]) == 0)) { err[0] = s + 1; err[1] = 0; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_B = (const real *)slot[7];
    for (i64 j = 0; j < n; ++j) if (!((a_g_B[j] - a_g_B[j]) == 0)) { err[0] = s + 1; err[1] = 0; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_Rest = (const real *)slot[8];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Rest[j] - a_g_Rest[j]) == 0)) { err[0] = s + 1; err[1] = 0; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_A_2 = (const real *)slot[9];
    for (i64 j = 0; j < n; ++j) if (!((a_g_A_2[j] - a_g_A_2[j]) == 0)) { err[0] = s + 1; err[1] = 0; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_B_2 = (const real *)slot[10];
    for (i64 j = 0; j < n; ++j) if (!((a_g_B_2[j] - a_g_B_2[j]) == 0)) { err[0] = s + 1; err[1] = 0; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_Rest_2 = (const real *)slot[11];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Rest_2[j] - a_g_Rest_2[j]) == 0)) { err[0] = s + 1; err[1] = 0; err[2] = 8; err[3] = j; return 1; }
    const real *a_g_Inh = (const real *)slot[12];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Inh[j] - a_g_Inh[j]) == 0)) { err[0] = s + 1; err[1] = 0; err[2] = 9; err[3] = j; return 1; }
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
    const real *a_g_A = (const real *)slot[18];
    for (i64 j = 0; j < n; ++j) if (!((a_g_A[j] - a_g_A[j]) == 0)) { err[0] = s + 1; err[1] = 1; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_B = (const real *)slot[19];
    for (i64 j = 0; j < n; ++j) if (!((a_g_B[j] - a_g_B[j]) == 0)) { err[0] = s + 1; err[1] = 1; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_Rest = (const real *)slot[20];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Rest[j] - a_g_Rest[j]) == 0)) { err[0] = s + 1; err[1] = 1; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_A_2 = (const real *)slot[21];
    for (i64 j = 0; j < n; ++j) if (!((a_g_A_2[j] - a_g_A_2[j]) == 0)) { err[0] = s + 1; err[1] = 1; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_B_2 = (const real *)slot[22];
    for (i64 j = 0; j < n; ++j) if (!((a_g_B_2[j] - a_g_B_2[j]) == 0)) { err[0] = s + 1; err[1] = 1; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_Rest_2 = (const real *)slot[23];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Rest_2[j] - a_g_Rest_2[j]) == 0)) { err[0] = s + 1; err[1] = 1; err[2] = 8; err[3] = j; return 1; }
    const real *a_g_Inh = (const real *)slot[24];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Inh[j] - a_g_Inh[j]) == 0)) { err[0] = s + 1; err[1] = 1; err[2] = 9; err[3] = j; return 1; }
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
    real *restrict a_g_A = (real *)slot[S[2]];
    real *restrict a_g_B = (real *)slot[S[3]];
    real *restrict a_g_Rest = (real *)slot[S[4]];
    real *restrict a_g_A_2 = (real *)slot[S[5]];
    real *restrict a_g_B_2 = (real *)slot[S[6]];
    real *restrict a_g_Rest_2 = (real *)slot[S[7]];
    real *restrict a_g_Inh = (real *)slot[S[8]];
    const real p_C = (real)P[Q[3]];
    const real p_gL = (real)P[Q[4]];
    const real p_El = (real)P[Q[5]];
    const real p_Vt = (real)P[Q[6]];
    const real p_Vr = (real)P[Q[7]];
    const real p_tref = (real)P[Q[8]];
    const real p_tau_AMPA_poisson = (real)P[Q[9]];
    const real p_E_AMPA_poisson = (real)P[Q[10]];
    const real p_tau_AMPA_A = (real)P[Q[11]];
    const real p_E_AMPA_A = (real)P[Q[12]];
    const real p_tau_AMPA_B = (real)P[Q[13]];
    const real p_E_AMPA_B = (real)P[Q[14]];
    const real p_tau_AMPA_Rest = (real)P[Q[15]];
    const real p_E_AMPA_Rest = (real)P[Q[16]];
    const real p_tau_decay_A = (real)P[Q[17]];
    const real p_tau_rise_A = (real)P[Q[18]];
    const real p_alpha_A = (real)P[Q[19]];
    const real p_Mg_A = (real)P[Q[20]];
    const real p_E_NMDA_A = (real)P[Q[21]];
    const real p_tau_decay_B = (real)P[Q[22]];
    const real p_tau_rise_B = (real)P[Q[23]];
    const real p_alpha_B = (real)P[Q[24]];
    const real p_Mg_B = (real)P[Q[25]];
    const real p_E_NMDA_B = (real)P[Q[26]];
    const real p_tau_decay_Rest = (real)P[Q[27]];
    const real p_tau_rise_Rest = (real)P[Q[28]];
    const real p_alpha_Rest = (real)P[Q[29]];
    const real p_Mg_Rest = (real)P[Q[30]];
    const real p_E_NMDA_Rest = (real)P[Q[31]];
    const real p_tau_GABA_Inh = (real)P[Q[32]];
    const real p_E_GABA_Inh = (real)P[Q[33]];
    const real in_Isyn = (real)P[Q[34]];
    int *restrict previous = (int *)slot[S[9]];
    int *restrict refractory_left = (int *)slot[S[10]];
    const int refractory_steps = (int)P[Q[35]];
    u64 bad = 0;
    const real h0 = (p_Mg_Rest * 0.2801120448179272);
    const real h1 = (p_Mg_B * 0.2801120448179272);
    const real h2 = (p_Mg_A * 0.2801120448179272);
    const real h3 = (1.0 / p_C);
    const real h4 = (1.0 / p_tau_AMPA_poisson);
    const real h5 = (1.0 / p_tau_AMPA_A);
    const real h6 = (1.0 / p_tau_AMPA_B);
    const real h7 = (1.0 / p_tau_AMPA_Rest);
    const real h8 = (1.0 / p_tau_decay_A);
    const real h9 = (1.0 / p_tau_decay_B);
    const real h10 = (1.0 / p_tau_decay_Rest);
    const real h11 = (1.0 / p_tau_GABA_Inh);
    for (i64 i = lo; i < hi; ++i) {
        real x_v = a_v[i];
        real x_g_poisson = a_g_poisson[i];
        real x_g_A = a_g_A[i];
        real x_g_B = a_g_B[i];
        real x_g_Rest = a_g_Rest[i];
        real x_g_A_2 = a_g_A_2[i];
        real x_g_B_2 = a_g_B_2[i];
        real x_g_Rest_2 = a_g_Rest_2[i];
        real x_g_Inh = a_g_Inh[i];
        const real c0_0 = soma_exp((-62.0 * x_v));
        const real k0_v = (((-(p_gL * (x_v - p_El))) + ((((((((in_Isyn + (x_g_Inh * (p_E_GABA_Inh - x_v))) + ((x_g_Rest_2 * (p_E_NMDA_Rest - x_v)) / (1.0 + (h0 * c0_0)))) + ((x_g_B_2 * (p_E_NMDA_B - x_v)) / (1.0 + (h1 * c0_0)))) + ((x_g_A_2 * (p_E_NMDA_A - x_v)) / (1.0 + (h2 * c0_0)))) + (x_g_Rest * (p_E_AMPA_Rest - x_v))) + (x_g_B * (p_E_AMPA_B - x_v))) + (x_g_A * (p_E_AMPA_A - x_v))) + (x_g_poisson * (p_E_AMPA_poisson - x_v)))) * h3);
        const real k0_g_poisson = (-(x_g_poisson * h4));
        const real k0_g_A = (-(x_g_A * h5));
        const real k0_g_B = (-(x_g_B * h6));
        const real k0_g_Rest = (-(x_g_Rest * h7));
        const real k0_g_A_2 = (-(x_g_A_2 * h8));
        const real k0_g_B_2 = (-(x_g_B_2 * h9));
        const real k0_g_Rest_2 = (-(x_g_Rest_2 * h10));
        const real k0_g_Inh = (-(x_g_Inh * h11));
        real n_v = x_v + dtr * ((real)1.0 * k0_v);
        real n_g_poisson = x_g_poisson + dtr * ((real)1.0 * k0_g_poisson);
        real n_g_A = x_g_A + dtr * ((real)1.0 * k0_g_A);
        real n_g_B = x_g_B + dtr * ((real)1.0 * k0_g_B);
        real n_g_Rest = x_g_Rest + dtr * ((real)1.0 * k0_g_Rest);
        real n_g_A_2 = x_g_A_2 + dtr * ((real)1.0 * k0_g_A_2);
        real n_g_B_2 = x_g_B_2 + dtr * ((real)1.0 * k0_g_B_2);
        real n_g_Rest_2 = x_g_Rest_2 + dtr * ((real)1.0 * k0_g_Rest_2);
        real n_g_Inh = x_g_Inh + dtr * ((real)1.0 * k0_g_Inh);
        const int refractory = refractory_left[i] > 0;
        refractory_left[i] -= refractory;
        (void)refractory;
        n_v = soma_select(refractory, x_v, n_v);
        { union { real value; u64 bits; } finite; finite.value = (n_v - n_v) + (n_g_poisson - n_g_poisson) + (n_g_A - n_g_A) + (n_g_B - n_g_B) + (n_g_Rest - n_g_Rest) + (n_g_A_2 - n_g_A_2) + (n_g_B_2 - n_g_B_2) + (n_g_Rest_2 - n_g_Rest_2) + (n_g_Inh - n_g_Inh); bad |= finite.bits; }
        x_v = n_v;
        x_g_poisson = n_g_poisson;
        x_g_A = n_g_A;
        x_g_B = n_g_B;
        x_g_Rest = n_g_Rest;
        x_g_A_2 = n_g_A_2;
        x_g_B_2 = n_g_B_2;
        x_g_Rest_2 = n_g_Rest_2;
        x_g_Inh = n_g_Inh;
        const int fired = (x_v > p_Vt);
        previous[i] = fired | ((fired && !(previous[i] & 1) && !refractory) << 1);
        a_v[i] = x_v;
        a_g_poisson[i] = x_g_poisson;
        a_g_A[i] = x_g_A;
        a_g_B[i] = x_g_B;
        a_g_Rest[i] = x_g_Rest;
        a_g_A_2[i] = x_g_A_2;
        a_g_B_2[i] = x_g_B_2;
        a_g_Rest_2[i] = x_g_Rest_2;
        a_g_Inh[i] = x_g_Inh;
    }
    for (i64 i = lo; i < hi; ++i) {
        if (i + SOMA_SPIKE_SCAN <= hi && soma_no_spike_among(previous + i)) { i += SOMA_SPIKE_SCAN - 1; continue; }
        if (!(previous[i] & 2)) continue;
        real x_v = a_v[i];
        real x_g_poisson = a_g_poisson[i];
        real x_g_A = a_g_A[i];
        real x_g_B = a_g_B[i];
        real x_g_Rest = a_g_Rest[i];
        real x_g_A_2 = a_g_A_2[i];
        real x_g_B_2 = a_g_B_2[i];
        real x_g_Rest_2 = a_g_Rest_2[i];
        real x_g_Inh = a_g_Inh[i];
        x_v = p_Vr;
        refractory_left[i] = refractory_steps;
        emitted[(*nemitted)++] = i;
        previous[i] = (int)(x_v > p_Vt);
        a_v[i] = x_v;
        a_g_poisson[i] = x_g_poisson;
        a_g_A[i] = x_g_A;
        a_g_B[i] = x_g_B;
        a_g_Rest[i] = x_g_Rest;
        a_g_A_2[i] = x_g_A_2;
        a_g_B_2[i] = x_g_B_2;
        a_g_Rest_2[i] = x_g_Rest_2;
        a_g_Inh[i] = x_g_Inh;
    }
    (void)emitted; (void)nemitted;
    return bad != 0;
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
    const real *a_g_A = (const real *)slot[29];
    for (i64 j = 0; j < n; ++j) if (!((a_g_A[j] - a_g_A[j]) == 0)) { err[0] = s + 1; err[1] = 2; err[2] = 2; err[3] = j; return 1; }
    const real *a_g_B = (const real *)slot[30];
    for (i64 j = 0; j < n; ++j) if (!((a_g_B[j] - a_g_B[j]) == 0)) { err[0] = s + 1; err[1] = 2; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_Rest = (const real *)slot[31];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Rest[j] - a_g_Rest[j]) == 0)) { err[0] = s + 1; err[1] = 2; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_A_2 = (const real *)slot[32];
    for (i64 j = 0; j < n; ++j) if (!((a_g_A_2[j] - a_g_A_2[j]) == 0)) { err[0] = s + 1; err[1] = 2; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_B_2 = (const real *)slot[33];
    for (i64 j = 0; j < n; ++j) if (!((a_g_B_2[j] - a_g_B_2[j]) == 0)) { err[0] = s + 1; err[1] = 2; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_Rest_2 = (const real *)slot[34];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Rest_2[j] - a_g_Rest_2[j]) == 0)) { err[0] = s + 1; err[1] = 2; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_Inh = (const real *)slot[35];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Inh[j] - a_g_Inh[j]) == 0)) { err[0] = s + 1; err[1] = 2; err[2] = 8; err[3] = j; return 1; }
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
    const real *a_g_A = (const real *)slot[40];
    for (i64 j = 0; j < n; ++j) if (!((a_g_A[j] - a_g_A[j]) == 0)) { err[0] = s + 1; err[1] = 3; err[2] = 2; err[3] = j; return 1; }
    const real *a_g_B = (const real *)slot[41];
    for (i64 j = 0; j < n; ++j) if (!((a_g_B[j] - a_g_B[j]) == 0)) { err[0] = s + 1; err[1] = 3; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_Rest = (const real *)slot[42];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Rest[j] - a_g_Rest[j]) == 0)) { err[0] = s + 1; err[1] = 3; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_A_2 = (const real *)slot[43];
    for (i64 j = 0; j < n; ++j) if (!((a_g_A_2[j] - a_g_A_2[j]) == 0)) { err[0] = s + 1; err[1] = 3; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_B_2 = (const real *)slot[44];
    for (i64 j = 0; j < n; ++j) if (!((a_g_B_2[j] - a_g_B_2[j]) == 0)) { err[0] = s + 1; err[1] = 3; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_Rest_2 = (const real *)slot[45];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Rest_2[j] - a_g_Rest_2[j]) == 0)) { err[0] = s + 1; err[1] = 3; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_Inh = (const real *)slot[46];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Inh[j] - a_g_Inh[j]) == 0)) { err[0] = s + 1; err[1] = 3; err[2] = 8; err[3] = j; return 1; }
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
    const i64 R = (i64)P[143];
    const unsigned *restrict rows = (const unsigned *)slot[49];
    const unsigned short *restrict columns = (const unsigned short *)slot[50];
    const real weight = (real)P[144];
    real *restrict g_g_A = (real *)slot[6];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[1], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[51];
    i64 *ring_count = (i64 *)slot[52];
    const i64 width = (i64)P[1], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_A[j] = (g_g_A[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c0(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[143];
    ((i64 *)slot[52])[s % R] = 0;
}

static void enqueue_c0(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[53];
    const i64 nfired = *(const i64 *)slot[54];
    const i64 R = (i64)P[143];
    const i64 width = (i64)P[1], slot_now = (s + R) % R;
    int *ring = (int *)slot[51] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[52])[slot_now] = nfired;
}

static void deliver_c1(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[145];
    const unsigned *restrict rows = (const unsigned *)slot[55];
    const unsigned short *restrict columns = (const unsigned short *)slot[56];
    const real weight = (real)P[146];
    real *restrict g_g_A = (real *)slot[18];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[39], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[57];
    i64 *ring_count = (i64 *)slot[58];
    const i64 width = (i64)P[1], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_A[j] = (g_g_A[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c1(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[145];
    ((i64 *)slot[58])[s % R] = 0;
}

static void enqueue_c1(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[53];
    const i64 nfired = *(const i64 *)slot[54];
    const i64 R = (i64)P[145];
    const i64 width = (i64)P[1], slot_now = (s + R) % R;
    int *ring = (int *)slot[57] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[58])[slot_now] = nfired;
}

static void deliver_c2(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[147];
    const unsigned *restrict rows = (const unsigned *)slot[59];
    const unsigned short *restrict columns = (const unsigned short *)slot[60];
    const real weight = (real)P[148];
    real *restrict g_g_B = (real *)slot[19];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[39], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[61];
    i64 *ring_count = (i64 *)slot[62];
    const i64 width = (i64)P[39], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_B[j] = (g_g_B[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c2(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[147];
    ((i64 *)slot[62])[s % R] = 0;
}

static void enqueue_c2(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[63];
    const i64 nfired = *(const i64 *)slot[64];
    const i64 R = (i64)P[147];
    const i64 width = (i64)P[39], slot_now = (s + R) % R;
    int *ring = (int *)slot[61] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[62])[slot_now] = nfired;
}

static void deliver_c3(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[149];
    const unsigned *restrict rows = (const unsigned *)slot[65];
    const unsigned short *restrict columns = (const unsigned short *)slot[66];
    const real weight = (real)P[150];
    real *restrict g_g_B = (real *)slot[7];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[1], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[67];
    i64 *ring_count = (i64 *)slot[68];
    const i64 width = (i64)P[39], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_B[j] = (g_g_B[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c3(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[149];
    ((i64 *)slot[68])[s % R] = 0;
}

static void enqueue_c3(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[63];
    const i64 nfired = *(const i64 *)slot[64];
    const i64 R = (i64)P[149];
    const i64 width = (i64)P[39], slot_now = (s + R) % R;
    int *ring = (int *)slot[67] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[68])[slot_now] = nfired;
}

static void deliver_c4(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[151];
    const unsigned *restrict rows = (const unsigned *)slot[69];
    const unsigned short *restrict columns = (const unsigned short *)slot[70];
    const real weight = (real)P[152];
    real *restrict g_g_Rest = (real *)slot[8];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[1], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[71];
    i64 *ring_count = (i64 *)slot[72];
    const i64 width = (i64)P[75], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_Rest[j] = (g_g_Rest[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c4(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[151];
    ((i64 *)slot[72])[s % R] = 0;
}

static void enqueue_c4(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[73];
    const i64 nfired = *(const i64 *)slot[74];
    const i64 R = (i64)P[151];
    const i64 width = (i64)P[75], slot_now = (s + R) % R;
    int *ring = (int *)slot[71] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[72])[slot_now] = nfired;
}

static void deliver_c5(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[153];
    const unsigned *restrict rows = (const unsigned *)slot[75];
    const unsigned short *restrict columns = (const unsigned short *)slot[76];
    const real weight = (real)P[154];
    real *restrict g_g_Rest = (real *)slot[20];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[39], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[77];
    i64 *ring_count = (i64 *)slot[78];
    const i64 width = (i64)P[75], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_Rest[j] = (g_g_Rest[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c5(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[153];
    ((i64 *)slot[78])[s % R] = 0;
}

static void enqueue_c5(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[73];
    const i64 nfired = *(const i64 *)slot[74];
    const i64 R = (i64)P[153];
    const i64 width = (i64)P[75], slot_now = (s + R) % R;
    int *ring = (int *)slot[77] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[78])[slot_now] = nfired;
}

static void deliver_c6(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[155];
    const unsigned *restrict rows = (const unsigned *)slot[79];
    const unsigned short *restrict columns = (const unsigned short *)slot[80];
    const real weight = (real)P[156];
    real *restrict g_g_A = (real *)slot[29];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[75], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[81];
    i64 *ring_count = (i64 *)slot[82];
    const i64 width = (i64)P[1], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_A[j] = (g_g_A[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c6(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[155];
    ((i64 *)slot[82])[s % R] = 0;
}

static void enqueue_c6(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[53];
    const i64 nfired = *(const i64 *)slot[54];
    const i64 R = (i64)P[155];
    const i64 width = (i64)P[1], slot_now = (s + R) % R;
    int *ring = (int *)slot[81] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[82])[slot_now] = nfired;
}

static void deliver_c7(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[157];
    const unsigned *restrict rows = (const unsigned *)slot[83];
    const unsigned short *restrict columns = (const unsigned short *)slot[84];
    const real weight = (real)P[158];
    real *restrict g_g_B = (real *)slot[30];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[75], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[85];
    i64 *ring_count = (i64 *)slot[86];
    const i64 width = (i64)P[39], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_B[j] = (g_g_B[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c7(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[157];
    ((i64 *)slot[86])[s % R] = 0;
}

static void enqueue_c7(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[63];
    const i64 nfired = *(const i64 *)slot[64];
    const i64 R = (i64)P[157];
    const i64 width = (i64)P[39], slot_now = (s + R) % R;
    int *ring = (int *)slot[85] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[86])[slot_now] = nfired;
}

static void deliver_c8(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[159];
    const unsigned *restrict rows = (const unsigned *)slot[87];
    const unsigned short *restrict columns = (const unsigned short *)slot[88];
    const real weight = (real)P[160];
    real *restrict g_g_Rest = (real *)slot[31];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[75], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[89];
    i64 *ring_count = (i64 *)slot[90];
    const i64 width = (i64)P[75], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_Rest[j] = (g_g_Rest[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c8(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[159];
    ((i64 *)slot[90])[s % R] = 0;
}

static void enqueue_c8(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[73];
    const i64 nfired = *(const i64 *)slot[74];
    const i64 R = (i64)P[159];
    const i64 width = (i64)P[75], slot_now = (s + R) % R;
    int *ring = (int *)slot[89] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[90])[slot_now] = nfired;
}

static void deliver_c9(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[161];
    const unsigned *restrict rows = (const unsigned *)slot[91];
    const unsigned short *restrict columns = (const unsigned short *)slot[92];
    const real weight = (real)P[162];
    real *restrict g_g_A = (real *)slot[40];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[109], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[93];
    i64 *ring_count = (i64 *)slot[94];
    const i64 width = (i64)P[1], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_A[j] = (g_g_A[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c9(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[161];
    ((i64 *)slot[94])[s % R] = 0;
}

static void enqueue_c9(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[53];
    const i64 nfired = *(const i64 *)slot[54];
    const i64 R = (i64)P[161];
    const i64 width = (i64)P[1], slot_now = (s + R) % R;
    int *ring = (int *)slot[93] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[94])[slot_now] = nfired;
}

static void deliver_c10(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[163];
    const unsigned *restrict rows = (const unsigned *)slot[95];
    const unsigned short *restrict columns = (const unsigned short *)slot[96];
    const real weight = (real)P[164];
    real *restrict g_g_B = (real *)slot[41];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[109], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[97];
    i64 *ring_count = (i64 *)slot[98];
    const i64 width = (i64)P[39], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_B[j] = (g_g_B[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c10(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[163];
    ((i64 *)slot[98])[s % R] = 0;
}

static void enqueue_c10(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[63];
    const i64 nfired = *(const i64 *)slot[64];
    const i64 R = (i64)P[163];
    const i64 width = (i64)P[39], slot_now = (s + R) % R;
    int *ring = (int *)slot[97] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[98])[slot_now] = nfired;
}

static void deliver_c11(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[165];
    const unsigned *restrict rows = (const unsigned *)slot[99];
    const unsigned short *restrict columns = (const unsigned short *)slot[100];
    const real weight = (real)P[166];
    real *restrict g_g_Rest = (real *)slot[42];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[109], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[101];
    i64 *ring_count = (i64 *)slot[102];
    const i64 width = (i64)P[75], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_Rest[j] = (g_g_Rest[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c11(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[165];
    ((i64 *)slot[102])[s % R] = 0;
}

static void enqueue_c11(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[73];
    const i64 nfired = *(const i64 *)slot[74];
    const i64 R = (i64)P[165];
    const i64 width = (i64)P[75], slot_now = (s + R) % R;
    int *ring = (int *)slot[101] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[102])[slot_now] = nfired;
}

static void deliver_c12(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[167];
    const unsigned *restrict rows = (const unsigned *)slot[103];
    const unsigned short *restrict columns = (const unsigned short *)slot[104];
    const real weight = (real)P[168];
    real *restrict g_g_A_2 = (real *)slot[9];
    const real p_tau_decay_A = (real)P[20];
    const real p_tau_rise_A = (real)P[21];
    const real p_alpha_A = (real)P[22];
    const real inv_0 = soma_exp((-(p_alpha_A * p_tau_rise_A)));
    real *restrict z_s = (real *)slot[105];
    double *restrict last_pre = (double *)slot[106];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[1], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[107];
    i64 *ring_count = (i64 *)slot[108];
    const i64 width = (i64)P[1], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_A));
        const real b_s = (-(1.0 / p_tau_decay_A));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_A_2[j] = (g_g_A_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c12(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[167];
    ((i64 *)slot[108])[s % R] = 0;
}

static void enqueue_c12(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[53];
    const i64 nfired = *(const i64 *)slot[54];
    const i64 R = (i64)P[167];
    const i64 width = (i64)P[1], slot_now = (s + R) % R;
    int *ring = (int *)slot[107] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[108])[slot_now] = nfired;
}

static void deliver_c13(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[169];
    const unsigned *restrict rows = (const unsigned *)slot[109];
    const unsigned short *restrict columns = (const unsigned short *)slot[110];
    const real weight = (real)P[170];
    real *restrict g_g_A_2 = (real *)slot[21];
    const real p_tau_decay_A = (real)P[56];
    const real p_tau_rise_A = (real)P[57];
    const real p_alpha_A = (real)P[58];
    const real inv_0 = soma_exp((-(p_alpha_A * p_tau_rise_A)));
    real *restrict z_s = (real *)slot[111];
    double *restrict last_pre = (double *)slot[112];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[39], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[113];
    i64 *ring_count = (i64 *)slot[114];
    const i64 width = (i64)P[1], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_A));
        const real b_s = (-(1.0 / p_tau_decay_A));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_A_2[j] = (g_g_A_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c13(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[169];
    ((i64 *)slot[114])[s % R] = 0;
}

static void enqueue_c13(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[53];
    const i64 nfired = *(const i64 *)slot[54];
    const i64 R = (i64)P[169];
    const i64 width = (i64)P[1], slot_now = (s + R) % R;
    int *ring = (int *)slot[113] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[114])[slot_now] = nfired;
}

static void deliver_c14(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[171];
    const unsigned *restrict rows = (const unsigned *)slot[115];
    const unsigned short *restrict columns = (const unsigned short *)slot[116];
    const real weight = (real)P[172];
    real *restrict g_g_B_2 = (real *)slot[22];
    const real p_tau_decay_B = (real)P[61];
    const real p_tau_rise_B = (real)P[62];
    const real p_alpha_B = (real)P[63];
    const real inv_0 = soma_exp((-(p_alpha_B * p_tau_rise_B)));
    real *restrict z_s = (real *)slot[117];
    double *restrict last_pre = (double *)slot[118];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[39], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[119];
    i64 *ring_count = (i64 *)slot[120];
    const i64 width = (i64)P[39], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_B));
        const real b_s = (-(1.0 / p_tau_decay_B));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_B_2[j] = (g_g_B_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c14(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[171];
    ((i64 *)slot[120])[s % R] = 0;
}

static void enqueue_c14(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[63];
    const i64 nfired = *(const i64 *)slot[64];
    const i64 R = (i64)P[171];
    const i64 width = (i64)P[39], slot_now = (s + R) % R;
    int *ring = (int *)slot[119] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[120])[slot_now] = nfired;
}

static void deliver_c15(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[173];
    const unsigned *restrict rows = (const unsigned *)slot[121];
    const unsigned short *restrict columns = (const unsigned short *)slot[122];
    const real weight = (real)P[174];
    real *restrict g_g_B_2 = (real *)slot[10];
    const real p_tau_decay_B = (real)P[25];
    const real p_tau_rise_B = (real)P[26];
    const real p_alpha_B = (real)P[27];
    const real inv_0 = soma_exp((-(p_alpha_B * p_tau_rise_B)));
    real *restrict z_s = (real *)slot[123];
    double *restrict last_pre = (double *)slot[124];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[1], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[125];
    i64 *ring_count = (i64 *)slot[126];
    const i64 width = (i64)P[39], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_B));
        const real b_s = (-(1.0 / p_tau_decay_B));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_B_2[j] = (g_g_B_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c15(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[173];
    ((i64 *)slot[126])[s % R] = 0;
}

static void enqueue_c15(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[63];
    const i64 nfired = *(const i64 *)slot[64];
    const i64 R = (i64)P[173];
    const i64 width = (i64)P[39], slot_now = (s + R) % R;
    int *ring = (int *)slot[125] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[126])[slot_now] = nfired;
}

static void deliver_c16(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[175];
    const unsigned *restrict rows = (const unsigned *)slot[127];
    const unsigned short *restrict columns = (const unsigned short *)slot[128];
    const real weight = (real)P[176];
    real *restrict g_g_Rest_2 = (real *)slot[11];
    const real p_tau_decay_Rest = (real)P[30];
    const real p_tau_rise_Rest = (real)P[31];
    const real p_alpha_Rest = (real)P[32];
    const real inv_0 = soma_exp((-(p_alpha_Rest * p_tau_rise_Rest)));
    real *restrict z_s = (real *)slot[129];
    double *restrict last_pre = (double *)slot[130];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[1], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[131];
    i64 *ring_count = (i64 *)slot[132];
    const i64 width = (i64)P[75], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_Rest));
        const real b_s = (-(1.0 / p_tau_decay_Rest));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_Rest_2[j] = (g_g_Rest_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c16(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[175];
    ((i64 *)slot[132])[s % R] = 0;
}

static void enqueue_c16(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[73];
    const i64 nfired = *(const i64 *)slot[74];
    const i64 R = (i64)P[175];
    const i64 width = (i64)P[75], slot_now = (s + R) % R;
    int *ring = (int *)slot[131] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[132])[slot_now] = nfired;
}

static void deliver_c17(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[177];
    const unsigned *restrict rows = (const unsigned *)slot[133];
    const unsigned short *restrict columns = (const unsigned short *)slot[134];
    const real weight = (real)P[178];
    real *restrict g_g_Rest_2 = (real *)slot[23];
    const real p_tau_decay_Rest = (real)P[66];
    const real p_tau_rise_Rest = (real)P[67];
    const real p_alpha_Rest = (real)P[68];
    const real inv_0 = soma_exp((-(p_alpha_Rest * p_tau_rise_Rest)));
    real *restrict z_s = (real *)slot[135];
    double *restrict last_pre = (double *)slot[136];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[39], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[137];
    i64 *ring_count = (i64 *)slot[138];
    const i64 width = (i64)P[75], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_Rest));
        const real b_s = (-(1.0 / p_tau_decay_Rest));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_Rest_2[j] = (g_g_Rest_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c17(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[177];
    ((i64 *)slot[138])[s % R] = 0;
}

static void enqueue_c17(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[73];
    const i64 nfired = *(const i64 *)slot[74];
    const i64 R = (i64)P[177];
    const i64 width = (i64)P[75], slot_now = (s + R) % R;
    int *ring = (int *)slot[137] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[138])[slot_now] = nfired;
}

static void deliver_c18(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[179];
    const unsigned *restrict rows = (const unsigned *)slot[139];
    const unsigned short *restrict columns = (const unsigned short *)slot[140];
    const real weight = (real)P[180];
    real *restrict g_g_A_2 = (real *)slot[32];
    const real p_tau_decay_A = (real)P[90];
    const real p_tau_rise_A = (real)P[91];
    const real p_alpha_A = (real)P[92];
    const real inv_0 = soma_exp((-(p_alpha_A * p_tau_rise_A)));
    real *restrict z_s = (real *)slot[141];
    double *restrict last_pre = (double *)slot[142];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[75], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[143];
    i64 *ring_count = (i64 *)slot[144];
    const i64 width = (i64)P[1], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_A));
        const real b_s = (-(1.0 / p_tau_decay_A));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_A_2[j] = (g_g_A_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c18(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[179];
    ((i64 *)slot[144])[s % R] = 0;
}

static void enqueue_c18(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[53];
    const i64 nfired = *(const i64 *)slot[54];
    const i64 R = (i64)P[179];
    const i64 width = (i64)P[1], slot_now = (s + R) % R;
    int *ring = (int *)slot[143] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[144])[slot_now] = nfired;
}

static void deliver_c19(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[181];
    const unsigned *restrict rows = (const unsigned *)slot[145];
    const unsigned short *restrict columns = (const unsigned short *)slot[146];
    const real weight = (real)P[182];
    real *restrict g_g_B_2 = (real *)slot[33];
    const real p_tau_decay_B = (real)P[95];
    const real p_tau_rise_B = (real)P[96];
    const real p_alpha_B = (real)P[97];
    const real inv_0 = soma_exp((-(p_alpha_B * p_tau_rise_B)));
    real *restrict z_s = (real *)slot[147];
    double *restrict last_pre = (double *)slot[148];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[75], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[149];
    i64 *ring_count = (i64 *)slot[150];
    const i64 width = (i64)P[39], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_B));
        const real b_s = (-(1.0 / p_tau_decay_B));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_B_2[j] = (g_g_B_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c19(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[181];
    ((i64 *)slot[150])[s % R] = 0;
}

static void enqueue_c19(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[63];
    const i64 nfired = *(const i64 *)slot[64];
    const i64 R = (i64)P[181];
    const i64 width = (i64)P[39], slot_now = (s + R) % R;
    int *ring = (int *)slot[149] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[150])[slot_now] = nfired;
}

static void deliver_c20(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[183];
    const unsigned *restrict rows = (const unsigned *)slot[151];
    const unsigned short *restrict columns = (const unsigned short *)slot[152];
    const real weight = (real)P[184];
    real *restrict g_g_Rest_2 = (real *)slot[34];
    const real p_tau_decay_Rest = (real)P[100];
    const real p_tau_rise_Rest = (real)P[101];
    const real p_alpha_Rest = (real)P[102];
    const real inv_0 = soma_exp((-(p_alpha_Rest * p_tau_rise_Rest)));
    real *restrict z_s = (real *)slot[153];
    double *restrict last_pre = (double *)slot[154];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[75], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[155];
    i64 *ring_count = (i64 *)slot[156];
    const i64 width = (i64)P[75], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_Rest));
        const real b_s = (-(1.0 / p_tau_decay_Rest));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_Rest_2[j] = (g_g_Rest_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c20(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[183];
    ((i64 *)slot[156])[s % R] = 0;
}

static void enqueue_c20(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[73];
    const i64 nfired = *(const i64 *)slot[74];
    const i64 R = (i64)P[183];
    const i64 width = (i64)P[75], slot_now = (s + R) % R;
    int *ring = (int *)slot[155] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[156])[slot_now] = nfired;
}

static void deliver_c21(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[185];
    const unsigned *restrict rows = (const unsigned *)slot[157];
    const unsigned short *restrict columns = (const unsigned short *)slot[158];
    const real weight = (real)P[186];
    real *restrict g_g_A_2 = (real *)slot[43];
    const real p_tau_decay_A = (real)P[124];
    const real p_tau_rise_A = (real)P[125];
    const real p_alpha_A = (real)P[126];
    const real inv_0 = soma_exp((-(p_alpha_A * p_tau_rise_A)));
    real *restrict z_s = (real *)slot[159];
    double *restrict last_pre = (double *)slot[160];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[109], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[161];
    i64 *ring_count = (i64 *)slot[162];
    const i64 width = (i64)P[1], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_A));
        const real b_s = (-(1.0 / p_tau_decay_A));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_A_2[j] = (g_g_A_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c21(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[185];
    ((i64 *)slot[162])[s % R] = 0;
}

static void enqueue_c21(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[53];
    const i64 nfired = *(const i64 *)slot[54];
    const i64 R = (i64)P[185];
    const i64 width = (i64)P[1], slot_now = (s + R) % R;
    int *ring = (int *)slot[161] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[162])[slot_now] = nfired;
}

static void deliver_c22(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[187];
    const unsigned *restrict rows = (const unsigned *)slot[163];
    const unsigned short *restrict columns = (const unsigned short *)slot[164];
    const real weight = (real)P[188];
    real *restrict g_g_B_2 = (real *)slot[44];
    const real p_tau_decay_B = (real)P[129];
    const real p_tau_rise_B = (real)P[130];
    const real p_alpha_B = (real)P[131];
    const real inv_0 = soma_exp((-(p_alpha_B * p_tau_rise_B)));
    real *restrict z_s = (real *)slot[165];
    double *restrict last_pre = (double *)slot[166];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[109], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[167];
    i64 *ring_count = (i64 *)slot[168];
    const i64 width = (i64)P[39], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_B));
        const real b_s = (-(1.0 / p_tau_decay_B));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_B_2[j] = (g_g_B_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c22(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[187];
    ((i64 *)slot[168])[s % R] = 0;
}

static void enqueue_c22(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[63];
    const i64 nfired = *(const i64 *)slot[64];
    const i64 R = (i64)P[187];
    const i64 width = (i64)P[39], slot_now = (s + R) % R;
    int *ring = (int *)slot[167] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[168])[slot_now] = nfired;
}

static void deliver_c23(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[189];
    const unsigned *restrict rows = (const unsigned *)slot[169];
    const unsigned short *restrict columns = (const unsigned short *)slot[170];
    const real weight = (real)P[190];
    real *restrict g_g_Rest_2 = (real *)slot[45];
    const real p_tau_decay_Rest = (real)P[134];
    const real p_tau_rise_Rest = (real)P[135];
    const real p_alpha_Rest = (real)P[136];
    const real inv_0 = soma_exp((-(p_alpha_Rest * p_tau_rise_Rest)));
    real *restrict z_s = (real *)slot[171];
    double *restrict last_pre = (double *)slot[172];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[109], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[173];
    i64 *ring_count = (i64 *)slot[174];
    const i64 width = (i64)P[75], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        const real elapsed_pre = (real)(t - last_pre[src]);
        const real f_s = (-(z_s[src] / p_tau_decay_Rest));
        const real b_s = (-(1.0 / p_tau_decay_Rest));
        z_s[src] += elapsed_pre * f_s * soma_exprel(b_s * elapsed_pre);
        last_pre[src] = t;
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_Rest_2[j] = (g_g_Rest_2[j] + (w * ((1.0 - inv_0) * (1.0 - z_s[src]))));
        }
        z_s[src] = (z_s[src] + ((1.0 - inv_0) * (1.0 - z_s[src])));
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c23(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[189];
    ((i64 *)slot[174])[s % R] = 0;
}

static void enqueue_c23(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[73];
    const i64 nfired = *(const i64 *)slot[74];
    const i64 R = (i64)P[189];
    const i64 width = (i64)P[75], slot_now = (s + R) % R;
    int *ring = (int *)slot[173] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[174])[slot_now] = nfired;
}

static void deliver_c24(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[191];
    const unsigned *restrict rows = (const unsigned *)slot[175];
    const unsigned short *restrict columns = (const unsigned short *)slot[176];
    const real weight = (real)P[192];
    real *restrict g_g_Inh = (real *)slot[12];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[1], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[177];
    i64 *ring_count = (i64 *)slot[178];
    const i64 width = (i64)P[109], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_Inh[j] = (g_g_Inh[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c24(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[191];
    ((i64 *)slot[178])[s % R] = 0;
}

static void enqueue_c24(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[179];
    const i64 nfired = *(const i64 *)slot[180];
    const i64 R = (i64)P[191];
    const i64 width = (i64)P[109], slot_now = (s + R) % R;
    int *ring = (int *)slot[177] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[178])[slot_now] = nfired;
}

static void deliver_c25(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[193];
    const unsigned *restrict rows = (const unsigned *)slot[181];
    const unsigned short *restrict columns = (const unsigned short *)slot[182];
    const real weight = (real)P[194];
    real *restrict g_g_Inh = (real *)slot[24];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[39], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[183];
    i64 *ring_count = (i64 *)slot[184];
    const i64 width = (i64)P[109], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_Inh[j] = (g_g_Inh[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c25(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[193];
    ((i64 *)slot[184])[s % R] = 0;
}

static void enqueue_c25(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[179];
    const i64 nfired = *(const i64 *)slot[180];
    const i64 R = (i64)P[193];
    const i64 width = (i64)P[109], slot_now = (s + R) % R;
    int *ring = (int *)slot[183] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[184])[slot_now] = nfired;
}

static void deliver_c26(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[195];
    const unsigned *restrict rows = (const unsigned *)slot[185];
    const unsigned short *restrict columns = (const unsigned short *)slot[186];
    const real weight = (real)P[196];
    real *restrict g_g_Inh = (real *)slot[35];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[75], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[187];
    i64 *ring_count = (i64 *)slot[188];
    const i64 width = (i64)P[109], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_Inh[j] = (g_g_Inh[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c26(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[195];
    ((i64 *)slot[188])[s % R] = 0;
}

static void enqueue_c26(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[179];
    const i64 nfired = *(const i64 *)slot[180];
    const i64 R = (i64)P[195];
    const i64 width = (i64)P[109], slot_now = (s + R) % R;
    int *ring = (int *)slot[187] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[188])[slot_now] = nfired;
}

static void deliver_c27(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[197];
    const unsigned *restrict rows = (const unsigned *)slot[189];
    const unsigned short *restrict columns = (const unsigned short *)slot[190];
    const real weight = (real)P[198];
    real *restrict g_g_Inh = (real *)slot[46];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[109], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[191];
    i64 *ring_count = (i64 *)slot[192];
    const i64 width = (i64)P[109], slot_now = s % R;
    const int *arrived = ring + slot_now * width;
    for (i64 e = 0; e < ring_count[slot_now]; ++e) {
        const i64 src = arrived[e];
        if (e + 8 < ring_count[slot_now]) soma_prefetch(rows + arrived[e + 8]);
        if (e + 2 < ring_count[slot_now]) soma_prefetch(columns + rows[arrived[e + 2]]);
        i64 first = rows[src], end = rows[src + 1];
        if (parts > 1) { first = soma_first_target2(columns, first, end, lo); end = soma_first_target2(columns, first, end, hi); }
        for (i64 k = first; k < end; ++k) {
            const i64 j = columns[k];
            real w = weight; (void)w;
            g_g_Inh[j] = (g_g_Inh[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c27(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[197];
    ((i64 *)slot[192])[s % R] = 0;
}

static void enqueue_c27(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[179];
    const i64 nfired = *(const i64 *)slot[180];
    const i64 R = (i64)P[197];
    const i64 width = (i64)P[109], slot_now = (s + R) % R;
    int *ring = (int *)slot[191] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[192])[slot_now] = nfired;
}

double pow(double, double);
double floor(double);

static void drive_q0(void **slot, const double *P, i64 s, double dt, u64 seed) {
    const i64 n = (i64)P[1];
    const double sources = P[199];
    const real w = (real)P[200];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    real *restrict g_g_poisson = (real *)slot[4];
    double p = (double)(P[201]) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal(seed, 12288, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform(seed, 12288, s, j, 0);
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
    const double sources = P[202];
    const real w = (real)P[203];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    real *restrict g_g_poisson = (real *)slot[16];
    double p = (double)(P[204]) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal(seed, 12289, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform(seed, 12289, s, j, 0);
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
    const double sources = P[205];
    const real w = (real)P[206];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    real *restrict g_g_poisson = (real *)slot[28];
    double p = (double)(P[207]) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal(seed, 12290, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform(seed, 12290, s, j, 0);
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
    const double sources = P[208];
    const real w = (real)P[209];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    real *restrict g_g_poisson = (real *)slot[39];
    double p = (double)(P[210]) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal(seed, 12291, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform(seed, 12291, s, j, 0);
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
    const double sources = P[211];
    const real w = (real)P[212];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    real *restrict g_g_poisson_2 = (real *)slot[5];
    double p = (double)(((P[213] * (real)((t) >= (P[214]))) * (real)((t) < (P[215])))) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal(seed, 12292, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform(seed, 12292, s, j, 0);
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
    const double sources = P[216];
    const real w = (real)P[217];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    real *restrict g_g_poisson_2 = (real *)slot[17];
    double p = (double)(((P[218] * (real)((t) >= (P[219]))) * (real)((t) < (P[220])))) * dt;
    p = p < 0 ? 0 : (p > 1 ? 1 : p);
    const double q = 1 - p, ratio = q > 0 ? p / q : 0, none = pow(q, sources), mean = sources * p;
    for (i64 j = 0; j < n; ++j) {
        double k = 0;
        if (p >= 1) k = sources; else if (mean > 50) {
            k = floor(mean + sqrt(mean * q) * soma_normal(seed, 12293, s, j, 0) + 0.5);
            k = k < 0 ? 0 : (k > sources ? sources : k);
        }
        else {
            const double u = soma_uniform(seed, 12293, s, j, 0);
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
    i64 *emitted[4];
    i64 nemitted[4][8];
    int bad[4][8];
} soma_team;
typedef struct { soma_team *team; int part; } soma_member;

static __attribute__((optimize("no-tree-vectorize"))) void soma_after_step(soma_team *team, i64 s) {
    void **slot = team->slot;
    const double *P = team->P;
    i64 *err = (i64 *)slot[2];
     {
        i64 *count = (i64 *)slot[193];
        int bad = 0;
        int *fired_list = (int *)slot[53];
        i64 *nfired = (i64 *)slot[54];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[1] * p / team->parts;
            const i64 m = team->nemitted[0][p];
            *count += m;
            int *spike_index = (int *)slot[194];
            i64 *spike_step = (i64 *)slot[195];
            i64 *spike_n = (i64 *)slot[196];
            for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[0][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[0][lo + q];
            (void)lo;
            bad |= team->bad[0][p];
        }
        if (bad && nonfinite_p0(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[197];
        int bad = 0;
        int *fired_list = (int *)slot[63];
        i64 *nfired = (i64 *)slot[64];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[39] * p / team->parts;
            const i64 m = team->nemitted[1][p];
            *count += m;
            int *spike_index = (int *)slot[198];
            i64 *spike_step = (i64 *)slot[199];
            i64 *spike_n = (i64 *)slot[200];
            for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[1][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[1][lo + q];
            (void)lo;
            bad |= team->bad[1][p];
        }
        if (bad && nonfinite_p1(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[201];
        int bad = 0;
        int *fired_list = (int *)slot[73];
        i64 *nfired = (i64 *)slot[74];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[75] * p / team->parts;
            const i64 m = team->nemitted[2][p];
            *count += m;
            int *spike_index = (int *)slot[202];
            i64 *spike_step = (i64 *)slot[203];
            i64 *spike_n = (i64 *)slot[204];
            for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[2][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[2][lo + q];
            (void)lo;
            bad |= team->bad[2][p];
        }
        if (bad && nonfinite_p2(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[205];
        int bad = 0;
        int *fired_list = (int *)slot[179];
        i64 *nfired = (i64 *)slot[180];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[109] * p / team->parts;
            const i64 m = team->nemitted[3][p];
            *count += m;
            int *spike_index = (int *)slot[206];
            i64 *spike_step = (i64 *)slot[207];
            i64 *spike_n = (i64 *)slot[208];
            for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[3][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[3][lo + q];
            (void)lo;
            bad |= team->bad[3][p];
        }
        if (bad && nonfinite_p3(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
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
    if (*(i64 *)slot[196] + (i64)P[1] > (i64)P[221]) { team->stop = s + 1 - team->step0; return; }
    if (*(i64 *)slot[200] + (i64)P[39] > (i64)P[222]) { team->stop = s + 1 - team->step0; return; }
    if (*(i64 *)slot[204] + (i64)P[75] > (i64)P[223]) { team->stop = s + 1 - team->step0; return; }
    if (*(i64 *)slot[208] + (i64)P[109] > (i64)P[224]) { team->stop = s + 1 - team->step0; return; }
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
            drive_q0(slot, P, s, dt, seed);
            drive_q1(slot, P, s, dt, seed);
            drive_q2(slot, P, s, dt, seed);
            drive_q3(slot, P, s, dt, seed);
            drive_q4(slot, P, s, dt, seed);
            drive_q5(slot, P, s, dt, seed);
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
    int wanted = (int)team.P[225];
    if (wanted < 1) wanted = 1;
    if (wanted > 8) wanted = 8;
    team.emitted[0] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[1] + 1));
    team.emitted[1] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[39] + 1));
    team.emitted[2] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[75] + 1));
    team.emitted[3] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[109] + 1));
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
    return done;
}
