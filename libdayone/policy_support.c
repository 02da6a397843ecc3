/* policy_support.c - the compiled `support:` section's lifetime and lookup
 * (policy_support.h). */
#include <string.h>
#include "alloc.h"
#include "policy_support.h"

static const char *const g_action_names[DY_ACCESS_NACTIONS] = {"view_as", "admin",
                                                               "limit_reset"};

int dy_access_action_parse(const char *name)
{
    for (int i = 0; name && i < DY_ACCESS_NACTIONS; i++)
        if (strcmp(g_action_names[i], name) == 0)
            return i;
    return -1;
}

const char *dy_access_action_name(int action)
{
    return action >= 0 && action < DY_ACCESS_NACTIONS ? g_action_names[action] : "unknown";
}

void dy_support_free(dy_support *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->nroles; i++)
        dy_free(s->roles[i].name);
    dy_free(s->roles);
    dy_free(s->ticket_src);
    pcre2_code_free(s->ticket);
    dy_free(s);
}

const dy_support_role *dy_support_find_role(const dy_support *s, const char *name)
{
    for (size_t i = 0; s && name && i < s->nroles; i++)
        if (strcmp(s->roles[i].name, name) == 0)
            return &s->roles[i];
    return NULL;
}
