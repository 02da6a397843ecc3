/* check_value.c - one rule's checks against one value (see check_value.h).
 *
 * Order of checks on a present value: placeholder, min/max length, entropy
 * (the three skipped when the value is a placeholder: the placeholder finding
 * already says it), format, pattern, equals, one_of, is, stripe_mode. Each
 * failing check is one failure. A missing value (unset, empty, blank) is a
 * single failure when the rule requires it, or when the rule's expectation
 * implies a value (equals, one_of, is: true); otherwise it passes. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "check_value.h"
#include "entropy.h"
#include "environment.h"
#include "formats.h"
#include "pattern.h"
#include "placeholder.h"
#include "condition.h"
#include "error.h"
#include "text.h"

/* Secrets report the fixed secret-* ids, posture rules their own id, and
 * fact rules fact-missing or fact-format (check_fact.h). */
static const char *rule_id(const dy_rule *r, const char *secret_id)
{
    if (r->fact_rule)
        return strcmp(secret_id, "secret-required") == 0 ? "fact-missing" : "fact-format";
    return r->secret ? secret_id : r->id;
}

static dy_failure *add(dy_failures *out, const dy_rule *r, const char *rule,
                       dayone_severity sev)
{
    if (out->n >= DY_MAX_FAILURES)
        return NULL;
    dy_failure *f = &out->f[out->n++];
    f->rule = rule;
    f->severity = (sev == DAYONE_SEVERITY_ERROR) ? r->severity : sev;
    f->message[0] = '\0';
    f->hint[0] = '\0';
    return f;
}

/* The policy's message/hint override the defaults. Format arguments are
 * key names, numbers and policy text: never the value. */
static void say(const dy_rule *r, dy_failure *f, const char *hint, const char *fmt, ...)
    DY_PRINTF(4, 5);
static void say(const dy_rule *r, dy_failure *f, const char *hint, const char *fmt, ...)
{
    if (!f)
        return;
    va_list ap;
    va_start(ap, fmt);
    dy_failure_vsay(f, r, hint, fmt, ap);
    va_end(ap);
}

void dy_failure_vsay(dy_failure *f, const dy_rule *r, const char *hint, const char *fmt,
                     va_list ap)
{
    if (r->message)
        snprintf(f->message, sizeof f->message, "%s", r->message);
    else
        vsnprintf(f->message, sizeof f->message, fmt, ap);
    snprintf(f->hint, sizeof f->hint, "%s", r->hint ? r->hint : hint);
}

/* Length in characters: UTF-8 lead bytes (invalid bytes count as one),
 * i.e. every byte but the continuation bytes (10xxxxxx). Eight bytes at a
 * time: a byte's top bit set and the next bit clear marks it; the marks
 * (one per byte, at bit 0 after the shift) are summed by one multiply. */
static size_t char_count(const char *s, size_t len)
{
    const uint64_t top = UINT64_C(0x8080808080808080), ones = UINT64_C(0x0101010101010101);
    size_t cont = 0, i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        cont += (size_t)(((((w & ~(w << 1)) & top) >> 7) * ones) >> 56);
    }
    for (; i < len; i++)
        cont += ((unsigned char)s[i] & 0xC0u) == 0x80u;
    return len - cont;
}

static int equals_lit(const char *v, size_t len, const char *lit)
{
    size_t n = strlen(lit);
    return len == n && memcmp(v, lit, n) == 0;
}

static void list_values(const dy_checks *c, char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < c->nvalues && used + 1 < size; i++) {
        int n = snprintf(buf + used, size - used, "%s%s", i ? ", " : "", c->values[i]);
        if (n < 0)
            break;
        used += (size_t)n;
    }
}

/* `one_of` shares checks.values with `format: enum`; it is one_of when no
 * enum format claims the list. */
static int has_one_of(const dy_checks *c)
{
    return c->nvalues > 0 && c->format != DY_FMT_ENUM;
}

static void check_missing(const dy_rule *r, const dy_value *v, const dy_value_env *ve,
                          dy_failures *out)
{
    const dy_checks *c = &r->checks;
    const char *what = v->state == DY_VALUE_UNSET
                           ? (r->fact_rule ? "is missing from the facts" : "is not set")
                       : (v->len == 0 ? "is empty" : "is blank (whitespace only)");
    char hint[DY_FAILURE_TEXT_MAX];
    if (c->required) {
        if (r->fact_rule)
            snprintf(hint, sizeof hint, "Provide the fact %s in a facts document (--facts).",
                     r->key);
        else if (r->secret)
            snprintf(hint, sizeof hint, "Set %s, or set %s_FILE to a file that holds it.",
                     r->key, r->key);
        else
            snprintf(hint, sizeof hint, "Set %s.", r->key);
        say(r, add(out, r, rule_id(r, "secret-required"), DAYONE_SEVERITY_ERROR), hint,
            "%s %s; it is required", r->key, what);
        return;
    }
    if (ve->presence_only)
        return;
    const char *fail = rule_id(r, "secret-format");
    if (c->expect_bool == 1) {
        snprintf(hint, sizeof hint, "Set %s=true.", r->key);
        say(r, add(out, r, fail, DAYONE_SEVERITY_ERROR), hint,
            "%s %s; it must be true", r->key, what);
    }
    if (c->equals) {
        snprintf(hint, sizeof hint, "Set %s=%s.", r->key, c->equals);
        say(r, add(out, r, fail, DAYONE_SEVERITY_ERROR), hint,
            "%s %s; it must be %s", r->key, what, c->equals);
    }
    if (has_one_of(c)) {
        char list[200];
        list_values(c, list, sizeof list);
        snprintf(hint, sizeof hint, "Set %s to one of: %s.", r->key, list);
        say(r, add(out, r, fail, DAYONE_SEVERITY_ERROR), hint,
            "%s %s; it must be one of: %s", r->key, what, list);
    }
}

