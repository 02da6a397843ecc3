/* fuzz_decide.c - decision inputs against two policies: the default one,
 * and one whose limits carry several rates (the list form and `rates:`),
 * quotas per day and month, a ban, shadow, a policy override and a
 * support: section allowing limit_reset.
 *
 * The input is a little program of requests: its first byte picks the
 * limiter's capacity (low six bits) and the policy (bit 6), the second
 * the enforcement; then each request takes a control byte, 8 bytes of
 * cost, 8 of usage, 8 of clock, then plan, limit, feature and key as NUL-
 * or newline-terminated strings. Every call must return DAYONE_OK,
 * DAYONE_EINVAL or DAYONE_ENOTFOUND (never crash), a decision must be
 * self-consistent, and the header writers must stay in bounds. A small
 * limiter capacity makes eviction and the at-capacity path reachable.
 * Every fifth step also sets or clears a per-tenant override, and every
 * seventh step is also a limit_reset of the request's (key, plan, limit)
 * (dayone/limit_reset.h): its event says "applied" exactly when it was
 * allowed, and after an allowed full reset the same request at the same
 * clock is not rate limited.
 * Bit 2 of the enforcement byte picks, instead of the default policy, one
 * whose quotas count per anchored period and per day (bit 6 of the first
 * byte, the several-rates policy, wins over it); each request then takes
 * one more byte choosing its anchor and wall time (small and valid, or any
 * 8 bytes). */
#include <string.h>
#include "dayone.h"
#include "fuzz.h"

typedef struct reader {
    const uint8_t *p;
    size_t n;
} reader;

static uint8_t take_u8(reader *r)
{
    if (!r->n)
        return 0;
    r->n--;
    return *r->p++;
}

static int64_t take_i64(reader *r)
{
    uint64_t v = 0;
    for (int i = 0; i < 8; i++)
        v = (v << 8) | take_u8(r);
    return (int64_t)v;
}

/* Copy the next string (up to NUL or newline) into buf. */
static const char *take_str(reader *r, char *buf, size_t size)
{
    size_t i = 0;
    while (r->n) {
        uint8_t c = take_u8(r);
        if (c == 0 || c == '\n')
            break;
        if (i + 1 < size)
            buf[i++] = (char)c;
    }
    buf[i] = '\0';
    return buf;
}

static const char *const g_plans[] = {"free", "pro", "business", "enterprise"};
static const char *const g_limits[] = {"ingest", "api"};

/* Quotas per anchored period and per day, on the default policy's names. */
static const char ANCHORED_POLICY[] =
    "version: 1\n"
    "billing: {enforcement: strict, periods: {billing: anchored, daily: day}}\n"
    "plans:\n"
    "  - name: free\n"
    "    limits:\n"
    "      ingest: {rps: 10, burst: 5, quota: billing}\n"
    "      api: {rpm: 60, burst: 3, quota: daily}\n"
    "    quotas: {billing: 7, daily: 4}\n"
    "    features: []\n"
    "  - name: pro\n"
    "    limits:\n"
    "      ingest: {rps: 100, burst: 50, quota: billing}\n"
    "      api: {rpm: 600, burst: 30, quota: daily}\n"
    "    quotas: {billing: 70, daily: 40}\n"
    "    features: [exports]\n";

/* Several rates per limit; its plan and limit names are picked as the
 * default policy's are (the same index byte, modulo the count). */
