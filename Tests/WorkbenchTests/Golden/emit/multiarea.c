/* soma emit: the run at line 114 of multiarea.soma */
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
    real *restrict a_V = (real *)slot[S[0]];
    real *restrict a_INa_TM1991_m = (real *)slot[S[1]];
    real *restrict a_INa_TM1991_h = (real *)slot[S[2]];
    real *restrict a_IK_TM1991_n = (real *)slot[S[3]];
    real *restrict a_g_Stream_V1_E = (real *)slot[S[4]];
    real *restrict a_g_Stream_V1_I = (real *)slot[S[5]];
    real *restrict a_g_Stream_V2_E = (real *)slot[S[6]];
    real *restrict a_g_Stream_V4_E = (real *)slot[S[7]];
    real *restrict a_g_Stream_TEO_E = (real *)slot[S[8]];
    real *restrict a_g_Stream_TEpd_E = (real *)slot[S[9]];
    const real p_Cm = (real)P[Q[3]];
    const real p_I_stim = (real)P[Q[4]];
    const real p_t_on = (real)P[Q[5]];
    const real p_t_off = (real)P[Q[6]];
    const real p_INa_TM1991_g_max = (real)P[Q[7]];
    const real p_INa_TM1991_E = (real)P[Q[8]];
    const real p_INa_TM1991_V_sh = (real)P[Q[9]];
    const real p_INa_TM1991_phi = (real)P[Q[10]];
    const real p_IK_TM1991_g_max = (real)P[Q[11]];
    const real p_IK_TM1991_E = (real)P[Q[12]];
    const real p_IK_TM1991_V_sh = (real)P[Q[13]];
    const real p_IK_TM1991_phi = (real)P[Q[14]];
    const real p_IL_g_max = (real)P[Q[15]];
    const real p_IL_E = (real)P[Q[16]];
    const real p_tau_Stream_V1_E = (real)P[Q[17]];
    const real p_E_Stream_V1_E = (real)P[Q[18]];
    const real p_tau_Stream_V1_I = (real)P[Q[19]];
    const real p_E_Stream_V1_I = (real)P[Q[20]];
    const real p_tau_Stream_V2_E = (real)P[Q[21]];
    const real p_E_Stream_V2_E = (real)P[Q[22]];
    const real p_tau_Stream_V4_E = (real)P[Q[23]];
    const real p_E_Stream_V4_E = (real)P[Q[24]];
    const real p_tau_Stream_TEO_E = (real)P[Q[25]];
    const real p_E_Stream_TEO_E = (real)P[Q[26]];
    const real p_tau_Stream_TEpd_E = (real)P[Q[27]];
    const real p_E_Stream_TEpd_E = (real)P[Q[28]];
    const real in_Isyn = (real)P[Q[29]];
    int *restrict previous = (int *)slot[S[10]];
    u64 bad = 0;
    const real h0 = (dtr * soma_exprel(((-(1.0 / p_tau_Stream_V1_E)) * dtr)));
    const real h1 = (dtr * soma_exprel(((-(1.0 / p_tau_Stream_V1_I)) * dtr)));
    const real h2 = (dtr * soma_exprel(((-(1.0 / p_tau_Stream_V2_E)) * dtr)));
    const real h3 = (dtr * soma_exprel(((-(1.0 / p_tau_Stream_V4_E)) * dtr)));
    const real h4 = (dtr * soma_exprel(((-(1.0 / p_tau_Stream_TEO_E)) * dtr)));
    const real h5 = (dtr * soma_exprel(((-(1.0 / p_tau_Stream_TEpd_E)) * dtr)));
    const real h6 = ((p_I_stim * (real)((t) >= (p_t_on))) * (real)((t) < (p_t_off)));
    const real h7 = (1.0 / p_Cm);
    const real h8 = (320.0 * p_INa_TM1991_phi);
    const real h9 = (280.0 * p_INa_TM1991_phi);
    const real h10 = (0.128 * p_INa_TM1991_phi);
    const real h11 = (4.0 * p_INa_TM1991_phi);
    const real h12 = (32.0 * p_IK_TM1991_phi);
    const real h13 = (0.5 * p_IK_TM1991_phi);
    const real h14 = (1.0 / p_tau_Stream_V1_E);
    const real h15 = (1.0 / p_tau_Stream_V1_I);
    const real h16 = (1.0 / p_tau_Stream_V2_E);
    const real h17 = (1.0 / p_tau_Stream_V4_E);
    const real h18 = (1.0 / p_tau_Stream_TEO_E);
    const real h19 = (1.0 / p_tau_Stream_TEpd_E);
    for (i64 i = lo; i < hi; ++i) {
        real x_V = a_V[i];
        real x_INa_TM1991_m = a_INa_TM1991_m[i];
        real x_INa_TM1991_h = a_INa_TM1991_h[i];
        real x_IK_TM1991_n = a_IK_TM1991_n[i];
        real x_g_Stream_V1_E = a_g_Stream_V1_E[i];
        real x_g_Stream_V1_I = a_g_Stream_V1_I[i];
        real x_g_Stream_V2_E = a_g_Stream_V2_E[i];
        real x_g_Stream_V4_E = a_g_Stream_V4_E[i];
        real x_g_Stream_TEO_E = a_g_Stream_TEO_E[i];
        real x_g_Stream_TEpd_E = a_g_Stream_TEpd_E[i];
        const real c0_9 = ((x_V - p_IK_TM1991_V_sh) - 0.015);
        const real c0_0 = (((h12 * c0_9) / (1.0 - soma_exp((-(c0_9 * 200.0))))) * 1000.0);
        const real c0_10 = ((x_V - p_INa_TM1991_V_sh) - 0.013000000000000001);
        const real c0_1 = (((h8 * c0_10) / (1.0 - soma_exp((-(c0_10 * 250.0))))) * 1000.0);
        const real c0_11 = ((x_V - p_INa_TM1991_V_sh) - 0.04);
        const real c0_6 = (c0_11 * 200.0);
        const real c0_2 = (((h9 * c0_11) / (soma_exp(c0_6) - 1.0)) * 1000.0);
        const real c0_3 = ((h11 / (1.0 + soma_exp((-c0_6)))) * 1000.0);
        const real c0_4 = ((h10 * soma_exp((-(((x_V - p_INa_TM1991_V_sh) - 0.017) * 55.55555555555555)))) * 1000.0);
        const real c0_5 = ((h13 * soma_exp((-(((x_V - p_IK_TM1991_V_sh) - 0.01) * 25.0)))) * 1000.0);
        const real c0_7 = ((p_INa_TM1991_g_max * (x_INa_TM1991_m * x_INa_TM1991_m * x_INa_TM1991_m)) * x_INa_TM1991_h);
        const real c0_8 = (p_IK_TM1991_g_max * (x_IK_TM1991_n * x_IK_TM1991_n * x_IK_TM1991_n * x_IK_TM1991_n));
        const real f_V = (((((((((((in_Isyn + (x_g_Stream_TEpd_E * (p_E_Stream_TEpd_E - x_V))) + (x_g_Stream_TEO_E * (p_E_Stream_TEO_E - x_V))) + (x_g_Stream_V4_E * (p_E_Stream_V4_E - x_V))) + (x_g_Stream_V2_E * (p_E_Stream_V2_E - x_V))) + (x_g_Stream_V1_I * (p_E_Stream_V1_I - x_V))) + (x_g_Stream_V1_E * (p_E_Stream_V1_E - x_V))) + h6) - (c0_7 * (x_V - p_INa_TM1991_E))) - (c0_8 * (x_V - p_IK_TM1991_E))) - (p_IL_g_max * (x_V - p_IL_E))) * h7);
        const real b_V = ((((((((((-x_g_Stream_TEpd_E) - x_g_Stream_TEO_E) - x_g_Stream_V4_E) - x_g_Stream_V2_E) - x_g_Stream_V1_I) - x_g_Stream_V1_E) - c0_7) - c0_8) - p_IL_g_max) * h7);
        real n_V = x_V + dtr * f_V * soma_exprel(b_V * dtr);
        const real f_INa_TM1991_m = ((c0_1 * (1.0 - x_INa_TM1991_m)) - (c0_2 * x_INa_TM1991_m));
        const real b_INa_TM1991_m = ((-c0_1) - c0_2);
        real n_INa_TM1991_m = x_INa_TM1991_m + dtr * f_INa_TM1991_m * soma_exprel(b_INa_TM1991_m * dtr);
        const real f_INa_TM1991_h = ((c0_4 * (1.0 - x_INa_TM1991_h)) - (c0_3 * x_INa_TM1991_h));
        const real b_INa_TM1991_h = ((-c0_4) - c0_3);
        real n_INa_TM1991_h = x_INa_TM1991_h + dtr * f_INa_TM1991_h * soma_exprel(b_INa_TM1991_h * dtr);
        const real f_IK_TM1991_n = ((c0_0 * (1.0 - x_IK_TM1991_n)) - (c0_5 * x_IK_TM1991_n));
        const real b_IK_TM1991_n = ((-c0_0) - c0_5);
        real n_IK_TM1991_n = x_IK_TM1991_n + dtr * f_IK_TM1991_n * soma_exprel(b_IK_TM1991_n * dtr);
        const real f_g_Stream_V1_E = (-(x_g_Stream_V1_E * h14));
        real n_g_Stream_V1_E = x_g_Stream_V1_E + f_g_Stream_V1_E * h0;
        const real f_g_Stream_V1_I = (-(x_g_Stream_V1_I * h15));
        real n_g_Stream_V1_I = x_g_Stream_V1_I + f_g_Stream_V1_I * h1;
        const real f_g_Stream_V2_E = (-(x_g_Stream_V2_E * h16));
        real n_g_Stream_V2_E = x_g_Stream_V2_E + f_g_Stream_V2_E * h2;
        const real f_g_Stream_V4_E = (-(x_g_Stream_V4_E * h17));
        real n_g_Stream_V4_E = x_g_Stream_V4_E + f_g_Stream_V4_E * h3;
        const real f_g_Stream_TEO_E = (-(x_g_Stream_TEO_E * h18));
        real n_g_Stream_TEO_E = x_g_Stream_TEO_E + f_g_Stream_TEO_E * h4;
        const real f_g_Stream_TEpd_E = (-(x_g_Stream_TEpd_E * h19));
        real n_g_Stream_TEpd_E = x_g_Stream_TEpd_E + f_g_Stream_TEpd_E * h5;
        const int refractory = 0;
        (void)refractory;
        { union { real value; u64 bits; } finite; finite.value = (n_V - n_V) + (n_INa_TM1991_m - n_INa_TM1991_m) + (n_INa_TM1991_h - n_INa_TM1991_h) + (n_IK_TM1991_n - n_IK_TM1991_n) + (n_g_Stream_V1_E - n_g_Stream_V1_E) + (n_g_Stream_V1_I - n_g_Stream_V1_I) + (n_g_Stream_V2_E - n_g_Stream_V2_E) + (n_g_Stream_V4_E - n_g_Stream_V4_E) + (n_g_Stream_TEO_E - n_g_Stream_TEO_E) + (n_g_Stream_TEpd_E - n_g_Stream_TEpd_E); bad |= finite.bits; }
        x_V = n_V;
        x_INa_TM1991_m = n_INa_TM1991_m;
        x_INa_TM1991_h = n_INa_TM1991_h;
        x_IK_TM1991_n = n_IK_TM1991_n;
        x_g_Stream_V1_E = n_g_Stream_V1_E;
        x_g_Stream_V1_I = n_g_Stream_V1_I;
        x_g_Stream_V2_E = n_g_Stream_V2_E;
        x_g_Stream_V4_E = n_g_Stream_V4_E;
        x_g_Stream_TEO_E = n_g_Stream_TEO_E;
        x_g_Stream_TEpd_E = n_g_Stream_TEpd_E;
        const int fired = (x_V > 0.0);
        previous[i] = fired | ((fired && !(previous[i] & 1) && !refractory) << 1);
        a_V[i] = x_V;
        a_INa_TM1991_m[i] = x_INa_TM1991_m;
        a_INa_TM1991_h[i] = x_INa_TM1991_h;
        a_IK_TM1991_n[i] = x_IK_TM1991_n;
        a_g_Stream_V1_E[i] = x_g_Stream_V1_E;
        a_g_Stream_V1_I[i] = x_g_Stream_V1_I;
        a_g_Stream_V2_E[i] = x_g_Stream_V2_E;
        a_g_Stream_V4_E[i] = x_g_Stream_V4_E;
        a_g_Stream_TEO_E[i] = x_g_Stream_TEO_E;
        a_g_Stream_TEpd_E[i] = x_g_Stream_TEpd_E;
    }
    for (i64 i = lo; i < hi; ++i) {
        if (i + SOMA_SPIKE_SCAN <= hi && soma_no_spike_among(previous + i)) { i += SOMA_SPIKE_SCAN - 1; continue; }
        if (!(previous[i] & 2)) continue;
        real x_V = a_V[i];
        real x_INa_TM1991_m = a_INa_TM1991_m[i];
        real x_INa_TM1991_h = a_INa_TM1991_h[i];
        real x_IK_TM1991_n = a_IK_TM1991_n[i];
        real x_g_Stream_V1_E = a_g_Stream_V1_E[i];
        real x_g_Stream_V1_I = a_g_Stream_V1_I[i];
        real x_g_Stream_V2_E = a_g_Stream_V2_E[i];
        real x_g_Stream_V4_E = a_g_Stream_V4_E[i];
        real x_g_Stream_TEO_E = a_g_Stream_TEO_E[i];
        real x_g_Stream_TEpd_E = a_g_Stream_TEpd_E[i];
        emitted[(*nemitted)++] = i;
        previous[i] = (int)(x_V > 0.0);
        a_V[i] = x_V;
        a_INa_TM1991_m[i] = x_INa_TM1991_m;
        a_INa_TM1991_h[i] = x_INa_TM1991_h;
        a_IK_TM1991_n[i] = x_IK_TM1991_n;
        a_g_Stream_V1_E[i] = x_g_Stream_V1_E;
        a_g_Stream_V1_I[i] = x_g_Stream_V1_I;
        a_g_Stream_V2_E[i] = x_g_Stream_V2_E;
        a_g_Stream_V4_E[i] = x_g_Stream_V4_E;
        a_g_Stream_TEO_E[i] = x_g_Stream_TEO_E;
        a_g_Stream_TEpd_E[i] = x_g_Stream_TEpd_E;
    }
    (void)emitted; (void)nemitted;
    return bad != 0;
}

