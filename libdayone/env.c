/* env.c - the environment snapshot: names -> values with their source.
 *
 * Entries live in a dense array (dy_env_at, count) indexed by an
 * open-addressing hash table (dy_env_get: one hash, a short probe, no
 * allocation). Sources are layered by committing a staged list of items
 * (dotenv.h): all allocation happens before the first entry changes, so an
 * error leaves the snapshot exactly as it was. Values are wiped whenever
 * they are replaced or freed. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "alloc.h"
#include "dotenv.h"
#include "env_internal.h"
#include "error.h"

extern char **environ;

typedef struct env_slot {
    dy_env_entry e;     /* what readers see; name/value/path owned below */
    uint32_t hash;
    size_t name_len;
} env_slot;

struct dayone_env {
    env_slot *slots;
    size_t count, cap;
    uint32_t *table;    /* slot index + 1; 0 = empty; size tcap (power of 2) */
    size_t tcap;
    char **paths;       /* file paths cited by entries, owned */
    size_t npaths, paths_cap;
};

/* How much of an invalid name we echo: names are not secrets, but a caller
 * who passes "KEY=value" as a name must not see the value printed back. */
#define NAME_ECHO_MAX 64

static uint32_t hash_name(const char *s, size_t len)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

int dy_env_name_valid(const char *s, size_t len)
{
    if (!s || len == 0)
        return 0;
    unsigned char c = (unsigned char)s[0];
    if (!(c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
        return 0;
    for (size_t i = 1; i < len; i++) {
        c = (unsigned char)s[i];
        if (!(c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
              (c >= '0' && c <= '9')))
            return 0;
    }
    return 1;
}

static env_slot *find_slot(const dayone_env *env, const char *name, size_t len,
                           uint32_t h)
{
    if (!env->tcap)
        return NULL;
    size_t mask = env->tcap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        uint32_t ix = env->table[i];
        if (!ix)
            return NULL;
        env_slot *s = &env->slots[ix - 1];
        if (s->hash == h && s->name_len == len && memcmp(s->e.name, name, len) == 0)
            return s;
    }
}

static void table_insert(uint32_t *table, size_t tcap, uint32_t h, uint32_t ix)
{
    size_t mask = tcap - 1;
    size_t i = h & mask;
    while (table[i])
        i = (i + 1) & mask;
    table[i] = ix;
}

/* Make room for `extra` more entries and one more path without changing
 * anything a reader can observe. */
static int reserve(dayone_env *env, size_t extra)
{
    size_t need = env->count + extra;
    if (need < env->count || need > UINT32_MAX / 4)
        return DAYONE_ELIMIT;
    if (need > env->cap) {
        size_t ncap = env->cap ? env->cap : 16;
        while (ncap < need)
            ncap *= 2;
        env_slot *ns = dy_realloc(env->slots, ncap * sizeof *ns);
        if (!ns)
            return DAYONE_ENOMEM;
        env->slots = ns;
        env->cap = ncap;
    }
    if (need * 2 > env->tcap) {
        size_t ntcap = env->tcap ? env->tcap : 32;
        while (ntcap < need * 2)
            ntcap *= 2;
        uint32_t *nt = dy_calloc(ntcap, sizeof *nt);
        if (!nt)
            return DAYONE_ENOMEM;
        for (size_t i = 0; i < env->count; i++)
            table_insert(nt, ntcap, env->slots[i].hash, (uint32_t)(i + 1));
        dy_free(env->table);
        env->table = nt;
        env->tcap = ntcap;
    }
    if (env->npaths == env->paths_cap) {
        size_t npc = env->paths_cap ? env->paths_cap * 2 : 4;
        char **np = dy_realloc(env->paths, npc * sizeof *np);
        if (!np)
            return DAYONE_ENOMEM;
        env->paths = np;
        env->paths_cap = npc;
    }
    return DAYONE_OK;
}

static void wipe_value(dy_env_entry *e)
{
    char *v = (char *)e->value;
    if (v) {
        dy_wipe(v, e->value_len);
        dy_free(v);
    }
    e->value = NULL;
    e->value_len = 0;
}

/* Take every item of the list into the snapshot (later items win). */
static int commit(dayone_env *env, dy_env_items *items, dayone_env_source_kind kind,
                  const char *path, dayone_error *err)
{
    if (items->n == 0)
        return DAYONE_OK;
    int rc = reserve(env, items->n);
    if (rc == DAYONE_ELIMIT)
        return dy_fail(err, rc, "too many variables for one snapshot");
    if (rc)
        return dy_fail(err, rc, "out of memory while adding variables");
    const char *cited = NULL;
    if (path) {
        char *copy = dy_strdup(path);
        if (!copy)
            return dy_fail(err, DAYONE_ENOMEM, "out of memory while adding variables");
        env->paths[env->npaths++] = copy;
        cited = copy;
    }
    /* From here on nothing allocates, so nothing can fail. */
    for (size_t i = 0; i < items->n; i++) {
        dy_env_item *it = &items->v[i];
        uint32_t h = hash_name(it->name, it->name_len);
        env_slot *s = find_slot(env, it->name, it->name_len, h);
        if (s) {
            wipe_value(&s->e);
            dy_free(it->name);
        } else {
            s = &env->slots[env->count++];
            memset(s, 0, sizeof *s);
            s->e.name = it->name;
            s->hash = h;
            s->name_len = it->name_len;
            table_insert(env->table, env->tcap, h, (uint32_t)env->count);
        }
        s->e.value = it->value;
        s->e.value_len = it->value_len;
        s->e.source = kind;
        s->e.path = cited;
        s->e.line = it->line;
        it->name = NULL;
        it->value = NULL;
    }
    items->n = 0;
    return DAYONE_OK;
}

int dayone_env_new(dayone_env **out)
{
    if (!out)
        return DAYONE_EINVAL;
    *out = dy_calloc(1, sizeof **out);
    return *out ? DAYONE_OK : DAYONE_ENOMEM;
}

void dayone_env_free(dayone_env *env)
{
    if (!env)
        return;
    for (size_t i = 0; i < env->count; i++) {
        wipe_value(&env->slots[i].e);
        dy_free((char *)env->slots[i].e.name);
    }
    for (size_t i = 0; i < env->npaths; i++)
        dy_free(env->paths[i]);
    dy_free(env->paths);
    dy_free(env->slots);
    dy_free(env->table);
    dy_free(env);
}

int dayone_env_add_process(dayone_env *env)
{
    if (!env)
        return DAYONE_EINVAL;
    dy_env_items items = DY_ENV_ITEMS_INIT;
    int rc = DAYONE_OK;
    for (char **ep = environ; ep && *ep; ep++) {
        const char *eq = strchr(*ep, '=');
        if (!eq)
            continue;
        size_t nlen = (size_t)(eq - *ep);
        /* Names that are not identifiers (e.g. bash's BASH_FUNC_x%%) can
         * never be named by a policy: skip them. */
        if (!dy_env_name_valid(*ep, nlen))
            continue;
        size_t vlen = strlen(eq + 1);
        if (vlen > DAYONE_ENV_VALUE_MAX) {
            rc = DAYONE_ELIMIT;
            goto done;
        }
        rc = dy_env_items_push(&items, *ep, nlen, eq + 1, vlen, 0);
        if (rc)
            goto done;
    }
    rc = commit(env, &items, DAYONE_SOURCE_PROCESS, NULL, NULL);
done:
    dy_env_items_release(&items);
    return rc;
}

int dayone_env_add_string(dayone_env *env, const char *text, size_t len,
                          const char *name, dayone_error *err)
{
    if (!name)
        name = "<string>";
    if (!env || (!text && len))
        return dy_fail(err, DAYONE_EINVAL, "env and text must not be NULL");
    dy_env_items items = DY_ENV_ITEMS_INIT;
    int rc = dy_dotenv_parse(text ? text : "", len, name, &items, err);
    if (rc == DAYONE_OK)
        rc = commit(env, &items, DAYONE_SOURCE_FILE, name, err);
    dy_env_items_release(&items);
    return rc;
}

int dayone_env_add_file(dayone_env *env, const char *path, dayone_error *err)
{
    if (!env || !path)
        return dy_fail(err, DAYONE_EINVAL, "env and path must not be NULL");
    char *buf = NULL;
    size_t len = 0, cap = 0;
    int rc = dy_read_file_limited(path, DAYONE_ENV_FILE_MAX, &buf, &len, &cap, err);
    if (rc)
        return rc;
    rc = dayone_env_add_string(env, buf, len, path, err);
    dy_wipe(buf, cap); /* the file holds secrets */
    dy_free(buf);
    return rc;
}

/* Print at most NAME_ECHO_MAX characters of the valid prefix of a name. */
static size_t echo_len(const char *name)
{
    size_t n = 0;
    while (n < NAME_ECHO_MAX && name[n] && dy_env_name_valid(name, n + 1))
        n++;
    return n;
}

int dayone_env_set(dayone_env *env, const char *name, const char *value,
                   size_t value_len, dayone_error *err)
{
    if (!env || !name || (!value && value_len))
        return dy_fail(err, DAYONE_EINVAL, "env, name and value must not be NULL");
    size_t nlen = strlen(name);
    if (!dy_env_name_valid(name, nlen)) {
        size_t shown = echo_len(name);
        if (shown == 0)
            return dy_fail(err, DAYONE_EINVAL,
                           "invalid variable name: names must match [A-Za-z_][A-Za-z0-9_]*");
        return dy_fail(err, DAYONE_EINVAL,
                       "invalid variable name starting with \"%.*s\": character %zu is not "
                       "allowed (names must match [A-Za-z_][A-Za-z0-9_]*)",
                       (int)shown, name, shown + 1);
    }
    int shown = (int)(nlen > NAME_ECHO_MAX ? NAME_ECHO_MAX : nlen);
    const char *ell = nlen > NAME_ECHO_MAX ? "..." : "";
    if (value_len > DAYONE_ENV_VALUE_MAX)
        return dy_fail(err, DAYONE_ELIMIT,
                       "value of %.*s%s is %zu bytes, over the limit of %u bytes",
                       shown, name, ell, value_len, DAYONE_ENV_VALUE_MAX);
    if (value_len && memchr(value, '\0', value_len))
        return dy_fail(err, DAYONE_EINVAL, "value of %.*s%s contains a NUL byte", shown, name,
                       ell);
    /* Direct path, not the staging list: bindings call this once per
     * variable, so it allocates only the copies it keeps (value, and the
     * name when it is new). Nothing changes until every allocation worked. */
    if (reserve(env, 1) != DAYONE_OK)
        return dy_fail(err, DAYONE_ENOMEM, "out of memory while setting %.*s%s", shown, name, ell);
    char *copy = dy_strndup(value ? value : "", value_len);
    uint32_t h = hash_name(name, nlen);
    env_slot *s = find_slot(env, name, nlen, h);
    char *name_copy = s ? NULL : dy_strndup(name, nlen);
    if (!copy || (!s && !name_copy)) {
        if (copy) {
            dy_wipe(copy, value_len);
            dy_free(copy);
        }
        dy_free(name_copy);
        return dy_fail(err, DAYONE_ENOMEM, "out of memory while setting %.*s%s", shown, name, ell);
    }
    if (s) {
        wipe_value(&s->e);
    } else {
        s = &env->slots[env->count++];
        memset(s, 0, sizeof *s);
        s->e.name = name_copy;
        s->hash = h;
        s->name_len = nlen;
        table_insert(env->table, env->tcap, h, (uint32_t)env->count);
    }
    s->e.value = copy;
    s->e.value_len = value_len;
    s->e.source = DAYONE_SOURCE_API;
    s->e.path = NULL;
    s->e.line = 0;
    return DAYONE_OK;
}

size_t dayone_env_count(const dayone_env *env)
{
    return env ? env->count : 0;
}

int dayone_env_has(const dayone_env *env, const char *name)
{
    return dy_env_get(env, name) != NULL;
}

const dy_env_entry *dy_env_get(const dayone_env *env, const char *name)
{
    if (!env || !name || !env->count)
        return NULL;
    size_t len = strlen(name);
    env_slot *s = find_slot(env, name, len, hash_name(name, len));
    return s ? &s->e : NULL;
}

const dy_env_entry *dy_env_at(const dayone_env *env, size_t i)
{
    if (!env || i >= env->count)
        return NULL;
    return &env->slots[i].e;
}

const char *dy_env_source_name(dayone_env_source_kind kind)
{
    switch (kind) {
    case DAYONE_SOURCE_PROCESS: return "process";
    case DAYONE_SOURCE_FILE: return "file";
    case DAYONE_SOURCE_API: return "api";
    case DAYONE_SOURCE_SECRET_FILE: return "secret-file";
    }
    return "unknown";
}

/* ---- the staging list ---- */

int dy_env_items_push(dy_env_items *items, const char *name, size_t name_len,
                      const char *value, size_t value_len, unsigned line)
{
    if (items->n == items->cap) {
        size_t ncap = items->cap ? items->cap * 2 : 16;
        dy_env_item *nv = dy_realloc(items->v, ncap * sizeof *nv);
        if (!nv)
            return DAYONE_ENOMEM;
        items->v = nv;
        items->cap = ncap;
    }
    dy_env_item *it = &items->v[items->n];
    it->name = dy_strndup(name, name_len);
    it->value = dy_strndup(value, value_len);
    if (!it->name || !it->value) {
        dy_free(it->name);
        if (it->value) {
            dy_wipe(it->value, value_len);
            dy_free(it->value);
        }
        return DAYONE_ENOMEM;
    }
    it->name_len = name_len;
    it->value_len = value_len;
    it->line = line;
    items->n++;
    return DAYONE_OK;
}

void dy_env_items_release(dy_env_items *items)
{
    for (size_t i = 0; i < items->n; i++) {
        dy_free(items->v[i].name);
        if (items->v[i].value) {
            dy_wipe(items->v[i].value, items->v[i].value_len);
            dy_free(items->v[i].value);
        }
    }
    dy_free(items->v);
    items->v = NULL;
    items->n = items->cap = 0;
}
