/* redis_batch.c - many decisions in one script call (see redis_batch.h).
 *
 * The batch script calls the decision function the single-decision script
 * calls (DY_REDIS_LUA_DECIDE, redis_script.h), on the keys and values that
 * decision's EVALSHA would carry, so the arithmetic, multi-rate all-or-none,
 * quota counting, the ban check and the replies are one text. A loop calls
 * it once per decision, in order, inside one script: decisions of the same
 * key see each other's writes, and each decision is as atomic as before.
 *
 * The server is one Redis (docs/redis.md: no Redis Cluster client), so one
 * call may touch keys of several hash slots; a cluster would need a call
 * per slot. */
#include "redis_batch.h"
#include <stdio.h>
#include <string.h>
#include "redis_script.h"

/* The batch reads TIME once (its decisions are made at one instant, as one
 * atomic script), each set of values once (params), and what its
 * decisions' TAT and ban keys hold (DY_REDIS_LUA_DECIDE answers from it and
 * keeps it current; not the quota counters' bases, which name no key): one
 * EXISTS over all of them; when it counts none - the usual case: no bans,
 * fresh or expired state - they are all absent and `all_absent` says so.
 * Else one MGET of the TATs, whose strings are `known`; when those are all
 * EXISTS counted, every other key is absent too. Otherwise only the
 * strings are trusted: MGET reads a key of another type as absent, and
 * such a key must fail its decision as GET would, so the others are asked
 * for one by one. Then decide() runs once per decision, in order, on
 * offsets into KEYS and its set's values, all under one pcall: a decision
 * whose script fails gets an error reply of its own, as its own EVALSHA
 * would, and a new pcall runs the decisions after it (a pcall per decision
 * costs as much as a third of the arithmetic). Without picks, every
 * decision has the one set. The reply is one flat array (see
 * redis_batch.h): Redis converts a table per decision with several lookups
 * each (is it an error, a status, a double, a map...), and hiredis builds
 * an object per array, while a flat array of integers is converted and
 * parsed in one pass. */
const char dy_redis_batch_script[] =
DY_REDIS_LUA_LIMBS
DY_REDIS_LUA_QUOTA_PERIOD
DY_REDIS_LUA_DECIDE
"tat_text, px_text, off = {}, {}, {}\n"
"local nsets, nkeys = tonumber(ARGV[1]), #KEYS\n"
/* The lean form (a negative count of sets): no decision's ban key is sent,
 * and the last of KEYS is the prefix's ban index (redis_bans.h), which
 * exists while any ban under the prefix may be live. Found, nothing is
 * decided: the error names its PTTL, and the client sends the decisions
 * again with their ban keys. Finding it also sets <index>:lean for two
 * minutes, which turns the lean calls after it away too: a later call of
 * the same pipeline must not be decided before this one's decisions, sent
 * again, are, should the index go (the last ban lifted or ended) between
 * the two. Two minutes outlast any pipeline (the command timeout is at
 * most one). The marker is written with pcall: a server that refuses the
 * write (maxmemory with noeviction) must still turn the call away, or the
 * whole call would fail and its banned tenants take their fallback. */
"local lean = nsets < 0\n"
"if lean then\n"
"  nsets, nkeys = -nsets, nkeys - 1\n"
"  local index = KEYS[nkeys + 1]\n"
"  local left, held = rcall('PTTL', index), rcall('PTTL', index .. ':lean')\n"
"  if left ~= -2 then\n"
"    redis.pcall('SET', index .. ':lean', '1', 'PX', '120000')\n"
"    return {err = 'DAYONE_BANS ' .. math.max(left, 120000)}\n"
"  end\n"
"  if held ~= -2 then return {err = 'DAYONE_BANS ' .. held} end\n"
"  no_bans = true\n"
"end\n"
"local t = rcall('TIME')\n"
"local real, realn = tonumber(t[1]), tonumber(t[2]) * 1000\n"
"local sets, ap = {}, 1\n"
"for i = 1, nsets do\n"
"  local na = tonumber(ARGV[ap + 1])\n"
"  local p = params(ap + 1, na)\n"
   /* its keys per decision: no quota key for one rate and no counter;
    * qk: the second key is the quota counter's base (no key to count) */
