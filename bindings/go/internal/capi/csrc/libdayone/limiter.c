/* limiter.c - the decision call: plan/limit/feature lookup, paywall, quota,
 * then GCRA on the state table (see dayone/limiter.h for the contract).
 *
 * Each policy the limiter uses is compiled once into a "view": names with
 * their first byte for cheap lookups, a dense (plan x limit) matrix of ready
 * GCRA parameters, a (plan x feature) bitmap and the cheapest plan per
 * feature. The hot path loads the current view with one atomic acquire and
 * never allocates.
 *
 * Policy swap: the view pointer is replaced with an atomic exchange. A
 * decision running on the old view finishes on it, so old views (and their
 * policy references) are retired on a lock-free list and freed with the
 * limiter. Swaps are rare (a policy reload), so the retained memory is small.
 *
 * State identity: a key's state is addressed by hash(tenant key, limit name,
 * emission interval, burst), not by index or plan. So state survives a swap
 * for every limit whose name, rate and burst are unchanged; a limit whose
 * rate or burst changed starts fresh (its old state is simply never looked
 * up again and its slots are reused once expired). Plans that give a limit
 * the same rate and burst share a tenant's state; moving a tenant to a plan
 * with a different rate starts its budget fresh for that limit.
 *
 * A plan's limit may also be `unlimited` (allowed with no state, after the
 * paywall) or `none` (not offered: DENY_PLAN in every enforcement mode, since
 * there is no rate to fall back on). Both leave the hot path through one
 * branch on the slot's kind.
 */
#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "alloc.h"
#include "civil.h"
#include "banlist.h"
#include "clock.h"
#include "counters.h"
#include "environment.h"
#include "error.h"
#include "gcra.h"
#include "limiter.h"
#include "limiter_rates.h"
#include "limiter_table.h"
#include "outcome.h"
#include "override_table.h"
#include "dayone/overrides.h"
#include "policy.h"
#include "quota_count.h"
#include "quota_period.h"

#define DEFAULT_CAPACITY 100000
#define NS_PER_SEC INT64_C(1000000000)

/* The hot path is a handful of small steps; the compiler would keep them
 * as calls (two call sites each), which costs a few ns per decision. */
#if defined(__GNUC__) || defined(__clang__)
#define DY_HOT static inline __attribute__((always_inline))
#define DY_COLD __attribute__((cold, noinline))
#define DY_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define DY_LIKELY(x) __builtin_expect(!!(x), 1)
#else
#define DY_HOT static inline
#define DY_COLD
#define DY_UNLIKELY(x) (x)
#define DY_LIKELY(x) (x)
#endif

typedef struct lname {
    const char *s;          /* borrowed from the policy */
    size_t len;
    unsigned char first;
} lname;

/* What a plan says about a limit (lslot.kind). Only LS_RATE and LS_RATES
 * have GCRA fields; prepare() tests for LS_RATE with the one compare it
 * needs anyway, so a limit of several rates (LS_RATES: the slot holds the
 * first, lrates all) leaves the hot path there, as unlimited and none do. */
enum { LS_UNDEFINED = 0, LS_RATE, LS_UNLIMITED, LS_NONE, LS_RATES };

typedef struct lslot {      /* one plan's setting for one limit */
    unsigned char kind;     /* LS_*; a byte, so it and the period fit in 8 */
    unsigned char shadow;   /* `shadow: true`: denials allowed as ALLOW_SHADOW */
    unsigned char admit_at_capacity; /* `at_capacity: admit`: ALLOW_UNTRACKED */
    int32_t rate_period_s;  /* the rate as written, for decision.rate*: rates are per
                               second, minute or hour, and this fits the padding */
    int64_t emission_ns;
    uint64_t emission_inv;  /* dy_gcra_inverse(emission_ns) */
    int64_t burst;
    int64_t tolerance_ns;   /* emission * burst, saturated */
    int64_t quota_amount;   /* -1: no quota applies */
    uint64_t seed;          /* state identity, see above */
    int64_t rate_count;
} lslot;
/* One cache line a slot: the hot path reads one line per decision. */
_Static_assert(sizeof(void *) != 8 || sizeof(lslot) == 64, "lslot must stay 64 bytes");

typedef struct lquota {     /* what a slot needs off the hot path */
    uint64_t seed;          /* the quota counter's identity: hash of the quota's name */
    dayone_period period;   /* what the quota counts over */
    const char *name;       /* the quota's name (borrowed from the policy), for errors */
    const dy_ban_policy *ban; /* escalation into bans, or NULL (borrowed from the policy);
                                 read only after a rate denial */
    int ban_status;         /* how a ban of this (plan, limit) answers: 403 or 429 */
} lquota;

/* A limit of several rates (LS_RATES), beside its slot like lquota:
 * off the hot path of a limit of one rate. Rate 0 is the slot's own. */
typedef struct lrates {
    size_t n;
    dy_rate_desc r[DY_LIMIT_RATES_MAX];
    uint64_t inv[DY_LIMIT_RATES_MAX];   /* dy_gcra_inverse(r[k].emission_ns) */
    uint64_t seed[DY_LIMIT_RATES_MAX];  /* each rate's own state identity */
} lrates;
_Static_assert(DY_LIMIT_RATES_MAX == DAYONE_LIMIT_RATES_MAX, "one bound on rates per limit");

typedef struct lview {
    const dayone_policy *policy;    /* one reference held */
    dayone_enforcement enforcement; /* resolved: STRICT, SOFT or OFF */
    size_t nplans, nlimits, nfeatures;
    lname *plans, *limits, *features;
    lslot *slots;                   /* [plan * nlimits + limit] */
    lquota *quotas;                 /* [plan * nlimits + limit], beside slots */
    lrates *rates;                  /* [plan * nlimits + limit] when some limit has
                                       several rates, else NULL */
    unsigned char *has;             /* [plan * nfeatures + feature] */
    uint64_t *ov_seed;              /* [limit]: seeds the (tenant, limit) override hash */
    dy_override_table *policy_ov;   /* the policy's overrides, or NULL when it has none */
    dy_counters *counters;          /* decisions per (plan, limit, outcome) */
    size_t *upgrade;                /* [limit * (nfeatures + 1) + 1 + feature], or
                                       [limit * (nfeatures + 1)] for no feature: the
                                       cheapest plan offering the limit (a rate or
                                       unlimited) with the feature; SIZE_MAX none */
    struct lview *retired_next;
} lview;

struct dayone_limiter {
    _Atomic(lview *) view;
    _Atomic(lview *) retired;
    dy_table *table;
    dayone_enforcement enforcement_opt;
    int env_from_process;   /* opts->env was NULL: re-read on each swap */
    int launch;             /* the served environment was in launch mode */
    char launch_why[160];   /* e.g. "LAUNCH_MODE=true" */
    dayone_clock_fn clock;
    void *clock_ctx;
    const dy_backend_ops *backend; /* shared state (Redis), or NULL: in-process */
    void *backend_self;
    dy_quota_counts *quotas;       /* in-process quota counters (quota_count.h) */
    dayone_clock_fn wall_clock;    /* Unix time for quota periods; NULL = CLOCK_REALTIME */
    void *wall_clock_ctx;
    dy_banlist *bans;       /* banned (key, limit) pairs, checked first (banlist.h) */
    dy_override_table overrides; /* per-tenant overrides set through the API; in
                                    place, so "any?" is one load off `lim` */
};

int dy_limiter_has_backend(const dayone_limiter *lim)
{
    return lim->backend != NULL;
}

int dy_limiter_attach_backend(dayone_limiter *lim, const dy_backend_ops *ops, void *self,
                              dayone_error *err)
{
    if (lim->backend)
        return dy_fail(err, DAYONE_EINVAL, "a backend is already attached");
    lim->backend = ops;
    lim->backend_self = self;
    return DAYONE_OK;
}

int dayone_limiter_backend_status(const dayone_limiter *lim, dayone_backend_status *out)
{
    if (!lim || !out)
        return DAYONE_EINVAL;
    memset(out, 0, sizeof *out);
    if (lim->backend) {
        lim->backend->status(lim->backend_self, out);
        out->attached = 1;
    }
    return DAYONE_OK;
}

static int64_t wall_now_s(const dayone_limiter *lim);

static inline int64_t limiter_now(const dayone_limiter *lim)
{
    return lim->clock ? lim->clock(lim->clock_ctx) : dy_monotonic_ns();
}

/* s names names[i]? Compared byte by byte so that a shorter s stops at its
 * NUL (which differs from every byte of a name): one pass, no call (a
 * strlen or strcmp call costs more than the loop for names this short;
 * measured: strlen then a compare by words costs as many instructions),
 * and never a read past the end of the caller's string. */
static inline int name_is(const lname *name, const char *s)
{
    const char *n = name->s;
    size_t len = name->len, k = 1;
    /* Two bytes a step: s[k + 1] is read only once s[k] matched a byte of
     * the name, so it is not past s's NUL. */
    for (; k + 1 < len; k += 2) {
        if (n[k] != s[k])
            return 0;
        if (n[k + 1] != s[k + 1])
            return 0;
    }
    if (k < len && n[k] != s[k])
        return 0;
    return s[len] == '\0';
}

/* Names are few: filter on the first byte, then compare. */
static inline size_t lookup(const lname *names, size_t n, const char *s)
{
    unsigned char c = (unsigned char)s[0];
    for (size_t i = 0; i < n; i++)
        if (names[i].first == c && name_is(&names[i], s))
            return i;
    return SIZE_MAX;
}

static void view_free(lview *v)
{
    if (!v)
        return;
    dy_policy_unref(v->policy);
    dy_free(v->plans);
    dy_free(v->limits);
    dy_free(v->features);
    dy_free(v->slots);
    dy_free(v->quotas);
    dy_free(v->rates);
    dy_free(v->has);
    dy_free(v->upgrade);
    dy_free(v->ov_seed);
    dy_override_table_free(v->policy_ov);
    dy_counters_free(v->counters);
    dy_free(v);
}

/* A rate state's identity seed: the limit's name, rate and burst (see the
 * top of this file). An override's rate starts its own state. */
static uint64_t rate_seed(const char *limit, uint64_t table_seed, int64_t emission_ns,
                          int64_t burst)
{
    uint64_t params = dy_hash_final((uint64_t)emission_ns ^ dy_hash_final((uint64_t)burst));
    return dy_hash_bytes(limit, strlen(limit), table_seed ^ params);
}

/* Seed of the hash an override of `limit` is found by (with the tenant key). */
static uint64_t override_seed(const char *limit, uint64_t table_seed)
{
    return dy_hash_bytes(limit, strlen(limit), table_seed ^ UINT64_C(0x6f76657272696465));
}

uint64_t dy_limiter_override_hash(const dayone_limiter *lim, const char *tenant,
                                  const char *limit)
{
    return dy_hash_bytes(tenant, strlen(tenant), override_seed(limit, dy_table_seed(lim->table)));
}

/* The policy's overrides as a table the decision reads like the API's. */
static int policy_overrides(lview *v, const dayone_policy *p)
{
    if (p->noverrides == 0)
        return DAYONE_OK;
    if (!(v->policy_ov = dy_override_table_new(p->noverrides)))
        return DAYONE_ENOMEM;
    for (size_t i = 0; i < p->noverrides; i++) {
        const dy_policy_override *o = &p->overrides[i];
        dy_override_value val;
        memset(&val, 0, sizeof val);
        val.rate_count = o->rate_count;
        val.rate_period_ns = o->rate_period_ns;
        val.burst = o->burst;
        val.expires_unix_s = o->expires_unix_s;
        snprintf(val.reason, sizeof val.reason, "%s", o->reason ? o->reason : "");
        const char *limit = p->limit_names[o->limit];
        uint64_t h = dy_hash_bytes(o->tenant, strlen(o->tenant), v->ov_seed[o->limit]);
        if (dy_override_table_put(v->policy_ov, h, o->tenant, limit, &val) != DAYONE_OK)
            return DAYONE_ENOMEM;
    }
    return DAYONE_OK;
}

