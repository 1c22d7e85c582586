/* A stand-in for libcuda.so.1 for tests on machines without a GPU: "device" memory is host
   memory, modules are accepted when they look like PTX, and each launch is written to a log
   (kernel, grid, block, step).

   When FAKE_CUDA_KERNELS names a shared library (a CUDA unit compiled as C for the CPU, with
   blockIdx, threadIdx, blockDim and soma_barrier as globals) the launches also run: a module is
   accepted only if its PTX is byte for byte the file FAKE_CUDA_PTX (so the library is that PTX's
   source), functions are looked up in the library by name, and each block of a launch runs its
   threads as fibers, switched at every __syncthreads, so a block's barriers order its threads as
   on a GPU. A kernel that reached no barrier at its first launch has its later threads called
   one after another (the cost of switching stays with the kernels that need it). It checks
   Soma's driver-API path and the kernels' logic, not CUDA. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

typedef unsigned long long CUdeviceptr;
typedef struct { unsigned x; } dim3;
typedef void (*Kernel)(void **slot, const double *P, long long s, unsigned char *flags);

typedef struct {
    char name[128];
    Kernel kernel;
    int launched, barriers;
} Function;

static char journal[1 << 20];
static size_t written;

const char *fake_journal(void) { return journal; }
void fake_clear(void) { written = 0; journal[0] = 0; }

static void *kernels;
static dim3 *blockIdxOf, *threadIdxOf, *blockDimOf;

enum { maxThreads = 1024, stackBytes = 1 << 17 };
static ucontext_t scheduler, fibers[maxThreads];
static char *stacks;
static int finished[maxThreads], current;
static Function *running;
static void **launchArguments;

static void barrier(void) {
    running->barriers = 1;
    swapcontext(&fibers[current], &scheduler);
}

static void noBarrier(void) {}

static void call(void) {
    running->kernel(*(void ***)launchArguments[0], *(const double **)launchArguments[1], *(long long *)launchArguments[2],
                    *(unsigned char **)launchArguments[3]);
}

static void fiber(void) {
    call();
    finished[current] = 1;
}

static int readFile(const char *path, char **text, size_t *bytes) {
    FILE *file = fopen(path, "rb");
    if (!file) return 0;
    fseek(file, 0, SEEK_END);
    *bytes = (size_t)ftell(file);
    fseek(file, 0, SEEK_SET);
    *text = malloc(*bytes + 1);
    size_t read = fread(*text, 1, *bytes, file);
    fclose(file);
    (*text)[*bytes] = 0;
    return read == *bytes;
}

/* The module's PTX must be FAKE_CUDA_PTX's, without or with the terminating NUL. */
static int loadKernels(const char *image) {
    const char *library = getenv("FAKE_CUDA_KERNELS"), *ptx = getenv("FAKE_CUDA_PTX");
    if (kernels) dlclose(kernels);
    kernels = NULL;
    if (!library) return 0;
    char *expected = NULL;
    size_t bytes = 0;
    if (!ptx || !readFile(ptx, &expected, &bytes)) return 500;
    int same = strlen(image) == strlen(expected) && strcmp(image, expected) == 0;
    free(expected);
    if (!same) return 218;
    kernels = dlopen(library, RTLD_NOW | RTLD_LOCAL);
    if (!kernels) return 500;
    blockIdxOf = dlsym(kernels, "blockIdx");
    threadIdxOf = dlsym(kernels, "threadIdx");
    blockDimOf = dlsym(kernels, "blockDim");
    void (**hook)(void) = dlsym(kernels, "soma_barrier");
    if (!blockIdxOf || !threadIdxOf || !blockDimOf || !hook) return 500;
    *hook = barrier;
    if (!stacks) stacks = malloc((size_t)maxThreads * stackBytes);
    return 0;
}

static void run(Function *function, unsigned blocks, unsigned threads, void **arguments) {
    void (**hook)(void) = dlsym(kernels, "soma_barrier");
    running = function;
    launchArguments = arguments;
    blockDimOf->x = threads;
    int fibered = !function->launched || function->barriers;
    *hook = fibered ? barrier : noBarrier;
    for (unsigned b = 0; b < blocks; ++b) {
        blockIdxOf->x = b;
        if (!fibered) {
            for (unsigned t = 0; t < threads; ++t) { threadIdxOf->x = t; call(); }
            continue;
        }
        for (unsigned t = 0; t < threads; ++t) {
            getcontext(&fibers[t]);
            fibers[t].uc_stack.ss_sp = stacks + (size_t)t * stackBytes;
            fibers[t].uc_stack.ss_size = stackBytes;
            fibers[t].uc_link = &scheduler;
            makecontext(&fibers[t], fiber, 0);
            finished[t] = 0;
        }
        /* Each round runs every thread still going up to its next barrier or its end. */
        for (int going = 1; going;) {
            going = 0;
            for (unsigned t = 0; t < threads; ++t) {
                if (finished[t]) continue;
                current = (int)t;
                threadIdxOf->x = t;
                swapcontext(&scheduler, &fibers[t]);
                going |= !finished[t];
            }
        }
    }
    function->launched = 1;
}