"  p.nk = (na == 10 and p[5] and p[5] < 0) and 2 or 3 + p[11]\n"
"  p.qk = p.nk > 2\n"
"  if lean then p.nk = p.nk - 1 end\n"
"  sets[i] = p\n"
"  ap = ap + 1 + na\n"
"end\n"
"local picks, tats, ks, nt, nks, kp = {}, nil, {}, 0, 0, 0\n"
"local one = ap == #ARGV and sets[1]\n"
/* per decision of one rate without a quota key: its keys in KEYS */
"local d, stride = 0, lean and 1 or 2\n"
/* One set of one rate without a quota key (the usual batch): KEYS is
 * TAT, ban, TAT, ban... (lean: TAT, TAT...): it is the list to count, no
 * copy made, and the TATs are listed only when one exists. */
"if one and not one.qk then\n"
"  d, ks, nks = nkeys / stride, KEYS, nkeys\n"
"else\n"
"  tats = {}\n"
"  while kp < nkeys do\n"
"    d = d + 1\n"
"    local p = one or sets[tonumber(ARGV[ap + d])]\n"
"    local nk = p.nk\n"
"    picks[d] = p\n"
"    for j = 1, nk do\n"
"      if j ~= 2 or not p.qk then\n"
"        local k = KEYS[kp + j]\n"
"        nks = nks + 1\n"
"        ks[nks] = k\n"
"        if j < nk or lean then nt = nt + 1; tats[nt] = k end\n"
"      end\n"
"    end\n"
"    kp = kp + nk\n"
"  end\n"
"end\n"
"all_absent = true\n"
"if nks > 0 then\n"
"  local c = rcall('EXISTS', unpack(ks, 1, nks))\n"
"  if c > 0 then\n"
"    if not tats then\n"
"      tats = {}\n"
"      for i = 1, nkeys, stride do nt = nt + 1; tats[nt] = KEYS[i] end\n"
"    end\n"
"    local v, s = rcall('MGET', unpack(tats, 1, nt)), 0\n"
"    for i = 1, nt do\n"
"      if v[i] then known[tats[i]] = v[i]; s = s + 1 end\n"
"    end\n"
"    all_absent = s == c\n"
"  end\n"
"end\n"
"local out, o, nd = {}, 0, d\n"
"d, kp = 0, 0\n"
/* run() keeps its place in locals (an upvalue costs more to read and
 * write) and leaves d, kp and o where a decision that fails finds them */
"local function run()\n"
"  local dl, kl, ol, decide, one, picks, out, real, realn = d, kp, o, decide, one, picks, out, real, realn\n"
"  while dl < nd do\n"
"    dl = dl + 1\n"
"    local p = one or picks[dl]\n"
"    local nk = p.nk\n"
"    d, kp, o = dl, kl, ol\n"
"    local n = decide(kl, nk, p, real, realn, out, ol + 1)\n"
"    out[ol + 1] = n\n"
"    ol = ol + 1 + n\n"
"    kl = kl + nk\n"
"  end\n"
"  d, kp, o = dl, kl, ol\n"
"end\n"
/* The fresh-key loop: a call of one value set of one rate on single
 * doubles, without a quota counter, whose keys EXISTS found all absent (the
 * usual call: new tenants, expired state) runs decide()'s one-rate copy
 * written out here without its call (~550 server instructions) and the
 * checks that cannot apply: no ban, no quota, every TAT fresh or written
 * by this call at its one instant (off). Same writes, same flat reply;
 * test_redis_copies holds it to decide(). It reads decision d's TAT at
 * KEYS[2d - 1] (lean: KEYS[d]; kp unused) and keeps d alone per decision;
 * after an error o is found again, out's length (no decision here writes
 * its reply before its PSETEX, so out holds no part of a failed one).
 * Each step it spares is ~50 server instructions a decision: a numeric
 * for, the TAT's place kept by addition, the texts of a TAT and PX the
 * decision before wrote reused without a table lookup. */
