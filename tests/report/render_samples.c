/* render_samples.c - build sample reports and write every format to files,
 * for validate.py to check with real consumers (JSON parser, the SARIF 2.1.0
 * schema, a JUnit reader).
 *
 *   render_samples OUTDIR
 *
 * writes, per sample S: S.txt S.color.txt S.json S.sarif S.xml, and
 * S.expect.tsv: the findings as built here, independent of any writer, one
 * per line: severity rule key hex(message) hex(hint) hex(because) source
 * hex(path) line hex(waiver). Strings are hex so any byte survives. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <sys/stat.h>
#include "dayone.h"
#include "report_internal.h"

typedef struct sample_finding {
    const char *rule, *key;
    dayone_severity severity;
    const char *message, *hint, *because;
    const char *source, *path;
    unsigned line;
    const char *waiver;
} sample_finding;

/* Strings chosen to stress escaping: quotes, backslashes, newlines, tabs,
 * C0 controls, invalid UTF-8 (single stray bytes, which every decoder
 * replaces the same way), XML specials, non-ASCII. */
static const sample_finding mixed[] = {
    {"secret-required", "STRIPE_SECRET_KEY", DAYONE_SEVERITY_ERROR,
     "STRIPE_SECRET_KEY is not set", "Set STRIPE_SECRET_KEY in the deploy secrets.",
     "BILLING_ENABLED=true", "", "", 0, ""},
    {"secret-min-length", "SECRET_KEY", DAYONE_SEVERITY_ERROR,
     "SECRET_KEY is 12 characters; the policy says \"at least 32\" \\ no less",
     "Generate one with: openssl rand -hex 32", "", "file", ".env", 12, ""},
    {"secret-stripe-mode", "STRIPE_LIVE_KEY", DAYONE_SEVERITY_WARNING,
     "a live Stripe key outside production", "Use a test key (sk_test_...) here.",
     "ENVIRONMENT=staging", "process", "", 0, ""},
    {"secret-min-length", "JWT_SECRET", DAYONE_SEVERITY_WAIVED,
     "JWT_SECRET is 16 characters, needs 32", "", "", "secret-file",
     "/run/secrets/jwt secret", 0, "rotating on 12-01 <ticket & \"OPS-7\">"},
    {"production-requires-launch-mode", "LAUNCH_MODE", DAYONE_SEVERITY_ERROR,
     "line one\nline two\tafter a tab\r\nbell\x07 escape\x1b[31m end",
     "Set LAUNCH_MODE=true in production.", "ENVIRONMENT=production and BILLING_ENABLED=true",
     "api", "", 0, ""},
    {"secret-format", "DATABASE_URL", DAYONE_SEVERITY_ERROR,
     "bad \xff byte and \xc3( pair", "Use postgres://user@host/db",
     "", "file", "/srv/my app/\xc3\xa9t\xc3\xa9.env", 3, "expired reason"},
    {"weird<rule>&'id\"", "ODD_KEY", DAYONE_SEVERITY_WARNING,
     "<tag attr='x'> & </tag> caf\xc3\xa9 \xe2\x9c\x93 \xf0\x9f\x98\x80", "hint with ]]> inside",
     "", "file", ".env.production", 7, ""},
    {"secrets-distinct", "INTEGRATION_ENCRYPTION_KEY", DAYONE_SEVERITY_ERROR,
     "INTEGRATION_ENCRYPTION_KEY equals SECRET_KEY", "Generate a separate key.",
     "", "process", "", 0, ""},
    {"secret-min-length", "API_TOKEN", DAYONE_SEVERITY_ERROR,
     "API_TOKEN is 8 characters, needs 32", "", "", "process", "", 0, ""},
};

static const sample_finding warnings_only[] = {
    {"secret-entropy", "SESSION_SECRET", DAYONE_SEVERITY_WARNING,
     "SESSION_SECRET has 40 bits of entropy, 128 recommended", "Use a random value.", "",
     "process", "", 0, ""},
    {"flag-not-boolean", "LAUNCH_MODE", DAYONE_SEVERITY_WARNING,
     "LAUNCH_MODE is not a boolean (5 characters)", "Use true or false.", "", "file", ".env", 2, ""},
};

