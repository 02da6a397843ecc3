/* test_no_leak.c - secrets never leak, at the library level.
 *
 * Distinct random values are planted in every secret slot of the default
 * policy (and in the posture and flag variables), in shapes that trigger
 * every kind of finding: valid, too short, wrong format, placeholders, low
 * entropy, shared values, Stripe modes, NAME_FILE files, an example file,
 * control bytes. Each scenario runs dayone_check (plain, presence-only,
 * with an example), every render format with and without colour,
 * dayone_explain for every key and flag variable, and dayone_failfast
 * (stderr captured). Then every error path is fed the planted values: bad
 * .env text and files that embed them, bad policies that carry them in
 * value positions, and dayone_env_set misuse.
 *
 * Fails if any planted value, or any 8-character piece of one, appears in a
 * returned string, a finding field, stderr, or a dayone_error's message or
 * path. Pieces made mostly of a public prefix ("sk_live_", "https://": at
 * most 3 planted characters) are words of the format, not of the secret. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "testutil.h"

#define PIECE 8
#define MAX_PLANTED 256

typedef struct planted {
    char *value;
    size_t len;
    size_t public_prefix;   /* leading bytes that are a format's public prefix */
} planted;

static planted g_planted[MAX_PLANTED];
static size_t g_nplanted;
static size_t g_hay_checked;
static uint64_t g_rng = 0x9e3779b97f4a7c15u;

static unsigned rnd(unsigned n)
{
    g_rng ^= g_rng << 13;
    g_rng ^= g_rng >> 7;
    g_rng ^= g_rng << 17;
    return (unsigned)(g_rng % n);
}

/* Random characters from an alphabet (the planted part of a value). */
static void rand_chars(char *out, size_t n, const char *alphabet)
{
    size_t an = strlen(alphabet);
    for (size_t i = 0; i < n; i++)
        out[i] = alphabet[rnd((unsigned)an)];
}

#define ALNUM "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
#define LOWER "abcdefghijklmnopqrstuvwxyz0123456789"
#define HEX "0123456789abcdef"

/* Plant "prefix + n random chars + suffix" and return it (owned by the table). */
static const char *plant_ex(const char *prefix, size_t n, const char *alphabet, const char *suffix)
{
    assert_true(g_nplanted < MAX_PLANTED);
    size_t pl = strlen(prefix), sl = strlen(suffix);
    char *v = malloc(pl + n + sl + 1);
    assert_non_null(v);
    memcpy(v, prefix, pl);
    rand_chars(v + pl, n, alphabet);
    memcpy(v + pl + n, suffix, sl);
    v[pl + n + sl] = '\0';
    g_planted[g_nplanted].value = v;
    g_planted[g_nplanted].len = pl + n + sl;
    g_planted[g_nplanted].public_prefix = pl;
    g_nplanted++;
    return v;
}

static const char *plant(size_t n)
{
    return plant_ex("", n, ALNUM, "");
}

/* Register an already-built value (e.g. with control bytes) as planted. */
static const char *plant_raw(const char *v, size_t len, size_t public_prefix)
{
    assert_true(g_nplanted < MAX_PLANTED);
    char *c = malloc(len + 1);
    assert_non_null(c);
    memcpy(c, v, len);
    c[len] = '\0';
    g_planted[g_nplanted].value = c;
    g_planted[g_nplanted].len = len;
    g_planted[g_nplanted].public_prefix = public_prefix;
    g_nplanted++;
    return c;
}

/* A window must hold at least this many planted (non-prefix) characters:
 * "https://" plus one random letter is a word of the format, not a leak. */
#define MIN_PLANTED_CHARS 4

/* Index of the first planted value leaking into hay (*offset: where in the
 * value), or -1. */
static long find_leak(const char *hay, size_t hlen, size_t *offset)
{
    for (size_t p = 0; p < g_nplanted; p++) {
        const planted *pl = &g_planted[p];
        if (pl->len < PIECE) {
            if (pl->len && memmem(hay, hlen, pl->value, pl->len)) {
                *offset = 0;
                return (long)p;
            }
            continue;
        }
        for (size_t i = 0; i + PIECE <= pl->len; i++) {
            if (i + PIECE < pl->public_prefix + MIN_PLANTED_CHARS)
                continue;
            if (memmem(hay, hlen, pl->value + i, PIECE)) {
                *offset = i;
                return (long)p;
            }
        }
    }
    return -1;
}

/* The check itself: no planted value nor any 8-byte piece of one in hay. */
static void assert_clean(const char *where, const char *hay, size_t hlen)
{
    if (!hay)
        return;
    g_hay_checked++;
    size_t off = 0;
    long p = find_leak(hay, hlen, &off);
    if (p >= 0)
        fail_msg("%s contains an 8-byte piece (offset %zu) of planted value #%ld:\n%.*s", where,
                 off, p, (int)(hlen > 4000 ? 4000 : hlen), hay);
}