"local ns, nn, px_more = real, realn, 0\n"
"if one and one[8] then ns, nn, px_more = one[8], one[9], 3600000 end\n"
"local fresh_keys = one and not one.qk and one[12] and nn and nn == nn and ns == ns\n"
"  and all_absent and not next(known)\n"
"local function run_fresh()\n"
"  local ol, nd, out, off, tat_text, px_text, KEYS, st = o, nd, out, off, tat_text, px_text,\n"
"    KEYS, stride\n"
"  local tol, inc, lc, la, lb, lx, v, t = one[12], one[13]\n"
   /* kt: decision d's TAT in KEYS; v, t: the texts of the TAT now + lx
    * and of its PX (one x for every fresh key: looked up once) */
"  local kt = st * d - st + 1\n"
"  for dl = d + 1, nd do\n"
"    d = dl\n"
"    kt = kt + st\n"
"    local tat = KEYS[kt]\n"
"    local e = off[tat] or 0\n"
DY_REDIS_LUA_GCRA("e", "tol", "inc")
"    local c, b = 2, e\n"
"    if a <= 0 then\n"
"      if x ~= lx then\n"
"        local px = " DY_REDIS_LUA_PX("x") "\n"
"        v, t = tat_text[x], px_text[px]\n"
"        if not v then\n"
DY_REDIS_LUA_TAT_TEXT("v", "x")
"          tat_text[x] = v\n"
"        end\n"
"        if not t then\n"
"          t = fmt('%d', px)\n"
"          px_text[px] = t\n"
"        end\n"
"        lx = x\n"
"      end\n"
"      off[tat] = x\n"
"      rcall('PSETEX', tat, t, v)\n"
"      c, a, b = 0, -a, x\n"
"    end\n"
"    if c == lc and a == la and b == lb then\n"
"      ol = ol + 1\n"
"      out[ol] = 0\n"
"    else\n"
"      lc, la, lb = c, a, b\n"
"      local ar, br = a % 1e9, b % 1e9\n"
"      out[ol + 1], out[ol + 2], out[ol + 3], out[ol + 4], out[ol + 5], out[ol + 6], out[ol + 7] =\n"
"        6, c, (a - ar) / 1e9, ar, (b - br) / 1e9, br, -1\n"
"      ol = ol + 7\n"
"    end\n"
"  end\n"
"  o = ol\n"
"end\n"
"local loop = run\n"
DY_REDIS_LUA_IF_FRESH_LOOP
"  loop = run_fresh\n"
"end\n"
/* decision d failed: its error is its entry, and the rest run on */
"while true do\n"
"  local ok, err = pcall(loop)\n"
"  if ok then break end\n"
"  if loop == run_fresh then o = #out end\n"
"  last_c = nil\n"
"  if type(err) ~= 'table' or not err.err then err = {err = 'ERR ' .. tostring(err)} end\n"
"  out[o + 1] = err\n"
"  o = o + 1\n"
"  kp = kp + (one or picks[d]).nk\n"
"end\n"
/* A failed decision may have written part of its reply beyond o, as a
 * run without holes: clear all of it, however many rates a limit has, so
 * the reply ends at o. */
"local i = o + 1\n"
"while out[i] ~= nil do out[i] = nil; i = i + 1 end\n"
"return out\n";

int dy_redis_batch_load(dy_redis_pool *p, redisContext *c, char sha[41], char *why,
                        size_t whysize)
{
    const char *argv[3] = {"SCRIPT", "LOAD", dy_redis_batch_script};
    size_t lens[3] = {6, 4, sizeof dy_redis_batch_script - 1};
    redisReply *r = redisCommandArgv(c, 3, argv, lens);
    atomic_fetch_add(&p->script_loads, 1);
    if (!r || r->type != REDIS_REPLY_STRING || r->len != 40) {
        snprintf(why, whysize, "SCRIPT LOAD failed: %s",
                 c->err ? c->errstr : r && r->type == REDIS_REPLY_ERROR ? r->str : "bad reply");
        if (r)
            freeReplyObject(r);
        return -1;
    }
    memcpy(sha, r->str, 40); /* the same text every time: the same SHA */
    sha[40] = '\0';
    freeReplyObject(r);
    return 0;
}

