#include "policy.h"
#include "policy_rules.h"
