/* placeholder.h - recognising a value that stands in for a real one (changeme,
 * <fill>, ${VAR}, TODO, ...). Never copies or prints the value. */
#ifndef DY_PLACEHOLDER_H
#define DY_PLACEHOLDER_H

#include <stddef.h>

/* 1 if value is a placeholder: empty after trimming, changeme, change-me,
 * <fill>, <...>, ${VAR}, TODO, xxx..., your-...-here, a single repeated
 * character, ...; *why gets which kind. 0 otherwise. */
int dy_is_placeholder(const char *value, size_t len, const char **why);

#endif