static void check_stripe(const dy_rule *r, const dy_value *v, const dy_value_env *ve,
                         dy_failures *out)
{
    const char *id = rule_id(r, "secret-stripe-mode");
    int mode = dy_stripe_key_mode(v->data, v->len);
    if (mode == 0 && ve->launch) {
        char why[160];   /* e.g. "LAUNCH_MODE=true" */
        dy_environment_launch_known(ve->policy, ve->env, (dy_env_production)ve->production_kind,
                                    why, sizeof why);
        say(r, add(out, r, id, DAYONE_SEVERITY_ERROR),
            "Use the live-mode key (sk_live_... or rk_live_...) in launch mode.",
            "%s is a test-mode Stripe key but launch mode is on (%s); a live-mode key is required",
            r->key, why[0] ? why : "launch mode");
    } else if (mode == 1 && !ve->production) {
        say(r, add(out, r, id, DAYONE_SEVERITY_WARNING),
            "Use a test-mode key (sk_test_... or rk_test_...) outside production.",
            "%s is a live-mode Stripe key but %s is not %s", r->key,
            ve->environment->env ? ve->environment->env : "the environment",
            ve->environment->production ? ve->environment->production : "production");
    }
}

void dy_check_value(const dy_rule *r, const dy_value *v, const dy_value_env *ve,
                    dy_failures *out)
{
    const dy_checks *c = &r->checks;
    char hint[DY_FAILURE_TEXT_MAX];
    if (v->state == DY_VALUE_UNREADABLE)
        return;                       /* the secret-file finding says it */
    if (v->state != DY_VALUE_SET) {
        check_missing(r, v, ve, out);
        return;
    }
    if (ve->presence_only)
        return;

    int placeholder = 0;
    if (c->reject_placeholders) {
        const char *why = NULL;
        if (dy_is_placeholder(v->data, v->len, &why)) {
            placeholder = 1;
            say(r, add(out, r, rule_id(r, "secret-placeholder"), DAYONE_SEVERITY_ERROR),
                "Replace the placeholder with the real value.",
                "%s looks like a placeholder (%s); a real value is required", r->key,
                why ? why : "placeholder text");
        } else if (ve->example && !dy_is_blank(ve->example, ve->example_len) &&
                   dy_values_equal(v->data, v->len, ve->example, ve->example_len)) {
            placeholder = 1;
            say(r, add(out, r, rule_id(r, "secret-placeholder"), DAYONE_SEVERITY_ERROR),
                "Replace the example value with the real one.",
                "%s has the same value as in the example file; a real value is required",
                r->key);
        }
    }
    if (!placeholder) {
        size_t n = (c->min_length || c->max_length) ? char_count(v->data, v->len) : 0;
        if (c->min_length && n < c->min_length) {
            snprintf(hint, sizeof hint,
                     "Use a value of at least %zu characters, e.g. a generated random key.",
                     c->min_length);
            say(r, add(out, r, rule_id(r, "secret-min-length"), DAYONE_SEVERITY_ERROR), hint,
                "%s is %zu characters; at least %zu are required", r->key, n, c->min_length);
        }
        if (c->max_length && n > c->max_length) {
            snprintf(hint, sizeof hint, "Check that %s holds only the intended value.", r->key);
            say(r, add(out, r, rule_id(r, "secret-max-length"), DAYONE_SEVERITY_ERROR), hint,
                "%s is %zu characters; at most %zu are allowed", r->key, n, c->max_length);
        }
        if (c->min_entropy_bits > 0 && dy_entropy_bits(v->data, v->len) < c->min_entropy_bits) {
            snprintf(hint, sizeof hint,
                     "Generate %s randomly, e.g. `openssl rand -base64 32`.", r->key);
            say(r, add(out, r, rule_id(r, "secret-entropy"), DAYONE_SEVERITY_ERROR), hint,
                "%s looks too predictable: its estimated entropy is below %.0f bits",
                r->key, c->min_entropy_bits);
        }
    }
    if (c->format != DY_FMT_NONE) {
        const char *why = NULL;
        char values[200], enum_why[220];
        if (!dy_format_matches(c, v->data, v->len, &why)) {
            if (c->format == DY_FMT_ENUM) {   /* name the values: policy text, not the value */
                list_values(c, values, sizeof values);
                snprintf(enum_why, sizeof enum_why, "one of: %s", values);
                why = enum_why;
            }
            if (!why)
                why = dy_format_name(c->format);
            snprintf(hint, sizeof hint, "Set %s to %s.", r->key, why);
            say(r, add(out, r, rule_id(r, "secret-format"), DAYONE_SEVERITY_ERROR), hint,
                "%s is not in the expected format: %s", r->key, why);
        }
    }
    if (c->pattern) {
        /* The policy is read-only but for the pattern's first-match JIT
         * (pattern.h), which is thread-safe. */
        int m = dy_pattern_matches_lazy(c->pattern, (atomic_int *)&c->pattern_jit_tried, v->data,
                                        v->len);
        if (m != 1) {
            snprintf(hint, sizeof hint, "Set %s to a value matching the policy's pattern.",
                     r->key);
            say(r, add(out, r, rule_id(r, "secret-pattern"), DAYONE_SEVERITY_ERROR), hint,
                m < 0 ? "%s could not be matched against the pattern %s (pattern too expensive)"
                      : "%s does not match the pattern %s",
                r->key, c->pattern_src ? c->pattern_src : "");
        }
    }
    const char *fail = rule_id(r, "secret-format");
    if (c->equals && !equals_lit(v->data, v->len, c->equals)) {
        snprintf(hint, sizeof hint, "Set %s=%s.", r->key, c->equals);
        say(r, add(out, r, fail, DAYONE_SEVERITY_ERROR), hint,
            "%s is set to something else; it must be %s", r->key, c->equals);
    }
    if (has_one_of(c)) {
        int found = 0;
        for (size_t i = 0; i < c->nvalues && !found; i++)
            found = equals_lit(v->data, v->len, c->values[i]);
        if (!found) {
            char list[200];
            list_values(c, list, sizeof list);
            snprintf(hint, sizeof hint, "Set %s to one of: %s.", r->key, list);
            say(r, add(out, r, fail, DAYONE_SEVERITY_ERROR), hint,
                "%s is set to something else; it must be one of: %s", r->key, list);
        }
    }
    if (c->expect_bool >= 0) {
        int b = dy_parse_bool(v->data, v->len);
        const char *want = c->expect_bool ? "true" : "false";
        if (b != c->expect_bool)    /* the hint only when it is said: no snprintf per pass */
            snprintf(hint, sizeof hint, "Set %s=%s.", r->key, want);
        if (b < 0)
            say(r, add(out, r, fail, DAYONE_SEVERITY_ERROR), hint,
                "%s is not a boolean (true/false, 1/0, yes/no, on/off); it must be %s",
                r->key, want);
        else if (b != c->expect_bool)
            say(r, add(out, r, fail, DAYONE_SEVERITY_ERROR), hint,
                "%s is %s; it must be %s", r->key, b ? "true" : "false", want);
    }
    if (c->stripe_mode)
        check_stripe(r, v, ve, out);
}

