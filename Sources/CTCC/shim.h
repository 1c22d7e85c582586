#include <libtcc.h>

/* TCC_RELOCATE_AUTO is a pointer-cast macro that Swift does not import. */
static inline int soma_tcc_relocate_auto(TCCState *s) { return tcc_relocate(s, (void *)1); }
