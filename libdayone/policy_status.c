/* policy_status.c - the compiled `status:` section's lifetime and its state
 * names (policy_status.h). */
#include <string.h>
#include "alloc.h"
#include "policy_status.h"

static const char *const g_states[] = {"operational", "under_maintenance",
                                       "degraded_performance", "partial_outage",
                                       "major_outage", "unknown"};
static const char *const g_indicators[] = {"none", "minor", "major", "critical", "unknown"};

const char *dayone_component_state_name(dayone_component_state state)
{
    unsigned i = (unsigned)state;
    return i < sizeof g_states / sizeof g_states[0] ? g_states[i] : "unknown";
}

const char *dayone_indicator_name(dayone_indicator indicator)
{
    unsigned i = (unsigned)indicator;
    return i < sizeof g_indicators / sizeof g_indicators[0] ? g_indicators[i] : "unknown";
}

int dy_component_state_parse(const char *name)
{
    /* unknown is not a state a policy or a page may name */
    for (int i = 0; name && i < DAYONE_COMPONENT_UNKNOWN; i++)
        if (strcmp(g_states[i], name) == 0)
            return i;
    return -1;
}

static void check_free(dy_status_check *c)
{
    dy_free(c->name);
    dy_free(c->fact);
    dy_free(c->expect);
    dy_free(c->objective.text);
    dy_free(c->per);
    for (size_t i = 0; i < c->nsteps; i++)
        dy_free(c->steps[i].bound.text);
    dy_free(c->steps);
}

void dy_status_conf_free(dy_status_conf *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->ncomponents; i++) {
        dy_status_component *c = &s->components[i];
        for (size_t j = 0; j < c->nchecks; j++)
            check_free(&c->checks[j]);
        dy_free(c->checks);
        dy_free(c->name);
        dy_free(c->maintenance);
    }
    dy_free(s->components);
    for (size_t i = 0; i < s->npairs; i++) {
        dy_free(s->pairs[i].long_window);
        dy_free(s->pairs[i].short_window);
        dy_free(s->pairs[i].factor.text);
        dy_free(s->pairs[i].alert);
    }
    dy_free(s->pairs);
    dy_free(s->published);
    dy_free(s->observed_at);
    dy_free(s->max_age_text);
    dy_free(s);
}
