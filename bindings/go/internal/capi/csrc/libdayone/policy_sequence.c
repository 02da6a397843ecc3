/* policy_sequence.c - list and deadline checks of a rule (policy_sequence.h). */
#include "alloc.h"
#include "policy_sequence.h"

static void free_strv(char **v, size_t n)
{
    for (size_t i = 0; v && i < n; i++)
        dy_free(v[i]);
    dy_free(v);
}

int dy_sequence_wants_list(const dy_sequence_checks *s)
{
    return s && (s->sequence.key || s->intervals.key);
}

void dy_sequence_checks_free(dy_sequence_checks *s)
{
    if (!s)
        return;
    dy_free(s->sequence.key);
    free_strv(s->sequence.order, s->sequence.norder);
    free_strv(s->sequence.includes, s->sequence.nincludes);
    free_strv(s->sequence.includes_any, s->sequence.nincludes_any);
    dy_free(s->intervals.key);
    dy_free(s->intervals.limits.max_text);
    dy_free(s->intervals.limits.warn_text);
    dy_free(s->deadline.after);
    dy_free(s->deadline.within_text);
    dy_free(s->deadline.warn_text);
    dy_free(s);
}
