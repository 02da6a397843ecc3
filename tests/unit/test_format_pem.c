/* test_format_pem.c - the pem_private_key and pem_certificate formats
 * (libdayone/format_pem.c): every accepted shape, every refusal with its
 * reason, and that no reason ever carries a piece of the value.
 *
 * The keys and the certificate below are FAKE: throwaway keys generated
 * offline for this test only (openssl genpkey / req -x509, CN "FAKE
 * dayone-test SAML SP"), never used anywhere. */
#include "testutil.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "formats.h"

#define PEM_EC_SEC1 \
    "-----BEGIN EC PRIVATE KEY-----\n" \
    "MHcCAQEEILKTu2RbInowsM2f5WwmMk5gAHjo7JKBzO2xyYHBuMB/oAoGCCqGSM49\n" \
    "AwEHoUQDQgAE6X1dSfnFJHXMVidSgIZfEKAhy92Ln34RgGB/P+Pzkj5KH3gCkwsK\n" \
    "1hQD1SbVagik+6G72xPnmzHfi7F7DtjH9w==\n" \
    "-----END EC PRIVATE KEY-----\n"

#define PEM_EC_PKCS8 \
    "-----BEGIN PRIVATE KEY-----\n" \
    "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgspO7ZFsiejCwzZ/l\n" \
    "bCYyTmAAeOjskoHM7bHJgcG4wH+hRANCAATpfV1J+cUkdcxWJ1KAhl8QoCHL3Yuf\n" \
    "fhGAYH8/4/OSPkofeAKTCwrWFAPVJtVqCKT7obvbE+ebMd+LsXsO2Mf3\n" \
    "-----END PRIVATE KEY-----\n"

#define PEM_RSA_PKCS1 \
    "-----BEGIN RSA PRIVATE KEY-----\n" \
    "MIICWwIBAAKBgQDC3xuMRSs2tr2wi9mEmZyB6OpOE/Cfvtp2EDssxC0x5kbUF0k7\n" \
    "QhQ0H0g2C0VCTlFN3oiTMFT13EnORCOcxriKnT9402X5alZ8XaCwnag/5D129TqU\n" \
    "0W123SMuGRPnK1Php7dabwyz2Ztp/gpzPvdVtp/40kHcRuaORcVmdqRCkwIDAQAB\n" \
    "AoGACPAu1Uo+5y2OmdBwU7KwCQ1j4dzsRod8gbnQ3QbKg+VqDkRbKYqoXpOovkHa\n" \
    "FWZ+ODIi1Y17+CL4h6t8bq52vGBotpp0AglaxPGYyx3c6QQhYijuyi1R00LkJ+VS\n" \
    "mfCkSijmr4n2ixF2EndE5Q0nx8R4YZxS09cBSlmKh9eEZhECQQDfzc+u2PUrz7Vt\n" \
    "nYK5h0YLQuwD/GvaI66I4BzYeBeSpn4nPq2OWSXWjYviJFfM6caqPwbM28QAmhuq\n" \
    "Ilrjs8zHAkEA3ufH31ivTkxUcoEo5VGdRZzWteNzutKBPf+4ui3X1iU63OLr19Zi\n" \
    "PN4uurJ4nA167bUUXe5XetVGQJuaeTMX1QJAUSfbuMa52QJAAxjL76ULFEhXN3bQ\n" \
    "UVEBGGdUbnbV7XrsYiTLYMQZAX1gjUeqgwb+4HtsZtsGb0Vy5LYCiXGIvwJAKmxg\n" \
    "jPB7BOLgG57bYrGixhHwh1OPvhm8QUl/Jef9sSMKzeleS4jgz4bVy/CVpdWm9MDG\n" \
    "7I2lFpqqsTcsMi74NQJASwSxcKiNzsv+mQMiIyjuns5ad2Rfqisau2Y2+pORMDH/\n" \
    "Pjc+29ZrHhqvVcegb12PIRo43U19NFtK1Mfkw7TxdA==\n" \
    "-----END RSA PRIVATE KEY-----\n"

#define PEM_ED25519_PKCS8 \
    "-----BEGIN PRIVATE KEY-----\n" \
    "MC4CAQAwBQYDK2VwBCIEIOes9oeY0lc8muo5mw2cgxEKscSopd9uilBtVNVCnMMO\n" \
    "-----END PRIVATE KEY-----\n"

