/* Loads the embedded default policy through an installed libdayone. */
#include <dayone.h>
#include <stdio.h>

int main(void)
{
    dayone_policy *p = NULL;
    dayone_error err;
    dayone_error_clear(&err);
    if (dayone_policy_load_default(&p, &err) != DAYONE_OK) {
        fprintf(stderr, "load failed: %s\n", err.message);
        return 1;
    }
    printf("dayone %s: %zu plans\n", dayone_version(), dayone_policy_plan_count(p));
    dayone_policy_free(p);
    return 0;
}
