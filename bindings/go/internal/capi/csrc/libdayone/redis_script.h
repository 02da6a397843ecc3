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
"  local len = 30 + (m + math.floor(m / 8)) % 2\n" \
"  if m == 2 then len = (y % 4 == 0 and (y % 100 ~= 0 or y % 400 == 0)) and 29 or 28 end\n" \
"  local qexp = (days - (d - 1) + len) * 86400 + 3600\n" \
"  local qkey = base .. ':' .. string.format('%04d%02d', y, m)\n" \
"  if arg == 'd' then\n" \
"    qexp = (days + 1) * 86400 + 3600\n" \
"    qkey = base .. ':' .. string.format('%04d%02d%02d', y, m, d)\n" \
"  end\n" \
"  if qexp <= real then qexp = real + 3600 end\n" \
"  return qkey, qexp\n" \
"end\n"

/* DY_REDIS_LUA_DECIDE (after the two above): the decision function the
 * batch script (redis_batch.c) calls for every decision - the GCRA step,
 * multi-rate all-or-none, the quota counter and the ban check. The
 * single-decision script (redis_script.c) decides the usual case (one
 * rate on single doubles) in its top level, the same steps written out
 * without a function or table made, and calls this for every other.
 *
 *   params(ab, na) -> p: one decision's values ARGV[ab + 1 .. ab + na], laid
 *       out as redis_script.c describes, read once into numbers
 *   decide(kb, nk, p, real_s, real_ns, out, o) -> n: the reply
 *       (redis_script.c) written to out[o + 1 .. o + n]; or 0, nothing
 *       written, when the reply is the one the call's decision before
 *       wrote (only a batch, which calls it more than once, sees 0)
 *
 * decide() decides on KEYS[kb + 1 .. kb + nk] (one decision's keys: offsets,
 * not copies) with the values p at Redis TIME real_s, real_ns. A batch reads
 * each distinct set of values once and passes the same p to every decision
 * that carries it. decide() is defined once per script (no closure per
 * decision) and allocates nothing but, for a limit of several rates, one
 * table of their new TATs: it writes its reply into the caller's table (the
 * batch's one flat reply), so no table per decision is built, converted and
 * collected.
 *
 * Times: when every rate's tolerance and increment and the TAT's distance
 * from now are below 2^52 ns (params, ahead), the step runs on one double per
 * time, exact there; otherwise on limbs (DY_REDIS_LUA_LIMBS), as a limit
 * with a tolerance of months or a request clock far behind a TAT needs.
 * Both give the same integers (tests/unit/test_redis.c decides on both
 * sides of each boundary).
 *
 * `known` is a copy of the strings a batch read up front at TAT keys, and
 * `all_absent` says the batch found every other TAT key and every ban key
 * absent; `no_bans` that the batch found no ban under its prefix and sent
 * no ban keys (redis_batch.c, its lean form); the single script leaves all
 * three empty. A TAT read is answered from
 * them, or from `off` for a TAT the call wrote at the same instant (no text
 * to parse), the ban's PTTL is skipped when all are absent, the write of a
 * TAT keeps them current and the quota counter's INCRBY drops its entry,
 * so the answers are the ones Redis would give. Every write still goes to
 * Redis at once. */
/* The conditions that send a decision down each of the one-rate step's
 * written-out copies: the single script's top level (redis_script.c),
 * decide()'s one-rate copy and rates_fast; and the batch script's
 * fresh-key loop. tests/unit/test_redis_copies.c replaces each with false,
 * one after the other, so that every copy is run against the one after it
 * and against the limbs (rates_limbs), which take every decision when the
 * single script's three are off. */
#define DY_REDIS_LUA_IF_TOP_LEVEL "if tol then\n"
#define DY_REDIS_LUA_IF_ONE_RATE "if p[q] and m == 0 then\n"
#define DY_REDIS_LUA_IF_RATES_FAST "elseif p[q] then"
/* The batch script's fresh-key loop (redis_batch.c): the calls whose keys
 * all are absent, on one value set of one rate. Off, decide()'s one-rate
 * copy takes those decisions. */
