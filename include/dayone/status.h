/*
 * dayone/status.h - component status for the status page, computed from
 * health facts (docs/status.md).
 *
 * The policy's `status:` section names the components (the default policy:
 * api, ingest, jobs, db, notifications, dashboard), the facts each one reads
 * and the thresholds that turn them into a state. dayone_status_evaluate()
 * judges a facts snapshot (what monitoring exported: health codes, success
 * and 5xx rates per window, backlogs, pool use, 429 rates, the published
 * status) and hands back, for each component:
 *   - its state in the vocabulary status pages use: operational,
 *     degraded_performance, partial_outage, major_outage, under_maintenance
 *     -- or unknown when a fact it needs is missing or malformed (fails
 *     closed: such a component is never reported operational);
 *   - the page indicator of that state: none, minor, major, critical;
 *   - the reasons: which check, which rule, which fact (with its
 *     file:line:column in the facts document), and the state it asks for.
 * Every reason is also a finding of an ordinary dayone_report (rule ids
 * status-health, status-burn-rate, status-threshold, status-fact,
 * status-drift, status-stale; docs/rules.md), so the report writers render it. A check
 * that moves a component is a warning; a missing or malformed fact
 * (status-fact) and a published status less severe than the computed one
 * (status-drift) are errors, and so are facts too old to describe the
 * platform now (status-stale: the section's observed_at and max_age; every
 * component is then unknown). The library evaluates facts; it never polls a
 * system.
 *
 * Ownership: dayone_status_evaluate() hands the caller a result in *out,
 * released with dayone_status_free(). Everything read from it (components,
 * reasons, the report, their strings) is borrowed and lives as long as the
 * result. The policy and the facts are only read during the call.
 *
 * Thread safety: evaluation only reads the policy and the facts; any number
 * of evaluations may run at once on shared policies and snapshots. A result
 * is immutable and may be read and rendered from several threads;
 * dayone_status_free() must not race with them. The name functions use no
 * state.
 */
#ifndef DAYONE_STATUS_H
#define DAYONE_STATUS_H

#include "common.h"
#include "policy.h"
#include "facts.h"
#include "report.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct dayone_status_result dayone_status_result;

/** A component's state, in increasing severity (drift compares ranks). */
typedef enum dayone_component_state {
    DAYONE_COMPONENT_OPERATIONAL = 0,
    DAYONE_COMPONENT_UNDER_MAINTENANCE = 1,    /**< its maintenance fact is true */
    DAYONE_COMPONENT_DEGRADED_PERFORMANCE = 2,
    DAYONE_COMPONENT_PARTIAL_OUTAGE = 3,
    DAYONE_COMPONENT_MAJOR_OUTAGE = 4,
    DAYONE_COMPONENT_UNKNOWN = 5               /**< a fact is missing or malformed; never
                                                    a state a page can publish */
} dayone_component_state;

/** The status page's indicator. */
typedef enum dayone_indicator {
    DAYONE_INDICATOR_NONE = 0,     /**< operational, under_maintenance */
    DAYONE_INDICATOR_MINOR = 1,    /**< degraded_performance */
    DAYONE_INDICATOR_MAJOR = 2,    /**< partial_outage */
    DAYONE_INDICATOR_CRITICAL = 3, /**< major_outage */
    DAYONE_INDICATOR_UNKNOWN = 4   /**< unknown */
} dayone_indicator;

/** Why a component is in its state: one check that moved it. Strings are
 *  non-NULL (possibly ""), borrowed from the result. */
typedef struct dayone_status_reason {
    const char *rule;              /**< status-health, status-burn-rate, ... */
    const char *check;             /**< the check's name in the policy */
    const char *fact;              /**< the fact's address */
    dayone_component_state state;  /**< the state this check asks for */
    const char *message;           /**< what was found (never a fact's value) */
    const char *path;              /**< the facts document, "" if none */
    unsigned int line, column;     /**< the fact's place in it, 0 if none */
} dayone_status_reason;