static void fill_names(lname *out, char *const *names, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        out[i].s = names[i];
        out[i].len = strlen(names[i]);
        out[i].first = (unsigned char)names[i][0];
    }
}

/* The rates of a limit of several. Rate 0 keeps the identity a limit of
 * that one rate would have (its state survives a change between the two
 * forms); the others mix in their period, so two rates with equal interval
 * and burst never share a state. */
static void rates_new(lrates *r, const dy_plan_limit *l, const char *name, uint64_t seed0,
                      uint64_t table_seed)
{
    r->n = l->nrates;
    for (size_t k = 0; k < r->n; k++) {
        const dy_plan_rate *pr = &l->rates[k];
        dy_rate_desc *d = &r->r[k];
        d->rate_count = pr->rate_count;
        d->rate_period_ns = pr->rate_period_ns;
        d->burst = pr->burst;
        d->emission_ns = pr->emission_ns;
        d->tolerance_ns = dy_gcra_sat_mul(pr->emission_ns, pr->burst);
        r->inv[k] = dy_gcra_inverse(pr->emission_ns);
        uint64_t params = dy_hash_final((uint64_t)pr->emission_ns ^
                                        dy_hash_final((uint64_t)pr->burst ^
                                                      dy_hash_final((uint64_t)pr->rate_period_ns)));
        r->seed[k] = k == 0 ? seed0 : dy_hash_bytes(name, strlen(name), table_seed ^ params);
    }
}

static int view_new(lview **out, const dayone_policy *p, dayone_enforcement opt,
                    uint64_t table_seed, dayone_error *err)
{
    int rc = DAYONE_ENOMEM;
    lview *v = dy_calloc(1, sizeof *v);
    if (!v)
        goto done;
    v->policy = dy_policy_ref(p);
    v->nplans = p->nplans;
    v->nlimits = p->nlimit_names;
    v->nfeatures = p->nfeature_names;
    if (opt == DAYONE_ENFORCEMENT_POLICY)
        opt = p->enforcement_default;
    v->enforcement = opt == DAYONE_ENFORCEMENT_POLICY ? DAYONE_ENFORCEMENT_STRICT : opt;

    v->plans = dy_calloc(v->nplans + 1, sizeof *v->plans);
    v->limits = dy_calloc(v->nlimits + 1, sizeof *v->limits);
    v->features = dy_calloc(v->nfeatures + 1, sizeof *v->features);
    v->slots = dy_calloc(v->nplans * v->nlimits + 1, sizeof *v->slots);
    v->quotas = dy_calloc(v->nplans * v->nlimits + 1, sizeof *v->quotas);
    v->has = dy_calloc(v->nplans * v->nfeatures + 1, 1);
    size_t nup = v->nlimits * (v->nfeatures + 1);
    v->upgrade = dy_calloc(nup + 1, sizeof *v->upgrade);
    v->counters = dy_counters_new(p);
    v->ov_seed = dy_calloc(v->nlimits + 1, sizeof *v->ov_seed);
    if (!v->plans || !v->limits || !v->features || !v->slots || !v->quotas || !v->has ||
        !v->upgrade || !v->counters || !v->ov_seed)
        goto done;
    for (size_t l = 0; l < v->nlimits; l++)
        v->ov_seed[l] = override_seed(p->limit_names[l], table_seed);
    if (policy_overrides(v, p) != DAYONE_OK)
        goto done;
    for (size_t i = 0; i < v->nplans; i++) {
        v->plans[i].s = p->plans[i].name;
        v->plans[i].len = strlen(p->plans[i].name);
        v->plans[i].first = (unsigned char)p->plans[i].name[0];
    }
    fill_names(v->limits, p->limit_names, v->nlimits);
    fill_names(v->features, p->feature_names, v->nfeatures);
    for (size_t u = 0; u < nup; u++)
        v->upgrade[u] = SIZE_MAX;
    for (size_t i = 0; i < v->nplans && !v->rates; i++)
        for (size_t j = 0; j < p->plans[i].nlimits && !v->rates; j++)
            if (p->plans[i].limits[j].nrates > 1 &&
                !(v->rates = dy_calloc(v->nplans * v->nlimits, sizeof *v->rates)))
                goto done;

    for (size_t i = 0; i < v->nplans; i++) {
        const dy_plan *pl = &p->plans[i];
        for (size_t j = 0; j < pl->nlimits; j++) {
            const dy_plan_limit *l = &pl->limits[j];
            if (l->limit < v->nlimits && l->kind != DY_LIMIT_RATE) {
                lslot *s = &v->slots[i * v->nlimits + l->limit];
                s->kind = l->kind == DY_LIMIT_NONE ? LS_NONE : LS_UNLIMITED;
                s->quota_amount = -1;
                continue;
            }
            if (l->limit >= v->nlimits || l->emission_ns < 1 || l->burst < 1) {
                rc = dy_fail(err, DAYONE_EINVAL, "plan \"%s\": limit %zu has no valid rate",
                             pl->name, j);
                goto done;
            }
            lslot *s = &v->slots[i * v->nlimits + l->limit];
            s->kind = LS_RATE;
            s->emission_ns = l->emission_ns;
            s->emission_inv = dy_gcra_inverse(l->emission_ns);
            s->burst = l->burst;
            s->rate_count = l->rate_count;
            s->rate_period_s = (int32_t)(l->rate_period_ns / NS_PER_SEC);
            s->tolerance_ns = dy_gcra_sat_mul(l->emission_ns, l->burst);
            s->quota_amount = -1;
            v->quotas[i * v->nlimits + l->limit].ban = l->ban.enabled ? &l->ban : NULL;
            v->quotas[i * v->nlimits + l->limit].ban_status = l->ban.status;
            s->shadow = l->shadow != 0;
            s->admit_at_capacity = l->admit_at_capacity != 0;
            if (l->quota != SIZE_MAX) {
                for (size_t q = 0; q < pl->nquotas; q++)
                    if (pl->quotas[q].quota == l->quota)
                        s->quota_amount = pl->quotas[q].amount;
                const char *qname = p->quota_names[l->quota];
                lquota *lq = &v->quotas[i * v->nlimits + l->limit];
                lq->seed = dy_hash_bytes(qname, strlen(qname), table_seed ^ UINT64_C(0x71));
                lq->period = p->quota_periods ? p->quota_periods[l->quota] : DAYONE_PERIOD_MONTH;
                lq->name = qname;
            }
            const char *name = p->limit_names[l->limit];
            s->seed = rate_seed(name, table_seed, l->emission_ns, l->burst);
            if (l->nrates > 1) {
                rates_new(&v->rates[i * v->nlimits + l->limit], l, name, s->seed, table_seed);
                s->kind = LS_RATES;
            }
        }
        for (size_t j = 0; j < pl->nfeatures; j++)
            if (pl->features[j] < v->nfeatures)
                v->has[i * v->nfeatures + pl->features[j]] = 1;
    }
    /* Plans are ordered cheapest first: the first that fits is the upgrade. */
    for (size_t i = v->nplans; i-- > 0;)
        for (size_t l = 0; l < v->nlimits; l++) {
            const lslot *s = &v->slots[i * v->nlimits + l];
            if (s->kind == LS_UNDEFINED || s->kind == LS_NONE)
                continue;
            size_t *up = &v->upgrade[l * (v->nfeatures + 1)];
            up[0] = i;
            for (size_t f = 0; f < v->nfeatures; f++)
                if (v->has[i * v->nfeatures + f])
                    up[1 + f] = i;
        }
    *out = v;
    v = NULL;
    rc = DAYONE_OK;
done:
    if (rc == DAYONE_ENOMEM)
        dy_fail(err, rc, "out of memory building the limiter's policy view");
    view_free(v);
    return rc;
}

/* Launch mode of the environment the limiter serves, under `policy`: `env`,
 * or a snapshot of the process environment when NULL. Once in launch mode a
 * limiter stays so (a swap can only add to it). */
static int served_launch_mode(dayone_limiter *lim, const dayone_policy *policy,
                              const dayone_env *env, dayone_error *err)
{
    dayone_env *process = NULL;
    if (!env) {
        int rc = dayone_env_new(&process);
        if (rc == DAYONE_OK)
            rc = dayone_env_add_process(process);
        if (rc != DAYONE_OK) {
            dayone_env_free(process);
            return dy_fail(err, rc, "dayone_limiter: cannot read the process environment "
                           "to tell whether it is in launch mode");
        }
        env = process;
    }
    if (dy_environment_launch(policy, env, lim->launch_why, sizeof lim->launch_why))
        lim->launch = 1;
    dayone_env_free(process);
    return DAYONE_OK;
}

/* Launch mode means strict billing enforcement: no option, policy default or
 * swap may give a launch-mode service a softer limiter. */
static int refuse_weaker_in_launch(const dayone_limiter *lim, const dayone_policy *policy,
                                   dayone_error *err)
{
    dayone_enforcement e = lim->enforcement_opt;
    if (e == DAYONE_ENFORCEMENT_POLICY)
        e = policy->enforcement_default;
    if (!lim->launch || e == DAYONE_ENFORCEMENT_STRICT || e == DAYONE_ENFORCEMENT_POLICY)
        return DAYONE_OK;
    return dy_fail(err, DAYONE_EINVAL,
                   "enforcement '%s' (%s) conflicts with launch mode (%s): launch mode "
                   "requires strict enforcement",
                   e == DAYONE_ENFORCEMENT_SOFT ? "soft" : "off",
                   lim->enforcement_opt == DAYONE_ENFORCEMENT_POLICY
                       ? "the policy's billing.enforcement" : "the limiter's options",
                   lim->launch_why);
}

