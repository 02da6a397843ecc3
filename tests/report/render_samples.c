/* render_samples.c - build sample reports and write every format to files,
 * for validate.py to check with real consumers (JSON parser, the SARIF 2.1.0
 * schema, a JUnit reader).
 *
 *   render_samples OUTDIR
 *
 * writes, per sample S: S.txt S.color.txt S.json S.sarif S.xml, and
 * S.expect.tsv: the findings as built here, independent of any writer, one
 * per line: severity rule key hex(message) hex(hint) hex(because) source
 * hex(path) line hex(waiver) hex(env_path) env_line decl_line decl_column
 * column (where the finding sits: the .env line that sets the key, the
 * rule's declaration, the value's column in path). Strings are hex so any byte survives. S.meta.tsv holds
 * name<TAB>hex(value) lines: policy_name, policy_file, env_file (the
 * report's files) and cwd (what relative paths and the SARIF root are).
 *
 * OUTDIR/fuzz/ gets FUZZ_REPORTS reports whose strings (rule, key, message,
 * hint, because, paths, waiver, policy name) are random bytes, biased to
 * what XML and JSON cannot carry as is: C0 controls, U+FFFE/U+FFFF,
 * surrogates, overlong and truncated UTF-8, markup characters. Each is
 * written as fuzz/N.xml, fuzz/N.sarif and fuzz/N.expect.tsv (severities
 * only) for validate.py to parse strictly. The seed is fixed (the run is
 * reproducible) unless DAYONE_FUZZ_SEED is set; it is printed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>
#include "dayone.h"
#include "report.h"
#include "report_rules.h"

#define FUZZ_REPORTS 300

typedef struct sample_finding {
    const char *rule, *key;
    dayone_severity severity;
    const char *message, *hint, *because;
    const char *source, *path;
    unsigned line;
    const char *waiver;
    /* The .env line that sets a NAME_FILE secret's NAME_FILE (path NULL:
     * none; "file" sources cite their own line), the rule's declaration. */
    const char *name_file_env;
    unsigned name_file_line, decl_line, decl_column;
    unsigned column;          /* the value's column in path (facts documents) */
} sample_finding;

/* Strings chosen to stress escaping: quotes, backslashes, newlines, tabs,
 * C0 controls, invalid UTF-8 (single stray bytes, which every decoder
 * replaces the same way), XML specials, non-ASCII. */
static const sample_finding mixed[] = {
    {"secret-required", "STRIPE_SECRET_KEY", DAYONE_SEVERITY_ERROR,
     "STRIPE_SECRET_KEY is not set", "Set STRIPE_SECRET_KEY in the deploy secrets.",
     "BILLING_ENABLED=true", "", "", 0, "", NULL, 0, 0, 0, 0},
    {"secret-min-length", "SECRET_KEY", DAYONE_SEVERITY_ERROR,
     "SECRET_KEY is 12 characters; the policy says \"at least 32\" \\ no less",
     "Generate one with: openssl rand -hex 32", "", "file", ".env", 12, "", NULL, 0, 0, 0, 0},
    {"secret-stripe-mode", "STRIPE_LIVE_KEY", DAYONE_SEVERITY_WARNING,
     "a live Stripe key outside production", "Use a test key (sk_test_...) here.",
     "ENVIRONMENT=staging", "process", "", 0, "", NULL, 0, 0, 0, 0},
    {"secret-min-length", "JWT_SECRET", DAYONE_SEVERITY_WAIVED,
     "JWT_SECRET is 16 characters, needs 32", "", "", "secret-file",
     "/run/secrets/jwt secret", 0, "rotating on 12-01 <ticket & \"OPS-7\">", ".env", 9, 0, 0, 0},
    {"production-requires-launch-mode", "LAUNCH_MODE", DAYONE_SEVERITY_ERROR,
     "line one\nline two\tafter a tab\r\nbell\x07 escape\x1b[31m end",
     "Set LAUNCH_MODE=true in production.", "ENVIRONMENT=production and BILLING_ENABLED=true",
     "api", "", 0, "", NULL, 0, 12, 5, 0},
    {"secret-format", "DATABASE_URL", DAYONE_SEVERITY_ERROR,
     "bad \xff byte and \xc3( pair", "Use postgres://user@host/db",
     "", "file", "/srv/my app/\xc3\xa9t\xc3\xa9.env", 3, "expired reason", NULL, 0, 0, 0, 0},
    {"weird<rule>&'id\"", "ODD_KEY", DAYONE_SEVERITY_WARNING,
     "<tag attr='x'> & </tag> caf\xc3\xa9 \xe2\x9c\x93 \xf0\x9f\x98\x80", "hint with ]]> inside",
     "", "file", ".env.production", 7, "", NULL, 0, 0, 0, 0},
    {"secrets-distinct", "INTEGRATION_ENCRYPTION_KEY", DAYONE_SEVERITY_ERROR,
     "INTEGRATION_ENCRYPTION_KEY equals SECRET_KEY", "Generate a separate key.",
     "", "process", "", 0, "", NULL, 0, 0, 0, 0},
    {"secret-min-length", "API_TOKEN", DAYONE_SEVERITY_ERROR,
     "API_TOKEN is 8 characters, needs 32", "", "", "process", "", 0, "", NULL, 0, 0, 0, 0},
};

