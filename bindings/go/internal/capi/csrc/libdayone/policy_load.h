/* policy_load.h - the policy loader's entry points are public (dayone/
 * policy.h); this declares what the build generates for it: the embedded
 * default policy (cmake/embed.cmake, from default-policy.yaml), and whether
 * its pre-parsed tree (default_policy_tree.h) matches it. */
#ifndef DY_POLICY_LOAD_H
#define DY_POLICY_LOAD_H

#include <stddef.h>
#include "dayone/policy.h"

/* The default policy's YAML text, NUL-terminated, and its length. */
extern const char dy_default_policy_yaml[];
extern const size_t dy_default_policy_yaml_len;

/* 1 when default_policy_tree.c was generated from exactly that text, so
 * dayone_policy_load_default() loads the ready tree instead of parsing. */
int dy_policy_default_tree_current(void);

/* The default policy built by the loader, not copied from its snapshot
 * (default_policy_snapshot.h): from the tree when it is current and
 * from_text is 0, else from the text (parsed, every key checked).
 * first_block sizes the arena's first block (0: the default); the
 * snapshot's generator and tests pass one big enough for the whole model. */
int dy_policy_load_default_model(dayone_policy **out, size_t first_block, int from_text,
                                 dayone_error *err);

#endif