int dayone_limiter_new(dayone_limiter **out, const dayone_policy *policy,
                       const dayone_limiter_options *opts, dayone_error *err)
{
    int rc;
    dayone_limiter *lim = NULL;
    lview *v = NULL;
    if (!out || !policy)
        return dy_fail(err, DAYONE_EINVAL, "dayone_limiter_new: out and policy are required");
    *out = NULL;
    dayone_limiter_options o = DAYONE_LIMITER_OPTIONS_INIT;
    if (opts) {
        if (opts->version < 1)
            return dy_fail(err, DAYONE_EINVAL, "dayone_limiter_new: options version %u",
                           opts->version);
        o.capacity = opts->capacity;
        o.enforcement = opts->enforcement;
        o.clock = opts->clock;
        o.clock_ctx = opts->clock_ctx;
        if (opts->version >= 2)
            o.env = opts->env;
        if (opts->version >= 3) {
            o.wall_clock = opts->wall_clock;
            o.wall_clock_ctx = opts->wall_clock_ctx;
        }
    }
    if ((int)o.enforcement < DAYONE_ENFORCEMENT_POLICY ||
        (int)o.enforcement > DAYONE_ENFORCEMENT_OFF)
        return dy_fail(err, DAYONE_EINVAL, "dayone_limiter_new: unknown enforcement %d",
                       (int)o.enforcement);
    if (o.capacity == 0)
        o.capacity = DEFAULT_CAPACITY;
    if (o.capacity > DY_TABLE_CAPACITY_MAX)
        return dy_fail(err, DAYONE_EINVAL, "dayone_limiter_new: capacity %zu is above %zu",
                       o.capacity, (size_t)DY_TABLE_CAPACITY_MAX);

    lim = dy_calloc(1, sizeof *lim);
    if (!lim) {
        rc = dy_fail(err, DAYONE_ENOMEM, "out of memory");
        goto done;
    }
    lim->enforcement_opt = o.enforcement;
    lim->env_from_process = o.env == NULL;
    if ((rc = served_launch_mode(lim, policy, o.env, err)) != DAYONE_OK ||
        (rc = refuse_weaker_in_launch(lim, policy, err)) != DAYONE_OK)
        goto done;
    lim->clock = o.clock;
    lim->clock_ctx = o.clock_ctx;
    lim->wall_clock = o.wall_clock;
    lim->wall_clock_ctx = o.wall_clock_ctx;
    if (!(lim->quotas = dy_quota_counts_new(o.capacity))) {
        rc = dy_fail(err, DAYONE_ENOMEM, "cannot allocate quota counters for %zu keys",
                     o.capacity);
        goto done;
    }
    atomic_init(&lim->retired, NULL);
    atomic_init(&lim->view, NULL);
    if ((rc = dy_table_new(&lim->table, o.capacity)) != DAYONE_OK) {
        dy_fail(err, rc, "cannot allocate a state table for %zu keys", o.capacity);
        goto done;
    }
    if ((rc = view_new(&v, policy, o.enforcement, dy_table_seed(lim->table), err)) != DAYONE_OK)
        goto done;
    if (!(lim->bans = dy_banlist_new(dy_hash_final(dy_table_seed(lim->table))))) {
        rc = dy_fail(err, DAYONE_ENOMEM, "out of memory allocating the banlist");
        goto done;
    }
    if (dy_override_table_init(&lim->overrides, DAYONE_OVERRIDES_MAX) != DAYONE_OK) {
        rc = dy_fail(err, DAYONE_ENOMEM, "out of memory allocating the override table");
        goto done;
    }
    atomic_store_explicit(&lim->view, v, memory_order_release);
    *out = lim;
    lim = NULL;
done:
    dayone_limiter_free(lim);
    return rc;
}

void dayone_limiter_free(dayone_limiter *lim)
{
    if (!lim)
        return;
    view_free(atomic_load(&lim->view));
    lview *r = atomic_load(&lim->retired);
    while (r) {
        lview *next = r->retired_next;
        view_free(r);
        r = next;
    }
    dy_table_free(lim->table);
    dy_quota_counts_free(lim->quotas);
    dy_banlist_free(lim->bans);
    dy_override_table_destroy(&lim->overrides);
    if (lim->backend)
        lim->backend->free(lim->backend_self);
    dy_free(lim);
}

int dayone_limiter_swap_policy(dayone_limiter *lim, const dayone_policy *policy,
                               dayone_error *err)
{
    lview *v = NULL;
    if (!lim || !policy)
        return dy_fail(err, DAYONE_EINVAL, "dayone_limiter_swap_policy: limiter and policy are required");
    int rc;
    if (lim->env_from_process && !lim->launch &&
        (rc = served_launch_mode(lim, policy, NULL, err)) != DAYONE_OK)
        return rc;
    if ((rc = refuse_weaker_in_launch(lim, policy, err)) != DAYONE_OK)
        return rc;
    rc = view_new(&v, policy, lim->enforcement_opt, dy_table_seed(lim->table), err);
    if (rc != DAYONE_OK)
        return rc;
    lview *old = atomic_exchange_explicit(&lim->view, v, memory_order_acq_rel);
    /* Retire, not free: decisions may still be reading `old`. */
    lview *head = atomic_load_explicit(&lim->retired, memory_order_relaxed);
    do {
        old->retired_next = head;
    } while (!atomic_compare_exchange_weak_explicit(&lim->retired, &head, old,
                                                    memory_order_release,
                                                    memory_order_relaxed));
    return DAYONE_OK;
}

size_t dayone_limiter_tracked(const dayone_limiter *lim)
{
    return lim ? dy_table_tracked(lim->table, limiter_now(lim)) : 0;
}

size_t dayone_limiter_memory(const dayone_limiter *lim)
{
    return lim ? dy_table_memory(lim->table) + dy_quota_counts_memory(lim->quotas) : 0;
}

size_t dy_limiter_counter_sets(const dayone_limiter *lim, const dy_counters **out, size_t cap)
{
    size_t n = 0;
    const lview *v = atomic_load_explicit(&lim->view, memory_order_acquire);
    if (n < cap)
        out[n] = v->counters;
    n++;
    /* A swap meanwhile may have retired v already: count it once. */
    for (const lview *r = atomic_load_explicit(&lim->retired, memory_order_acquire); r;
         r = r->retired_next)
        if (r != v) {
            if (n < cap)
                out[n] = r->counters;
            n++;
        }
    return n;
}

void dy_limiter_table_counts(const dayone_limiter *lim, dy_table_counts *out)
{
    dy_table_get_counts(lim->table, out);
}

dy_banlist *dy_limiter_banlist(dayone_limiter *lim)
{
    return lim->bans;
}

dy_override_table *dy_limiter_override_table(dayone_limiter *lim)
{
    return &lim->overrides;
}

const dayone_policy *dy_limiter_policy(const dayone_limiter *lim)
{
    return atomic_load_explicit(&((dayone_limiter *)lim)->view, memory_order_acquire)->policy;
}

const dy_backend_ops *dy_limiter_ban_backend(const dayone_limiter *lim, void **self)
{
    if (!lim->backend || !lim->backend->ban)
        return NULL;
    *self = lim->backend_self;
    return lim->backend;
}

int64_t dy_limiter_now(const dayone_limiter *lim)
{
    return limiter_now(lim);
}

int64_t dy_limiter_wall_s(const dayone_limiter *lim)
{
    return wall_now_s(lim);
}

int dy_limiter_has_limit(const dayone_limiter *lim, const char *name)
{
    const lview *v = atomic_load_explicit(&lim->view, memory_order_acquire);
    return lookup(v->limits, v->nlimits, name) != SIZE_MAX;
}

/* A request after validation and lookups: everything that does not touch
 * state, so a batch can prepare requests ahead and prefetch their buckets
 * (a single decision gains nothing from that: it asks for its bucket as
 * soon as it knows it). */
typedef struct prep {
    const lslot *s;         /* the plan's slot: its index names plan and limit */
    size_t plan, feature;
    int64_t cost;
    uint64_t hash;
    const lslot *r;         /* the rate applied: s, or an override's (an ov_store) */
} prep;

/* Where an override's rate lives during a decision: a copy of the plan's
 * slot with the override's rate, burst and state identity, and its reason. */
_Static_assert(offsetof(dayone_decision, override_reason) ==
                   offsetof(dayone_decision, override_source) + sizeof(int),
               "finish() clears override_source and override_reason[0..3] at once");

typedef struct ov_store {
    lslot slot;             /* first: prep.r points here */
    int source;             /* DAYONE_OVERRIDE_POLICY or _API */
    char reason[DY_OV_REASON_MAX];
} ov_store;

/* Why `req` cannot be prepared: the error code, with its message when err.
 * Off the hot path: prepare() only detects that something is wrong. */
static DY_COLD int request_error(const lview *v, const dayone_request *req, dayone_error *err)
{
    if (!req || !req->key || !req->plan || !req->limit)
        return dy_fail(err, DAYONE_EINVAL, "request: key, plan and limit are required");
    int64_t cost = req->cost == 0 ? 1 : req->cost;
    if (cost < 0 || cost > DY_GCRA_COST_MAX)
        return dy_fail(err, DAYONE_EINVAL, "request: cost %lld is outside 1..%lld",
                       (long long)cost, (long long)DY_GCRA_COST_MAX);
    if (req->usage < -1)
        return dy_fail(err, DAYONE_EINVAL, "request: usage %lld is negative",
                       (long long)req->usage);
    if (req->now_ns < 0)
        return dy_fail(err, DAYONE_EINVAL, "request: now_ns is negative");
    size_t plan = lookup(v->plans, v->nplans, req->plan);
    if (plan == SIZE_MAX)
        return dy_fail(err, DAYONE_ENOTFOUND, "unknown plan \"%.64s\"", req->plan);
    size_t limit = lookup(v->limits, v->nlimits, req->limit);
    if (limit == SIZE_MAX)
        return dy_fail(err, DAYONE_ENOTFOUND, "unknown limit \"%.64s\"", req->limit);
    if (v->slots[plan * v->nlimits + limit].kind == LS_UNDEFINED)
        return dy_fail(err, DAYONE_ENOTFOUND, "plan \"%s\" has no limit \"%s\"",
                       v->plans[plan].s, v->limits[limit].s);
    return dy_fail(err, DAYONE_ENOTFOUND, "unknown feature \"%.64s\"", req->feature);
}

/* The (plan, limit) resolved last in one decide_many call, by pointer:
 * requests in a batch usually share their plan and limit strings, and
 * within one call the caller may not change them (they are const input),
 * so the same pointers are the same names. Never kept across calls. */
typedef struct name_memo {
    const char *plan, *limit;
    size_t iplan;
    const lslot *slot;     /* NULL: an unknown name */
} name_memo;

#define NAME_MEMO_INIT {NULL, NULL, SIZE_MAX, NULL}

/* prepare()'s results besides DAYONE_OK (a rate limit, ready for finish). */
#define PREP_BAD 1      /* the request is bad: request_error() says why */
#define PREP_NO_RATE 2  /* an unlimited or none limit: finish_without_rate() */
#define PREP_RATES 3    /* a limit of several rates: finish_multi() */

/* prepare() for a slot that is not a limit of one rate: PREP_BAD when the
 * plan does not define the limit or the feature is unknown, else
 * PREP_RATES for several rates (hashed like a rate limit) or PREP_NO_RATE
 * (no hash: no state is looked up), with *p filled. */
static DY_COLD int prepare_no_rate(const lview *v, const dayone_request *req, const lslot *s,
                                   size_t plan, int64_t cost, prep *p)
{
    if (!s || s->kind == LS_UNDEFINED)
        return PREP_BAD;
    size_t feature = SIZE_MAX;
    if (req->feature && req->feature[0] &&
        (feature = lookup(v->features, v->nfeatures, req->feature)) == SIZE_MAX)
        return PREP_BAD;
    p->s = s;
    p->plan = plan;
    p->feature = feature;
    p->cost = cost;
    p->hash = 0;
    p->r = s;
    if (s->kind != LS_RATES)
        return PREP_NO_RATE;
    p->hash = dy_hash_bytes(req->key, strlen(req->key), s->seed);
    return PREP_RATES;
}

/* A key hashed before its (plan, limit) is known, under the seed the
 * caller expects the slot to have, so the key's state line can be asked
 * for before the names are looked up. prepare() takes the hash when the
 * slot's seed is that one and hashes again when not: a wrong guess costs a
 * hash and a wasted prefetch, never a wrong state. */
typedef struct key_guess {
    size_t len;     /* the key's length (a handle's key may not be terminated) */
    uint64_t seed;  /* the seed guessed */
    uint64_t hash;  /* dy_hash_bytes(key, len, seed) */
} key_guess;

/* Validate and resolve: DAYONE_OK for a limit of one rate, else PREP_BAD,
 * PREP_NO_RATE or PREP_RATES. `g` is the key hashed under a guessed seed
 * (with its length: a handle's key may not be terminated, see
 * key_may_stay_raw()), or NULL for a terminated key not hashed yet. */