static int step_p0(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 }, Q[] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30 };
    return update_p0(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p0(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[1];
    const real *a_V = (const real *)slot[3];
    for (i64 j = 0; j < n; ++j) if (!((a_V[j] - a_V[j]) == 0)) { err[0] = s + 1; err[1] = 0; err[2] = 0; err[3] = j; return 1; }
    const real *a_INa_TM1991_m = (const real *)slot[4];
    for (i64 j = 0; j < n; ++j) if (!((a_INa_TM1991_m[j] - a_INa_TM1991_m[j]) == 0)) { err[0] = s + 1; err[1] = 0; err[2] = 1; err[3] = j; return 1; }
    const real *a_INa_TM1991_h = (const real *)slot[5];
    for (i64 j = 0; j < n; ++j) if (!((a_INa_TM1991_h[j] - a_INa_TM1991_h[j]) == 0)) { err[0] = s + 1; err[1] = 0; err[2] = 2; err[3] = j; return 1; }
    const real *a_IK_TM1991_n = (const real *)slot[6];
    for (i64 j = 0; j < n; ++j) if (!((a_IK_TM1991_n[j] - a_IK_TM1991_n[j]) == 0)) { err[0] = s + 1; err[1] = 0; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_Stream_V1_E = (const real *)slot[7];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V1_E[j] - a_g_Stream_V1_E[j]) == 0)) { err[0] = s + 1; err[1] = 0; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_Stream_V1_I = (const real *)slot[8];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V1_I[j] - a_g_Stream_V1_I[j]) == 0)) { err[0] = s + 1; err[1] = 0; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_Stream_V2_E = (const real *)slot[9];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V2_E[j] - a_g_Stream_V2_E[j]) == 0)) { err[0] = s + 1; err[1] = 0; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_Stream_V4_E = (const real *)slot[10];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V4_E[j] - a_g_Stream_V4_E[j]) == 0)) { err[0] = s + 1; err[1] = 0; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_Stream_TEO_E = (const real *)slot[11];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_TEO_E[j] - a_g_Stream_TEO_E[j]) == 0)) { err[0] = s + 1; err[1] = 0; err[2] = 8; err[3] = j; return 1; }
    const real *a_g_Stream_TEpd_E = (const real *)slot[12];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_TEpd_E[j] - a_g_Stream_TEpd_E[j]) == 0)) { err[0] = s + 1; err[1] = 0; err[2] = 9; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static int step_p1(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24 }, Q[] = { 31, 2, 3, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58 };
    return update_p0(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p1(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[31];
    const real *a_V = (const real *)slot[14];
    for (i64 j = 0; j < n; ++j) if (!((a_V[j] - a_V[j]) == 0)) { err[0] = s + 1; err[1] = 1; err[2] = 0; err[3] = j; return 1; }
    const real *a_INa_TM1991_m = (const real *)slot[15];
    for (i64 j = 0; j < n; ++j) if (!((a_INa_TM1991_m[j] - a_INa_TM1991_m[j]) == 0)) { err[0] = s + 1; err[1] = 1; err[2] = 1; err[3] = j; return 1; }
    const real *a_INa_TM1991_h = (const real *)slot[16];
    for (i64 j = 0; j < n; ++j) if (!((a_INa_TM1991_h[j] - a_INa_TM1991_h[j]) == 0)) { err[0] = s + 1; err[1] = 1; err[2] = 2; err[3] = j; return 1; }
    const real *a_IK_TM1991_n = (const real *)slot[17];
    for (i64 j = 0; j < n; ++j) if (!((a_IK_TM1991_n[j] - a_IK_TM1991_n[j]) == 0)) { err[0] = s + 1; err[1] = 1; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_Stream_V1_E = (const real *)slot[18];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V1_E[j] - a_g_Stream_V1_E[j]) == 0)) { err[0] = s + 1; err[1] = 1; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_Stream_V1_I = (const real *)slot[19];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V1_I[j] - a_g_Stream_V1_I[j]) == 0)) { err[0] = s + 1; err[1] = 1; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_Stream_V2_E = (const real *)slot[20];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V2_E[j] - a_g_Stream_V2_E[j]) == 0)) { err[0] = s + 1; err[1] = 1; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_Stream_V4_E = (const real *)slot[21];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V4_E[j] - a_g_Stream_V4_E[j]) == 0)) { err[0] = s + 1; err[1] = 1; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_Stream_TEO_E = (const real *)slot[22];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_TEO_E[j] - a_g_Stream_TEO_E[j]) == 0)) { err[0] = s + 1; err[1] = 1; err[2] = 8; err[3] = j; return 1; }
    const real *a_g_Stream_TEpd_E = (const real *)slot[23];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_TEpd_E[j] - a_g_Stream_TEpd_E[j]) == 0)) { err[0] = s + 1; err[1] = 1; err[2] = 9; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static __attribute__((noinline, noclone)) int update_p2(void **slot, const double *P, const int *S, const int *Q, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    const i64 n = (i64)P[Q[0]];
    const double t = P[Q[1]] + (double)(s - (i64)P[Q[2]]) * dt;
    const real dtr = (real)dt;
    (void)t; (void)dtr; (void)seed;
    real *restrict a_V = (real *)slot[S[0]];
    real *restrict a_INa_TM1991_m = (real *)slot[S[1]];
    real *restrict a_INa_TM1991_h = (real *)slot[S[2]];
    real *restrict a_IK_TM1991_n = (real *)slot[S[3]];
    real *restrict a_g_Stream_V2_E = (real *)slot[S[4]];
    real *restrict a_g_Stream_V2_I = (real *)slot[S[5]];
    real *restrict a_g_Stream_V1_E = (real *)slot[S[6]];
    real *restrict a_g_Stream_V4_E = (real *)slot[S[7]];
    real *restrict a_g_Stream_TEO_E = (real *)slot[S[8]];
    real *restrict a_g_Stream_TEpd_E = (real *)slot[S[9]];
    const real p_Cm = (real)P[Q[3]];
    const real p_I_stim = (real)P[Q[4]];
    const real p_t_on = (real)P[Q[5]];
    const real p_t_off = (real)P[Q[6]];
    const real p_INa_TM1991_g_max = (real)P[Q[7]];
    const real p_INa_TM1991_E = (real)P[Q[8]];
    const real p_INa_TM1991_V_sh = (real)P[Q[9]];
    const real p_INa_TM1991_phi = (real)P[Q[10]];
    const real p_IK_TM1991_g_max = (real)P[Q[11]];
    const real p_IK_TM1991_E = (real)P[Q[12]];
    const real p_IK_TM1991_V_sh = (real)P[Q[13]];
    const real p_IK_TM1991_phi = (real)P[Q[14]];
    const real p_IL_g_max = (real)P[Q[15]];
    const real p_IL_E = (real)P[Q[16]];
    const real p_tau_Stream_V2_E = (real)P[Q[17]];
    const real p_E_Stream_V2_E = (real)P[Q[18]];
    const real p_tau_Stream_V2_I = (real)P[Q[19]];
    const real p_E_Stream_V2_I = (real)P[Q[20]];
    const real p_tau_Stream_V1_E = (real)P[Q[21]];
    const real p_E_Stream_V1_E = (real)P[Q[22]];
    const real p_tau_Stream_V4_E = (real)P[Q[23]];
    const real p_E_Stream_V4_E = (real)P[Q[24]];
    const real p_tau_Stream_TEO_E = (real)P[Q[25]];
    const real p_E_Stream_TEO_E = (real)P[Q[26]];
    const real p_tau_Stream_TEpd_E = (real)P[Q[27]];
    const real p_E_Stream_TEpd_E = (real)P[Q[28]];
    const real in_Isyn = (real)P[Q[29]];
    int *restrict previous = (int *)slot[S[10]];
    u64 bad = 0;
    const real h0 = (dtr * soma_exprel(((-(1.0 / p_tau_Stream_V2_E)) * dtr)));
    const real h1 = (dtr * soma_exprel(((-(1.0 / p_tau_Stream_V2_I)) * dtr)));
    const real h2 = (dtr * soma_exprel(((-(1.0 / p_tau_Stream_V1_E)) * dtr)));
    const real h3 = (dtr * soma_exprel(((-(1.0 / p_tau_Stream_V4_E)) * dtr)));
    const real h4 = (dtr * soma_exprel(((-(1.0 / p_tau_Stream_TEO_E)) * dtr)));
    const real h5 = (dtr * soma_exprel(((-(1.0 / p_tau_Stream_TEpd_E)) * dtr)));
    const real h6 = ((p_I_stim * (real)((t) >= (p_t_on))) * (real)((t) < (p_t_off)));
    const real h7 = (1.0 / p_Cm);
    const real h8 = (320.0 * p_INa_TM1991_phi);
    const real h9 = (280.0 * p_INa_TM1991_phi);
    const real h10 = (0.128 * p_INa_TM1991_phi);
    const real h11 = (4.0 * p_INa_TM1991_phi);
    const real h12 = (32.0 * p_IK_TM1991_phi);
    const real h13 = (0.5 * p_IK_TM1991_phi);
    const real h14 = (1.0 / p_tau_Stream_V2_E);
    const real h15 = (1.0 / p_tau_Stream_V2_I);
    const real h16 = (1.0 / p_tau_Stream_V1_E);
    const real h17 = (1.0 / p_tau_Stream_V4_E);
    const real h18 = (1.0 / p_tau_Stream_TEO_E);
    const real h19 = (1.0 / p_tau_Stream_TEpd_E);
    for (i64 i = lo; i < hi; ++i) {
        real x_V = a_V[i];
        real x_INa_TM1991_m = a_INa_TM1991_m[i];
        real x_INa_TM1991_h = a_INa_TM1991_h[i];
        real x_IK_TM1991_n = a_IK_TM1991_n[i];
        real x_g_Stream_V2_E = a_g_Stream_V2_E[i];
        real x_g_Stream_V2_I = a_g_Stream_V2_I[i];
        real x_g_Stream_V1_E = a_g_Stream_V1_E[i];
        real x_g_Stream_V4_E = a_g_Stream_V4_E[i];
        real x_g_Stream_TEO_E = a_g_Stream_TEO_E[i];
        real x_g_Stream_TEpd_E = a_g_Stream_TEpd_E[i];
        const real c0_9 = ((x_V - p_IK_TM1991_V_sh) - 0.015);
        const real c0_0 = (((h12 * c0_9) / (1.0 - soma_exp((-(c0_9 * 200.0))))) * 1000.0);
        const real c0_10 = ((x_V - p_INa_TM1991_V_sh) - 0.013000000000000001);
        const real c0_1 = (((h8 * c0_10) / (1.0 - soma_exp((-(c0_10 * 250.0))))) * 1000.0);
        const real c0_11 = ((x_V - p_INa_TM1991_V_sh) - 0.04);
        const real c0_6 = (c0_11 * 200.0);
        const real c0_2 = (((h9 * c0_11) / (soma_exp(c0_6) - 1.0)) * 1000.0);
        const real c0_3 = ((h11 / (1.0 + soma_exp((-c0_6)))) * 1000.0);
        const real c0_4 = ((h10 * soma_exp((-(((x_V - p_INa_TM1991_V_sh) - 0.017) * 55.55555555555555)))) * 1000.0);
        const real c0_5 = ((h13 * soma_exp((-(((x_V - p_IK_TM1991_V_sh) - 0.01) * 25.0)))) * 1000.0);
        const real c0_7 = ((p_INa_TM1991_g_max * (x_INa_TM1991_m * x_INa_TM1991_m * x_INa_TM1991_m)) * x_INa_TM1991_h);
        const real c0_8 = (p_IK_TM1991_g_max * (x_IK_TM1991_n * x_IK_TM1991_n * x_IK_TM1991_n * x_IK_TM1991_n));
        const real f_V = (((((((((((in_Isyn + (x_g_Stream_TEpd_E * (p_E_Stream_TEpd_E - x_V))) + (x_g_Stream_TEO_E * (p_E_Stream_TEO_E - x_V))) + (x_g_Stream_V4_E * (p_E_Stream_V4_E - x_V))) + (x_g_Stream_V1_E * (p_E_Stream_V1_E - x_V))) + (x_g_Stream_V2_I * (p_E_Stream_V2_I - x_V))) + (x_g_Stream_V2_E * (p_E_Stream_V2_E - x_V))) + h6) - (c0_7 * (x_V - p_INa_TM1991_E))) - (c0_8 * (x_V - p_IK_TM1991_E))) - (p_IL_g_max * (x_V - p_IL_E))) * h7);
        const real b_V = ((((((((((-x_g_Stream_TEpd_E) - x_g_Stream_TEO_E) - x_g_Stream_V4_E) - x_g_Stream_V1_E) - x_g_Stream_V2_I) - x_g_Stream_V2_E) - c0_7) - c0_8) - p_IL_g_max) * h7);
        real n_V = x_V + dtr * f_V * soma_exprel(b_V * dtr);
        const real f_INa_TM1991_m = ((c0_1 * (1.0 - x_INa_TM1991_m)) - (c0_2 * x_INa_TM1991_m));
        const real b_INa_TM1991_m = ((-c0_1) - c0_2);
        real n_INa_TM1991_m = x_INa_TM1991_m + dtr * f_INa_TM1991_m * soma_exprel(b_INa_TM1991_m * dtr);
        const real f_INa_TM1991_h = ((c0_4 * (1.0 - x_INa_TM1991_h)) - (c0_3 * x_INa_TM1991_h));
        const real b_INa_TM1991_h = ((-c0_4) - c0_3);
        real n_INa_TM1991_h = x_INa_TM1991_h + dtr * f_INa_TM1991_h * soma_exprel(b_INa_TM1991_h * dtr);
        const real f_IK_TM1991_n = ((c0_0 * (1.0 - x_IK_TM1991_n)) - (c0_5 * x_IK_TM1991_n));
        const real b_IK_TM1991_n = ((-c0_0) - c0_5);
        real n_IK_TM1991_n = x_IK_TM1991_n + dtr * f_IK_TM1991_n * soma_exprel(b_IK_TM1991_n * dtr);
        const real f_g_Stream_V2_E = (-(x_g_Stream_V2_E * h14));
        real n_g_Stream_V2_E = x_g_Stream_V2_E + f_g_Stream_V2_E * h0;
        const real f_g_Stream_V2_I = (-(x_g_Stream_V2_I * h15));
        real n_g_Stream_V2_I = x_g_Stream_V2_I + f_g_Stream_V2_I * h1;
        const real f_g_Stream_V1_E = (-(x_g_Stream_V1_E * h16));
        real n_g_Stream_V1_E = x_g_Stream_V1_E + f_g_Stream_V1_E * h2;
        const real f_g_Stream_V4_E = (-(x_g_Stream_V4_E * h17));
        real n_g_Stream_V4_E = x_g_Stream_V4_E + f_g_Stream_V4_E * h3;
        const real f_g_Stream_TEO_E = (-(x_g_Stream_TEO_E * h18));
        real n_g_Stream_TEO_E = x_g_Stream_TEO_E + f_g_Stream_TEO_E * h4;
        const real f_g_Stream_TEpd_E = (-(x_g_Stream_TEpd_E * h19));
        real n_g_Stream_TEpd_E = x_g_Stream_TEpd_E + f_g_Stream_TEpd_E * h5;
        const int refractory = 0;
        (void)refractory;
        { union { real value; u64 bits; } finite; finite.value = (n_V - n_V) + (n_INa_TM1991_m - n_INa_TM1991_m) + (n_INa_TM1991_h - n_INa_TM1991_h) + (n_IK_TM1991_n - n_IK_TM1991_n) + (n_g_Stream_V2_E - n_g_Stream_V2_E) + (n_g_Stream_V2_I - n_g_Stream_V2_I) + (n_g_Stream_V1_E - n_g_Stream_V1_E) + (n_g_Stream_V4_E - n_g_Stream_V4_E) + (n_g_Stream_TEO_E - n_g_Stream_TEO_E) + (n_g_Stream_TEpd_E - n_g_Stream_TEpd_E); bad |= finite.bits; }
        x_V = n_V;
        x_INa_TM1991_m = n_INa_TM1991_m;
        x_INa_TM1991_h = n_INa_TM1991_h;
        x_IK_TM1991_n = n_IK_TM1991_n;
        x_g_Stream_V2_E = n_g_Stream_V2_E;
        x_g_Stream_V2_I = n_g_Stream_V2_I;
        x_g_Stream_V1_E = n_g_Stream_V1_E;
        x_g_Stream_V4_E = n_g_Stream_V4_E;
        x_g_Stream_TEO_E = n_g_Stream_TEO_E;
        x_g_Stream_TEpd_E = n_g_Stream_TEpd_E;
        const int fired = (x_V > 0.0);
        previous[i] = fired | ((fired && !(previous[i] & 1) && !refractory) << 1);
        a_V[i] = x_V;
        a_INa_TM1991_m[i] = x_INa_TM1991_m;
        a_INa_TM1991_h[i] = x_INa_TM1991_h;
        a_IK_TM1991_n[i] = x_IK_TM1991_n;
        a_g_Stream_V2_E[i] = x_g_Stream_V2_E;
        a_g_Stream_V2_I[i] = x_g_Stream_V2_I;
        a_g_Stream_V1_E[i] = x_g_Stream_V1_E;
        a_g_Stream_V4_E[i] = x_g_Stream_V4_E;
        a_g_Stream_TEO_E[i] = x_g_Stream_TEO_E;
        a_g_Stream_TEpd_E[i] = x_g_Stream_TEpd_E;
    }
    for (i64 i = lo; i < hi; ++i) {
        if (i + SOMA_SPIKE_SCAN <= hi && soma_no_spike_among(previous + i)) { i += SOMA_SPIKE_SCAN - 1; continue; }
        if (!(previous[i] & 2)) continue;
        real x_V = a_V[i];
        real x_INa_TM1991_m = a_INa_TM1991_m[i];
        real x_INa_TM1991_h = a_INa_TM1991_h[i];
        real x_IK_TM1991_n = a_IK_TM1991_n[i];
        real x_g_Stream_V2_E = a_g_Stream_V2_E[i];
        real x_g_Stream_V2_I = a_g_Stream_V2_I[i];
        real x_g_Stream_V1_E = a_g_Stream_V1_E[i];
        real x_g_Stream_V4_E = a_g_Stream_V4_E[i];
        real x_g_Stream_TEO_E = a_g_Stream_TEO_E[i];
        real x_g_Stream_TEpd_E = a_g_Stream_TEpd_E[i];
        emitted[(*nemitted)++] = i;
        previous[i] = (int)(x_V > 0.0);
        a_V[i] = x_V;
        a_INa_TM1991_m[i] = x_INa_TM1991_m;
        a_INa_TM1991_h[i] = x_INa_TM1991_h;
        a_IK_TM1991_n[i] = x_IK_TM1991_n;
        a_g_Stream_V2_E[i] = x_g_Stream_V2_E;
        a_g_Stream_V2_I[i] = x_g_Stream_V2_I;
        a_g_Stream_V1_E[i] = x_g_Stream_V1_E;
        a_g_Stream_V4_E[i] = x_g_Stream_V4_E;
        a_g_Stream_TEO_E[i] = x_g_Stream_TEO_E;
        a_g_Stream_TEpd_E[i] = x_g_Stream_TEpd_E;
    }
    (void)emitted; (void)nemitted;
    return bad != 0;
}

static int step_p2(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35 }, Q[] = { 59, 2, 3, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86 };
    return update_p2(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p2(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[59];
    const real *a_V = (const real *)slot[25];
    for (i64 j = 0; j < n; ++j) if (!((a_V[j] - a_V[j]) == 0)) { err[0] = s + 1; err[1] = 2; err[2] = 0; err[3] = j; return 1; }
    const real *a_INa_TM1991_m = (const real *)slot[26];
    for (i64 j = 0; j < n; ++j) if (!((a_INa_TM1991_m[j] - a_INa_TM1991_m[j]) == 0)) { err[0] = s + 1; err[1] = 2; err[2] = 1; err[3] = j; return 1; }
    const real *a_INa_TM1991_h = (const real *)slot[27];
    for (i64 j = 0; j < n; ++j) if (!((a_INa_TM1991_h[j] - a_INa_TM1991_h[j]) == 0)) { err[0] = s + 1; err[1] = 2; err[2] = 2; err[3] = j; return 1; }
    const real *a_IK_TM1991_n = (const real *)slot[28];
    for (i64 j = 0; j < n; ++j) if (!((a_IK_TM1991_n[j] - a_IK_TM1991_n[j]) == 0)) { err[0] = s + 1; err[1] = 2; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_Stream_V2_E = (const real *)slot[29];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V2_E[j] - a_g_Stream_V2_E[j]) == 0)) { err[0] = s + 1; err[1] = 2; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_Stream_V2_I = (const real *)slot[30];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V2_I[j] - a_g_Stream_V2_I[j]) == 0)) { err[0] = s + 1; err[1] = 2; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_Stream_V1_E = (const real *)slot[31];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V1_E[j] - a_g_Stream_V1_E[j]) == 0)) { err[0] = s + 1; err[1] = 2; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_Stream_V4_E = (const real *)slot[32];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V4_E[j] - a_g_Stream_V4_E[j]) == 0)) { err[0] = s + 1; err[1] = 2; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_Stream_TEO_E = (const real *)slot[33];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_TEO_E[j] - a_g_Stream_TEO_E[j]) == 0)) { err[0] = s + 1; err[1] = 2; err[2] = 8; err[3] = j; return 1; }
    const real *a_g_Stream_TEpd_E = (const real *)slot[34];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_TEpd_E[j] - a_g_Stream_TEpd_E[j]) == 0)) { err[0] = s + 1; err[1] = 2; err[2] = 9; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static int step_p3(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46 }, Q[] = { 87, 2, 3, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114 };
    return update_p2(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p3(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[87];
    const real *a_V = (const real *)slot[36];
    for (i64 j = 0; j < n; ++j) if (!((a_V[j] - a_V[j]) == 0)) { err[0] = s + 1; err[1] = 3; err[2] = 0; err[3] = j; return 1; }
    const real *a_INa_TM1991_m = (const real *)slot[37];
    for (i64 j = 0; j < n; ++j) if (!((a_INa_TM1991_m[j] - a_INa_TM1991_m[j]) == 0)) { err[0] = s + 1; err[1] = 3; err[2] = 1; err[3] = j; return 1; }
    const real *a_INa_TM1991_h = (const real *)slot[38];
    for (i64 j = 0; j < n; ++j) if (!((a_INa_TM1991_h[j] - a_INa_TM1991_h[j]) == 0)) { err[0] = s + 1; err[1] = 3; err[2] = 2; err[3] = j; return 1; }
    const real *a_IK_TM1991_n = (const real *)slot[39];
    for (i64 j = 0; j < n; ++j) if (!((a_IK_TM1991_n[j] - a_IK_TM1991_n[j]) == 0)) { err[0] = s + 1; err[1] = 3; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_Stream_V2_E = (const real *)slot[40];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V2_E[j] - a_g_Stream_V2_E[j]) == 0)) { err[0] = s + 1; err[1] = 3; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_Stream_V2_I = (const real *)slot[41];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V2_I[j] - a_g_Stream_V2_I[j]) == 0)) { err[0] = s + 1; err[1] = 3; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_Stream_V1_E = (const real *)slot[42];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V1_E[j] - a_g_Stream_V1_E[j]) == 0)) { err[0] = s + 1; err[1] = 3; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_Stream_V4_E = (const real *)slot[43];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V4_E[j] - a_g_Stream_V4_E[j]) == 0)) { err[0] = s + 1; err[1] = 3; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_Stream_TEO_E = (const real *)slot[44];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_TEO_E[j] - a_g_Stream_TEO_E[j]) == 0)) { err[0] = s + 1; err[1] = 3; err[2] = 8; err[3] = j; return 1; }
    const real *a_g_Stream_TEpd_E = (const real *)slot[45];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_TEpd_E[j] - a_g_Stream_TEpd_E[j]) == 0)) { err[0] = s + 1; err[1] = 3; err[2] = 9; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static __attribute__((noinline, noclone)) int update_p4(void **slot, const double *P, const int *S, const int *Q, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    const i64 n = (i64)P[Q[0]];
    const double t = P[Q[1]] + (double)(s - (i64)P[Q[2]]) * dt;
    const real dtr = (real)dt;
    (void)t; (void)dtr; (void)seed;
    real *restrict a_V = (real *)slot[S[0]];
    real *restrict a_INa_TM1991_m = (real *)slot[S[1]];
    real *restrict a_INa_TM1991_h = (real *)slot[S[2]];
    real *restrict a_IK_TM1991_n = (real *)slot[S[3]];
    real *restrict a_g_Stream_V4_E = (real *)slot[S[4]];
    real *restrict a_g_Stream_V4_I = (real *)slot[S[5]];
    real *restrict a_g_Stream_V1_E = (real *)slot[S[6]];
    real *restrict a_g_Stream_V2_E = (real *)slot[S[7]];
    real *restrict a_g_Stream_TEO_E = (real *)slot[S[8]];
    real *restrict a_g_Stream_TEpd_E = (real *)slot[S[9]];
    const real p_Cm = (real)P[Q[3]];
    const real p_I_stim = (real)P[Q[4]];
    const real p_t_on = (real)P[Q[5]];
    const real p_t_off = (real)P[Q[6]];
    const real p_INa_TM1991_g_max = (real)P[Q[7]];
    const real p_INa_TM1991_E = (real)P[Q[8]];
    const real p_INa_TM1991_V_sh = (real)P[Q[9]];
    const real p_INa_TM1991_phi = (real)P[Q[10]];
    const real p_IK_TM1991_g_max = (real)P[Q[11]];
    const real p_IK_TM1991_E = (real)P[Q[12]];
    const real p_IK_TM1991_V_sh = (real)P[Q[13]];
    const real p_IK_TM1991_phi = (real)P[Q[14]];
    const real p_IL_g_max = (real)P[Q[15]];
    const real p_IL_E = (real)P[Q[16]];
    const real p_tau_Stream_V4_E = (real)P[Q[17]];
    const real p_E_Stream_V4_E = (real)P[Q[18]];
    const real p_tau_Stream_V4_I = (real)P[Q[19]];
    const real p_E_Stream_V4_I = (real)P[Q[20]];
    const real p_tau_Stream_V1_E = (real)P[Q[21]];
    const real p_E_Stream_V1_E = (real)P[Q[22]];
    const real p_tau_Stream_V2_E = (real)P[Q[23]];
    const real p_E_Stream_V2_E = (real)P[Q[24]];
    const real p_tau_Stream_TEO_E = (real)P[Q[25]];
    const real p_E_Stream_TEO_E = (real)P[Q[26]];
    const real p_tau_Stream_TEpd_E = (real)P[Q[27]];
    const real p_E_Stream_TEpd_E = (real)P[Q[28]];
    const real in_Isyn = (real)P[Q[29]];
    int *restrict previous = (int *)slot[S[10]];
    u64 bad = 0;
    const real h0 = (dtr * soma_exprel(((-(1.0 / p_tau_Stream_V4_E)) * dtr)));
    const real h1 = (dtr * soma_exprel(((-(1.0 / p_tau_Stream_V4_I)) * dtr)));
    const real h2 = (dtr * soma_exprel(((-(1.0 / p_tau_Stream_V1_E)) * dtr)));
    const real h3 = (dtr * soma_exprel(((-(1.0 / p_tau_Stream_V2_E)) * dtr)));
    const real h4 = (dtr * soma_exprel(((-(1.0 / p_tau_Stream_TEO_E)) * dtr)));
    const real h5 = (dtr * soma_exprel(((-(1.0 / p_tau_Stream_TEpd_E)) * dtr)));
    const real h6 = ((p_I_stim * (real)((t) >= (p_t_on))) * (real)((t) < (p_t_off)));
    const real h7 = (1.0 / p_Cm);
    const real h8 = (320.0 * p_INa_TM1991_phi);
    const real h9 = (280.0 * p_INa_TM1991_phi);
    const real h10 = (0.128 * p_INa_TM1991_phi);
    const real h11 = (4.0 * p_INa_TM1991_phi);
    const real h12 = (32.0 * p_IK_TM1991_phi);
    const real h13 = (0.5 * p_IK_TM1991_phi);
    const real h14 = (1.0 / p_tau_Stream_V4_E);
    const real h15 = (1.0 / p_tau_Stream_V4_I);
    const real h16 = (1.0 / p_tau_Stream_V1_E);
    const real h17 = (1.0 / p_tau_Stream_V2_E);
    const real h18 = (1.0 / p_tau_Stream_TEO_E);
    const real h19 = (1.0 / p_tau_Stream_TEpd_E);
    for (i64 i = lo; i < hi; ++i) {
        real x_V = a_V[i];
        real x_INa_TM1991_m = a_INa_TM1991_m[i];
        real x_INa_TM1991_h = a_INa_TM1991_h[i];
        real x_IK_TM1991_n = a_IK_TM1991_n[i];
        real x_g_Stream_V4_E = a_g_Stream_V4_E[i];
        real x_g_Stream_V4_I = a_g_Stream_V4_I[i];
        real x_g_Stream_V1_E = a_g_Stream_V1_E[i];
        real x_g_Stream_V2_E = a_g_Stream_V2_E[i];
        real x_g_Stream_TEO_E = a_g_Stream_TEO_E[i];
        real x_g_Stream_TEpd_E = a_g_Stream_TEpd_E[i];
        const real c0_9 = ((x_V - p_IK_TM1991_V_sh) - 0.015);
        const real c0_0 = (((h12 * c0_9) / (1.0 - soma_exp((-(c0_9 * 200.0))))) * 1000.0);
        const real c0_10 = ((x_V - p_INa_TM1991_V_sh) - 0.013000000000000001);
        const real c0_1 = (((h8 * c0_10) / (1.0 - soma_exp((-(c0_10 * 250.0))))) * 1000.0);
        const real c0_11 = ((x_V - p_INa_TM1991_V_sh) - 0.04);
        const real c0_6 = (c0_11 * 200.0);
        const real c0_2 = (((h9 * c0_11) / (soma_exp(c0_6) - 1.0)) * 1000.0);
        const real c0_3 = ((h11 / (1.0 + soma_exp((-c0_6)))) * 1000.0);
        const real c0_4 = ((h10 * soma_exp((-(((x_V - p_INa_TM1991_V_sh) - 0.017) * 55.55555555555555)))) * 1000.0);
        const real c0_5 = ((h13 * soma_exp((-(((x_V - p_IK_TM1991_V_sh) - 0.01) * 25.0)))) * 1000.0);
        const real c0_7 = ((p_INa_TM1991_g_max * (x_INa_TM1991_m * x_INa_TM1991_m * x_INa_TM1991_m)) * x_INa_TM1991_h);
        const real c0_8 = (p_IK_TM1991_g_max * (x_IK_TM1991_n * x_IK_TM1991_n * x_IK_TM1991_n * x_IK_TM1991_n));
        const real f_V = (((((((((((in_Isyn + (x_g_Stream_TEpd_E * (p_E_Stream_TEpd_E - x_V))) + (x_g_Stream_TEO_E * (p_E_Stream_TEO_E - x_V))) + (x_g_Stream_V2_E * (p_E_Stream_V2_E - x_V))) + (x_g_Stream_V1_E * (p_E_Stream_V1_E - x_V))) + (x_g_Stream_V4_I * (p_E_Stream_V4_I - x_V))) + (x_g_Stream_V4_E * (p_E_Stream_V4_E - x_V))) + h6) - (c0_7 * (x_V - p_INa_TM1991_E))) - (c0_8 * (x_V - p_IK_TM1991_E))) - (p_IL_g_max * (x_V - p_IL_E))) * h7);
        const real b_V = ((((((((((-x_g_Stream_TEpd_E) - x_g_Stream_TEO_E) - x_g_Stream_V2_E) - x_g_Stream_V1_E) - x_g_Stream_V4_I) - x_g_Stream_V4_E) - c0_7) - c0_8) - p_IL_g_max) * h7);
        real n_V = x_V + dtr * f_V * soma_exprel(b_V * dtr);
        const real f_INa_TM1991_m = ((c0_1 * (1.0 - x_INa_TM1991_m)) - (c0_2 * x_INa_TM1991_m));
        const real b_INa_TM1991_m = ((-c0_1) - c0_2);
        real n_INa_TM1991_m = x_INa_TM1991_m + dtr * f_INa_TM1991_m * soma_exprel(b_INa_TM1991_m * dtr);
        const real f_INa_TM1991_h = ((c0_4 * (1.0 - x_INa_TM1991_h)) - (c0_3 * x_INa_TM1991_h));
        const real b_INa_TM1991_h = ((-c0_4) - c0_3);
        real n_INa_TM1991_h = x_INa_TM1991_h + dtr * f_INa_TM1991_h * soma_exprel(b_INa_TM1991_h * dtr);
        const real f_IK_TM1991_n = ((c0_0 * (1.0 - x_IK_TM1991_n)) - (c0_5 * x_IK_TM1991_n));
        const real b_IK_TM1991_n = ((-c0_0) - c0_5);
        real n_IK_TM1991_n = x_IK_TM1991_n + dtr * f_IK_TM1991_n * soma_exprel(b_IK_TM1991_n * dtr);
        const real f_g_Stream_V4_E = (-(x_g_Stream_V4_E * h14));
        real n_g_Stream_V4_E = x_g_Stream_V4_E + f_g_Stream_V4_E * h0;
        const real f_g_Stream_V4_I = (-(x_g_Stream_V4_I * h15));
        real n_g_Stream_V4_I = x_g_Stream_V4_I + f_g_Stream_V4_I * h1;
        const real f_g_Stream_V1_E = (-(x_g_Stream_V1_E * h16));
        real n_g_Stream_V1_E = x_g_Stream_V1_E + f_g_Stream_V1_E * h2;
        const real f_g_Stream_V2_E = (-(x_g_Stream_V2_E * h17));
        real n_g_Stream_V2_E = x_g_Stream_V2_E + f_g_Stream_V2_E * h3;
        const real f_g_Stream_TEO_E = (-(x_g_Stream_TEO_E * h18));
        real n_g_Stream_TEO_E = x_g_Stream_TEO_E + f_g_Stream_TEO_E * h4;
        const real f_g_Stream_TEpd_E = (-(x_g_Stream_TEpd_E * h19));
        real n_g_Stream_TEpd_E = x_g_Stream_TEpd_E + f_g_Stream_TEpd_E * h5;
        const int refractory = 0;
        (void)refractory;
        { union { real value; u64 bits; } finite; finite.value = (n_V - n_V) + (n_INa_TM1991_m - n_INa_TM1991_m) + (n_INa_TM1991_h - n_INa_TM1991_h) + (n_IK_TM1991_n - n_IK_TM1991_n) + (n_g_Stream_V4_E - n_g_Stream_V4_E) + (n_g_Stream_V4_I - n_g_Stream_V4_I) + (n_g_Stream_V1_E - n_g_Stream_V1_E) + (n_g_Stream_V2_E - n_g_Stream_V2_E) + (n_g_Stream_TEO_E - n_g_Stream_TEO_E) + (n_g_Stream_TEpd_E - n_g_Stream_TEpd_E); bad |= finite.bits; }
        x_V = n_V;
        x_INa_TM1991_m = n_INa_TM1991_m;
        x_INa_TM1991_h = n_INa_TM1991_h;
        x_IK_TM1991_n = n_IK_TM1991_n;
        x_g_Stream_V4_E = n_g_Stream_V4_E;
        x_g_Stream_V4_I = n_g_Stream_V4_I;
        x_g_Stream_V1_E = n_g_Stream_V1_E;
        x_g_Stream_V2_E = n_g_Stream_V2_E;
        x_g_Stream_TEO_E = n_g_Stream_TEO_E;
        x_g_Stream_TEpd_E = n_g_Stream_TEpd_E;
        const int fired = (x_V > 0.0);
        previous[i] = fired | ((fired && !(previous[i] & 1) && !refractory) << 1);
        a_V[i] = x_V;
        a_INa_TM1991_m[i] = x_INa_TM1991_m;
        a_INa_TM1991_h[i] = x_INa_TM1991_h;
        a_IK_TM1991_n[i] = x_IK_TM1991_n;
        a_g_Stream_V4_E[i] = x_g_Stream_V4_E;
        a_g_Stream_V4_I[i] = x_g_Stream_V4_I;
        a_g_Stream_V1_E[i] = x_g_Stream_V1_E;
        a_g_Stream_V2_E[i] = x_g_Stream_V2_E;
        a_g_Stream_TEO_E[i] = x_g_Stream_TEO_E;
        a_g_Stream_TEpd_E[i] = x_g_Stream_TEpd_E;
    }
    for (i64 i = lo; i < hi; ++i) {
        if (i + SOMA_SPIKE_SCAN <= hi && soma_no_spike_among(previous + i)) { i += SOMA_SPIKE_SCAN - 1; continue; }
        if (!(previous[i] & 2)) continue;
        real x_V = a_V[i];
        real x_INa_TM1991_m = a_INa_TM1991_m[i];
        real x_INa_TM1991_h = a_INa_TM1991_h[i];
        real x_IK_TM1991_n = a_IK_TM1991_n[i];
        real x_g_Stream_V4_E = a_g_Stream_V4_E[i];
        real x_g_Stream_V4_I = a_g_Stream_V4_I[i];
        real x_g_Stream_V1_E = a_g_Stream_V1_E[i];
        real x_g_Stream_V2_E = a_g_Stream_V2_E[i];
        real x_g_Stream_TEO_E = a_g_Stream_TEO_E[i];
        real x_g_Stream_TEpd_E = a_g_Stream_TEpd_E[i];
        emitted[(*nemitted)++] = i;
        previous[i] = (int)(x_V > 0.0);
        a_V[i] = x_V;
        a_INa_TM1991_m[i] = x_INa_TM1991_m;
        a_INa_TM1991_h[i] = x_INa_TM1991_h;
        a_IK_TM1991_n[i] = x_IK_TM1991_n;
        a_g_Stream_V4_E[i] = x_g_Stream_V4_E;
        a_g_Stream_V4_I[i] = x_g_Stream_V4_I;
        a_g_Stream_V1_E[i] = x_g_Stream_V1_E;
        a_g_Stream_V2_E[i] = x_g_Stream_V2_E;
        a_g_Stream_TEO_E[i] = x_g_Stream_TEO_E;
        a_g_Stream_TEpd_E[i] = x_g_Stream_TEpd_E;
    }
    (void)emitted; (void)nemitted;
    return bad != 0;
}

static int step_p4(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57 }, Q[] = { 115, 2, 3, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142 };
    return update_p4(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p4(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[115];
    const real *a_V = (const real *)slot[47];
    for (i64 j = 0; j < n; ++j) if (!((a_V[j] - a_V[j]) == 0)) { err[0] = s + 1; err[1] = 4; err[2] = 0; err[3] = j; return 1; }
    const real *a_INa_TM1991_m = (const real *)slot[48];
    for (i64 j = 0; j < n; ++j) if (!((a_INa_TM1991_m[j] - a_INa_TM1991_m[j]) == 0)) { err[0] = s + 1; err[1] = 4; err[2] = 1; err[3] = j; return 1; }
    const real *a_INa_TM1991_h = (const real *)slot[49];
    for (i64 j = 0; j < n; ++j) if (!((a_INa_TM1991_h[j] - a_INa_TM1991_h[j]) == 0)) { err[0] = s + 1; err[1] = 4; err[2] = 2; err[3] = j; return 1; }
    const real *a_IK_TM1991_n = (const real *)slot[50];
    for (i64 j = 0; j < n; ++j) if (!((a_IK_TM1991_n[j] - a_IK_TM1991_n[j]) == 0)) { err[0] = s + 1; err[1] = 4; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_Stream_V4_E = (const real *)slot[51];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V4_E[j] - a_g_Stream_V4_E[j]) == 0)) { err[0] = s + 1; err[1] = 4; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_Stream_V4_I = (const real *)slot[52];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V4_I[j] - a_g_Stream_V4_I[j]) == 0)) { err[0] = s + 1; err[1] = 4; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_Stream_V1_E = (const real *)slot[53];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V1_E[j] - a_g_Stream_V1_E[j]) == 0)) { err[0] = s + 1; err[1] = 4; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_Stream_V2_E = (const real *)slot[54];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V2_E[j] - a_g_Stream_V2_E[j]) == 0)) { err[0] = s + 1; err[1] = 4; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_Stream_TEO_E = (const real *)slot[55];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_TEO_E[j] - a_g_Stream_TEO_E[j]) == 0)) { err[0] = s + 1; err[1] = 4; err[2] = 8; err[3] = j; return 1; }
    const real *a_g_Stream_TEpd_E = (const real *)slot[56];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_TEpd_E[j] - a_g_Stream_TEpd_E[j]) == 0)) { err[0] = s + 1; err[1] = 4; err[2] = 9; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static int step_p5(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68 }, Q[] = { 143, 2, 3, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170 };
    return update_p4(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p5(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[143];
    const real *a_V = (const real *)slot[58];
    for (i64 j = 0; j < n; ++j) if (!((a_V[j] - a_V[j]) == 0)) { err[0] = s + 1; err[1] = 5; err[2] = 0; err[3] = j; return 1; }
    const real *a_INa_TM1991_m = (const real *)slot[59];
    for (i64 j = 0; j < n; ++j) if (!((a_INa_TM1991_m[j] - a_INa_TM1991_m[j]) == 0)) { err[0] = s + 1; err[1] = 5; err[2] = 1; err[3] = j; return 1; }
    const real *a_INa_TM1991_h = (const real *)slot[60];
    for (i64 j = 0; j < n; ++j) if (!((a_INa_TM1991_h[j] - a_INa_TM1991_h[j]) == 0)) { err[0] = s + 1; err[1] = 5; err[2] = 2; err[3] = j; return 1; }
    const real *a_IK_TM1991_n = (const real *)slot[61];
    for (i64 j = 0; j < n; ++j) if (!((a_IK_TM1991_n[j] - a_IK_TM1991_n[j]) == 0)) { err[0] = s + 1; err[1] = 5; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_Stream_V4_E = (const real *)slot[62];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V4_E[j] - a_g_Stream_V4_E[j]) == 0)) { err[0] = s + 1; err[1] = 5; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_Stream_V4_I = (const real *)slot[63];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V4_I[j] - a_g_Stream_V4_I[j]) == 0)) { err[0] = s + 1; err[1] = 5; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_Stream_V1_E = (const real *)slot[64];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V1_E[j] - a_g_Stream_V1_E[j]) == 0)) { err[0] = s + 1; err[1] = 5; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_Stream_V2_E = (const real *)slot[65];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V2_E[j] - a_g_Stream_V2_E[j]) == 0)) { err[0] = s + 1; err[1] = 5; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_Stream_TEO_E = (const real *)slot[66];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_TEO_E[j] - a_g_Stream_TEO_E[j]) == 0)) { err[0] = s + 1; err[1] = 5; err[2] = 8; err[3] = j; return 1; }
    const real *a_g_Stream_TEpd_E = (const real *)slot[67];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_TEpd_E[j] - a_g_Stream_TEpd_E[j]) == 0)) { err[0] = s + 1; err[1] = 5; err[2] = 9; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static __attribute__((noinline, noclone)) int update_p6(void **slot, const double *P, const int *S, const int *Q, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    const i64 n = (i64)P[Q[0]];
    const double t = P[Q[1]] + (double)(s - (i64)P[Q[2]]) * dt;
    const real dtr = (real)dt;
    (void)t; (void)dtr; (void)seed;
    real *restrict a_V = (real *)slot[S[0]];
    real *restrict a_INa_TM1991_m = (real *)slot[S[1]];
    real *restrict a_INa_TM1991_h = (real *)slot[S[2]];
    real *restrict a_IK_TM1991_n = (real *)slot[S[3]];
    real *restrict a_g_Stream_TEO_E = (real *)slot[S[4]];
    real *restrict a_g_Stream_TEO_I = (real *)slot[S[5]];
    real *restrict a_g_Stream_V2_E = (real *)slot[S[6]];
    real *restrict a_g_Stream_V4_E = (real *)slot[S[7]];
    real *restrict a_g_Stream_TEpd_E = (real *)slot[S[8]];
    const real p_Cm = (real)P[Q[3]];
    const real p_I_stim = (real)P[Q[4]];
    const real p_t_on = (real)P[Q[5]];
    const real p_t_off = (real)P[Q[6]];
    const real p_INa_TM1991_g_max = (real)P[Q[7]];
    const real p_INa_TM1991_E = (real)P[Q[8]];
    const real p_INa_TM1991_V_sh = (real)P[Q[9]];
    const real p_INa_TM1991_phi = (real)P[Q[10]];
    const real p_IK_TM1991_g_max = (real)P[Q[11]];
    const real p_IK_TM1991_E = (real)P[Q[12]];
    const real p_IK_TM1991_V_sh = (real)P[Q[13]];
    const real p_IK_TM1991_phi = (real)P[Q[14]];
    const real p_IL_g_max = (real)P[Q[15]];
    const real p_IL_E = (real)P[Q[16]];
    const real p_tau_Stream_TEO_E = (real)P[Q[17]];
    const real p_E_Stream_TEO_E = (real)P[Q[18]];
    const real p_tau_Stream_TEO_I = (real)P[Q[19]];
    const real p_E_Stream_TEO_I = (real)P[Q[20]];
    const real p_tau_Stream_V2_E = (real)P[Q[21]];
    const real p_E_Stream_V2_E = (real)P[Q[22]];
    const real p_tau_Stream_V4_E = (real)P[Q[23]];
    const real p_E_Stream_V4_E = (real)P[Q[24]];
    const real p_tau_Stream_TEpd_E = (real)P[Q[25]];
    const real p_E_Stream_TEpd_E = (real)P[Q[26]];
    const real in_Isyn = (real)P[Q[27]];
    int *restrict previous = (int *)slot[S[9]];
    u64 bad = 0;
    const real h0 = (dtr * soma_exprel(((-(1.0 / p_tau_Stream_TEO_E)) * dtr)));
    const real h1 = (dtr * soma_exprel(((-(1.0 / p_tau_Stream_TEO_I)) * dtr)));
    const real h2 = (dtr * soma_exprel(((-(1.0 / p_tau_Stream_V2_E)) * dtr)));
    const real h3 = (dtr * soma_exprel(((-(1.0 / p_tau_Stream_V4_E)) * dtr)));
    const real h4 = (dtr * soma_exprel(((-(1.0 / p_tau_Stream_TEpd_E)) * dtr)));
    const real h5 = ((p_I_stim * (real)((t) >= (p_t_on))) * (real)((t) < (p_t_off)));
    const real h6 = (1.0 / p_Cm);
    const real h7 = (320.0 * p_INa_TM1991_phi);
    const real h8 = (280.0 * p_INa_TM1991_phi);
    const real h9 = (0.128 * p_INa_TM1991_phi);
    const real h10 = (4.0 * p_INa_TM1991_phi);
    const real h11 = (32.0 * p_IK_TM1991_phi);
    const real h12 = (0.5 * p_IK_TM1991_phi);
    const real h13 = (1.0 / p_tau_Stream_TEO_E);
    const real h14 = (1.0 / p_tau_Stream_TEO_I);
    const real h15 = (1.0 / p_tau_Stream_V2_E);
    const real h16 = (1.0 / p_tau_Stream_V4_E);
    const real h17 = (1.0 / p_tau_Stream_TEpd_E);
    for (i64 i = lo; i < hi; ++i) {
        real x_V = a_V[i];
        real x_INa_TM1991_m = a_INa_TM1991_m[i];
        real x_INa_TM1991_h = a_INa_TM1991_h[i];
        real x_IK_TM1991_n = a_IK_TM1991_n[i];
        real x_g_Stream_TEO_E = a_g_Stream_TEO_E[i];
        real x_g_Stream_TEO_I = a_g_Stream_TEO_I[i];
        real x_g_Stream_V2_E = a_g_Stream_V2_E[i];
        real x_g_Stream_V4_E = a_g_Stream_V4_E[i];
        real x_g_Stream_TEpd_E = a_g_Stream_TEpd_E[i];
        const real c0_9 = ((x_V - p_IK_TM1991_V_sh) - 0.015);
        const real c0_0 = (((h11 * c0_9) / (1.0 - soma_exp((-(c0_9 * 200.0))))) * 1000.0);
        const real c0_10 = ((x_V - p_INa_TM1991_V_sh) - 0.013000000000000001);
        const real c0_1 = (((h7 * c0_10) / (1.0 - soma_exp((-(c0_10 * 250.0))))) * 1000.0);
        const real c0_11 = ((x_V - p_INa_TM1991_V_sh) - 0.04);
        const real c0_6 = (c0_11 * 200.0);
        const real c0_2 = (((h8 * c0_11) / (soma_exp(c0_6) - 1.0)) * 1000.0);
        const real c0_3 = ((h10 / (1.0 + soma_exp((-c0_6)))) * 1000.0);
        const real c0_4 = ((h12 * soma_exp((-(((x_V - p_IK_TM1991_V_sh) - 0.01) * 25.0)))) * 1000.0);
        const real c0_5 = ((h9 * soma_exp((-(((x_V - p_INa_TM1991_V_sh) - 0.017) * 55.55555555555555)))) * 1000.0);
        const real c0_7 = ((p_INa_TM1991_g_max * (x_INa_TM1991_m * x_INa_TM1991_m * x_INa_TM1991_m)) * x_INa_TM1991_h);
        const real c0_8 = (p_IK_TM1991_g_max * (x_IK_TM1991_n * x_IK_TM1991_n * x_IK_TM1991_n * x_IK_TM1991_n));
        const real f_V = ((((((((((in_Isyn + (x_g_Stream_TEpd_E * (p_E_Stream_TEpd_E - x_V))) + (x_g_Stream_V4_E * (p_E_Stream_V4_E - x_V))) + (x_g_Stream_V2_E * (p_E_Stream_V2_E - x_V))) + (x_g_Stream_TEO_I * (p_E_Stream_TEO_I - x_V))) + (x_g_Stream_TEO_E * (p_E_Stream_TEO_E - x_V))) + h5) - (c0_7 * (x_V - p_INa_TM1991_E))) - (c0_8 * (x_V - p_IK_TM1991_E))) - (p_IL_g_max * (x_V - p_IL_E))) * h6);
        const real b_V = (((((((((-x_g_Stream_TEpd_E) - x_g_Stream_V4_E) - x_g_Stream_V2_E) - x_g_Stream_TEO_I) - x_g_Stream_TEO_E) - c0_7) - c0_8) - p_IL_g_max) * h6);
        real n_V = x_V + dtr * f_V * soma_exprel(b_V * dtr);
        const real f_INa_TM1991_m = ((c0_1 * (1.0 - x_INa_TM1991_m)) - (c0_2 * x_INa_TM1991_m));
        const real b_INa_TM1991_m = ((-c0_1) - c0_2);
        real n_INa_TM1991_m = x_INa_TM1991_m + dtr * f_INa_TM1991_m * soma_exprel(b_INa_TM1991_m * dtr);
        const real f_INa_TM1991_h = ((c0_5 * (1.0 - x_INa_TM1991_h)) - (c0_3 * x_INa_TM1991_h));
        const real b_INa_TM1991_h = ((-c0_5) - c0_3);
        real n_INa_TM1991_h = x_INa_TM1991_h + dtr * f_INa_TM1991_h * soma_exprel(b_INa_TM1991_h * dtr);
        const real f_IK_TM1991_n = ((c0_0 * (1.0 - x_IK_TM1991_n)) - (c0_4 * x_IK_TM1991_n));
        const real b_IK_TM1991_n = ((-c0_0) - c0_4);
        real n_IK_TM1991_n = x_IK_TM1991_n + dtr * f_IK_TM1991_n * soma_exprel(b_IK_TM1991_n * dtr);
        const real f_g_Stream_TEO_E = (-(x_g_Stream_TEO_E * h13));
        real n_g_Stream_TEO_E = x_g_Stream_TEO_E + f_g_Stream_TEO_E * h0;
        const real f_g_Stream_TEO_I = (-(x_g_Stream_TEO_I * h14));
        real n_g_Stream_TEO_I = x_g_Stream_TEO_I + f_g_Stream_TEO_I * h1;
        const real f_g_Stream_V2_E = (-(x_g_Stream_V2_E * h15));
        real n_g_Stream_V2_E = x_g_Stream_V2_E + f_g_Stream_V2_E * h2;
        const real f_g_Stream_V4_E = (-(x_g_Stream_V4_E * h16));
        real n_g_Stream_V4_E = x_g_Stream_V4_E + f_g_Stream_V4_E * h3;
        const real f_g_Stream_TEpd_E = (-(x_g_Stream_TEpd_E * h17));
        real n_g_Stream_TEpd_E = x_g_Stream_TEpd_E + f_g_Stream_TEpd_E * h4;
        const int refractory = 0;
        (void)refractory;
        { union { real value; u64 bits; } finite; finite.value = (n_V - n_V) + (n_INa_TM1991_m - n_INa_TM1991_m) + (n_INa_TM1991_h - n_INa_TM1991_h) + (n_IK_TM1991_n - n_IK_TM1991_n) + (n_g_Stream_TEO_E - n_g_Stream_TEO_E) + (n_g_Stream_TEO_I - n_g_Stream_TEO_I) + (n_g_Stream_V2_E - n_g_Stream_V2_E) + (n_g_Stream_V4_E - n_g_Stream_V4_E) + (n_g_Stream_TEpd_E - n_g_Stream_TEpd_E); bad |= finite.bits; }
        x_V = n_V;
        x_INa_TM1991_m = n_INa_TM1991_m;
        x_INa_TM1991_h = n_INa_TM1991_h;
        x_IK_TM1991_n = n_IK_TM1991_n;
        x_g_Stream_TEO_E = n_g_Stream_TEO_E;
        x_g_Stream_TEO_I = n_g_Stream_TEO_I;
        x_g_Stream_V2_E = n_g_Stream_V2_E;
        x_g_Stream_V4_E = n_g_Stream_V4_E;
        x_g_Stream_TEpd_E = n_g_Stream_TEpd_E;
        const int fired = (x_V > 0.0);
        previous[i] = fired | ((fired && !(previous[i] & 1) && !refractory) << 1);
        a_V[i] = x_V;
        a_INa_TM1991_m[i] = x_INa_TM1991_m;
        a_INa_TM1991_h[i] = x_INa_TM1991_h;
        a_IK_TM1991_n[i] = x_IK_TM1991_n;
        a_g_Stream_TEO_E[i] = x_g_Stream_TEO_E;
        a_g_Stream_TEO_I[i] = x_g_Stream_TEO_I;
        a_g_Stream_V2_E[i] = x_g_Stream_V2_E;
        a_g_Stream_V4_E[i] = x_g_Stream_V4_E;
        a_g_Stream_TEpd_E[i] = x_g_Stream_TEpd_E;
    }
    for (i64 i = lo; i < hi; ++i) {
        if (i + SOMA_SPIKE_SCAN <= hi && soma_no_spike_among(previous + i)) { i += SOMA_SPIKE_SCAN - 1; continue; }
        if (!(previous[i] & 2)) continue;
        real x_V = a_V[i];
        real x_INa_TM1991_m = a_INa_TM1991_m[i];
        real x_INa_TM1991_h = a_INa_TM1991_h[i];
        real x_IK_TM1991_n = a_IK_TM1991_n[i];
        real x_g_Stream_TEO_E = a_g_Stream_TEO_E[i];
        real x_g_Stream_TEO_I = a_g_Stream_TEO_I[i];
        real x_g_Stream_V2_E = a_g_Stream_V2_E[i];
        real x_g_Stream_V4_E = a_g_Stream_V4_E[i];
        real x_g_Stream_TEpd_E = a_g_Stream_TEpd_E[i];
        emitted[(*nemitted)++] = i;
        previous[i] = (int)(x_V > 0.0);
        a_V[i] = x_V;
        a_INa_TM1991_m[i] = x_INa_TM1991_m;
        a_INa_TM1991_h[i] = x_INa_TM1991_h;
        a_IK_TM1991_n[i] = x_IK_TM1991_n;
        a_g_Stream_TEO_E[i] = x_g_Stream_TEO_E;
        a_g_Stream_TEO_I[i] = x_g_Stream_TEO_I;
        a_g_Stream_V2_E[i] = x_g_Stream_V2_E;
        a_g_Stream_V4_E[i] = x_g_Stream_V4_E;
        a_g_Stream_TEpd_E[i] = x_g_Stream_TEpd_E;
    }
    (void)emitted; (void)nemitted;
    return bad != 0;
}

static int step_p6(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 69, 70, 71, 72, 73, 74, 75, 76, 77, 78 }, Q[] = { 171, 2, 3, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196 };
    return update_p6(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p6(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[171];
    const real *a_V = (const real *)slot[69];
    for (i64 j = 0; j < n; ++j) if (!((a_V[j] - a_V[j]) == 0)) { err[0] = s + 1; err[1] = 6; err[2] = 0; err[3] = j; return 1; }
    const real *a_INa_TM1991_m = (const real *)slot[70];
    for (i64 j = 0; j < n; ++j) if (!((a_INa_TM1991_m[j] - a_INa_TM1991_m[j]) == 0)) { err[0] = s + 1; err[1] = 6; err[2] = 1; err[3] = j; return 1; }
    const real *a_INa_TM1991_h = (const real *)slot[71];
    for (i64 j = 0; j < n; ++j) if (!((a_INa_TM1991_h[j] - a_INa_TM1991_h[j]) == 0)) { err[0] = s + 1; err[1] = 6; err[2] = 2; err[3] = j; return 1; }
    const real *a_IK_TM1991_n = (const real *)slot[72];
    for (i64 j = 0; j < n; ++j) if (!((a_IK_TM1991_n[j] - a_IK_TM1991_n[j]) == 0)) { err[0] = s + 1; err[1] = 6; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_Stream_TEO_E = (const real *)slot[73];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_TEO_E[j] - a_g_Stream_TEO_E[j]) == 0)) { err[0] = s + 1; err[1] = 6; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_Stream_TEO_I = (const real *)slot[74];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_TEO_I[j] - a_g_Stream_TEO_I[j]) == 0)) { err[0] = s + 1; err[1] = 6; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_Stream_V2_E = (const real *)slot[75];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V2_E[j] - a_g_Stream_V2_E[j]) == 0)) { err[0] = s + 1; err[1] = 6; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_Stream_V4_E = (const real *)slot[76];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V4_E[j] - a_g_Stream_V4_E[j]) == 0)) { err[0] = s + 1; err[1] = 6; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_Stream_TEpd_E = (const real *)slot[77];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_TEpd_E[j] - a_g_Stream_TEpd_E[j]) == 0)) { err[0] = s + 1; err[1] = 6; err[2] = 8; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static int step_p7(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 79, 80, 81, 82, 83, 84, 85, 86, 87, 88 }, Q[] = { 197, 2, 3, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222 };
    return update_p6(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p7(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[197];
    const real *a_V = (const real *)slot[79];
    for (i64 j = 0; j < n; ++j) if (!((a_V[j] - a_V[j]) == 0)) { err[0] = s + 1; err[1] = 7; err[2] = 0; err[3] = j; return 1; }
    const real *a_INa_TM1991_m = (const real *)slot[80];
    for (i64 j = 0; j < n; ++j) if (!((a_INa_TM1991_m[j] - a_INa_TM1991_m[j]) == 0)) { err[0] = s + 1; err[1] = 7; err[2] = 1; err[3] = j; return 1; }
    const real *a_INa_TM1991_h = (const real *)slot[81];
    for (i64 j = 0; j < n; ++j) if (!((a_INa_TM1991_h[j] - a_INa_TM1991_h[j]) == 0)) { err[0] = s + 1; err[1] = 7; err[2] = 2; err[3] = j; return 1; }
    const real *a_IK_TM1991_n = (const real *)slot[82];
    for (i64 j = 0; j < n; ++j) if (!((a_IK_TM1991_n[j] - a_IK_TM1991_n[j]) == 0)) { err[0] = s + 1; err[1] = 7; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_Stream_TEO_E = (const real *)slot[83];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_TEO_E[j] - a_g_Stream_TEO_E[j]) == 0)) { err[0] = s + 1; err[1] = 7; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_Stream_TEO_I = (const real *)slot[84];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_TEO_I[j] - a_g_Stream_TEO_I[j]) == 0)) { err[0] = s + 1; err[1] = 7; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_Stream_V2_E = (const real *)slot[85];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V2_E[j] - a_g_Stream_V2_E[j]) == 0)) { err[0] = s + 1; err[1] = 7; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_Stream_V4_E = (const real *)slot[86];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V4_E[j] - a_g_Stream_V4_E[j]) == 0)) { err[0] = s + 1; err[1] = 7; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_Stream_TEpd_E = (const real *)slot[87];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_TEpd_E[j] - a_g_Stream_TEpd_E[j]) == 0)) { err[0] = s + 1; err[1] = 7; err[2] = 8; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static __attribute__((noinline, noclone)) int update_p8(void **slot, const double *P, const int *S, const int *Q, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    const i64 n = (i64)P[Q[0]];
    const double t = P[Q[1]] + (double)(s - (i64)P[Q[2]]) * dt;
    const real dtr = (real)dt;
    (void)t; (void)dtr; (void)seed;
    real *restrict a_V = (real *)slot[S[0]];
    real *restrict a_INa_TM1991_m = (real *)slot[S[1]];
    real *restrict a_INa_TM1991_h = (real *)slot[S[2]];
    real *restrict a_IK_TM1991_n = (real *)slot[S[3]];
    real *restrict a_g_Stream_TEpd_E = (real *)slot[S[4]];
    real *restrict a_g_Stream_TEpd_I = (real *)slot[S[5]];
    real *restrict a_g_Stream_V2_E = (real *)slot[S[6]];
    real *restrict a_g_Stream_V4_E = (real *)slot[S[7]];
    real *restrict a_g_Stream_TEO_E = (real *)slot[S[8]];
    const real p_Cm = (real)P[Q[3]];
    const real p_I_stim = (real)P[Q[4]];
    const real p_t_on = (real)P[Q[5]];
    const real p_t_off = (real)P[Q[6]];
    const real p_INa_TM1991_g_max = (real)P[Q[7]];
    const real p_INa_TM1991_E = (real)P[Q[8]];
    const real p_INa_TM1991_V_sh = (real)P[Q[9]];
    const real p_INa_TM1991_phi = (real)P[Q[10]];
    const real p_IK_TM1991_g_max = (real)P[Q[11]];
    const real p_IK_TM1991_E = (real)P[Q[12]];
    const real p_IK_TM1991_V_sh = (real)P[Q[13]];
    const real p_IK_TM1991_phi = (real)P[Q[14]];
    const real p_IL_g_max = (real)P[Q[15]];
    const real p_IL_E = (real)P[Q[16]];
    const real p_tau_Stream_TEpd_E = (real)P[Q[17]];
    const real p_E_Stream_TEpd_E = (real)P[Q[18]];
    const real p_tau_Stream_TEpd_I = (real)P[Q[19]];
    const real p_E_Stream_TEpd_I = (real)P[Q[20]];
    const real p_tau_Stream_V2_E = (real)P[Q[21]];
    const real p_E_Stream_V2_E = (real)P[Q[22]];
    const real p_tau_Stream_V4_E = (real)P[Q[23]];
    const real p_E_Stream_V4_E = (real)P[Q[24]];
    const real p_tau_Stream_TEO_E = (real)P[Q[25]];
    const real p_E_Stream_TEO_E = (real)P[Q[26]];
    const real in_Isyn = (real)P[Q[27]];
    int *restrict previous = (int *)slot[S[9]];
    u64 bad = 0;
    const real h0 = (dtr * soma_exprel(((-(1.0 / p_tau_Stream_TEpd_E)) * dtr)));
    const real h1 = (dtr * soma_exprel(((-(1.0 / p_tau_Stream_TEpd_I)) * dtr)));
    const real h2 = (dtr * soma_exprel(((-(1.0 / p_tau_Stream_V2_E)) * dtr)));
    const real h3 = (dtr * soma_exprel(((-(1.0 / p_tau_Stream_V4_E)) * dtr)));
    const real h4 = (dtr * soma_exprel(((-(1.0 / p_tau_Stream_TEO_E)) * dtr)));
    const real h5 = ((p_I_stim * (real)((t) >= (p_t_on))) * (real)((t) < (p_t_off)));
    const real h6 = (1.0 / p_Cm);
    const real h7 = (320.0 * p_INa_TM1991_phi);
    const real h8 = (280.0 * p_INa_TM1991_phi);
    const real h9 = (0.128 * p_INa_TM1991_phi);
    const real h10 = (4.0 * p_INa_TM1991_phi);
    const real h11 = (32.0 * p_IK_TM1991_phi);
    const real h12 = (0.5 * p_IK_TM1991_phi);
    const real h13 = (1.0 / p_tau_Stream_TEpd_E);
    const real h14 = (1.0 / p_tau_Stream_TEpd_I);
    const real h15 = (1.0 / p_tau_Stream_V2_E);
    const real h16 = (1.0 / p_tau_Stream_V4_E);
    const real h17 = (1.0 / p_tau_Stream_TEO_E);
    for (i64 i = lo; i < hi; ++i) {
        real x_V = a_V[i];
        real x_INa_TM1991_m = a_INa_TM1991_m[i];
        real x_INa_TM1991_h = a_INa_TM1991_h[i];
        real x_IK_TM1991_n = a_IK_TM1991_n[i];
        real x_g_Stream_TEpd_E = a_g_Stream_TEpd_E[i];
        real x_g_Stream_TEpd_I = a_g_Stream_TEpd_I[i];
        real x_g_Stream_V2_E = a_g_Stream_V2_E[i];
        real x_g_Stream_V4_E = a_g_Stream_V4_E[i];
        real x_g_Stream_TEO_E = a_g_Stream_TEO_E[i];
        const real c0_9 = ((x_V - p_IK_TM1991_V_sh) - 0.015);
        const real c0_0 = (((h11 * c0_9) / (1.0 - soma_exp((-(c0_9 * 200.0))))) * 1000.0);
        const real c0_10 = ((x_V - p_INa_TM1991_V_sh) - 0.013000000000000001);
        const real c0_1 = (((h7 * c0_10) / (1.0 - soma_exp((-(c0_10 * 250.0))))) * 1000.0);
        const real c0_11 = ((x_V - p_INa_TM1991_V_sh) - 0.04);
        const real c0_6 = (c0_11 * 200.0);
        const real c0_2 = (((h8 * c0_11) / (soma_exp(c0_6) - 1.0)) * 1000.0);
        const real c0_3 = ((h10 / (1.0 + soma_exp((-c0_6)))) * 1000.0);
        const real c0_4 = ((h12 * soma_exp((-(((x_V - p_IK_TM1991_V_sh) - 0.01) * 25.0)))) * 1000.0);
        const real c0_5 = ((h9 * soma_exp((-(((x_V - p_INa_TM1991_V_sh) - 0.017) * 55.55555555555555)))) * 1000.0);
        const real c0_7 = ((p_INa_TM1991_g_max * (x_INa_TM1991_m * x_INa_TM1991_m * x_INa_TM1991_m)) * x_INa_TM1991_h);
        const real c0_8 = (p_IK_TM1991_g_max * (x_IK_TM1991_n * x_IK_TM1991_n * x_IK_TM1991_n * x_IK_TM1991_n));
        const real f_V = ((((((((((in_Isyn + (x_g_Stream_TEO_E * (p_E_Stream_TEO_E - x_V))) + (x_g_Stream_V4_E * (p_E_Stream_V4_E - x_V))) + (x_g_Stream_V2_E * (p_E_Stream_V2_E - x_V))) + (x_g_Stream_TEpd_I * (p_E_Stream_TEpd_I - x_V))) + (x_g_Stream_TEpd_E * (p_E_Stream_TEpd_E - x_V))) + h5) - (c0_7 * (x_V - p_INa_TM1991_E))) - (c0_8 * (x_V - p_IK_TM1991_E))) - (p_IL_g_max * (x_V - p_IL_E))) * h6);
        const real b_V = (((((((((-x_g_Stream_TEO_E) - x_g_Stream_V4_E) - x_g_Stream_V2_E) - x_g_Stream_TEpd_I) - x_g_Stream_TEpd_E) - c0_7) - c0_8) - p_IL_g_max) * h6);
        real n_V = x_V + dtr * f_V * soma_exprel(b_V * dtr);
        const real f_INa_TM1991_m = ((c0_1 * (1.0 - x_INa_TM1991_m)) - (c0_2 * x_INa_TM1991_m));
        const real b_INa_TM1991_m = ((-c0_1) - c0_2);
        real n_INa_TM1991_m = x_INa_TM1991_m + dtr * f_INa_TM1991_m * soma_exprel(b_INa_TM1991_m * dtr);
        const real f_INa_TM1991_h = ((c0_5 * (1.0 - x_INa_TM1991_h)) - (c0_3 * x_INa_TM1991_h));
        const real b_INa_TM1991_h = ((-c0_5) - c0_3);
        real n_INa_TM1991_h = x_INa_TM1991_h + dtr * f_INa_TM1991_h * soma_exprel(b_INa_TM1991_h * dtr);
        const real f_IK_TM1991_n = ((c0_0 * (1.0 - x_IK_TM1991_n)) - (c0_4 * x_IK_TM1991_n));
        const real b_IK_TM1991_n = ((-c0_0) - c0_4);
        real n_IK_TM1991_n = x_IK_TM1991_n + dtr * f_IK_TM1991_n * soma_exprel(b_IK_TM1991_n * dtr);
        const real f_g_Stream_TEpd_E = (-(x_g_Stream_TEpd_E * h13));
        real n_g_Stream_TEpd_E = x_g_Stream_TEpd_E + f_g_Stream_TEpd_E * h0;
        const real f_g_Stream_TEpd_I = (-(x_g_Stream_TEpd_I * h14));
        real n_g_Stream_TEpd_I = x_g_Stream_TEpd_I + f_g_Stream_TEpd_I * h1;
        const real f_g_Stream_V2_E = (-(x_g_Stream_V2_E * h15));
        real n_g_Stream_V2_E = x_g_Stream_V2_E + f_g_Stream_V2_E * h2;
        const real f_g_Stream_V4_E = (-(x_g_Stream_V4_E * h16));
        real n_g_Stream_V4_E = x_g_Stream_V4_E + f_g_Stream_V4_E * h3;
        const real f_g_Stream_TEO_E = (-(x_g_Stream_TEO_E * h17));
        real n_g_Stream_TEO_E = x_g_Stream_TEO_E + f_g_Stream_TEO_E * h4;
        const int refractory = 0;
        (void)refractory;
        { union { real value; u64 bits; } finite; finite.value = (n_V - n_V) + (n_INa_TM1991_m - n_INa_TM1991_m) + (n_INa_TM1991_h - n_INa_TM1991_h) + (n_IK_TM1991_n - n_IK_TM1991_n) + (n_g_Stream_TEpd_E - n_g_Stream_TEpd_E) + (n_g_Stream_TEpd_I - n_g_Stream_TEpd_I) + (n_g_Stream_V2_E - n_g_Stream_V2_E) + (n_g_Stream_V4_E - n_g_Stream_V4_E) + (n_g_Stream_TEO_E - n_g_Stream_TEO_E); bad |= finite.bits; }
        x_V = n_V;
        x_INa_TM1991_m = n_INa_TM1991_m;
        x_INa_TM1991_h = n_INa_TM1991_h;
        x_IK_TM1991_n = n_IK_TM1991_n;
        x_g_Stream_TEpd_E = n_g_Stream_TEpd_E;
        x_g_Stream_TEpd_I = n_g_Stream_TEpd_I;
        x_g_Stream_V2_E = n_g_Stream_V2_E;
        x_g_Stream_V4_E = n_g_Stream_V4_E;
        x_g_Stream_TEO_E = n_g_Stream_TEO_E;
        const int fired = (x_V > 0.0);
        previous[i] = fired | ((fired && !(previous[i] & 1) && !refractory) << 1);
        a_V[i] = x_V;
        a_INa_TM1991_m[i] = x_INa_TM1991_m;
        a_INa_TM1991_h[i] = x_INa_TM1991_h;
        a_IK_TM1991_n[i] = x_IK_TM1991_n;
        a_g_Stream_TEpd_E[i] = x_g_Stream_TEpd_E;
        a_g_Stream_TEpd_I[i] = x_g_Stream_TEpd_I;
        a_g_Stream_V2_E[i] = x_g_Stream_V2_E;
        a_g_Stream_V4_E[i] = x_g_Stream_V4_E;
        a_g_Stream_TEO_E[i] = x_g_Stream_TEO_E;
    }
    for (i64 i = lo; i < hi; ++i) {
        if (i + SOMA_SPIKE_SCAN <= hi && soma_no_spike_among(previous + i)) { i += SOMA_SPIKE_SCAN - 1; continue; }
        if (!(previous[i] & 2)) continue;
        real x_V = a_V[i];
        real x_INa_TM1991_m = a_INa_TM1991_m[i];
        real x_INa_TM1991_h = a_INa_TM1991_h[i];
        real x_IK_TM1991_n = a_IK_TM1991_n[i];
        real x_g_Stream_TEpd_E = a_g_Stream_TEpd_E[i];
        real x_g_Stream_TEpd_I = a_g_Stream_TEpd_I[i];
        real x_g_Stream_V2_E = a_g_Stream_V2_E[i];
        real x_g_Stream_V4_E = a_g_Stream_V4_E[i];
        real x_g_Stream_TEO_E = a_g_Stream_TEO_E[i];
        emitted[(*nemitted)++] = i;
        previous[i] = (int)(x_V > 0.0);
        a_V[i] = x_V;
        a_INa_TM1991_m[i] = x_INa_TM1991_m;
        a_INa_TM1991_h[i] = x_INa_TM1991_h;
        a_IK_TM1991_n[i] = x_IK_TM1991_n;
        a_g_Stream_TEpd_E[i] = x_g_Stream_TEpd_E;
        a_g_Stream_TEpd_I[i] = x_g_Stream_TEpd_I;
        a_g_Stream_V2_E[i] = x_g_Stream_V2_E;
        a_g_Stream_V4_E[i] = x_g_Stream_V4_E;
        a_g_Stream_TEO_E[i] = x_g_Stream_TEO_E;
    }
    (void)emitted; (void)nemitted;
    return bad != 0;
}

static int step_p8(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 89, 90, 91, 92, 93, 94, 95, 96, 97, 98 }, Q[] = { 223, 2, 3, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248 };
    return update_p8(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p8(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[223];
    const real *a_V = (const real *)slot[89];
    for (i64 j = 0; j < n; ++j) if (!((a_V[j] - a_V[j]) == 0)) { err[0] = s + 1; err[1] = 8; err[2] = 0; err[3] = j; return 1; }
    const real *a_INa_TM1991_m = (const real *)slot[90];
    for (i64 j = 0; j < n; ++j) if (!((a_INa_TM1991_m[j] - a_INa_TM1991_m[j]) == 0)) { err[0] = s + 1; err[1] = 8; err[2] = 1; err[3] = j; return 1; }
    const real *a_INa_TM1991_h = (const real *)slot[91];
    for (i64 j = 0; j < n; ++j) if (!((a_INa_TM1991_h[j] - a_INa_TM1991_h[j]) == 0)) { err[0] = s + 1; err[1] = 8; err[2] = 2; err[3] = j; return 1; }
    const real *a_IK_TM1991_n = (const real *)slot[92];
    for (i64 j = 0; j < n; ++j) if (!((a_IK_TM1991_n[j] - a_IK_TM1991_n[j]) == 0)) { err[0] = s + 1; err[1] = 8; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_Stream_TEpd_E = (const real *)slot[93];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_TEpd_E[j] - a_g_Stream_TEpd_E[j]) == 0)) { err[0] = s + 1; err[1] = 8; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_Stream_TEpd_I = (const real *)slot[94];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_TEpd_I[j] - a_g_Stream_TEpd_I[j]) == 0)) { err[0] = s + 1; err[1] = 8; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_Stream_V2_E = (const real *)slot[95];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V2_E[j] - a_g_Stream_V2_E[j]) == 0)) { err[0] = s + 1; err[1] = 8; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_Stream_V4_E = (const real *)slot[96];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V4_E[j] - a_g_Stream_V4_E[j]) == 0)) { err[0] = s + 1; err[1] = 8; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_Stream_TEO_E = (const real *)slot[97];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_TEO_E[j] - a_g_Stream_TEO_E[j]) == 0)) { err[0] = s + 1; err[1] = 8; err[2] = 8; err[3] = j; return 1; }
    (void)slot; (void)s; (void)err; (void)n;
    return 0;
}

