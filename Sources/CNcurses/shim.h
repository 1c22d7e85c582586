#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncursesw/curses.h>

/* Macros and globals Swift 6 does not import (or rejects as shared mutable state). */
static inline WINDOW *soma_stdscr(void) { return stdscr; }
static inline int soma_lines(void) { return LINES; }
static inline int soma_cols(void) { return COLS; }
static inline int soma_colors(void) { return COLORS; }
static inline int soma_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t soma_bold(void) { return A_BOLD; }
static inline attr_t soma_reverse(void) { return A_REVERSE; }
static inline attr_t soma_dim(void) { return A_DIM; }
static inline mmask_t soma_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t soma_wheel_down(void) { return BUTTON5_PRESSED; }
static inline int soma_key_resize(void) { return KEY_RESIZE; }
