/* policy_patterns.c - whether checking environment variables can run a
 * user `pattern:` regex (policy_patterns.h). */
#include "policy_patterns.h"
#include "policy.h"
#include "policy_rules.h"

int dy_policy_env_patterns(const dayone_policy *policy)
{
    return policy ? policy->env_patterns : 0;
}

int dy_policy_scan_env_patterns(const dayone_policy *policy)
{
    if (!policy)
        return 0;
    for (size_t i = 0; i < policy->nrules; i++) {
        const dy_rule *r = &policy->rules[i];
        if (r->checks.pattern_src && !r->key_is_address)
            return 1;
    }
    return 0;
}