const char *dy_value_source(const dy_env_entry *e)
{
    const char *s = dy_env_source_name(e->source);
    return s ? s : "";
}

void dy_value_from_entry(dy_value *v, const dy_env_entry *e)
{
    /* Every field written once (no memset first): a check makes one of
     * these per rule. */
    if (!e) {
        *v = (dy_value){ .state = DY_VALUE_UNSET, .source = "", .path = "" };
        return;
    }
    /* A first character that is not blank settles it without a call. */
    v->state = e->value_len && !dy_is_blank_char(e->value[0]) ? DY_VALUE_SET
               : dy_is_blank(e->value, e->value_len)           ? DY_VALUE_BLANK
                                                               : DY_VALUE_SET;
    v->data = e->value;
    v->len = e->value_len;
    v->source = dy_value_source(e);
    v->path = e->path ? e->path : "";
    v->line = e->line;
    v->column = 0;
}

int dy_values_equal(const char *a, size_t alen, const char *b, size_t blen)
{
    if (alen != blen)
        return 0;
    /* No early exit: the time depends only on the length. Words at a time
     * (memcpy keeps the loads alignment-safe); one compiler barrier on the
     * accumulator at the end stops it from short-circuiting the loop, where
     * a volatile accumulator cost a store per byte (2 ms per MiB). */
    uint64_t diff = 0;
    size_t i = 0;
    for (; i + 8 <= alen; i += 8) {
        uint64_t x, y;
        memcpy(&x, a + i, 8);
        memcpy(&y, b + i, 8);
        diff |= x ^ y;
    }
    for (; i < alen; i++)
        diff |= (uint64_t)(unsigned char)(a[i] ^ b[i]);
#if defined(__GNUC__) || defined(__clang__)
    __asm__ volatile("" : "+r"(diff));
#endif
    return diff == 0;
}
