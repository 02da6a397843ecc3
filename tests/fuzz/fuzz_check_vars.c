/* fuzz_check_vars.c - dayone_check_vars answers exactly what
 * dayone_env_set_many + dayone_check answer.
 *
 * dayone_check_vars copies only the variables the policy can read into a
 * snapshot made for the call (one block, on the stack when small, else
 * allocated) and redoes the check on a full snapshot when the check looks a
 * name up outside that set. This target decodes its input into a policy,
 * check options and (name, value) pairs of arbitrary bytes, runs both paths
 * and aborts on any difference in the status, the error (code, message,
 * place) or the rendered JSON report. A third path, a snapshot restricted
 * to the policy's names (dy_env_restrict), must answer the same whenever it
 * did not stray: the premise the shortcut rests on.
 *
 * Input (every field optional: a short input ends the pairs):
 *   byte 0  the policy: bit 7 set, a YAML policy from the input (after
 *           byte 1: 2 bytes of big-endian length, then the text); else
 *           (byte % (1 + N)): 0 the default policy, i the i-th distinct
 *           policy of the check vectors (fuzz_check_policies.h)
 *   byte 1  options: bit 0 presence-only, bit 1 no secret files, bits 2-3
 *           the profiles (startup, daily, incident, startup+daily), bit 4 a
 *           facts document follows (after the policy: 2-byte length, then
 *           the text), bits 5-7 "now" (NOWS)
 *   then pairs, each a control byte c and its fields:
 *     name  (c & 3)  0: a name the policy reads (next byte picks it), 1: a
 *           name from a fixed list of others (next byte), 2: that name +
 *           "_FILE" (next byte picks a policy name), 3: raw bytes (a length
 *           byte, then the bytes; length 0 and c bit 6: a NULL name)
 *     value (c >> 2 & 3)  0: raw (a length byte, the bytes), 1: from a
 *           fixed list of telling values (next byte), 2: long, (2-byte count
 *           + 1) * 17 copies of the next byte (past the 4 KB stack block and
 *           the 1 MiB limit; 3 MiB of them per input at most), 3: raw with
 *           a 2-byte length; c bit 4 with an
 *           empty value: a NULL value pointer, c bit 5: a NUL byte inserted
 *   A NUL-free value of a name ending in _FILE is replaced by the path of
 *   one of the fixture files this target writes (its first byte picks it),
 *   so NAME_FILE reads stay inside them and both paths read the same bytes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "dayone.h"
#include "dayone/facts.h"
#include "check_vars.h"
#include "env.h"
#include "fuzz.h"
#include "fuzz_check_policies.h"

#define MAX_PAIRS 512
/* Long values built for one input, in all: room for one past the limit. */
#define LONG_BUDGET (3u * DAYONE_ENV_VALUE_MAX)

typedef struct reader {
    const uint8_t *p;
    size_t left;
} reader;

static int take(reader *r, size_t n, const uint8_t **out)
{
    if (r->left < n)
        return 0;
    *out = r->p;
    r->p += n;
    r->left -= n;
    return 1;
}

static int byte(reader *r, unsigned *out)
{
    const uint8_t *b;
    if (!take(r, 1, &b))
        return 0;
    *out = b[0];
    return 1;
}

static int u16(reader *r, size_t *out)
{
    const uint8_t *b;
    if (!take(r, 2, &b))
        return 0;
    *out = (size_t)b[0] << 8 | b[1];
    return 1;
}

/* ---- fixtures, made once ---- */

static const char *const OTHER_NAMES[] = {
    "ENVIRONMENT", "LAUNCH_MODE", "PATH", "HOME", "A", "_", "a", "lower_case",
    "X_FILE", "SECRET_KEY_FILE", "UNRELATED_VARIABLE_WITH_A_LONG_NAME_0123456789", "BILLING_ENABLED",
    "SSO_ENABLED", "SSO_PROTOCOL", "STRIPE_SECRET_KEY", "DATABASE_URL",
};
#define NOTHER (sizeof OTHER_NAMES / sizeof OTHER_NAMES[0])

/* Values that flip flags and rules (FAKE keys: none is a real secret). */
static const char *const VALUES[] = {
    "", "true", "false", "1", "0", "yes", "off", "maybe", "production", "Production",
    "prod", "staging", "development", "test", "strict", "soft", "oidc", "saml", "changeme",
    "https://login.example.com/", "http://example.com", "postgresql://user@db.internal:5432/app",
    "sk_live_FAKEdayonepP9ujrmF4i52PRqz2Vuv4ire", "sk_test_FAKEabc", "whsec_FAKEdayoneltM1fEvMx8qw9bYWGlpt1F9X",
    "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
    "e193912f5b4ac24893e42ae91b115e7e9cd5037f7187121f104ecd9009a026f9",
    "FAKE-k3y-Zq8vLw2xN9pR4tY7uB1cE5gH0jM6sD3f", "2026-03-01T10:00:00Z", "26h", " yes ",
};
#define NVALUES (sizeof VALUES / sizeof VALUES[0])