static void clean_str(const char *where, const char *s)
{
    if (s)
        assert_clean(where, s, strlen(s));
}

static void clean_err(const char *where, const dayone_error *err)
{
    clean_str(where, err->message);
    clean_str(where, err->path);
}

/* ---- scenarios: variable/value pairs over the default policy ---- */

#define MAX_VARS 48

typedef struct scenario {
    const char *name;
    const char *names[MAX_VARS];
    const char *values[MAX_VARS];
    size_t lens[MAX_VARS];
    size_t n;
    const char *ex_names[8];     /* example (.env.example) snapshot */
    const char *ex_values[8];
    size_t nex;
} scenario;

static void sc_set(scenario *s, const char *name, const char *value)
{
    assert_true(s->n < MAX_VARS);
    s->names[s->n] = name;
    s->values[s->n] = value;
    s->lens[s->n] = strlen(value);
    s->n++;
}

static void sc_set_len(scenario *s, const char *name, const char *value, size_t len)
{
    sc_set(s, name, value);
    s->lens[s->n - 1] = len;
}

static void sc_flags_on(scenario *s, const char *environment)
{
    sc_set(s, "ENVIRONMENT", environment);
    sc_set(s, "LAUNCH_MODE", "true");
    sc_set(s, "BILLING_ENABLED", "true");
    sc_set(s, "ZERO_TRUST_ENABLED", "yes");
    sc_set(s, "SSO_ENABLED", "on");
    sc_set(s, "SECURITY_HEADERS_ENABLED", "1");
    sc_set(s, "BILLING_ENFORCEMENT", "strict");
}

static char g_tmpdir[64];

/* Write content to a new file in the scratch directory; returns its path. */
static const char *scratch_file(const char *name, const char *content, size_t len)
{
    static char paths[64][128];
    static size_t n;
    assert_true(n < 64);
    snprintf(paths[n], sizeof paths[n], "%s/%s", g_tmpdir, name);
    int fd = open(paths[n], O_CREAT | O_TRUNC | O_WRONLY, 0600);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, content, len), (ssize_t)len);
    close(fd);
    return paths[n++];
}

static const char *const g_secret_keys[] = {
    "SECRET_KEY", "DATABASE_URL", "INTEGRATION_ENCRYPTION_KEY", "STRIPE_SECRET_KEY",
    "STRIPE_WEBHOOK_SECRET", "ZERO_TRUST_API_KEY", "SSO_CLIENT_ID", "SSO_CLIENT_SECRET",
    "SSO_ISSUER_URL", "SSO_SAML_IDP_METADATA_URL", "SSO_SAML_SP_PRIVATE_KEY",
    "SSO_SAML_SP_CERTIFICATE"};
#define NSECRETS (sizeof g_secret_keys / sizeof g_secret_keys[0])

/* Valid-looking values for every secret (the check passes them). */
static void sc_valid(scenario *s, const char *stripe_prefix)
{
    sc_set(s, "SECRET_KEY", plant(48));
    sc_set(s, "DATABASE_URL", plant_ex("postgresql://", 12, LOWER, ""));
    /* the URL's user, host and path are random too: rebuild it whole */
    {
        char buf[160];
        char a[13] = {0}, b[13] = {0}, c[13] = {0};
        rand_chars(a, 12, LOWER);
        rand_chars(b, 12, LOWER);
        rand_chars(c, 12, LOWER);
        snprintf(buf, sizeof buf, "postgresql://%s@%s:5432/%s", a, b, c);
        s->values[s->n - 1] = plant_raw(buf, strlen(buf), strlen("postgresql://"));
        s->lens[s->n - 1] = strlen(buf);
    }
    sc_set(s, "INTEGRATION_ENCRYPTION_KEY", plant_ex("", 64, HEX, ""));
    sc_set(s, "STRIPE_SECRET_KEY", plant_ex(stripe_prefix, 40, ALNUM, ""));
    sc_set(s, "STRIPE_WEBHOOK_SECRET", plant_ex("whsec_", 40, ALNUM, ""));
    sc_set(s, "ZERO_TRUST_API_KEY", plant(40));
    sc_set(s, "SSO_CLIENT_ID", plant(24));
    sc_set(s, "SSO_CLIENT_SECRET", plant(40));
    {
        char buf[96], a[17] = {0}, b[9] = {0};
        rand_chars(a, 16, LOWER);
        rand_chars(b, 8, "abcdefghijklmnopqrstuvwxyz");
        snprintf(buf, sizeof buf, "https://%s.%s/", a, b);
        sc_set(s, "SSO_ISSUER_URL", plant_raw(buf, strlen(buf), strlen("https://")));
    }
}

/* PEM text around 203 random DER bytes: SEQUENCE (length 200) { inner_tag
 * (length 197) random }, so with inner_tag 0x02 (a key's INTEGER) or 0x30 (a
 * certificate's SEQUENCE) the PEM formats accept it. Every base64 line is
 * planted; the BEGIN and END lines are public words of the format, and are
 * not. line_break is "\n", or "\\n" for literal escapes. */
