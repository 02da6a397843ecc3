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

/* The usual decision - one rate whose tolerance and increment are below
 * 2^52 ns, its TAT absent or less than 2^52 ns ahead - is written out in
 * the script's top level, before any function or table is made: every
 * EVALSHA runs the top level again, so each function it defines (a
 * closure and its upvalues) and each table is made and collected per
 * decision, and for this one decision they cost more than the decision's
 * arithmetic. It is the one-rate step of DY_REDIS_LUA_DECIDE (redis_script.h)
 * on the same doubles: the same reads in the same order (ban, quota,
 * TAT), the same writes, the same reply. Every other decision (several
 * rates, limbs, far TATs) falls through to DY_REDIS_LUA_DECIDE, defined
 * only then; it has written nothing before (a TAT too far ahead is found
 * before any write) and reads again what the top level read.
 * tests/unit/test_redis.c decides on both sides of each boundary, and
 * tests/unit/test_redis_copies.c against each other copy of the step. */

const char dy_redis_script[] =
/* first, before any local it would capture: a closure without upvalues */
DY_REDIS_LUA_QUOTA_PERIOD
"local rcall, tonumber = redis.call, tonumber\n"
"local t = rcall('TIME')\n"
"local real, realn = tonumber(t[1]), tonumber(t[2]) * 1000\n"
"local tol, inc\n"
"if #ARGV == 10 then\n"
"  local ts, tn, is, in_ = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])\n"
"  if ts and tn and is and in_ then\n"
"    tol, inc = ts * 1e9 + tn, is * 1e9 + in_\n"
"    if not (tol >= 0 and tol < 2 ^ 52 and inc >= 0 and inc < 2 ^ 52) then tol = nil end\n"
"  end\n"
"end\n"
/* The step's text is shared with rates_fast and decide()'s one-rate copy
 * (DY_REDIS_LUA_GCRA and the fragments beside it, redis_script.h); what is
 * around it, tests/unit/test_redis_copies.c holds to theirs. Each library
 * function the fragments call is made a local where it is used: as cheap
 * as the global it replaces. */
DY_REDIS_LUA_IF_TOP_LEVEL
"  local ns, nn, px_more = real, realn, 0\n"
"  if ARGV[8] ~= '' then ns, nn, px_more = tonumber(ARGV[8]), tonumber(ARGV[9]), 3600000 end\n"
"  local bt = rcall('PTTL', KEYS[#KEYS])\n"
"  if bt > 0 then return {4, math.floor(bt / 1000), (bt % 1000) * 1000000, 0, 0, -1} end\n"
"  local amount = tonumber(ARGV[5])\n"
"  local used, over, qkey, qexp, cost = -1, 0, nil, 0, nil\n"
"  if amount >= 0 then\n"
     /* the cost counts only for a quota (each tonumber is a strtod) */
"    cost = tonumber(ARGV[6])\n"
"    qkey, qexp = quota_period(KEYS[2], ns, real, ARGV[10])\n"
"    used = tonumber(rcall('GET', qkey) or '0')\n"
"    if used + cost > amount then\n"
"      if ARGV[7] == '1' then return {3, 0, 0, 0, 0, used} end\n"
"      over = 1\n"
"    end\n"
"  end\n"
"  local tat, e = KEYS[1], 0\n"
"  local v = rcall('GET', tat)\n"
"  if v then\n"
"    local ssub = string.sub\n"
DY_REDIS_LUA_TAT_NUMBERS("v")
DY_REDIS_LUA_AHEAD("e")
"  end\n"
"  if e then\n"
DY_REDIS_LUA_GCRA("e", "tol", "inc")
"    local c, b = 2, e\n"
"    if a <= 0 then\n"
       /* put_fast (DY_REDIS_LUA_DECIDE) */
"      local fmt = string.format\n"
DY_REDIS_LUA_TAT_TEXT("v", "x")
"      rcall('PSETEX', tat, fmt('%d', " DY_REDIS_LUA_PX("x") "), v)\n"
"      if qkey then\n"
"        rcall('INCRBY', qkey, cost)\n"
"        rcall('EXPIREAT', qkey, qexp)\n"
"      end\n"
"      c, a, b = over, -a, x\n"
"    end\n"
"    local ar, br = a % 1e9, b % 1e9\n"
"    return {c, (a - ar) / 1e9, ar, (b - br) / 1e9, br, used}\n"
"  end\n"
"end\n"
DY_REDIS_LUA_LIMBS
DY_REDIS_LUA_DECIDE
/* out is made with its six slots: filled from empty it would be re-sized
 * three times */
"local out = {0, 0, 0, 0, 0, 0}\n"
"decide(0, #KEYS, params(0, #ARGV), real, realn, out, 0)\n"
"return out\n";
