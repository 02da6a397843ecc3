/* cmd_simulate.c - `dayone simulate`: replay a steady load against one plan's
 * limit and report what the limiter would do. Capacity planning without
 * writing code: requests arrive every 1/R seconds for D seconds on a clock
 * the command supplies (nothing sleeps), one tenant, the policy's billing
 * enforcement. Prints allowed and denied counts, when the first denial
 * happens and the retry-after values the clients would see. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli_util.h"
#include "commands.h"

#define SIM_MAX_REQUESTS 10000000LL
#define NS_PER_S 1000000000.0

static const char USAGE[] =
    "dayone simulate --plan P --limit NAME --rate R/s --duration D [--cost C] "
    "[--tenant KEY] [--anchor YYYY-MM-DD] [--policy FILE] [--format text|json]";

static const char HELP[] =
    "Replay a steady load against one plan's limit, on a simulated clock.\n"
    "\n"
    "  --plan P           plan name from the policy (e.g. free, pro)\n"
    "  --limit NAME       limit name (e.g. ingest, api)\n"
    "  --rate R/UNIT      request rate: R per s, m (minute) or h; R may be a\n"
    "                     decimal; a bare number is per second\n"
    "  --duration D       how long: 500ms, 10s, 5m, 1h; a bare number is seconds\n"
    "  --cost C           cost of each request (default 1)\n"
    "  --tenant KEY       the tenant key the requests carry (default\n"
    "                     simulated-tenant): a per-tenant override of the\n"
    "                     policy's `overrides:` applies to its key only\n"
    "  --anchor DATE      the tenant's subscription start, YYYY-MM-DD: places\n"
    "                     a quota counted per `anchored` period (billing.periods);\n"
    "                     such a quota without it is an error\n"
    "  --policy FILE      policy file (default: the embedded default policy)\n"
    "  --format text|json output format (default text)\n"
    "\n"
    "A plan's limit that is `unlimited` allows every request (limit_kind\n"
    "\"unlimited\" in JSON); one that is `none` denies every request with 403\n"
    "and names the cheapest plan that offers it (limit_kind \"none\",\n"
    "upgrade_plan).\n"
    "\n"
    "When an override decides the tenant's requests, the output says so\n"
    "(text: an \"override\" line; JSON: \"override\": {\"source\", \"reason\"},\n"
    "else null) and the burst and window are the override's (its one rate\n"
    "replaces every rate of a limit of several).\n"
    "A limit of several rates lists each rate with the rate denials it made\n"
    "(the rate each denial names: the one with the longest wait; JSON\n"
    "\"rates\": [{rate, rate_period_ns, burst, denied}]); burst and\n"
    "window_ns are then the first rate's.\n"
    "\n"
    "At most 10,000,000 requests per run. Exit status: 0 done, 2 usage or\n"
    "policy error (including an unknown plan or limit).\n";

#if defined(__GNUC__)
__attribute__((format(printf, 1, 2)))
#endif
static int usage_error(const char *fmt, ...);

static int usage_error(const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "dayone simulate: error: ");
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nusage: %s\nTry 'dayone simulate --help' for more information.\n", USAGE);
    return CLI_EXIT_USAGE;
}

/* "12", "2.5" -> value; the rest of the string goes to *end. */
static int parse_number(const char *s, double *out, const char **end)
{
    char *e;
    errno = 0;
    double v = strtod(s, &e);
    if (e == s || errno != 0 || !(v > 0 && v < 1e300))
        return -1;
    *out = v;
    *end = e;
    return 0;
}

/* R, R/s, R/m, R/min, R/h -> requests per second. */
static int parse_rate(const char *s, double *per_second)
{
    const char *unit;
    double v;
    if (parse_number(s, &v, &unit) != 0)
        return -1;
    double period;
    if (*unit == '\0' || strcmp(unit, "/s") == 0 || strcmp(unit, "/sec") == 0)
        period = 1;
    else if (strcmp(unit, "/m") == 0 || strcmp(unit, "/min") == 0)
        period = 60;
    else if (strcmp(unit, "/h") == 0)
        period = 3600;
    else
        return -1;
    *per_second = v / period;
    return 0;
}