#define DY_REDIS_LUA_IF_FRESH_LOOP "if fresh_keys then\n"

/* The one-rate step on single doubles, written once: each of its copies
 * splices in these fragments (rates_fast and decide()'s one-rate copy
 * here, the single script's top level in redis_script.c; the limbs' step
 * reads the TAT with DY_REDIS_LUA_TAT_NUMBERS too), with the names of the
 * values they read and write as parameters; the batch script's fresh-key
 * loop is one more copy (redis_batch.c). The copies stay written out
 * because a function call per decision costs as much as the arithmetic;
 * what is around the fragments in each, test_redis_copies holds alike.
 * The fragments need the locals tonumber, ssub (string.sub) and fmt
 * (string.format), and now as ns, nn (whole seconds, nanoseconds) and
 * px_more (the PX added with a request's clock).
 *
 * DY_REDIS_LUA_TAT_NUMBERS(v): the TAT text v (not nil) as the locals hi
 * (all but its last nine characters) and lo (those nine). An empty hi - a
 * TAT below 1e9 ns, only with a request's clock - is 0; text tonumber reads
 * as no number, or as nan or +-inf (Lua's strtod reads those; x - x == 0
 * is false only for them), fails the decision (its fallback), never reads
 * as a fresh TAT. */
#define DY_REDIS_LUA_TAT_NUMBERS(v) \
"local hi, lo = tonumber(ssub(" v ", 1, -10)), tonumber(ssub(" v ", -9))\n" \
"if not hi and #" v " <= 9 then hi = 0 end\n" \
"if not (hi and lo and hi - hi == 0 and lo - lo == 0) then\n" \
"  error('a stored TAT is not a number', 0)\n" \
"end\n"
/* DY_REDIS_LUA_AHEAD(e): e = how far the TAT hi, lo lies after now, in ns:
 * 0 when not after (only the sign of a TAT before now matters, and
 * rounding keeps it), exact below 2^52, nil from 2^52 on (the limbs
 * decide). */
#define DY_REDIS_LUA_AHEAD(e) \
e " = (hi - ns) * 1e9 + (lo - nn)\n" \
"if " e " <= 0 then " e " = 0 elseif " e " >= 2 ^ 52 then " e " = nil end\n"
/* DY_REDIS_LUA_GCRA(e, tol, inc): the step itself, for a TAT e ns after
 * now (0 when not after). x = e + increment, the new TAT - now; a = x -
 * tolerance, allow_at - now. a <= 0 allows: the reply's a is -a (now -
 * allow_at), its b x (the reset), and the TAT now + x is written; else it
 * refuses: a (retry after), b = e (reset after). All below 2^53, exact. */
#define DY_REDIS_LUA_GCRA(e, tol, inc) \
"local x = " e " + " inc "\n" \
"local a = x - " tol "\n"
/* DY_REDIS_LUA_TAT_TEXT(v, x): v = the text of the TAT now + x, as Redis
 * holds it (decimal ns). DY_REDIS_LUA_PX(x): its PX, the ms until it means
 * nothing (an expression). */
#define DY_REDIS_LUA_TAT_TEXT(v, x) \
"local n = nn + " x "\n" \
"local r = n % 1e9\n" \
v " = fmt('%d%09d', ns + (n - r) / 1e9, r)\n"
#define DY_REDIS_LUA_PX(x) "(" x " - " x " % 1e6) / 1e6 + 1 + px_more"

/* Write the TAT now + x to KEY with the PX of x, as the Lua locals x, ns,
 * nn and px_more hold them. Their texts are kept for the script run in
 * off/tat_text/px_text when `off` is a table (string.format costs more
 * than the rest of a decision's arithmetic): decisions of a call at one
 * instant with the same x - fresh keys of one limit - format them once.
 * Used by put_fast and written out in the decision's one-rate path. */