/* Decimal digits of v into out (no terminator); their count. */
static size_t put_decimal(char *out, size_t v)
{
    char digits[20];
    size_t d = 0, n = 0;
    do
        digits[d++] = (char)('0' + v % 10);
    while ((v /= 10) != 0);
    while (d)
        out[n++] = digits[--d];
    return n;
}

/* "$<n>\r\n<s>\r\n": the RESP bulk string hiredis would format. */
static void put_bulk(dy_strbuf *sb, const char *s, size_t n)
{
    char head[24];
    size_t h = 0;
    head[h++] = '$';
    h += put_decimal(head + h, n);
    head[h++] = '\r';
    head[h++] = '\n';
    dy_strbuf_append(sb, head, h);
    dy_strbuf_append(sb, s, n);
    dy_strbuf_append(sb, "\r\n", 2);
}

static void put_count(dy_strbuf *sb, size_t v)
{
    char num[20];
    put_bulk(sb, num, put_decimal(num, v));
}

/* The values of one decision as RESP bulk strings into out (at least
 * DY_REDIS_BATCH_SET_MAX bytes); their length, or 0 when they do not fit. */
static size_t encode_values(char *out, size_t argc, const char **argv, const size_t *lens)
{
    size_t n = 0;
    for (size_t i = 0; i < argc; i++) {
        if (n + lens[i] + 26 > DY_REDIS_BATCH_SET_MAX)
            return 0;
        out[n++] = '$';
        n += put_decimal(out + n, lens[i]);
        out[n++] = '\r';
        out[n++] = '\n';
        memcpy(out + n, argv[i], lens[i]);
        n += lens[i];
        out[n++] = '\r';
        out[n++] = '\n';
    }
    return n;
}

/* The number (from 0) of a set in bt equal to the `n` encoded bytes at enc,
 * looking at the latest few (decisions of one batch mostly share one), or
 * -1. */
static long find_set(const dy_redis_batch *bt, const char *enc, size_t n, size_t na)
{
    if (dy_strbuf_failed(&bt->sets))
        return -1;
    for (size_t back = 0; back < bt->nsets && back < 8; back++) {
        size_t k = bt->nsets - 1 - back;
        const dy_redis_set *s = &bt->set[k];
        if (s->na == na && s->len == n && memcmp(bt->sets.data + s->off, enc, n) == 0)
            return (long)k;
    }
    return -1;
}

int dy_redis_batch_add(dy_redis_batch *bt, size_t nkeys, size_t argc, const char **argv,
                       const size_t *lens)
{
    char enc[DY_REDIS_BATCH_SET_MAX];
    size_t na = argc - nkeys, n = encode_values(enc, na, argv + nkeys, lens + nkeys);
    if (n == 0 || bt->decisions >= DY_REDIS_BATCH_MAX)
        return -1;
    /* One rate without a quota counter in Redis (its amount -1): the
     * decision never reads the quota key, so it is not sent (the script
     * tells such a decision by its set: two keys, its TAT and its ban). */
    int no_quota_key = nkeys == 3 && na == 10 && lens[nkeys + 4] > 0 && argv[nkeys + 4][0] == '-';
    /* the lean form sends no ban key (the last) */
    size_t sent = nkeys - (bt->lean_index != NULL);
    for (size_t i = 0; i < sent; i++)
        if (!(i == 1 && no_quota_key))
            put_bulk(&bt->keys, argv[i], lens[i]);
    long k = find_set(bt, enc, n, na);
    if (k < 0) {
        put_count(&bt->sets, na);
        k = (long)bt->nsets;
        bt->set[k] = (dy_redis_set){bt->sets.len, n, na};
        dy_strbuf_append(&bt->sets, enc, n);
        bt->nsets++;
        bt->nsetvals += 1 + na;
    }
    put_count(&bt->picks, (size_t)k + 1);
    bt->nkeys += sent - (size_t)no_quota_key;
    bt->decisions++;
    return dy_strbuf_failed(&bt->keys) || dy_strbuf_failed(&bt->sets) ||
                   dy_strbuf_failed(&bt->picks) ? -1 : 0;
}

