/* policy_postmortem.h - the `postmortem:` section of the compiled policy:
 * what a post-incident report must contain. Built by
 * policy_load_postmortem.c, read-only afterwards and owned by the policy;
 * the report linter (postmortem.c) and the template read it.
 *
 * A required section is matched by its heading: the heading's text,
 * normalised (dy_postmortem_heading_key), equals the normalised form of
 * one of the section's headings. Its kind says which extra rule applies to
 * its entries (list items and table rows). */
#ifndef DY_POLICY_POSTMORTEM_H
#define DY_POLICY_POSTMORTEM_H

#include <stddef.h>
#include <stdint.h>
#include "mark.h"

/* Hard bounds on the section (the loader enforces them). */
#define DY_POSTMORTEM_MAX_BYTES_LIMIT (1024u * 1024u) /* max_bytes can go no higher */
#define DY_POSTMORTEM_DEFAULT_MAX_BYTES (256u * 1024u)
#define DY_POSTMORTEM_MAX_SECTIONS 64u
#define DY_POSTMORTEM_MAX_WORDS 256u        /* headings per section, placeholders */
#define DY_POSTMORTEM_MAX_WORD 200u         /* bytes of one heading or placeholder */

typedef enum dy_postmortem_kind {
    DY_PM_TEXT = 0,      /* present, not empty, no placeholder */
    DY_PM_TIMELINE = 1,  /* and every entry starts with a time, in order */
    DY_PM_ACTIONS = 2    /* and every entry names an owner */
} dy_postmortem_kind;

typedef struct dy_postmortem_section {
    char *id;            /* the finding's key, e.g. "root-cause" */
    char *title;         /* the template's heading, e.g. "Root cause" */
    char **headings;     /* normalised forms (title first), matched exactly */
    size_t nheadings;
    dy_postmortem_kind kind;
    dy_mark mark;        /* the section's entry in the policy */
} dy_postmortem_section;

typedef struct dy_postmortem {
    dy_postmortem_section *sections; size_t nsections;  /* in template order */
    char **placeholders; size_t nplaceholders;          /* as written */
    size_t max_bytes;
    dy_mark mark;        /* the postmortem: key */
} dy_postmortem;

/* The kind called `name` ("text", "timeline", "actions"), or -1. */
int dy_postmortem_kind_parse(const char *name);

/* The normalised form of a heading, for matching: ASCII letters lower
 * case, runs of blanks one space, leading blanks, a leading number ("1.",
 * "2)", "3 -"), trailing blanks and a trailing ':' dropped. Writes at most
 * cap - 1 bytes and a NUL to out; returns 0 when the result did not fit. */
int dy_postmortem_heading_key(const char *s, size_t len, char *out, size_t cap);

/* Release a section (NULL is a no-op). */
void dy_postmortem_free(dy_postmortem *pm);

#endif