/* Unix seconds the check vectors run at ("now" and "today"). */
static const int64_t NOWS[8] = { 1772409600, 1772442000, 1772539200, 1774008000,
                                 1780272000, 1795737600, -9223200000, 1772326800 };

/* NAME_FILE targets: a value, one with a trailing newline, an empty file,
 * a NUL byte, a directory, a path that does not exist. */
static const struct { const char *name, *content; size_t len; } FILES[] = {
    { "key", "e193912f5b4ac24893e42ae91b115e7e9cd5037f7187121f104ecd9009a026f9", 64 },
    { "url", "https://login.example.com/\n", 26 },
    { "empty", "", 0 },
    { "nul", "ab\0cd", 5 },
    { "dir", NULL, 0 },
    { "missing", NULL, 0 },
};
#define NFILES (sizeof FILES / sizeof FILES[0])

static char g_dir[64];
static char g_paths[NFILES][96];
static dayone_policy *g_default;
static dayone_policy **g_policies;

static void remove_fixtures(void)
{
    for (size_t i = 0; i < NFILES; i++)
        if (FILES[i].content)
            (void)unlink(g_paths[i]);
        else
            (void)rmdir(g_paths[i]);
    (void)rmdir(g_dir);
}

static void make_fixtures(void)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(g_dir, sizeof g_dir, "%s/fuzz_check_vars.XXXXXX", tmp && *tmp && strlen(tmp) < 30 ? tmp : "/tmp");
    FUZZ_ASSERT(mkdtemp(g_dir) != NULL);
    for (size_t i = 0; i < NFILES; i++) {
        snprintf(g_paths[i], sizeof g_paths[i], "%s/%s", g_dir, FILES[i].name);
        if (FILES[i].content) {
            FILE *f = fopen(g_paths[i], "wb");
            FUZZ_ASSERT(f != NULL);
            FUZZ_ASSERT(fwrite(FILES[i].content, 1, FILES[i].len, f) == FILES[i].len);
            FUZZ_ASSERT(fclose(f) == 0);
        } else if (strcmp(FILES[i].name, "dir") == 0) {
            FUZZ_ASSERT(mkdir(g_paths[i], 0700) == 0);
        }
    }
    atexit(remove_fixtures);
}

static void init_once(void)
{
    if (g_policies)
        return;
    make_fixtures();
    FUZZ_ASSERT(dayone_policy_load_default(&g_default, NULL) == DAYONE_OK);
    g_policies = calloc(fuzz_check_npolicies + 1, sizeof *g_policies);
    FUZZ_ASSERT(g_policies != NULL);
    for (size_t i = 0; i < fuzz_check_npolicies; i++)
        FUZZ_ASSERT(dayone_policy_load_string(&g_policies[i], fuzz_check_policies[i],
                                              strlen(fuzz_check_policies[i]), "vector.yaml",
                                              NULL) == DAYONE_OK);
}

/* ---- one input ---- */

typedef struct input {
    dayone_var vars[MAX_PAIRS];
    size_t n;
    char *owned[MAX_PAIRS * 3]; /* names and values built here */
    size_t nowned, long_bytes;
} input;

static char *own(input *in, size_t n)
{
    char *p = malloc(n ? n : 1);
    FUZZ_ASSERT(p != NULL);
    in->owned[in->nowned++] = p;
    return p;
}

static int ends_with_file(const char *name, size_t len)
{
    return name && len >= 5 && memcmp(name + len - 5, "_FILE", 5) == 0;
}

/* The name of pair c: see the header. 0 when the input ran out. */
static int read_name(reader *r, unsigned c, const dayone_env *names, input *in, dayone_var *v)
{
    unsigned b;
    size_t nnames = dayone_env_count(names);
    const uint8_t *raw;
    switch (c & 3) {
    case 0:
    case 2: {
        if (!byte(r, &b) || nnames == 0)
            return 0;
        const char *name = dy_env_at(names, b % nnames)->name;
        size_t len = strlen(name);
        if ((c & 3) == 0) {
            v->name = name;
            v->name_len = len;
        } else {
            char *p = own(in, len + 5);
            memcpy(p, name, len);
            memcpy(p + len, "_FILE", 5);
            v->name = p;
            v->name_len = len + 5;
        }
        return 1;
    }
    case 1:
        if (!byte(r, &b))
            return 0;
        v->name = OTHER_NAMES[b % NOTHER];
        v->name_len = strlen(v->name);
        return 1;
    default:
        if (!byte(r, &b) || !take(r, b, &raw))
            return 0;
        v->name = b == 0 && (c & 0x40) ? NULL : (const char *)raw;
        v->name_len = b;
        return 1;
    }
}

