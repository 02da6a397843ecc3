/* placeholder.c - is this value a stand-in rather than a real setting?
 *
 * The value is first trimmed of ASCII whitespace and of one pair of matching
 * surrounding quotes. Then, in this order (the first hit names the kind):
 *   empty          nothing left
 *   angle          <fill>, <your key here>: starts with '<' and ends with '>'
 *   variable       ${VAR} (anything inside), $VAR (upper case, digits, _ only,
 *                  so a password like "$ecretPass" is not caught), {{ var }}
 *   todo           TODO, TBD, FIXME (any case), alone or followed by a
 *                  non-alphanumeric (e.g. "TODO: set me")
 *   masked         only x's and separators (-_. space) with at least 3 x's,
 *                  or ending in 6+ x's or 4+ '*' ("sk_test_xxxxxxxx")
 *   changeme       change-me, changeme, change_me, changeit, replaceme, setme,
 *                  fillme ... (any case, separators ignored)
 *   your-here      your-/your_/insert-/enter-/replace- ... prefix, or a
 *                  -here / _here / " here" suffix
 *   word           the whole value is a well-known stand-in word, any case,
 *                  separators ignored: placeholder, example, sample, dummy,
 *                  fake, test, secret, password, default, none, null, ...
 *   example domain contains example.com / .org / .net (RFC 2606) at a name
 *                  boundary
 *   repeated       one character repeated, 3 or more times
 *   pattern        a unit of 2..4 characters repeated, 6+ characters in all
 *   sequence       4+ consecutive ascending or descending digits (9->0 wraps,
 *                  "1234567890") or letters of one case ("abcdef", "ZYXW")
 * Everything is a whole-value test except "masked" (a suffix) and the example
 * domain, which keeps false positives on real random keys negligible: a
 * random base62 key ends in six x's with probability about 1e-9. */
#include <string.h>
#include "text.h"
#include "placeholder.h"

/* The longest stand-in word listed below ("changemeplease"): a value with
 * more letters and digits than this cannot be one of them, so normalise()
 * stops there instead of folding a whole key. LISTED() enforces it. */
#define MAX_WORD 14
/* A value longer than this (separators included) is never taken for a word. */
#define MAX_WORD_VALUE 32

static int is_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_sep(unsigned char c) { return c == '-' || c == '_' || c == '.' || c == ' '; }

/* Case-insensitive: do the k bytes at s equal the lower-case p? Inline
 * rather than strncasecmp: every secret of a check passes through here a
 * dozen times, and the library call (locale, length) cost more than the
 * compare. */
static int fold_equal(const char *s, const char *p, size_t k)
{
    for (size_t i = 0; i < k; i++)
        if (dy_ascii_lower((unsigned char)s[i]) != (unsigned char)p[i])
            return 0;
    return 1;
}

/* A lower-case word and its length (tables scanned per value: no strlen). */
typedef struct fixed_word { const char *s; size_t k; } fixed_word;
#define WORD(lit) { lit, sizeof lit - 1 }

static int has_suffix(const char *s, size_t n, const char *p)
{
    size_t k = strlen(p);
    return n >= k && fold_equal(s + n - k, p, k);
}

static int is_variable(const char *s, size_t n)
{
    if (n >= 3 && s[0] == '$' && s[1] == '{' && s[n - 1] == '}')
        return 1;
    if (n >= 4 && s[0] == '{' && s[1] == '{' && s[n - 2] == '}' && s[n - 1] == '}')
        return 1;
    if (n >= 2 && s[0] == '$') {
        for (size_t i = 1; i < n; i++) {
            unsigned char c = (unsigned char)s[i];
            if (!((c >= 'A' && c <= 'Z') || c == '_' || (i > 1 && c >= '0' && c <= '9')))
                return 0;
        }
        return 1;
    }
    return 0;
}

static int is_todo(const char *s, size_t n)
{
    static const fixed_word marks[] = {WORD("todo"), WORD("tbd"), WORD("fixme")};
    int c0 = dy_ascii_lower((unsigned char)s[0]);
    if (c0 != 't' && c0 != 'f')   /* every mark starts so: most values stop here */
        return 0;
    for (size_t m = 0; m < sizeof marks / sizeof marks[0]; m++) {
        size_t k = marks[m].k;
        if (n >= k && fold_equal(s, marks[m].s, k) && (n == k || !is_alnum((unsigned char)s[k])))
            return 1;
    }
    return 0;
}

