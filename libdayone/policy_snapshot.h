/* policy_snapshot.h - a policy's model as relocatable bytes: made at build
 * time from two loads of the same policy, copied back at run time in one
 * allocation.
 *
 * A model loaded into a single arena block (alloc_arena.h) is plain bytes
 * but for its pointers into itself. Two loads at different addresses tell
 * them apart: a word that differs by exactly the distance between the two
 * blocks is such a pointer, kept as an offset from the block's start and
 * listed as a relocation. Everything else must be equal and must not look
 * like an address of this process (a function, a static table, the heap):
 * the image is refused otherwise. The words that are filled at run time
 * are cleared first: the policy's arena, and the compiled patterns (rule
 * `pattern:` checks, the support ticket), which are compiled again from
 * their source when the image is loaded, as the loader does (JIT on first
 * match). */
#ifndef DY_POLICY_SNAPSHOT_H
#define DY_POLICY_SNAPSHOT_H

#include <stddef.h>
#include <stdint.h>
#include "dayone/policy.h"

typedef struct dy_policy_snapshot {
    const unsigned char *bytes;   /* the block, pointers as offsets into it */
    size_t len;                   /* 0: no snapshot (load the usual way) */
    const uint32_t *relocs;       /* offsets of the words holding such offsets */
    size_t nrelocs;
    size_t policy_at;             /* offset of the dayone_policy */
} dy_policy_snapshot;

/* A policy from s: one allocation, a copy, the relocations, the patterns
 * compiled. DAYONE_OK, or DAYONE_ENOMEM with err filled. The policy is
 * like any other: reference counted, freed by dayone_policy_free. */
int dy_policy_from_snapshot(dayone_policy **out, const dy_policy_snapshot *s,
                            dayone_error *err);

/* Make the image of a from a and b, the same policy loaded twice, each in
 * a single arena block (dy_policy_load_default_model with a big first
 * block). On success *out holds malloc'ed bytes and relocations (free them
 * with dy_policy_snapshot_release) and 0 is returned; otherwise -1 and why
 * says which word (offset) was refused. a and b are not changed. */
int dy_policy_snapshot_make(const dayone_policy *a, const dayone_policy *b,
                            dy_policy_snapshot *out, char *why, size_t whysize);
void dy_policy_snapshot_release(dy_policy_snapshot *s);

#endif
