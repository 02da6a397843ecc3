/* metrics_prometheus.c - render a stats snapshot in the Prometheus text
 * exposition format 0.0.4: per family a HELP line, a TYPE line, then its
 * samples; label values escaped (backslash, double quote, line feed), as
 * the format's parsers expect. */
#include <inttypes.h>
#include "error.h"
#include "limiter_stats.h"
#include "metrics_prometheus.h"
#include "strbuf.h"

static void family(dy_strbuf *b, const char *name, const char *type, const char *help)
{
    dy_strbuf_printf(b, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

static void sample(dy_strbuf *b, const char *name, uint64_t v)
{
    dy_strbuf_printf(b, "%s %" PRIu64 "\n", name, v);
}

static void label_value(dy_strbuf *b, const char *s)
{
    for (; *s; s++) {
        if (*s == '\\')
            dy_strbuf_puts(b, "\\\\");
        else if (*s == '"')
            dy_strbuf_puts(b, "\\\"");
        else if (*s == '\n')
            dy_strbuf_puts(b, "\\n");
        else
            dy_strbuf_putc(b, *s);
    }
}

static void render(dy_strbuf *b, const dayone_stats *s)
{
    family(b, "dayone_decisions_total", "counter",
           "Limiter decisions by plan, limit and outcome.");
    for (size_t i = 0; i < s->nrows; i++) {
        const dayone_decision_count *r = &s->rows[i];
        dy_strbuf_puts(b, "dayone_decisions_total{plan=\"");
        label_value(b, r->plan);
        dy_strbuf_puts(b, "\",limit=\"");
        label_value(b, r->limit);
        dy_strbuf_printf(b, "\",outcome=\"%s\"} %" PRIu64 "\n", dayone_outcome_name(r->outcome),
                         r->count);
    }
    family(b, "dayone_limiter_table_capacity", "gauge",
           "Most (tenant, limit) pairs the limiter tracks at once.");
    sample(b, "dayone_limiter_table_capacity", s->table_capacity);
    family(b, "dayone_limiter_table_occupied", "gauge",
           "Places in the state table holding a (tenant, limit) pair.");
    sample(b, "dayone_limiter_table_occupied", s->table_occupied);
    family(b, "dayone_limiter_table_evictions_total", "counter",
           "Expired (tenant, limit) pairs whose place was reused or emptied.");
    sample(b, "dayone_limiter_table_evictions_total", s->table_evictions);
    family(b, "dayone_limiter_table_refusals_total", "counter",
           "New (tenant, limit) pairs refused because the table was full.");
    sample(b, "dayone_limiter_table_refusals_total", s->table_refusals);

    const dayone_backend_status *k = &s->backend;
    family(b, "dayone_backend_attached", "gauge", "1 when a shared-state backend is attached.");
    sample(b, "dayone_backend_attached", (uint64_t)(k->attached != 0));
    family(b, "dayone_backend_up", "gauge", "1 when the backend's last command succeeded.");
    sample(b, "dayone_backend_up", (uint64_t)(k->attached && k->connected));
    family(b, "dayone_backend_round_trips_total", "counter",
           "Requests sent to the backend (a batch counts once).");
    sample(b, "dayone_backend_round_trips_total", k->round_trips);
    family(b, "dayone_backend_errors_total", "counter",
           "Failed backend commands and connection attempts.");
    sample(b, "dayone_backend_errors_total", k->errors);
    family(b, "dayone_backend_reconnects_total", "counter",
           "Backend connections re-established after a failure.");
    sample(b, "dayone_backend_reconnects_total", k->reconnects);
    family(b, "dayone_backend_pool_wait_timeouts_total", "counter",
           "Backend calls that gave up waiting for a free pooled connection.");
    sample(b, "dayone_backend_pool_wait_timeouts_total", k->pool_wait_timeouts);
    family(b, "dayone_backend_fallbacks_total", "counter",
           "Decisions the backend could not make, by what was done instead.");
    dy_strbuf_printf(b, "dayone_backend_fallbacks_total{mode=\"local\"} %" PRIu64 "\n",
                     k->fallbacks_local);
    dy_strbuf_printf(b, "dayone_backend_fallbacks_total{mode=\"open\"} %" PRIu64 "\n",
                     k->fallbacks_open);
    dy_strbuf_printf(b, "dayone_backend_fallbacks_total{mode=\"closed\"} %" PRIu64 "\n",
                     k->fallbacks_closed);
}

int dayone_stats_prometheus(char **out, size_t *len, const dayone_stats *stats,
                            dayone_error *err)
{
    if (!out || !stats)
        return dy_fail(err, DAYONE_EINVAL, "dayone_stats_prometheus: out and stats are required");
    *out = NULL;
    dy_strbuf b = DY_STRBUF_INIT;
    render(&b, stats);
    if (dy_strbuf_failed(&b)) {
        dy_strbuf_release(&b);
        return dy_fail(err, DAYONE_ENOMEM, "out of memory rendering the metrics");
    }
    size_t n = 0;
    *out = dy_strbuf_detach(&b, &n);
    if (len)
        *len = n;
    return DAYONE_OK;
}

int dayone_limiter_metrics(char **out, size_t *len, const dayone_limiter *limiter,
                           dayone_error *err)
{
    if (!out || !limiter)
        return dy_fail(err, DAYONE_EINVAL, "dayone_limiter_metrics: out and limiter are required");
    *out = NULL;
    dayone_stats s;
    int rc = dayone_limiter_stats(limiter, &s, err);
    if (rc != DAYONE_OK)
        return rc;
    rc = dayone_stats_prometheus(out, len, &s, err);
    dayone_stats_release(&s);
    return rc;
}
