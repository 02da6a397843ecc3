/* redis_script.c - the Lua script that makes one decision in Redis.
 *
 * GCRA with the arithmetic of gcra.h, exactly: Redis Lua numbers are
 * doubles (exact integers only below 2^53, about 104 days in ns), so every
 * time is carried as two limbs, whole seconds and nanoseconds (0..1e9-1),
 * and only added, subtracted and compared; the one division (remaining) is
 * done by the caller in int64 from the limbs the script returns. The TAT is
 * stored as its decimal nanoseconds. The clock is Redis TIME (microseconds).
 *
 * KEYS[1]  rate key (the TAT), KEYS[2] quota counter key without its month,
 *          the last KEYS: the pair's ban key (redis_bans.h)
 * ARGV     interval s, ns | tolerance s, ns | increment s, ns |
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

const char dy_redis_script[] =
"local t = redis.call('TIME')\n"
"local ns, nn = tonumber(t[1]), tonumber(t[2]) * 1000\n"
"local real = ns\n"
"if ARGV[10] ~= '' then ns, nn = tonumber(ARGV[10]), tonumber(ARGV[11]) end\n"
DY_REDIS_LUA_LIMBS
DY_REDIS_LUA_QUOTA_PERIOD
"local function step(key, tls, tln, ins, inn)\n"
"  local ts, tn = ns, nn\n"
"  local v = redis.call('GET', key)\n"
"  if v then\n"
"    local vs, vn = tonumber(string.sub(v, 1, -10)) or 0, tonumber(string.sub(v, -9)) or 0\n"
"    if lt(ns, nn, vs, vn) then ts, tn = vs, vn end\n"
"  end\n"
"  local xs, xn = add(ts, tn, ins, inn)\n"
"  local as_, an_ = sub(xs, xn, tls, tln)\n"
"  if lt(ns, nn, as_, an_) then\n"
"    local rs, rn = sub(as_, an_, ns, nn)\n"
"    local zs, zn = sub(ts, tn, ns, nn)\n"
"    return {0, rs, rn, zs, zn}\n"
"  end\n"
"  local zs, zn = sub(xs, xn, ns, nn)\n"
"  local ds, dn = sub(ns, nn, as_, an_)\n"
"  return {1, ds, dn, zs, zn, xs, xn}\n"
"end\n"
"local bt = redis.call('PTTL', KEYS[#KEYS])\n"
"if bt > 0 then return {4, math.floor(bt / 1000), (bt % 1000) * 1000000, 0, 0, -1} end\n"
"local amount, cost = tonumber(ARGV[7]), tonumber(ARGV[8])\n"
"local used, over, qkey, qexp = -1, 0, nil, 0\n"
"if amount >= 0 then\n"
"  qkey, qexp = quota_period(KEYS[2], ns, real, ARGV[12])\n"
"  used = tonumber(redis.call('GET', qkey) or '0')\n"
"  if used + cost > amount then\n"
"    if ARGV[9] == '1' then return {3, 0, 0, 0, 0, used} end\n"
"    over = 1\n"
"  end\n"
"end\n"
"local m = tonumber(ARGV[13] or '0') or 0\n"
"local steps = {step(KEYS[1], tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6]))}\n"
"local all = steps[1][1] == 1\n"
"for j = 1, m do\n"
"  local o = 13 + 4 * (j - 1)\n"
"  steps[j + 1] = step(KEYS[2 + j], tonumber(ARGV[o + 1]), tonumber(ARGV[o + 2]), tonumber(ARGV[o + 3]), tonumber(ARGV[o + 4]))\n"
"  if steps[j + 1][1] == 0 then all = false end\n"
"end\n"
"local function reply(code)\n"
"  local s = steps[1]\n"
"  local r = {code, s[2], s[3], s[4], s[5], used}\n"
"  if m > 0 then\n"
"    for k = 1, m + 1 do\n"
"      for i = 1, 5 do r[#r + 1] = steps[k][i] end\n"
"    end\n"
"  end\n"
"  return r\n"
"end\n"
"if not all then return reply(2) end\n"
"for k = 1, m + 1 do\n"
"  local s = steps[k]\n"
"  local px = s[4] * 1000 + math.floor(s[5] / 1000000) + 1\n"
"  if ARGV[10] ~= '' then px = px + 3600000 end\n"
"  redis.call('SET', k == 1 and KEYS[1] or KEYS[1 + k], string.format('%d%09d', s[6], s[7]), 'PX', px)\n"
"end\n"
"if qkey then\n"
"  redis.call('INCRBY', qkey, cost)\n"
"  redis.call('EXPIREAT', qkey, qexp)\n"
"end\n"
"return reply(over)\n";
