/* policy_postmortem.c - the `postmortem:` section's model (see
 * policy_postmortem.h). */
#include <string.h>
#include "alloc.h"
#include "policy_postmortem.h"

int dy_postmortem_kind_parse(const char *name)
{
    if (strcmp(name, "text") == 0)
        return DY_PM_TEXT;
    if (strcmp(name, "timeline") == 0)
        return DY_PM_TIMELINE;
    if (strcmp(name, "actions") == 0)
        return DY_PM_ACTIONS;
    return -1;
}

static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

int dy_postmortem_heading_key(const char *s, size_t len, char *out, size_t cap)
{
    size_t i = 0, o = 0;
    if (cap == 0)
        return 0;
    while (i < len && is_blank(s[i]))
        i++;
    /* "1.", "2)", "3 -": a numbered heading is the same section. */
    size_t j = i;
    while (j < len && s[j] >= '0' && s[j] <= '9')
        j++;
    if (j > i && j < len && (s[j] == '.' || s[j] == ')' || is_blank(s[j]))) {
        if (s[j] == '.' || s[j] == ')')
            j++;
        while (j < len && is_blank(s[j]))
            j++;
        if (j < len && (s[j] == '-' || s[j] == ':')) {
            j++;
            while (j < len && is_blank(s[j]))
                j++;
        }
        if (j < len)
            i = j;
    }
    int space = 0;
    for (; i < len; i++) {
        char c = s[i];
        if (is_blank(c)) {
            space = 1;
            continue;
        }
        if (space && o > 0) {
            if (o + 1 >= cap)
                return 0;
            out[o++] = ' ';
        }
        space = 0;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (o + 1 >= cap)
            return 0;
        out[o++] = c;
    }
    while (o > 0 && out[o - 1] == ':')
        o--;
    while (o > 0 && out[o - 1] == ' ')
        o--;
    out[o] = '\0';
    return 1;
}

static void free_list(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        dy_free(v[i]);
    dy_free(v);
}

void dy_postmortem_free(dy_postmortem *pm)
{
    if (!pm)
        return;
    for (size_t i = 0; i < pm->nsections; i++) {
        dy_postmortem_section *s = &pm->sections[i];
        dy_free(s->id);
        dy_free(s->title);
        free_list(s->headings, s->nheadings);
    }
    dy_free(pm->sections);
    free_list(pm->placeholders, pm->nplaceholders);
    dy_free(pm);
}