/* 500ms, 10s, 5m, 1h, 2.5 (seconds) -> nanoseconds. */
static int parse_duration(const char *s, int64_t *ns)
{
    const char *unit;
    double v;
    if (parse_number(s, &v, &unit) != 0)
        return -1;
    double scale;
    if (*unit == '\0' || strcmp(unit, "s") == 0)
        scale = 1e9;
    else if (strcmp(unit, "ms") == 0)
        scale = 1e6;
    else if (strcmp(unit, "us") == 0)
        scale = 1e3;
    else if (strcmp(unit, "m") == 0 || strcmp(unit, "min") == 0)
        scale = 60e9;
    else if (strcmp(unit, "h") == 0)
        scale = 3600e9;
    else
        return -1;
    double r = v * scale;
    if (r < 1 || r > 9.2e18)
        return -1;
    *ns = (int64_t)r;
    return 0;
}

/* Human duration: 0s, 250us, 100ms, 1.5s, 2m30s. */
static void fmt_duration(char *buf, size_t size, int64_t ns)
{
    if (ns == 0)
        snprintf(buf, size, "0s");
    else if (ns < 1000000)
        snprintf(buf, size, "%.3gus", (double)ns / 1e3);
    else if (ns < 1000000000)
        snprintf(buf, size, "%.4gms", (double)ns / 1e6);
    else if (ns < INT64_C(60000000000))
        snprintf(buf, size, "%.4gs", (double)ns / 1e9);
    else
        snprintf(buf, size, "%lldm%.3gs", (long long)(ns / INT64_C(60000000000)),
                 (double)(ns % INT64_C(60000000000)) / 1e9);
}

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

typedef struct sim_result {
    long long requests, allowed, denied, overage;
    long long denied_by[DAYONE_OUTCOME_COUNT]; /* by outcome */
    long long first_denial_index;     /* -1 none */
    int64_t first_denial_ns;
    int64_t *retry;                   /* retry-after of each denial (>= 0) */
    size_t nretry, never;             /* never: retry_after -1 */
    int64_t burst, window_ns;
    const char *kind;                 /* the plan's limit: "rate", "unlimited", "none" */
    int override_source;              /* of the last decision (dayone/overrides.h) */
    char override_reason[DAYONE_OVERRIDE_REASON_MAX];
    int nrates;                       /* a limit of several rates: how many, else 0 */
    dayone_rate_state rates[DAYONE_LIMIT_RATES_MAX]; /* each as written */
    long long denied_by_rate[DAYONE_LIMIT_RATES_MAX]; /* rate denials, by the rate
                                                          the decision names */
    char upgrade_plan[DAYONE_PLAN_NAME_MAX]; /* "none": the cheapest plan offering it */
} sim_result;

static int64_t sim_clock_now;
static int64_t sim_clock(void *ctx)
{
    (void)ctx;
    return sim_clock_now;
}

static int run(dayone_limiter *lim, const char *tenant, const char *plan, const char *limit,
               int64_t cost, int64_t anchor_unix_s, int64_t interval_ns, long long n,
               sim_result *res, dayone_error *err)
{
    const int64_t base = 1000000000; /* now_ns 0 would mean "read the clock" */
    res->retry = malloc((size_t)(n > 0 ? n : 1) * sizeof *res->retry);
    if (!res->retry)
        return DAYONE_ENOMEM;
    res->first_denial_index = -1;
    res->kind = "rate";
    for (long long i = 0; i < n; i++) {
        dayone_request r = DAYONE_REQUEST_INIT;
        dayone_decision d;
        r.key = tenant;
        r.plan = plan;
        r.limit = limit;
        r.cost = cost;
        r.period_anchor_unix_s = anchor_unix_s;
        r.now_ns = base + (int64_t)i * interval_ns;
        sim_clock_now = r.now_ns;
        int rc = dayone_limiter_decide(lim, &r, &d, err);
        if (rc != DAYONE_OK)
            return rc;
        res->requests++;
        if (d.nrates > 0) { /* the rates as written: the same in every decision */
            res->nrates = d.nrates;
            memcpy(res->rates, d.rates, sizeof res->rates);
        }
        if (d.nrates == 0 || d.tightest == 0) { /* the first rate's */
            res->burst = d.burst;
            res->window_ns = d.window_ns;
        }
        res->override_source = d.override_source;
        snprintf(res->override_reason, sizeof res->override_reason, "%s", d.override_reason);
        if (strcmp(d.reason, "unlimited") == 0)
            res->kind = "unlimited";
        else if (strcmp(d.reason, "limit not in plan") == 0) {
            res->kind = "none";
            snprintf(res->upgrade_plan, sizeof res->upgrade_plan, "%s", d.upgrade_plan);
        }
        if (d.allowed) {
            res->allowed++;
            res->overage += d.outcome == DAYONE_ALLOW_OVERAGE;
            continue;
        }
        res->denied++;
        res->denied_by[d.outcome]++;
        if (res->first_denial_index < 0) {
            res->first_denial_index = i;
            res->first_denial_ns = r.now_ns - base;
        }
        if (d.nrates > 0 && d.outcome == DAYONE_DENY_RATE && d.retry_after_ns >= 0 &&
            d.tightest >= 0 && d.tightest < d.nrates)
            res->denied_by_rate[d.tightest]++;
        if (d.retry_after_ns >= 0)
            res->retry[res->nretry++] = d.retry_after_ns;
        else
            res->never++;
    }
    qsort(res->retry, res->nretry, sizeof *res->retry, cmp_i64);
    return DAYONE_OK;
}