#define PEM_EC_ENCRYPTED_PKCS8 \
    "-----BEGIN ENCRYPTED PRIVATE KEY-----\n" \
    "MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAiyeCwjF0sVYwICCAAw\n" \
    "DAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEINCU94wdDrtdk3XdHph+lgEgZBu\n" \
    "HkVJNz+J+rOMDVIyua8gcnVbZ6IszUBwSg8emHWWAJP1bxT3mBoqv6Qr4mgM8/HW\n" \
    "yxNes18fLdIoSlpDn+FGKoZn9k+3lb+aHAjfDb9n+vgri50mwDV6gX2iHRGhv0/f\n" \
    "ZFol8I9EKI6a7XxLydRcsYpnT2HYTeA6AsVo1NR/hDdBNzDInezV7v/hHo/7W6E=\n" \
    "-----END ENCRYPTED PRIVATE KEY-----\n"

#define PEM_EC_LEGACY_ENCRYPTED \
    "-----BEGIN EC PRIVATE KEY-----\n" \
    "Proc-Type: 4,ENCRYPTED\n" \
    "DEK-Info: AES-128-CBC,14355471DDEAFF59EB347C492D0017AC\n" \
    "\n" \
    "YzdhjN/A7oBnxt4qaNWYHkMAdodkKRgS1473wxAO0SvH49sNcZX0QoW+geJeUqWc\n" \
    "tmt6T5hYNdveSp5/kWruvpQw5LJZWy3Y4y4ZLtMerW2MZk/g0yAXMdOzbMXONqIM\n" \
    "SlMf7NWv0uXdn5GI5eUsW/jcU66icY+BFHDlfPjY8B4=\n" \
    "-----END EC PRIVATE KEY-----\n"

#define PEM_CERT \
    "-----BEGIN CERTIFICATE-----\n" \
    "MIIB1jCCAX2gAwIBAgIUEk0o2yUZuY7+IBnyLjf+W+NMicgwCgYIKoZIzj0EAwIw\n" \
    "QTEhMB8GA1UEAwwYRkFLRSBkYXlvbmUtdGVzdCBTQU1MIFNQMRwwGgYDVQQKDBNk\n" \
    "YXlvbmUtdGVzdC5pbnZhbGlkMB4XDTI2MTIwNTAxMjUwOVoXDTM2MTIwMjAxMjUw\n" \
    "OVowQTEhMB8GA1UEAwwYRkFLRSBkYXlvbmUtdGVzdCBTQU1MIFNQMRwwGgYDVQQK\n" \
    "DBNkYXlvbmUtdGVzdC5pbnZhbGlkMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n" \
    "6X1dSfnFJHXMVidSgIZfEKAhy92Ln34RgGB/P+Pzkj5KH3gCkwsK1hQD1SbVagik\n" \
    "+6G72xPnmzHfi7F7DtjH96NTMFEwHQYDVR0OBBYEFPMjK4d2BNX90d3M1dd68Buy\n" \
    "fPP2MB8GA1UdIwQYMBaAFPMjK4d2BNX90d3M1dd68BuyfPP2MA8GA1UdEwEB/wQF\n" \
    "MAMBAf8wCgYIKoZIzj0EAwIDRwAwRAIgUaQhvKa3f007jxhhVvMzkxkZnhuTGhhW\n" \
    "bd64xRapsAkCIAudGpHXdQN/kGKUZHsNGnrOzEYA/a2yjv2tXQ6DzPGz\n" \
    "-----END CERTIFICATE-----\n"

/* ---- helpers ---------------------------------------------------------------- */

static int matches(dy_format f, const char *v, size_t len, const char **why)
{
    dy_checks c;
    memset(&c, 0, sizeof c);
    c.format = f;
    c.expect_bool = -1;
    return dy_format_matches(&c, v, len, why);
}

/* The base64 lines of PEM text (what is secret in it), newline-joined. */
static char *body_of(const char *v)
{
    char *out = calloc(1, strlen(v) + 1);
    assert_non_null(out);
    for (const char *line = v; *line;) {
        const char *nl = strchr(line, '\n');
        size_t n = nl ? (size_t)(nl - line) : strlen(line);
        if (n && strncmp(line, "-----", 5) != 0 && !memchr(line, ':', n))
            strncat(out, line, n);
        line += n + (nl != NULL);
    }
    return out;
}

static void expect_ok(dy_format f, const char *v)
{
    const char *why = "unset";
    if (matches(f, v, strlen(v), &why) != 1)
        fail_msg("%s refused a valid value: %s\n%s", dy_format_name(f), why, v);
    assert_null(why);
}

