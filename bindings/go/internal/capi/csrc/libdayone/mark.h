/* mark.h - where something was declared in the policy file, so findings,
 * lint messages and errors can cite it. A plain value type: no functions. */
#ifndef DY_MARK_H
#define DY_MARK_H

/* 1-based line and column; 0 = unknown. */
typedef struct dy_mark { unsigned line, column; } dy_mark;

#endif