static int is_masked(const char *s, size_t n)
{
    size_t xs = 0, run = 0, stars = 0, i;
    int only = 1;

    for (i = 0; i < n && only; i++) {   /* the first other character settles it */
        unsigned char c = (unsigned char)s[i];
        if (dy_ascii_lower(c) == 'x')
            xs++;
        else if (!is_sep(c))
            only = 0;
    }
    if (only && xs >= 3)
        return 1;
    for (i = n; i > 0 && dy_ascii_lower((unsigned char)s[i - 1]) == 'x'; i--)
        run++;
    for (i = n; i > 0 && s[i - 1] == '*'; i--)
        stars++;
    return run >= 6 || stars >= 4;
}

static int is_your_here(const char *s, size_t n)
{
    static const fixed_word lead[] = {WORD("your"), WORD("insert"), WORD("enter"), WORD("replace")};
    int c0 = dy_ascii_lower((unsigned char)s[0]);
    /* Each prefix starts with one of these letters: most values skip the loop. */
    for (size_t p = 0; (c0 == 'y' || c0 == 'i' || c0 == 'e' || c0 == 'r') &&
                       p < sizeof lead / sizeof lead[0]; p++) {
        size_t k = lead[p].k;
        if (n > k + 1 && fold_equal(s, lead[p].s, k) && is_sep((unsigned char)s[k]) && s[k] != '.')
            return 1;
    }
    return n > 5 && dy_ascii_lower((unsigned char)s[n - 1]) == 'e' &&
           has_suffix(s, n, "here") && is_sep((unsigned char)s[n - 5]) && s[n - 5] != '.';
}

/* Lower-case the value without separators into w (its length in *wlen);
 * 0 if it has more than MAX_WORD letters and digits (then no listed word
 * can be it) or anything but letters, digits, '@' and separators. */
static int normalise(const char *s, size_t n, char w[MAX_WORD + 1], size_t *wlen)
{
    size_t k = 0;
    if (n > MAX_WORD_VALUE)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (is_sep(c))
            continue;
        if ((!is_alnum(c) && c != '@') || k == MAX_WORD)
            return 0;
        w[k++] = (char)dy_ascii_lower(c);
    }
    w[k] = '\0';
    *wlen = k;
    return k > 0;
}

/* A listed word; a word longer than MAX_WORD does not compile (normalise()
 * would never produce it). */
#define LISTED(lit) { lit, sizeof lit - 1 + 0 * sizeof(char[sizeof lit - 1 <= MAX_WORD ? 1 : -1]) }

static int in_list(const char *w, size_t k, const fixed_word *list, size_t count)
{
    for (size_t i = 0; i < count; i++)   /* length and first byte: most differ there */
        if (list[i].k == k && w[0] == list[i].s[0] && memcmp(w, list[i].s, k) == 0)
            return 1;
    return 0;
}

static const fixed_word g_changeme[] = {
    LISTED("changeme"), LISTED("changeit"), LISTED("changethis"), LISTED("changemeplease"),
    LISTED("changemenow"), LISTED("replaceme"), LISTED("replacethis"), LISTED("setme"),
    LISTED("fillme"), LISTED("fillmein"), LISTED("fillin"), LISTED("updateme"),
    LISTED("editme")};

static const fixed_word g_words[] = {
    LISTED("placeholder"), LISTED("example"), LISTED("sample"), LISTED("dummy"),
    LISTED("fake"), LISTED("test"), LISTED("testing"), LISTED("secret"), LISTED("secretkey"),
    LISTED("mysecret"), LISTED("supersecret"), LISTED("topsecret"), LISTED("password"),
    LISTED("passwd"), LISTED("pass"), LISTED("p@ssw0rd"), LISTED("passw0rd"),
    LISTED("password1"), LISTED("password123"), LISTED("default"), LISTED("none"),
    LISTED("null"), LISTED("nil"), LISTED("undefined"), LISTED("empty"), LISTED("notset"),
    LISTED("unset"), LISTED("redacted"), LISTED("hidden"), LISTED("apikey"), LISTED("token"),
    LISTED("key"), LISTED("value"), LISTED("foo"), LISTED("bar"), LISTED("foobar"),
    LISTED("baz"), LISTED("admin"), LISTED("root"), LISTED("letmein"), LISTED("qwerty"),
    LISTED("asdf"), LISTED("asdfgh")};

