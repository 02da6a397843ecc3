/* outcome.c - the public face of the outcome table (outcome.h). */
#include "outcome.h"

const char *dayone_outcome_name(dayone_outcome outcome)
{
    switch (outcome) {
    case DAYONE_ALLOW: return "allow";
    case DAYONE_ALLOW_OVERAGE: return "allow_overage";
    case DAYONE_DENY_RATE: return "deny_rate";
    case DAYONE_DENY_QUOTA: return "deny_quota";
    case DAYONE_DENY_PLAN: return "deny_plan";
    case DAYONE_DENY_BANNED: return "deny_banned";
    case DAYONE_ALLOW_SHADOW: return "allow_shadow";
    case DAYONE_ALLOW_UNTRACKED: return "allow_untracked";
    }
    return "unknown";
}

int dayone_outcome_allowed(dayone_outcome outcome)
{
    return dy_outcome_allowed(outcome);
}

int dayone_outcome_status(dayone_outcome outcome)
{
    return dy_outcome_status(outcome);
}