/* Plain names only in output (letters, digits, _ - .), so text and JSON
 * need no escaping; anything else is refused as a usage error. */
static int plain_name(const char *s)
{
    if (!*s || strlen(s) > 64)
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
              (*s >= '0' && *s <= '9') || *s == '_' || *s == '-' || *s == '.'))
            return 0;
    return 1;
}

static void print_text(const sim_result *r, const char *plan, const char *limit,
                       double rate, int64_t duration_ns, int64_t cost)
{
    char a[32], b[32], c[32];
    fmt_duration(a, sizeof a, r->window_ns);
    if (strcmp(r->kind, "unlimited") == 0)
        printf("plan %s, limit %s: unlimited (no rate limit, no quota)\n", plan, limit);
    else if (strcmp(r->kind, "none") == 0)
        printf("plan %s, limit %s: not in this plan (cheapest plan with it: %s)\n", plan, limit,
               r->upgrade_plan[0] ? r->upgrade_plan : "none");
    else if (r->nrates == 0)
        printf("plan %s, limit %s: burst %lld per %s\n", plan, limit, (long long)r->burst, a);
    else {
        printf("plan %s, limit %s: %d rates, a request must pass each\n", plan, limit,
               r->nrates);
        for (int k = 0; k < r->nrates; k++) {
            const dayone_rate_state *s = &r->rates[k];
            fmt_duration(b, sizeof b, s->rate_period_ns);
            printf("  %lld per %s, burst %lld: denied %lld\n", (long long)s->rate, b,
                   (long long)s->burst, r->denied_by_rate[k]);
        }
    }
    if (r->override_source)
        printf("override (%s): this tenant's burst and rate, not the plan's%s%s\n",
               r->override_source == DAYONE_OVERRIDE_API ? "api" : "policy",
               r->override_reason[0] ? ": " : "", r->override_reason);
    fmt_duration(a, sizeof a, duration_ns);
    printf("load: %g requests/s of cost %lld for %s = %lld requests\n", rate,
           (long long)cost, a, r->requests);
    printf("allowed: %lld (%.1f%%)", r->allowed,
           r->requests ? 100.0 * (double)r->allowed / (double)r->requests : 0.0);
    if (r->overage)
        printf(", %lld over quota", r->overage);
    printf("\ndenied:  %lld", r->denied);
    if (r->denied) {
        const char *sep = " (";
        for (int o = 0; o < DAYONE_OUTCOME_COUNT; o++)
            if (r->denied_by[o]) {
                printf("%s%s %lld", sep, dayone_outcome_name((dayone_outcome)o), r->denied_by[o]);
                sep = ", ";
            }
        printf(")");
    }
    printf("\n");
    if (r->first_denial_index >= 0) {
        fmt_duration(a, sizeof a, r->first_denial_ns);
        printf("first denial: at %s (request %lld)\n", a, r->first_denial_index + 1);
    } else {
        printf("first denial: none\n");
    }
    if (r->nretry) {
        fmt_duration(a, sizeof a, r->retry[0]);
        fmt_duration(b, sizeof b, r->retry[r->nretry / 2]);
        fmt_duration(c, sizeof c, r->retry[r->nretry - 1]);
        printf("retry-after seen: min %s, median %s, max %s\n", a, b, c);
    } else {
        printf("retry-after seen: none\n");
    }
    if (r->never)
        printf("%zu denial(s) can never succeed (%s)\n", r->never,
               strcmp(r->kind, "none") == 0 ? "limit not in plan" : "cost exceeds burst");
}

