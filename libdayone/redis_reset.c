/* redis_reset.c - limit_reset on Redis (redis_reset.h).
 *
 * One EVAL (a staff action is rare: no SHA to keep) of the script below,
 * atomic over every key it names, all in the tenant's slot:
 *
 * KEYS  the TAT keys (each step's rates, redis_keys.h), then - when the
 *       quota is reset - the quota counter key without its period
 * ARGV  number t of TAT keys | quota credit (-1: leave the quota alone) |
 *       client clock s, ns ("" "": Redis TIME, as the decision script) |
 *       period (redis_keys.h, dy_redis_period_arg) | per TAT key: credit s, ns
 *       (-1 0: reset)
 * Reply {rate states found, quota counter found}
 *
 * A TAT is credited as the in-process table does it (limiter_table.c,
 * dy_table_credit): from min(TAT, now) it moves back by the credit, never
 * before now - a full burst; reset means that floor. A TAT left at or
 * before now is deleted (an absent key is a full burst), a later one is
 * stored with the same expiry a decision gives it. The quota counter of
 * the period holding the clock (the decision script's quota_period) is
 * deleted on reset, else lowered by the credit, never below 0. */
#include "redis_reset.h"
#include <stdio.h>
#include <string.h>
#include "alloc.h"
#include "error.h"
#include "redis_decide.h"
#include "redis_keys.h"
#include "redis_script.h"

#define NS_PER_SEC INT64_C(1000000000)

static const char reset_script[] =
"local t = redis.call('TIME')\n"
"local ns, nn = tonumber(t[1]), tonumber(t[2]) * 1000\n"
"local real = ns\n"
"if ARGV[3] ~= '' then ns, nn = tonumber(ARGV[3]), tonumber(ARGV[4]) end\n"
DY_REDIS_LUA_LIMBS
DY_REDIS_LUA_QUOTA_PERIOD
"local ntat, qcredit = tonumber(ARGV[1]), tonumber(ARGV[2])\n"
"local rates, quota = 0, 0\n"
"for i = 1, ntat do\n"
"  local v = redis.call('GET', KEYS[i])\n"
"  if v then\n"
"    rates = rates + 1\n"
"    local vs, vn = tonumber(string.sub(v, 1, -10)) or 0, tonumber(string.sub(v, -9)) or 0\n"
"    local cs, cn = tonumber(ARGV[4 + 2 * i]), tonumber(ARGV[5 + 2 * i])\n"
"    local fs, fn = vs, vn\n"
"    if lt(ns, nn, vs, vn) then fs, fn = ns, nn end\n"
"    local ts, tn = fs, fn\n"
"    if cs >= 0 then\n"
"      local gs, gn = sub(vs, vn, fs, fn)\n"
"      if lt(cs, cn, gs, gn) then ts, tn = sub(vs, vn, cs, cn) end\n"
"    end\n"
"    if lt(ns, nn, ts, tn) then\n"
"      local zs, zn = sub(ts, tn, ns, nn)\n"
"      local px = zs * 1000 + math.floor(zn / 1000000) + 1\n"
"      if ARGV[3] ~= '' then px = px + 3600000 end\n"
"      redis.call('SET', KEYS[i], string.format('%d%09d', ts, tn), 'PX', px)\n"
"    else\n"
"      redis.call('DEL', KEYS[i])\n"
"    end\n"
"  end\n"
"end\n"
"if qcredit >= 0 then\n"
"  local qkey = quota_period(KEYS[ntat + 1], ns, real, ARGV[5])\n"
"  local used = redis.call('GET', qkey)\n"
"  if used then\n"
"    quota = 1\n"
"    if qcredit == 0 or tonumber(used) <= qcredit then redis.call('DEL', qkey)\n"
"    else redis.call('DECRBY', qkey, qcredit) end\n"
"  end\n"
"end\n"
"return {rates, quota}\n";

/* The most TAT keys: the plan's rates and an override's one. */
#define TAT_MAX (DAYONE_LIMIT_RATES_MAX + 1)
#define ARGS_MAX (4 + TAT_MAX + 1 + 5 + 2 * TAT_MAX)

