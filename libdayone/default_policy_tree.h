/* default_policy_tree.h - the embedded default policy as a ready YAML tree,
 * so that loading it runs the loader without running libyaml.
 *
 * default_policy_tree.c is generated (scripts/default_policy_tree_gen.c;
 * `cmake --build --preset dev --target default-policy-tree`) and committed,
 * so every build (CMake, the Go module, the Python wheel) compiles the same
 * file. It carries the YAML text it was made from: policy_load.c uses the
 * tree only when that text is byte for byte the embedded default policy,
 * and parses the YAML otherwise (a stale tree costs time, never a wrong
 * policy; ctest packaging.default_policy_tree_fresh reports it).
 * Read-only: shared by every thread, never modified or freed. */
#ifndef DY_DEFAULT_POLICY_TREE_H
#define DY_DEFAULT_POLICY_TREE_H

#include <stddef.h>
#include "yaml_doc.h"

/* The root node, as dy_ydoc_parse() would build it from the source below. */
extern dy_ynode *const dy_default_policy_tree;

/* The YAML text the tree was generated from, and its length. */
extern const char dy_default_policy_tree_source[];
extern const size_t dy_default_policy_tree_source_len;

#endif
