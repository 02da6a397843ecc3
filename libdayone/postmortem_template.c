/* postmortem_template.c - `dayone report template`: a report skeleton
 * built from the policy's `postmortem:` section (dayone/postmortem.h).
 * Every part to write holds the policy's first placeholder, so the
 * skeleton lints with placeholder findings only: a timeline's entries and
 * an action's owner are placeholders too, and the entry rules skip them. */
#include <string.h>
#include "alloc.h"
#include "dayone/postmortem.h"
#include "error.h"
#include "policy.h"
#include "policy_postmortem.h"
#include "strbuf.h"

int dayone_postmortem_template(char **out, size_t *len, const dayone_policy *policy,
                               dayone_error *err)
{
    if (!out || !policy)
        return dy_fail(err, DAYONE_EINVAL, "out and policy must not be NULL");
    *out = NULL;
    const dy_postmortem *pm = policy->postmortem;
    if (!pm)
        return dy_fail(err, DAYONE_EINVAL,
                       "policy '%.200s' has no postmortem: section, so it has no template",
                       policy->name ? policy->name : "");
    const char *fill = pm->nplaceholders ? pm->placeholders[0] : "<fill>";
    dy_strbuf b = DY_STRBUF_INIT;
    dy_strbuf_printf(&b, "# Post-incident report: %s\n\n", fill);
    dy_strbuf_puts(&b, "Times in the timeline: 2026-03-04T14:05Z (RFC 3339, seconds optional), "
                       "or HH:MM for a later entry of the same day. Every preventative action "
                       "names its owner: owner: @handle.\n");
    for (size_t i = 0; i < pm->nsections; i++) {
        const dy_postmortem_section *s = &pm->sections[i];
        dy_strbuf_printf(&b, "\n## %s\n\n", s->title);
        switch (s->kind) {
        case DY_PM_TIMELINE:
            dy_strbuf_printf(&b, "- %s detected: %s\n- %s resolved: %s\n", fill, fill, fill, fill);
            break;
        case DY_PM_ACTIONS:
            dy_strbuf_printf(&b, "- %s (owner: @%s)\n", fill, fill);
            break;
        default:
            dy_strbuf_printf(&b, "%s\n", fill);
            break;
        }
    }
    size_t n = 0;
    char *text = dy_strbuf_detach(&b, &n);
    if (!text)
        return dy_fail(err, DAYONE_ENOMEM, "out of memory");
    *out = text;
    if (len)
        *len = n;
    return DAYONE_OK;
}