#define DY_REDIS_LUA_PUT_TAT(KEY) \
"  local px = " DY_REDIS_LUA_PX("x") "\n" \
"  local v, t\n" \
"  if off then off[" KEY "] = x; v, t = tat_text[x], px_text[px] end\n" \
"  if not v then\n" \
DY_REDIS_LUA_TAT_TEXT("v", "x") \
"    if off then tat_text[x] = v end\n" \
"  end\n" \
"  if not t then\n" \
"    t = fmt('%d', px)\n" \
"    if off then px_text[px] = t end\n" \
"  end\n" \
"  rcall('PSETEX', " KEY ", t, v)\n"

/* The six integers every reply starts with, written into out[o + 1 ..
 * o + 6] in place (a Lua function for it would cost a call and a closure
 * per script run). */
#define DY_LUA_REPLY6(values) \
    "out[o + 1], out[o + 2], out[o + 3], out[o + 4], out[o + 5], out[o + 6] = " values

#define DY_REDIS_LUA_DECIDE \
"local tonumber, ssub, floor, fmt, rcall = tonumber, string.sub, math.floor, string.format, redis.call\n" \
"local known, all_absent, no_bans, KEYS = {}, false, false, KEYS\n" \
/* the last reply of a single rate on doubles: code, a, b, used (last_c \
 * nil: the last reply was another) */ \
"local last_c, last_a, last_b, last_u\n" \
/* The TATs put_fast wrote at the instant text_s, text_n: off[key] = x, \
 * the TAT now + x, whose text is tat_text[x]; a later decision of the \
 * call on the key reads it there without parsing text. decide() moves \
 * them into `known` as text when the instant changes (a request's clock). \
 * Only the batch script makes these three tables (one decision has no \
 * use for them, and every table a script run makes is paid for again by \
 * the next run: the single script's tables and functions cost more than \
 * its decision); without them, off is nil. */ \
"local tat_text, px_text, off, text_s, text_n = nil, nil, nil, -1, -1\n" \
"local function get(key)\n" \
"  local v = known[key]\n" \
"  if v ~= nil then return v end\n" \
"  return rcall('GET', key)\n" \
"end\n" \
"local function put_tat(key, xs, xn, zs, zn, px_more)\n" \
"  local v = fmt('%d%09d', xs, xn)\n" \
"  if off then off[key] = nil end\n" \
   /* the PX as integer text: the server would print a number itself, in a \
    * format that differs between its versions */ \
"  rcall('PSETEX', key, fmt('%d', zs * 1000 + floor(zn / 1000000) + 1 + px_more), v)\n" \
"  if all_absent or known[key] ~= nil then known[key] = v end\n" \
"end\n" \
/* A TAT key's value: from off or `known`, else absent when the call \
 * found all its keys absent, else GET. */ \
"local function tat_value(key)\n" \
"  local x = off and off[key]\n" \
"  if x then return tat_text[x] end\n" \
"  local v = known[key]\n" \
"  if v == nil and not all_absent then v = rcall('GET', key) end\n" \
"  return v\n" \
"end\n" \
/* one rate on limbs: ok (1/0), a_s, a_ns, b_s, b_ns (the reply's), the \
 * new TAT */ \
"local function step(key, ns, nn, tls, tln, ins, inn)\n" \
"  local ts, tn = ns, nn\n" \
"  local v = tat_value(key)\n" \
"  if v then\n" \
DY_REDIS_LUA_TAT_NUMBERS("v") \
"    if lt(ns, nn, hi, lo) then ts, tn = hi, lo end\n" \
"  end\n" \
"  local xs, xn = add(ts, tn, ins, inn)\n" \
"  local as_, an_ = sub(xs, xn, tls, tln)\n" \
"  if lt(ns, nn, as_, an_) then\n" \
"    local rs, rn = sub(as_, an_, ns, nn)\n" \
"    local zs, zn = sub(ts, tn, ns, nn)\n" \
"    return 0, rs, rn, zs, zn, 0, 0\n" \
"  end\n" \
"  local zs, zn = sub(xs, xn, ns, nn)\n" \
"  local ds, dn = sub(ns, nn, as_, an_)\n" \
"  return 1, ds, dn, zs, zn, xs, xn\n" \
"end\n" \
/* The fast path's single doubles: how far the TAT stored as v lies after \
 * now (DY_REDIS_LUA_AHEAD) */ \
