/* redis_batch.c - many decisions in one script call (see redis_batch.h).
 *
 * The batch script is the decision script itself, wrapped in a Lua function
 * whose parameters are named KEYS and ARGV: each decision runs the very
 * text a single EVALSHA runs, on the keys and values that EVALSHA would
 * carry, so the arithmetic, multi-rate all-or-none, quota counting, the ban
 * check and the replies cannot drift apart. A loop calls it once per
 * decision, in order, inside one script: decisions of the same key see each
 * other's writes, and each decision is as atomic as before. Each call runs
 * under pcall: a decision whose script fails (a key of the wrong type, say)
 * gets an error reply of its own, as its own EVALSHA would have, and the
 * decisions after it still run.
 *
 * The server is one Redis (docs/redis.md: no Redis Cluster client), so one
 * call may touch keys of several hash slots; a cluster would need a call
 * per slot. */
#include "redis_batch.h"
#include <stdio.h>
#include <string.h>
#include "alloc.h"
#include "redis_script.h"

static const char batch_head[] = "local function decide(KEYS, ARGV, redis)\n";
/* The decision script sees `redis` through a shim that saves calls inside
 * the server without changing an answer: the batch reads TIME once (its
 * decisions are made at one instant, as one atomic script), reads every key
 * of the batch with one MGET (kept only when EXISTS counts as many keys as
 * MGET found strings: MGET reads a key of another type as absent, and such
 * a key must fail its decision as GET would), then answers GET of a key it has
 * read from that copy, PTTL of a key it knows absent with -2, and keeps
 * the copy current: a plain SET (key, value, PX) updates it after Redis
 * accepted it, any other command on the key drops it. Every write still
 * goes to Redis at once; nothing else writes within the script. */
static const char batch_tail[] =
"end\n"
"local rcall = redis.call\n"
"local now = rcall('TIME')\n"
"local known = {}\n"
"if #KEYS > 0 then\n"
"  local v, strings = rcall('MGET', unpack(KEYS)), 0\n"
"  for i = 1, #KEYS do if v[i] then strings = strings + 1 end end\n"
"  if rcall('EXISTS', unpack(KEYS)) == strings then\n"
"    for i = 1, #KEYS do known[KEYS[i]] = v[i] end\n"
"  end\n"
"end\n"
"local shim = {}\n"
"for name, f in pairs(redis) do shim[name] = f end\n"
"shim.call = function(cmd, key, ...)\n"
"  if cmd == 'TIME' then return now end\n"
"  local v = known[key]\n"
"  if v ~= nil then\n"
"    if cmd == 'GET' then return v end\n"
"    if cmd == 'PTTL' and v == false then return -2 end\n"
"    if cmd == 'SET' and select('#', ...) == 3 then\n"
"      local r = rcall(cmd, key, ...)\n"
"      known[key] = (...)\n"
"      return r\n"
"    end\n"
"    known[key] = nil\n"
"  end\n"
"  return rcall(cmd, key, ...)\n"
"end\n"
"local out, kp, ap, n = {}, 0, 1, #ARGV\n"
"while ap < n do\n"
"  local nk, na = tonumber(ARGV[ap]), tonumber(ARGV[ap + 1])\n"
"  local ks, as = {unpack(KEYS, kp + 1, kp + nk)}, {unpack(ARGV, ap + 2, ap + 1 + na)}\n"
"  kp, ap = kp + nk, ap + 2 + na\n"
"  local ok, r = pcall(decide, ks, as, shim)\n"
"  if not ok and (type(r) ~= 'table' or not r.err) then r = {err = 'ERR ' .. tostring(r)} end\n"
"  out[#out + 1] = r\n"
"end\n"
"return out\n";

int dy_redis_batch_load(dy_redis_pool *p, redisContext *c, char sha[41], char *why,
                        size_t whysize)
{
    size_t hl = sizeof batch_head - 1, sl = strlen(dy_redis_script), tl = sizeof batch_tail - 1;
    char *text = dy_malloc(hl + sl + tl);
    if (!text) {
        snprintf(why, whysize, "SCRIPT LOAD failed: out of memory");
        return -1;
    }
    memcpy(text, batch_head, hl);
    memcpy(text + hl, dy_redis_script, sl);
    memcpy(text + hl + sl, batch_tail, tl);
    const char *argv[3] = {"SCRIPT", "LOAD", text};
    size_t lens[3] = {6, 4, hl + sl + tl};
    redisReply *r = redisCommandArgv(c, 3, argv, lens);
    dy_free(text);
    atomic_fetch_add(&p->script_loads, 1);
    if (!r || r->type != REDIS_REPLY_STRING || r->len != 40) {
        snprintf(why, whysize, "SCRIPT LOAD failed: %s",
                 c->err ? c->errstr : r && r->type == REDIS_REPLY_ERROR ? r->str : "bad reply");
        if (r)
            freeReplyObject(r);
        return -1;
    }
    if (sha) { /* the same text every time: the same SHA */
        memcpy(sha, r->str, 40);
        sha[40] = '\0';
    }
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

int dy_redis_batch_add(dy_redis_batch *bt, size_t nkeys, size_t argc, const char **argv,
                       const size_t *lens)
{
    for (size_t i = 0; i < nkeys; i++)
        put_bulk(&bt->keys, argv[i], lens[i]);
    put_count(&bt->vals, nkeys);
    put_count(&bt->vals, argc - nkeys);
    for (size_t i = nkeys; i < argc; i++)
        put_bulk(&bt->vals, argv[i], lens[i]);
    bt->nkeys += nkeys;
    bt->nvals += 2 + argc - nkeys;
    bt->decisions++;
    return dy_strbuf_failed(&bt->keys) || dy_strbuf_failed(&bt->vals) ? -1 : 0;
}

int dy_redis_batch_send(dy_redis_batch *bt, redisContext *c, const char *sha)
{
    /* *<args>\r\n $7 EVALSHA $40 <sha> $<n> <numkeys>, then the keys and
     * the values as added: one command in hiredis' output buffer. */
    char head[160], num[20];
    size_t h = 0, nl = put_decimal(num, bt->nkeys);
    head[h++] = '*';
    h += put_decimal(head + h, 3 + bt->nkeys + bt->nvals);
    memcpy(head + h, "\r\n$7\r\nEVALSHA\r\n$40\r\n", 20);
    h += 20;
    memcpy(head + h, sha, 40);
    h += 40;
    memcpy(head + h, "\r\n$", 3);
    h += 3;
    h += put_decimal(head + h, nl);
    head[h++] = '\r';
    head[h++] = '\n';
    memcpy(head + h, num, nl);
    h += nl;
    head[h++] = '\r';
    head[h++] = '\n';
    int rc = dy_strbuf_failed(&bt->keys) || dy_strbuf_failed(&bt->vals) ||
             redisAppendFormattedCommand(c, head, h) != REDIS_OK ||
             (bt->keys.len && redisAppendFormattedCommand(c, bt->keys.data, bt->keys.len) != REDIS_OK) ||
             redisAppendFormattedCommand(c, bt->vals.data, bt->vals.len) != REDIS_OK
                 ? -1 : 0;
    bt->keys.len = bt->vals.len = 0;
    bt->nkeys = bt->nvals = bt->decisions = 0;
    return rc;
}

void dy_redis_batch_free(dy_redis_batch *bt)
{
    dy_strbuf_release(&bt->keys);
    dy_strbuf_release(&bt->vals);
}
