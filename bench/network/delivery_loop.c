/* The delivery loop of Soma's generated C (ring delivery, one constant weight: g[j] += w over each arriving
 * source's row) on a random list with p = 80/N, a fresh random set of ~2.1e-3·N sources per step (COBA's
 * rate), CPU time, best of 3. W = 4, 2 or 3 bytes per target index; MEMCPY: a 3-byte index read with one
 * 4-byte load (else three byte loads); PF = d: prefetch the row of the spike d ahead; ROWPF = d: prefetch the
 * row start of the spike d ahead (so PF's read of it hits); GPF: prefetch the conductances of the next spike's targets; HUGE: the indices in
 * memory advised for 2 MiB pages (madvise MADV_HUGEPAGE before it is written, as HugePages.swift does);
 * BLOCK = b, BATCH = m: cache-blocked delivery, the targets in blocks of b, each block receiving the events of
 * m spikes at a time (a cursor per spike walks its row block by block, so each target still sums in spike
 * order); SMALLG = mask: every event to g[j & mask] (a g that stays in L1/L2: the cost of the scatter's misses).
 * BENCHMARKS.md, "Target indices in fewer bytes" and "COBA at scale", has the figures.
 *   cc -O3 -march=native -DW=3 -DMEMCPY -DPF=2 -DHUGE delivery_loop.c -o loop -lm && ./loop 1000000 300 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <sys/mman.h>
typedef long long i64;
static double cpu(void){struct timespec t;clock_gettime(CLOCK_PROCESS_CPUTIME_ID,&t);return t.tv_sec+1e-9*t.tv_nsec;}
#if W==2
typedef unsigned short idx_t;
#define READ(c,k) ((i64)(c)[k])
#elif W==3
typedef unsigned char idx_t;
#ifdef MEMCPY
#include <string.h>
static inline i64 rd3(const unsigned char *c, i64 k){ unsigned v; memcpy(&v, c + 3*k, 4); return v & 0xFFFFFF; }
#define READ(c,k) rd3(c,k)
#else
#define READ(c,k) ((i64)(c)[3*(k)] | (i64)(c)[3*(k)+1] << 8 | (i64)(c)[3*(k)+2] << 16)
#endif
#else
typedef int idx_t;
#define READ(c,k) ((i64)(c)[k])
#endif
__attribute__((noinline)) void deliver(const unsigned *restrict rows, const idx_t *restrict columns, float *restrict g, const int *arrived, i64 n, float w){
  for (i64 e=0;e<n;++e){ const i64 src=arrived[e];
#ifdef ROWPF
    if (e + ROWPF < n) __builtin_prefetch(rows + arrived[e+ROWPF]);
#endif
#ifdef PF
    if (e + PF < n) { const unsigned r = rows[arrived[e+PF]]; __builtin_prefetch(columns + (W==3?3:1)*(i64)r); }
#endif
    i64 first=rows[src], end=rows[src+1];
#ifdef GPF
    if (e + 1 < n) { const i64 nx=arrived[e+1]; for (i64 k=rows[nx]; k<rows[nx+1]; ++k) __builtin_prefetch(g + READ(columns,k), 1); }
#endif
    for(i64 k=first;k<end;++k){ const i64 j=READ(columns,k);
#ifdef SMALLG
g[j&SMALLG]+=w;
#else
g[j]+=w;
#endif
} }
}
#ifdef BLOCK
__attribute__((noinline)) void deliver_blocked(const unsigned *restrict rows, const idx_t *restrict columns, float *restrict g, const int *arrived, i64 n, float w, i64 N){
  unsigned cur[BATCH], fin[BATCH];
  for (i64 e0=0;e0<n;e0+=BATCH){ const i64 m = n-e0<BATCH?n-e0:BATCH;
    for (i64 e=0;e<m;++e) { cur[e]=rows[arrived[e0+e]]; fin[e]=rows[arrived[e0+e]+1]; }
    for (i64 b=BLOCK;;b+=BLOCK){ const i64 bhi=b<N?b:N;
      for (i64 e=0;e<m;++e){ const i64 end=fin[e]; i64 k=cur[e];
#ifdef PF
        if (b==BLOCK && e + PF < m) __builtin_prefetch(columns + (W==3?3:1)*(i64)rows[arrived[e0+e+PF]]);
#endif
        for(;k<end;++k){ const i64 j=READ(columns,k); if (j>=bhi) break; g[j]+=w; }
        cur[e]=(unsigned)k; }
      if (bhi==N) break; } }
}
#endif
static unsigned long long st=88172645463325252ULL; static unsigned xr(void){st^=st<<13;st^=st>>7;st^=st<<17;return (unsigned)st;}
int main(int argc,char**argv){
  int N=atoi(argv[1]); double p=80.0/N; int steps=atoi(argv[2]);
  unsigned *rows=malloc(sizeof(unsigned)*(N+1)); size_t cbytes=((size_t)N*120*(W==3?3:sizeof(idx_t))+(2<<20)-1)/(2<<20)*(2<<20);
#ifdef HUGE
idx_t *cols=aligned_alloc(2<<20,cbytes); madvise(cols,cbytes,14);
#else
idx_t *cols=malloc(cbytes);
#endif
  size_t c=0; rows[0]=0;
  for(int i=0;i<N;i++){ int j=-1; for(;;){ double u=(xr()+0.5)/4294967296.0; j+= 1 + (int)(__builtin_log(u)/__builtin_log1p(-p)); if(j>=N)break;
#if W==3
    cols[3*c]=j&255; cols[3*c+1]=(j>>8)&255; cols[3*c+2]=j>>16; c++;
#else
    cols[c++]=j;
#endif
    } rows[i+1]=c; }
  float *g=calloc(N,sizeof(float)); int nsp=(int)(N*21.0*1e-4+0.5); int *arr=malloc(sizeof(int)*(size_t)nsp*steps);
  for(int s=0;s<steps;s++){ int *a=arr+(size_t)s*nsp; char *mark=calloc(N,1); int m=0; while(m<nsp){int v=xr()%N; if(!mark[v]){mark[v]=1;m++;}} m=0; for(int v=0;v<N;v++) if(mark[v]) a[m++]=v; free(mark);}
  i64 events=0; for(int s=0;s<steps;s++) for(int e=0;e<nsp;e++){int v=arr[(size_t)s*nsp+e]; events+=rows[v+1]-rows[v];}
  double best=1e9; for(int r=0;r<3;r++){ double t0=cpu(); for(int s=0;s<steps;s++) 
#ifdef BLOCK
deliver_blocked(rows,cols,g,arr+(size_t)s*nsp,nsp,0.6f,N);
#else
deliver(rows,cols,g,arr+(size_t)s*nsp,nsp,0.6f);
#endif
 double t=cpu()-t0; if(t<best)best=t; }
  double sum=0; for(int j=0;j<N;j++) sum+=g[j];
  printf("W=%d N=%d %.3f ns/event (%lld events/rep) sum=%.6g\n",W,N,best/events*1e9,events,sum);
}
