/* Loads the embedded default policy through an installed libdayone, and
 * lints the default post-incident report template with it (cmark-gfm must
 * come along with the installed library, shared or static). */
#include <dayone.h>
#include <stdio.h>

int main(void)
{
    dayone_policy *p = NULL;
    dayone_report *r = NULL;
    dayone_error err;
    char *tmpl = NULL;
    size_t len = 0;
    dayone_error_clear(&err);
    if (dayone_policy_load_default(&p, &err) != DAYONE_OK) {
        fprintf(stderr, "load failed: %s\n", err.message);
        return 1;
    }
    if (dayone_postmortem_template(&tmpl, &len, p, &err) != DAYONE_OK ||
        dayone_postmortem_lint(&r, p, tmpl, len, "template.md", &err) != DAYONE_OK) {
        fprintf(stderr, "report lint failed: %s\n", err.message);
        dayone_free(tmpl);
        dayone_policy_free(p);
        return 1;
    }
    printf("dayone %s: %zu plans, template: %zu findings\n", dayone_version(),
           dayone_policy_plan_count(p), dayone_report_count(r));
    dayone_report_free(r);
    dayone_free(tmpl);
    dayone_policy_free(p);
    return 0;
}