static void print_json(const sim_result *r, const char *plan, const char *limit,
                       double rate, int64_t interval_ns, int64_t duration_ns, int64_t cost)
{
    /* plan and limit are names the policy accepted; still, print them only
     * when they are plain (the policy loader restricts names similarly). */
    printf("{\"plan\":\"%s\",\"limit\":\"%s\",\"limit_kind\":\"%s\",\"rate_per_second\":%.17g,"
           "\"interval_ns\":%lld,\"duration_ns\":%lld,\"cost\":%lld,"
           "\"burst\":%lld,\"window_ns\":%lld,\"requests\":%lld,\"allowed\":%lld,"
           "\"allowed_overage\":%lld,\"denied\":%lld,\"denied_by\":{\"deny_rate\":%lld,"
           "\"deny_quota\":%lld,\"deny_plan\":%lld,\"deny_banned\":%lld},",
           plan, limit, r->kind, rate, (long long)interval_ns, (long long)duration_ns, (long long)cost,
           (long long)r->burst, (long long)r->window_ns, r->requests, r->allowed, r->overage,
           r->denied, r->denied_by[DAYONE_DENY_RATE], r->denied_by[DAYONE_DENY_QUOTA],
           r->denied_by[DAYONE_DENY_PLAN], r->denied_by[DAYONE_DENY_BANNED]);
    if (r->first_denial_index >= 0)
        printf("\"first_denial_ns\":%lld,\"first_denial_request\":%lld,",
               (long long)r->first_denial_ns, r->first_denial_index + 1);
    else
        printf("\"first_denial_ns\":null,\"first_denial_request\":null,");
    if (r->nretry)
        printf("\"retry_after_ns\":{\"count\":%zu,\"min\":%lld,\"median\":%lld,\"max\":%lld},",
               r->nretry, (long long)r->retry[0], (long long)r->retry[r->nretry / 2],
               (long long)r->retry[r->nretry - 1]);
    else
        printf("\"retry_after_ns\":null,");
    if (r->nrates > 0) { /* a limit of several rates: each, with the denials it made */
        printf("\"rates\":[");
        for (int k = 0; k < r->nrates; k++)
            printf("%s{\"rate\":%lld,\"rate_period_ns\":%lld,\"burst\":%lld,\"denied\":%lld}",
                   k ? "," : "", (long long)r->rates[k].rate,
                   (long long)r->rates[k].rate_period_ns, (long long)r->rates[k].burst,
                   r->denied_by_rate[k]);
        printf("],");
    }
    /* upgrade_plan is a plan name the policy loaded: plain like plan. */
    if (r->upgrade_plan[0] && plain_name(r->upgrade_plan))
        printf("\"upgrade_plan\":\"%s\",", r->upgrade_plan);
    else
        printf("\"upgrade_plan\":null,");
    printf("\"never_allowed\":%zu,\"override\":", r->never);
    if (!r->override_source) {
        printf("null}\n");
        return;
    }
    printf("{\"source\":\"%s\",\"reason\":\"",
           r->override_source == DAYONE_OVERRIDE_API ? "api" : "policy");
    for (const char *c = r->override_reason; *c; c++) { /* JSON-escaped: a reason is free text */
        unsigned char u = (unsigned char)*c;
        if (u == '"' || u == '\\')
            printf("\\%c", u);
        else if (u < 0x20 || u == 0x7f)
            printf("\\u%04x", u);
        else
            putchar(u);
    }
    printf("\"}}\n");
}