DY_HOT int prepare(const lview *v, const dayone_request *req, prep *p, name_memo *memo,
                   const key_guess *g)
{
    if (!req || !req->key || !req->plan || !req->limit)
        return PREP_BAD;
    int64_t cost = req->cost == 0 ? 1 : req->cost;
    if ((uint64_t)cost > (uint64_t)DY_GCRA_COST_MAX || req->usage < -1 || req->now_ns < 0)
        return PREP_BAD;
    if (req->plan != memo->plan || req->limit != memo->limit) {
        size_t plan = lookup(v->plans, v->nplans, req->plan);
        size_t limit = lookup(v->limits, v->nlimits, req->limit);
        memo->plan = req->plan;
        memo->limit = req->limit;
        memo->iplan = plan;
        memo->slot = plan == SIZE_MAX || limit == SIZE_MAX ? NULL
                                                           : &v->slots[plan * v->nlimits + limit];
    }
    const lslot *s = memo->slot;
    if (!s || s->kind != LS_RATE)
        return prepare_no_rate(v, req, s, memo->iplan, cost, p);
    size_t plan = memo->iplan;
    size_t feature = SIZE_MAX;
    if (req->feature && req->feature[0]) {
        feature = lookup(v->features, v->nfeatures, req->feature);
        if (feature == SIZE_MAX)
            return PREP_BAD;
    }
    p->s = s;
    p->plan = plan;
    p->feature = feature;
    p->cost = cost;
    if (g && DY_LIKELY(g->seed == s->seed))
        p->hash = g->hash;
    else
        p->hash = dy_hash_bytes(req->key, g ? g->len : strlen(req->key), s->seed);
    p->r = s;
    return DAYONE_OK;
}

/* An override still in force (its end, by the wall clock, not reached). */
static int override_live(const dayone_limiter *lim, const dy_override_value *o)
{
    return o->expires_unix_s == 0 || wall_now_s(lim) < o->expires_unix_s;
}

/* A prepared rate request (prepare()'s `prc`: DAYONE_OK or PREP_RATES)
 * whose (tenant, limit) has an override in force (the API's first, then
 * the policy's): decide it with the override's rate and burst, in a state
 * of their own (see "State identity"). A limit of several rates becomes a
 * limit of the override's one rate (DAYONE_OK): the override replaces the
 * whole set. The plan's paywall, quota, shadow and bans still apply.
 * Returns the request's prepare() result, changed or not. */
static DY_COLD int apply_override(dayone_limiter *lim, const lview *v, const dayone_request *req,
                                  prep *p, int prc, ov_store *st)
{
    if (prc != DAYONE_OK && prc != PREP_RATES)
        return prc; /* unlimited, none, or a bad request: no override applies */
    size_t limit = (size_t)(p->s - v->slots) % v->nlimits;
    size_t keylen = strlen(req->key);
    uint64_t h = dy_hash_bytes(req->key, keylen, v->ov_seed[limit]);
    dy_override_value o;
    int src = 0;
    if (dy_override_table_live(&lim->overrides) && dy_override_table_get(&lim->overrides, h, &o) &&
        override_live(lim, &o))
        src = DAYONE_OVERRIDE_API;
    else if (v->policy_ov && dy_override_table_get(v->policy_ov, h, &o) && override_live(lim, &o))
        src = DAYONE_OVERRIDE_POLICY;
    if (!src)
        return prc;
    lslot *r = &st->slot;
    *r = *p->s;
    r->kind = LS_RATE;
    r->emission_ns = o.rate_period_ns / o.rate_count > 0 ? o.rate_period_ns / o.rate_count : 1;
    r->emission_inv = dy_gcra_inverse(r->emission_ns);
    r->burst = o.burst;
    r->tolerance_ns = dy_gcra_sat_mul(r->emission_ns, o.burst);
    r->rate_count = o.rate_count;
    r->rate_period_s = (int32_t)(o.rate_period_ns / NS_PER_SEC);
    r->seed = rate_seed(v->limits[limit].s, dy_table_seed(lim->table), r->emission_ns, o.burst);
    memcpy(st->reason, o.reason, sizeof st->reason);
    st->source = src;
    p->r = r;
    p->hash = dy_hash_bytes(req->key, keylen, r->seed);
    return DAYONE_OK;
}

/* Overrides cost a decision two loads and one branch until one exists. */
static inline int overrides_exist(const dayone_limiter *lim, const lview *v)
{
    return ((uintptr_t)v->policy_ov | dy_override_table_live(&lim->overrides)) != 0;
}

/* prepare(), then an override in force replaces the rate. `any` is
 * overrides_exist(), read once per call (a batch reads it once, as it
 * reads the policy once). */
DY_HOT int prepare_request(dayone_limiter *lim, const lview *v, const dayone_request *req,
                           prep *p, name_memo *memo, int any, ov_store *st)
{
    int rc = prepare(v, req, p, memo, NULL);
    if (DY_UNLIKELY(any) && rc != PREP_BAD)
        rc = apply_override(lim, v, req, p, rc, st);
    return rc;
}

/* DENY_PLAN's upgrade: the cheapest plan that offers the request's limit
 * and has its feature (when it names one). */
static void set_upgrade(const lview *v, const prep *p, dayone_decision *d)
{
    size_t limit = (size_t)(p->s - v->slots) - p->plan * v->nlimits;
    size_t up = v->upgrade[limit * (v->nfeatures + 1) +
                           (p->feature == SIZE_MAX ? 0 : 1 + p->feature)];
    if (up != SIZE_MAX)
        snprintf(d->upgrade_plan, sizeof d->upgrade_plan, "%s", v->plans[up].s);
}

static inline const char *limit_name(const lview *v, const prep *p)
{
    return v->limits[(size_t)(p->s - v->slots) % v->nlimits].s;
}

static inline int64_t request_now(const dayone_limiter *lim, const dayone_request *req)
{
    return req->now_ns ? req->now_ns : limiter_now(lim);
}

/* An escalated ban, with a backend that shares bans, moves there: every
 * limiter on it then refuses the key, and a lift on any of them ends it.
 * This limiter keeps the denial record (the next ban's length); when the
 * backend cannot take the ban, it stays here. */
static DY_COLD void share_ban(dayone_limiter *lim, const char *key, const char *limit,
                              int64_t now)
{
    int64_t until = dy_banlist_until(lim->bans, dy_banlist_hash(lim->bans, key, limit), now);
    if (until > now &&
        lim->backend->ban(lim->backend_self, key, limit, until - now, NULL) == DAYONE_OK)
        dy_banlist_release(lim->bans, key, limit, now);
}

/* A rate denial of a limit with a ban policy counts toward a ban; a new
 * key refused because the table is full is not the key's doing. */
static DY_COLD void note_denial(dayone_limiter *lim, const lview *v, const dayone_request *req,
                                const prep *p, const dayone_decision *d)
{
    const dy_ban_policy *ban = v->quotas[p->s - v->slots].ban;
    if (!ban || strcmp(d->reason, "limiter at capacity") == 0)
        return;
    int64_t now = request_now(lim, req);
    if (dy_banlist_note_denial(lim->bans, req->key, limit_name(v, p), ban, now) &&
        lim->backend && lim->backend->ban)
        share_ban(lim, req->key, limit_name(v, p), now);
}

/* A shadow limit's denial is let through (dayone/limiter.h, "Shadow"). */
static DY_COLD void shadow_allow(dayone_decision *d)
{
    d->retry_after_ns = 0;
    dy_decision_reoutcome(d, DAYONE_ALLOW_SHADOW);
}

/* A new key the full table (or quota table) cannot hold, under
 * `at_capacity: admit`: let through untracked (dayone/limiter.h). */
static DY_COLD void admit_untracked(dayone_decision *d)
{
    if (strcmp(d->reason, "limiter at capacity") != 0)
        return;
    d->retry_after_ns = 0;
    dy_decision_reoutcome(d, DAYONE_ALLOW_UNTRACKED);
}

/* A final decision: a new key at capacity admitted untracked or a shadow
 * limit's denial allowed, then counted under its (plan, limit)
 * (counters.h); a rate denial may escalate (banlist.h). */
DY_HOT void decided(dayone_limiter *lim, const lview *v, const dayone_request *req,
                    const prep *p, dayone_decision *d)
{
    if (p->s->admit_at_capacity && d->outcome == DAYONE_DENY_RATE)
        admit_untracked(d);
    if (p->s->shadow && (d->outcome == DAYONE_DENY_RATE || d->outcome == DAYONE_DENY_QUOTA))
        shadow_allow(d);
    dy_counters_add(v->counters, (size_t)(p->s - v->slots), d->outcome);
    if (d->outcome == DAYONE_DENY_RATE)
        note_denial(lim, v, req, p, d);
}

/* Banned keys first (dayone/banlist.h): 1 with *d filled when (key, limit)
 * is banned. Called only when some ban is set. */
static DY_COLD int banned(dayone_limiter *lim, const lview *v, const dayone_request *req,
                          const prep *p, dayone_decision *d)
{
    int64_t now = request_now(lim, req);
    int64_t until = dy_banlist_until(lim->bans,
                                     dy_banlist_hash(lim->bans, req->key, limit_name(v, p)), now);
    if (until == 0)
        return 0;
    memset(d, 0, sizeof *d);
    d->quota_remaining = -1;
    d->retry_after_ns = until - now;
    d->reset_after_ns = until - now;
    dy_decision_outcome(d, DAYONE_DENY_BANNED, "banned");
    dy_decision_ban_status(d, v->quotas[p->s - v->slots].ban_status);
    return 1;
}

/* A limit the plan marks `none` (DENY_PLAN, whatever the enforcement: there
 * is no rate to apply instead) or `unlimited` (the paywall still applies;
 * then ALLOW with no state, no quota and no rate: burst and window_ns 0,
 * limit and remaining -1, so the RateLimit header helpers decline). */
static DY_COLD int finish_without_rate(const lview *v, const prep *p, dayone_decision *d)
{
    memset(d, 0, sizeof *d);
    d->quota_remaining = -1;
    d->quota_reset_unix_s = -1;
    int no_feature = p->feature != SIZE_MAX && v->enforcement != DAYONE_ENFORCEMENT_OFF &&
                     !v->has[p->plan * v->nfeatures + p->feature];
    if (p->s->kind == LS_NONE || no_feature) {
        d->retry_after_ns = -1;
        set_upgrade(v, p, d);
        if (p->s->kind == LS_NONE)
            dy_decision_outcome(d, DAYONE_DENY_PLAN, "limit not in plan");
        else
            dy_decision_outcome(d, DAYONE_DENY_PLAN, "feature not in plan");
        return DAYONE_OK;
    }
    d->remaining = -1;
    d->limit = -1;
    dy_decision_outcome(d, DAYONE_ALLOW, "unlimited");
    return DAYONE_OK;
}

/* The verdict once every rate has answered, shared by one rate and several:
 * denied ("rate limited", or "limiter at capacity" when the key could not be
 * tracked), or allowed within the quota or as overage. */
static inline int verdict_denied(dayone_decision *d, const dayone_request *req,
                                 int quota_applies, int64_t amount, int tracked)
{
    if (quota_applies)
        d->quota_remaining = req->usage < amount ? amount - req->usage : 0;
    if (tracked)
        dy_decision_outcome(d, DAYONE_DENY_RATE, "rate limited");
    else
        dy_decision_outcome(d, DAYONE_DENY_RATE, "limiter at capacity");
    return DAYONE_OK;
}

static inline int verdict_allowed(dayone_decision *d, const dayone_request *req,
                                  int quota_applies, int64_t amount, int64_t cost, int overage)
{
    if (overage) {
        d->limit = amount;
        d->quota_remaining = 0;
        dy_decision_outcome(d, DAYONE_ALLOW_OVERAGE, "quota overage");
        return DAYONE_OK;
    }
    if (quota_applies)
        d->quota_remaining = amount - req->usage - cost;
    dy_decision_outcome(d, DAYONE_ALLOW, "ok");
    return DAYONE_OK;
}

/* The in-process rate step: GCRA on the state table. *now is 0 until the
 * clock is read (once per call of decide or decide_many). */
