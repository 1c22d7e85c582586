/* Counts malloc, calloc and realloc calls of a process (LD_PRELOAD) and prints the total to stderr at exit.
 * MALLOC_COUNT_TRACE=N also writes the backtrace of every N-th call to stderr, to find where they come from.
 * Build: cc -O2 -shared -fPIC -o malloc_count.so malloc_count.c -ldl   (bench/training/malloc_count.sh does it) */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <execinfo.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static void *(*real_malloc)(size_t);
static void *(*real_calloc)(size_t, size_t);
static void *(*real_realloc)(void *, size_t);
static atomic_ulong calls;
static unsigned long every;
static __thread int inside;
/* dlsym may call calloc before real_calloc is known: answer it from a static buffer. */
static char early[4096];
static size_t used;

static void *early_alloc(size_t n) {
    void *p = early + used;
    used += (n + 15) & ~(size_t)15;
    return used <= sizeof early ? p : NULL;
}

static void count(void) {
    unsigned long k = atomic_fetch_add(&calls, 1) + 1;
    if (every && k % every == 0 && !inside) {
        inside = 1;
        void *frames[24];
        int n = backtrace(frames, 24);
        dprintf(2, "--- malloc %lu\n", k);
        backtrace_symbols_fd(frames, n, 2);
        inside = 0;
    }
}

static void init(void) {
    real_calloc = dlsym(RTLD_NEXT, "calloc");
    real_malloc = dlsym(RTLD_NEXT, "malloc");
    real_realloc = dlsym(RTLD_NEXT, "realloc");
    const char *e = getenv("MALLOC_COUNT_TRACE");
    every = e ? strtoul(e, NULL, 10) : 0;
}

void *malloc(size_t n) {
    if (!real_malloc) init();
    count();
    return real_malloc(n);
}

void *calloc(size_t k, size_t n) {
    if (!real_calloc) {
        static int resolving;
        if (resolving) return early_alloc(k * n);
        resolving = 1;
        init();
    }
    count();
    return real_calloc(k, n);
}

void *realloc(void *p, size_t n) {
    if (!real_realloc) init();
    count();
    return real_realloc(p, n);
}

__attribute__((destructor)) static void report(void) {
    dprintf(2, "mallocs: %lu\n", (unsigned long)atomic_load(&calls));
}