/* Refused, with a reason containing `reason` and no 8-character piece of
 * the value's base64 body. */
static void expect_refused(dy_format f, const char *v, size_t len, const char *reason)
{
    const char *why = NULL;
    if (matches(f, v, len, &why) != 0)
        fail_msg("%s accepted an invalid value:\n%.*s", dy_format_name(f), (int)len, v);
    assert_non_null(why);
    if (!strstr(why, reason))
        fail_msg("%s: reason \"%s\" does not say \"%s\"", dy_format_name(f), why, reason);
    char *copy = calloc(1, len + 1);
    assert_non_null(copy);
    if (len)
        memcpy(copy, v, len);
    char *body = body_of(copy);
    tu_assert_no_piece_of(why, body, "the reason");
    free(body);
    free(copy);
}

static void refused(dy_format f, const char *v, const char *reason)
{
    expect_refused(f, v, strlen(v), reason);
}

/* A copy of v with every occurrence of `from` replaced by `to`. */
static char *replace_all(const char *v, const char *from, const char *to)
{
    size_t fl = strlen(from), tl = strlen(to), n = 0;
    for (const char *p = strstr(v, from); p; p = strstr(p + fl, from))
        n++;
    char *out = calloc(1, strlen(v) + n * (tl > fl ? tl - fl : 0) + 1);
    assert_non_null(out);
    char *o = out;
    for (const char *p = v;;) {
        const char *q = strstr(p, from);
        if (!q) {
            strcpy(o, p);
            break;
        }
        memcpy(o, p, (size_t)(q - p));
        o += q - p;
        memcpy(o, to, tl);
        o += tl;
        p = q + fl;
    }
    return out;
}

/* A copy of v without its line number `drop` (0-based). */
static char *without_line(const char *v, int drop)
{
    char *out = calloc(1, strlen(v) + 1);
    assert_non_null(out);
    int i = 0;
    for (const char *line = v; *line; i++) {
        const char *nl = strchr(line, '\n');
        size_t n = nl ? (size_t)(nl - line) + 1 : strlen(line);
        if (i != drop)
            strncat(out, line, n);
        line += n;
    }
    return out;
}

#define KEY DY_FMT_PEM_PRIVATE_KEY
#define CERT DY_FMT_PEM_CERTIFICATE
#define GENERIC_KEY "a PEM private key (one PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY block"
#define GENERIC_CERT "a PEM certificate (CERTIFICATE blocks"

/* ---- accepted --------------------------------------------------------------- */

static void test_names(void **state)
{
    (void)state;
    assert_int_equal(dy_format_from_name("pem_private_key"), KEY);
    assert_int_equal(dy_format_from_name("pem_certificate"), CERT);
    assert_string_equal(dy_format_name(KEY), "pem_private_key");
    assert_string_equal(dy_format_name(CERT), "pem_certificate");
}

static void test_keys_accepted(void **state)
{
    (void)state;
    expect_ok(KEY, PEM_EC_SEC1);          /* EC PRIVATE KEY (SEC 1) */
    expect_ok(KEY, PEM_EC_PKCS8);         /* PRIVATE KEY (PKCS #8) */
    expect_ok(KEY, PEM_RSA_PKCS1);        /* RSA PRIVATE KEY (PKCS #1), long-form length */
    expect_ok(KEY, PEM_ED25519_PKCS8);    /* one body line, short-form length */

    /* as NAME_FILE delivers it (trailing newline stripped), CRLF line ends,
     * blank space around the block and trailing spaces on lines */
    char *v = strdup(PEM_EC_PKCS8);
    v[strlen(v) - 1] = '\0';
    expect_ok(KEY, v);
    free(v);
    v = replace_all(PEM_RSA_PKCS1, "\n", "\r\n");
    expect_ok(KEY, v);
    free(v);
    expect_ok(KEY, "\n\n  " PEM_EC_SEC1 "\n\n");
    v = replace_all(PEM_EC_SEC1, "\n", " \t\n");
    expect_ok(KEY, v);
    free(v);
}

static void test_certificates_accepted(void **state)
{
    (void)state;
    expect_ok(CERT, PEM_CERT);
    expect_ok(CERT, PEM_CERT PEM_CERT);          /* a chain */
    expect_ok(CERT, PEM_CERT "\n" PEM_CERT "\n");
    char *v = replace_all(PEM_CERT, "\n", "\r\n");
    expect_ok(CERT, v);
    free(v);
}

