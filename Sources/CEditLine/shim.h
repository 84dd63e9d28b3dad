#ifndef BRIEFING_CEDITLINE_SHIM_H
#define BRIEFING_CEDITLINE_SHIM_H
// libedit's el_set, el_get and history are C-variadic, which Swift cannot call: each use the
// shell needs is wrapped here in a plain function.
#include <stdio.h>
#include <stdlib.h>
#include <histedit.h>

typedef unsigned char (*shim_el_function)(EditLine *, int);

static char *shim_prompt(EditLine *el) {
  (void)el;
  return (char *)"briefing> ";
}

static inline EditLine *shim_el_init(const char *program) {
  return el_init(program, stdin, stdout, stderr);
}
static inline void shim_el_set_prompt(EditLine *el) { el_set(el, EL_PROMPT, shim_prompt); }
static inline void shim_el_set_editor(EditLine *el, const char *mode) {
  el_set(el, EL_EDITOR, mode);
}
static inline void shim_el_set_history(EditLine *el, History *h) { el_set(el, EL_HIST, history, h); }
static inline void shim_el_set_signal(EditLine *el, int on) { el_set(el, EL_SIGNAL, on); }
static inline void shim_el_add_function(EditLine *el, const char *name, const char *help,
                                        shim_el_function fn) {
  el_set(el, EL_ADDFN, name, help, fn);
}
static inline void shim_el_bind(EditLine *el, const char *key, const char *name) {
  el_set(el, EL_BIND, key, name, NULL);
}
static inline void shim_el_set_client_data(EditLine *el, void *data) {
  el_set(el, EL_CLIENTDATA, data);
}
static inline void *shim_el_client_data(EditLine *el) {
  void *data = NULL;
  el_get(el, EL_CLIENTDATA, &data);
  return data;
}
static inline int shim_el_terminal_width(EditLine *el) {
  int columns = 0;
  if (el_get(el, EL_GETTC, "co", &columns) != 0) return 0;
  return columns;
}

static inline void shim_history_set_size(History *h, int size) {
  HistEvent ev;
  history(h, &ev, H_SETSIZE, size);
}
static inline void shim_history_set_unique(History *h, int unique) {
  HistEvent ev;
  history(h, &ev, H_SETUNIQUE, unique);
}
static inline void shim_history_enter(History *h, const char *line) {
  HistEvent ev;
  history(h, &ev, H_ENTER, line);
}
static inline int shim_history_load(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_LOAD, path);
}
static inline int shim_history_save(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_SAVE, path);
}
// libedit walks history from newest (H_FIRST, then H_NEXT to older) or from oldest (H_LAST,
// then H_PREV to newer).
static inline const char *shim_history_oldest(History *h) {
  HistEvent ev;
  return history(h, &ev, H_LAST) < 0 ? NULL : ev.str;
}
static inline const char *shim_history_newer(History *h) {
  HistEvent ev;
  return history(h, &ev, H_PREV) < 0 ? NULL : ev.str;
}
#endif