static const char g_multi_yaml[] =
    "version: 1\n"
    "billing: {enforcement: strict, periods: {daily: day}}\n"
    "plans:\n"
    "  - name: free\n"
    "    limits:\n"
    "      ingest: [{rps: 2, burst: 3}, {rpm: 10, burst: 6}, {rph: 50, burst: 20}]\n"
    "      api: {rates: [{rps: 5, burst: 5}, {rpd: 1000, burst: 50}], quota: daily}\n"
    "      export: {rpm: 1, burst: 1, quota: monthly, ban: {max_denials: 3, ban_time_s: 60}}\n"
    "    quotas: {monthly: 20, daily: 10}\n"
    "  - name: pro\n"
    "    limits:\n"
    "      ingest: {rates: [{rps: 20, burst: 40}, {rpm: 600, burst: 100}, {rpd: 100000, burst: 1000}], shadow: true}\n"
    "      api: {rates: [{rps: 1, burst: 2}, {rpm: 30, burst: 5}], quota: monthly}\n"
    "      export: none\n"
    "    quotas: {monthly: 5}\n"
    "  - name: max\n"
    "    limits:\n"
    "      ingest: unlimited\n"
    "      api: [{rps: 1, burst: 3}, {rpm: 30, burst: 10}, {rph: 600, burst: 40}, {rpd: 3000, burst: 100}]\n"
    "      export: {rpm: 60, burst: 2, at_capacity: admit}\n"
    "overrides:\n"
    "  - {tenant: big, limit: ingest, rps: 100, burst: 50, reason: \"load test, SUP-7\"}\n"
    "support:\n"
    "  reason_min_length: 20\n"
    "  ticket: \"^(SUP|INC)-[0-9]+$\"\n"
    "  roles:\n"
    "    support: {actions: [view_as], max_minutes: 60}\n"
    "    engineer: {actions: [view_as, limit_reset], max_minutes: 60}\n";
static const char *const g_multi_plans[] = {"free", "pro", "max"};
static const char *const g_multi_limits[] = {"ingest", "api", "export"};

/* limit_reset of req's (key, plan, limit), shaped by bytes the request
 * already took (so old seeds keep their meaning): the role, reason and
 * ticket from usage's low bits, the credit from cost, `what` from usage. */
static void reset_step(dayone_limiter *lim, const dayone_request *req)
{
    uint64_t u = (uint64_t)req->usage;
    dayone_access_request a = DAYONE_ACCESS_REQUEST_INIT;
    dayone_limit_reset r = DAYONE_LIMIT_RESET_INIT;
    dayone_access_decision d;
    dayone_error err;
    char *event = NULL;
    a.actor = "fuzz@dayone-test.invalid";
    a.role = (u & 1) ? "support" : "engineer";
    a.tenant = req->key;
    a.action = "limit_reset";
    a.reason = (u & 2) ? "fix" : "Customer lost a day of events to our bug";
    a.ticket = (u & 4) ? NULL : "SUP-1234";
    a.now_unix_s = 1796463000;
    r.plan = req->plan;
    r.limit = req->limit;
    r.credit = (u & 8) ? req->cost : req->cost % 4;
    r.what = (unsigned)(u >> 4) % 5; /* 4: unknown bits, EINVAL */
    r.now_ns = req->now_ns;
    dayone_error_clear(&err);
    int rc = dayone_limiter_limit_reset(lim, &a, &r, &d, &event, &err);
    FUZZ_ASSERT(rc == DAYONE_OK || rc == DAYONE_EINVAL || rc == DAYONE_ENOTFOUND);
    if (rc != DAYONE_OK) {
        FUZZ_ASSERT(event == NULL && err.code == rc && err.message[0] != '\0');
        return;
    }
    size_t len = strlen(event);
    FUZZ_ASSERT(len > 2 && event[0] == '{' && event[len - 1] == '}' && !strchr(event, '\n'));
    const char *applied = strstr(event, ",\"applied\":");
    FUZZ_ASSERT(applied && strcmp(applied, d.allowed ? ",\"applied\":true}"
                                                     : ",\"applied\":false}") == 0);
    dayone_free(event);
    /* A full reset of the rate state leaves a full burst: the same request
     * at a cost of 1 and the same clock passes every rate. */
    if (d.allowed && r.credit == 0 && r.what != DAYONE_RESET_QUOTA && req->now_ns >= 0 &&
        req->now_ns < INT64_C(1) << 62) {
        dayone_request again = *req;
        dayone_decision dd;
        again.cost = 1;
        rc = dayone_limiter_decide(lim, &again, &dd, &err);
        /* The request itself may be bad where the reset does not look (its
         * feature, its usage): then it fails as it did before. */
        FUZZ_ASSERT(rc == DAYONE_OK || rc == DAYONE_EINVAL || rc == DAYONE_ENOTFOUND);
        FUZZ_ASSERT(rc != DAYONE_OK ||
                    !(dd.outcome == DAYONE_DENY_RATE && strcmp(dd.reason, "rate limited") == 0));
    }
}