static int read_value(reader *r, unsigned c, input *in, dayone_var *v)
{
    unsigned b;
    size_t len;
    const uint8_t *raw;
    switch (c >> 2 & 3) {
    case 0:
        if (!byte(r, &b) || !take(r, b, &raw))
            return 0;
        v->value = (const char *)raw;
        v->value_len = b;
        break;
    case 1:
        if (!byte(r, &b))
            return 0;
        v->value = VALUES[b % NVALUES];
        v->value_len = strlen(v->value);
        break;
    case 2: {
        if (!u16(r, &len) || !byte(r, &b))
            return 0;
        len = (len + 1) * 17;
        if (len > LONG_BUDGET - in->long_bytes)
            len = LONG_BUDGET - in->long_bytes;
        in->long_bytes += len;
        char *p = own(in, len);
        memset(p, (int)b, len);
        v->value = p;
        v->value_len = len;
        break;
    }
    default:
        if (!u16(r, &len) || !take(r, len, &raw))
            return 0;
        v->value = (const char *)raw;
        v->value_len = len;
        break;
    }
    if (v->value_len == 0 && (c & 0x10))
        v->value = NULL;
    if ((c & 0x20) && v->value) { /* a NUL byte in the middle */
        char *p = own(in, v->value_len + 1);
        size_t at = v->value_len / 2;
        memcpy(p, v->value, at);
        p[at] = '\0';
        memcpy(p + at + 1, v->value + at, v->value_len - at);
        v->value = p;
        v->value_len++;
    }
    if (ends_with_file(v->name, v->name_len) && v->value && !memchr(v->value, 0, v->value_len)) {
        size_t pick = v->value_len ? (unsigned char)v->value[0] % NFILES : 0;
        v->value = g_paths[pick];
        v->value_len = strlen(g_paths[pick]);
    }
    return 1;
}

/* What one path answered. */
typedef struct answer {
    int rc;
    dayone_error err;
    char *json;
} answer;

static void finish(answer *a, dayone_report *r)
{
    a->json = NULL;
    if (a->rc != DAYONE_OK) {
        FUZZ_ASSERT(r == NULL);
        FUZZ_ASSERT(a->err.code == a->rc && a->err.message[0] != '\0');
        return;
    }
    FUZZ_ASSERT(r != NULL);
    dayone_error err;
    FUZZ_ASSERT(dayone_report_render(&a->json, NULL, r, DAYONE_FORMAT_JSON, 0, &err) ==
                DAYONE_OK);
    dayone_report_free(r);
}

static void same(const answer *a, const answer *b)
{
    FUZZ_ASSERT(a->rc == b->rc);
    if (a->rc != DAYONE_OK) {
        FUZZ_ASSERT(a->err.code == b->err.code);
        FUZZ_ASSERT(strcmp(a->err.message, b->err.message) == 0);
        FUZZ_ASSERT(strcmp(a->err.path, b->err.path) == 0);
        FUZZ_ASSERT(a->err.line == b->err.line && a->err.column == b->err.column);
    } else {
        FUZZ_ASSERT(strcmp(a->json, b->json) == 0);
    }
}

/* The reference: the full snapshot dayone_env_set_many builds, checked. */
static void full_check(answer *a, const dayone_policy *policy, const input *in,
                       const dayone_check_options *opts)
{
    dayone_env *env = NULL;
    dayone_report *r = NULL;
    dayone_error_clear(&a->err);
    FUZZ_ASSERT(dayone_env_new(&env) == DAYONE_OK);
    a->rc = dayone_env_set_many(env, in->vars, in->n, &a->err);
    if (a->rc == DAYONE_OK)
        a->rc = dayone_check(&r, policy, env, opts, &a->err);
    dayone_env_free(env);
    finish(a, r);
}

/* A snapshot restricted to the policy's names; *strayed when it could not
 * answer. */
