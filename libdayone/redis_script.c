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
 *          KEYS[3] the pair's ban key (redis_bans.h)
 * ARGV     interval s, ns | tolerance s, ns | increment s, ns |
 *          quota amount (-1: no counter in Redis) | cost | strict (1/0) |
 *          client clock s, ns ("" "": use TIME; set only with the
 *          clock_from_request option, for tests and simulations) |
 *          period ("d": the quota counts per UTC day, else per month)
 * Reply    {code, a_s, a_ns, b_s, b_ns, used}
 *          code 0 allow / 1 allow over quota (soft): a = now - allow_at,
 *            b = new_tat - now (reset)
 *          code 2 deny rate: a = allow_at - now (retry), b = tat - now (reset)
 *          code 3 deny quota (strict): nothing else
 *          code 4 banned: a = the ban's remaining time; checked first
 *          used = the quota counter before this request (-1 without one)
 *
 * A denial writes nothing. An allowed request stores the new TAT with a
 * PX of its reset (the state means nothing after that; with a client clock,
 * which need not advance with real time, an hour more, or a slow test run
 * would see its state expire mid-vector) and, with a quota,
 * adds the cost to <KEYS[2]>:<YYYYMM> (UTC month of Redis TIME), which
 * expires an hour after the month ends, or for a daily quota to
 * <KEYS[2]>:<YYYYMMDD>, expiring an hour after the day ends (the periods of
 * dayone/quota.h). Both in one script: atomic. */
#include "redis_script.h"

const char dy_redis_script[] =
"local t = redis.call('TIME')\n"
"local ns, nn = tonumber(t[1]), tonumber(t[2]) * 1000\n"
"local real = ns\n"
"if ARGV[10] ~= '' then ns, nn = tonumber(ARGV[10]), tonumber(ARGV[11]) end\n"
"local function lt(as, an, bs, bn) return as < bs or (as == bs and an < bn) end\n"
"local function add(as, an, bs, bn)\n"
"  local s, n = as + bs, an + bn\n"
"  if n >= 1000000000 then s, n = s + 1, n - 1000000000 end\n"
"  return s, n\n"
"end\n"
"local function sub(as, an, bs, bn)\n"
"  local s, n = as - bs, an - bn\n"
"  if n < 0 then s, n = s - 1, n + 1000000000 end\n"
"  return s, n\n"
"end\n"
"local bt = redis.call('PTTL', KEYS[3])\n"
"if bt > 0 then return {4, math.floor(bt / 1000), (bt % 1000) * 1000000, 0, 0, -1} end\n"
"local ts, tn = ns, nn\n"
"local v = redis.call('GET', KEYS[1])\n"
"if v then\n"
"  local vs, vn = tonumber(string.sub(v, 1, -10)) or 0, tonumber(string.sub(v, -9)) or 0\n"
"  if lt(ns, nn, vs, vn) then ts, tn = vs, vn end\n"
"end\n"
"local amount, cost = tonumber(ARGV[7]), tonumber(ARGV[8])\n"
"local used, over, qkey, qexp = -1, 0, nil, 0\n"
"if amount >= 0 then\n"
"  local days = math.floor(ns / 86400)\n"
"  local z = days + 719468\n"
"  local era = math.floor(z / 146097)\n"
"  local doe = z - era * 146097\n"
"  local yoe = math.floor((doe - math.floor(doe / 1460) + math.floor(doe / 36524) - math.floor(doe / 146096)) / 365)\n"
"  local y = yoe + era * 400\n"
"  local doy = doe - (365 * yoe + math.floor(yoe / 4) - math.floor(yoe / 100))\n"
"  local mp = math.floor((5 * doy + 2) / 153)\n"
"  local d = doy - math.floor((153 * mp + 2) / 5) + 1\n"
"  local m = mp < 10 and mp + 3 or mp - 9\n"
"  if m <= 2 then y = y + 1 end\n"
"  local mdays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}\n"
"  local len = mdays[m]\n"
"  if m == 2 and y % 4 == 0 and (y % 100 ~= 0 or y % 400 == 0) then len = 29 end\n"
"  qexp = (days - (d - 1) + len) * 86400 + 3600\n"
"  qkey = KEYS[2] .. ':' .. string.format('%04d%02d', y, m)\n"
"  if ARGV[12] == 'd' then\n"
"    qexp = (days + 1) * 86400 + 3600\n"
"    qkey = KEYS[2] .. ':' .. string.format('%04d%02d%02d', y, m, d)\n"
"  end\n"
"  if qexp <= real then qexp = real + 3600 end\n"
"  used = tonumber(redis.call('GET', qkey) or '0')\n"
"  if used + cost > amount then\n"
"    if ARGV[9] == '1' then return {3, 0, 0, 0, 0, used} end\n"
"    over = 1\n"
"  end\n"
"end\n"
"local xs, xn = add(ts, tn, tonumber(ARGV[5]), tonumber(ARGV[6]))\n"
"local as_, an_ = sub(xs, xn, tonumber(ARGV[3]), tonumber(ARGV[4]))\n"
"if lt(ns, nn, as_, an_) then\n"
"  local rs, rn = sub(as_, an_, ns, nn)\n"
"  local zs, zn = sub(ts, tn, ns, nn)\n"
"  return {2, rs, rn, zs, zn, used}\n"
"end\n"
"local zs, zn = sub(xs, xn, ns, nn)\n"
"local px = zs * 1000 + math.floor(zn / 1000000) + 1\n"
"if ARGV[10] ~= '' then px = px + 3600000 end\n"
"redis.call('SET', KEYS[1], string.format('%d%09d', xs, xn), 'PX', px)\n"
"if qkey then\n"
"  redis.call('INCRBY', qkey, cost)\n"
"  redis.call('EXPIREAT', qkey, qexp)\n"
"end\n"
"local ds, dn = sub(ns, nn, as_, an_)\n"
"return {over, ds, dn, zs, zn, used}\n";
