/* One core's streaming bandwidth for the roofline of COBA at 10^6 (BENCHMARKS.md, "COBA at 10^6, third part"):
 * three f32 arrays of n read (summed as integers, so the loop vectorises), and a pass that reads three and writes two.
 *   cc -O3 -march=native bench/network/stream.c -o stream && for n in 1000000 2000000 16000000 64000000; do ./stream $n 10; done */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
static double cpu(void){struct timespec t;clock_gettime(CLOCK_THREAD_CPUTIME_ID,&t);return t.tv_sec+1e-9*t.tv_nsec;}
int main(int argc,char**argv){ long n=atol(argv[1]); int reps=atoi(argv[2]);
 float *a=malloc(n*4),*b=malloc(n*4),*c=malloc(n*4); for(long i=0;i<n;i++){a[i]=i;b[i]=1;c[i]=2;}
 double best=1e9,bestw=1e9; unsigned s=0; const unsigned *ua=(const unsigned*)a,*ub=(const unsigned*)b,*uc=(const unsigned*)c;
 for(int r=0;r<reps;r++){ double t=cpu(); for(long i=0;i<n;i++) s+=ua[i]^ub[i]^uc[i]; t=cpu()-t; if(t<best)best=t;
   t=cpu(); for(long i=0;i<n;i++){ a[i]=a[i]*0.999f+b[i]; c[i]=c[i]*0.5f+b[i]; } t=cpu()-t; if(t<bestw)bestw=t; }
 printf("n=%ld read %.1f GB/s, rmw (3 read, 2 written) %.1f GB/s of loads+stores, s=%u\n",n,12.0*n/best/1e9,20.0*n/bestw/1e9,s); }