int cuInit(unsigned flags) { return flags == 0 ? 0 : 1; }
int cuGetErrorString(int status, const char **text) {
    *text = status == 218 ? "a PTX JIT compilation failed (fake)" : status == 500 ? "named symbol not found (fake)" : "fake error";
    return 0;
}
int cuDeviceGetCount(int *count) { const char *n = getenv("FAKE_CUDA_DEVICES"); *count = n ? atoi(n) : 1; return 0; }
int cuDeviceGet(int *device, int ordinal) { *device = ordinal; return 0; }
int cuDeviceGetName(char *name, int length, int device) { snprintf(name, (size_t)length, "Fake GPU %d", device); return 0; }
int cuDeviceGetAttribute(int *value, int attribute, int device) { *value = attribute == 75 ? 8 : (attribute == 76 ? 6 : 0); (void)device; return 0; }
int cuCtxCreate_v2(void **context, unsigned flags, int device) { *context = malloc(1); (void)flags; (void)device; return 0; }
int cuCtxDestroy_v2(void *context) { free(context); return 0; }
int cuCtxSetCurrent(void *context) { return context ? 0 : 201; }
/* One per batch of steps: the host synchronises before it copies a batch's results back. */
static long long synchronizations;
long long fake_synchronizations(void) { return synchronizations; }
int cuCtxSynchronize(void) { ++synchronizations; return 0; }
/* Modules loaded and buffers not yet freed, for tests of what a session keeps. */
static long long moduleLoads, liveBuffers, bytesToHost;
long long fake_module_loads(void) { return moduleLoads; }
long long fake_live_buffers(void) { return liveBuffers; }
long long fake_bytes_to_host(void) { return bytesToHost; }

int cuModuleLoadData(void **module, const void *image) {
    *module = (void *)1;
    ++moduleLoads;
    if (!strstr((const char *)image, ".entry")) return 218;
    return loadKernels((const char *)image);
}
int cuModuleUnload(void *module) { return module ? 0 : 400; }
int cuModuleGetFunction(void **function, void *module, const char *name) {
    Function *f = calloc(1, sizeof *f);
    snprintf(f->name, sizeof f->name, "%s", name);
    f->kernel = kernels ? (Kernel)dlsym(kernels, name) : NULL;
    *function = f;
    (void)module;
    return kernels && !f->kernel ? 500 : 0;
}
int cuMemAlloc_v2(CUdeviceptr *address, size_t bytes) { *address = (CUdeviceptr)calloc(1, bytes); ++liveBuffers; return 0; }
int cuMemFree_v2(CUdeviceptr address) { free((void *)address); --liveBuffers; return 0; }
int cuMemcpyHtoD_v2(CUdeviceptr to, const void *from, size_t bytes) { memcpy((void *)to, from, bytes); return 0; }
int cuMemcpyDtoH_v2(void *to, CUdeviceptr from, size_t bytes) { memcpy(to, (const void *)from, bytes); bytesToHost += (long long)bytes; return 0; }

/* Logs "kernel blocks threads step" (while kernels run, only the first 64 launches: a long run
   would fill the log); the slot table's first entry is the parameter block, whose address the
   launch also receives: a mismatch is logged as an error, and so is a grid a kernel cannot take. */
static long long launches;

int cuLaunchKernel(void *function, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by, unsigned bz,
                   unsigned shared, void *stream, void **arguments, void **extra) {
    Function *f = function;
    CUdeviceptr table = *(CUdeviceptr *)arguments[0], parameters = *(CUdeviceptr *)arguments[1];
    long long step = *(long long *)arguments[2];
    int consistent = ((CUdeviceptr *)table)[0] == parameters && gy == 1 && gz == 1 && by == 1 && bz == 1 && shared == 0 && !stream && !extra
                     && bx <= maxThreads;
    if ((!f->kernel || launches++ < 64 || !consistent) && written + 256 < sizeof journal)
        written += (size_t)snprintf(journal + written, sizeof journal - written, "%s%s %u %u %lld\n",
                                    consistent ? "" : "INCONSISTENT ", f->name, gx, bx, step);
    if (f->kernel && consistent) run(f, gx, bx, arguments);
    return consistent ? 0 : 1;
}
