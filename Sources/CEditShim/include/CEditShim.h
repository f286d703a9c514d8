// Non-variadic wrappers around libedit's el_set/el_get/history, which Swift cannot call.
#ifndef CEDITSHIM_H
#define CEDITSHIM_H
#include <histedit.h>

typedef char *(*shim_prompt_fn)(EditLine *);
typedef unsigned char (*shim_key_fn)(EditLine *, int);

EditLine *shim_el_init_stdio(const char *prog);
int shim_el_set_prompt_esc(EditLine *el, shim_prompt_fn fn, char ignore);
int shim_el_set_editor(EditLine *el, const char *mode);
int shim_el_set_signal(EditLine *el, int on);
int shim_el_addfn(EditLine *el, const char *name, const char *help, shim_key_fn fn);
int shim_el_bind(EditLine *el, const char *key, const char *fn);
int shim_el_settty(EditLine *el, const char *a, const char *b);
int shim_el_set_hist(EditLine *el, History *h);

History *shim_history_init(void);
int shim_history_setsize(History *h, int n);
int shim_history_setunique(History *h, int on);
int shim_history_enter(History *h, const char *line);
int shim_history_load(History *h, const char *path);
int shim_history_save_fp(History *h, FILE *fp);
int shim_history_clear(History *h);
/// The oldest entry (and moves the cursor there), or NULL when empty.
const char *shim_history_oldest(History *h);
/// The entry after the cursor towards the newest, or NULL at the end.
const char *shim_history_newer(History *h);

/// Reads one wide character inside a key function; returns -1 at end of input.
int shim_el_wgetc(EditLine *el);
#endif