static void check_decision(const dayone_decision *d)
{
    FUZZ_ASSERT(d->outcome >= DAYONE_ALLOW && d->outcome <= DAYONE_ALLOW_UNTRACKED);
    FUZZ_ASSERT(d->allowed == (d->outcome == DAYONE_ALLOW || d->outcome == DAYONE_ALLOW_OVERAGE ||
                               d->outcome == DAYONE_ALLOW_SHADOW ||
                               d->outcome == DAYONE_ALLOW_UNTRACKED));
    /* A limit of several rates reports each, and the tightest among them. */
    FUZZ_ASSERT(d->nrates >= 0 && d->nrates <= DAYONE_LIMIT_RATES_MAX);
    FUZZ_ASSERT(d->nrates == 0 || (d->tightest >= 0 && d->tightest < d->nrates));
    FUZZ_ASSERT(memchr(d->reason, '\0', sizeof d->reason) != NULL);
    FUZZ_ASSERT(memchr(d->upgrade_plan, '\0', sizeof d->upgrade_plan) != NULL);
    if (d->allowed)
        FUZZ_ASSERT(d->retry_after_ns == 0);
    else
        FUZZ_ASSERT(d->retry_after_ns == -1 || d->retry_after_ns > 0);
    char buf[512];
    /* A decision has a Retry-After and a RateLimit value exactly when
     * waiting helps, and RateLimit(-Policy) exactly when it has a rate (an
     * `unlimited` limit has none). */
    int has_rate = d->rate > 0 || d->burst > 0;
    int n = dayone_decision_retry_after(d, buf, sizeof buf);
    FUZZ_ASSERT(d->retry_after_ns < 0 ? n == DAYONE_ENOTFOUND
                                      : n >= 0 && (size_t)n < sizeof buf && strlen(buf) == (size_t)n);
    n = dayone_decision_ratelimit(d, "ingest", buf, sizeof buf);
    FUZZ_ASSERT(d->retry_after_ns < 0 || !has_rate ? n == DAYONE_ENOTFOUND
                                                   : n >= 0 && (size_t)n < sizeof buf);
    n = dayone_decision_ratelimit_policy(d, "a\"b\\c", buf, sizeof buf);
    FUZZ_ASSERT(!has_rate ? n == DAYONE_ENOTFOUND : n >= 0 && (size_t)n < sizeof buf);
    n = dayone_decision_ratelimit_policy(d, "x", buf, 4);   /* too small is EINVAL */
    FUZZ_ASSERT(n == (has_rate ? DAYONE_EINVAL : DAYONE_ENOTFOUND));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static dayone_policy *policy, *anchored, *multi;
    dayone_error err;
    dayone_error_clear(&err);
    if (!policy && dayone_policy_load_default(&policy, &err) != DAYONE_OK)
        fuzz_fail(__FILE__, __LINE__, "default policy does not load");
    if (!anchored && dayone_policy_load_string(&anchored, ANCHORED_POLICY,
                                               sizeof ANCHORED_POLICY - 1, "anchored",
                                               &err) != DAYONE_OK)
        fuzz_fail(__FILE__, __LINE__, "the anchored policy does not load");
    if (!multi && dayone_policy_load_string(&multi, g_multi_yaml, sizeof g_multi_yaml - 1,
                                            "fuzz-multi.yaml", &err) != DAYONE_OK)
        fuzz_fail(__FILE__, __LINE__, err.message);

    reader r = {data, size};
    dayone_limiter_options opts = DAYONE_LIMITER_OPTIONS_INIT;
    uint8_t first = take_u8(&r);
    opts.capacity = 1 + first % 64;
    int use_multi = (first & 64) != 0;
    const char *const *plans = use_multi ? g_multi_plans : g_plans;
    const char *const *limits = use_multi ? g_multi_limits : g_limits;
    size_t nplans = use_multi ? 3 : 4, nlimits = use_multi ? 3 : 2;
    uint8_t mode = take_u8(&r);
    opts.enforcement = (dayone_enforcement)(mode % 4);
    const int periods = (mode & 4) != 0;
    dayone_limiter *lim = NULL;
    if (dayone_limiter_new(&lim, use_multi ? multi : periods ? anchored : policy, &opts,
                           &err) != DAYONE_OK)
        return 0;

    dayone_request reqs[8];
    char strs[8][4][80];
    size_t nreq = 0;
    for (int step = 0; step < 64 && r.n; step++) {
        uint8_t ctl = take_u8(&r);
        dayone_request req = DAYONE_REQUEST_INIT;
        req.cost = (ctl & 1) ? take_i64(&r) : (int64_t)(take_u8(&r) % 8);
        req.usage = (ctl & 2) ? take_i64(&r) : (int64_t)take_u8(&r) - 1;
        req.now_ns = (ctl & 4) ? take_i64(&r) : (int64_t)take_u8(&r) * 100000000;
        /* known names most of the time, arbitrary bytes otherwise */
        if (ctl & 8)
            req.plan = take_str(&r, strs[nreq % 8][0], 80);
        else
            req.plan = plans[take_u8(&r) % nplans];
        if (ctl & 16)
            req.limit = take_str(&r, strs[nreq % 8][1], 80);
        else
            req.limit = limits[take_u8(&r) % nlimits];
        req.feature = (ctl & 32) ? take_str(&r, strs[nreq % 8][2], 80) : NULL;
        req.key = (ctl & 64) ? NULL : take_str(&r, strs[nreq % 8][3], 80);
        if (periods) { /* 0 anchor: none; 0 wall: the system's clock */
            uint8_t pc = take_u8(&r);
            req.period_anchor_unix_s = (pc & 1) ? take_i64(&r) : (int64_t)take_u8(&r) * 86400 * 97;
            req.wall_ns = (pc & 2) ? take_i64(&r)
                                   : (int64_t)take_u8(&r) * 86400 * 131 * INT64_C(1000000000);
        }

        dayone_decision d;
        dayone_error_clear(&err);
        int rc = dayone_limiter_decide(lim, &req, &d, &err);
        FUZZ_ASSERT(rc == DAYONE_OK || rc == DAYONE_EINVAL || rc == DAYONE_ENOTFOUND);
        if (rc == DAYONE_OK)
            check_decision(&d);
        else
            FUZZ_ASSERT(err.code == rc && err.message[0] != '\0');
        /* A quota's period holds the request's wall time: it resets later. */
        if (rc == DAYONE_OK && req.wall_ns > 0 && d.quota_reset_unix_s >= 0)
            FUZZ_ASSERT(d.quota_reset_unix_s > req.wall_ns / INT64_C(1000000000));
        /* Every fifth step sets or clears a per-tenant override of this
         * request's (key, limit), so decisions meet overrides too. */
        if (step % 5 == 4 && req.key && req.limit) {
            dayone_override_spec o = DAYONE_OVERRIDE_SPEC_INIT;
            o.tenant = req.key;
            o.limit = req.limit;
            o.rate = 1 + (req.cost < 0 ? -(req.cost + 1) : req.cost) % 1000;
            o.rate_period_ns = INT64_C(1000000000);
            o.burst = 1 + (req.usage < 0 ? -(req.usage + 1) : req.usage) % 100;
            rc = (step / 5) % 2 ? dayone_limiter_override_clear(lim, req.key, req.limit, &err)
                                : dayone_limiter_override_set(lim, &o, &err);
            FUZZ_ASSERT(rc == DAYONE_OK || rc == DAYONE_EINVAL || rc == DAYONE_ENOTFOUND ||
                        rc == DAYONE_ELIMIT);
        }
        if (step % 7 == 6 && req.key && req.plan && req.limit)
            reset_step(lim, &req);
        if (ctl & 128) {
            reqs[nreq % 8] = req;
            nreq++;
        }
        if (nreq == 8 || (nreq && !r.n)) {
            dayone_decision outs[8];
            int statuses[8];
            size_t n = nreq > 8 ? 8 : nreq;
            rc = dayone_limiter_decide_many(lim, reqs, n, outs, statuses, &err);
            FUZZ_ASSERT(rc == DAYONE_OK || rc == DAYONE_EINVAL || rc == DAYONE_ENOTFOUND);
            for (size_t i = 0; i < n; i++)
                if (statuses[i] == DAYONE_OK)
                    check_decision(&outs[i]);
            nreq = 0;
        }
    }
    dayone_limiter_free(lim);
    return 0;
}
