/* decision.c - names, enforcement parsing and the HTTP header values of a
 * decision (see dayone/limiter.h).
 *
 * Header syntax follows draft-ietf-httpapi-ratelimit-headers-10/-11 (the
 * latest drafts; the r/t and q/w parameters are unchanged since -08):
 *   RateLimit:        "<policy name>";r=<remaining>;t=<seconds>
 *   RateLimit-Policy: "<policy name>";q=<quota units>;w=<window seconds>
 * Each is one item of a Structured Field list (RFC 9651); the name is an
 * sf-string, so it is quoted and only printable ASCII is allowed. */
#include <stdio.h>
#include <string.h>
#include "env_internal.h"
#include "policy_internal.h"

const char *dayone_outcome_name(dayone_outcome outcome)
{
    switch (outcome) {
    case DAYONE_ALLOW: return "allow";
    case DAYONE_ALLOW_OVERAGE: return "allow_overage";
    case DAYONE_DENY_RATE: return "deny_rate";
    case DAYONE_DENY_QUOTA: return "deny_quota";
    case DAYONE_DENY_PLAN: return "deny_plan";
    }
    return "unknown";
}

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static int ieq(const char *s, size_t n, const char *word)
{
    size_t wl = strlen(word);
    if (n != wl)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (lower((unsigned char)s[i]) != word[i])
            return 0;
    return 1;
}

static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/* Parse s[0..n) (blanks around ignored, any case). Never echoes s. */
static int parse_enforcement(const char *s, size_t n, dayone_enforcement *out)
{
    while (n > 0 && is_blank(*s)) {
        s++;
        n--;
    }
    while (n > 0 && is_blank(s[n - 1]))
        n--;
    if (ieq(s, n, "strict"))
        *out = DAYONE_ENFORCEMENT_STRICT;
    else if (ieq(s, n, "soft"))
        *out = DAYONE_ENFORCEMENT_SOFT;
    else if (ieq(s, n, "off"))
        *out = DAYONE_ENFORCEMENT_OFF;
    else
        return DAYONE_EINVAL;
    return DAYONE_OK;
}

int dayone_enforcement_parse(const char *name, dayone_enforcement *out)
{
    if (!name || !out)
        return DAYONE_EINVAL;
    return parse_enforcement(name, strlen(name), out);
}

/* The variable's value exactly as the policy's enum check accepts it
 * (billing-enforcement-valid: strict, soft or off, byte for byte), so the
 * check and the limiter never disagree: a value the check reports as
 * invalid, e.g. "Strict", leaves the limiter on the policy's default. */
static int env_enforcement(const char *s, size_t n, dayone_enforcement *out)
{
    if (n == 6 && memcmp(s, "strict", 6) == 0)
        *out = DAYONE_ENFORCEMENT_STRICT;
    else if (n == 4 && memcmp(s, "soft", 4) == 0)
        *out = DAYONE_ENFORCEMENT_SOFT;
    else if (n == 3 && memcmp(s, "off", 3) == 0)
        *out = DAYONE_ENFORCEMENT_OFF;
    else
        return 0;
    return 1;
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
    if (e && e->value && env_enforcement(e->value, e->value_len, &v))
        return v;
    return def;
}

/* Whole seconds, rounded up, of a non-negative duration. */
static long long ceil_seconds(int64_t ns)
{
    return (long long)(ns / 1000000000 + (ns % 1000000000 != 0));
}

static int finish(char *buf, size_t size, int n)
{
    if (n < 0 || (size_t)n >= size) {
        if (size > 0)
            buf[0] = '\0';
        return DAYONE_EINVAL;
    }
    return n;
}

int dayone_decision_retry_after(const dayone_decision *d, char *buf, size_t size)
{
    if (!d || !buf || size == 0 || d->retry_after_ns < 0)
        return DAYONE_EINVAL;
    return finish(buf, size, snprintf(buf, size, "%lld", ceil_seconds(d->retry_after_ns)));
}

/* Write name as an sf-string; returns bytes written or DAYONE_EINVAL. */
static int put_sf_string(const char *name, char *buf, size_t size)
{
    size_t o = 0;
    if (size < 3)
        return DAYONE_EINVAL;
    buf[o++] = '"';
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        if (*p < 0x20 || *p > 0x7e)
            return DAYONE_EINVAL;
        if (*p == '"' || *p == '\\') {
            if (o + 1 >= size)
                return DAYONE_EINVAL;
            buf[o++] = '\\';
        }
        if (o + 1 >= size)
            return DAYONE_EINVAL;
        buf[o++] = (char)*p;
    }
    if (o + 1 >= size)
        return DAYONE_EINVAL;
    buf[o++] = '"';
    buf[o] = '\0';
    return (int)o;
}

int dayone_decision_ratelimit(const dayone_decision *d, const char *name, char *buf,
                              size_t size)
{
    /* No rate (an unlimited limit): nothing to advertise, no header. */
    if (!d || !name || !buf || size == 0 || d->retry_after_ns < 0 || d->window_ns <= 0 ||
        d->burst <= 0)
        return DAYONE_EINVAL;
    int o = put_sf_string(name, buf, size);
    if (o < 0) {
        buf[0] = '\0';
        return DAYONE_EINVAL;
    }
    int64_t t = d->outcome == DAYONE_DENY_RATE ? d->retry_after_ns : d->reset_after_ns;
    long long r = d->remaining < 0 ? 0 : (long long)d->remaining;
    int n = snprintf(buf + o, size - (size_t)o, ";r=%lld;t=%lld", r,
                     ceil_seconds(t < 0 ? 0 : t));
    if (n < 0 || (size_t)n >= size - (size_t)o) {
        buf[0] = '\0';
        return DAYONE_EINVAL;
    }
    return o + n;
}

int dayone_decision_ratelimit_policy(const dayone_decision *d, const char *name, char *buf,
                                     size_t size)
{
    if (!d || !name || !buf || size == 0 || d->window_ns <= 0 || d->burst <= 0)
        return DAYONE_EINVAL;
    int o = put_sf_string(name, buf, size);
    if (o < 0) {
        buf[0] = '\0';
        return DAYONE_EINVAL;
    }
    int n = snprintf(buf + o, size - (size_t)o, ";q=%lld;w=%lld", (long long)d->burst,
                     ceil_seconds(d->window_ns));
    if (n < 0 || (size_t)n >= size - (size_t)o) {
        buf[0] = '\0';
        return DAYONE_EINVAL;
    }
    return o + n;
}