DY_HOT int rate_step_local(dayone_limiter *lim, const dayone_request *req, const lslot *s,
                           int64_t cost, uint64_t hash, int64_t amount, int quota_applies,
                           int overage, int64_t *now, int prefetched, dayone_decision *d,
                           dayone_error *err)
{
    int64_t t = req->now_ns;
    if (t == 0) {
        if (*now == 0)
            *now = limiter_now(lim);
        t = *now;
        if (t < 0)
            return dy_fail(err, DAYONE_EINVAL, "the limiter's clock returned a negative time");
    }
    dy_gcra_out g;
    int64_t increment = cost == 1 ? s->emission_ns : dy_gcra_sat_mul(s->emission_ns, cost);
    int tracked = prefetched
        ? dy_table_update_prefetched(lim->table, hash, t, s->emission_ns, s->emission_inv,
                                     s->tolerance_ns, increment, &g)
        : dy_table_update(lim->table, hash, t, s->emission_ns, s->emission_inv,
                          s->tolerance_ns, increment, &g);
    d->reset_after_ns = g.reset_after_ns;
    d->remaining = g.remaining;
    if (!g.allowed) {
        d->retry_after_ns = g.retry_after_ns;
        return verdict_denied(d, req, quota_applies, amount, tracked);
    }
    return verdict_allowed(d, req, quota_applies, amount, cost, overage);
}

/* ---- limits of several rates ---------------------------------------------
 * Every rate's step is computed against its stored state first, without
 * charging; only when all allow is each charged, under its slot's lock.
 * A charge that fails meanwhile (another request took the last unit, or a
 * new key found no room) refunds the rates already charged: none is
 * charged when any denies (dayone/limiter.h, "Several rates"). */

static inline const lrates *rates_of(const lview *v, const prep *p)
{
    return &v->rates[p->s - v->slots];
}

static DY_COLD int rate_step_rates(dayone_limiter *lim, const lview *v,
                                   const dayone_request *req, const prep *p, int64_t amount,
                                   int quota_applies, int overage, int64_t *now,
                                   dayone_decision *d, dayone_error *err)
{
    const lrates *R = rates_of(v, p);
    int64_t t = req->now_ns;
    if (t == 0) {
        if (*now == 0)
            *now = limiter_now(lim);
        t = *now;
        if (t < 0)
            return dy_fail(err, DAYONE_EINVAL, "the limiter's clock returned a negative time");
    }
    uint64_t h[DY_LIMIT_RATES_MAX];
    int64_t inc[DY_LIMIT_RATES_MAX];
    dy_gcra_out g[DY_LIMIT_RATES_MAX];
    size_t klen = strlen(req->key);
    int all = 1;
    int tracked_all = 1;
    dy_rates_begin(d, R->r, R->n);
    for (size_t k = 0; k < R->n; k++) {
        const dy_rate_desc *r = &R->r[k];
        h[k] = k == 0 ? p->hash : dy_hash_bytes(req->key, klen, R->seed[k]);
        inc[k] = dy_gcra_sat_mul(r->emission_ns, p->cost);
        dy_gcra_step_inv(dy_table_peek(lim->table, h[k]), t, r->emission_ns, R->inv[k],
                         r->tolerance_ns, inc[k], &g[k]);
        dy_rates_step(d, k, &g[k]);
        all &= g[k].allowed;
    }
    for (size_t k = 0; all && k < R->n; k++) {
        const dy_rate_desc *r = &R->r[k];
        dy_gcra_out c;
        int tracked = dy_table_update(lim->table, h[k], t, r->emission_ns, R->inv[k],
                                      r->tolerance_ns, inc[k], &c);
        if (c.allowed) {
            dy_rates_step(d, k, &c);
            continue;
        }
        for (size_t j = 0; j < k; j++) { /* take back what was charged */
            dy_table_refund(lim->table, h[j], inc[j]);
            dy_rates_step(d, j, &g[j]);
        }
        dy_rates_step(d, k, &c);
        tracked_all = tracked;
        all = 0;
    }
    if (!dy_rates_settle(d, R->r))
        return verdict_denied(d, req, quota_applies, amount, tracked_all);
    return verdict_allowed(d, req, quota_applies, amount, p->cost, overage);
}

/* The rate step of a prepared request, of one rate or several. */
DY_HOT int rate_step_of(dayone_limiter *lim, const lview *v, const dayone_request *req,
                        const prep *p, int64_t amount, int quota_applies, int overage,
                        int64_t *now, int prefetched, dayone_decision *d, dayone_error *err)
{
    if (p->r->kind == LS_RATES)
        return rate_step_rates(lim, v, req, p, amount, quota_applies, overage, now, d, err);
    return rate_step_local(lim, req, p->r, p->cost, p->hash, amount, quota_applies, overage,
                           now, prefetched, d, err);
}

/* ---- quotas counted in process -------------------------------------------
 * A limit with a quota, no usage from the caller and enforcement on: the
 * limiter counts the usage itself, per (tenant, quota) and period
 * (quota_count.h), then runs the rate step; a request the rate step denies
 * is refunded, so a denied request consumes nothing. */

static int64_t wall_now_s(const dayone_limiter *lim)
{
    if (lim->wall_clock)
        return dy_floor_div(lim->wall_clock(lim->wall_clock_ctx), NS_PER_SEC);
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec;
}

/* The quota period bounds this thread told last. Every decision that
 * counts a quota asks for its period, and all of them until the period
 * ends (of one kind and anchor) get the same answer, which costs two
 * civil-date conversions to compute. Periods tile time, so a time inside
 * the last bounds of the same kind and anchor has those bounds. Per
 * thread: no sharing, no lock. */
typedef struct period_memo {
    dayone_period period;
    int64_t anchor, start, reset; /* reset == 0: empty */
} period_memo;
static _Thread_local period_memo dy_limiter_period_memo;

static void period_bounds(dayone_period period, int64_t anchor, int64_t wall, int64_t *start,
                          int64_t *reset)
{
    period_memo *m = &dy_limiter_period_memo;
    if (!(m->reset != 0 && m->period == period && m->anchor == anchor && m->start <= wall &&
          wall < m->reset)) {
        dy_period_bounds(period, anchor, wall, &m->start, &m->reset);
        m->period = period;
        m->anchor = anchor;
    }
    *start = m->start;
    *reset = m->reset;
}

/* The request's wall time in Unix seconds: its own, else the limiter's. */
static int64_t request_wall_s(const dayone_limiter *lim, const dayone_request *req)
{
    return req->wall_ns ? dy_floor_div(req->wall_ns, NS_PER_SEC) : wall_now_s(lim);
}

/* quota_period()'s answer when the wall time is outside 1970..9999. */
#define QUOTA_NO_WALL 1

/* The period of the quota `lq` holding the request's wall time. DAYONE_OK
 * with its bounds; QUOTA_NO_WALL when the wall time is out of the
 * calendar's range; DAYONE_EINVAL (fail closed) for an anchored quota the
 * request gives no valid anchor for. */
static DY_COLD int quota_period(const dayone_limiter *lim, const lquota *lq,
                                const dayone_request *req, int64_t *start, int64_t *reset,
                                dayone_error *err)
{
    int64_t anchor = 0;
    if (lq->period == DAYONE_PERIOD_ANCHORED) {
        anchor = req->period_anchor_unix_s;
        if (anchor <= 0 || anchor > DY_PERIOD_TIME_MAX)
            return dy_fail(err, DAYONE_EINVAL,
                           anchor == 0
                               ? "quota '%.64s' counts per anchored period: the request "
                                 "needs the tenant's anchor (period_anchor_unix_s)"
                               : "quota '%.64s': the request's period anchor is outside "
                                 "1970..9999",
                           lq->name);
    }
    int64_t wall = request_wall_s(lim, req);
    if (wall < 0 || wall > DY_PERIOD_TIME_MAX)
        return QUOTA_NO_WALL;
    period_bounds(lq->period, anchor, wall, start, reset);
    return DAYONE_OK;
}

/* When the quota of a prepared request resets, into d (-1: the wall time
 * is out of the calendar's range), and its period's start into *start (-1
 * then): a counted quota reuses it rather than read the clock again.
 * DAYONE_EINVAL for a missing anchor. */
static DY_COLD int quota_reset(const dayone_limiter *lim, const lview *v, const prep *p,
                               const dayone_request *req, dayone_decision *d, int64_t *start,
                               dayone_error *err)
{
    int64_t reset;
    *start = -1;
    int rc = quota_period(lim, &v->quotas[p->s - v->slots], req, start, &reset, err);
    if (rc < 0)
        return rc;
    if (rc == QUOTA_NO_WALL)
        *start = reset = -1;
    d->quota_reset_unix_s = reset;
    return DAYONE_OK;
}

/* `start`: the quota's period as finish() told it, or -1 to tell it here. */
static DY_COLD int rate_step_counted(dayone_limiter *lim, const lview *v,
                                     const dayone_request *req, const prep *p, int strict,
                                     int64_t start, int64_t *now, int prefetched,
                                     dayone_decision *d, dayone_error *err)
{
    const lslot *s = p->r;
    const lquota *lq = &v->quotas[p->s - v->slots];
    int64_t amount = s->quota_amount, reset, used;
    reset = d->quota_reset_unix_s; /* finish() told it with start */
    int prc = start >= 0 ? DAYONE_OK : quota_period(lim, lq, req, &start, &reset, err);
    if (prc < 0)
        return prc;
    if (prc == QUOTA_NO_WALL || start < 0)
        return dy_fail(err, DAYONE_EINVAL, "the wall time is outside 1970..9999: "
                       "quota periods cannot be told");
    uint64_t qh = dy_hash_bytes(req->key, strlen(req->key), lq->seed);
    int qr = dy_quota_take(lim->quotas, qh, start, reset, amount, p->cost, !strict, &used);
    if (qr == DY_QUOTA_FULL && strict) { /* cannot count: refuse, as for rate state */
        d->retry_after_ns = NS_PER_SEC;
        dy_decision_outcome(d, DAYONE_DENY_RATE, "limiter at capacity");
        return DAYONE_OK;
    }
    if (qr == DY_QUOTA_FULL) /* soft: the rate still applies, the quota cannot */
        return rate_step_of(lim, v, req, p, amount, 0, 0, now, prefetched, d, err);
    if (qr == DY_QUOTA_OVER && strict) {
        d->retry_after_ns = -1;
        d->limit = amount;
        d->quota_remaining = used < amount ? amount - used : 0;
        dy_decision_outcome(d, DAYONE_DENY_QUOTA, "quota exceeded");
        return DAYONE_OK;
    }
    dayone_request counted = *req;
    counted.usage = used;
    int rc = rate_step_of(lim, v, &counted, p, amount, 1, qr == DY_QUOTA_OVER, now,
                          prefetched, d, err);
    if (rc != DAYONE_OK || !d->allowed)
        dy_quota_refund(lim->quotas, qh, start, p->cost);
    return rc;
}

/* Rate steps of one decide_many call waiting for the backend, with what
 * the limiter needs to decide them itself if the backend leaves them. */
typedef struct pending_step {
    const dayone_request *req;
    prep p;                 /* p.r points at ov when an override applies */
    int quota_applies, overage;
    ov_store ov;
} pending_step;

typedef struct rate_batch {
    dy_rate_step *steps;
    pending_step *pend;
    size_t n, cap;
} rate_batch;