/* ---- refused, with their reasons ------------------------------------------- */

static void test_swapped(void **state)
{
    (void)state;
    refused(KEY, PEM_CERT, "not a certificate");
    refused(CERT, PEM_EC_SEC1, "not a private key");
    refused(CERT, PEM_EC_PKCS8, "not a private key");
    refused(CERT, PEM_EC_ENCRYPTED_PKCS8, "not a private key");
    /* a certificate chain that carries the key too */
    refused(CERT, PEM_CERT PEM_EC_PKCS8, "not a private key");
    /* a key with its certificate appended: one block only */
    refused(KEY, PEM_EC_PKCS8 PEM_CERT, GENERIC_KEY);
    refused(KEY, PEM_EC_PKCS8 PEM_EC_PKCS8, GENERIC_KEY);
}

static void test_encrypted_keys(void **state)
{
    (void)state;
    refused(KEY, PEM_EC_ENCRYPTED_PKCS8, "this one is encrypted");
    refused(KEY, PEM_EC_LEGACY_ENCRYPTED, "this one is encrypted");
}

static void test_escaped_line_breaks(void **state)
{
    (void)state;
    /* KEY="-----BEGIN...-----\nMIG...\n-----END...-----" as written in a .env
     * file without double quotes: the service receives backslash-n */
    char *v = replace_all(PEM_EC_PKCS8, "\n", "\\n");
    refused(KEY, v, "not literal \\n escapes");
    free(v);
    v = replace_all(PEM_CERT, "\n", "\\r\\n");
    refused(CERT, v, "not literal \\n escapes");
    free(v);
}

static void test_truncated(void **state)
{
    (void)state;
    char *v;
    /* no END line, or only part of it */
    v = without_line(PEM_EC_SEC1, 4);
    refused(KEY, v, GENERIC_KEY);
    free(v);
    refused(KEY, "-----BEGIN EC PRIVATE KEY-----\n", GENERIC_KEY);
    expect_refused(KEY, PEM_EC_SEC1, strlen(PEM_EC_SEC1) - 10, GENERIC_KEY);
    /* a whole body line lost: still padded base64, but the DER length no
     * longer matches what is left */
    for (int line = 1; line <= 2; line++) {
        v = without_line(PEM_EC_SEC1, line);
        refused(KEY, v, GENERIC_KEY);
        free(v);
    }
    v = without_line(PEM_CERT, 5);
    refused(CERT, v, GENERIC_CERT);
    free(v);
    /* the last line cut short: no longer a whole number of base64 groups */
    v = replace_all(PEM_EC_SEC1, "1hQD1SbVagik+6G72xPnmzHfi7F7DtjH9w==", "1hQD1SbVagik+6G72xPnmzHf");
    refused(KEY, v, GENERIC_KEY);
    free(v);
    /* the padding dropped */
    v = replace_all(PEM_EC_SEC1, "9w==\n", "9w\n");
    refused(KEY, v, GENERIC_KEY);
    free(v);
    /* nothing but the boundaries */
    refused(KEY, "-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n", GENERIC_KEY);
    refused(CERT, "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n", GENERIC_CERT);
}