/** One component. Borrowed from the result. */
typedef struct dayone_component {
    const char *name;
    dayone_component_state state;
    dayone_indicator indicator;
    int has_published;                   /**< the published status was read */
    dayone_component_state published;    /**< valid when has_published */
    const dayone_status_reason *reasons; /**< in the policy's check order */
    size_t nreasons;
} dayone_component;

#define DAYONE_STATUS_OPTIONS_VERSION 1

/**
 * Options for dayone_status_evaluate_with(). Initialise with
 * DAYONE_STATUS_OPTIONS_INIT; fields are only ever appended. Read during
 * the call only.
 */
typedef struct dayone_status_options {
    unsigned int version;   /**< DAYONE_STATUS_OPTIONS_VERSION */
    int64_t now_ns;         /**< "now" in Unix nanoseconds, against which the
                                 facts' observed_at is judged (status.max_age);
                                 0 = the real clock (CLOCK_REALTIME) */
} dayone_status_options;

#define DAYONE_STATUS_OPTIONS_INIT { DAYONE_STATUS_OPTIONS_VERSION, 0 }

/**
 * Evaluate the status of every component of `policy`'s status: section
 * (NULL: the default policy) from `facts` (NULL: no facts, so every fact is
 * missing), now being the real clock: dayone_status_evaluate_with() with
 * NULL options. A policy without a status: section is DAYONE_EINVAL. A
 * missing or malformed fact is a finding, not an error: the return is
 * DAYONE_OK whenever a result was produced. On error *out is NULL.
 */
DAYONE_EXTERN int dayone_status_evaluate(dayone_status_result **out, const dayone_policy *policy,
                                         const dayone_facts *facts, dayone_error *err);

/**
 * dayone_status_evaluate() with options (NULL: the defaults). When the
 * section names `observed_at` (with `max_age`), the facts must say when
 * they were exported: that fact missing, null or not an RFC 3339 timestamp
 * (status-fact), more than 60 seconds later than now (status-fact: a clock
 * is wrong), or older than now - max_age (status-stale; exactly max_age old
 * passes) makes EVERY component unknown -- old facts say nothing about the
 * platform now. The components' checks still run and their reasons are
 * listed. A version this library does not know (0, or above
 * DAYONE_STATUS_OPTIONS_VERSION) is DAYONE_EINVAL. Thread safety and
 * ownership as dayone_status_evaluate().
 */
DAYONE_EXTERN int dayone_status_evaluate_with(dayone_status_result **out,
                                              const dayone_policy *policy,
                                              const dayone_facts *facts,
                                              const dayone_status_options *opts,
                                              dayone_error *err);

/** Number of components, in policy order. */
DAYONE_EXTERN size_t dayone_status_count(const dayone_status_result *result);

/** Component `i`, or NULL when out of range. */
DAYONE_EXTERN const dayone_component *dayone_status_get(const dayone_status_result *result,
                                                        size_t i);

/** The page's indicator: the most severe of the components' (unknown first). */
DAYONE_EXTERN dayone_indicator dayone_status_indicator(const dayone_status_result *result);

/** 1 when there is no error finding (no status-drift, no status-fact). */
DAYONE_EXTERN int dayone_status_ok(const dayone_status_result *result);

/** The findings, as a report the report calls read and render (borrowed). */
DAYONE_EXTERN const dayone_report *dayone_status_report(const dayone_status_result *result);

/**
 * Render the result: text and json carry the component table and the
 * findings (the JSON document is described in docs/status.md); sarif and
 * junit are the findings' report. *out is owned by the caller (dayone_free).
 */
DAYONE_EXTERN int dayone_status_render(char **out, size_t *len,
                                       const dayone_status_result *result,
                                       dayone_format format, unsigned int flags,
                                       dayone_error *err);

/** "operational", "degraded_performance", ..., "unknown". Never NULL. */
DAYONE_EXTERN const char *dayone_component_state_name(dayone_component_state state);

/** "none", "minor", "major", "critical", "unknown". Never NULL. */
DAYONE_EXTERN const char *dayone_indicator_name(dayone_indicator indicator);

/** Release a result. NULL is a no-op. */
DAYONE_EXTERN void dayone_status_free(dayone_status_result *result);

#ifdef __cplusplus
}
#endif
#endif /* DAYONE_STATUS_H */