/* Describe a request's rate step for the backend (see limiter_backend.h). */
static void rate_step_describe(const dayone_limiter *lim, const lview *v,
                               const dayone_request *req, const prep *p,
                               int quota_applies, int overage, dayone_decision *d,
                               dy_rate_step *st)
{
    const lslot *s = p->r;
    size_t limit = (size_t)(p->s - v->slots) - p->plan * v->nlimits;
    const dayone_policy *policy = v->policy;
    const dy_plan_limit *pl = dy_plan_get_limit(&policy->plans[p->plan], limit);
    st->key = req->key;
    st->limit = v->limits[limit].s;
    st->quota = pl && pl->quota != SIZE_MAX ? policy->quota_names[pl->quota] : "";
    st->emission_ns = s->emission_ns;
    st->burst = s->burst;
    st->tolerance_ns = s->tolerance_ns;
    st->cost = p->cost;
    st->quota_amount = s->quota_amount;
    st->usage = req->usage;
    st->now_ns = req->now_ns;
    st->strict = v->enforcement == DAYONE_ENFORCEMENT_STRICT;
    st->quota_applies = quota_applies;
    st->overage = overage;
    st->count_quota = s->quota_amount >= 0 && req->usage < 0 &&
                      v->enforcement != DAYONE_ENFORCEMENT_OFF;
    const lquota *lq = &v->quotas[p->s - v->slots];
    st->quota_day = lq->period == DAYONE_PERIOD_DAY;
    st->quota_anchored = lq->period == DAYONE_PERIOD_ANCHORED;
    st->period_start = st->period_reset = 0;
    if (st->count_quota && (st->quota_anchored || req->wall_ns) &&
        quota_period(lim, lq, req, &st->period_start, &st->period_reset, NULL) != DAYONE_OK)
        st->period_start = st->period_reset = 0; /* refused before: see rate_step_backend */
    dy_on_failure f = pl ? pl->on_failure : DY_ON_FAILURE_DEFAULT;
    switch (f) {
    case DY_ON_FAILURE_OPEN: st->fallback = DY_FALLBACK_OPEN; break;
    case DY_ON_FAILURE_CLOSED: st->fallback = DY_FALLBACK_CLOSED; break;
    case DY_ON_FAILURE_LOCAL: st->fallback = DY_FALLBACK_LOCAL; break;
    default:
        /* A strict quota counted only in the backend cannot be enforced
         * in-process: refuse rather than guess. Rate limits decide locally. */
        st->fallback = st->count_quota && st->strict ? DY_FALLBACK_CLOSED : DY_FALLBACK_LOCAL;
    }
    st->rates = s->kind == LS_RATES ? rates_of(v, p)->r : NULL;
    st->nrates = s->kind == LS_RATES ? rates_of(v, p)->n : 0;
    st->d = d;
    st->decided = 0;
}

/* rate_step_backend(): the backend left the step to the limiter. */
#define RATE_STEP_LEFT 1

/* The rate step when a backend is attached. In a batch the step is queued
 * (decided by rate_batch_run) and DAYONE_OK returned; alone it goes to the
 * backend now: DAYONE_OK when it decided, else RATE_STEP_LEFT. */
static DY_COLD int rate_step_backend(dayone_limiter *lim, const lview *v,
                                     const dayone_request *req, const prep *p,
                                     int quota_applies, int overage, dayone_decision *d,
                                     rate_batch *batch, dayone_error *err)
{
    /* A quota the limiter places in its period itself (an anchored one, or
     * the request's own wall time) needs that time in the calendar's range,
     * as in process; the anchor was checked before. */
    const lquota *lq = &v->quotas[p->s - v->slots];
    int64_t start, reset;
    if (p->s->quota_amount >= 0 && req->usage < 0 &&
        v->enforcement != DAYONE_ENFORCEMENT_OFF &&
        (lq->period == DAYONE_PERIOD_ANCHORED || req->wall_ns) &&
        quota_period(lim, lq, req, &start, &reset, err) == QUOTA_NO_WALL)
        return dy_fail(err, DAYONE_EINVAL, "the wall time is outside 1970..9999: "
                       "quota periods cannot be told");
    if (batch && batch->n < batch->cap) {
        rate_step_describe(lim, v, req, p, quota_applies, overage, d, &batch->steps[batch->n]);
        pending_step *ps = &batch->pend[batch->n++];
        ps->req = req;
        ps->p = *p;
        if (p->r != p->s) { /* the caller's copy is reused for a later request */
            ps->ov = *(const ov_store *)(const void *)p->r;
            ps->p.r = &ps->ov.slot;
        }
        ps->quota_applies = quota_applies;
        ps->overage = overage;
        return DAYONE_OK;
    }
    dy_rate_step st;
    rate_step_describe(lim, v, req, p, quota_applies, overage, d, &st);
    lim->backend->decide(lim->backend_self, &st, 1);
    return st.decided ? DAYONE_OK : RATE_STEP_LEFT;
}

/* Send a batch's queued rate steps to the backend in one call, then decide
 * in-process those it left. */
static DY_COLD void rate_batch_run(dayone_limiter *lim, const lview *v, rate_batch *batch,
                                   int64_t *now)
{
    if (batch->n == 0)
        return;
    lim->backend->decide(lim->backend_self, batch->steps, batch->n);
    for (size_t k = 0; k < batch->n; k++) {
        dy_rate_step *st = &batch->steps[k];
        if (st->decided)
            continue;
        const pending_step *ps = &batch->pend[k];
        int rc = st->count_quota
            ? rate_step_counted(lim, v, ps->req, &ps->p, st->strict, -1, now, 0, st->d, NULL)
            : rate_step_of(lim, v, ps->req, &ps->p, ps->p.r->quota_amount,
                           ps->quota_applies, ps->overage, now, 0, st->d, NULL);
        if (rc != DAYONE_OK) {
            /* The clock failed: nothing can be decided, so deny. */
            st->d->retry_after_ns = NS_PER_SEC;
            st->d->reset_after_ns = NS_PER_SEC;
            st->d->remaining = 0;
            dy_decision_outcome(st->d, DAYONE_DENY_RATE, "backend unavailable");
        }
    }
    for (size_t k = 0; k < batch->n; k++)
        decided(lim, v, batch->pend[k].req, &batch->pend[k].p, batch->steps[k].d);
}

static DY_COLD void begin_rates(const lview *v, const prep *p, dayone_decision *d)
{
    dy_rates_begin(d, rates_of(v, p)->r, rates_of(v, p)->n);
}

/* finish() past the paywall and the caller's quota, for a limit of several
 * rates: "cost exceeds burst" for any rate, then the rate steps (in the
 * backend, with the quota counted, or here). */
static DY_COLD int finish_rates(dayone_limiter *lim, const lview *v, const dayone_request *req,
                                const prep *p, int quota_applies, int overage,
                                int64_t quota_start, int64_t *now, rate_batch *batch,
                                dayone_decision *d, dayone_error *err)
{
    const lrates *R = rates_of(v, p);
    int64_t amount = p->s->quota_amount;
    dayone_enforcement enf = v->enforcement;
    for (size_t k = 0; k < R->n; k++)
        if (p->cost > R->r[k].burst) {
            dy_rates_report(d, R->r, k);
            if (quota_applies)
                d->quota_remaining = req->usage < amount ? amount - req->usage : 0;
            dy_decision_outcome(d, DAYONE_DENY_RATE, "cost exceeds burst");
            return DAYONE_OK;
        }
    if (lim->backend) {
        int brc = rate_step_backend(lim, v, req, p, quota_applies, overage, d, batch, err);
        if (brc != RATE_STEP_LEFT)
            return brc;
    }
    if (amount >= 0 && req->usage < 0 && enf != DAYONE_ENFORCEMENT_OFF)
        return rate_step_counted(lim, v, req, p, enf == DAYONE_ENFORCEMENT_STRICT, quota_start,
                                 now, 0, d, err);
    return rate_step_rates(lim, v, req, p, amount, quota_applies, overage, now, d, err);
}

/* finish()'s `mode`, a constant in each copy: FIN_MULTI for a limit of
 * several rates, FIN_OVERRIDE when an override may have replaced the rate
 * (prep.r); 0 on the hot path, which then has none of either. */
#define FIN_MULTI 1
#define FIN_OVERRIDE 2

/* Paywall, quota, then rate, for a prepared request. *now is 0 until the
 * clock is read (once per call of decide or decide_many). */
DY_HOT int finish(dayone_limiter *lim, const lview *v, const dayone_request *req,
                  const prep *p, int64_t *now, int prefetched, rate_batch *batch,
                  dayone_decision *d, dayone_error *err, int mode)
{
    const int multi = mode & FIN_MULTI;
    const lslot *s = (mode & FIN_OVERRIDE) ? p->r : p->s;
    int64_t cost = p->cost;
    /* Every way out below sets outcome, allowed, status and reason (outcome.h). */
    if (DY_LIKELY(s == p->s)) {
        /* override_source 0 and override_reason "" in one 8-byte store */
        memset(&d->override_source, 0, sizeof d->override_source + 4);
    } else {
        const ov_store *st = (const ov_store *)(const void *)s;
        d->override_source = st->source;
        memcpy(d->override_reason, st->reason, sizeof d->override_reason);
    }
    d->retry_after_ns = 0;
    d->reset_after_ns = 0;
    d->remaining = 0;
    d->limit = s->burst;
    d->window_ns = s->tolerance_ns;
    d->quota_remaining = -1;
    d->burst = s->burst;
    d->rate = s->rate_count;
    d->rate_period_ns = (int64_t)s->rate_period_s * NS_PER_SEC;
    d->upgrade_plan[0] = '\0';
    d->quota_reset_unix_s = -1;
    d->nrates = 0;
    d->tightest = 0;
    if (multi) /* every rate, listed whatever happens next */
        begin_rates(v, p, d);

    dayone_enforcement enf = v->enforcement;
    if (p->feature != SIZE_MAX && enf != DAYONE_ENFORCEMENT_OFF &&
        !v->has[p->plan * v->nfeatures + p->feature]) {
        d->retry_after_ns = -1;
        set_upgrade(v, p, d);
        dy_decision_outcome(d, DAYONE_DENY_PLAN, "feature not in plan");
        return DAYONE_OK;
    }

    int overage = 0;
    int64_t amount = s->quota_amount, quota_start; /* set when a quota applies */
    if (amount >= 0 && enf != DAYONE_ENFORCEMENT_OFF) {
        int qrc = quota_reset(lim, v, p, req, d, &quota_start, err);
        if (qrc != DAYONE_OK)
            return qrc;
    }
    int quota_applies = amount >= 0 && req->usage >= 0 && enf != DAYONE_ENFORCEMENT_OFF;
    if (quota_applies && req->usage > amount - cost) {
        if (enf == DAYONE_ENFORCEMENT_STRICT) {
            d->retry_after_ns = -1;
            d->limit = amount;
            d->quota_remaining = req->usage < amount ? amount - req->usage : 0;
            dy_decision_outcome(d, DAYONE_DENY_QUOTA, "quota exceeded");
            return DAYONE_OK;
        }
        overage = 1;
    }

    if (multi)
        return finish_rates(lim, v, req, p, quota_applies, overage, quota_start, now, batch, d,
                            err);
    if (cost > s->burst) {
        d->retry_after_ns = -1;
        if (quota_applies)
            d->quota_remaining = req->usage < amount ? amount - req->usage : 0;
        dy_decision_outcome(d, DAYONE_DENY_RATE, "cost exceeds burst");
        return DAYONE_OK;
    }

    if (lim->backend) { /* the rate step (and an unknown-usage quota) in the backend */
        int brc = rate_step_backend(lim, v, req, p, quota_applies, overage, d, batch, err);
        if (brc != RATE_STEP_LEFT)
            return brc;
    }
    if (amount >= 0 && req->usage < 0 && enf != DAYONE_ENFORCEMENT_OFF)
        return rate_step_counted(lim, v, req, p, enf == DAYONE_ENFORCEMENT_STRICT, quota_start,
                                 now, prefetched, d, err);
    return rate_step_local(lim, req, s, cost, p->hash, amount, quota_applies, overage, now,
                           prefetched, d, err);
}

