/* policy_status.h - the `status:` section of the compiled policy: the
 * components a status page shows, the facts each one reads, and the
 * thresholds that turn those facts into a state (docs/status.md). Built by
 * policy_load_status.c, read-only afterwards and owned by the policy;
 * status.c evaluates it.
 *
 * Burn rates (the SRE workbook's multiwindow, multi-burn-rate alerts): with
 * an objective O (99.9%) the error budget is B = 100% - O, and over a
 * window w the burn rate is error_rate(w) / B, where error_rate is the 5xx
 * ratio itself or 100% - the success rate. A pair (long, short, factor)
 * fires when BOTH
 *     error_rate(long) > factor * B   and   error_rate(short) > factor * B,
 * strictly (exactly at the threshold does not fire). Defaults: 1h/5m at
 * 14.4 and 6h/30m at 6 page; 1d/2h at 3 and 3d/6h at 1 open a ticket.
 * Every comparison is exact decimal arithmetic (decimal.h). */
#ifndef DY_POLICY_STATUS_H
#define DY_POLICY_STATUS_H

#include <stddef.h>
#include <stdint.h>
#include "dayone/status.h"
#include "decimal.h"
#include "mark.h"

typedef enum dy_status_check_kind {
    DY_STATUS_HEALTH,      /* health: FACT, expect: 200 -> state (major_outage) */
    DY_STATUS_BURN_RATE,   /* burn_rate: FACT (FACT.<window> per window), objective */
    DY_STATUS_THRESHOLD    /* threshold: FACT [per: FACT], over: [{value, state}] */
} dy_status_check_kind;

/* A number as the policy wrote it. */
typedef struct dy_status_number {
    char *text;
    dy_decimal value;
} dy_status_number;

/* One burn-rate window pair. */
typedef struct dy_burn_pair {
    char *long_window, *short_window;   /* duration texts, also the fact keys */
    dy_status_number factor;
    char *alert;                        /* "page" or "ticket": for people */
    dayone_component_state state;       /* what a firing pair means */
} dy_burn_pair;

/* `over:` of a threshold check: value > bound moves to state. */
typedef struct dy_status_step {
    dy_status_number bound;
    dayone_component_state state;
} dy_status_step;

typedef struct dy_status_check {
    dy_status_check_kind kind;
    char *name;                 /* the check's name (reasons cite it) */
    char *fact;                 /* the fact, or the prefix of the window facts */
    dy_mark mark;
    /* health */
    char *expect;               /* the healthy value as text ("200") */
    dayone_component_state state;
    /* burn_rate */
    int measures_success;       /* 1: FACT is a success rate; 0: an error (5xx) rate */
    dy_status_number objective; /* percent */
    /* threshold */
    char *per;                  /* the divisor fact (a baseline, a pool size) or NULL */
    dy_status_step *steps; size_t nsteps;
} dy_status_check;

typedef struct dy_status_component {
    char *name;
    char *maintenance;          /* a boolean fact, or NULL */
    dy_status_check *checks; size_t nchecks;
    dy_mark mark;
} dy_status_component;

/* How far observed_at may be ahead of now before it is refused: clocks of
 * monitoring and of the caller disagree a little (docs/status.md). */
#define DY_STATUS_CLOCK_SKEW_NS (INT64_C(60) * 1000000000)

typedef struct dy_status_conf {
    char *published;            /* prefix: the published state of C is <published>.C; or NULL */
    /* Freshness: observed_at (a timestamp fact) no older than now - max_age
     * and no later than now + DY_STATUS_CLOCK_SKEW_NS, else every component
     * is unknown. Both set, or neither (observed_at NULL: no check). */
    char *observed_at;
    int64_t max_age_ns;         /* > 0 when observed_at is set */
    char *max_age_text;         /* as the policy wrote it, for messages */
    dy_burn_pair *pairs; size_t npairs;
    dy_status_component *components; size_t ncomponents;
} dy_status_conf;

/* The state called `name` (the five status-page words), or -1. */
int dy_component_state_parse(const char *name);

/* Release a status section (NULL is a no-op). */
void dy_status_conf_free(dy_status_conf *s);

#endif
