/* limiter_stats.c - dayone_limiter_stats(): sum the striped counters of
 * every policy view (counters.h) into one row per (plan, limit, outcome). */
#include <string.h>
#include "alloc.h"
#include "counters.h"
#include "error.h"
#include "limiter.h"
#include "limiter_stats.h"

/* The row already holding (plan, limit, outcome), or NULL. Linear: a
 * retired view's rows are merged into the current one's, and policies have
 * few plans and limits. */
static dayone_decision_count *find_row(dayone_decision_count *rows, size_t n, const char *plan,
                                       const char *limit, dayone_outcome o)
{
    for (size_t i = 0; i < n; i++)
        if (rows[i].outcome == o && strcmp(rows[i].plan, plan) == 0 &&
            strcmp(rows[i].limit, limit) == 0)
            return &rows[i];
    return NULL;
}

static size_t rows_of(const dy_counters *c)
{
    size_t n = 0;
    for (size_t s = 0; s < c->nplans * c->nlimits; s++)
        n += c->defined[s] ? DY_OUTCOME_COUNT : 0;
    return n;
}

/* Add set c's counts to rows[0..*n), appending the pairs not there yet
 * (only when `merge`: the first set's rows are all new). */
static void add_set(const dy_counters *c, int merge, dayone_decision_count *rows, size_t *n,
                    dayone_stats *out)
{
    for (size_t pl = 0; pl < c->nplans; pl++)
        for (size_t li = 0; li < c->nlimits; li++) {
            size_t slot = pl * c->nlimits + li;
            if (!c->defined[slot])
                continue;
            for (int o = 0; o < DY_OUTCOME_COUNT; o++) {
                uint64_t k = dy_counters_get(c, slot, (dayone_outcome)o);
                dayone_decision_count *r =
                    merge ? find_row(rows, *n, c->plan_names[pl], c->limit_names[li],
                                     (dayone_outcome)o)
                          : NULL;
                if (!r) {
                    r = &rows[(*n)++];
                    r->plan = c->plan_names[pl];
                    r->limit = c->limit_names[li];
                    r->outcome = (dayone_outcome)o;
                    r->count = 0;
                }
                r->count += k;
                out->decisions += k;
                if (!dy_outcome_allowed((dayone_outcome)o))
                    out->denied += k;
            }
        }
}

int dayone_limiter_stats(const dayone_limiter *lim, dayone_stats *out, dayone_error *err)
{
    if (!lim || !out)
        return dy_fail(err, DAYONE_EINVAL, "dayone_limiter_stats: limiter and out are required");
    memset(out, 0, sizeof *out);
    /* Views are only ever added (retired, never freed while the limiter
     * lives), so asking again after a swap sees them all. */
    size_t nsets = dy_limiter_counter_sets(lim, NULL, 0);
    const dy_counters **sets = NULL;
    for (;;) {
        dy_free((void *)sets);
        sets = dy_calloc(nsets, sizeof *sets);
        if (!sets)
            return dy_fail(err, DAYONE_ENOMEM, "out of memory taking the limiter's stats");
        size_t now = dy_limiter_counter_sets(lim, sets, nsets);
        if (now <= nsets) {
            nsets = now;
            break;
        }
        nsets = now;
    }
    size_t cap = 0;
    for (size_t i = 0; i < nsets; i++)
        cap += rows_of(sets[i]);
    dayone_decision_count *rows = dy_calloc(cap + 1, sizeof *rows);
    if (!rows) {
        dy_free((void *)sets);
        return dy_fail(err, DAYONE_ENOMEM, "out of memory taking the limiter's stats");
    }
    size_t n = 0;
    for (size_t i = 0; i < nsets; i++)
        add_set(sets[i], i > 0, rows, &n, out);
    dy_free((void *)sets);
    out->rows = rows;
    out->nrows = n;

    dy_table_counts t;
    dy_limiter_table_counts(lim, &t);
    out->table_capacity = t.capacity;
    out->table_occupied = t.occupied;
    out->table_evictions = t.evicted;
    out->table_refusals = t.refused;
    dayone_limiter_backend_status(lim, &out->backend);
    return DAYONE_OK;
}

const dayone_decision_count *dayone_stats_row(const dayone_stats *stats, size_t i)
{
    return stats && i < stats->nrows ? &stats->rows[i] : NULL;
}

void dayone_stats_release(dayone_stats *stats)
{
    if (!stats)
        return;
    dy_free(stats->rows);
    memset(stats, 0, sizeof *stats);
}
