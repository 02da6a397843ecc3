/* decision.c - names, enforcement parsing and the HTTP header values of a
 * decision (see dayone/limiter.h for the contract and the GCRA mapping).
 *
 * The RateLimit fields follow draft-ietf-httpapi-ratelimit-headers-11:
 *   RateLimit:        "<limit>";r=<available units>;t=<effective window, s>
 *   RateLimit-Policy: "<limit>";q=<quota units>;w=<window, s>
 * Each value is one Item of a Structured Field List (RFC 9651) whose bare
 * item is an sf-string (the draft's choice), so the name is quoted and may
 * hold printable ASCII only; the policy loader refuses any other limit name
 * (sf_string.h), so a loaded policy's names always fit.
 *
 * A limit of several rates (d->nrates > 0) is several policies, as the
 * draft allows: RateLimit-Policy lists one item per rate, named
 * "<limit>/<unit>" ("ingest/rps", "ingest/rpm"; the loader allows one rate
 * per unit), and RateLimit has the one item of the tightest rate, under
 * the same name - the rate whose state the decision reports. */
#include <stdio.h>
#include <string.h>
#include "env.h"
#include "policy.h"
#include "sf_string.h"
#include "text.h"

#define NS_PER_SEC INT64_C(1000000000)

/* Parse s[0..n) (blanks around ignored, any case). Never echoes s. */
static int parse_enforcement(const char *s, size_t n, dayone_enforcement *out)
{
    dy_trim_blank(&s, &n);
    if (dy_equal_fold(s, n, "strict"))
        *out = DAYONE_ENFORCEMENT_STRICT;
    else if (dy_equal_fold(s, n, "soft"))
        *out = DAYONE_ENFORCEMENT_SOFT;
    else if (dy_equal_fold(s, n, "off"))
        *out = DAYONE_ENFORCEMENT_OFF;
    else
        return DAYONE_EINVAL;
    return DAYONE_OK;
}

int dayone_enforcement_parse(dayone_enforcement *out, const char *name)
{
    if (!name || !out)
        return DAYONE_EINVAL;
    return parse_enforcement(name, strlen(name), out);
}

/* The mode a value names, byte for byte (the names billing.enforcement
 * takes), or 0. */
static int mode_named(const char *s, size_t n, dayone_enforcement *out)
{
    static const struct { const char *name; size_t len; dayone_enforcement mode; } modes[] = {
        {"strict", 6, DAYONE_ENFORCEMENT_STRICT},
        {"soft", 4, DAYONE_ENFORCEMENT_SOFT},
        {"off", 3, DAYONE_ENFORCEMENT_OFF},
    };
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++)
        if (n == modes[i].len && memcmp(s, modes[i].name, n) == 0) {
            *out = modes[i].mode;
            return 1;
        }
    return 0;
}

/* A value of the billing variable names a mode the policy lets it select
 * (policy.h: enforcement_env_refused, from the policy's own enum rule). */
static int env_enforcement(const dayone_policy *p, const char *s, size_t n,
                           dayone_enforcement *out)
{
    return mode_named(s, n, out) && !(p->enforcement_env_refused >> *out & 1u);
}

dayone_enforcement dayone_policy_enforcement(const dayone_policy *policy, const dayone_env *env)
{
    if (!policy)
        return DAYONE_ENFORCEMENT_STRICT;
    dayone_enforcement def = policy->enforcement_default;
    if (def == DAYONE_ENFORCEMENT_POLICY)
        def = DAYONE_ENFORCEMENT_STRICT;
    if (!env || !policy->enforcement_env)
        return def;
    const dy_env_entry *e = dy_env_get(env, policy->enforcement_env);
    dayone_enforcement v;
    if (e && e->value && env_enforcement(policy, e->value, e->value_len, &v))
        return v;
    return def;
}

