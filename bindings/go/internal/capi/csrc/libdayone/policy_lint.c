/* policy_lint.c - the plan-ladder lint (see dayone/lint.h for the contract).
 *
 * Plans are listed cheapest first. Each plan is compared with the one just
 * before it, limit by limit, quota by quota and feature by feature; every
 * way the later plan is cheaper is one warning at its offending entry.
 * Comparing neighbours is enough: each dimension is a total order (for a
 * limit: none < any rate < unlimited, rates by requests per unit of time,
 * then bursts; for a quota: any amount < none set), so a ladder that goes
 * down anywhere goes down between two neighbours. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "dayone/lint.h"
#include "error.h"
#include "policy.h"
#include "policy_rules.h"
#include "report.h"

#define RULE "plan-ladder"
#define HINT "Plans are listed cheapest first, and a 403's upgrade_plan names the first plan " \
             "with what the request needs: give each plan at least what the plan before it has."

/* none < a rate < unlimited */
static int kind_rank(dy_limit_kind k)
{
    return k == DY_LIMIT_NONE ? 0 : k == DY_LIMIT_RATE ? 1 : 2;
}

/* a's rate (requests per period) compared with b's: <0, 0, >0. Exact:
 * count_a / period_a < count_b / period_b, cross-multiplied in 128 bits
 * (counts up to 1e9, periods up to 3.6e12 ns). */
static int rate_cmp(const dy_plan_limit *a, const dy_plan_limit *b)
{
#if defined(__SIZEOF_INT128__)
    unsigned __int128 x = (unsigned __int128)(uint64_t)a->rate_count * (uint64_t)b->rate_period_ns;
    unsigned __int128 y = (unsigned __int128)(uint64_t)b->rate_count * (uint64_t)a->rate_period_ns;
#else
    long double x = (long double)a->rate_count * (long double)b->rate_period_ns;
    long double y = (long double)b->rate_count * (long double)a->rate_period_ns;
#endif
    return (x > y) - (x < y);
}

/* "600 per minute" as written in the policy. */
static void rate_text(char *buf, size_t size, const dy_plan_limit *l)
{
    const char *unit = l->rate_period_ns == INT64_C(1000000000)     ? "second"
                       : l->rate_period_ns == INT64_C(60000000000) ? "minute"
                       : l->rate_period_ns == INT64_C(3600000000000) ? "hour"
                                                                      : "day";
    snprintf(buf, size, "%lld per %s", (long long)l->rate_count, unit);
}

static void warn(dayone_report *r, const dayone_policy *p, const dy_plan *later, dy_mark at,
                 const char *fmt, ...) DY_PRINTF(5, 6);

static void warn(dayone_report *r, const dayone_policy *p, const dy_plan *later, dy_mark at,
                 const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    dayone_finding *f = dy_report_add(r, RULE, later->name, DAYONE_SEVERITY_WARNING, HINT, "",
                                      "%s", msg);
    if (!f)
        return;
    dy_finding_set_source(r, f, "policy", p->name, at.line);
    f->source_column = at.column;
}

static void lint_limit(dayone_report *r, const dayone_policy *p, const dy_plan *before,
                       const dy_plan *later, size_t limit)
{
    const dy_plan_limit *a = dy_plan_get_limit(before, limit);
    const dy_plan_limit *b = dy_plan_get_limit(later, limit);
    const char *name = p->limit_names[limit];
    char ra[64], rb[64];
    if (!a || !b)
        return; /* the loader refuses a gap; a hand-built policy may have one */
    if (kind_rank(b->kind) < kind_rank(a->kind)) {
        if (b->kind == DY_LIMIT_NONE)
            warn(r, p, later, b->mark, "plan '%s' does not offer limit '%s', which plan '%s' "
                 "before it offers", later->name, name, before->name);
        else {
            rate_text(rb, sizeof rb, b);
            warn(r, p, later, b->mark, "plan '%s' rate-limits '%s' (%s), which plan '%s' before "
                 "it leaves unlimited", later->name, name, rb, before->name);
        }
        return;
    }
    if (a->kind != DY_LIMIT_RATE || b->kind != DY_LIMIT_RATE)
        return;
    if (rate_cmp(b, a) < 0) {
        rate_text(ra, sizeof ra, a);
        rate_text(rb, sizeof rb, b);
        warn(r, p, later, b->rate_mark, "plan '%s' has a lower '%s' rate than plan '%s' before "
             "it (%s < %s)", later->name, name, before->name, rb, ra);
    }
    if (b->burst < a->burst)
        warn(r, p, later, b->burst_mark, "plan '%s' has a smaller '%s' burst than plan '%s' "
             "before it (%lld < %lld)", later->name, name, before->name, (long long)b->burst,
             (long long)a->burst);
}

static void lint_quota(dayone_report *r, const dayone_policy *p, const dy_plan *before,
                       const dy_plan *later, size_t quota)
{
    int64_t a = dy_plan_quota_amount(before, quota); /* -1: none set, unlimited */
    const dy_plan_quota *b = NULL;
    for (size_t i = 0; i < later->nquotas; i++)
        if (later->quotas[i].quota == quota)
            b = &later->quotas[i];
    if (!b || (a >= 0 && b->amount >= a))
        return;
    if (a < 0)
        warn(r, p, later, b->mark, "plan '%s' caps quota '%s' at %lld, which plan '%s' before "
             "it leaves unlimited", later->name, p->quota_names[quota], (long long)b->amount,
             before->name);
    else
        warn(r, p, later, b->mark, "plan '%s' has a smaller '%s' quota than plan '%s' before "
             "it (%lld < %lld)", later->name, p->quota_names[quota], before->name,
             (long long)b->amount, (long long)a);
}

static void lint_pair(dayone_report *r, const dayone_policy *p, const dy_plan *before,
                      const dy_plan *later)
{
    for (size_t l = 0; l < p->nlimit_names; l++)
        lint_limit(r, p, before, later, l);
    for (size_t q = 0; q < p->nquota_names; q++)
        lint_quota(r, p, before, later, q);
    for (size_t i = 0; i < before->nfeatures; i++) {
        size_t f = before->features[i];
        if (!dy_plan_has_feature(later, f))
            warn(r, p, later, later->features_mark, "plan '%s' lacks feature '%s', which plan "
                 "'%s' before it has", later->name, p->feature_names[f], before->name);
    }
}

int dayone_policy_lint(dayone_report **out, const dayone_policy *policy, dayone_error *err)
{
    if (out)
        *out = NULL;
    if (!out || !policy)
        return dy_fail(err, DAYONE_EINVAL, "dayone_policy_lint: out and policy are required");
    dayone_report *r = dy_report_new(policy->name);
    if (!r)
        return dy_fail(err, DAYONE_ENOMEM, "out of memory");
    for (size_t i = 1; i < policy->nplans; i++)
        lint_pair(r, policy, &policy->plans[i - 1], &policy->plans[i]);
    if (r->oom) {
        dayone_report_free(r);
        return dy_fail(err, DAYONE_ENOMEM, "out of memory");
    }
    *out = r;
    return DAYONE_OK;
}
