/* What exprel_accuracy.c and exprel_function.c share, included after the prelude (which defines real and u64):
   a xorshift generator of uniform doubles in [0, 1), and the ulp of an exact value in the prelude's precision
   (subnormal results in the smallest ulp). */
#include <math.h>
static u64 state = 0x9E3779B97F4A7C15ull;
static double unit(void) { state ^= state << 13; state ^= state >> 7; state ^= state << 17; return (state >> 11) * 0x1p-53; }
static long double ulp(long double want) {
    int e; frexpl(want, &e);
    int low = sizeof(real) == 4 ? -125 : -1021, bits = sizeof(real) == 4 ? 24 : 53;
    return ldexpl(1.0L, (e < low ? low : e) - bits);
}