static int step_p9(void **slot, const double *P, i64 s, double dt, u64 seed, i64 lo, i64 hi, i64 *emitted, i64 *nemitted) {
    static const int S[] = { 99, 100, 101, 102, 103, 104, 105, 106, 107, 108 }, Q[] = { 249, 2, 3, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274 };
    return update_p8(slot, P, S, Q, s, dt, seed, lo, hi, emitted, nemitted);
}

static int nonfinite_p9(void **slot, const double *P, i64 s, i64 *err) {
    const i64 n = (i64)P[249];
    const real *a_V = (const real *)slot[99];
    for (i64 j = 0; j < n; ++j) if (!((a_V[j] - a_V[j]) == 0)) { err[0] = s + 1; err[1] = 9; err[2] = 0; err[3] = j; return 1; }
    const real *a_INa_TM1991_m = (const real *)slot[100];
    for (i64 j = 0; j < n; ++j) if (!((a_INa_TM1991_m[j] - a_INa_TM1991_m[j]) == 0)) { err[0] = s + 1; err[1] = 9; err[2] = 1; err[3] = j; return 1; }
    const real *a_INa_TM1991_h = (const real *)slot[101];
    for (i64 j = 0; j < n; ++j) if (!((a_INa_TM1991_h[j] - a_INa_TM1991_h[j]) == 0)) { err[0] = s + 1; err[1] = 9; err[2] = 2; err[3] = j; return 1; }
    const real *a_IK_TM1991_n = (const real *)slot[102];
    for (i64 j = 0; j < n; ++j) if (!((a_IK_TM1991_n[j] - a_IK_TM1991_n[j]) == 0)) { err[0] = s + 1; err[1] = 9; err[2] = 3; err[3] = j; return 1; }
    const real *a_g_Stream_TEpd_E = (const real *)slot[103];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_TEpd_E[j] - a_g_Stream_TEpd_E[j]) == 0)) { err[0] = s + 1; err[1] = 9; err[2] = 4; err[3] = j; return 1; }
    const real *a_g_Stream_TEpd_I = (const real *)slot[104];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_TEpd_I[j] - a_g_Stream_TEpd_I[j]) == 0)) { err[0] = s + 1; err[1] = 9; err[2] = 5; err[3] = j; return 1; }
    const real *a_g_Stream_V2_E = (const real *)slot[105];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V2_E[j] - a_g_Stream_V2_E[j]) == 0)) { err[0] = s + 1; err[1] = 9; err[2] = 6; err[3] = j; return 1; }
    const real *a_g_Stream_V4_E = (const real *)slot[106];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_V4_E[j] - a_g_Stream_V4_E[j]) == 0)) { err[0] = s + 1; err[1] = 9; err[2] = 7; err[3] = j; return 1; }
    const real *a_g_Stream_TEO_E = (const real *)slot[107];
    for (i64 j = 0; j < n; ++j) if (!((a_g_Stream_TEO_E[j] - a_g_Stream_TEO_E[j]) == 0)) { err[0] = s + 1; err[1] = 9; err[2] = 8; err[3] = j; return 1; }
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
    const i64 R = (i64)P[275];
    const unsigned *restrict rows = (const unsigned *)slot[109];
    const unsigned short *restrict columns = (const unsigned short *)slot[110];
    const real weight = (real)P[276];
    real *restrict g_g_Stream_V1_E = (real *)slot[7];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[1], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[111];
    i64 *ring_count = (i64 *)slot[112];
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
            g_g_Stream_V1_E[j] = (g_g_Stream_V1_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c0(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[275];
    ((i64 *)slot[112])[s % R] = 0;
}

static void enqueue_c0(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[113];
    const i64 nfired = *(const i64 *)slot[114];
    const i64 R = (i64)P[275];
    const i64 width = (i64)P[1], slot_now = (s + R) % R;
    int *ring = (int *)slot[111] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[112])[slot_now] = nfired;
}