static const sample_finding waived_only[] = {
    {"secret-placeholder", "SMTP_PASSWORD", DAYONE_SEVERITY_WAIVED,
     "SMTP_PASSWORD looks like a placeholder", "", "", "file", ".env", 5, "mail is off until launch"},
};

static void put_hex(FILE *f, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        fprintf(f, "%02x", *p);
    fputc('\t', f);
}

static int add(dayone_report *r, const sample_finding *s)
{
    dayone_finding *f = dy_report_add(r, s->rule, s->key, s->severity, s->hint, s->because,
                                      "%s", s->message);
    if (!f)
        return -1;
    if (s->source[0])
        dy_finding_set_source(r, f, s->source, s->path, s->line);
    if (s->waiver[0])
        dy_finding_set_waiver(r, f, s->waiver);
    return 0;
}

static int write_file(const char *dir, const char *name, const char *ext, const char *data,
                      size_t len)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.%s", dir, name, ext);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0) {
        fprintf(stderr, "render_samples: cannot write %s\n", path);
        return -1;
    }
    return 0;
}

static int render(const char *dir, const char *name, const dayone_report *r)
{
    static const struct { dayone_format format; unsigned flags; const char *ext; } outs[] = {
        {DAYONE_FORMAT_TEXT, 0, "txt"},
        {DAYONE_FORMAT_TEXT, DAYONE_RENDER_COLOR, "color.txt"},
        {DAYONE_FORMAT_JSON, 0, "json"},
        {DAYONE_FORMAT_SARIF, 0, "sarif"},
        {DAYONE_FORMAT_JUNIT, 0, "xml"},
    };
    for (size_t i = 0; i < sizeof outs / sizeof outs[0]; i++) {
        dayone_error err = {0};
        char *out = NULL;
        size_t len = 0;
        int rc = dayone_report_render(r, outs[i].format, outs[i].flags, &out, &len, &err);
        if (rc != DAYONE_OK) {
            fprintf(stderr, "render_samples: %s.%s: %s\n", name, outs[i].ext, err.message);
            return -1;
        }
        rc = write_file(dir, name, outs[i].ext, out, len);
        dayone_free(out);
        if (rc)
            return -1;
    }
    return 0;
}

/* Build sample `name` from n findings (repeated `reps` times), render it and
 * write its expectations. */
static int sample(const char *dir, const char *name, const sample_finding *fs, size_t n,
                  size_t reps)
{
    char path[4096];
    int rc = -1;
    dayone_report *r = dy_report_new(name);
    FILE *expect = NULL;

    snprintf(path, sizeof path, "%s/%s.expect.tsv", dir, name);
    if (!r || !(expect = fopen(path, "w")))
        goto done;
    for (size_t k = 0; k < reps; k++) {
        for (size_t i = 0; i < n; i++) {
            const sample_finding *s = &fs[i];
            if (add(r, s))
                goto done;
            fprintf(expect, "%s\t%s\t%s\t", dayone_severity_name(s->severity), s->rule, s->key);
            put_hex(expect, s->message);
            put_hex(expect, s->hint);
            put_hex(expect, s->because);
            fprintf(expect, "%s\t", s->source);
            put_hex(expect, s->path);
            fprintf(expect, "%u\t", s->line);
            put_hex(expect, s->waiver);
            fputc('\n', expect);
        }
    }
    rc = render(dir, name, r);
done:
    if (expect && fclose(expect) != 0)
        rc = -1;
    if (rc)
        fprintf(stderr, "render_samples: sample %s failed\n", name);
    dayone_report_free(r);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: render_samples OUTDIR\n");
        return 2;
    }
    const char *dir = argv[1];
    int rc = 0;
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "render_samples: cannot create %s\n", dir);
        return 1;
    }
    rc |= sample(dir, "mixed", mixed, sizeof mixed / sizeof mixed[0], 1);
    rc |= sample(dir, "clean", NULL, 0, 0);
    rc |= sample(dir, "warnings", warnings_only, sizeof warnings_only / sizeof warnings_only[0], 1);
    rc |= sample(dir, "waived", waived_only, 1, 1);
    /* Many findings over few rules: rule de-duplication and ruleIndex. */
    rc |= sample(dir, "large", mixed, sizeof mixed / sizeof mixed[0], 60);
    return rc ? 1 : 0;
}