int dayone_cmd_simulate(int argc, char **argv)
{
    const char *plan = NULL, *limit = NULL, *rate_s = NULL, *duration_s = NULL;
    const char *cost_s = NULL, *policy_path = NULL, *format = "text", *anchor_s = NULL;
    const char *tenant = "simulated-tenant";
    int rc = CLI_EXIT_USAGE;
    dayone_policy *policy = NULL;
    dayone_limiter *lim = NULL;
    sim_result res;
    memset(&res, 0, sizeof res);

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char **slot = NULL;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            printf("usage: %s\n\n%s", USAGE, HELP);
            return CLI_EXIT_OK;
        }
        if (strcmp(a, "--plan") == 0) slot = &plan;
        else if (strcmp(a, "--limit") == 0) slot = &limit;
        else if (strcmp(a, "--rate") == 0) slot = &rate_s;
        else if (strcmp(a, "--duration") == 0) slot = &duration_s;
        else if (strcmp(a, "--cost") == 0) slot = &cost_s;
        else if (strcmp(a, "--tenant") == 0) slot = &tenant;
        else if (strcmp(a, "--anchor") == 0) slot = &anchor_s;
        else if (strcmp(a, "--policy") == 0) slot = &policy_path;
        else if (strcmp(a, "--format") == 0) slot = &format;
        else
            return usage_error("unknown argument '%s'", a);
        if (i + 1 >= argc)
            return usage_error("%s needs a value", a);
        *slot = argv[++i];
    }
    if (!plan || !limit || !rate_s || !duration_s)
        return usage_error("%s", "--plan, --limit, --rate and --duration are required");
    if (!plain_name(plan) || !plain_name(limit))
        return usage_error("%s", "plan and limit names are letters, digits, '_', '-' or '.'");
    if (!*tenant)
        return usage_error("%s", "--tenant must not be empty");
    if (strcmp(format, "text") != 0 && strcmp(format, "json") != 0)
        return usage_error("--format must be text or json, not '%s'", format);
    double rate;
    if (parse_rate(rate_s, &rate) != 0)
        return usage_error("--rate '%s' is not a rate like 20/s, 600/m or 5", rate_s);
    int64_t duration_ns;
    if (parse_duration(duration_s, &duration_ns) != 0)
        return usage_error("--duration '%s' is not a duration like 10s, 500ms or 5m", duration_s);
    int64_t anchor_days = 0;
    if (anchor_s && (cli_parse_date(anchor_s, &anchor_days) != 0 || anchor_days <= 0))
        return usage_error("--anchor expects a date YYYY-MM-DD after 1970-01-01, got '%s'",
                           anchor_s);
    int64_t cost = 1;
    if (cost_s) {
        char *e;
        errno = 0;
        long long c = strtoll(cost_s, &e, 10);
        if (*cost_s == '\0' || *e != '\0' || errno != 0 || c < 1 || c > 1000000000)
            return usage_error("--cost '%s' must be an integer from 1 to 1000000000", cost_s);
        cost = c;
    }
    double interval = NS_PER_S / rate;
    if (interval < 1)
        return usage_error("--rate '%s' is above one request per nanosecond", rate_s);
    /* Converting a double beyond int64 is undefined (a tiny rate such as
     * 1e-11/s gave 0 requests and "burst 0"), so the interval is bounded
     * like a duration. */
    if (interval > 9.2e18)
        return usage_error("--rate '%s' is below one request per 290 years", rate_s);
    int64_t interval_ns = (int64_t)(interval + 0.5);
    /* ceil(duration / interval) without duration + interval overflowing. */
    long long n = (long long)(duration_ns / interval_ns + (duration_ns % interval_ns != 0));
    if (n > SIM_MAX_REQUESTS)
        return usage_error("%s", "more than 10,000,000 requests: lower --rate or --duration");

    cli_options o;
    memset(&o, 0, sizeof o);
    o.command = "simulate";
    o.policy_path = policy_path;
    if (cli_load_policy(&o, &policy) != 0)
        goto done;
    dayone_error err;
    dayone_error_clear(&err);
    dayone_limiter_options lo = DAYONE_LIMITER_OPTIONS_INIT;
    lo.capacity = 16;
    lo.clock = sim_clock;
    if (dayone_limiter_new(&lim, policy, &lo, &err) != DAYONE_OK) {
        cli_print_error("simulate", &err);
        goto done;
    }
    if (run(lim, tenant, plan, limit, cost, anchor_days * 86400, interval_ns, n, &res, &err) !=
        DAYONE_OK) {
        cli_print_error("simulate", &err);
        goto done;
    }
    if (strcmp(format, "json") == 0)
        print_json(&res, plan, limit, rate, interval_ns, duration_ns, cost);
    else
        print_text(&res, plan, limit, rate, duration_ns, cost);
    rc = fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_USAGE;
done:
    free(res.retry);
    dayone_limiter_free(lim);
    dayone_policy_free(policy);
    return rc;
}