/* finish() for a limit of several rates (no override: one replaces the
 * set, and the request is then one of one rate). */
static DY_COLD int finish_multi(dayone_limiter *lim, const lview *v, const dayone_request *req,
                                const prep *p, int64_t *now, rate_batch *batch,
                                dayone_decision *d, dayone_error *err)
{
    return finish(lim, v, req, p, now, 0, batch, d, err, FIN_MULTI);
}

/* finish() for a limit of one rate when some override exists: prep.r is
 * the rate applied, the plan's or an override's. */
static DY_COLD int finish_override(dayone_limiter *lim, const lview *v,
                                   const dayone_request *req, const prep *p, int64_t *now,
                                   int prefetched, rate_batch *batch, dayone_decision *d,
                                   dayone_error *err)
{
    return finish(lim, v, req, p, now, prefetched, batch, d, err, FIN_OVERRIDE);
}

/* A prepared request that is not a limit of one rate (PREP_NO_RATE or
 * PREP_RATES). */
static DY_COLD int finish_other(dayone_limiter *lim, const lview *v, const dayone_request *req,
                                int prc, const prep *p, int64_t *now, rate_batch *batch,
                                dayone_decision *d, dayone_error *err)
{
    if (prc == PREP_RATES)
        return finish_multi(lim, v, req, p, now, batch, d, err);
    return finish_without_rate(v, p, d);
}

/* dayone_limiter_decide() when the limiter has some override (the API's or
 * the policy's): the request's may replace its rate. Off the hot path, so a
 * limiter without overrides pays only the test that sends it here. */
static DY_COLD int decide_overridden(dayone_limiter *lim, const lview *v,
                                     const dayone_request *req, dayone_decision *out,
                                     dayone_error *err, name_memo memo)
{
    int64_t now = 0;
    prep p;
    ov_store ov;
    int prc = prepare_request(lim, v, req, &p, &memo, 1, &ov);
    if (prc == PREP_BAD)
        return request_error(v, req, err);
    int rc = DAYONE_OK;
    if (dy_banlist_empty(lim->bans) || !banned(lim, v, req, &p, out))
        rc = prc != DAYONE_OK ? finish_other(lim, v, req, prc, &p, &now, NULL, out, err)
                              : finish_override(lim, v, req, &p, &now, 0, NULL, out, err);
    if (rc == DAYONE_OK)
        decided(lim, v, req, &p, out);
    return rc;
}

/* The state seed of this thread's last single decision: the next one
 * usually names the same (plan, limit), so decide_one() hashes its key
 * under this seed and asks for the state line before the names are looked
 * up (see key_guess). */
static DY_TLS uint64_t dy_limiter_seed_hint;

/* One decision on view v; `memo` holds the request's (plan, limit) when
 * the caller resolved them already (a handle), else NAME_MEMO_INIT.
 * `raw` is 0 for a terminated key (g NULL: hashed here). Otherwise the key
 * is raw (pointer and length, in g, already hashed and its line asked for)
 * and the caller found key_may_stay_raw(), which then holds for the whole
 * decision: no override or ban set meanwhile is looked at (the decision is
 * ordered before it), since both read a C string. */
DY_HOT int decide_one(dayone_limiter *lim, const lview *v, const dayone_request *req,
                      dayone_decision *out, dayone_error *err, name_memo memo,
                      const key_guess *g, int raw)
{
    if (!raw && DY_UNLIKELY(overrides_exist(lim, v)))
        return decide_overridden(lim, v, req, out, err, memo);
    key_guess guess;
    if (!raw && DY_LIKELY(req && req->key)) {
        /* Ask for the key's state line first (under the last decision's
         * seed), so it comes while the names are looked up, the decision's
         * fields filled and the clock read. */
        guess.len = strlen(req->key);
        guess.seed = dy_limiter_seed_hint;
        guess.hash = dy_hash_bytes(req->key, guess.len, guess.seed);
        dy_table_prefetch(lim->table, guess.hash);
        g = &guess;
    }
    int64_t now = 0;
    prep p;
    int prc = prepare(v, req, &p, &memo, g);
    if (prc == PREP_BAD)
        return request_error(v, req, err);
    /* A wrong guess: ask for the right line now, and guess it next time. */
    if (prc == DAYONE_OK && DY_UNLIKELY(p.s->seed != g->seed)) {
        dy_table_prefetch(lim->table, p.hash);
        if (!raw)
            dy_limiter_seed_hint = p.s->seed;
    }
    int rc = DAYONE_OK;
    if (raw || dy_banlist_empty(lim->bans) || !banned(lim, v, req, &p, out))
        rc = prc != DAYONE_OK ? finish_other(lim, v, req, prc, &p, &now, NULL, out, err)
                              : finish(lim, v, req, &p, &now, 1, NULL, out, err, 0);
    if (rc == DAYONE_OK)
        decided(lim, v, req, &p, out);
    return rc;
}

int dayone_limiter_decide(dayone_limiter *lim, const dayone_request *req,
                          dayone_decision *out, dayone_error *err)
{
    if (!lim || !out)
        return dy_fail(err, DAYONE_EINVAL, "dayone_limiter_decide: limiter and out are required");
    const lview *v = atomic_load_explicit(&lim->view, memory_order_acquire);
    name_memo memo = NAME_MEMO_INIT;
    return decide_one(lim, v, req, out, err, memo, NULL, 0);
}

/* ---- handles -----------------------------------------------------------------
 * A handle is the name_memo of one (plan, limit) kept across calls, with
 * the view it is true for: views are retired, never freed, while the
 * limiter lives, so a pointer compare says whether the policy is still the
 * one it was resolved on. After a swap the names are looked up again. */
struct dayone_limit_handle {
    const dayone_limiter *lim;
    const lview *view;       /* the view that slot and iplan index into */
    const lslot *slot;
    size_t iplan;
    char *plan, *limit;      /* copies: requests carry these very pointers */
    char *feature;           /* NULL: none */
    int raw_key;             /* on `view`, the decision reads the key only to
                                hash it (see key_may_stay_raw) */
};

void dayone_limit_handle_free(dayone_limit_handle *h)
{
    if (!h)
        return;
    dy_free(h->plan);
    dy_free(h->limit);
    dy_free(h->feature);
    dy_free(h);
}

int dayone_limiter_resolve(dayone_limiter *lim, const char *plan, const char *limit,
                           const char *feature, dayone_limit_handle **out, dayone_error *err)
{
    if (!lim || !plan || !limit || !out)
        return dy_fail(err, DAYONE_EINVAL,
                       "dayone_limiter_resolve: limiter, plan, limit and out are required");
    const lview *v = atomic_load_explicit(&lim->view, memory_order_acquire);
    /* Resolve as a decision would, so a handle exists only for a request
     * that could be decided, with the same messages when it could not. */
    dayone_request probe = DAYONE_REQUEST_INIT;
    probe.key = "";
    probe.plan = plan;
    probe.limit = limit;
    probe.feature = feature;
    prep p;
    name_memo memo = NAME_MEMO_INIT;
    if (prepare(v, &probe, &p, &memo, NULL) == PREP_BAD)
        return request_error(v, &probe, err);
    dayone_limit_handle *h = dy_malloc(sizeof *h);
    if (!h)
        return dy_fail(err, DAYONE_ENOMEM, "out of memory");
    h->lim = lim;
    h->view = v;
    h->slot = memo.slot;
    h->iplan = memo.iplan;
    h->plan = dy_strdup(plan);
    h->limit = dy_strdup(limit);
    h->feature = feature && feature[0] ? dy_strdup(feature) : NULL;
    /* A limit of one rate with no quota and no ban policy: past the hash,
     * none of its steps reads the key (those that do - bans, counted
     * quotas, several rates' states, overrides, a backend - take it as a
     * C string). */
    h->raw_key = memo.slot->kind == LS_RATE && memo.slot->quota_amount < 0 &&
                 !v->quotas[memo.slot - v->slots].ban;
    if (!h->plan || !h->limit || (feature && feature[0] && !h->feature)) {
        dayone_limit_handle_free(h);
        return dy_fail(err, DAYONE_ENOMEM, "out of memory");
    }
    *out = h;
    return DAYONE_OK;
}

/* Whether a decision on `h` may take its key unterminated, as pointer and
 * length: resolved on the view in force, for a limit whose steps read the
 * key only to hash it (h->raw_key), on a limiter with no override, ban or
 * backend, which would read it as a C string. */
static inline int key_may_stay_raw(const dayone_limiter *lim, const lview *v,
                                   const dayone_limit_handle *h)
{
    return v == h->view && h->raw_key && !overrides_exist(lim, v) &&
           dy_banlist_empty(lim->bans) && !lim->backend;
}

/* The request a handle decides: no period anchor, the limiter's wall clock
 * (dayone_limiter_decide_handle() takes neither). */
static inline dayone_request handle_request(const dayone_limit_handle *h, const char *key,
                                            int64_t cost, int64_t usage, int64_t now_ns)
{
    dayone_request req = DAYONE_REQUEST_INIT;
    req.key = key;
    req.plan = h->plan;
    req.limit = h->limit;
    req.cost = cost;
    req.feature = h->feature;
    req.usage = usage;
    req.now_ns = now_ns;
    return req;
}

/* Keys up to this long are terminated on the stack. */
#define HANDLE_KEY_STACK 256

/* dayone_limiter_decide_handle() on a terminated copy of the key: for every
 * decision key_may_stay_raw() does not admit (the names resolved again
 * after a swap, when the handle's view is not v's). */
static DY_COLD int decide_handle_copied(dayone_limiter *lim, const lview *v,
                                        const dayone_limit_handle *h, const char *key,
                                        size_t key_len, int64_t cost, int64_t usage,
                                        int64_t now_ns, dayone_decision *out,
                                        dayone_error *err)
{
    char stack[HANDLE_KEY_STACK], *copy = stack;
    if (key_len >= sizeof stack && !(copy = dy_malloc(key_len + 1)))
        return dy_fail(err, DAYONE_ENOMEM, "out of memory");
    if (key_len > 0)
        memcpy(copy, key, key_len);
    copy[key_len] = '\0';
    dayone_request req = handle_request(h, copy, cost, usage, now_ns);
    name_memo memo = NAME_MEMO_INIT;
    if (v == h->view) {
        memo.plan = h->plan;
        memo.limit = h->limit;
        memo.iplan = h->iplan;
        memo.slot = h->slot;
    }
    int rc = decide_one(lim, v, &req, out, err, memo, NULL, 0);
    if (copy != stack)
        dy_free(copy);
    return rc;
}

int dayone_limiter_decide_handle(dayone_limiter *lim, const dayone_limit_handle *h,
                                 const char *key, size_t key_len, int64_t cost, int64_t usage,
                                 int64_t now_ns, dayone_decision *out, dayone_error *err)
{
    if (!lim || !h || !out || (!key && key_len > 0))
        return dy_fail(err, DAYONE_EINVAL,
                       "dayone_limiter_decide_handle: limiter, handle, key and out are required");
    if (h->lim != lim)
        return dy_fail(err, DAYONE_EINVAL, "the handle was resolved for another limiter");
    if (!key)
        key = "";
    /* Hash the key under the handle's slot first and ask for its state
     * line, so the line comes while the rest runs; the same pass looks for
     * a NUL byte. (The handle's view is retired, never freed, while the
     * limiter lives: its slot can be read even after a swap.) */
    uint64_t nul = 0;
    key_guess g = {key_len, h->slot->seed, 0};
    g.hash = dy_hash_bytes_scan(key, key_len, g.seed, &nul);
    dy_table_prefetch(lim->table, g.hash);
    if (nul)
        return dy_fail(err, DAYONE_EINVAL, "request: the key contains a NUL byte");
    const lview *v = atomic_load_explicit(&lim->view, memory_order_acquire);
    if (DY_UNLIKELY(!key_may_stay_raw(lim, v, h)))
        return decide_handle_copied(lim, v, h, key, key_len, cost, usage, now_ns, out, err);
    /* req.key is not terminated here: only prepare() reads it, with g.len. */
    dayone_request req = handle_request(h, key, cost, usage, now_ns);
    name_memo memo = {h->plan, h->limit, h->iplan, h->slot};
    return decide_one(lim, v, &req, out, err, memo, &g, 1);
}