static const char *pem_text(const char *label, unsigned char inner_tag, const char *line_break)
{
    static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    static char texts[8][1024];
    static size_t ntexts;
    unsigned char der[203] = {0x30, 0x81, 200, inner_tag, 0x81, 197};
    char body[273];
    size_t nb = 0;

    assert_true(ntexts < 8);
    for (size_t i = 6; i < sizeof der; i++)
        der[i] = (unsigned char)rnd(256);
    for (size_t i = 0; i < sizeof der; i += 3) {
        unsigned w = (unsigned)der[i] << 16 | (i + 1 < sizeof der ? der[i + 1] << 8 : 0) |
                     (i + 2 < sizeof der ? der[i + 2] : 0);
        body[nb++] = b64[w >> 18 & 63];
        body[nb++] = b64[w >> 12 & 63];
        body[nb++] = i + 1 < sizeof der ? b64[w >> 6 & 63] : '=';
        body[nb++] = i + 2 < sizeof der ? b64[w & 63] : '=';
    }
    char *t = texts[ntexts++];
    size_t used = (size_t)snprintf(t, 1024, "-----BEGIN %s-----%s", label, line_break);
    for (size_t off = 0; off < nb; off += 64) {
        size_t n = nb - off < 64 ? nb - off : 64;
        plant_raw(body + off, n, 0);
        used += (size_t)snprintf(t + used, 1024 - used, "%.*s%s", (int)n, body + off, line_break);
    }
    snprintf(t + used, 1024 - used, "-----END %s-----%s", label, line_break);
    return t;
}

/* SSO over SAML: a planted https metadata URL, then the key and certificate. */
static void sc_saml(scenario *s, const char *key, const char *cert)
{
    char buf[96], a[17] = {0};
    rand_chars(a, 16, LOWER);
    snprintf(buf, sizeof buf, "https://%s.idp.test/saml/metadata", a);
    sc_set(s, "SSO_PROTOCOL", "saml");
    sc_set(s, "SSO_SAML_IDP_METADATA_URL", plant_raw(buf, strlen(buf), strlen("https://")));
    sc_set(s, "SSO_SAML_SP_PRIVATE_KEY", key);
    sc_set(s, "SSO_SAML_SP_CERTIFICATE", cert);
}

/* ---- running one scenario through every output ---- */

static dayone_env *build_env(const char *const *names, const char *const *values,
                             const size_t *lens, size_t n)
{
    dayone_env *env = NULL;
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    for (size_t i = 0; i < n; i++) {
        dayone_error err;
        dayone_error_clear(&err);
        int rc = dayone_env_set(env, names[i], values[i], lens ? lens[i] : strlen(values[i]), &err);
        if (rc != DAYONE_OK)
            fail_msg("set %s: %s", names[i], err.message);
    }
    return env;
}

static void check_report(const char *where, const dayone_report *r)
{
    char w[512];
    for (size_t i = 0; i < dayone_report_count(r); i++) {
        const dayone_finding *f = dayone_report_get(r, i);
        snprintf(w, sizeof w, "%s finding %zu (%s %s)", where, i, f->rule, f->key);
        clean_str(w, f->rule);
        clean_str(w, f->key);
        clean_str(w, f->message);
        clean_str(w, f->hint);
        clean_str(w, f->because);
        clean_str(w, f->source);
        clean_str(w, f->source_path);
        clean_str(w, f->waiver);
    }
    clean_str(where, dayone_report_policy_name(r));
    for (int fmt = DAYONE_FORMAT_TEXT; fmt <= DAYONE_FORMAT_JUNIT; fmt++)
        for (unsigned flags = 0; flags <= DAYONE_RENDER_COLOR; flags++) {
            char *out = NULL;
            size_t len = 0;
            dayone_error err;
            dayone_error_clear(&err);
            assert_int_equal(dayone_report_render(&out, &len, r, (dayone_format)fmt, flags, &err),
                             DAYONE_OK);
            snprintf(w, sizeof w, "%s render %d/%u", where, fmt, flags);
            assert_clean(w, out, len);
            dayone_free(out);
        }
    /* SARIF with an explicit root: locations, rule help, fingerprints. */
    char *out = NULL;
    size_t len = 0;
    dayone_error err;
    dayone_error_clear(&err);
    dayone_render_options opts = DAYONE_RENDER_OPTIONS_INIT;
    opts.sarif_root = "/";
    assert_int_equal(dayone_report_render_with(&out, &len, r, DAYONE_FORMAT_SARIF, &opts, &err),
                     DAYONE_OK);
    snprintf(w, sizeof w, "%s render sarif root /", where);
    assert_clean(w, out, len);
    dayone_free(out);
}

