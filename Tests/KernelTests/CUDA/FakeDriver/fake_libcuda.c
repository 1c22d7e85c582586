/* A stand-in for libcuda.so.1 for tests on machines without a GPU: "device" memory is host
   memory, modules are accepted when they look like PTX, and each launch is written to a log
   (kernel, grid, block, step) instead of run. It checks Soma's driver-API calls, not CUDA. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef unsigned long long CUdeviceptr;

static char journal[1 << 20];
static size_t written;

const char *fake_journal(void) { return journal; }
void fake_clear(void) { written = 0; journal[0] = 0; }

int cuInit(unsigned flags) { return flags == 0 ? 0 : 1; }
int cuGetErrorString(int status, const char **text) { *text = status == 218 ? "a PTX JIT compilation failed (fake)" : "fake error"; return 0; }
int cuDeviceGetCount(int *count) { const char *n = getenv("FAKE_CUDA_DEVICES"); *count = n ? atoi(n) : 1; return 0; }
int cuDeviceGet(int *device, int ordinal) { *device = ordinal; return 0; }
int cuDeviceGetName(char *name, int length, int device) { snprintf(name, (size_t)length, "Fake GPU %d", device); return 0; }
int cuDeviceGetAttribute(int *value, int attribute, int device) { *value = attribute == 75 ? 8 : (attribute == 76 ? 6 : 0); (void)device; return 0; }
int cuCtxCreate_v2(void **context, unsigned flags, int device) { *context = malloc(1); (void)flags; (void)device; return 0; }
int cuCtxDestroy_v2(void *context) { free(context); return 0; }
int cuCtxSynchronize(void) { return 0; }
int cuModuleLoadData(void **module, const void *image) { *module = (void *)1; return strstr((const char *)image, ".entry") ? 0 : 218; }
int cuModuleGetFunction(void **function, void *module, const char *name) { *function = strdup(name); (void)module; return 0; }
int cuMemAlloc_v2(CUdeviceptr *address, size_t bytes) { *address = (CUdeviceptr)calloc(1, bytes); return 0; }
int cuMemFree_v2(CUdeviceptr address) { free((void *)address); return 0; }
int cuMemcpyHtoD_v2(CUdeviceptr to, const void *from, size_t bytes) { memcpy((void *)to, from, bytes); return 0; }
int cuMemcpyDtoH_v2(void *to, CUdeviceptr from, size_t bytes) { memcpy(to, (const void *)from, bytes); return 0; }

/* Logs "kernel blocks threads step flagsOffset"; the slot table's first entry is the parameter block,
   whose address the launch also receives: a mismatch is logged as an error. */
int cuLaunchKernel(void *function, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by, unsigned bz,
                   unsigned shared, void *stream, void **arguments, void **extra) {
    CUdeviceptr table = *(CUdeviceptr *)arguments[0], parameters = *(CUdeviceptr *)arguments[1];
    long long step = *(long long *)arguments[2];
    int consistent = ((CUdeviceptr *)table)[0] == parameters && gy == 1 && gz == 1 && by == 1 && bz == 1 && shared == 0 && !stream && !extra;
    written += (size_t)snprintf(journal + written, sizeof journal - written, "%s%s %u %u %lld\n",
                                consistent ? "" : "INCONSISTENT ", (const char *)function, gx, bx, step);
    return 0;
}