"local function ahead(v, ns, nn)\n" \
DY_REDIS_LUA_TAT_NUMBERS("v") \
"  local e\n" \
DY_REDIS_LUA_AHEAD("e") \
"  return e\n" \
"end\n" \
/* write the TAT now + x (0 <= x < 2^52) and the PX of x. Their texts are \
 * kept for the script run (string.format costs more than the rest of a \
 * decision's arithmetic): decisions of a call at one instant with the same \
 * x - fresh keys of one limit, the common case - format them once. */ \
"local function put_fast(key, ns, nn, x, px_more)\n" \
DY_REDIS_LUA_PUT_TAT("key") \
"end\n" \
"local function params(ab, na)\n" \
"  local p = {tonumber(ARGV[ab + 1]), tonumber(ARGV[ab + 2]), tonumber(ARGV[ab + 3]),\n" \
"    tonumber(ARGV[ab + 4]), tonumber(ARGV[ab + 5]), tonumber(ARGV[ab + 6]), ARGV[ab + 7] == '1',\n" \
"    false, false, ARGV[ab + 10], 0}\n" \
"  if ARGV[ab + 8] ~= '' then p[8], p[9] = tonumber(ARGV[ab + 8]), tonumber(ARGV[ab + 9]) end\n" \
"  if na > 10 then\n" \
"    p[11] = tonumber(ARGV[ab + 11])\n" \
"    for i = 1, 4 * p[11] do p[11 + i] = tonumber(ARGV[ab + 11 + i]) end\n" \
"  end\n" \
   /* p[q + 2j], p[q + 2j + 1] (q = 12 + 4m, after the rates' limbs): rate \
    * j's tolerance and increment as one double each, when all are below \
    * 2^52 (rounding cannot bring one from above it below); else p[q] is \
    * false. In the array, not a table of their own: one allocation less */ \
"  local q = 12 + 4 * p[11]\n" \
"  p[q] = false\n" \
"  for j = 0, p[11] do\n" \
"    local v = j == 0 and 0 or 7 + 4 * j\n" \
"    local ts, tn, is, in_ = p[v + 1], p[v + 2], p[v + 3], p[v + 4]\n" \
     /* values that are no numbers: decide() fails on them, as before */ \
"    if not (ts and tn and is and in_) then p[q] = false; return p end\n" \
"    local tol, inc = ts * 1e9 + tn, is * 1e9 + in_\n" \
"    if not (tol >= 0 and tol < 2 ^ 52 and inc >= 0 and inc < 2 ^ 52) then p[q] = false; return p end\n" \
"    p[q + 2 * j], p[q + 2 * j + 1] = tol, inc\n" \
"  end\n" \
"  return p\n" \
"end\n" \
/* All rates on limbs: the reply's length, and whether every rate allowed \
 * (their TATs then written). */ \
"local function rates_limbs(kb, m, p, ns, nn, px_more, used, over, out, o)\n" \
"  local tat = KEYS[kb + 1]\n" \
"  local ok, as_, an_, zs, zn, xs, xn = step(tat, ns, nn, p[1], p[2], p[3], p[4])\n" \
"  if m == 0 then\n" \
"    if ok == 0 then " DY_LUA_REPLY6("2, as_, an_, zs, zn, used") " return 6, false end\n" \
"    put_tat(tat, xs, xn, zs, zn, px_more)\n" \
"    " DY_LUA_REPLY6("over, as_, an_, zs, zn, used") "\n" \
"    return 6, true\n" \
"  end\n" \
   /* every TAT is read before any is written: all or none */ \
