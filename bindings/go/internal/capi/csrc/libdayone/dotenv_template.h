/* dotenv_template.h - compose's ${VAR} interpolation (compose-go template). */
#ifndef DY_DOTENV_TEMPLATE_H
#define DY_DOTENV_TEMPLATE_H

#include "dotenv_parser.h"

/* Append t[0..n) to out with every reference substituted; offs[i] is the
 * text offset of t[i] (errors point there). A name is looked up in d's
 * lookup first, then in the file's earlier lines, as compose does. */
int dy_compose_substitute(dy_dotenv *d, const char *t, const size_t *offs, size_t n,
                          dy_vbuf *out);

#endif
