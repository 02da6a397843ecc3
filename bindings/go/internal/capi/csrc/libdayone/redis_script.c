/* redis_script.c - the Lua script that makes one decision in Redis.
 *
 * GCRA with the arithmetic of gcra.h, exactly: Redis Lua numbers are
 * doubles (exact integers only below 2^53, about 104 days in ns), so times
 * travel as two limbs, whole seconds and nanoseconds (0..1e9-1). The step
 * runs on differences from now: while the tolerance, the increment and the
 * TAT's distance ahead of now are below 2^52 ns, on one double each (exact
 * there); otherwise on the limbs, only added, subtracted and compared. The
 * one division (remaining) is done by the caller in int64 from the limbs
 * the script returns. The TAT is stored as its decimal nanoseconds. The
 * clock is Redis TIME (microseconds).
 *
 * KEYS[1]  rate key (the TAT), KEYS[2] quota counter key without its month,
 *          the last KEYS: the pair's ban key (redis_bans.h)
 * ARGV     tolerance s, ns | increment s, ns |
 *          quota amount (-1: no counter in Redis) | cost | strict (1/0) |
 *          client clock s, ns ("" "": use TIME; set only with the
 *          clock_from_request option, for tests and simulations) |
 *          period ("d": the quota counts per UTC day, "m" per month, both
 *          by the script's clock; or "p<reset>:<suffix>": a period the
 *          limiter told - anchored, or from the request's wall time - with
 *          the Unix second it ends and the counter key's suffix) |
 *          a limit of several rates: the number m of rates after the first,
 *          then for each: tolerance s, ns | increment s, ns (its TAT in
 *          KEYS[2 + j]); absent for a limit of one rate
 * Reply    {code, a_s, a_ns, b_s, b_ns, used}
 *          code 0 allow / 1 allow over quota (soft): a = now - allow_at,
 *            b = new_tat - now (reset)
 *          code 2 deny rate: a = allow_at - now (retry), b = tat - now (reset)
 *          code 3 deny quota (strict): nothing else
 *          code 4 banned: a = the ban's remaining time; checked first
 *          used = the quota counter before this request (-1 without one)
 *          With m > 0 rates more: code 2 when any rate denies (a and b are
 *          then the first rate's), and after `used` five integers per rate,
 *          the first first: {ok (1/0), a_s, a_ns, b_s, b_ns} with a and b as
 *          above for that rate alone. Every TAT is read before any is
 *          written: no rate is charged unless all allow.
 *
 * A denial writes nothing. An allowed request stores the new TAT with a
 * PX of its reset (the state means nothing after that; with a client clock,
 * which need not advance with real time, an hour more, or a slow test run
 * would see its state expire mid-vector) and, with a quota,
 * adds the cost to <KEYS[2]>:<YYYYMM> (UTC month of Redis TIME), which
 * expires an hour after the month ends, or for a daily quota to
 * <KEYS[2]>:<YYYYMMDD>, expiring an hour after the day ends (the periods of
 * dayone/quota.h); for a period the limiter told, to <KEYS[2]>:<suffix>
 * (YYYYMM, YYYYMMDD, or aYYYYMMDD for an anchored period: its first day),
 * expiring an hour after that period ends. Both in one script: atomic. */
#include "redis_script.h"

/* The decision itself is DY_REDIS_LUA_DECIDE (redis_script.h), which the
 * batch script (redis_batch.c) calls too: this script only reads TIME and
 * calls it once on all its keys and values. */

const char dy_redis_script[] =
DY_REDIS_LUA_LIMBS
DY_REDIS_LUA_QUOTA_PERIOD
DY_REDIS_LUA_DECIDE
/* out is made with its six slots: filled from empty it would be re-sized
 * three times */
"local t, out = redis.call('TIME'), {0, 0, 0, 0, 0, 0}\n"
"decide(0, #KEYS, params(0, #ARGV), tonumber(t[1]), tonumber(t[2]) * 1000, out, 0)\n"
"return out\n";
