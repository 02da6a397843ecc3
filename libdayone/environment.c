/* environment.c - production, launch mode and environment names under the
 * policy's `environment:` section. See environment.h. */
#include <stdio.h>
#include <string.h>
#include "environment.h"
#include "flag.h"
#include "text.h"

#define DY_ENV_NAME_MAX 64   /* known names are at most this long (loader) */

/* like is lower case; a trailing '*' matches any rest (also none). */
static int like_matches(const char *like, const char *s, size_t len)
{
    size_t ll = strlen(like);
    if (ll && like[ll - 1] == '*') {
        ll--;
        if (len < ll)
            return 0;
        for (size_t i = 0; i < ll; i++)
            if (dy_ascii_lower((unsigned char)s[i]) != (unsigned char)like[i])
                return 0;
        return 1;
    }
    return dy_equal_fold(s, len, like);
}

static dy_env_production classify(const dy_environment *e, const char *s, size_t len)
{
    if (!e->production)
        return DY_NOT_PRODUCTION;
    if (len == strlen(e->production) && memcmp(s, e->production, len) == 0)
        return DY_PRODUCTION;
    dy_trim_blank(&s, &len);
    if (len == 0)
        return DY_NOT_PRODUCTION;
    if (dy_equal_fold(s, len, e->production))
        return DY_PRODUCTION_LIKE;
    for (size_t i = 0; i < e->nproduction_like; i++)
        if (like_matches(e->production_like[i], s, len))
            return DY_PRODUCTION_LIKE;
    return DY_NOT_PRODUCTION;
}

dy_env_production dy_environment_production(const dayone_policy *p, const dayone_env *env)
{
    if (!p->environment.env)
        return DY_NOT_PRODUCTION;
    const dy_env_entry *v = dy_env_get(env, p->environment.env);
    return v ? classify(&p->environment, v->value, v->value_len) : DY_NOT_PRODUCTION;
}

int dy_environment_is_known(const dy_environment *e, const char *value, size_t len)
{
    for (size_t i = 0; i < e->nvalues; i++)
        if (strlen(e->values[i]) == len && memcmp(e->values[i], value, len) == 0)
            return 1;
    return 0;
}

/* Levenshtein distance, case-insensitive; both at most DY_ENV_NAME_MAX. */
static size_t distance(const char *a, size_t alen, const char *b, size_t blen)
{
    size_t row[DY_ENV_NAME_MAX + 1];
    for (size_t j = 0; j <= blen; j++)
        row[j] = j;
    for (size_t i = 1; i <= alen; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= blen; j++) {
            size_t up = row[j];
            size_t cost = dy_ascii_lower((unsigned char)a[i - 1]) != dy_ascii_lower((unsigned char)b[j - 1]);
            size_t best = diag + cost;
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[blen];
}

const char *dy_environment_closest(const dy_environment *e, const char *value, size_t len)
{
    if (classify(e, value, len) != DY_NOT_PRODUCTION)
        return e->production;
    dy_trim_blank(&value, &len);
    if (len == 0 || len > DY_ENV_NAME_MAX)
        return NULL;
    const char *best = NULL, *prefix_of = NULL;
    size_t best_d = SIZE_MAX, prefixes = 0;
    for (size_t i = 0; i < e->nvalues; i++) {
        size_t nl = strlen(e->values[i]);
        if (dy_equal_fold(value, len, e->values[i]))
            return e->values[i];
        if (len >= 3 && len < nl && dy_equal_fold(value, len, e->values[i]) == 0 &&
            dy_prefix_fold(e->values[i], value, len)) {
            prefix_of = e->values[i];    /* "dev" for development */
            prefixes++;
        }
        size_t d = distance(value, len, e->values[i], nl);
        if (d <= nl / 3 && d < best_d) {
            best = e->values[i];
            best_d = d;
        }
    }
    if (best)
        return best;
    return prefixes == 1 ? prefix_of : NULL;
}

int dy_environment_launch(const dayone_policy *p, const dayone_env *env, char *buf,
                          size_t size)
{
    return dy_environment_launch_known(p, env, dy_environment_production(p, env), buf, size);
}

/* buf = a b c, cut to size - 1 bytes as snprintf would: every check says
 * why launch mode is on, and a format call cost more than the check of a
 * value. */
static void join3(char *buf, size_t size, const char *a, const char *b, const char *c)
{
    const char *part[3] = {a, b, c};
    size_t used = 0;
    for (int i = 0; i < 3 && used + 1 < size; i++) {
        const char *s = part[i] ? part[i] : "";
        size_t n = strlen(s);
        if (n > size - 1 - used)
            n = size - 1 - used;
        memcpy(buf + used, s, n);
        used += n;
    }
    buf[used] = '\0';
}

int dy_environment_launch_known(const dayone_policy *p, const dayone_env *env,
                                dy_env_production prod, char *buf, size_t size)
{
    const dy_environment *e = &p->environment;
    int launch = 0;
    if (buf && size)
        buf[0] = '\0';
    if (e->launch_flag < p->nflags && dy_flag_state(p, env, e->launch_flag, NULL)) {
        launch = 1;
        if (buf && size)
            join3(buf, size, p->flags[e->launch_flag].env, "=true", "");
    } else {
        if (prod != DY_NOT_PRODUCTION) {
            launch = 1;
            if (buf && size)
                join3(buf, size, e->env, prod == DY_PRODUCTION ? "=" : " counts as ",
                      e->production);
        }
    }
    return launch;
}
