#include "CEditShim.h"
#include <stdio.h>
#include <wchar.h>

EditLine *shim_el_init_stdio(const char *prog) { return el_init(prog, stdin, stdout, stderr); }
int shim_el_set_prompt_esc(EditLine *el, shim_prompt_fn fn, char ignore) {
  return el_set(el, EL_PROMPT_ESC, fn, ignore);
}
int shim_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
int shim_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
int shim_el_addfn(EditLine *el, const char *name, const char *help, shim_key_fn fn) {
  return el_set(el, EL_ADDFN, name, help, fn);
}
int shim_el_bind(EditLine *el, const char *key, const char *fn) {
  return el_set(el, EL_BIND, key, fn, NULL);
}
int shim_el_settty(EditLine *el, const char *a, const char *b) {
  return el_set(el, EL_SETTY, a, b, NULL);
}
int shim_el_set_hist(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }

History *shim_history_init(void) { return history_init(); }
int shim_history_setsize(History *h, int n) { HistEvent ev; return history(h, &ev, H_SETSIZE, n); }
int shim_history_setunique(History *h, int on) { HistEvent ev; return history(h, &ev, H_SETUNIQUE, on); }
int shim_history_enter(History *h, const char *line) { HistEvent ev; return history(h, &ev, H_ENTER, line); }
int shim_history_load(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_LOAD, path); }
int shim_history_save_fp(History *h, FILE *fp) { HistEvent ev; return history(h, &ev, H_SAVE_FP, fp); }
int shim_history_clear(History *h) { HistEvent ev; return history(h, &ev, H_CLEAR); }
const char *shim_history_oldest(History *h) {
  HistEvent ev;
  return history(h, &ev, H_LAST) < 0 ? NULL : ev.str;
}
const char *shim_history_newer(History *h) {
  HistEvent ev;
  return history(h, &ev, H_PREV) < 0 ? NULL : ev.str;
}
int shim_el_wgetc(EditLine *el) {
  wchar_t c;
  int n = el_wgetc(el, &c);
  return n == 1 ? (int)c : -1;
}