static const sample_finding warnings_only[] = {
    {"secret-entropy", "SESSION_SECRET", DAYONE_SEVERITY_WARNING,
     "SESSION_SECRET has 40 bits of entropy, 128 recommended", "Use a random value.", "",
     "process", "", 0, "", NULL, 0, 0, 0, 0},
    {"flag-not-boolean", "LAUNCH_MODE", DAYONE_SEVERITY_WARNING,
     "LAUNCH_MODE is not a boolean (5 characters)", "Use true or false.", "", "file", ".env", 2, "", NULL, 0, 0, 0, 0},
};

/* Policy and .env files known: every anchor kind of report_location.h. */
static const sample_finding located[] = {
    {"secret-required", "STRIPE_SECRET_KEY", DAYONE_SEVERITY_ERROR,
     "STRIPE_SECRET_KEY is not set", "", "BILLING_ENABLED=true", "", "", 0, "", NULL, 0, 31, 5, 0},
    {"secret-min-length", "SECRET_KEY", DAYONE_SEVERITY_ERROR,
     "SECRET_KEY is 12 characters", "", "", "file", "deploy/prod.env", 4, "", NULL, 0, 20, 5, 0},
    {"secret-file", "SSO_CLIENT_SECRET", DAYONE_SEVERITY_ERROR,
     "SSO_CLIENT_SECRET_FILE names /run/secrets/sso, which could not be read", "", "",
     "file", "deploy/prod.env", 7, "", NULL, 0, 44, 5, 0},
    {"secret-entropy", "ZERO_TRUST_API_KEY", DAYONE_SEVERITY_WARNING,
     "ZERO_TRUST_API_KEY has low entropy", "", "", "secret-file", "/run/secrets/zt", 0, "",
     "deploy/prod.env", 8, 38, 5, 0},
    {"launch-requires-production", "ENVIRONMENT", DAYONE_SEVERITY_ERROR,
     "ENVIRONMENT is not production", "", "LAUNCH_MODE=true", "process", "", 0, "", NULL, 0, 0, 0, 0},
    {"custom-rule", "FEATURE_X", DAYONE_SEVERITY_ERROR, "FEATURE_X must be off", "", "",
     "file", "/outside/the/root.env", 2, "", NULL, 0, 0, 0, 0},
    /* Facts: a fact cites its place in the document; a missing fact (no
     * source), a document outside the root or one that is not a file
     * ("<string>") falls through to the policy rule. */
    {"fact-stale", "backup.db.last_success_at", DAYONE_SEVERITY_ERROR,
     "backup.db.last_success_at is older than 26h", "", "", "facts", "ops/facts.json", 3, "",
     NULL, 0, 50, 5, 26},
    {"fact-threshold", "slo.availability", DAYONE_SEVERITY_WARNING,
     "slo.availability is below 99.5%", "", "", "facts", "ops/facts.yaml", 12, "", NULL, 0,
     56, 5, 0},
    {"fact-missing", "restore.last_test_at", DAYONE_SEVERITY_ERROR,
     "restore.last_test_at is missing", "", "", "", "", 0, "", NULL, 0, 60, 5, 0},
    {"fact-format", "incident.updates[1].status", DAYONE_SEVERITY_ERROR,
     "incident.updates[1].status is not one of open, resolved", "", "", "facts",
     "/outside/facts.json", 4, "", NULL, 0, 64, 5, 9},
    {"fact-format", "deploy.window", DAYONE_SEVERITY_ERROR, "deploy.window is not a duration",
     "", "", "facts", "<string>", 2, "", NULL, 0, 70, 5, 3},
};