static int is_example_domain(const char *s, size_t n)
{
    static const char *const tlds[] = {"com", "org", "net", NULL};
    /* From each '.' (memchr: most values have none), look back for
     * "example" and ahead for the TLD. */
    for (const char *dot = memchr(s, '.', n); dot;
         dot = memchr(dot + 1, '.', n - (size_t)(dot - s) - 1)) {
        size_t at = (size_t)(dot - s);
        if (at < 7 || n - at - 1 < 3)
            continue;
        size_t i = at - 7;
        if (i > 0 && is_alnum((unsigned char)s[i - 1]))
            continue;   /* counterexample.com is not the reserved domain */
        if (!fold_equal(s + i, "example", 7) ||
            (n - at - 1 > 3 && is_alnum((unsigned char)s[at + 4])))
            continue;
        for (const char *const *t = tlds; *t; t++)
            if (fold_equal(dot + 1, *t, 3))
                return 1;
    }
    return 0;
}

/* Smallest period p (1..4) such that s[i] == s[i-p] for all i, or 0. */
static size_t short_period(const char *s, size_t n)
{
    /* A period p < n needs s[p] == s[0]: a random value fails all four. */
    if (n > 4 && s[1] != s[0] && s[2] != s[0] && s[3] != s[0] && s[4] != s[0])
        return 0;
    for (size_t p = 1; p <= 4 && p < n; p++) {
        size_t i = p;
        while (i < n && s[i] == s[i - p])
            i++;
        if (i == n)
            return p;
    }
    return 0;
}

/* Class of a character for sequences: 1 digit, 2 lower, 3 upper, 0 other. */
static int seq_class(unsigned char c)
{
    return c >= '0' && c <= '9' ? 1 : c >= 'a' && c <= 'z' ? 2 : c >= 'A' && c <= 'Z' ? 3 : 0;
}

static int is_sequence(const char *s, size_t n)
{
    int cls, step;

    if (n < 4 || !(cls = seq_class((unsigned char)s[0])))
        return 0;
    /* The first two characters settle most values: a step of one, or the
     * digits' wrap. */
    int d = (unsigned char)s[1] - (unsigned char)s[0];
    if (d != 1 && d != -1 && !(s[0] == '9' && s[1] == '0') && !(s[0] == '0' && s[1] == '9'))
        return 0;
    for (step = -1; step <= 1; step += 2) {
        size_t i = 1;
        for (; i < n; i++) {
            int a = (unsigned char)s[i - 1], b = (unsigned char)s[i];
            if (seq_class((unsigned char)b) != cls)
                break;
            if (b - a == step)
                continue;
            if (cls == 1 && ((step == 1 && a == '9' && b == '0') ||
                             (step == -1 && a == '0' && b == '9')))
                continue;
            break;
        }
        if (i == n)
            return 1;
    }
    return 0;
}

int dy_is_placeholder(const char *value, size_t len, const char **why)
{
    const char *s = value ? value : "";
    size_t n = value ? len : 0;
    const char *w = NULL;
    char word[MAX_WORD + 1];
    size_t wlen = 0;
    int isword = 0;
    size_t p;

    if (n && (dy_is_blank_char(s[0]) || dy_is_blank_char(s[n - 1])))
        dy_trim_blank(&s, &n);
    if (n >= 2 && (s[0] == '"' || s[0] == '\'') && s[n - 1] == s[0]) {
        s++;
        n -= 2;
        dy_trim_blank(&s, &n);
    }

    if (n == 0)
        w = "an empty or blank value";
    else if (s[0] == '<' && s[n - 1] == '>')
        w = "an angle-bracket placeholder such as <fill>";
    else if (is_variable(s, n))
        w = "an unexpanded variable reference such as ${VAR}, $VAR or {{ var }}";
    else if (is_todo(s, n))
        w = "a TODO, TBD or FIXME marker";
    else if (is_masked(s, n))
        w = "a masked value, a run of x's or *'s such as xxxx or ****";
    else if ((isword = normalise(s, n, word, &wlen)) &&
             in_list(word, wlen, g_changeme, sizeof g_changeme / sizeof g_changeme[0]))
        w = "a 'change me' placeholder";
    else if (is_your_here(s, n))
        w = "a 'your-...-here' placeholder";
    else if (isword && in_list(word, wlen, g_words, sizeof g_words / sizeof g_words[0]))
        w = "a well-known stand-in word (placeholder, example, secret, password, ...)";
    else if (is_example_domain(s, n))
        w = "an RFC 2606 example domain (example.com, .org, .net)";
    else if ((p = short_period(s, n)) == 1 && n >= 3)
        w = "a single repeated character";
    else if (p >= 2 && n >= 6 && n >= 3 * p)
        w = "a short repeated pattern such as abcabc";
    else if (is_sequence(s, n))
        w = "a trivial sequence such as 123456 or abcdef";

    if (why)
        *why = w;
    return w != NULL;
}