/* Requests prepared ahead in a batch: enough for their buckets' cache misses
 * to complete before they are needed, few enough to stay on the stack. */
#define BATCH_AHEAD 16

/* Room for every rate step of an n-request call; on failure cap stays 0
 * and each step goes to the backend on its own. */
static DY_COLD void rate_batch_init(rate_batch *b, size_t n)
{
    if (n == 0 || n > SIZE_MAX / sizeof *b->steps)
        return;
    b->steps = dy_malloc(n * sizeof *b->steps);
    b->pend = dy_malloc(n * sizeof *b->pend);
    b->cap = b->steps && b->pend ? n : 0;
}

/* decide_many's loop. `batch` is NULL without a backend and `any`
 * (overrides_exist(), read once per call) 0 without overrides: constants
 * the in-process path without overrides is compiled with, so it pays
 * nothing for the seam or for overrides. */
DY_HOT int decide_many_loop(dayone_limiter *lim, const lview *v, const dayone_request *reqs,
                            size_t n, dayone_decision *outs, int *statuses, int64_t *now,
                            rate_batch *batch, dayone_error *err, int any)
{
    int first = DAYONE_OK;
    prep ps[BATCH_AHEAD] = {{NULL, 0, 0, 0, 0, NULL}};
    ov_store ovs[BATCH_AHEAD]; /* overrides' rates, beside ps */
    int prc[BATCH_AHEAD];
    name_memo memo = NAME_MEMO_INIT;
    /* A rolling pipeline: request i + BATCH_AHEAD is prepared and its
     * bucket prefetched while request i is decided, so the cache misses
     * overlap with useful work and are spread out rather than bunched. */
    size_t ahead = n < BATCH_AHEAD ? n : BATCH_AHEAD;
    for (size_t i = 0; i < ahead; i++)
        if ((prc[i] = prepare_request(lim, v, &reqs[i], &ps[i], &memo, any, &ovs[i])) == DAYONE_OK)
            dy_table_prefetch(lim->table, ps[i].hash);
    for (size_t i = 0; i < n; i++) {
        size_t j = i % BATCH_AHEAD;
        dayone_error *e = first == DAYONE_OK ? err : NULL;
        int rc;
        size_t queued = batch ? batch->n : 0;
        if (prc[j] == PREP_BAD)
            rc = request_error(v, &reqs[i], e);
        else if (!dy_banlist_empty(lim->bans) && banned(lim, v, &reqs[i], &ps[j], &outs[i]))
            rc = DAYONE_OK;
        else if (prc[j] != DAYONE_OK)
            rc = finish_other(lim, v, &reqs[i], prc[j], &ps[j], now, batch, &outs[i], e);
        else if (DY_UNLIKELY(any))
            rc = finish_override(lim, v, &reqs[i], &ps[j], now, 1, batch, &outs[i], e);
        else
            rc = finish(lim, v, &reqs[i], &ps[j], now, 1, batch, &outs[i], e, 0);
        /* A step queued for the backend is counted once decided (rate_batch_run). */
        if (rc == DAYONE_OK && (!batch || batch->n == queued))
            decided(lim, v, &reqs[i], &ps[j], &outs[i]);
        if (i + BATCH_AHEAD < n &&
            (prc[j] = prepare_request(lim, v, &reqs[i + BATCH_AHEAD], &ps[j], &memo, any,
                                      &ovs[j])) == DAYONE_OK)
            dy_table_prefetch(lim->table, ps[j].hash);
        if (rc != DAYONE_OK) {
            memset(&outs[i], 0, sizeof outs[i]);
            if (first == DAYONE_OK) {
                first = rc;
                if (err) {
                    char msg[DAYONE_ERROR_MESSAGE_MAX];
                    snprintf(msg, sizeof msg, "%s", err->message);
                    dy_fail(err, rc, "request %zu: %s", i, msg);
                }
            }
        }
        if (statuses)
            statuses[i] = rc;
    }
    return first;
}

/* decide_many with a backend: the loop queues the rate steps, then one
 * call to the backend decides them (rate_batch_run). */
static DY_COLD int decide_many_with_backend(dayone_limiter *lim, const lview *v,
                                            const dayone_request *reqs, size_t n,
                                            dayone_decision *outs, int *statuses,
                                            dayone_error *err)
{
    int64_t now = 0;
    rate_batch batch = {NULL, NULL, 0, 0};
    rate_batch_init(&batch, n);
    int first = decide_many_loop(lim, v, reqs, n, outs, statuses, &now, &batch, err,
                                 overrides_exist(lim, v));
    rate_batch_run(lim, v, &batch, &now);
    dy_free(batch.steps);
    dy_free(batch.pend);
    return first;
}

/* decide_many in process when the limiter has some override. */
static DY_COLD int decide_many_overridden(dayone_limiter *lim, const lview *v,
                                          const dayone_request *reqs, size_t n,
                                          dayone_decision *outs, int *statuses,
                                          dayone_error *err)
{
    int64_t now = 0;
    return decide_many_loop(lim, v, reqs, n, outs, statuses, &now, NULL, err, 1);
}

int dayone_limiter_decide_many(dayone_limiter *lim, const dayone_request *reqs, size_t n,
                               dayone_decision *outs, int *statuses, dayone_error *err)
{
    if (!lim || (n > 0 && (!reqs || !outs)))
        return dy_fail(err, DAYONE_EINVAL,
                       "dayone_limiter_decide_many: limiter, requests and outputs are required");
    const lview *v = atomic_load_explicit(&lim->view, memory_order_acquire);
    if (lim->backend)
        return decide_many_with_backend(lim, v, reqs, n, outs, statuses, err);
    if (DY_UNLIKELY(overrides_exist(lim, v)))
        return decide_many_overridden(lim, v, reqs, n, outs, statuses, err);
    int64_t now = 0;
    return decide_many_loop(lim, v, reqs, n, outs, statuses, &now, NULL, err, 0);
}

/* ---- limit_reset ------------------------------------------------------------
 * The state a staff action resets or credits (limiter_reset.c decides
 * whether it may): the tenant's rate state under every rate of the plan's
 * limit (one, or each of several: rates after the first have states of
 * their own, lrates.seed[k]) and, when one is in force, under its
 * override's; and its quota counter of the current period. A request
 * prepared as a decision would be finds them. */

/* Credit one rate state of `key`: `credit` requests' worth (0: all). */
static int credit_rate(dayone_limiter *lim, const char *key, uint64_t seed, int64_t emission_ns,
                       int64_t credit, int64_t now)
{
    uint64_t h = dy_hash_bytes(key, strlen(key), seed);
    int64_t by = credit ? dy_gcra_sat_mul(emission_ns, credit) : -1;
    return dy_table_credit(lim->table, h, now, by);
}

/* The same states with a shared backend attached: described as the
 * decision's rate steps are (so the backend finds them under the keys the
 * decisions use) and reset there, all at once. */
static DY_COLD int reset_in_backend(dayone_limiter *lim, const lview *v,
                                    const dayone_request *req, const prep *p, int64_t credit,
                                    unsigned what, unsigned *found, dayone_error *err)
{
    if (!lim->backend->reset)
        return dy_fail(err, DAYONE_EBACKEND, "limit_reset: the attached backend cannot reset "
                       "its shared state, so nothing was reset");
    dy_rate_step st[2];
    dayone_decision unused;
    prep plan_p = *p;
    plan_p.r = p->s; /* the plan's own rates first */
    rate_step_describe(lim, v, req, &plan_p, 0, 0, &unused, &st[0]);
    size_t n = 1;
    if (p->r != p->s)
        rate_step_describe(lim, v, req, p, 0, 0, &unused, &st[n++]);
    int rate = (what & DY_RESET_RATE) != 0;
    int quota = (what & DY_RESET_QUOTA) && p->s->quota_amount >= 0 && st[0].quota[0];
    int rc = lim->backend->reset(lim->backend_self, st, n, credit, rate, quota, err);
    if (rc == DAYONE_OK)
        *found = (rate ? DY_RESET_RATE : 0) | (quota ? DY_RESET_QUOTA : 0);
    return rc;
}

int dy_limiter_reset_state(dayone_limiter *lim, const char *key, const char *plan,
                           const char *limit, int64_t credit, unsigned what, int64_t now_ns,
                           int64_t anchor_unix_s, int64_t wall_ns, unsigned *found,
                           dayone_error *err)
{
    const lview *v = atomic_load_explicit(&lim->view, memory_order_acquire);
    dayone_request req = DAYONE_REQUEST_INIT;
    req.key = key;
    req.plan = plan;
    req.limit = limit;
    req.period_anchor_unix_s = anchor_unix_s;
    req.wall_ns = wall_ns;
    prep p;
    ov_store ov;
    name_memo memo = NAME_MEMO_INIT;
    *found = 0;
    int prc = prepare_request(lim, v, &req, &p, &memo, overrides_exist(lim, v), &ov);
    if (prc == PREP_NO_RATE)
        return DAYONE_OK; /* unlimited or none: no state to reset */
    if (prc == PREP_BAD)
        return request_error(v, &req, err);
    /* The quota's period, told as a decision's is: an anchored quota needs
     * the tenant's anchor (fail closed: which period to change cannot be
     * told without it). */
    int64_t start = -1, reset;
    if ((what & DY_RESET_QUOTA) && p.s->quota_amount >= 0) {
        int qrc = quota_period(lim, &v->quotas[p.s - v->slots], &req, &start, &reset, err);
        if (qrc == QUOTA_NO_WALL)
            return dy_fail(err, DAYONE_EINVAL, "limit_reset: the wall time is outside "
                           "1970..9999: the quota's period cannot be told");
        if (qrc != DAYONE_OK)
            return qrc;
    }
    if (lim->backend) {
        req.now_ns = now_ns; /* the backend's clock unless it takes the request's */
        return reset_in_backend(lim, v, &req, &p, credit, what, found, err);
    }
    int64_t now = now_ns ? now_ns : limiter_now(lim);
    if (what & DY_RESET_RATE) {
        if (p.s->kind == LS_RATES) {
            const lrates *R = rates_of(v, &p);
            for (size_t k = 0; k < R->n; k++)
                if (credit_rate(lim, key, R->seed[k], R->r[k].emission_ns, credit, now))
                    *found |= DY_RESET_RATE;
        } else if (credit_rate(lim, key, p.s->seed, p.s->emission_ns, credit, now)) {
            *found |= DY_RESET_RATE;
        }
        if (p.r != p.s && credit_rate(lim, key, p.r->seed, p.r->emission_ns, credit, now))
            *found |= DY_RESET_RATE;
    }
    if ((what & DY_RESET_QUOTA) && p.s->quota_amount >= 0) {
        const lquota *lq = &v->quotas[p.s - v->slots];
        uint64_t qh = dy_hash_bytes(key, strlen(key), lq->seed);
        dy_quota_refund(lim->quotas, qh, start, credit ? credit : INT64_MAX);
        *found |= DY_RESET_QUOTA;
    }
    return DAYONE_OK;
}