static const sample_finding waived_only[] = {
    {"secret-placeholder", "SMTP_PASSWORD", DAYONE_SEVERITY_WAIVED,
     "SMTP_PASSWORD looks like a placeholder", "", "", "file", ".env", 5, "mail is off until launch", NULL, 0, 0, 0, 0},
};

static void put_hex(FILE *f, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++)
        fprintf(f, "%02x", *p);
    fputc('\t', f);
}

static int add(dayone_report *r, const sample_finding *s)
{
    dayone_finding *f = dy_report_add(r, s->rule, s->key, s->severity, s->hint, s->because,
                                      "%s", s->message);
    if (!f)
        return -1;
    if (s->source[0]) {
        dy_finding_set_source(r, f, s->source, s->path, s->line);
        f->source_column = s->column;
    }
    if (s->waiver[0])
        dy_finding_set_waiver(r, f, s->waiver);
    if (s->name_file_env)
        dy_finding_set_env_line(r, f, s->name_file_env, s->name_file_line);
    dy_finding_set_declaration(f, s->decl_line, s->decl_column);
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
        int rc = dayone_report_render(&out, &len, r, outs[i].format, outs[i].flags, &err);
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

/* One expectation line for finding f of a report (see the top comment). */
static void put_expect(FILE *expect, const dayone_report *r, size_t i)
{
    const dy_finding_store *st = dy_report_store(r, i);
    const dayone_finding *f = &st->pub;
    fprintf(expect, "%s\t%s\t%s\t", dayone_severity_name(f->severity), f->rule, f->key);
    put_hex(expect, f->message);
    put_hex(expect, f->hint);
    put_hex(expect, f->because);
    fprintf(expect, "%s\t", f->source);
    put_hex(expect, f->source_path);
    fprintf(expect, "%u\t", f->source_line);
    put_hex(expect, f->waiver);
    put_hex(expect, st->env_path);
    fprintf(expect, "%u\t%u\t%u\t%u\n", st->env_line, st->decl_line, st->decl_column,
            f->source_column);
}

static int write_meta(const char *dir, const char *name, const dayone_report *r)
{
    char path[4096], cwd[4096];
    snprintf(path, sizeof path, "%s/%s.meta.tsv", dir, name);
    FILE *f = fopen(path, "w");
    if (!f || !getcwd(cwd, sizeof cwd)) {
        if (f)
            fclose(f);
        return -1;
    }
    const char *rows[][2] = {{"policy_name", r->policy_name}, {"policy_file", r->policy_file},
                             {"env_file", r->env_file}, {"cwd", cwd}};
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        fprintf(f, "%s\t", rows[i][0]);
        put_hex(f, rows[i][1]);
        fputc('\n', f);
    }
    return fclose(f) == 0 ? 0 : -1;
}

/* Build sample `name` from n findings (repeated `reps` times) and the
 * report's files, render it and write its expectations. */
static int sample_with_files(const char *dir, const char *name, const sample_finding *fs,
                             size_t n, size_t reps, const char *policy_name,
                             const char *policy_file, const char *env_file)
{
    char path[4096];
    int rc = -1;
    dayone_report *r = dy_report_new(policy_name ? policy_name : name);
    FILE *expect = NULL;

    snprintf(path, sizeof path, "%s/%s.expect.tsv", dir, name);
    if (!r || !(expect = fopen(path, "w")))
        goto done;
    dy_report_set_files(r, policy_file, env_file);
    for (size_t k = 0; k < reps; k++)
        for (size_t i = 0; i < n; i++)
            if (add(r, &fs[i]))
                goto done;
    for (size_t i = 0; i < dayone_report_count(r); i++)
        put_expect(expect, r, i);
    rc = render(dir, name, r) || write_meta(dir, name, r) ? -1 : 0;
done:
    if (expect && fclose(expect) != 0)
        rc = -1;
    if (rc)
        fprintf(stderr, "render_samples: sample %s failed\n", name);
    dayone_report_free(r);
    return rc;
}