static int send(dy_redis *b, const char **argv, const size_t *lens, int argc, dayone_error *err)
{
    dy_redis_conn *k = dy_redis_acquire(&b->pool);
    if (!k)
        return dy_fail(err, DAYONE_EBACKEND, "limit_reset: Redis is unavailable, so nothing "
                       "was reset");
    atomic_fetch_add(&b->round_trips, 1);
    redisReply *r = redisCommandArgv(k->c, argc, argv, lens);
    int ok = r && r->type == REDIS_REPLY_ARRAY && r->elements == 2 &&
             r->element[0]->type == REDIS_REPLY_INTEGER &&
             r->element[1]->type == REDIS_REPLY_INTEGER;
    if (r && !ok)
        dy_redis_count_error(&b->pool);
    dy_redis_release(&b->pool, k, r == NULL);
    if (r)
        freeReplyObject(r);
    if (!ok)
        return dy_fail(err, DAYONE_EBACKEND, "limit_reset: Redis did not answer the reset "
                       "script, so nothing was reset");
    return DAYONE_OK;
}

int dy_redis_reset(void *self, const dy_rate_step *steps, size_t n, int64_t credit, int rate,
                   int quota, dayone_error *err)
{
    dy_redis *b = self;
    dy_redis_keys keys[2];
    size_t built = 0;
    int rc = DAYONE_OK;
    if (n < 1 || n > 2)
        return dy_fail(err, DAYONE_EINVAL, "limit_reset: one or two steps");
    for (; built < n; built++)
        if (dy_redis_keys_build(&keys[built], b->prefix, b->prefix_len, &steps[built]) != 0) {
            rc = dy_fail(err, DAYONE_ENOMEM, "out of memory");
            goto done;
        }
    const char *argv[ARGS_MAX] = {"EVAL", reset_script, NULL};
    size_t lens[ARGS_MAX] = {4, sizeof reset_script - 1, 0};
    char num[5][24], limbs[2 * TAT_MAX][24];
    int argc = 3, ntat = 0;
    if (rate)
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < keys[i].ntat; j++) {
                int64_t em = j == 0 ? steps[i].emission_ns : steps[i].rates[j].emission_ns;
                int64_t by = credit ? credit * em : -NS_PER_SEC; /* -1 s: reset */
                if (credit && em > INT64_MAX / credit)
                    by = INT64_MAX; /* beyond any TAT: the floor, as in process */
                snprintf(limbs[2 * ntat], sizeof limbs[0], "%lld", (long long)(by / NS_PER_SEC));
                snprintf(limbs[2 * ntat + 1], sizeof limbs[0], "%lld",
                         (long long)(by % NS_PER_SEC));
                argv[argc] = keys[i].tat[j];
                lens[argc++] = keys[i].tat_len[j];
                ntat++;
            }
    if (quota) {
        argv[argc] = keys[0].quota;
        lens[argc++] = keys[0].quota_len;
    }
    if (argc == 3)
        goto done; /* nothing of this tenant's to reset (no rate asked, no quota) */
    snprintf(num[0], sizeof num[0], "%d", argc - 3); /* numkeys */
    snprintf(num[1], sizeof num[1], "%d", ntat);
    snprintf(num[2], sizeof num[2], "%lld", quota ? (long long)credit : -1LL);
    num[3][0] = num[4][0] = '\0';
    if (b->client_clock && steps[0].now_ns > 0) {
        snprintf(num[3], sizeof num[3], "%lld", (long long)(steps[0].now_ns / NS_PER_SEC));
        snprintf(num[4], sizeof num[4], "%lld", (long long)(steps[0].now_ns % NS_PER_SEC));
    }
    argv[2] = num[0];
    lens[2] = strlen(num[0]);
    for (int i = 1; i < 5; i++) {
        argv[argc] = num[i];
        lens[argc++] = strlen(num[i]);
    }
    char period[32];
    dy_redis_period_arg(period, sizeof period, &steps[0]);
    argv[argc] = period;
    lens[argc++] = strlen(period);
    for (int i = 0; i < 2 * ntat; i++) {
        argv[argc] = limbs[i];
        lens[argc++] = strlen(limbs[i]);
    }
    rc = send(b, argv, lens, argc, err);
done:
    for (size_t i = 0; i < built; i++)
        dy_redis_keys_release(&keys[i]);
    return rc;
}