static void test_malformed(void **state)
{
    (void)state;
    char *v;
    refused(KEY, "", GENERIC_KEY);
    expect_refused(KEY, NULL, 0, GENERIC_KEY);
    refused(CERT, "   \n", GENERIC_CERT);
    refused(KEY, "MHcCAQEEILKTu2RbInowsM2f5WwmMk5gAHjo7JKBzO2xyYHBuMB", GENERIC_KEY);
    /* END label differs from BEGIN */
    v = replace_all(PEM_EC_SEC1, "END EC PRIVATE", "END RSA PRIVATE");
    refused(KEY, v, GENERIC_KEY);
    free(v);
    /* text before BEGIN or after END */
    refused(KEY, "key:\n" PEM_EC_SEC1, GENERIC_KEY);
    refused(CERT, PEM_CERT "subject=CN=x\n", GENERIC_CERT);
    /* everything on one line */
    v = replace_all(PEM_EC_SEC1, "\n", " ");
    refused(KEY, v, GENERIC_KEY);
    free(v);
    /* a character outside base64 in the body, padding in the middle */
    v = replace_all(PEM_EC_SEC1, "MHcCAQEE", "MHcC-QEE");
    refused(KEY, v, GENERIC_KEY);
    free(v);
    v = replace_all(PEM_EC_SEC1, "MHcCAQEE", "MHcC==EE");
    refused(KEY, v, GENERIC_KEY);
    free(v);
    v = replace_all(PEM_EC_SEC1, "MHcCAQEE", "MHcC AQEE");
    refused(KEY, v, GENERIC_KEY);
    free(v);
    /* other key types than the three named */
    v = replace_all(PEM_EC_PKCS8, "PRIVATE KEY", "OPENSSH PRIVATE KEY");
    refused(KEY, v, GENERIC_KEY);
    free(v);
    v = replace_all(PEM_EC_PKCS8, "PRIVATE KEY", "DSA PRIVATE KEY");
    refused(KEY, v, GENERIC_KEY);
    refused(CERT, v, "not a private key");
    free(v);
    /* the right label on the wrong DER: a key body labelled CERTIFICATE (a
     * certificate starts with a SEQUENCE, a key with an INTEGER) */
    v = replace_all(PEM_EC_SEC1, "EC PRIVATE KEY", "CERTIFICATE");
    refused(CERT, v, GENERIC_CERT);
    free(v);
    v = replace_all(PEM_CERT, "CERTIFICATE", "PRIVATE KEY");
    refused(KEY, v, GENERIC_KEY);
    free(v);
}

/* Hand-made DER: what the outer SEQUENCE must look like. */
static void test_der_shape(void **state)
{
    (void)state;
    /* 30 03 02 01 00: SEQUENCE { INTEGER 0 } - the smallest "key" */
    expect_ok(KEY, "-----BEGIN PRIVATE KEY-----\nMAMCAQA=\n-----END PRIVATE KEY-----\n");
    /* 30 03 02 01 00 00: one byte more than the SEQUENCE says */
    refused(KEY, "-----BEGIN PRIVATE KEY-----\nMAMCAQAA\n-----END PRIVATE KEY-----\n",
            GENERIC_KEY);
    /* 30 80 02 01 00 00 00: indefinite length (BER, not DER) */
    refused(KEY, "-----BEGIN PRIVATE KEY-----\nMIACAQAAAA==\n-----END PRIVATE KEY-----\n",
            GENERIC_KEY);
    /* 04 03 02 01 00: an OCTET STRING, not a SEQUENCE */
    refused(KEY, "-----BEGIN PRIVATE KEY-----\nBAMCAQA=\n-----END PRIVATE KEY-----\n",
            GENERIC_KEY);
    /* 30 85 ...: a length of more than four bytes */
    refused(KEY, "-----BEGIN PRIVATE KEY-----\nMIUAAAAAAwIBAA==\n-----END PRIVATE KEY-----\n",
            GENERIC_KEY);
    /* 30 00: an empty SEQUENCE */
    refused(CERT, "-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n",
            GENERIC_CERT);
}

/* Every prefix of valid text: never accepted (except whole-line endings),
 * never a crash, and never read past its end (ASan: exact-size copies). */
static void test_every_prefix(void **state)
{
    (void)state;
    static const char *const samples[] = {PEM_EC_SEC1, PEM_RSA_PKCS1, PEM_CERT};
    for (size_t s = 0; s < 3; s++) {
        dy_format f = s == 2 ? CERT : KEY;
        size_t n = strlen(samples[s]);
        size_t end_line = (size_t)(strstr(samples[s], "-----END") - samples[s]);
        for (size_t len = 0; len < n; len++) {
            char *copy = malloc(len ? len : 1);
            assert_non_null(copy);
            memcpy(copy, samples[s], len);
            const char *why = NULL;
            int r = matches(f, copy, len, &why);
            /* only the whole text, less its final newline, is complete */
            if (r != (len == n - 1))
                fail_msg("%s: prefix of %zu/%zu bytes (END line at %zu): got %d",
                         dy_format_name(f), len, n, end_line, r);
            if (!r)
                assert_non_null(why);
            free(copy);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_keys_accepted),
        cmocka_unit_test(test_certificates_accepted),
        cmocka_unit_test(test_swapped),
        cmocka_unit_test(test_encrypted_keys),
        cmocka_unit_test(test_escaped_line_breaks),
        cmocka_unit_test(test_truncated),
        cmocka_unit_test(test_malformed),
        cmocka_unit_test(test_der_shape),
        cmocka_unit_test(test_every_prefix),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