int dy_redis_batch_send(dy_redis_batch *bt, redisContext *c, const char *sha)
{
    /* *<args>\r\n $7 EVALSHA $40 <sha> $<n> <numkeys>, the keys, the number
     * of sets, the sets, the picks: one command in hiredis' output buffer.
     * Without a sha, $4 EVAL $<n> <the script's text> in its place. */
    char head[200], num[20];
    int lean = bt->lean_index != NULL;
    size_t h = 0, nl = put_decimal(num, bt->nkeys + (size_t)lean);
    head[h++] = '*';
    /* one set: no picks (the script gives every decision that set) */
    h += put_decimal(head + h, 3 + bt->nkeys + (size_t)lean + 1 + bt->nsetvals +
                                   (bt->nsets > 1 ? bt->decisions : 0));
    if (sha) {
        memcpy(head + h, "\r\n$7\r\nEVALSHA\r\n$40\r\n", 20);
        h += 20;
        memcpy(head + h, sha, 40);
        h += 40;
    } else {
        memcpy(head + h, "\r\n$4\r\nEVAL\r\n$", 13);
        h += 13;
        h += put_decimal(head + h, sizeof dy_redis_batch_script - 1);
        head[h++] = '\r';
        head[h++] = '\n';
    }
    size_t text_at = h; /* where the script's text goes, without a sha */
    memcpy(head + h, "\r\n$", 3);
    h += 3;
    h += put_decimal(head + h, nl);
    head[h++] = '\r';
    head[h++] = '\n';
    memcpy(head + h, num, nl);
    h += nl;
    head[h++] = '\r';
    head[h++] = '\n';
    /* the lean form: the index key after the others, the count negative */
    char count[40 + 40 + DY_REDIS_LEAN_INDEX_MAX];
    size_t cl = 0, dl = 0;
    int bad = lean && bt->lean_index_len > DY_REDIS_LEAN_INDEX_MAX;
    if (lean && !bad) {
        count[cl++] = '$';
        cl += put_decimal(count + cl, bt->lean_index_len);
        count[cl++] = '\r';
        count[cl++] = '\n';
        memcpy(count + cl, bt->lean_index, bt->lean_index_len);
        cl += bt->lean_index_len;
        count[cl++] = '\r';
        count[cl++] = '\n';
        num[dl++] = '-';
    }
    dl += put_decimal(num + dl, bt->nsets);
    count[cl++] = '$';
    cl += put_decimal(count + cl, dl);
    count[cl++] = '\r';
    count[cl++] = '\n';
    memcpy(count + cl, num, dl);
    cl += dl;
    count[cl++] = '\r';
    count[cl++] = '\n';
    int rc = bad || dy_strbuf_failed(&bt->keys) || dy_strbuf_failed(&bt->sets) ||
             dy_strbuf_failed(&bt->picks) ||
             (sha ? redisAppendFormattedCommand(c, head, h) != REDIS_OK
                  : redisAppendFormattedCommand(c, head, text_at) != REDIS_OK ||
                        redisAppendFormattedCommand(c, dy_redis_batch_script, sizeof dy_redis_batch_script - 1) != REDIS_OK ||
                        redisAppendFormattedCommand(c, head + text_at, h - text_at) != REDIS_OK) ||
             (bt->keys.len && redisAppendFormattedCommand(c, bt->keys.data, bt->keys.len) != REDIS_OK) ||
             redisAppendFormattedCommand(c, count, cl) != REDIS_OK ||
             (bt->sets.len && redisAppendFormattedCommand(c, bt->sets.data, bt->sets.len) != REDIS_OK) ||
             (bt->nsets > 1 && redisAppendFormattedCommand(c, bt->picks.data, bt->picks.len) != REDIS_OK)
                 ? -1 : 0;
    bt->keys.len = bt->sets.len = bt->picks.len = 0;
    bt->nkeys = bt->nsets = bt->nsetvals = bt->decisions = 0;
    return rc;
}

void dy_redis_batch_free(dy_redis_batch *bt)
{
    dy_strbuf_release(&bt->keys);
    dy_strbuf_release(&bt->sets);
    dy_strbuf_release(&bt->picks);
}
