#include <stdio.h>
#include <histedit.h>

/* el_set, el_get and history() are C-variadic, which Swift cannot call:
   one small wrapper per operation Soma uses. */
static inline int soma_el_set_getcfn(EditLine *e, el_rfunc_t f) { return el_set(e, EL_GETCFN, f); }
static inline int soma_el_set_editor(EditLine *e, const char *name) { return el_set(e, EL_EDITOR, name); }
static inline int soma_el_set_unbuffered(EditLine *e, int on) { return el_set(e, EL_UNBUFFERED, on); }
static inline int soma_el_set_signal(EditLine *e, int on) { return el_set(e, EL_SIGNAL, on); }
static inline int soma_el_set_clientdata(EditLine *e, void *data) { return el_set(e, EL_CLIENTDATA, data); }
static inline void *soma_el_get_clientdata(EditLine *e) { void *data = 0; el_get(e, EL_CLIENTDATA, &data); return data; }
static inline int soma_el_set_history(EditLine *e, History *h) { return el_set(e, EL_HIST, history, h); }
static inline int soma_el_addfn(EditLine *e, const char *name, const char *help, unsigned char (*fn)(EditLine *, int)) {
    return el_set(e, EL_ADDFN, name, help, fn);
}
static inline int soma_el_bind(EditLine *e, const char *key, const char *function) { return el_set(e, EL_BIND, key, function, NULL); }
static inline int soma_history_setsize(History *h, int size) { HistEvent ev; return history(h, &ev, H_SETSIZE, size); }
static inline int soma_history_enter(History *h, const char *line) { HistEvent ev; return history(h, &ev, H_ENTER, line); }
static inline int soma_history_save(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_SAVE, path); }
static inline int soma_history_load(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_LOAD, path); }