static int sample(const char *dir, const char *name, const sample_finding *fs, size_t n,
                  size_t reps)
{
    return sample_with_files(dir, name, fs, n, reps, NULL, NULL, NULL);
}

/* One finding per rule of the catalogue, under the default policy's name:
 * validate.py checks each rule's help against docs/rules.md. */
static int catalogue_sample(const char *dir)
{
    static sample_finding fs[64];
    size_t n = 0;
    for (const dy_rule_doc *d; (d = dy_rule_doc_at((unsigned)n)) && n < 64; n++) {
        sample_finding f = {d->id, "SOME_KEY", DAYONE_SEVERITY_ERROR, "a finding", "", "",
                            "", "", 0, "", NULL, 0, 0, 0, 0};
        fs[n] = f;
    }
    return sample_with_files(dir, "catalogue", fs, n, 1, "<default>", NULL, NULL);
}

/* A real post-incident report lint: a report without its root cause and
 * with an unowned action, written into the working directory (the SARIF
 * root) so SARIF must cite it. validate.py checks the findings sit in
 * the .md file. */
static int postmortem_sample(const char *dir)
{
    static const char report_md[] =
        "# Post-incident report: ingest outage\n"
        "\n"
        "## Summary and customer impact\n"
        "\n"
        "Ingest returned 5xx for 40 minutes.\n"
        "\n"
        "## Detection and response timeline\n"
        "\n"
        "- 2026-03-04T14:05Z alert fired\n"
        "- 14:40 resolved\n"
        "\n"
        "## Mitigation steps\n"
        "\n"
        "Rolled back.\n"
        "\n"
        "## Preventative actions\n"
        "\n"
        "- Add a canary stage\n";
    const char *path = "postmortem-sample.md";
    dayone_policy *policy = NULL;
    dayone_report *r = NULL;
    dayone_error err;
    char file[4096];
    int rc = -1;
    FILE *expect = NULL, *md = fopen(path, "w");
    dayone_error_clear(&err);
    if (!md || fputs(report_md, md) < 0 || fclose(md) != 0) {
        fprintf(stderr, "render_samples: cannot write %s\n", path);
        return -1;
    }
    if (dayone_policy_load_default(&policy, &err) != DAYONE_OK ||
        dayone_postmortem_lint_file(&r, policy, path, &err) != DAYONE_OK) {
        fprintf(stderr, "render_samples: postmortem: %s\n", err.message);
        goto done;
    }
    snprintf(file, sizeof file, "%s/postmortem.expect.tsv", dir);
    if (!(expect = fopen(file, "w")))
        goto done;
    for (size_t i = 0; i < dayone_report_count(r); i++)
        put_expect(expect, r, i);
    rc = render(dir, "postmortem", r) || write_meta(dir, "postmortem", r) ? -1 : 0;
done:
    if (expect && fclose(expect) != 0)
        rc = -1;
    dayone_report_free(r);
    dayone_policy_free(policy);
    return rc;
}

/* ---- the JUnit/SARIF fuzz ------------------------------------------------ */

static uint64_t g_seed;

static unsigned fuzz_rand(unsigned n)
{
    g_seed ^= g_seed << 13;
    g_seed ^= g_seed >> 7;
    g_seed ^= g_seed << 17;
    return (unsigned)(g_seed % n);
}