/* stderr of fn(arg), captured through a temporary file. */
static char *capture_stderr(int (*fn)(const void *), const void *arg, int *rc)
{
    char path[] = "/tmp/dayone-leak-stderr-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    unlink(path);
    fflush(stderr);
    int saved = dup(2);
    assert_true(saved >= 0);
    dup2(fd, 2);
    *rc = fn(arg);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    off_t size = lseek(fd, 0, SEEK_END);
    char *buf = malloc((size_t)size + 1);
    assert_non_null(buf);
    assert_int_equal(pread(fd, buf, (size_t)size, 0), size);
    buf[size] = '\0';
    close(fd);
    return buf;
}

static int run_failfast(const void *policy)
{
    return dayone_failfast(policy);
}

/* Returns the number of findings of the plain check. */
static size_t run_outputs(const char *name, const dayone_policy *policy, const dayone_env *env,
                          const dayone_env *example, const char *const *extra_keys, size_t nextra)
{
    size_t nfindings = 0;
    char where[256];
    unsigned flag_sets[] = {0, DAYONE_CHECK_PRESENCE_ONLY, DAYONE_CHECK_NO_SECRET_FILES};
    const dayone_policy *p = policy;
    dayone_policy *def = NULL;
    if (!p) {
        assert_int_equal(dayone_policy_load_default(&def, NULL), DAYONE_OK);
        p = def;
    }
    for (size_t f = 0; f < 3; f++) {
        dayone_check_options o = DAYONE_CHECK_OPTIONS_INIT;
        o.flags = flag_sets[f];
        o.example = example;
        dayone_report *r = NULL;
        dayone_error err;
        dayone_error_clear(&err);
        assert_int_equal(dayone_check(&r, policy, env, &o, &err), DAYONE_OK);
        snprintf(where, sizeof where, "%s check flags=%u", name, flag_sets[f]);
        check_report(where, r);
        if (f == 0)
            nfindings = dayone_report_count(r);
        dayone_report_free(r);

        /* explain every key a rule mentions, every flag variable, and extras */
        const char *keys[64];
        size_t nk = 0;
        for (size_t i = 0; i < NSECRETS; i++)
            keys[nk++] = g_secret_keys[i];
        static const char *const more[] = {
            "ENVIRONMENT", "LAUNCH_MODE", "BILLING_ENABLED", "ZERO_TRUST_ENABLED", "SSO_ENABLED",
            "SECURITY_HEADERS_ENABLED", "DEMO_SEED_ENABLED", "DEMO_DATA_ENABLED",
            "BILLING_ENFORCEMENT", "SSO_PROTOCOL", "NOT_IN_ANY_RULE"};
        for (size_t i = 0; i < sizeof more / sizeof more[0]; i++)
            keys[nk++] = more[i];
        for (size_t i = 0; i < nextra && nk < 64; i++)
            keys[nk++] = extra_keys[i];
        for (size_t k = 0; k < nk; k++) {
            char *text = NULL;
            dayone_error_clear(&err);
            int rc = dayone_explain(&text, policy, env, keys[k], &o, &err);
            snprintf(where, sizeof where, "%s explain %s flags=%u", name, keys[k], flag_sets[f]);
            assert_true(rc == DAYONE_OK || rc == DAYONE_ENOTFOUND);
            clean_str(where, text);
            clean_err(where, &err);
            dayone_free(text);
        }
    }
    dayone_policy_free(def);
    return nfindings;
}

/* The same through the process environment and dayone_failfast (stderr). */
static void run_failfast_with(const char *name, const scenario *s, const dayone_policy *policy,
                              int expect_ok)
{
    for (size_t i = 0; i < s->n; i++)
        if (memchr(s->values[i], '\0', s->lens[i]) == NULL && strlen(s->values[i]) == s->lens[i])
            setenv(s->names[i], s->values[i], 1);
    int rc = 0;
    char *out = capture_stderr(run_failfast, policy, &rc);
    char where[128];
    snprintf(where, sizeof where, "%s failfast stderr", name);
    assert_int_equal(rc, expect_ok ? DAYONE_OK : DAYONE_EVIOLATION);
    if (!expect_ok)
        assert_true(strlen(out) > 0);   /* the report was written */
    assert_clean(where, out, strlen(out));
    free(out);
    for (size_t i = 0; i < s->n; i++)
        unsetenv(s->names[i]);
}

/* expect_ok: fail-fast (process environment, no example) passes; else it
 * must fail. Every scenario but the launch-ready one has findings. */
static void run_scenario(const scenario *s, const dayone_policy *policy, int expect_ok)
{
    dayone_env *env = build_env(s->names, s->values, s->lens, s->n);
    dayone_env *ex = NULL;
    if (s->nex)
        ex = build_env(s->ex_names, s->ex_values, NULL, s->nex);
    size_t n = run_outputs(s->name, policy, env, ex, s->names, s->n);
    printf("%-20s %zu findings\n", s->name, n);
    if (strncmp(s->name, "valid", 5) != 0 && n == 0)   /* "valid", "valid-saml" pass */
        fail_msg("%s: no findings (the scenario tests nothing)", s->name);
    run_failfast_with(s->name, s, policy, expect_ok);
    dayone_env_free(ex);
    dayone_env_free(env);
}