static void restricted_check(answer *a, const dayone_policy *policy, const input *in,
                             const dayone_check_options *opts, int *strayed)
{
    dayone_env *env = NULL;
    dayone_report *r = NULL;
    const dayone_env *names = dy_check_vars_names(policy);
    FUZZ_ASSERT(names != NULL);
    dayone_error_clear(&a->err);
    FUZZ_ASSERT(dayone_env_new(&env) == DAYONE_OK);
    dy_env_restrict(env, names);
    a->rc = dy_env_add_vars(env, in->vars, in->n, &a->err);
    if (a->rc == DAYONE_OK)
        a->rc = dayone_check(&r, policy, env, opts, &a->err);
    *strayed = dy_env_strayed(env);
    dayone_env_free(env);
    finish(a, r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    init_once();
    reader r = { data, size };
    unsigned sel = 0, o = 0;
    (void)byte(&r, &sel);
    (void)byte(&r, &o);

    dayone_policy *loaded = NULL;
    const dayone_policy *policy = NULL;   /* what both paths are given */
    const dayone_policy *named = g_default; /* whose names the pairs draw on */
    if (sel & 0x80) {
        size_t len;
        const uint8_t *text;
        if (!u16(&r, &len) || !take(&r, len, &text) ||
            dayone_policy_load_string(&loaded, (const char *)text, len, "fuzz.yaml", NULL) !=
                DAYONE_OK)
            return 0;
        policy = named = loaded;
    } else if (sel % (fuzz_check_npolicies + 1)) {
        policy = named = g_policies[sel % (fuzz_check_npolicies + 1) - 1];
    }

    static const char *const daily[] = { "daily" }, *const incident[] = { "incident" },
                             *const startup_daily[] = { "startup", "daily" };
    dayone_check_options opts = DAYONE_CHECK_OPTIONS_INIT;
    opts.flags = (o & 1 ? DAYONE_CHECK_PRESENCE_ONLY : 0u) |
                 (o & 2 ? DAYONE_CHECK_NO_SECRET_FILES : 0u);
    switch (o >> 2 & 3) {
    case 1: opts.profiles = daily; opts.nprofiles = 1; break;
    case 2: opts.profiles = incident; opts.nprofiles = 1; break;
    case 3: opts.profiles = startup_daily; opts.nprofiles = 2; break;
    default: break;
    }
    opts.now_ns = NOWS[o >> 5] * 1000000000;
    dayone_facts *facts = NULL;
    if (o & 0x10) {
        size_t len;
        const uint8_t *text;
        if (u16(&r, &len) && take(&r, len, &text)) {
            FUZZ_ASSERT(dayone_facts_new(&facts) == DAYONE_OK);
            (void)dayone_facts_add_string(facts, (const char *)text, len, "facts.yaml", NULL);
            opts.facts = facts;
        }
    }

    input *in = calloc(1, sizeof *in);
    FUZZ_ASSERT(in != NULL);
    const dayone_env *names = dy_check_vars_names(named);
    FUZZ_ASSERT(names != NULL);
    unsigned c;
    while (in->n < MAX_PAIRS && byte(&r, &c)) {
        dayone_var *v = &in->vars[in->n];
        if (!read_name(&r, c, names, in, v) || !read_value(&r, c, in, v))
            break;
        in->n++;
    }

    answer full, vars, restricted;
    int strayed = 0;
    full_check(&full, policy, in, &opts);
    dayone_error_clear(&vars.err);
    dayone_report *rep = NULL;
    vars.rc = dayone_check_vars(&rep, policy, in->n ? in->vars : NULL, in->n, &opts, &vars.err);
    finish(&vars, rep);
    same(&full, &vars);
    restricted_check(&restricted, named, in, &opts, &strayed);
    if (!strayed)
        same(&full, &restricted);
    if (getenv("FUZZ_CHECK_VARS_TRACE")) {
        /* For whoever seeds the corpus: which paths this input took (kept
         * bytes past about 4 KB: the allocated block) and the policy's
         * names by number (name kinds 0 and 2). */
        size_t kept = 0;
        for (size_t i = 0; i < in->n; i++)
            if (in->vars[i].name && in->vars[i].name_len < 256) {
                char nm[256];
                memcpy(nm, in->vars[i].name, in->vars[i].name_len);
                nm[in->vars[i].name_len] = '\0';
                if (!memchr(in->vars[i].name, 0, in->vars[i].name_len) && dayone_env_has(names, nm))
                    kept += in->vars[i].name_len + in->vars[i].value_len + 2;
            }
        fprintf(stderr, "pairs %zu, rc %d, strayed %d, kept bytes %zu; names:", in->n, full.rc,
                strayed, kept);
        for (size_t i = 0; i < dayone_env_count(names); i++)
            fprintf(stderr, " %zu=%.40s", i, dy_env_at(names, i)->name);
        fputc('\n', stderr);
    }

    dayone_free(full.json);
    dayone_free(vars.json);
    dayone_free(restricted.json);
    for (size_t i = 0; i < in->nowned; i++)
        free(in->owned[i]);
    free(in);
    dayone_facts_free(facts);
    dayone_policy_free(loaded);
    return 0;
}