/* Whole seconds, rounded up, of a non-negative duration. */
static long long ceil_seconds(int64_t ns)
{
    return (long long)(ns / NS_PER_SEC + (ns % NS_PER_SEC != 0));
}

/* RFC 9651 sf-integer: at most 15 decimal digits. */
#define SF_INTEGER_MAX INT64_C(999999999999999)

static int fail(char *buf, size_t size, int rc)
{
    if (buf && size > 0)
        buf[0] = '\0';
    return rc;
}

static int finish(char *buf, size_t size, int n)
{
    if (n < 0 || (size_t)n >= size)
        return fail(buf, size, DAYONE_EINVAL);
    return n;
}

int dayone_decision_retry_after(const dayone_decision *d, char *buf, size_t size)
{
    if (!d || !buf || size == 0)
        return fail(buf, size, DAYONE_EINVAL);
    if (d->retry_after_ns < 0) /* waiting does not help: there is no value */
        return fail(buf, size, DAYONE_ENOTFOUND);
    return finish(buf, size, snprintf(buf, size, "%lld", ceil_seconds(d->retry_after_ns)));
}

/* name, then the parameters already formatted by the caller. */
static int put_item(const char *name, const char *params, char *buf, size_t size)
{
    int o = dy_sf_string_put(name, buf, size);
    if (o < 0)
        return fail(buf, size, DAYONE_EINVAL);
    return finish(buf, size, o + snprintf(buf + o, size - (size_t)o, "%s", params));
}

/* The policy name of one rate of a limit of several: "<limit>/<unit>"
 * (rps, rpm, rph, rpd; a hand-made period: "<seconds>s" or "<ns>ns").
 * -1 when it does not fit. */
static int rate_name(const char *limit, int64_t period_ns, char *out, size_t size)
{
    static const struct { int64_t ns; const char *unit; } units[] = {
        {NS_PER_SEC, "rps"}, {60 * NS_PER_SEC, "rpm"}, {3600 * NS_PER_SEC, "rph"},
        {86400 * NS_PER_SEC, "rpd"}};
    int n = -1;
    for (size_t i = 0; i < sizeof units / sizeof units[0] && n < 0; i++)
        if (units[i].ns == period_ns)
            n = snprintf(out, size, "%s/%s", limit, units[i].unit);
    if (n < 0 && period_ns % NS_PER_SEC == 0)
        n = snprintf(out, size, "%s/%llds", limit, (long long)(period_ns / NS_PER_SEC));
    else if (n < 0)
        n = snprintf(out, size, "%s/%lldns", limit, (long long)period_ns);
    return n < 0 || (size_t)n >= size ? -1 : n;
}

/* A name sf-strings can carry: the longest limit name plus a unit. */
#define RATE_NAME_MAX 512

/* The effective window of an allowed request: the time until the GCRA
 * admits one more unit than `remaining`, i.e. until its count next grows.
 * After an allowed step, now - allow_at = burst*T - reset_after, and the
 * count floor((now - allow_at) / T) grows when that reaches the next
 * multiple of T: after reset_after mod T, or a whole T when that is 0. */
static int64_t next_unit_ns(const dayone_decision *d, int64_t interval)
{
    int64_t phase = d->reset_after_ns % interval;
    return phase > 0 ? phase : interval;
}

