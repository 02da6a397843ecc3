/* fuzz_check_policies.h - the distinct policies of the check conformance
 * vectors, as YAML text (NUL-terminated), in the order make_seeds.py
 * numbers them: generated at build time by embed_check_policies.cmake. */
#ifndef DY_FUZZ_CHECK_POLICIES_H
#define DY_FUZZ_CHECK_POLICIES_H

#include <stddef.h>

extern const char *const fuzz_check_policies[];
extern const size_t fuzz_check_npolicies;

#endif