"  local n = 11 + 5 * m\n" \
"  " DY_LUA_REPLY6("2, as_, an_, zs, zn, used") "\n" \
"  out[o + 7], out[o + 8], out[o + 9], out[o + 10], out[o + 11] = ok, as_, an_, zs, zn\n" \
"  local tats, all = {xs, xn}, ok == 1\n" \
"  for j = 1, m do\n" \
"    local v = 7 + 4 * j\n" \
"    local k, a1, a2, b1, b2, y1, y2 = step(KEYS[kb + 2 + j], ns, nn, p[v + 1], p[v + 2],\n" \
"      p[v + 3], p[v + 4])\n" \
"    local e = o + 7 + 5 * j\n" \
"    out[e], out[e + 1], out[e + 2], out[e + 3], out[e + 4] = k, a1, a2, b1, b2\n" \
"    tats[2 * j + 1], tats[2 * j + 2] = y1, y2\n" \
"    if k == 0 then all = false end\n" \
"  end\n" \
"  if not all then return n, false end\n" \
"  for j = 0, m do\n" \
"    local e = o + 7 + 5 * j\n" \
"    put_tat(j == 0 and tat or KEYS[kb + 2 + j], tats[2 * j + 1], tats[2 * j + 2],\n" \
"      out[e + 3], out[e + 4], px_more)\n" \
"  end\n" \
"  out[o + 1] = over\n" \
"  return n, true\n" \
"end\n" \
/* A limit of several rates on single doubles (params): as rates_limbs, or \
 * nil, having written nothing to Redis, when a TAT lies 2^52 ns or more after now. \
 * Each rate's step is DY_REDIS_LUA_GCRA; a reply splits a and b into \
 * seconds and nanoseconds. */ \
"local function rates_fast(kb, m, p, ns, nn, px_more, used, over, out, o)\n" \
"  local q, tat = 12 + 4 * m, KEYS[kb + 1]\n" \
"  local xs, all = {}, true\n" \
"  for j = 0, m do\n" \
"    local key, e = j == 0 and tat or KEYS[kb + 2 + j], 0\n" \
"    local x0 = off and off[key]\n" \
"    if x0 then\n" \
"      if x0 > 0 then e = x0 end\n" \
"    else\n" \
"      local v = tat_value(key)\n" \
"      if v then e = ahead(v, ns, nn) end\n" \
"    end\n" \
"    if not e then return nil end\n" \
DY_REDIS_LUA_GCRA("e", "p[q + 2 * j]", "p[q + 2 * j + 1]") \
"    local w, k, b = o + 7 + 5 * j, 1, x\n" \
"    if a > 0 then k, b, all = 0, e, false else a = -a end\n" \
"    local ar, br = a % 1e9, b % 1e9\n" \
"    out[w], out[w + 1], out[w + 2], out[w + 3], out[w + 4] = k, (a - ar) / 1e9, ar, (b - br) / 1e9, br\n" \
"    xs[j + 1] = x\n" \
"  end\n" \
"  " DY_LUA_REPLY6("2, out[o + 8], out[o + 9], out[o + 10], out[o + 11], used") "\n" \
"  if not all then return 11 + 5 * m, false end\n" \
"  for j = 0, m do put_fast(j == 0 and tat or KEYS[kb + 2 + j], ns, nn, xs[j + 1], px_more) end\n" \
"  out[o + 1] = over\n" \
"  return 11 + 5 * m, true\n" \
"end\n" \
"local function decide(kb, nk, p, real, realn, out, o)\n" \
"  local lc, la, lb, lu = last_c, last_a, last_b, last_u\n" \
"  last_c = nil\n" \
"  local ns, nn, px_more = real, realn, 0\n" \
"  if p[8] then ns, nn, px_more = p[8], p[9], 3600000 end\n" \
"  if ns ~= text_s or nn ~= text_n then\n" \
"    if off and next(tat_text) then\n" \
"      for k, x in pairs(off) do known[k] = tat_text[x] end\n" \
"      tat_text, off = {}, {}\n" \
"    end\n" \
"    text_s, text_n = ns, nn\n" \
"  end\n" \
"  if not (all_absent or no_bans) then\n" \
"    local bt = rcall('PTTL', KEYS[kb + nk])\n" \
"    if bt > 0 then\n" \
"      " DY_LUA_REPLY6("4, floor(bt / 1000), (bt % 1000) * 1000000, 0, 0, -1") "\n" \
"      return 6\n" \
"    end\n" \
"  end\n" \
"  local amount, cost = p[5], p[6]\n" \
"  local used, over, qkey, qexp = -1, 0, nil, 0\n" \
"  if amount >= 0 then\n" \
"    qkey, qexp = quota_period(KEYS[kb + 2], ns, real, p[10])\n" \
"    used = tonumber(get(qkey) or '0')\n" \
"    if used + cost > amount then\n" \
"      if p[7] then " DY_LUA_REPLY6("3, 0, 0, 0, 0, used") " return 6 end\n" \
"      over = 1\n" \
"    end\n" \
"  end\n" \
"  local m = p[11]\n" \
"  local n, allowed, q = nil, false, 12 + 4 * m\n" \
"  " DY_REDIS_LUA_IF_ONE_RATE \
     /* rates_fast's one-rate case, written out: a call costs as much as \
      * the arithmetic. The step's text is shared (DY_REDIS_LUA_GCRA ...); \
      * what is around it, test_redis_copies holds to rates_fast's */ \
