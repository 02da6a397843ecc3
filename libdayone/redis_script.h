/* redis_script.h - the Lua script that makes one decision in Redis
 * (redis_script.c, where its arguments and reply are described). */
#ifndef DY_REDIS_SCRIPT_H
#define DY_REDIS_SCRIPT_H

extern const char dy_redis_script[];

/* Lua the decision script and limit_reset's (redis_reset.c) share, written
 * once. DY_REDIS_LUA_LIMBS: times as two limbs, whole seconds and
 * nanoseconds - lt(a, b), add(a, b), sub(a, b). DY_REDIS_LUA_QUOTA_PERIOD:
 * quota_period(base, s, real, arg) -> the counter key and its expiry for
 * the period argument `arg` (redis_keys.h, dy_redis_period_arg): "m" or
 * "d", the UTC month (base:YYYYMM) or day (base:YYYYMMDD) holding Unix
 * second s; "p<reset>:<suffix>", the period the limiter told (base:<suffix>,
 * ending at <reset>). It expires an hour after its period ends, or an hour
 * after `real`, Redis TIME, when that is later. */
#define DY_REDIS_LUA_LIMBS \
"local function lt(as, an, bs, bn) return as < bs or (as == bs and an < bn) end\n" \
"local function add(as, an, bs, bn)\n" \
"  local s, n = as + bs, an + bn\n" \
"  if n >= 1000000000 then s, n = s + 1, n - 1000000000 end\n" \
"  return s, n\n" \
"end\n" \
"local function sub(as, an, bs, bn)\n" \
"  local s, n = as - bs, an - bn\n" \
"  if n < 0 then s, n = s - 1, n + 1000000000 end\n" \
"  return s, n\n" \
"end\n"

#define DY_REDIS_LUA_QUOTA_PERIOD \
"local function quota_period(base, s, real, arg)\n" \
"  local pr, ps = string.match(arg, '^p(%d+):(%w+)$')\n" \
"  if pr then\n" \
"    local qexp = tonumber(pr) + 3600\n" \
"    if qexp <= real then qexp = real + 3600 end\n" \
"    return base .. ':' .. ps, qexp\n" \
"  end\n" \
"  local days = math.floor(s / 86400)\n" \
"  local z = days + 719468\n" \
"  local era = math.floor(z / 146097)\n" \
"  local doe = z - era * 146097\n" \
"  local yoe = math.floor((doe - math.floor(doe / 1460) + math.floor(doe / 36524) - math.floor(doe / 146096)) / 365)\n" \
"  local y = yoe + era * 400\n" \
"  local doy = doe - (365 * yoe + math.floor(yoe / 4) - math.floor(yoe / 100))\n" \
"  local mp = math.floor((5 * doy + 2) / 153)\n" \
"  local d = doy - math.floor((153 * mp + 2) / 5) + 1\n" \
"  local m = mp < 10 and mp + 3 or mp - 9\n" \
"  if m <= 2 then y = y + 1 end\n" \
"  local mdays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}\n" \
"  local len = mdays[m]\n" \
"  if m == 2 and y % 4 == 0 and (y % 100 ~= 0 or y % 400 == 0) then len = 29 end\n" \
"  local qexp = (days - (d - 1) + len) * 86400 + 3600\n" \
"  local qkey = base .. ':' .. string.format('%04d%02d', y, m)\n" \
"  if arg == 'd' then\n" \
"    qexp = (days + 1) * 86400 + 3600\n" \
"    qkey = base .. ':' .. string.format('%04d%02d%02d', y, m, d)\n" \
"  end\n" \
"  if qexp <= real then qexp = real + 3600 end\n" \
"  return qkey, qexp\n" \
"end\n"

/* The reply's first element. */
enum { DY_RS_ALLOW = 0, DY_RS_OVERAGE = 1, DY_RS_DENY_RATE = 2, DY_RS_DENY_QUOTA = 3,
       DY_RS_BANNED = 4 };

#endif