static void deliver_c1(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[277];
    const unsigned *restrict rows = (const unsigned *)slot[115];
    const unsigned short *restrict columns = (const unsigned short *)slot[116];
    const real weight = (real)P[278];
    real *restrict g_g_Stream_V1_E = (real *)slot[18];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[31], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[117];
    i64 *ring_count = (i64 *)slot[118];
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
            g_g_Stream_V1_E[j] = (g_g_Stream_V1_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c1(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[277];
    ((i64 *)slot[118])[s % R] = 0;
}

static void enqueue_c1(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[113];
    const i64 nfired = *(const i64 *)slot[114];
    const i64 R = (i64)P[277];
    const i64 width = (i64)P[1], slot_now = (s + R) % R;
    int *ring = (int *)slot[117] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[118])[slot_now] = nfired;
}

static void deliver_c2(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[279];
    const unsigned *restrict rows = (const unsigned *)slot[119];
    const unsigned short *restrict columns = (const unsigned short *)slot[120];
    const real weight = (real)P[280];
    real *restrict g_g_Stream_V1_I = (real *)slot[8];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[1], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[121];
    i64 *ring_count = (i64 *)slot[122];
    const i64 width = (i64)P[31], slot_now = s % R;
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
            g_g_Stream_V1_I[j] = (g_g_Stream_V1_I[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c2(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[279];
    ((i64 *)slot[122])[s % R] = 0;
}

static void enqueue_c2(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[123];
    const i64 nfired = *(const i64 *)slot[124];
    const i64 R = (i64)P[279];
    const i64 width = (i64)P[31], slot_now = (s + R) % R;
    int *ring = (int *)slot[121] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[122])[slot_now] = nfired;
}

static void deliver_c3(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[281];
    const unsigned *restrict rows = (const unsigned *)slot[125];
    const unsigned short *restrict columns = (const unsigned short *)slot[126];
    const real weight = (real)P[282];
    real *restrict g_g_Stream_V1_I = (real *)slot[19];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[31], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[127];
    i64 *ring_count = (i64 *)slot[128];
    const i64 width = (i64)P[31], slot_now = s % R;
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
            g_g_Stream_V1_I[j] = (g_g_Stream_V1_I[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c3(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[281];
    ((i64 *)slot[128])[s % R] = 0;
}

static void enqueue_c3(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[123];
    const i64 nfired = *(const i64 *)slot[124];
    const i64 R = (i64)P[281];
    const i64 width = (i64)P[31], slot_now = (s + R) % R;
    int *ring = (int *)slot[127] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[128])[slot_now] = nfired;
}

static void deliver_c4(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[283];
    const unsigned *restrict rows = (const unsigned *)slot[129];
    const unsigned short *restrict columns = (const unsigned short *)slot[130];
    const real weight = (real)P[284];
    real *restrict g_g_Stream_V2_E = (real *)slot[29];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[59], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[131];
    i64 *ring_count = (i64 *)slot[132];
    const i64 width = (i64)P[59], slot_now = s % R;
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
            g_g_Stream_V2_E[j] = (g_g_Stream_V2_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c4(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[283];
    ((i64 *)slot[132])[s % R] = 0;
}

static void enqueue_c4(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[133];
    const i64 nfired = *(const i64 *)slot[134];
    const i64 R = (i64)P[283];
    const i64 width = (i64)P[59], slot_now = (s + R) % R;
    int *ring = (int *)slot[131] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[132])[slot_now] = nfired;
}

static void deliver_c5(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[285];
    const unsigned *restrict rows = (const unsigned *)slot[135];
    const unsigned short *restrict columns = (const unsigned short *)slot[136];
    const real weight = (real)P[286];
    real *restrict g_g_Stream_V2_E = (real *)slot[40];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[87], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[137];
    i64 *ring_count = (i64 *)slot[138];
    const i64 width = (i64)P[59], slot_now = s % R;
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
            g_g_Stream_V2_E[j] = (g_g_Stream_V2_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c5(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[285];
    ((i64 *)slot[138])[s % R] = 0;
}

static void enqueue_c5(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[133];
    const i64 nfired = *(const i64 *)slot[134];
    const i64 R = (i64)P[285];
    const i64 width = (i64)P[59], slot_now = (s + R) % R;
    int *ring = (int *)slot[137] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[138])[slot_now] = nfired;
}

static void deliver_c6(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[287];
    const unsigned *restrict rows = (const unsigned *)slot[139];
    const unsigned short *restrict columns = (const unsigned short *)slot[140];
    const real weight = (real)P[288];
    real *restrict g_g_Stream_V2_I = (real *)slot[30];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[59], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[141];
    i64 *ring_count = (i64 *)slot[142];
    const i64 width = (i64)P[87], slot_now = s % R;
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
            g_g_Stream_V2_I[j] = (g_g_Stream_V2_I[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c6(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[287];
    ((i64 *)slot[142])[s % R] = 0;
}

static void enqueue_c6(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[143];
    const i64 nfired = *(const i64 *)slot[144];
    const i64 R = (i64)P[287];
    const i64 width = (i64)P[87], slot_now = (s + R) % R;
    int *ring = (int *)slot[141] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[142])[slot_now] = nfired;
}

static void deliver_c7(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[289];
    const unsigned *restrict rows = (const unsigned *)slot[145];
    const unsigned short *restrict columns = (const unsigned short *)slot[146];
    const real weight = (real)P[290];
    real *restrict g_g_Stream_V2_I = (real *)slot[41];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[87], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[147];
    i64 *ring_count = (i64 *)slot[148];
    const i64 width = (i64)P[87], slot_now = s % R;
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
            g_g_Stream_V2_I[j] = (g_g_Stream_V2_I[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c7(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[289];
    ((i64 *)slot[148])[s % R] = 0;
}

static void enqueue_c7(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[143];
    const i64 nfired = *(const i64 *)slot[144];
    const i64 R = (i64)P[289];
    const i64 width = (i64)P[87], slot_now = (s + R) % R;
    int *ring = (int *)slot[147] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[148])[slot_now] = nfired;
}

static void deliver_c8(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[291];
    const unsigned *restrict rows = (const unsigned *)slot[149];
    const unsigned short *restrict columns = (const unsigned short *)slot[150];
    const real weight = (real)P[292];
    real *restrict g_g_Stream_V4_E = (real *)slot[51];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[115], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[151];
    i64 *ring_count = (i64 *)slot[152];
    const i64 width = (i64)P[115], slot_now = s % R;
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
            g_g_Stream_V4_E[j] = (g_g_Stream_V4_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c8(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[291];
    ((i64 *)slot[152])[s % R] = 0;
}

static void enqueue_c8(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[153];
    const i64 nfired = *(const i64 *)slot[154];
    const i64 R = (i64)P[291];
    const i64 width = (i64)P[115], slot_now = (s + R) % R;
    int *ring = (int *)slot[151] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[152])[slot_now] = nfired;
}

static void deliver_c9(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[293];
    const unsigned *restrict rows = (const unsigned *)slot[155];
    const unsigned short *restrict columns = (const unsigned short *)slot[156];
    const real weight = (real)P[294];
    real *restrict g_g_Stream_V4_E = (real *)slot[62];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[143], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[157];
    i64 *ring_count = (i64 *)slot[158];
    const i64 width = (i64)P[115], slot_now = s % R;
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
            g_g_Stream_V4_E[j] = (g_g_Stream_V4_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c9(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[293];
    ((i64 *)slot[158])[s % R] = 0;
}

static void enqueue_c9(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[153];
    const i64 nfired = *(const i64 *)slot[154];
    const i64 R = (i64)P[293];
    const i64 width = (i64)P[115], slot_now = (s + R) % R;
    int *ring = (int *)slot[157] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[158])[slot_now] = nfired;
}

static void deliver_c10(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[295];
    const unsigned *restrict rows = (const unsigned *)slot[159];
    const unsigned short *restrict columns = (const unsigned short *)slot[160];
    const real weight = (real)P[296];
    real *restrict g_g_Stream_V4_I = (real *)slot[52];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[115], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[161];
    i64 *ring_count = (i64 *)slot[162];
    const i64 width = (i64)P[143], slot_now = s % R;
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
            g_g_Stream_V4_I[j] = (g_g_Stream_V4_I[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c10(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[295];
    ((i64 *)slot[162])[s % R] = 0;
}

static void enqueue_c10(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[163];
    const i64 nfired = *(const i64 *)slot[164];
    const i64 R = (i64)P[295];
    const i64 width = (i64)P[143], slot_now = (s + R) % R;
    int *ring = (int *)slot[161] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[162])[slot_now] = nfired;
}

static void deliver_c11(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[297];
    const unsigned *restrict rows = (const unsigned *)slot[165];
    const unsigned short *restrict columns = (const unsigned short *)slot[166];
    const real weight = (real)P[298];
    real *restrict g_g_Stream_V4_I = (real *)slot[63];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[143], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[167];
    i64 *ring_count = (i64 *)slot[168];
    const i64 width = (i64)P[143], slot_now = s % R;
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
            g_g_Stream_V4_I[j] = (g_g_Stream_V4_I[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c11(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[297];
    ((i64 *)slot[168])[s % R] = 0;
}

static void enqueue_c11(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[163];
    const i64 nfired = *(const i64 *)slot[164];
    const i64 R = (i64)P[297];
    const i64 width = (i64)P[143], slot_now = (s + R) % R;
    int *ring = (int *)slot[167] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[168])[slot_now] = nfired;
}

static void deliver_c12(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[299];
    const unsigned *restrict rows = (const unsigned *)slot[169];
    const unsigned short *restrict columns = (const unsigned short *)slot[170];
    const real weight = (real)P[300];
    real *restrict g_g_Stream_TEO_E = (real *)slot[73];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[171], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[171];
    i64 *ring_count = (i64 *)slot[172];
    const i64 width = (i64)P[171], slot_now = s % R;
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
            g_g_Stream_TEO_E[j] = (g_g_Stream_TEO_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c12(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[299];
    ((i64 *)slot[172])[s % R] = 0;
}

static void enqueue_c12(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[173];
    const i64 nfired = *(const i64 *)slot[174];
    const i64 R = (i64)P[299];
    const i64 width = (i64)P[171], slot_now = (s + R) % R;
    int *ring = (int *)slot[171] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[172])[slot_now] = nfired;
}

static void deliver_c13(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[301];
    const unsigned *restrict rows = (const unsigned *)slot[175];
    const unsigned short *restrict columns = (const unsigned short *)slot[176];
    const real weight = (real)P[302];
    real *restrict g_g_Stream_TEO_E = (real *)slot[83];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[197], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[177];
    i64 *ring_count = (i64 *)slot[178];
    const i64 width = (i64)P[171], slot_now = s % R;
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
            g_g_Stream_TEO_E[j] = (g_g_Stream_TEO_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c13(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[301];
    ((i64 *)slot[178])[s % R] = 0;
}

static void enqueue_c13(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[173];
    const i64 nfired = *(const i64 *)slot[174];
    const i64 R = (i64)P[301];
    const i64 width = (i64)P[171], slot_now = (s + R) % R;
    int *ring = (int *)slot[177] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[178])[slot_now] = nfired;
}

static void deliver_c14(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[303];
    const unsigned *restrict rows = (const unsigned *)slot[179];
    const unsigned short *restrict columns = (const unsigned short *)slot[180];
    const real weight = (real)P[304];
    real *restrict g_g_Stream_TEO_I = (real *)slot[74];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[171], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[181];
    i64 *ring_count = (i64 *)slot[182];
    const i64 width = (i64)P[197], slot_now = s % R;
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
            g_g_Stream_TEO_I[j] = (g_g_Stream_TEO_I[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c14(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[303];
    ((i64 *)slot[182])[s % R] = 0;
}

static void enqueue_c14(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[183];
    const i64 nfired = *(const i64 *)slot[184];
    const i64 R = (i64)P[303];
    const i64 width = (i64)P[197], slot_now = (s + R) % R;
    int *ring = (int *)slot[181] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[182])[slot_now] = nfired;
}

static void deliver_c15(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[305];
    const unsigned *restrict rows = (const unsigned *)slot[185];
    const unsigned short *restrict columns = (const unsigned short *)slot[186];
    const real weight = (real)P[306];
    real *restrict g_g_Stream_TEO_I = (real *)slot[84];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[197], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[187];
    i64 *ring_count = (i64 *)slot[188];
    const i64 width = (i64)P[197], slot_now = s % R;
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
            g_g_Stream_TEO_I[j] = (g_g_Stream_TEO_I[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c15(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[305];
    ((i64 *)slot[188])[s % R] = 0;
}

static void enqueue_c15(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[183];
    const i64 nfired = *(const i64 *)slot[184];
    const i64 R = (i64)P[305];
    const i64 width = (i64)P[197], slot_now = (s + R) % R;
    int *ring = (int *)slot[187] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[188])[slot_now] = nfired;
}

static void deliver_c16(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[307];
    const unsigned *restrict rows = (const unsigned *)slot[189];
    const unsigned short *restrict columns = (const unsigned short *)slot[190];
    const real weight = (real)P[308];
    real *restrict g_g_Stream_TEpd_E = (real *)slot[93];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[223], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[191];
    i64 *ring_count = (i64 *)slot[192];
    const i64 width = (i64)P[223], slot_now = s % R;
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
            g_g_Stream_TEpd_E[j] = (g_g_Stream_TEpd_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c16(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[307];
    ((i64 *)slot[192])[s % R] = 0;
}

static void enqueue_c16(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[193];
    const i64 nfired = *(const i64 *)slot[194];
    const i64 R = (i64)P[307];
    const i64 width = (i64)P[223], slot_now = (s + R) % R;
    int *ring = (int *)slot[191] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[192])[slot_now] = nfired;
}

static void deliver_c17(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[309];
    const unsigned *restrict rows = (const unsigned *)slot[195];
    const unsigned short *restrict columns = (const unsigned short *)slot[196];
    const real weight = (real)P[310];
    real *restrict g_g_Stream_TEpd_E = (real *)slot[103];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[249], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[197];
    i64 *ring_count = (i64 *)slot[198];
    const i64 width = (i64)P[223], slot_now = s % R;
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
            g_g_Stream_TEpd_E[j] = (g_g_Stream_TEpd_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c17(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[309];
    ((i64 *)slot[198])[s % R] = 0;
}

static void enqueue_c17(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[193];
    const i64 nfired = *(const i64 *)slot[194];
    const i64 R = (i64)P[309];
    const i64 width = (i64)P[223], slot_now = (s + R) % R;
    int *ring = (int *)slot[197] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[198])[slot_now] = nfired;
}

static void deliver_c18(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[311];
    const unsigned *restrict rows = (const unsigned *)slot[199];
    const unsigned short *restrict columns = (const unsigned short *)slot[200];
    const real weight = (real)P[312];
    real *restrict g_g_Stream_TEpd_I = (real *)slot[94];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[223], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[201];
    i64 *ring_count = (i64 *)slot[202];
    const i64 width = (i64)P[249], slot_now = s % R;
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
            g_g_Stream_TEpd_I[j] = (g_g_Stream_TEpd_I[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c18(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[311];
    ((i64 *)slot[202])[s % R] = 0;
}

static void enqueue_c18(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[203];
    const i64 nfired = *(const i64 *)slot[204];
    const i64 R = (i64)P[311];
    const i64 width = (i64)P[249], slot_now = (s + R) % R;
    int *ring = (int *)slot[201] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[202])[slot_now] = nfired;
}

static void deliver_c19(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[313];
    const unsigned *restrict rows = (const unsigned *)slot[205];
    const unsigned short *restrict columns = (const unsigned short *)slot[206];
    const real weight = (real)P[314];
    real *restrict g_g_Stream_TEpd_I = (real *)slot[104];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[249], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[207];
    i64 *ring_count = (i64 *)slot[208];
    const i64 width = (i64)P[249], slot_now = s % R;
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
            g_g_Stream_TEpd_I[j] = (g_g_Stream_TEpd_I[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c19(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[313];
    ((i64 *)slot[208])[s % R] = 0;
}

static void enqueue_c19(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[203];
    const i64 nfired = *(const i64 *)slot[204];
    const i64 R = (i64)P[313];
    const i64 width = (i64)P[249], slot_now = (s + R) % R;
    int *ring = (int *)slot[207] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[208])[slot_now] = nfired;
}

static void deliver_c20(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[315];
    const unsigned *restrict rows = (const unsigned *)slot[209];
    const unsigned short *restrict columns = (const unsigned short *)slot[210];
    const real weight = (real)P[316];
    real *restrict g_g_Stream_V2_E = (real *)slot[9];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[1], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[211];
    i64 *ring_count = (i64 *)slot[212];
    const i64 width = (i64)P[59], slot_now = s % R;
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
            g_g_Stream_V2_E[j] = (g_g_Stream_V2_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c20(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[315];
    ((i64 *)slot[212])[s % R] = 0;
}

static void enqueue_c20(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[133];
    const i64 nfired = *(const i64 *)slot[134];
    const i64 R = (i64)P[315];
    const i64 width = (i64)P[59], slot_now = (s + R) % R;
    int *ring = (int *)slot[211] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[212])[slot_now] = nfired;
}

static void deliver_c21(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[317];
    const unsigned *restrict rows = (const unsigned *)slot[213];
    const unsigned short *restrict columns = (const unsigned short *)slot[214];
    const real weight = (real)P[318];
    real *restrict g_g_Stream_V2_E = (real *)slot[20];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[31], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[215];
    i64 *ring_count = (i64 *)slot[216];
    const i64 width = (i64)P[59], slot_now = s % R;
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
            g_g_Stream_V2_E[j] = (g_g_Stream_V2_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c21(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[317];
    ((i64 *)slot[216])[s % R] = 0;
}

static void enqueue_c21(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[133];
    const i64 nfired = *(const i64 *)slot[134];
    const i64 R = (i64)P[317];
    const i64 width = (i64)P[59], slot_now = (s + R) % R;
    int *ring = (int *)slot[215] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[216])[slot_now] = nfired;
}

static void deliver_c22(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[319];
    const unsigned *restrict rows = (const unsigned *)slot[217];
    const unsigned short *restrict columns = (const unsigned short *)slot[218];
    const real weight = (real)P[320];
    real *restrict g_g_Stream_V4_E = (real *)slot[10];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[1], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[219];
    i64 *ring_count = (i64 *)slot[220];
    const i64 width = (i64)P[115], slot_now = s % R;
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
            g_g_Stream_V4_E[j] = (g_g_Stream_V4_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c22(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[319];
    ((i64 *)slot[220])[s % R] = 0;
}

static void enqueue_c22(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[153];
    const i64 nfired = *(const i64 *)slot[154];
    const i64 R = (i64)P[319];
    const i64 width = (i64)P[115], slot_now = (s + R) % R;
    int *ring = (int *)slot[219] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[220])[slot_now] = nfired;
}

static void deliver_c23(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[321];
    const unsigned *restrict rows = (const unsigned *)slot[221];
    const unsigned short *restrict columns = (const unsigned short *)slot[222];
    const real weight = (real)P[322];
    real *restrict g_g_Stream_V4_E = (real *)slot[21];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[31], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[223];
    i64 *ring_count = (i64 *)slot[224];
    const i64 width = (i64)P[115], slot_now = s % R;
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
            g_g_Stream_V4_E[j] = (g_g_Stream_V4_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c23(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[321];
    ((i64 *)slot[224])[s % R] = 0;
}

static void enqueue_c23(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[153];
    const i64 nfired = *(const i64 *)slot[154];
    const i64 R = (i64)P[321];
    const i64 width = (i64)P[115], slot_now = (s + R) % R;
    int *ring = (int *)slot[223] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[224])[slot_now] = nfired;
}

static void deliver_c24(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[323];
    const unsigned *restrict rows = (const unsigned *)slot[225];
    const unsigned short *restrict columns = (const unsigned short *)slot[226];
    const real weight = (real)P[324];
    real *restrict g_g_Stream_TEO_E = (real *)slot[11];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[1], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[227];
    i64 *ring_count = (i64 *)slot[228];
    const i64 width = (i64)P[171], slot_now = s % R;
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
            g_g_Stream_TEO_E[j] = (g_g_Stream_TEO_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c24(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[323];
    ((i64 *)slot[228])[s % R] = 0;
}

static void enqueue_c24(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[173];
    const i64 nfired = *(const i64 *)slot[174];
    const i64 R = (i64)P[323];
    const i64 width = (i64)P[171], slot_now = (s + R) % R;
    int *ring = (int *)slot[227] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[228])[slot_now] = nfired;
}

static void deliver_c25(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[325];
    const unsigned *restrict rows = (const unsigned *)slot[229];
    const unsigned short *restrict columns = (const unsigned short *)slot[230];
    const real weight = (real)P[326];
    real *restrict g_g_Stream_TEO_E = (real *)slot[22];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[31], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[231];
    i64 *ring_count = (i64 *)slot[232];
    const i64 width = (i64)P[171], slot_now = s % R;
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
            g_g_Stream_TEO_E[j] = (g_g_Stream_TEO_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c25(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[325];
    ((i64 *)slot[232])[s % R] = 0;
}

static void enqueue_c25(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[173];
    const i64 nfired = *(const i64 *)slot[174];
    const i64 R = (i64)P[325];
    const i64 width = (i64)P[171], slot_now = (s + R) % R;
    int *ring = (int *)slot[231] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[232])[slot_now] = nfired;
}

static void deliver_c26(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[327];
    const unsigned *restrict rows = (const unsigned *)slot[233];
    const unsigned short *restrict columns = (const unsigned short *)slot[234];
    const real weight = (real)P[328];
    real *restrict g_g_Stream_TEpd_E = (real *)slot[12];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[1], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[235];
    i64 *ring_count = (i64 *)slot[236];
    const i64 width = (i64)P[223], slot_now = s % R;
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
            g_g_Stream_TEpd_E[j] = (g_g_Stream_TEpd_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c26(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[327];
    ((i64 *)slot[236])[s % R] = 0;
}

static void enqueue_c26(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[193];
    const i64 nfired = *(const i64 *)slot[194];
    const i64 R = (i64)P[327];
    const i64 width = (i64)P[223], slot_now = (s + R) % R;
    int *ring = (int *)slot[235] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[236])[slot_now] = nfired;
}

static void deliver_c27(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[329];
    const unsigned *restrict rows = (const unsigned *)slot[237];
    const unsigned short *restrict columns = (const unsigned short *)slot[238];
    const real weight = (real)P[330];
    real *restrict g_g_Stream_TEpd_E = (real *)slot[23];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[31], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[239];
    i64 *ring_count = (i64 *)slot[240];
    const i64 width = (i64)P[223], slot_now = s % R;
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
            g_g_Stream_TEpd_E[j] = (g_g_Stream_TEpd_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c27(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[329];
    ((i64 *)slot[240])[s % R] = 0;
}

static void enqueue_c27(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[193];
    const i64 nfired = *(const i64 *)slot[194];
    const i64 R = (i64)P[329];
    const i64 width = (i64)P[223], slot_now = (s + R) % R;
    int *ring = (int *)slot[239] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[240])[slot_now] = nfired;
}

static void deliver_c28(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[331];
    const unsigned *restrict rows = (const unsigned *)slot[241];
    const unsigned short *restrict columns = (const unsigned short *)slot[242];
    const real weight = (real)P[332];
    real *restrict g_g_Stream_V1_E = (real *)slot[31];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[59], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[243];
    i64 *ring_count = (i64 *)slot[244];
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
            g_g_Stream_V1_E[j] = (g_g_Stream_V1_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c28(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[331];
    ((i64 *)slot[244])[s % R] = 0;
}

static void enqueue_c28(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[113];
    const i64 nfired = *(const i64 *)slot[114];
    const i64 R = (i64)P[331];
    const i64 width = (i64)P[1], slot_now = (s + R) % R;
    int *ring = (int *)slot[243] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[244])[slot_now] = nfired;
}

static void deliver_c29(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[333];
    const unsigned *restrict rows = (const unsigned *)slot[245];
    const unsigned short *restrict columns = (const unsigned short *)slot[246];
    const real weight = (real)P[334];
    real *restrict g_g_Stream_V1_E = (real *)slot[42];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[87], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[247];
    i64 *ring_count = (i64 *)slot[248];
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
            g_g_Stream_V1_E[j] = (g_g_Stream_V1_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c29(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[333];
    ((i64 *)slot[248])[s % R] = 0;
}

static void enqueue_c29(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[113];
    const i64 nfired = *(const i64 *)slot[114];
    const i64 R = (i64)P[333];
    const i64 width = (i64)P[1], slot_now = (s + R) % R;
    int *ring = (int *)slot[247] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[248])[slot_now] = nfired;
}

static void deliver_c30(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[335];
    const unsigned *restrict rows = (const unsigned *)slot[249];
    const unsigned short *restrict columns = (const unsigned short *)slot[250];
    const real weight = (real)P[336];
    real *restrict g_g_Stream_V4_E = (real *)slot[32];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[59], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[251];
    i64 *ring_count = (i64 *)slot[252];
    const i64 width = (i64)P[115], slot_now = s % R;
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
            g_g_Stream_V4_E[j] = (g_g_Stream_V4_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c30(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[335];
    ((i64 *)slot[252])[s % R] = 0;
}

static void enqueue_c30(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[153];
    const i64 nfired = *(const i64 *)slot[154];
    const i64 R = (i64)P[335];
    const i64 width = (i64)P[115], slot_now = (s + R) % R;
    int *ring = (int *)slot[251] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[252])[slot_now] = nfired;
}

static void deliver_c31(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[337];
    const unsigned *restrict rows = (const unsigned *)slot[253];
    const unsigned short *restrict columns = (const unsigned short *)slot[254];
    const real weight = (real)P[338];
    real *restrict g_g_Stream_V4_E = (real *)slot[43];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[87], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[255];
    i64 *ring_count = (i64 *)slot[256];
    const i64 width = (i64)P[115], slot_now = s % R;
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
            g_g_Stream_V4_E[j] = (g_g_Stream_V4_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c31(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[337];
    ((i64 *)slot[256])[s % R] = 0;
}

static void enqueue_c31(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[153];
    const i64 nfired = *(const i64 *)slot[154];
    const i64 R = (i64)P[337];
    const i64 width = (i64)P[115], slot_now = (s + R) % R;
    int *ring = (int *)slot[255] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[256])[slot_now] = nfired;
}

static void deliver_c32(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[339];
    const unsigned *restrict rows = (const unsigned *)slot[257];
    const unsigned short *restrict columns = (const unsigned short *)slot[258];
    const real weight = (real)P[340];
    real *restrict g_g_Stream_TEO_E = (real *)slot[33];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[59], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[259];
    i64 *ring_count = (i64 *)slot[260];
    const i64 width = (i64)P[171], slot_now = s % R;
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
            g_g_Stream_TEO_E[j] = (g_g_Stream_TEO_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c32(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[339];
    ((i64 *)slot[260])[s % R] = 0;
}

static void enqueue_c32(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[173];
    const i64 nfired = *(const i64 *)slot[174];
    const i64 R = (i64)P[339];
    const i64 width = (i64)P[171], slot_now = (s + R) % R;
    int *ring = (int *)slot[259] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[260])[slot_now] = nfired;
}

static void deliver_c33(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[341];
    const unsigned *restrict rows = (const unsigned *)slot[261];
    const unsigned short *restrict columns = (const unsigned short *)slot[262];
    const real weight = (real)P[342];
    real *restrict g_g_Stream_TEO_E = (real *)slot[44];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[87], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[263];
    i64 *ring_count = (i64 *)slot[264];
    const i64 width = (i64)P[171], slot_now = s % R;
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
            g_g_Stream_TEO_E[j] = (g_g_Stream_TEO_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c33(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[341];
    ((i64 *)slot[264])[s % R] = 0;
}

static void enqueue_c33(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[173];
    const i64 nfired = *(const i64 *)slot[174];
    const i64 R = (i64)P[341];
    const i64 width = (i64)P[171], slot_now = (s + R) % R;
    int *ring = (int *)slot[263] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[264])[slot_now] = nfired;
}

static void deliver_c34(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[343];
    const unsigned *restrict rows = (const unsigned *)slot[265];
    const unsigned short *restrict columns = (const unsigned short *)slot[266];
    const real weight = (real)P[344];
    real *restrict g_g_Stream_TEpd_E = (real *)slot[34];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[59], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[267];
    i64 *ring_count = (i64 *)slot[268];
    const i64 width = (i64)P[223], slot_now = s % R;
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
            g_g_Stream_TEpd_E[j] = (g_g_Stream_TEpd_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c34(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[343];
    ((i64 *)slot[268])[s % R] = 0;
}

static void enqueue_c34(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[193];
    const i64 nfired = *(const i64 *)slot[194];
    const i64 R = (i64)P[343];
    const i64 width = (i64)P[223], slot_now = (s + R) % R;
    int *ring = (int *)slot[267] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[268])[slot_now] = nfired;
}

static void deliver_c35(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[345];
    const unsigned *restrict rows = (const unsigned *)slot[269];
    const unsigned short *restrict columns = (const unsigned short *)slot[270];
    const real weight = (real)P[346];
    real *restrict g_g_Stream_TEpd_E = (real *)slot[45];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[87], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[271];
    i64 *ring_count = (i64 *)slot[272];
    const i64 width = (i64)P[223], slot_now = s % R;
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
            g_g_Stream_TEpd_E[j] = (g_g_Stream_TEpd_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c35(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[345];
    ((i64 *)slot[272])[s % R] = 0;
}

static void enqueue_c35(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[193];
    const i64 nfired = *(const i64 *)slot[194];
    const i64 R = (i64)P[345];
    const i64 width = (i64)P[223], slot_now = (s + R) % R;
    int *ring = (int *)slot[271] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[272])[slot_now] = nfired;
}

static void deliver_c36(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[347];
    const unsigned *restrict rows = (const unsigned *)slot[273];
    const unsigned short *restrict columns = (const unsigned short *)slot[274];
    const real weight = (real)P[348];
    real *restrict g_g_Stream_V1_E = (real *)slot[53];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[115], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[275];
    i64 *ring_count = (i64 *)slot[276];
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
            g_g_Stream_V1_E[j] = (g_g_Stream_V1_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c36(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[347];
    ((i64 *)slot[276])[s % R] = 0;
}

static void enqueue_c36(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[113];
    const i64 nfired = *(const i64 *)slot[114];
    const i64 R = (i64)P[347];
    const i64 width = (i64)P[1], slot_now = (s + R) % R;
    int *ring = (int *)slot[275] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[276])[slot_now] = nfired;
}

static void deliver_c37(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[349];
    const unsigned *restrict rows = (const unsigned *)slot[277];
    const unsigned short *restrict columns = (const unsigned short *)slot[278];
    const real weight = (real)P[350];
    real *restrict g_g_Stream_V1_E = (real *)slot[64];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[143], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[279];
    i64 *ring_count = (i64 *)slot[280];
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
            g_g_Stream_V1_E[j] = (g_g_Stream_V1_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c37(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[349];
    ((i64 *)slot[280])[s % R] = 0;
}

static void enqueue_c37(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[113];
    const i64 nfired = *(const i64 *)slot[114];
    const i64 R = (i64)P[349];
    const i64 width = (i64)P[1], slot_now = (s + R) % R;
    int *ring = (int *)slot[279] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[280])[slot_now] = nfired;
}

static void deliver_c38(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[351];
    const unsigned *restrict rows = (const unsigned *)slot[281];
    const unsigned short *restrict columns = (const unsigned short *)slot[282];
    const real weight = (real)P[352];
    real *restrict g_g_Stream_V2_E = (real *)slot[54];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[115], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[283];
    i64 *ring_count = (i64 *)slot[284];
    const i64 width = (i64)P[59], slot_now = s % R;
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
            g_g_Stream_V2_E[j] = (g_g_Stream_V2_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c38(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[351];
    ((i64 *)slot[284])[s % R] = 0;
}

static void enqueue_c38(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[133];
    const i64 nfired = *(const i64 *)slot[134];
    const i64 R = (i64)P[351];
    const i64 width = (i64)P[59], slot_now = (s + R) % R;
    int *ring = (int *)slot[283] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[284])[slot_now] = nfired;
}

static void deliver_c39(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[353];
    const unsigned *restrict rows = (const unsigned *)slot[285];
    const unsigned short *restrict columns = (const unsigned short *)slot[286];
    const real weight = (real)P[354];
    real *restrict g_g_Stream_V2_E = (real *)slot[65];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[143], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[287];
    i64 *ring_count = (i64 *)slot[288];
    const i64 width = (i64)P[59], slot_now = s % R;
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
            g_g_Stream_V2_E[j] = (g_g_Stream_V2_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c39(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[353];
    ((i64 *)slot[288])[s % R] = 0;
}

static void enqueue_c39(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[133];
    const i64 nfired = *(const i64 *)slot[134];
    const i64 R = (i64)P[353];
    const i64 width = (i64)P[59], slot_now = (s + R) % R;
    int *ring = (int *)slot[287] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[288])[slot_now] = nfired;
}

static void deliver_c40(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[355];
    const unsigned *restrict rows = (const unsigned *)slot[289];
    const unsigned short *restrict columns = (const unsigned short *)slot[290];
    const real weight = (real)P[356];
    real *restrict g_g_Stream_TEO_E = (real *)slot[55];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[115], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[291];
    i64 *ring_count = (i64 *)slot[292];
    const i64 width = (i64)P[171], slot_now = s % R;
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
            g_g_Stream_TEO_E[j] = (g_g_Stream_TEO_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c40(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[355];
    ((i64 *)slot[292])[s % R] = 0;
}

static void enqueue_c40(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[173];
    const i64 nfired = *(const i64 *)slot[174];
    const i64 R = (i64)P[355];
    const i64 width = (i64)P[171], slot_now = (s + R) % R;
    int *ring = (int *)slot[291] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[292])[slot_now] = nfired;
}

static void deliver_c41(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[357];
    const unsigned *restrict rows = (const unsigned *)slot[293];
    const unsigned short *restrict columns = (const unsigned short *)slot[294];
    const real weight = (real)P[358];
    real *restrict g_g_Stream_TEO_E = (real *)slot[66];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[143], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[295];
    i64 *ring_count = (i64 *)slot[296];
    const i64 width = (i64)P[171], slot_now = s % R;
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
            g_g_Stream_TEO_E[j] = (g_g_Stream_TEO_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c41(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[357];
    ((i64 *)slot[296])[s % R] = 0;
}

static void enqueue_c41(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[173];
    const i64 nfired = *(const i64 *)slot[174];
    const i64 R = (i64)P[357];
    const i64 width = (i64)P[171], slot_now = (s + R) % R;
    int *ring = (int *)slot[295] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[296])[slot_now] = nfired;
}

static void deliver_c42(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[359];
    const unsigned *restrict rows = (const unsigned *)slot[297];
    const unsigned short *restrict columns = (const unsigned short *)slot[298];
    const real weight = (real)P[360];
    real *restrict g_g_Stream_TEpd_E = (real *)slot[56];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[115], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[299];
    i64 *ring_count = (i64 *)slot[300];
    const i64 width = (i64)P[223], slot_now = s % R;
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
            g_g_Stream_TEpd_E[j] = (g_g_Stream_TEpd_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c42(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[359];
    ((i64 *)slot[300])[s % R] = 0;
}

static void enqueue_c42(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[193];
    const i64 nfired = *(const i64 *)slot[194];
    const i64 R = (i64)P[359];
    const i64 width = (i64)P[223], slot_now = (s + R) % R;
    int *ring = (int *)slot[299] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[300])[slot_now] = nfired;
}

static void deliver_c43(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[361];
    const unsigned *restrict rows = (const unsigned *)slot[301];
    const unsigned short *restrict columns = (const unsigned short *)slot[302];
    const real weight = (real)P[362];
    real *restrict g_g_Stream_TEpd_E = (real *)slot[67];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[143], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[303];
    i64 *ring_count = (i64 *)slot[304];
    const i64 width = (i64)P[223], slot_now = s % R;
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
            g_g_Stream_TEpd_E[j] = (g_g_Stream_TEpd_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c43(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[361];
    ((i64 *)slot[304])[s % R] = 0;
}

static void enqueue_c43(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[193];
    const i64 nfired = *(const i64 *)slot[194];
    const i64 R = (i64)P[361];
    const i64 width = (i64)P[223], slot_now = (s + R) % R;
    int *ring = (int *)slot[303] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[304])[slot_now] = nfired;
}

static void deliver_c44(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[363];
    const unsigned *restrict rows = (const unsigned *)slot[305];
    const unsigned short *restrict columns = (const unsigned short *)slot[306];
    const real weight = (real)P[364];
    real *restrict g_g_Stream_V2_E = (real *)slot[75];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[171], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[307];
    i64 *ring_count = (i64 *)slot[308];
    const i64 width = (i64)P[59], slot_now = s % R;
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
            g_g_Stream_V2_E[j] = (g_g_Stream_V2_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c44(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[363];
    ((i64 *)slot[308])[s % R] = 0;
}

static void enqueue_c44(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[133];
    const i64 nfired = *(const i64 *)slot[134];
    const i64 R = (i64)P[363];
    const i64 width = (i64)P[59], slot_now = (s + R) % R;
    int *ring = (int *)slot[307] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[308])[slot_now] = nfired;
}

static void deliver_c45(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[365];
    const unsigned *restrict rows = (const unsigned *)slot[309];
    const unsigned short *restrict columns = (const unsigned short *)slot[310];
    const real weight = (real)P[366];
    real *restrict g_g_Stream_V2_E = (real *)slot[85];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[197], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[311];
    i64 *ring_count = (i64 *)slot[312];
    const i64 width = (i64)P[59], slot_now = s % R;
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
            g_g_Stream_V2_E[j] = (g_g_Stream_V2_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c45(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[365];
    ((i64 *)slot[312])[s % R] = 0;
}

static void enqueue_c45(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[133];
    const i64 nfired = *(const i64 *)slot[134];
    const i64 R = (i64)P[365];
    const i64 width = (i64)P[59], slot_now = (s + R) % R;
    int *ring = (int *)slot[311] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[312])[slot_now] = nfired;
}

static void deliver_c46(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[367];
    const unsigned *restrict rows = (const unsigned *)slot[313];
    const unsigned short *restrict columns = (const unsigned short *)slot[314];
    const real weight = (real)P[368];
    real *restrict g_g_Stream_V4_E = (real *)slot[76];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[171], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[315];
    i64 *ring_count = (i64 *)slot[316];
    const i64 width = (i64)P[115], slot_now = s % R;
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
            g_g_Stream_V4_E[j] = (g_g_Stream_V4_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c46(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[367];
    ((i64 *)slot[316])[s % R] = 0;
}

static void enqueue_c46(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[153];
    const i64 nfired = *(const i64 *)slot[154];
    const i64 R = (i64)P[367];
    const i64 width = (i64)P[115], slot_now = (s + R) % R;
    int *ring = (int *)slot[315] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[316])[slot_now] = nfired;
}

static void deliver_c47(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[369];
    const unsigned *restrict rows = (const unsigned *)slot[317];
    const unsigned short *restrict columns = (const unsigned short *)slot[318];
    const real weight = (real)P[370];
    real *restrict g_g_Stream_V4_E = (real *)slot[86];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[197], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[319];
    i64 *ring_count = (i64 *)slot[320];
    const i64 width = (i64)P[115], slot_now = s % R;
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
            g_g_Stream_V4_E[j] = (g_g_Stream_V4_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c47(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[369];
    ((i64 *)slot[320])[s % R] = 0;
}

static void enqueue_c47(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[153];
    const i64 nfired = *(const i64 *)slot[154];
    const i64 R = (i64)P[369];
    const i64 width = (i64)P[115], slot_now = (s + R) % R;
    int *ring = (int *)slot[319] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[320])[slot_now] = nfired;
}

static void deliver_c48(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[371];
    const unsigned *restrict rows = (const unsigned *)slot[321];
    const unsigned short *restrict columns = (const unsigned short *)slot[322];
    const real weight = (real)P[372];
    real *restrict g_g_Stream_TEpd_E = (real *)slot[77];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[171], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[323];
    i64 *ring_count = (i64 *)slot[324];
    const i64 width = (i64)P[223], slot_now = s % R;
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
            g_g_Stream_TEpd_E[j] = (g_g_Stream_TEpd_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c48(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[371];
    ((i64 *)slot[324])[s % R] = 0;
}

static void enqueue_c48(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[193];
    const i64 nfired = *(const i64 *)slot[194];
    const i64 R = (i64)P[371];
    const i64 width = (i64)P[223], slot_now = (s + R) % R;
    int *ring = (int *)slot[323] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[324])[slot_now] = nfired;
}

static void deliver_c49(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[373];
    const unsigned *restrict rows = (const unsigned *)slot[325];
    const unsigned short *restrict columns = (const unsigned short *)slot[326];
    const real weight = (real)P[374];
    real *restrict g_g_Stream_TEpd_E = (real *)slot[87];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[197], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[327];
    i64 *ring_count = (i64 *)slot[328];
    const i64 width = (i64)P[223], slot_now = s % R;
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
            g_g_Stream_TEpd_E[j] = (g_g_Stream_TEpd_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c49(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[373];
    ((i64 *)slot[328])[s % R] = 0;
}

static void enqueue_c49(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[193];
    const i64 nfired = *(const i64 *)slot[194];
    const i64 R = (i64)P[373];
    const i64 width = (i64)P[223], slot_now = (s + R) % R;
    int *ring = (int *)slot[327] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[328])[slot_now] = nfired;
}

static void deliver_c50(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[375];
    const unsigned *restrict rows = (const unsigned *)slot[329];
    const unsigned short *restrict columns = (const unsigned short *)slot[330];
    const real weight = (real)P[376];
    real *restrict g_g_Stream_V2_E = (real *)slot[95];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[223], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[331];
    i64 *ring_count = (i64 *)slot[332];
    const i64 width = (i64)P[59], slot_now = s % R;
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
            g_g_Stream_V2_E[j] = (g_g_Stream_V2_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c50(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[375];
    ((i64 *)slot[332])[s % R] = 0;
}

static void enqueue_c50(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[133];
    const i64 nfired = *(const i64 *)slot[134];
    const i64 R = (i64)P[375];
    const i64 width = (i64)P[59], slot_now = (s + R) % R;
    int *ring = (int *)slot[331] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[332])[slot_now] = nfired;
}

static void deliver_c51(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[377];
    const unsigned *restrict rows = (const unsigned *)slot[333];
    const unsigned short *restrict columns = (const unsigned short *)slot[334];
    const real weight = (real)P[378];
    real *restrict g_g_Stream_V2_E = (real *)slot[105];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[249], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[335];
    i64 *ring_count = (i64 *)slot[336];
    const i64 width = (i64)P[59], slot_now = s % R;
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
            g_g_Stream_V2_E[j] = (g_g_Stream_V2_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c51(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[377];
    ((i64 *)slot[336])[s % R] = 0;
}

static void enqueue_c51(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[133];
    const i64 nfired = *(const i64 *)slot[134];
    const i64 R = (i64)P[377];
    const i64 width = (i64)P[59], slot_now = (s + R) % R;
    int *ring = (int *)slot[335] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[336])[slot_now] = nfired;
}

static void deliver_c52(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[379];
    const unsigned *restrict rows = (const unsigned *)slot[337];
    const unsigned short *restrict columns = (const unsigned short *)slot[338];
    const real weight = (real)P[380];
    real *restrict g_g_Stream_V4_E = (real *)slot[96];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[223], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[339];
    i64 *ring_count = (i64 *)slot[340];
    const i64 width = (i64)P[115], slot_now = s % R;
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
            g_g_Stream_V4_E[j] = (g_g_Stream_V4_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c52(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[379];
    ((i64 *)slot[340])[s % R] = 0;
}

static void enqueue_c52(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[153];
    const i64 nfired = *(const i64 *)slot[154];
    const i64 R = (i64)P[379];
    const i64 width = (i64)P[115], slot_now = (s + R) % R;
    int *ring = (int *)slot[339] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[340])[slot_now] = nfired;
}

static void deliver_c53(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[381];
    const unsigned *restrict rows = (const unsigned *)slot[341];
    const unsigned short *restrict columns = (const unsigned short *)slot[342];
    const real weight = (real)P[382];
    real *restrict g_g_Stream_V4_E = (real *)slot[106];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[249], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[343];
    i64 *ring_count = (i64 *)slot[344];
    const i64 width = (i64)P[115], slot_now = s % R;
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
            g_g_Stream_V4_E[j] = (g_g_Stream_V4_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c53(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[381];
    ((i64 *)slot[344])[s % R] = 0;
}

static void enqueue_c53(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[153];
    const i64 nfired = *(const i64 *)slot[154];
    const i64 R = (i64)P[381];
    const i64 width = (i64)P[115], slot_now = (s + R) % R;
    int *ring = (int *)slot[343] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[344])[slot_now] = nfired;
}

static void deliver_c54(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[383];
    const unsigned *restrict rows = (const unsigned *)slot[345];
    const unsigned short *restrict columns = (const unsigned short *)slot[346];
    const real weight = (real)P[384];
    real *restrict g_g_Stream_TEO_E = (real *)slot[97];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[223], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[347];
    i64 *ring_count = (i64 *)slot[348];
    const i64 width = (i64)P[171], slot_now = s % R;
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
            g_g_Stream_TEO_E[j] = (g_g_Stream_TEO_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c54(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[383];
    ((i64 *)slot[348])[s % R] = 0;
}

static void enqueue_c54(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[173];
    const i64 nfired = *(const i64 *)slot[174];
    const i64 R = (i64)P[383];
    const i64 width = (i64)P[171], slot_now = (s + R) % R;
    int *ring = (int *)slot[347] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[348])[slot_now] = nfired;
}

static void deliver_c55(void **slot, const double *P, i64 s, double dt, u64 seed, int part, int parts) {
    const i64 R = (i64)P[385];
    const unsigned *restrict rows = (const unsigned *)slot[349];
    const unsigned short *restrict columns = (const unsigned short *)slot[350];
    const real weight = (real)P[386];
    real *restrict g_g_Stream_TEO_E = (real *)slot[107];
    const double t = P[2] + (double)(s - (i64)P[3]) * dt;
    const i64 npost = (i64)P[249], lo = npost * part / parts, hi = npost * (part + 1) / parts;
    int *ring = (int *)slot[351];
    i64 *ring_count = (i64 *)slot[352];
    const i64 width = (i64)P[171], slot_now = s % R;
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
            g_g_Stream_TEO_E[j] = (g_g_Stream_TEO_E[j] + w);
        }
    }
    (void)t; (void)seed; (void)lo; (void)hi;
}

static void drop_c55(void **slot, const double *P, i64 s) {
    const i64 R = (i64)P[385];
    ((i64 *)slot[352])[s % R] = 0;
}

static void enqueue_c55(void **slot, const double *P, i64 s) {
    const int *fired = (const int *)slot[173];
    const i64 nfired = *(const i64 *)slot[174];
    const i64 R = (i64)P[385];
    const i64 width = (i64)P[171], slot_now = (s + R) % R;
    int *ring = (int *)slot[351] + slot_now * width;
    for (i64 e = 0; e < nfired; ++e) ring[e] = fired[e];
    ((i64 *)slot[352])[slot_now] = nfired;
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
    i64 *emitted[10];
    i64 nemitted[10][8];
    int bad[10][8];
} soma_team;
typedef struct { soma_team *team; int part; } soma_member;

static __attribute__((optimize("no-tree-vectorize"))) void soma_after_step(soma_team *team, i64 s) {
    void **slot = team->slot;
    const double *P = team->P;
    i64 *err = (i64 *)slot[2];
     {
        i64 *count = (i64 *)slot[353];
        int bad = 0;
        int *fired_list = (int *)slot[113];
        i64 *nfired = (i64 *)slot[114];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[1] * p / team->parts;
            const i64 m = team->nemitted[0][p];
            *count += m;
            int *spike_index = (int *)slot[354];
            i64 *spike_step = (i64 *)slot[355];
            i64 *spike_n = (i64 *)slot[356];
            for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[0][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[0][lo + q];
            (void)lo;
            bad |= team->bad[0][p];
        }
        if (bad && nonfinite_p0(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[357];
        int bad = 0;
        int *fired_list = (int *)slot[123];
        i64 *nfired = (i64 *)slot[124];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[31] * p / team->parts;
            const i64 m = team->nemitted[1][p];
            *count += m;
            int *spike_index = (int *)slot[358];
            i64 *spike_step = (i64 *)slot[359];
            i64 *spike_n = (i64 *)slot[360];
            for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[1][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[1][lo + q];
            (void)lo;
            bad |= team->bad[1][p];
        }
        if (bad && nonfinite_p1(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[361];
        int bad = 0;
        int *fired_list = (int *)slot[133];
        i64 *nfired = (i64 *)slot[134];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[59] * p / team->parts;
            const i64 m = team->nemitted[2][p];
            *count += m;
            int *spike_index = (int *)slot[362];
            i64 *spike_step = (i64 *)slot[363];
            i64 *spike_n = (i64 *)slot[364];
            for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[2][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[2][lo + q];
            (void)lo;
            bad |= team->bad[2][p];
        }
        if (bad && nonfinite_p2(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[365];
        int bad = 0;
        int *fired_list = (int *)slot[143];
        i64 *nfired = (i64 *)slot[144];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[87] * p / team->parts;
            const i64 m = team->nemitted[3][p];
            *count += m;
            int *spike_index = (int *)slot[366];
            i64 *spike_step = (i64 *)slot[367];
            i64 *spike_n = (i64 *)slot[368];
            for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[3][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[3][lo + q];
            (void)lo;
            bad |= team->bad[3][p];
        }
        if (bad && nonfinite_p3(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[369];
        int bad = 0;
        int *fired_list = (int *)slot[153];
        i64 *nfired = (i64 *)slot[154];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[115] * p / team->parts;
            const i64 m = team->nemitted[4][p];
            *count += m;
            int *spike_index = (int *)slot[370];
            i64 *spike_step = (i64 *)slot[371];
            i64 *spike_n = (i64 *)slot[372];
            for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[4][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[4][lo + q];
            (void)lo;
            bad |= team->bad[4][p];
        }
        if (bad && nonfinite_p4(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[373];
        int bad = 0;
        int *fired_list = (int *)slot[163];
        i64 *nfired = (i64 *)slot[164];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[143] * p / team->parts;
            const i64 m = team->nemitted[5][p];
            *count += m;
            int *spike_index = (int *)slot[374];
            i64 *spike_step = (i64 *)slot[375];
            i64 *spike_n = (i64 *)slot[376];
            for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[5][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[5][lo + q];
            (void)lo;
            bad |= team->bad[5][p];
        }
        if (bad && nonfinite_p5(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[377];
        int bad = 0;
        int *fired_list = (int *)slot[173];
        i64 *nfired = (i64 *)slot[174];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[171] * p / team->parts;
            const i64 m = team->nemitted[6][p];
            *count += m;
            int *spike_index = (int *)slot[378];
            i64 *spike_step = (i64 *)slot[379];
            i64 *spike_n = (i64 *)slot[380];
            for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[6][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[6][lo + q];
            (void)lo;
            bad |= team->bad[6][p];
        }
        if (bad && nonfinite_p6(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[381];
        int bad = 0;
        int *fired_list = (int *)slot[183];
        i64 *nfired = (i64 *)slot[184];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[197] * p / team->parts;
            const i64 m = team->nemitted[7][p];
            *count += m;
            int *spike_index = (int *)slot[382];
            i64 *spike_step = (i64 *)slot[383];
            i64 *spike_n = (i64 *)slot[384];
            for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[7][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[7][lo + q];
            (void)lo;
            bad |= team->bad[7][p];
        }
        if (bad && nonfinite_p7(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[385];
        int bad = 0;
        int *fired_list = (int *)slot[193];
        i64 *nfired = (i64 *)slot[194];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[223] * p / team->parts;
            const i64 m = team->nemitted[8][p];
            *count += m;
            int *spike_index = (int *)slot[386];
            i64 *spike_step = (i64 *)slot[387];
            i64 *spike_n = (i64 *)slot[388];
            for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[8][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[8][lo + q];
            (void)lo;
            bad |= team->bad[8][p];
        }
        if (bad && nonfinite_p8(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
    }
     {
        i64 *count = (i64 *)slot[389];
        int bad = 0;
        int *fired_list = (int *)slot[203];
        i64 *nfired = (i64 *)slot[204];
        *nfired = 0;
        for (int p = 0; p < team->parts; ++p) {
            const i64 lo = (i64)P[249] * p / team->parts;
            const i64 m = team->nemitted[9][p];
            *count += m;
            int *spike_index = (int *)slot[390];
            i64 *spike_step = (i64 *)slot[391];
            i64 *spike_n = (i64 *)slot[392];
            for (i64 q = 0; q < m; ++q) { spike_index[*spike_n] = (int)team->emitted[9][lo + q]; spike_step[*spike_n] = s + 1; ++*spike_n; }
            for (i64 q = 0; q < m; ++q) fired_list[(*nfired)++] = (int)team->emitted[9][lo + q];
            (void)lo;
            bad |= team->bad[9][p];
        }
        if (bad && nonfinite_p9(slot, P, s, err)) { team->stop = s + 1 - team->step0; return; }
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
    if (*(i64 *)slot[356] + (i64)P[1] > (i64)P[387]) { team->stop = s + 1 - team->step0; return; }
    if (*(i64 *)slot[360] + (i64)P[31] > (i64)P[388]) { team->stop = s + 1 - team->step0; return; }
    if (*(i64 *)slot[364] + (i64)P[59] > (i64)P[389]) { team->stop = s + 1 - team->step0; return; }
    if (*(i64 *)slot[368] + (i64)P[87] > (i64)P[390]) { team->stop = s + 1 - team->step0; return; }
    if (*(i64 *)slot[372] + (i64)P[115] > (i64)P[391]) { team->stop = s + 1 - team->step0; return; }
    if (*(i64 *)slot[376] + (i64)P[143] > (i64)P[392]) { team->stop = s + 1 - team->step0; return; }
    if (*(i64 *)slot[380] + (i64)P[171] > (i64)P[393]) { team->stop = s + 1 - team->step0; return; }
    if (*(i64 *)slot[384] + (i64)P[197] > (i64)P[394]) { team->stop = s + 1 - team->step0; return; }
    if (*(i64 *)slot[388] + (i64)P[223] > (i64)P[395]) { team->stop = s + 1 - team->step0; return; }
    if (*(i64 *)slot[392] + (i64)P[249] > (i64)P[396]) { team->stop = s + 1 - team->step0; return; }
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
        if (parts > 1) {
            pthread_barrier_wait(&team->barrier);
            if (team->stop < 0) {
                deliver_c0(slot, P, s, dt, seed, part, parts);
                deliver_c1(slot, P, s, dt, seed, part, parts);
                deliver_c2(slot, P, s, dt, seed, part, parts);
                deliver_c3(slot, P, s, dt, seed, part, parts);
                deliver_c4(slot, P, s, dt, seed, part, parts);
                deliver_c5(slot, P, s, dt, seed, part, parts);
                deliver_c6(slot, P, s, dt, seed, part, parts);
                deliver_c7(slot, P, s, dt, seed, part, parts);
                deliver_c8(slot, P, s, dt, seed, part, parts);
                deliver_c9(slot, P, s, dt, seed, part, parts);
                deliver_c10(slot, P, s, dt, seed, part, parts);
                deliver_c11(slot, P, s, dt, seed, part, parts);
                deliver_c12(slot, P, s, dt, seed, part, parts);
                deliver_c13(slot, P, s, dt, seed, part, parts);
                deliver_c14(slot, P, s, dt, seed, part, parts);
                deliver_c15(slot, P, s, dt, seed, part, parts);
                deliver_c16(slot, P, s, dt, seed, part, parts);
                deliver_c17(slot, P, s, dt, seed, part, parts);
                deliver_c18(slot, P, s, dt, seed, part, parts);
                deliver_c19(slot, P, s, dt, seed, part, parts);
                deliver_c20(slot, P, s, dt, seed, part, parts);
                deliver_c21(slot, P, s, dt, seed, part, parts);
                deliver_c22(slot, P, s, dt, seed, part, parts);
                deliver_c23(slot, P, s, dt, seed, part, parts);
                deliver_c24(slot, P, s, dt, seed, part, parts);
                deliver_c25(slot, P, s, dt, seed, part, parts);
                deliver_c26(slot, P, s, dt, seed, part, parts);
                deliver_c27(slot, P, s, dt, seed, part, parts);
                deliver_c28(slot, P, s, dt, seed, part, parts);
                deliver_c29(slot, P, s, dt, seed, part, parts);
                deliver_c30(slot, P, s, dt, seed, part, parts);
                deliver_c31(slot, P, s, dt, seed, part, parts);
                deliver_c32(slot, P, s, dt, seed, part, parts);
                deliver_c33(slot, P, s, dt, seed, part, parts);
                deliver_c34(slot, P, s, dt, seed, part, parts);
                deliver_c35(slot, P, s, dt, seed, part, parts);
                deliver_c36(slot, P, s, dt, seed, part, parts);
                deliver_c37(slot, P, s, dt, seed, part, parts);
                deliver_c38(slot, P, s, dt, seed, part, parts);
                deliver_c39(slot, P, s, dt, seed, part, parts);
                deliver_c40(slot, P, s, dt, seed, part, parts);
                deliver_c41(slot, P, s, dt, seed, part, parts);
                deliver_c42(slot, P, s, dt, seed, part, parts);
                deliver_c43(slot, P, s, dt, seed, part, parts);
                deliver_c44(slot, P, s, dt, seed, part, parts);
                deliver_c45(slot, P, s, dt, seed, part, parts);
                deliver_c46(slot, P, s, dt, seed, part, parts);
                deliver_c47(slot, P, s, dt, seed, part, parts);
                deliver_c48(slot, P, s, dt, seed, part, parts);
                deliver_c49(slot, P, s, dt, seed, part, parts);
                deliver_c50(slot, P, s, dt, seed, part, parts);
                deliver_c51(slot, P, s, dt, seed, part, parts);
                deliver_c52(slot, P, s, dt, seed, part, parts);
                deliver_c53(slot, P, s, dt, seed, part, parts);
                deliver_c54(slot, P, s, dt, seed, part, parts);
                deliver_c55(slot, P, s, dt, seed, part, parts);
            }
            pthread_barrier_wait(&team->barrier);
        }
        if (part == 0 && team->stop < 0) {
            if (parts == 1) deliver_c0(slot, P, s, dt, seed, 0, 1); drop_c0(slot, P, s);
            if (parts == 1) deliver_c1(slot, P, s, dt, seed, 0, 1); drop_c1(slot, P, s);
            if (parts == 1) deliver_c2(slot, P, s, dt, seed, 0, 1); drop_c2(slot, P, s);
            if (parts == 1) deliver_c3(slot, P, s, dt, seed, 0, 1); drop_c3(slot, P, s);
            if (parts == 1) deliver_c4(slot, P, s, dt, seed, 0, 1); drop_c4(slot, P, s);
            if (parts == 1) deliver_c5(slot, P, s, dt, seed, 0, 1); drop_c5(slot, P, s);
            if (parts == 1) deliver_c6(slot, P, s, dt, seed, 0, 1); drop_c6(slot, P, s);
            if (parts == 1) deliver_c7(slot, P, s, dt, seed, 0, 1); drop_c7(slot, P, s);
            if (parts == 1) deliver_c8(slot, P, s, dt, seed, 0, 1); drop_c8(slot, P, s);
            if (parts == 1) deliver_c9(slot, P, s, dt, seed, 0, 1); drop_c9(slot, P, s);
            if (parts == 1) deliver_c10(slot, P, s, dt, seed, 0, 1); drop_c10(slot, P, s);
            if (parts == 1) deliver_c11(slot, P, s, dt, seed, 0, 1); drop_c11(slot, P, s);
            if (parts == 1) deliver_c12(slot, P, s, dt, seed, 0, 1); drop_c12(slot, P, s);
            if (parts == 1) deliver_c13(slot, P, s, dt, seed, 0, 1); drop_c13(slot, P, s);
            if (parts == 1) deliver_c14(slot, P, s, dt, seed, 0, 1); drop_c14(slot, P, s);
            if (parts == 1) deliver_c15(slot, P, s, dt, seed, 0, 1); drop_c15(slot, P, s);
            if (parts == 1) deliver_c16(slot, P, s, dt, seed, 0, 1); drop_c16(slot, P, s);
            if (parts == 1) deliver_c17(slot, P, s, dt, seed, 0, 1); drop_c17(slot, P, s);
            if (parts == 1) deliver_c18(slot, P, s, dt, seed, 0, 1); drop_c18(slot, P, s);
            if (parts == 1) deliver_c19(slot, P, s, dt, seed, 0, 1); drop_c19(slot, P, s);
            if (parts == 1) deliver_c20(slot, P, s, dt, seed, 0, 1); drop_c20(slot, P, s);
            if (parts == 1) deliver_c21(slot, P, s, dt, seed, 0, 1); drop_c21(slot, P, s);
            if (parts == 1) deliver_c22(slot, P, s, dt, seed, 0, 1); drop_c22(slot, P, s);
            if (parts == 1) deliver_c23(slot, P, s, dt, seed, 0, 1); drop_c23(slot, P, s);
            if (parts == 1) deliver_c24(slot, P, s, dt, seed, 0, 1); drop_c24(slot, P, s);
            if (parts == 1) deliver_c25(slot, P, s, dt, seed, 0, 1); drop_c25(slot, P, s);
            if (parts == 1) deliver_c26(slot, P, s, dt, seed, 0, 1); drop_c26(slot, P, s);
            if (parts == 1) deliver_c27(slot, P, s, dt, seed, 0, 1); drop_c27(slot, P, s);
            if (parts == 1) deliver_c28(slot, P, s, dt, seed, 0, 1); drop_c28(slot, P, s);
            if (parts == 1) deliver_c29(slot, P, s, dt, seed, 0, 1); drop_c29(slot, P, s);
            if (parts == 1) deliver_c30(slot, P, s, dt, seed, 0, 1); drop_c30(slot, P, s);
            if (parts == 1) deliver_c31(slot, P, s, dt, seed, 0, 1); drop_c31(slot, P, s);
            if (parts == 1) deliver_c32(slot, P, s, dt, seed, 0, 1); drop_c32(slot, P, s);
            if (parts == 1) deliver_c33(slot, P, s, dt, seed, 0, 1); drop_c33(slot, P, s);
            if (parts == 1) deliver_c34(slot, P, s, dt, seed, 0, 1); drop_c34(slot, P, s);
            if (parts == 1) deliver_c35(slot, P, s, dt, seed, 0, 1); drop_c35(slot, P, s);
            if (parts == 1) deliver_c36(slot, P, s, dt, seed, 0, 1); drop_c36(slot, P, s);
            if (parts == 1) deliver_c37(slot, P, s, dt, seed, 0, 1); drop_c37(slot, P, s);
            if (parts == 1) deliver_c38(slot, P, s, dt, seed, 0, 1); drop_c38(slot, P, s);
            if (parts == 1) deliver_c39(slot, P, s, dt, seed, 0, 1); drop_c39(slot, P, s);
            if (parts == 1) deliver_c40(slot, P, s, dt, seed, 0, 1); drop_c40(slot, P, s);
            if (parts == 1) deliver_c41(slot, P, s, dt, seed, 0, 1); drop_c41(slot, P, s);
            if (parts == 1) deliver_c42(slot, P, s, dt, seed, 0, 1); drop_c42(slot, P, s);
            if (parts == 1) deliver_c43(slot, P, s, dt, seed, 0, 1); drop_c43(slot, P, s);
            if (parts == 1) deliver_c44(slot, P, s, dt, seed, 0, 1); drop_c44(slot, P, s);
            if (parts == 1) deliver_c45(slot, P, s, dt, seed, 0, 1); drop_c45(slot, P, s);
            if (parts == 1) deliver_c46(slot, P, s, dt, seed, 0, 1); drop_c46(slot, P, s);
            if (parts == 1) deliver_c47(slot, P, s, dt, seed, 0, 1); drop_c47(slot, P, s);
            if (parts == 1) deliver_c48(slot, P, s, dt, seed, 0, 1); drop_c48(slot, P, s);
            if (parts == 1) deliver_c49(slot, P, s, dt, seed, 0, 1); drop_c49(slot, P, s);
            if (parts == 1) deliver_c50(slot, P, s, dt, seed, 0, 1); drop_c50(slot, P, s);
            if (parts == 1) deliver_c51(slot, P, s, dt, seed, 0, 1); drop_c51(slot, P, s);
            if (parts == 1) deliver_c52(slot, P, s, dt, seed, 0, 1); drop_c52(slot, P, s);
            if (parts == 1) deliver_c53(slot, P, s, dt, seed, 0, 1); drop_c53(slot, P, s);
            if (parts == 1) deliver_c54(slot, P, s, dt, seed, 0, 1); drop_c54(slot, P, s);
            if (parts == 1) deliver_c55(slot, P, s, dt, seed, 0, 1); drop_c55(slot, P, s);
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
            const i64 n = (i64)P[31], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[1][part] = 0;
            team->bad[1][part] = step_p1(slot, P, s, dt, seed, lo, hi, team->emitted[1] + lo, &team->nemitted[1][part]);
        }
         {
            const i64 n = (i64)P[59], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[2][part] = 0;
            team->bad[2][part] = step_p2(slot, P, s, dt, seed, lo, hi, team->emitted[2] + lo, &team->nemitted[2][part]);
        }
         {
            const i64 n = (i64)P[87], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[3][part] = 0;
            team->bad[3][part] = step_p3(slot, P, s, dt, seed, lo, hi, team->emitted[3] + lo, &team->nemitted[3][part]);
        }
         {
            const i64 n = (i64)P[115], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[4][part] = 0;
            team->bad[4][part] = step_p4(slot, P, s, dt, seed, lo, hi, team->emitted[4] + lo, &team->nemitted[4][part]);
        }
         {
            const i64 n = (i64)P[143], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[5][part] = 0;
            team->bad[5][part] = step_p5(slot, P, s, dt, seed, lo, hi, team->emitted[5] + lo, &team->nemitted[5][part]);
        }
         {
            const i64 n = (i64)P[171], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[6][part] = 0;
            team->bad[6][part] = step_p6(slot, P, s, dt, seed, lo, hi, team->emitted[6] + lo, &team->nemitted[6][part]);
        }
         {
            const i64 n = (i64)P[197], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[7][part] = 0;
            team->bad[7][part] = step_p7(slot, P, s, dt, seed, lo, hi, team->emitted[7] + lo, &team->nemitted[7][part]);
        }
         {
            const i64 n = (i64)P[223], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[8][part] = 0;
            team->bad[8][part] = step_p8(slot, P, s, dt, seed, lo, hi, team->emitted[8] + lo, &team->nemitted[8][part]);
        }
         {
            const i64 n = (i64)P[249], lo = n * part / parts, hi = n * (part + 1) / parts;
            team->nemitted[9][part] = 0;
            team->bad[9][part] = step_p9(slot, P, s, dt, seed, lo, hi, team->emitted[9] + lo, &team->nemitted[9][part]);
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
    int wanted = (int)team.P[397];
    if (wanted < 1) wanted = 1;
    if (wanted > 8) wanted = 8;
    team.emitted[0] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[1] + 1));
    team.emitted[1] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[31] + 1));
    team.emitted[2] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[59] + 1));
    team.emitted[3] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[87] + 1));
    team.emitted[4] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[115] + 1));
    team.emitted[5] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[143] + 1));
    team.emitted[6] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[171] + 1));
    team.emitted[7] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[197] + 1));
    team.emitted[8] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[223] + 1));
    team.emitted[9] = (i64 *)malloc(sizeof(i64) * ((unsigned long)team.P[249] + 1));
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
    return done;
}