"    local tat, e = KEYS[kb + 1], 0\n" \
"    local x0 = off and off[tat]\n" \
"    if x0 then\n" \
"      if x0 > 0 then e = x0 end\n" \
"    else\n" \
"      local v = known[tat]\n" \
"      if v == nil and not all_absent then v = rcall('GET', tat) end\n" \
"      if v then e = ahead(v, ns, nn) end\n" \
"    end\n" \
"    if e then\n" \
DY_REDIS_LUA_GCRA("e", "p[q]", "p[q + 1]") \
"      local c, b = 2, e\n" \
"      if a <= 0 then\n" \
         /* put_fast(tat, ns, nn, x, px_more), written out: a Lua call \
          * costs ~550 server instructions, a fifth of the decision */ \
DY_REDIS_LUA_PUT_TAT("tat") \
"        c, a, b, allowed = over, -a, x, true\n" \
"      end\n" \
"      last_c, last_a, last_b, last_u = c, a, b, used\n" \
       /* the same reply as the decision before: 0, "the same" */ \
"      if c == lc and a == la and b == lb and used == lu then\n" \
"        n = 0\n" \
"      else\n" \
"        local ar, br = a % 1e9, b % 1e9\n" \
"        " DY_LUA_REPLY6("c, (a - ar) / 1e9, ar, (b - br) / 1e9, br, used") "\n" \
"        n = 6\n" \
"      end\n" \
"      if not allowed then return n end\n" \
"    end\n" \
"  " DY_REDIS_LUA_IF_RATES_FAST " n, allowed = rates_fast(kb, m, p, ns, nn, px_more, used, over, out, o) end\n" \
"  if not n then n, allowed = rates_limbs(kb, m, p, ns, nn, px_more, used, over, out, o) end\n" \
"  if allowed and qkey then\n" \
"    rcall('INCRBY', qkey, cost)\n" \
"    rcall('EXPIREAT', qkey, qexp)\n" \
"    known[qkey] = nil\n" \
"  end\n" \
"  return n\n" \
"end\n"

/* The reply's first element. */
enum { DY_RS_ALLOW = 0, DY_RS_OVERAGE = 1, DY_RS_DENY_RATE = 2, DY_RS_DENY_QUOTA = 3,
       DY_RS_BANNED = 4 };

#endif