/* ---- the scenarios ---- */

/* The detector detects: a piece of a planted value anywhere is found. */
static void test_detector(void **state)
{
    (void)state;
    const char *v = plant_ex("sk_live_", 32, ALNUM, "");
    char hay[128];
    size_t off;
    snprintf(hay, sizeof hay, "message: ...%.8s...", v + 20);
    assert_true(find_leak(hay, strlen(hay), &off) >= 0);
    assert_int_equal(off, 20);
    snprintf(hay, sizeof hay, "e.g. sk_live_ keys");
    assert_int_equal(find_leak(hay, strlen(hay), &off), -1);
    snprintf(hay, sizeof hay, "%.8s", v + 5);   /* "ive_" + 4 planted */
    assert_true(find_leak(hay, strlen(hay), &off) >= 0);
}


static void test_scenarios(void **state)
{
    (void)state;
    scenario s;

    /* 1. launch-ready: every value valid */
    memset(&s, 0, sizeof s);
    s.name = "valid";
    sc_flags_on(&s, "production");
    sc_valid(&s, "sk_live_");
    run_scenario(&s, NULL, 1);

    /* 2. every secret present but wrong: short, not a URL, wrong size, wrong shape */
    memset(&s, 0, sizeof s);
    s.name = "wrong";
    sc_flags_on(&s, "production");
    sc_set(&s, "SECRET_KEY", plant(20));
    sc_set(&s, "DATABASE_URL", plant(30));
    sc_set(&s, "INTEGRATION_ENCRYPTION_KEY", plant_ex("", 30, HEX, ""));
    sc_set(&s, "STRIPE_SECRET_KEY", plant_ex("sk_live_", 6, ALNUM, ""));
    sc_set(&s, "STRIPE_WEBHOOK_SECRET", plant(36));
    sc_set(&s, "ZERO_TRUST_API_KEY", plant(20));
    sc_set(&s, "SSO_CLIENT_ID", plant(9));
    sc_set(&s, "SSO_CLIENT_SECRET", plant(20));
    sc_set(&s, "SSO_ISSUER_URL", plant_ex("http://", 20, LOWER, ".test/"));
    run_scenario(&s, NULL, 0);

    /* 3. placeholders of every kind, each with planted parts */
    memset(&s, 0, sizeof s);
    s.name = "placeholders";
    sc_flags_on(&s, "production");
    sc_set(&s, "SECRET_KEY", plant_ex("your-", 24, LOWER, "-here"));
    sc_set(&s, "DATABASE_URL", plant_ex("<", 24, ALNUM, ">"));
    sc_set(&s, "INTEGRATION_ENCRYPTION_KEY", plant_ex("${", 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_", "}"));
    sc_set(&s, "STRIPE_SECRET_KEY", plant_ex("TODO ", 24, ALNUM, ""));
    sc_set(&s, "STRIPE_WEBHOOK_SECRET", plant_ex("changeme", 24, ALNUM, ""));
    sc_set(&s, "ZERO_TRUST_API_KEY", plant_ex("xxxxxxxx", 24, ALNUM, ""));
    sc_set(&s, "SSO_CLIENT_SECRET", plant_ex("", 40, "Q", ""));
    sc_set(&s, "SSO_CLIENT_ID", plant_ex("", 12, ALNUM, "   "));
    run_scenario(&s, NULL, 0);

    /* 4. low entropy, shared values, Stripe test key in launch mode */
    memset(&s, 0, sizeof s);
    s.name = "weak-shared-test";
    sc_flags_on(&s, "production");
    const char *shared = plant_ex("", 64, HEX, "");
    sc_set(&s, "SECRET_KEY", shared);
    sc_set(&s, "INTEGRATION_ENCRYPTION_KEY", shared);
    sc_set(&s, "ZERO_TRUST_API_KEY", plant_ex("", 48, "QXZ", ""));
    sc_set(&s, "STRIPE_SECRET_KEY", plant_ex("sk_test_", 40, ALNUM, ""));
    sc_set(&s, "STRIPE_WEBHOOK_SECRET", plant_ex("whsec_", 40, ALNUM, ""));
    run_scenario(&s, NULL, 0);

    /* 5. live Stripe key outside production, planted posture and flag values */
    memset(&s, 0, sizeof s);
    s.name = "posture";
    sc_set(&s, "ENVIRONMENT", plant(16));
    sc_set(&s, "LAUNCH_MODE", plant(12));
    sc_set(&s, "BILLING_ENABLED", plant(12));
    sc_set(&s, "SSO_ENABLED", plant(12));
    sc_set(&s, "DEMO_SEED_ENABLED", plant(12));
    sc_set(&s, "DEMO_DATA_ENABLED", plant(12));
    sc_set(&s, "SECURITY_HEADERS_ENABLED", plant(12));
    sc_set(&s, "BILLING_ENFORCEMENT", plant(12));
    sc_set(&s, "STRIPE_SECRET_KEY", plant_ex("sk_live_", 40, ALNUM, ""));
    run_scenario(&s, NULL, 0);
    memset(&s, 0, sizeof s);
    s.name = "live-key-in-staging";
    sc_set(&s, "ENVIRONMENT", "staging");
    sc_set(&s, "BILLING_ENABLED", "true");
    sc_valid(&s, "sk_live_");
    run_scenario(&s, NULL, 1);   /* a warning only: fail-fast passes */

    /* 6. control bytes, invalid UTF-8, newlines and ANSI escapes in values */
    memset(&s, 0, sizeof s);
    s.name = "bytes";
    sc_flags_on(&s, "production");
    {
        char buf[128];
        char a[21] = {0}, b[21] = {0};
        rand_chars(a, 20, ALNUM);
        rand_chars(b, 20, ALNUM);
        int n = snprintf(buf, sizeof buf, "%s\x1b[31m\n\r\t\xff\xfe%s\"<>&'", a, b);
        sc_set_len(&s, "SECRET_KEY", plant_raw(buf, (size_t)n, 0), (size_t)n);
        rand_chars(a, 20, ALNUM);
        n = snprintf(buf, sizeof buf, "https://%s\n.evil/", a);
        sc_set_len(&s, "SSO_ISSUER_URL", plant_raw(buf, (size_t)n, 8), (size_t)n);
        rand_chars(a, 20, ALNUM);
        n = snprintf(buf, sizeof buf, "\xc3\xa9\xe2\x82\xac%s\xf0\x9f\x98\x80", a);
        sc_set_len(&s, "DATABASE_URL", plant_raw(buf, (size_t)n, 0), (size_t)n);
    }
    run_scenario(&s, NULL, 0);

    /* 7. SAML: a valid-shaped key and certificate; then swapped, encrypted,
     * escaped and truncated ones (each a secret-format finding) */
    memset(&s, 0, sizeof s);
    s.name = "valid-saml";
    sc_flags_on(&s, "production");
    sc_valid(&s, "sk_live_");
    sc_saml(&s, pem_text("PRIVATE KEY", 0x02, "\n"), pem_text("CERTIFICATE", 0x30, "\n"));
    run_scenario(&s, NULL, 1);
    memset(&s, 0, sizeof s);
    s.name = "saml-swapped";
    sc_flags_on(&s, "production");
    sc_valid(&s, "sk_live_");
    sc_saml(&s, pem_text("CERTIFICATE", 0x30, "\n"), pem_text("RSA PRIVATE KEY", 0x02, "\n"));
    run_scenario(&s, NULL, 0);
    memset(&s, 0, sizeof s);
    s.name = "saml-encrypted";
    sc_flags_on(&s, "production");
    sc_valid(&s, "sk_live_");
    {
        char *cut = strdup(pem_text("CERTIFICATE", 0x30, "\n"));
        assert_non_null(cut);
        *strstr(cut, "-----END") = '\0';          /* no END line */
        sc_saml(&s, pem_text("ENCRYPTED PRIVATE KEY", 0x30, "\n"),
                plant_raw(cut, strlen(cut), strlen("-----BEGIN CERTIFICATE-----\n")));
        free(cut);
    }
    run_scenario(&s, NULL, 0);
    memset(&s, 0, sizeof s);
    s.name = "saml-escaped";
    sc_flags_on(&s, "production");
    sc_valid(&s, "sk_live_");
    sc_saml(&s, pem_text("EC PRIVATE KEY", 0x02, "\\n"), pem_text("CERTIFICATE", 0x30, "\\n"));
    run_scenario(&s, NULL, 0);

    /* 8. an example snapshot holding the same values (copied .env.example) */
    memset(&s, 0, sizeof s);
    s.name = "example";
    sc_flags_on(&s, "production");
    sc_valid(&s, "sk_live_");
    for (size_t i = 0; i < s.n && s.nex < 8; i++)
        if (strstr(s.names[i], "KEY") || strstr(s.names[i], "SECRET")) {
            s.ex_names[s.nex] = s.names[i];
            s.ex_values[s.nex] = s.values[i];
            s.nex++;
        }
    run_scenario(&s, NULL, 1);   /* fail-fast has no example file */
}

/* NAME_FILE: planted content in files, NAME and NAME_FILE both set, unreadable files. */
static void test_secret_files(void **state)
{
    (void)state;
    scenario s;
    memset(&s, 0, sizeof s);
    s.name = "name-file";
    sc_flags_on(&s, "production");
    const char *names_file[] = {"SECRET_KEY_FILE", "DATABASE_URL_FILE",
                                "INTEGRATION_ENCRYPTION_KEY_FILE", "STRIPE_SECRET_KEY_FILE",
                                "STRIPE_WEBHOOK_SECRET_FILE", "ZERO_TRUST_API_KEY_FILE"};
    const char *contents[] = {plant(48), plant(12), plant_ex("", 30, HEX, ""),
                              plant_ex("sk_test_", 40, ALNUM, ""), plant(40), plant(10)};
    for (size_t i = 0; i < 6; i++) {
        char fname[32], body[128];
        snprintf(fname, sizeof fname, "secret%zu", i);
        int n = snprintf(body, sizeof body, "%s\n", contents[i]);
        sc_set(&s, names_file[i], scratch_file(fname, body, (size_t)n));
    }
    /* both set: the plain value is planted too */
    sc_set(&s, "ZERO_TRUST_API_KEY", plant(40));
    /* unreadable (a directory) and missing files */
    sc_set(&s, "SSO_CLIENT_SECRET_FILE", g_tmpdir);
    sc_set(&s, "SSO_CLIENT_ID_FILE", "/nonexistent/dayone/sso-client-id");
    /* a file with a NUL byte and one with invalid UTF-8 */
    {
        char body[64];
        const char *a = plant(20);
        int n = snprintf(body, sizeof body, "%s", a);
        body[10] = '\0';
        sc_set(&s, "SSO_ISSUER_URL_FILE", scratch_file("nul", body, (size_t)n));
    }
    run_scenario(&s, NULL, 0);
}

/* ---- error paths ---- */

static void env_text_case(const char *what, const char *text, size_t len)
{
    char where[160];
    dayone_env *env = NULL;
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    dayone_error err;
    dayone_error_clear(&err);
    int rc = dayone_env_add_string(env, text, len, "leak.env", &err);
    snprintf(where, sizeof where, "%s (string, %s)", what, dayone_status_name(rc));
    clean_err(where, &err);
    /* and from a file */
    const char *path = scratch_file("bad.env", text, len);
    dayone_error_clear(&err);
    rc = dayone_env_add_file(env, path, &err);
    snprintf(where, sizeof where, "%s (file, %s)", what, dayone_status_name(rc));
    clean_err(where, &err);
    /* if it parsed after all, its values must not leak from a check either */
    if (rc == DAYONE_OK)
        (void)run_outputs(what, NULL, env, NULL, NULL, 0);
    dayone_env_free(env);
}

static void test_bad_env_files(void **state)
{
    (void)state;
    char buf[4096];
    int n;
    const char *a, *b;
#define ENVCASE(what, ...) \
    do { n = snprintf(buf, sizeof buf, __VA_ARGS__); env_text_case(what, buf, (size_t)n); } while (0)

    a = plant(32);
    ENVCASE("unterminated double", "OK=1\nSECRET_KEY=\"%s\n", a);
    a = plant(32);
    ENVCASE("unterminated single", "SECRET_KEY='%s\nNEXT=1\n", a);
    a = plant(32);
    ENVCASE("bad escape", "SECRET_KEY=\"%s\\q%s\"\n", a, a);
    a = plant(32);
    b = plant(32);
    ENVCASE("trailing after quote", "SECRET_KEY=\"%s\" %s\n", a, b);
    a = plant(32);
    ENVCASE("secret as a line", "OK=1\n%s\n", a);
    a = plant(32);
    ENVCASE("secret as a name", "%s-%s=1\n", a, a);
    a = plant(32);
    ENVCASE("secret before the error", "SECRET_KEY=%s\nBAD LINE\n", a);
    a = plant(32);
    b = plant(32);
    ENVCASE("invalid utf-8 inside", "SECRET_KEY=%s\xff%s\n", a, b);
    a = plant(32);
    b = plant(32);
    ENVCASE("overlong inside", "SECRET_KEY=%s\xc0\xaf%s\n", a, b);
    a = plant(32);
    ENVCASE("multi-line secret then bad", "SECRET_KEY=\"%s\n%s\"\n1BAD=x\n", a, a);
    a = plant(32);
    ENVCASE("parses fine", "SECRET_KEY=%s\nexport DATABASE_URL='%s'\n", a, a);
    /* a NUL in the middle of a secret */
    a = plant(32);
    n = snprintf(buf, sizeof buf, "SECRET_KEY=%s%s\n", a, a);
    buf[11 + 16] = '\0';
    env_text_case("nul inside", buf, (size_t)n);
    /* a value over the 1 MiB limit made of planted pieces */
    {
        a = plant(64);
        size_t big = DAYONE_ENV_VALUE_MAX + 128;
        char *t = malloc(big + 32);
        assert_non_null(t);
        size_t pos = (size_t)sprintf(t, "SECRET_KEY=");
        while (pos < big) {
            memcpy(t + pos, a, 64);
            pos += 64;
        }
        t[pos++] = '\n';
        env_text_case("over the value limit", t, pos);
        free(t);
    }
#undef ENVCASE
}

static void test_env_set_errors(void **state)
{
    (void)state;
    dayone_env *env = NULL;
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    dayone_error err;
    char buf[128];
    const char *a = plant(40);
    int n = snprintf(buf, sizeof buf, "%s%s", a, a);
    buf[20] = '\0';
    dayone_error_clear(&err);
    assert_int_equal(dayone_env_set(env, "SECRET_KEY", buf, (size_t)n, &err), DAYONE_EINVAL);
    clean_err("env_set NUL", &err);
    size_t big = DAYONE_ENV_VALUE_MAX + 1;
    char *v = malloc(big);
    assert_non_null(v);
    for (size_t i = 0; i < big; i++)
        v[i] = a[i % 40];
    dayone_error_clear(&err);
    assert_int_equal(dayone_env_set(env, "SECRET_KEY", v, big, &err), DAYONE_ELIMIT);
    clean_err("env_set too long", &err);
    free(v);
    dayone_env_free(env);
}

/* Bad policies carrying planted values where a policy holds values (not
 * where it holds names: an unknown key or format name is echoed by design). */
static void test_bad_policies(void **state)
{
    (void)state;
    static const char *const templates[] = {
        "version: 1\nposture:\n  - id: r\n    key: A\n    equals: [%s]\n",
        "version: 1\nposture:\n  - id: r\n    key: A\n    one_of: %s\n",
        "version: 1\nsecrets:\n  - key: A\n    hint: \"%s\\q\"\n",
        "version: 1\nsecrets:\n  - key: A\n    pattern: '%s(['\n",
        "version: 1\nsecrets:\n  - key: A\n    pattern: '(?<=%s+)x'\n",
        "version: 1\nsecrets:\n  - key: A\n    min_length: %s\n",
        "version: 1\nsecrets:\n  - key: A\n    min_entropy: %s\n",
        "version: 1\nsecrets:\n  - key: A\n    placeholders: %s\n",
        "version: 1\nsecrets:\n  - key: A\n    severity: %s\n",
        "version: 1\nsecrets:\n  - key: A\n    format: enum\n    values: %s\n",
        "version: 1\nsecrets:\n  - key: A\n    format: url\n    schemes: %s\n",
        "version: 1\nsecrets:\n  - key: A\n    is: %s\n",
        "version: 1\nflags:\n  f: {env: F, default: %s}\n",
        "version: 1\nflags:\n  f: {env: F, description: [%s]}\n",
        "version: 1\nposture:\n  - id: r\n    key: A\n    when: {var: B, equals: [%s]}\n    is: true\n",
        "version: 1\nposture:\n  - id: r\n    key: A\n    when: {var: B, set: %s}\n    is: true\n",
        "version: 1\nwaivers:\n  - {rule: r, key: A, reason: x, expires: %s}\n",
        "version: 1\nbilling: {enforcement: %s}\n",
        "version: 1\nplans:\n  - name: p\n    limits: {api: {rpm: %s}}\n",
        "version: 1\nplans:\n  - name: p\n    limits: {api: {rpm: 1, on_backend_failure: %s}}\n",
        "version: 1\nsecrets:\n  - key: A\n    message: \"%s\n",
        "version: 1\nsecrets:\n  - key: A\n    hint: &x \"%s\"\n",
        "version: 1\nsecrets:\n  - key: A\n    hint: !!binary %s\n",
        "version: %s\n",
        "%s\n",
        "version: 1\n%s\n",
    };
    for (size_t i = 0; i < sizeof templates / sizeof templates[0]; i++) {
        char yaml[512];
        const char *a = plant(36);
        int n = snprintf(yaml, sizeof yaml, templates[i], a);
        dayone_policy *p = NULL;
        dayone_error err;
        dayone_error_clear(&err);
        int rc = dayone_policy_load_string(&p, yaml, (size_t)n, "leak.yaml", &err);
        char where[128];
        snprintf(where, sizeof where, "bad policy #%zu (%s)", i, dayone_status_name(rc));
        if (rc == DAYONE_OK)
            fail_msg("%s loaded:\n%s", where, yaml);
        clean_err(where, &err);
        /* as a file too (the path is ours, the message must stay clean) */
        const char *path = scratch_file("leak.yaml", yaml, (size_t)n);
        dayone_error_clear(&err);
        assert_int_not_equal(dayone_policy_load_file(&p, path, &err), DAYONE_OK);
        clean_err(where, &err);
    }
}

static int setup(void **state)
{
    (void)state;
    snprintf(g_tmpdir, sizeof g_tmpdir, "/tmp/dayone-no-leak-XXXXXX");
    assert_non_null(mkdtemp(g_tmpdir));
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", g_tmpdir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", g_tmpdir);
    printf("planted %zu values; %zu strings checked\n", g_nplanted, g_hay_checked);
    for (size_t i = 0; i < g_nplanted; i++)
        free(g_planted[i].value);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_detector),
        cmocka_unit_test(test_scenarios),
        cmocka_unit_test(test_secret_files),
        cmocka_unit_test(test_bad_env_files),
        cmocka_unit_test(test_env_set_errors),
        cmocka_unit_test(test_bad_policies),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