/* A NUL-terminated string of random bytes, biased to hard cases. */
static char *fuzz_string(size_t max)
{
    static const char *const pieces[] = {
        "\xEF\xBF\xBE", "\xEF\xBF\xBF", "\xED\xA0\x80", "\xED\xBF\xBF", "\xC0\x80",
        "\xF4\x90\x80\x80", "\xE2\x82", "\xF0\x9F\x98", "\xC3\xA9", "\xF0\x9F\x98\x80",
        "]]>", "<![CDATA[", "&", "&amp;", "<", ">", "\"", "'", "\r\n", "\r", "\t", "\n",
        "\x1b[31m", "\x7f", "\xc2\x85", "\xe2\x80\xa8", "%", "%00", "../", "//", " ",
    };
    size_t len = fuzz_rand((unsigned)max + 1), at = 0;
    char *s = malloc(max * 5 + 1);
    if (!s)
        return NULL;
    while (at < len) {
        unsigned pick = fuzz_rand(4);
        if (pick == 0) {
            const char *p = pieces[fuzz_rand(sizeof pieces / sizeof pieces[0])];
            size_t pl = strlen(p);
            memcpy(s + at, p, pl);
            at += pl;
        } else if (pick == 1) {
            s[at++] = (char)(1 + fuzz_rand(0x1F));          /* C0 controls */
        } else if (pick == 2) {
            s[at++] = (char)(0x80 + fuzz_rand(0x80));       /* high bytes */
        } else {
            s[at++] = (char)(0x20 + fuzz_rand(0x5F));       /* printable ASCII */
        }
    }
    s[at] = '\0';
    return s;
}

static int fuzz_reports(const char *dir)
{
    char sub[4096];
    const char *env_seed = getenv("DAYONE_FUZZ_SEED");
    g_seed = env_seed && *env_seed ? strtoull(env_seed, NULL, 0) : 0x2545F4914F6CDD1Dull;
    if (!g_seed)
        g_seed = 1;
    printf("render_samples: fuzz seed 0x%llx (set DAYONE_FUZZ_SEED to replay)\n",
           (unsigned long long)g_seed);
    snprintf(sub, sizeof sub, "%s/fuzz", dir);
    if (mkdir(sub, 0777) != 0 && errno != EEXIST)
        return -1;
    for (int k = 0; k < FUZZ_REPORTS; k++) {
        char name[32], path[4200];
        snprintf(name, sizeof name, "%03d", k);
        char *policy = fuzz_string(24);
        dayone_report *r = policy ? dy_report_new(policy) : NULL;
        free(policy);
        if (!r)
            return -1;
        snprintf(path, sizeof path, "%s/%s.expect.tsv", sub, name);
        FILE *expect = fopen(path, "w");
        unsigned n = fuzz_rand(6);
        int rc = expect ? 0 : -1;
        for (unsigned i = 0; i < n && rc == 0; i++) {
            char *str[8];
            for (int j = 0; j < 8; j++)
                str[j] = fuzz_string(j == 2 ? 120 : 40);
            sample_finding f = {str[0], str[1], (dayone_severity)fuzz_rand(3), str[2], str[3],
                                str[4], fuzz_rand(2) ? "file" : "secret-file", str[5],
                                fuzz_rand(50), str[6], str[7], fuzz_rand(50),
                                fuzz_rand(50), fuzz_rand(80), 0};
            int ok = 1;
            for (int j = 0; j < 8; j++)
                ok &= str[j] != NULL;
            rc = ok ? add(r, &f) : -1;
            if (rc == 0)
                fprintf(expect, "%s\n", dayone_severity_name(f.severity));
            for (int j = 0; j < 8; j++)
                free(str[j]);
        }
        if (expect && fclose(expect) != 0)
            rc = -1;
        for (int fmt = DAYONE_FORMAT_SARIF; fmt <= DAYONE_FORMAT_JUNIT && rc == 0; fmt++) {
            char *out = NULL;
            size_t len = 0;
            dayone_error err = {0};
            rc = dayone_report_render(&out, &len, r, (dayone_format)fmt, 0, &err);
            if (rc == 0)
                rc = write_file(sub, name, fmt == DAYONE_FORMAT_SARIF ? "sarif" : "xml", out, len);
            else
                fprintf(stderr, "render_samples: fuzz %s: %s\n", name, err.message);
            dayone_free(out);
        }
        dayone_report_free(r);
        if (rc)
            return -1;
    }
    return 0;
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
    rc |= sample_with_files(dir, "located", located, sizeof located / sizeof located[0], 1,
                            "conf/dayone.yaml", "conf/dayone.yaml", "deploy/prod.env");
    rc |= catalogue_sample(dir);
    rc |= postmortem_sample(dir);
    rc |= fuzz_reports(dir);
    return rc ? 1 : 0;
}