int dayone_decision_ratelimit(const dayone_decision *d, const char *name, char *buf,
                              size_t size)
{
    if (!d || !name || !buf || size == 0)
        return fail(buf, size, DAYONE_EINVAL);
    /* DENY_PLAN, DENY_QUOTA and "cost exceeds burst" never reach the rate
     * step: there is no rate state to report. */
    if (d->retry_after_ns < 0 || d->window_ns <= 0 || d->burst <= 0)
        return fail(buf, size, DAYONE_ENOTFOUND);
    int64_t interval = d->window_ns / d->burst; /* window_ns = burst * T exactly */
    if (d->remaining < 0 || d->reset_after_ns < 0 || d->remaining > SF_INTEGER_MAX ||
        interval < 1) /* only a hand-made decision: the limiter's T is >= 1 ns */
        return fail(buf, size, DAYONE_EINVAL);
    int64_t t = d->allowed ? next_unit_ns(d, interval) : d->retry_after_ns;
    char params[64];
    snprintf(params, sizeof params, ";r=%lld;t=%lld", (long long)d->remaining,
             ceil_seconds(t));
    if (d->nrates > 0) { /* the tightest rate, named as RateLimit-Policy names it */
        char rname[RATE_NAME_MAX];
        if (rate_name(name, d->rate_period_ns, rname, sizeof rname) < 0)
            return fail(buf, size, DAYONE_EINVAL);
        return put_item(rname, params, buf, size);
    }
    return put_item(name, params, buf, size);
}

static int64_t gcd64(int64_t a, int64_t b)
{
    while (b) {
        int64_t r = a % b;
        a = b;
        b = r;
    }
    return a;
}

/* One RateLimit-Policy item: name;q=..;w=.. for `rate` per `period_ns`. */
static int policy_item(const char *name, int64_t rate, int64_t period_ns, char *buf,
                       size_t size);

int dayone_decision_ratelimit_policy(const dayone_decision *d, const char *name, char *buf,
                                     size_t size)
{
    if (!d || !name || !buf || size == 0)
        return fail(buf, size, DAYONE_EINVAL);
    if (d->rate <= 0 || d->rate_period_ns <= 0)
        return fail(buf, size, DAYONE_ENOTFOUND);
    if (d->nrates < 0 || d->nrates > DAYONE_LIMIT_RATES_MAX)
        return fail(buf, size, DAYONE_EINVAL);
    if (d->nrates == 0)
        return policy_item(name, d->rate, d->rate_period_ns, buf, size);
    /* Several rates: one item each, in the policy's order (an sf-list). */
    size_t o = 0;
    for (int k = 0; k < d->nrates; k++) {
        char rname[RATE_NAME_MAX];
        const dayone_rate_state *r = &d->rates[k];
        if (r->rate <= 0 || r->rate_period_ns <= 0 ||
            rate_name(name, r->rate_period_ns, rname, sizeof rname) < 0)
            return fail(buf, size, DAYONE_EINVAL);
        if (k > 0) {
            if (size - o < 3)
                return fail(buf, size, DAYONE_EINVAL);
            buf[o++] = ',';
            buf[o++] = ' ';
        }
        int n = policy_item(rname, r->rate, r->rate_period_ns, buf + o, size - o);
        if (n < 0)
            return fail(buf, size, n);
        o += (size_t)n;
    }
    return (int)o;
}

static int policy_item(const char *name, int64_t rate, int64_t period_ns, char *buf,
                       size_t size)
{
    /* q/w = rate / period exactly, in whole seconds: the smallest w that
     * makes q an integer. Periods of whole seconds (every rate a policy can
     * write) keep their own: 600 rpm is q=600;w=60, 10 rps is q=10;w=1. */
    int64_t q, w;
    if (period_ns % NS_PER_SEC == 0) {
        q = rate;
        w = period_ns / NS_PER_SEC;
    } else {
        int64_t g = gcd64(rate, period_ns);
        int64_t units = rate / g, period = period_ns / g; /* coprime */
        int64_t h = gcd64(NS_PER_SEC, period);
        w = period / h;
        int64_t scale = NS_PER_SEC / h;
        if (units > SF_INTEGER_MAX / scale)
            return fail(buf, size, DAYONE_ELIMIT);
        q = units * scale;
    }
    if (q > SF_INTEGER_MAX || w > SF_INTEGER_MAX)
        return fail(buf, size, DAYONE_ELIMIT);
    char params[64];
    snprintf(params, sizeof params, ";q=%lld;w=%lld", (long long)q, (long long)w);
    return put_item(name, params, buf, size);
}
