/* policy_schema.c - the policy language's tables (policy_schema.h) and their
 * rendering as a JSON Schema, draft 2020-12.
 *
 * Scalars: the loader reads a text key from any scalar (`equals: 1` is the
 * text "1"), so the schema allows strings, numbers and booleans there;
 * integers and booleans are typed. */
#include <inttypes.h>
#include <string.h>
#include "policy_rules.h"
#include "policy_schema.h"
#include "error.h"
#include "strbuf.h"
#include "formats.h"

#define NONE 1, 0                    /* min > max: no bounds */
#define N(a) (sizeof(a) / sizeof((a)[0]))

static const char *const g_severities[] = {"error", "warning", NULL};
static const char *const g_enforcements[] = {"strict", "soft", "off", NULL};
static const char *const g_on_failure[] = {"fail_open", "fail_closed", "local", NULL};
static const char *const g_limit_words[] = {"unlimited", "none", NULL};
static const char *const g_at_capacity[] = {"deny", "admit", NULL};
static const char *const g_rates[] = {"rpm", "rps", "rph", "rpd", NULL};
static const char *const g_rates_or_list[] = {"rpm", "rps", "rph", "rpd", "rates", NULL};
static const char *const g_condition_kinds[] = {"flag", "var", "all", "any", "not", "fact",
                                                NULL};
static const char *const g_var_tests[] = {"equals", "in", "set", NULL};
static const char *const g_quota_periods[] = {"month", "day", "anchored", NULL};
static const char *const g_access_actions[] = {"view_as", "admin", "limit_reset", NULL};
static const char *const g_standalone[] = {"flag", "all", "any", "not", NULL};
static const char *const g_postmortem_kinds[] = {"text", "timeline", "actions", NULL};

/* ---- the tables ---------------------------------------------------------- */

static const dy_schema_key g_flag_keys[] = {
    {"env", DY_SK_ENV_NAME, 1, NULL, NULL, NONE, "The variable the flag reads."},
    {"default", DY_SK_BOOL, 0, NULL, NULL, NONE, "The value when the variable is unset (false)."},
    {"description", DY_SK_TEXT, 0, NULL, NULL, NONE, "For people."},
};
const dy_schema_object dy_schema_flag = {
    "flag", "flag", g_flag_keys, N(g_flag_keys),
    "A named boolean read from an environment variable.", NULL, NULL};

static const dy_schema_key g_environment_keys[] = {
    {"env", DY_SK_ENV_NAME, 1, NULL, NULL, NONE, "The variable that names the environment."},
    {"values", DY_SK_TEXTS, 1, NULL, NULL, NONE, "The known environment names."},
    {"production", DY_SK_TEXT, 0, NULL, NULL, NONE, "Which known name is production."},
    {"production_like", DY_SK_TEXTS, 0, NULL, NULL, NONE,
     "Spellings that also count as production (any case; a trailing * is a prefix)."},
    {"launch_flag", DY_SK_TEXT, 0, NULL, NULL, NONE, "The flag that turns launch mode on."},
};
const dy_schema_object dy_schema_environment = {
    "environment", "environment", g_environment_keys, N(g_environment_keys),
    "Which variable names the environment and what counts as production.", NULL, NULL};

static const dy_schema_key g_condition_keys[] = {
    {"flag", DY_SK_TEXT, 0, NULL, NULL, NONE, "Holds when the flag is on."},
    {"var", DY_SK_ENV_NAME, 0, NULL, NULL, NONE, "The variable to test (with equals, in or set)."},
    {"equals", DY_SK_TEXT, 0, NULL, NULL, NONE, "The variable equals this text."},
    {"in", DY_SK_TEXTS, 0, NULL, NULL, NONE, "The variable equals one of these."},
    {"set", DY_SK_BOOL, 0, NULL, NULL, NONE, "The variable is set and not blank (or, false, not)."},
    {"all", DY_SK_CONDITION, 0, NULL, NULL, NONE, "Every condition holds."},
    {"any", DY_SK_CONDITION, 0, NULL, NULL, NONE, "At least one condition holds."},
    {"not", DY_SK_CONDITION, 0, NULL, NULL, NONE, "The condition does not hold."},
    {"fact", DY_SK_FACT_KEY, 0, NULL, NULL, NONE,
     "The fact to test (with equals, in or set); inside each: relative to the element."},
};
const dy_schema_object dy_schema_condition = {
    "condition", "condition", g_condition_keys, N(g_condition_keys),
    "When a rule applies.", g_condition_kinds, g_standalone};

static const dy_schema_key g_fact_bound_keys[] = {
    {"fact", DY_SK_FACT_KEY, 1, NULL, NULL, NONE, "The other fact (a timestamp)."},
    {"plus", DY_SK_TEXT, 0, NULL, NULL, NONE, "A duration added to it (48h)."},
};
const dy_schema_object dy_schema_fact_bound = {
    "fact_bound", "not_before/not_after", g_fact_bound_keys, N(g_fact_bound_keys),
    "A time relative to another fact: that fact's timestamp plus a duration.", NULL, NULL};

static const dy_schema_key g_ratio_keys[] = {
    {"of", DY_SK_FACT_KEY, 1, NULL, NULL, NONE, "The divisor fact (a number above zero)."},
    {"min", DY_SK_NUMBER, 0, NULL, NULL, NONE, "The smallest ratio allowed."},
    {"max", DY_SK_NUMBER, 0, NULL, NULL, NONE, "The largest ratio allowed."},
};
const dy_schema_object dy_schema_ratio = {
    "ratio", "ratio", g_ratio_keys, N(g_ratio_keys),
    "This number divided by another fact's number, within bounds.", NULL, NULL};

/* Incident records: checks over a list, and a deadline (policy_sequence.h). */
static const dy_schema_key g_sequence_keys[] = {
    {"key", DY_SK_FACT_KEY, 0, NULL, NULL, NONE,
     "The fact relative to each element (status); absent: the element."},
    {"order", DY_SK_TEXTS, 0, NULL, NULL, NONE,
     "The values in order: the list only moves forward (repeats allowed)."},
    {"includes", DY_SK_TEXTS, 0, NULL, NULL, NONE, "Every one of these values appears."},
    {"includes_any", DY_SK_TEXTS, 0, NULL, NULL, NONE, "At least one of these values appears."},
};
const dy_schema_object dy_schema_sequence = {
    "sequence", "sequence", g_sequence_keys, N(g_sequence_keys),
    "The values of one key across a list's elements.", NULL, NULL};

static const dy_schema_key g_intervals_keys[] = {
    {"key", DY_SK_FACT_KEY, 0, NULL, NULL, NONE,
     "The timestamp relative to each element (created_at); absent: the element."},
    {"max", DY_SK_TEXT, 1, NULL, NULL, NONE, "A longer interval is an error (60m)."},
    {"warn", DY_SK_TEXT, 0, NULL, NULL, NONE, "A longer interval is a warning (30m)."},
    {"gaps", DY_SK_BOOL, 0, NULL, NULL, NONE, "Check gaps between consecutive elements (true)."},
    {"to_now", DY_SK_BOOL, 0, NULL, NULL, NONE, "Check the time from the last element to now."},
};
const dy_schema_object dy_schema_intervals = {
    "intervals", "intervals", g_intervals_keys, N(g_intervals_keys),
    "The time between consecutive timestamps of a list (and to now).", NULL, NULL};

static const dy_schema_key g_deadline_keys[] = {
    {"after", DY_SK_FACT_KEY, 1, NULL, NULL, NONE, "The timestamp the deadline counts from."},
    {"within", DY_SK_TEXT, 1, NULL, NULL, NONE, "Due this long after it (48h)."},
    {"warn", DY_SK_TEXT, 0, NULL, NULL, NONE,
     "Absent in this last stretch before the deadline: a warning (12h)."},
};
const dy_schema_object dy_schema_deadline = {
    "deadline", "deadline", g_deadline_keys, N(g_deadline_keys),
    "A timestamp due by another fact plus a duration; absent, judged against now.", NULL, NULL};

static const dy_schema_key g_hours_keys[] = {
    {"from", DY_SK_TEXT, 1, NULL, NULL, NONE, "The window's start, HH:MM (inclusive)."},
    {"to", DY_SK_TEXT, 1, NULL, NULL, NONE,
     "The window's end, HH:MM (exclusive; 24:00 is midnight; before from: wraps midnight)."},
    {"offset", DY_SK_TEXT, 0, NULL, NULL, NONE,
     "The fixed UTC offset the hours are in, +HH:MM or -HH:MM (Z, the default)."},
};
const dy_schema_object dy_schema_hours = {
    "hours", "hours", g_hours_keys, N(g_hours_keys),
    "A window of the day a timestamp must fall in.", NULL, NULL};

static const dy_schema_key g_count_by_keys[] = {
    {"key", DY_SK_FACT_KEY, 1, NULL, NULL, NONE,
     "The fact, relative to each element, whose equal values form a group (actor)."},
    {"max", DY_SK_NUMBER, 1, NULL, NULL, NONE,
     "A group's size at most: a count, or a factor of `of`."},
    {"of", DY_SK_FACT_KEY, 0, NULL, NULL, NONE,
     "A baseline fact (a number above zero): a group has at most max times it."},
};
const dy_schema_object dy_schema_count_by = {
    "count_by", "count_by", g_count_by_keys, N(g_count_by_keys),
    "A list: how many elements may share one value of a key.", NULL, NULL};

/* The checks a value, a fact or a list element can have. */
#define DY_SCHEMA_VALUE_KEYS                                                                  \
    {"min_length", DY_SK_INT, 0, NULL, NULL, 0, 1 << 30, "At least this many characters."},    \
    {"max_length", DY_SK_INT, 0, NULL, NULL, 1, 1 << 30, "At most this many characters."},     \
    {"min_entropy", DY_SK_NUMBER, 0, NULL, NULL, 0, 1000000, "Estimated bits, at least."},     \
    {"placeholders", DY_SK_BOOL, 0, NULL, NULL, NONE, "Reject placeholders (changeme, ...)."}, \
    {"format", DY_SK_FORMAT, 0, NULL, NULL, NONE, "A named value format."},                    \
    {"schemes", DY_SK_TEXTS, 0, NULL, NULL, NONE, "url, database_url: allowed schemes."},      \
    {"decoded_bytes", DY_SK_INT, 0, NULL, NULL, 1, 65536, "Bytes the key decodes to."},        \
    {"min", DY_SK_NUMBER, 0, NULL, NULL, NONE,                                                \
     "integer, number, percent (in percent): the smallest value."},                           \
    {"max", DY_SK_NUMBER, 0, NULL, NULL, NONE,                                                \
     "integer, number, percent (in percent): the largest value."},                            \
    {"values", DY_SK_TEXTS, 0, NULL, NULL, NONE, "enum: the allowed values."},                 \
    {"pattern", DY_SK_TEXT, 0, NULL, NULL, NONE, "A PCRE2 pattern the value must match."},     \
    {"stripe_mode", DY_SK_BOOL, 0, NULL, NULL, NONE, "Live/test Stripe key by launch mode."},  \
    {"equals", DY_SK_TEXT, 0, NULL, NULL, NONE, "The value must equal this text."},            \
    {"one_of", DY_SK_TEXTS, 0, NULL, NULL, NONE, "The value must be one of these."},           \
    {"is", DY_SK_BOOL, 0, NULL, NULL, NONE, "The value must be this boolean."},                \
    {"required", DY_SK_BOOL, 0, NULL, NULL, NONE,                                             \
     "Missing or blank is a finding (facts: true unless false)."},                            \
    {"max_age", DY_SK_TEXT, 0, NULL, NULL, NONE, "timestamp: no older than now minus this."},  \
    {"not_before", DY_SK_OBJECT, 0, &dy_schema_fact_bound, NULL, NONE,                        \
     "timestamp: not before another fact plus a duration."},                                  \
    {"not_after", DY_SK_OBJECT, 0, &dy_schema_fact_bound, NULL, NONE,                         \
     "timestamp: not after another fact plus a duration."},                                   \
    {"ratio", DY_SK_OBJECT, 0, &dy_schema_ratio, NULL, NONE,                                  \
     "number: this divided by another fact, within bounds."},                                 \
    {"min_items", DY_SK_INT, 0, NULL, NULL, 0, 100000, "A list: at least this many items."},  \
    {"max_items", DY_SK_INT, 0, NULL, NULL, 0, 100000, "A list: at most this many items."},   \
    {"each", DY_SK_OBJECT, 0, &dy_schema_each, NULL, NONE,                                    \
     "A list: checks for every element."},                                                    \
    {"sequence", DY_SK_OBJECT, 0, &dy_schema_sequence, NULL, NONE,                            \
     "A list: forward-only order and values visited."},                                       \
    {"intervals", DY_SK_OBJECT, 0, &dy_schema_intervals, NULL, NONE,                          \
     "A list: time between consecutive timestamps, and to now."},                             \
    {"deadline", DY_SK_OBJECT, 0, &dy_schema_deadline, NULL, NONE,                            \
     "timestamp: due by another fact plus a duration."},                                      \
    {"differs_from", DY_SK_FACT_KEY, 0, NULL, NULL, NONE,                                     \
     "The value must differ from this fact's (blanks and ASCII case ignored)."},              \
    {"hours", DY_SK_OBJECT, 0, &dy_schema_hours, NULL, NONE,                                  \
     "timestamp: its time of day inside a window."},                                          \
    {"count_by", DY_SK_OBJECT, 0, &dy_schema_count_by, NULL, NONE,                            \
     "A list: at most so many elements share one value of a key."}

/* The keys of a rule, shared by posture rules and secrets. */
#define DY_SCHEMA_CHECK_KEYS                                                                  \
    {"key", DY_SK_FACT_KEY, 1, NULL, NULL, NONE,                                              \
     "The variable or fact (a.b[2].c) the rule checks."},                                     \
    {"when", DY_SK_CONDITION, 0, NULL, NULL, NONE, "Apply the rule only when this holds."},    \
    {"profiles", DY_SK_TEXTS, 0, NULL, NULL, NONE, "The profiles the rule runs in (startup)."}, \
    DY_SCHEMA_VALUE_KEYS,                                                                     \
    {"severity", DY_SK_WORD, 0, NULL, g_severities, NONE, "error (default) or warning."},      \
    {"message", DY_SK_TEXT, 0, NULL, NULL, NONE, "The finding's message."},                    \
    {"hint", DY_SK_TEXT, 0, NULL, NULL, NONE, "How to fix it."}

static const dy_schema_key g_posture_keys[] = {
    {"id", DY_SK_TEXT, 1, NULL, NULL, NONE, "The rule id findings carry."},
    DY_SCHEMA_CHECK_KEYS,
};
const dy_schema_object dy_schema_posture_rule = {
    "posture_rule", "posture rule", g_posture_keys, N(g_posture_keys),
    "A launch-posture rule on one variable.", NULL, NULL};

static const dy_schema_key g_secret_keys[] = {DY_SCHEMA_CHECK_KEYS};

static const dy_schema_key g_each_keys[] = {
    {"key", DY_SK_FACT_KEY, 0, NULL, NULL, NONE,
     "The fact relative to the element (status, links[0].url); absent: the element."},
    {"when", DY_SK_CONDITION, 0, NULL, NULL, NONE,
     "Check only the elements this holds for (fact addresses relative to the element)."},
    DY_SCHEMA_VALUE_KEYS,
};
const dy_schema_object dy_schema_each = {
    "each", "each", g_each_keys, N(g_each_keys),
    "Checks for every element of a list.", NULL, NULL};
const dy_schema_object dy_schema_secret = {
    "secret", "secret", g_secret_keys, N(g_secret_keys),
    "A required secret (placeholders rejected unless it says otherwise).", NULL, NULL};

static const dy_schema_key g_distinct_keys[] = {
    {"id", DY_SK_TEXT, 0, NULL, NULL, NONE, "The rule id (secrets-distinct)."},
    {"keys", DY_SK_ENV_NAMES, 1, NULL, NULL, NONE, "Variables whose values must all differ."},
};
const dy_schema_object dy_schema_distinct = {
    "distinct", "distinct group", g_distinct_keys, N(g_distinct_keys),
    "Secrets that must differ pairwise (or a plain list of keys).", NULL, NULL};

static const dy_schema_key g_waiver_keys[] = {
    {"rule", DY_SK_TEXT, 1, NULL, NULL, NONE, "The rule id waived."},
    {"key", DY_SK_FACT_KEY, 1, NULL, NULL, NONE, "The variable or fact it is waived for."},
    {"reason", DY_SK_TEXT, 1, NULL, NULL, NONE, "Why (required, not blank)."},
    {"expires", DY_SK_DATE, 1, NULL, NULL, NONE, "The last day it applies, YYYY-MM-DD."},
};
const dy_schema_object dy_schema_waiver = {
    "waiver", "waiver", g_waiver_keys, N(g_waiver_keys),
    "A rule waived for one variable until a date.", NULL, NULL};

static const dy_schema_key g_billing_keys[] = {
    {"enforcement", DY_SK_WORD, 0, NULL, g_enforcements, NONE, "strict, soft or off."},
    {"env", DY_SK_ENV_NAME, 0, NULL, NULL, NONE, "A variable that overrides it at run time."},
    {"periods", DY_SK_MAP_OF_WORD, 0, NULL, g_quota_periods, NONE,
     "The period each quota counts over: the UTC calendar month (default) or day, or anchored (monthly from the anchor date each request supplies)."},
};
const dy_schema_object dy_schema_billing = {
    "billing", "billing", g_billing_keys, N(g_billing_keys),
    "Billing enforcement for quotas and paid features.", NULL, NULL};

/* A ban answers one of these statuses (outcome.h). */
static const char *const g_ban_statuses[] = {"403", "429", NULL};

static const dy_schema_key g_ban_keys[] = {
    {"max_denials", DY_SK_INT, 0, NULL, NULL, 1, 1000000,
     "Rate denials of one key within find_time_s that ban it (20)."},
    {"find_time_s", DY_SK_INT, 0, NULL, NULL, 1, 2592000, "The window denials are counted in (60)."},
    {"ban_time_s", DY_SK_INT, 0, NULL, NULL, 1, 31536000, "The first ban's length (600)."},
    {"ban_factor", DY_SK_INT, 0, NULL, NULL, 1, 100, "Each further ban is this many times longer (2)."},
    {"max_ban_time_s", DY_SK_INT, 0, NULL, NULL, 1, 31536000,
     "No ban is longer (86400); at least ban_time_s."},
    {"ignore", DY_SK_TEXTS, 0, NULL, NULL, NONE, "Keys never banned automatically."},
    {"status", DY_SK_INT, 0, NULL, g_ban_statuses, 403, 429,
     "How a ban answers: 403 (default) or 429, nothing between; alone, it escalates nothing."},
};
const dy_schema_object dy_schema_ban = {
    "ban", "ban", g_ban_keys, N(g_ban_keys),
    "fail2ban-style escalation: repeated rate denials ban the key (403 deny_banned).",
    NULL, NULL};

static const dy_schema_key g_rate_keys[] = {
    {"rpm", DY_SK_INT, 0, NULL, NULL, 1, 1000000000, "Requests per minute."},
    {"rps", DY_SK_INT, 0, NULL, NULL, 1, 1000000000, "Requests per second."},
    {"rph", DY_SK_INT, 0, NULL, NULL, 1, 1000000000, "Requests per hour."},
    {"rpd", DY_SK_INT, 0, NULL, NULL, 1, 1000000000, "Requests per day."},
    {"burst", DY_SK_INT, 0, NULL, NULL, 1, 1000000000, "Requests allowed at once (1)."},
};
const dy_schema_object dy_schema_rate = {
    "rate", "rate", g_rate_keys, N(g_rate_keys),
    "One rate of a limit of several: exactly one of rpm, rps, rph, rpd.", g_rates, NULL};

static const dy_schema_key g_limit_keys[] = {
    {"rpm", DY_SK_INT, 0, NULL, NULL, 1, 1000000000, "Requests per minute."},
    {"rps", DY_SK_INT, 0, NULL, NULL, 1, 1000000000, "Requests per second."},
    {"rph", DY_SK_INT, 0, NULL, NULL, 1, 1000000000, "Requests per hour."},
    {"rpd", DY_SK_INT, 0, NULL, NULL, 1, 1000000000, "Requests per day."},
    {"burst", DY_SK_INT, 0, NULL, NULL, 1, 1000000000, "Requests allowed at once (1)."},
    {"rates", DY_SK_LIST_OF, 0, &dy_schema_rate, NULL, NONE,
     "Several rates (at most 4, one per period): a request must pass every one."},
    {"quota", DY_SK_TEXT, 0, NULL, NULL, NONE, "A quota of the plan this limit counts against."},
    {"on_backend_failure", DY_SK_WORD, 0, NULL, g_on_failure, NONE,
     "What a shared-backend outage does."},
    {"ban", DY_SK_OBJECT, 0, &dy_schema_ban, NULL, NONE, "Ban keys that keep being denied."},
    {"shadow", DY_SK_BOOL, 0, NULL, NULL, NONE,
     "Decide, count what would be denied (allow_shadow), but allow."},
    {"at_capacity", DY_SK_WORD, 0, NULL, g_at_capacity, NONE,
     "A new key while the limiter's table is full: deny (429, the default) or admit "
     "untracked (allow_untracked)."},
};
const dy_schema_object dy_schema_limit = {
    "limit", "limit", g_limit_keys, N(g_limit_keys),
    "A rate limit: exactly one of rpm, rps, rph, rpd, or rates (a list of them).",
    g_rates_or_list, NULL};

static const dy_schema_key g_plan_keys[] = {
    {"name", DY_SK_TEXT, 1, NULL, NULL, NONE, "The plan's name."},
    {"description", DY_SK_TEXT, 0, NULL, NULL, NONE, "For people."},
    {"limits", DY_SK_MAP_OF, 0, &dy_schema_limit, g_limit_words, NONE,
     "Each limit: a rate, or unlimited, or none (the plan does not offer it)."},
    {"quotas", DY_SK_MAP_OF_INT, 0, NULL, NULL, 0, INT64_MAX / 2, "Hard quotas by name."},
    {"features", DY_SK_TEXTS, 0, NULL, NULL, NONE, "Paid features the plan includes."},
};
const dy_schema_object dy_schema_plan = {
    "plan", "plan", g_plan_keys, N(g_plan_keys),
    "A plan, cheapest first in plans.", NULL, NULL};

static const dy_schema_key g_redis_keys[] = {
    {"url", DY_SK_TEXT, 1, NULL, NULL, NONE, "redis://host:port/db"},
    {"password_env", DY_SK_ENV_NAME, 0, NULL, NULL, NONE, "The variable holding the password."},
    {"db", DY_SK_INT, 0, NULL, NULL, 0, 1000000, "The database number."},
    {"connect_timeout_ms", DY_SK_INT, 0, NULL, NULL, 1, 60000, "Connect timeout."},
    {"command_timeout_ms", DY_SK_INT, 0, NULL, NULL, 1, 60000, "Command timeout."},
    {"near_cache", DY_SK_BOOL, 0, NULL, NULL, NONE, "Deny locally what Redis already denied."},
    {"key_prefix", DY_SK_TEXT, 0, NULL, NULL, NONE, "Prefix of every key."},
};
const dy_schema_object dy_schema_redis = {
    "redis", "backend.redis", g_redis_keys, N(g_redis_keys),
    "The Redis backend's connection.", NULL, NULL};

static const dy_schema_key g_backend_keys[] = {
    {"redis", DY_SK_OBJECT, 1, &dy_schema_redis, NULL, NONE, "Shared limits in Redis."},
};
const dy_schema_object dy_schema_backend = {
    "backend", "backend", g_backend_keys, N(g_backend_keys),
    "Where limiter state is shared.", NULL, NULL};

static const dy_schema_key g_support_role_keys[] = {
    {"actions", DY_SK_WORDS, 1, NULL, g_access_actions, NONE,
     "What the role may do: view_as, admin, limit_reset (at least one)."},
    {"max_minutes", DY_SK_INT, 1, NULL, NULL, 1, 7 * 24 * 60,
     "The longest grant of view_as or admin, in minutes."},
};
const dy_schema_object dy_schema_support_role = {
    "support_role", "support role", g_support_role_keys, N(g_support_role_keys),
    "A staff role and the actions it may take on a tenant.", NULL, NULL};

static const dy_schema_key g_support_keys[] = {
    {"reason_min_length", DY_SK_INT, 0, NULL, NULL, 1, 1000,
     "A reason's shortest length in characters, blanks trimmed (20)."},
    {"ticket", DY_SK_TEXT, 0, NULL, NULL, NONE,
     "A PCRE2 pattern every ticket must match; set, a ticket is required."},
    {"roles", DY_SK_MAP_OF, 1, &dy_schema_support_role, NULL, NONE, "Staff roles by name."},
};
const dy_schema_object dy_schema_support = {
    "support", "support", g_support_keys, N(g_support_keys),
    "Staff actions on tenants (view_as, admin, limit_reset): who, how long, with what reason.",
    NULL, NULL};

static const dy_schema_key g_override_keys[] = {
    {"tenant", DY_SK_TEXT, 1, NULL, NULL, 1, 127, "The tenant key, as requests give it (at most 127 bytes)."},
    {"limit", DY_SK_TEXT, 1, NULL, NULL, NONE, "A limit some plan gives a rate."},
    {"rpm", DY_SK_INT, 0, NULL, NULL, 1, 1000000000, "Requests per minute."},
    {"rps", DY_SK_INT, 0, NULL, NULL, 1, 1000000000, "Requests per second."},
    {"rph", DY_SK_INT, 0, NULL, NULL, 1, 1000000000, "Requests per hour."},
    {"rpd", DY_SK_INT, 0, NULL, NULL, 1, 1000000000, "Requests per day."},
    {"burst", DY_SK_INT, 1, NULL, NULL, 1, 1000000000, "Requests allowed at once."},
    {"reason", DY_SK_TEXT, 0, NULL, NULL, NONE, "Why (at most 63 bytes); the decision carries it."},
    {"expires", DY_SK_DATE, 0, NULL, NULL, NONE, "The last day it applies (UTC), YYYY-MM-DD."},
};
const dy_schema_object dy_schema_override = {
    "override", "override", g_override_keys, N(g_override_keys),
    "One tenant's rate and burst for one limit, instead of its plan's: exactly one of rpm, "
    "rps, rph, rpd. It replaces every rate of a limit of several.", g_rates, NULL};

static const dy_schema_key g_postmortem_section_keys[] = {
    {"id", DY_SK_TEXT, 1, NULL, NULL, NONE,
     "The section's id (a-z, 0-9, '-', '_'), the key of its findings."},
    {"title", DY_SK_TEXT, 1, NULL, NULL, NONE,
     "The heading the template prints; a heading with this text matches."},
    {"headings", DY_SK_TEXTS, 0, NULL, NULL, NONE,
     "Other headings that match (case, blanks, a leading number and a trailing ':' ignored)."},
    {"kind", DY_SK_WORD, 0, NULL, g_postmortem_kinds, NONE,
     "text (default); timeline: every entry starts with a time, in order; actions: every "
     "entry names an owner."},
};
const dy_schema_object dy_schema_postmortem_section = {
    "postmortem_section", "postmortem section", g_postmortem_section_keys,
    N(g_postmortem_section_keys), "A section every post-incident report must have.", NULL, NULL};

static const dy_schema_key g_postmortem_keys[] = {
    {"max_bytes", DY_SK_INT, 0, NULL, NULL, 1, 1024 * 1024,
     "The largest report accepted, in bytes (262144)."},
    {"placeholders", DY_SK_TEXTS, 0, NULL, NULL, NONE,
     "Text that marks a report as unfinished (<fill>, TODO, TBD, ...)."},
    {"sections", DY_SK_LIST_OF, 1, &dy_schema_postmortem_section, NULL, NONE,
     "The required sections, in the template's order."},
};
const dy_schema_object dy_schema_postmortem = {
    "postmortem", "postmortem", g_postmortem_keys, N(g_postmortem_keys),
    "What a post-incident report must contain (dayone report lint).", NULL, NULL};
static const char *const g_component_states[] = {"operational", "under_maintenance",
                                                 "degraded_performance", "partial_outage",
                                                 "major_outage", NULL};
static const char *const g_alerts[] = {"page", "ticket", NULL};
static const char *const g_measures[] = {"success", "errors", NULL};
static const char *const g_status_check_kinds[] = {"health", "burn_rate", "threshold", NULL};

static const dy_schema_key g_burn_pair_keys[] = {
    {"long", DY_SK_TEXT, 1, NULL, NULL, NONE, "The long window (1h); also the fact key."},
    {"short", DY_SK_TEXT, 1, NULL, NULL, NONE, "The short window (5m); also the fact key."},
    {"factor", DY_SK_NUMBER, 1, NULL, NULL, NONE,
     "The burn rate both windows must exceed (14.4)."},
    {"alert", DY_SK_WORD, 1, NULL, g_alerts, NONE, "page or ticket."},
    {"state", DY_SK_WORD, 1, NULL, g_component_states, NONE, "The state a firing pair means."},
};
const dy_schema_object dy_schema_burn_pair = {
    "burn_pair", "burn-rate window pair", g_burn_pair_keys, N(g_burn_pair_keys),
    "A multiwindow burn-rate alert: fires when the error rate over both windows is above "
    "factor times the error budget.", NULL, NULL};

static const dy_schema_key g_status_step_keys[] = {
    {"value", DY_SK_NUMBER, 1, NULL, NULL, NONE, "The bound (strictly above it moves)."},
    {"state", DY_SK_WORD, 1, NULL, g_component_states, NONE, "The state above the bound."},
};
const dy_schema_object dy_schema_status_step = {
    "status_step", "threshold step", g_status_step_keys, N(g_status_step_keys),
    "A bound of a threshold check and the state above it.", NULL, NULL};

static const dy_schema_key g_status_check_keys[] = {
    {"name", DY_SK_TEXT, 1, NULL, NULL, NONE, "The check's name, cited by reasons."},
    {"health", DY_SK_FACT_KEY, 0, NULL, NULL, NONE,
     "A health endpoint's response code fact."},
    {"expect", DY_SK_TEXT, 0, NULL, NULL, NONE, "health: the healthy value (200)."},
    {"state", DY_SK_WORD, 0, NULL, g_component_states, NONE,
     "health: the state otherwise (major_outage)."},
    {"burn_rate", DY_SK_FACT_KEY, 0, NULL, NULL, NONE,
     "The prefix of a rate's window facts: FACT.1h, FACT.5m, ... (percent)."},
    {"measures", DY_SK_WORD, 0, NULL, g_measures, NONE,
     "burn_rate: success (a success rate) or errors (an error rate such as 5xx)."},
    {"objective", DY_SK_TEXT, 0, NULL, NULL, NONE, "burn_rate: the SLO in percent (99.9%)."},
    {"threshold", DY_SK_FACT_KEY, 0, NULL, NULL, NONE, "A number fact judged against over:."},
    {"per", DY_SK_FACT_KEY, 0, NULL, NULL, NONE,
     "threshold: divide by this fact first (a baseline, a pool size)."},
    {"over", DY_SK_LIST_OF, 0, &dy_schema_status_step, NULL, NONE,
     "threshold: the bounds, each with the state above it."},
};
const dy_schema_object dy_schema_status_check = {
    "status_check", "status check", g_status_check_keys, N(g_status_check_keys),
    "One check of a component: exactly one of health, burn_rate, threshold.",
    g_status_check_kinds, NULL};

static const dy_schema_key g_status_component_keys[] = {
    {"maintenance", DY_SK_FACT_KEY, 0, NULL, NULL, NONE,
     "A boolean fact: true puts the component under maintenance."},
    {"checks", DY_SK_LIST_OF, 1, &dy_schema_status_check, NULL, NONE, "The component's checks."},
};
const dy_schema_object dy_schema_status_component = {
    "status_component", "status component", g_status_component_keys,
    N(g_status_component_keys), "A component of the status page.", NULL, NULL};

static const dy_schema_key g_status_keys[] = {
    {"published", DY_SK_FACT_KEY, 0, NULL, NULL, NONE,
     "The prefix of the published states: <published>.<component> (status-drift)."},
    {"observed_at", DY_SK_FACT_KEY, 0, NULL, NULL, NONE,
     "The fact holding when monitoring exported the facts (RFC 3339); needs max_age."},
    {"max_age", DY_SK_TEXT, 0, NULL, NULL, NONE,
     "observed_at no older than now minus this (15m), else every component is unknown "
     "(status-stale)."},
    {"burn_rate_windows", DY_SK_LIST_OF, 0, &dy_schema_burn_pair, NULL, NONE,
     "The window pairs every burn_rate check uses (default: the SRE workbook's four)."},
    {"components", DY_SK_MAP_OF, 1, &dy_schema_status_component, NULL, NONE,
     "The components, in page order."},
};
const dy_schema_object dy_schema_status = {
    "status", "status", g_status_keys, N(g_status_keys),
    "Component status for the status page, computed from health facts (docs/status.md).",
    NULL, NULL};

static const dy_schema_key g_policy_keys[] = {
    {"version", DY_SK_INT, 1, NULL, NULL, 1, 1, "The policy language version: 1."},
    {"flags", DY_SK_MAP_OF, 0, &dy_schema_flag, NULL, NONE, "Named booleans."},
    {"profiles", DY_SK_TEXTS, 0, NULL, NULL, NONE,
     "The policy's own profile names (startup, deploy, daily, incident are predeclared)."},
    {"environment", DY_SK_OBJECT, 0, &dy_schema_environment, NULL, NONE,
     "Environments and production."},
    {"posture", DY_SK_LIST_OF, 0, &dy_schema_posture_rule, NULL, NONE, "Launch posture rules."},
    {"secrets", DY_SK_LIST_OF, 0, &dy_schema_secret, NULL, NONE, "Required secrets."},
    {"distinct", DY_SK_LIST_OF, 0, &dy_schema_distinct, NULL, NONE, "Secrets that must differ."},
    {"waivers", DY_SK_LIST_OF, 0, &dy_schema_waiver, NULL, NONE, "Temporary exceptions."},
    {"billing", DY_SK_OBJECT, 0, &dy_schema_billing, NULL, NONE, "Billing enforcement."},
    {"features", DY_SK_TEXTS, 0, NULL, NULL, NONE, "The catalogue of paid features."},
    {"plans", DY_SK_LIST_OF, 0, &dy_schema_plan, NULL, NONE, "Plans, cheapest first."},
    {"backend", DY_SK_OBJECT, 0, &dy_schema_backend, NULL, NONE, "Shared limiter state."},
    {"support", DY_SK_OBJECT, 0, &dy_schema_support, NULL, NONE,
     "Staff actions and the reasons they need."},
    {"overrides", DY_SK_LIST_OF, 0, &dy_schema_override, NULL, NONE,
     "Per-tenant rates and bursts of limits, instead of the plan's."},
    {"postmortem", DY_SK_OBJECT, 0, &dy_schema_postmortem, NULL, NONE,
     "What a post-incident report must contain."},
    {"status", DY_SK_OBJECT, 0, &dy_schema_status, NULL, NONE,
     "Component status for the status page."},
};
const dy_schema_object dy_schema_policy = {
    "policy", "policy", g_policy_keys, N(g_policy_keys),
    "A libdayone policy (version 1): launch posture, required secrets, plans and limits.",
    NULL, NULL};

/* ---- keys ---------------------------------------------------------------- */

int dy_schema_check_keys(dy_yctx *ctx, const dy_ynode *map, const dy_schema_object *obj)
{
    if (ctx->keys_known)
        return DAYONE_OK;
    for (size_t i = 0; i < map->n; i++) {
        const char *k = map->keys[i]->str;
        size_t j = 0;
        /* the first byte settles most of the ~50 rule keys without a call */
        while (j < obj->nkeys &&
               (obj->keys[j].name[0] != k[0] || strcmp(obj->keys[j].name, k) != 0))
            j++;
        if (j < obj->nkeys)
            continue;
        dy_y_names list = DY_Y_NAMES_INIT;
        for (j = 0; j < obj->nkeys; j++)
            dy_y_names_add(&list, obj->keys[j].name);
        return dy_y_error(ctx, map->keys[i], "unknown key '%.64s' in %s (expected one of: %s)",
                          k, obj->what, list.text);
    }
    return DAYONE_OK;
}

/* ---- JSON Schema ---------------------------------------------------------- */

/* What the schema says beyond the keys (the loader enforces these in code):
 * sections that may be null (empty), names a mapping's keys must have,
 * and lists with a minimum length. */
static const struct schema_extra {
    const dy_schema_object *object;
    const char *key;
    int nullable;
    const char *names;      /* pattern every key of the mapping matches */
    int min_items;
} g_extras[] = {
    {&dy_schema_policy, "flags", 1, "^[A-Za-z0-9_-]+$", 0},
    {&dy_schema_policy, "environment", 1, NULL, 0},
    {&dy_schema_policy, "profiles", 1, NULL, 0},
    {&dy_schema_posture_rule, "profiles", 0, NULL, 1},
    {&dy_schema_secret, "profiles", 0, NULL, 1},
    {&dy_schema_policy, "posture", 1, NULL, 0},
    {&dy_schema_policy, "secrets", 1, NULL, 0},
    {&dy_schema_policy, "distinct", 1, NULL, 0},
    {&dy_schema_policy, "waivers", 1, NULL, 0},
    {&dy_schema_policy, "billing", 1, NULL, 0},
    {&dy_schema_policy, "features", 1, NULL, 0},
    {&dy_schema_policy, "plans", 1, NULL, 0},
    {&dy_schema_policy, "backend", 1, NULL, 0},
    {&dy_schema_policy, "support", 1, NULL, 0},
    {&dy_schema_policy, "overrides", 1, NULL, 0},
    {&dy_schema_policy, "postmortem", 1, NULL, 0},
    {&dy_schema_postmortem, "sections", 0, NULL, 1},
    {&dy_schema_billing, "periods", 1, NULL, 0},
    {&dy_schema_support, "roles", 0, "^[ -~]+$", 0},
    {&dy_schema_support_role, "actions", 0, NULL, 1},
    {&dy_schema_plan, "limits", 1, "^[ -~]+$", 0},   /* a RateLimit header can carry them */
    {&dy_schema_plan, "quotas", 1, NULL, 0},
    {&dy_schema_plan, "features", 1, NULL, 0},
    {&dy_schema_distinct, "keys", 0, NULL, 2},
    {&dy_schema_environment, "values", 0, NULL, 1},
    {&dy_schema_policy, "status", 1, NULL, 0},
    {&dy_schema_status, "components", 0, "^[a-z0-9_-]{1,64}$", 0},
    {&dy_schema_status, "burn_rate_windows", 0, NULL, 1},
    {&dy_schema_status_component, "checks", 0, NULL, 1},
    {&dy_schema_status_check, "over", 0, NULL, 1},
    {&dy_schema_sequence, "order", 0, NULL, 1},
    {&dy_schema_sequence, "includes", 0, NULL, 1},
    {&dy_schema_sequence, "includes_any", 0, NULL, 1},
};

/* Lists whose items the loader wants distinct. */
static const struct schema_unique {
    const dy_schema_object *object;
    const char *key;
} g_unique[] = {
    {&dy_schema_sequence, "order"},
};

static int unique_items(const struct schema_extra *x)
{
    for (size_t i = 0; x && i < N(g_unique); i++)
        if (g_unique[i].object == x->object && strcmp(g_unique[i].key, x->key) == 0)
            return 1;
    return 0;
}

static const struct schema_extra *extra_of(const dy_schema_object *o, const char *key)
{
    for (size_t i = 0; i < N(g_extras); i++)
        if (g_extras[i].object == o && strcmp(g_extras[i].key, key) == 0)
            return &g_extras[i];
    return NULL;
}

static const dy_schema_object *const g_objects[] = {
    &dy_schema_flag, &dy_schema_environment, &dy_schema_condition, &dy_schema_posture_rule,
    &dy_schema_secret, &dy_schema_distinct, &dy_schema_waiver, &dy_schema_billing,
    &dy_schema_rate, &dy_schema_limit, &dy_schema_plan, &dy_schema_redis, &dy_schema_backend,
    &dy_schema_fact_bound, &dy_schema_ratio, &dy_schema_each,
    &dy_schema_sequence, &dy_schema_intervals, &dy_schema_deadline,
    &dy_schema_hours, &dy_schema_count_by,
    &dy_schema_support_role, &dy_schema_support,
    &dy_schema_ban, &dy_schema_override,
    &dy_schema_postmortem_section, &dy_schema_postmortem,
    &dy_schema_burn_pair, &dy_schema_status_step, &dy_schema_status_check,
    &dy_schema_status_component, &dy_schema_status,
};

static void put_str(dy_strbuf *b, const char *s)
{
    dy_strbuf_putc(b, '"');
    dy_strbuf_json_escape(b, s);
    dy_strbuf_putc(b, '"');
}

static void put_words(dy_strbuf *b, const char *const *w)
{
    dy_strbuf_puts(b, "[");
    for (size_t i = 0; w[i]; i++) {
        if (i)
            dy_strbuf_puts(b, ", ");
        put_str(b, w[i]);
    }
    dy_strbuf_puts(b, "]");
}

static void put_bounds(dy_strbuf *b, const dy_schema_key *k)
{
    if (k->min > k->max)
        return;
    dy_strbuf_printf(b, ", \"minimum\": %" PRId64 ", \"maximum\": %" PRId64, k->min, k->max);
}

#define TEXT_TYPES "\"type\": [\"string\", \"number\", \"boolean\"]"
#define ENV_NAME "\"type\": \"string\", \"pattern\": \"^[A-Za-z_][A-Za-z0-9_]*$\""
/* A variable name or a fact address: keys without '.', '[', ']', blanks or
 * control characters, separated by '.', each followed by any [index]; an
 * address has at least one '.' or [index] (policy_load_facts.c). */
#define FACT_KEY "\"type\": \"string\", \"pattern\": \"^([A-Za-z_][A-Za-z0-9_]*|[^.\\\\[\\\\]\\\\s]+(\\\\[(0|[1-9][0-9]{0,8})\\\\])*(\\\\.[^.\\\\[\\\\]\\\\s]+(\\\\[(0|[1-9][0-9]{0,8})\\\\])*)+|[^.\\\\[\\\\]\\\\s]+(\\\\[(0|[1-9][0-9]{0,8})\\\\])+(\\\\.[^.\\\\[\\\\]\\\\s]+(\\\\[(0|[1-9][0-9]{0,8})\\\\])*)*)$\""

static void put_value(dy_strbuf *b, const dy_schema_key *k, const struct schema_extra *x)
{
    if (x && x->nullable)
        dy_strbuf_puts(b, "{\"anyOf\": [{\"type\": \"null\"}, ");
    switch (k->kind) {
    case DY_SK_TEXT:
        dy_strbuf_puts(b, "{" TEXT_TYPES);
        if (k->min <= k->max) /* a string's least length (characters) */
            dy_strbuf_printf(b, ", \"minLength\": %" PRId64, k->min);
        break;
    case DY_SK_ENV_NAME:
        dy_strbuf_puts(b, "{" ENV_NAME);
        break;
    case DY_SK_FACT_KEY:
        dy_strbuf_puts(b, "{" FACT_KEY);
        break;
    case DY_SK_BOOL:
        dy_strbuf_puts(b, "{\"type\": \"boolean\"");
        break;
    case DY_SK_INT:
        dy_strbuf_puts(b, "{\"type\": \"integer\"");
        if (k->words) { /* only these values (written as integers) */
            dy_strbuf_puts(b, ", \"enum\": [");
            for (size_t i = 0; k->words[i]; i++)
                dy_strbuf_printf(b, "%s%s", i ? ", " : "", k->words[i]);
            dy_strbuf_puts(b, "]");
        }
        put_bounds(b, k);
        break;
    case DY_SK_NUMBER:
        dy_strbuf_puts(b, "{\"type\": \"number\"");
        put_bounds(b, k);
        break;
    case DY_SK_DATE:
        dy_strbuf_puts(b, "{\"type\": \"string\", \"pattern\": \"^[0-9]{4}-[0-9]{2}-[0-9]{2}$\"");
        break;
    case DY_SK_WORD:
        dy_strbuf_puts(b, "{\"enum\": ");
        put_words(b, k->words);
        break;
    case DY_SK_FORMAT:
        dy_strbuf_puts(b, "{\"enum\": [");
        for (int f = DY_FMT_URL; f <= DY_FMT_LAST; f++) {
            if (f != DY_FMT_URL)
                dy_strbuf_puts(b, ", ");
            put_str(b, dy_format_name((dy_format)f));
        }
        dy_strbuf_puts(b, "]");
        break;
    case DY_SK_TEXTS:
        dy_strbuf_puts(b, "{\"type\": \"array\", \"items\": {" TEXT_TYPES "}");
        break;
    case DY_SK_WORDS:
        dy_strbuf_puts(b, "{\"type\": \"array\", \"uniqueItems\": true, \"items\": {\"enum\": ");
        put_words(b, k->words);
        dy_strbuf_puts(b, "}");
        break;
    case DY_SK_MAP_OF_WORD:
        dy_strbuf_puts(b, "{\"type\": \"object\", \"additionalProperties\": {\"enum\": ");
        put_words(b, k->words);
        dy_strbuf_puts(b, "}");
        break;
    case DY_SK_ENV_NAMES:
        dy_strbuf_puts(b, "{\"type\": \"array\", \"items\": {" ENV_NAME "}");
        break;
    case DY_SK_OBJECT:
        dy_strbuf_printf(b, "{\"$ref\": \"#/$defs/%s\"", k->object->id);
        break;
    case DY_SK_LIST_OF:
        if (k->object == &dy_schema_distinct)   /* {id, keys} or a plain list of keys */
            dy_strbuf_puts(b, "{\"type\": \"array\", \"items\": {\"anyOf\": [{\"$ref\": "
                        "\"#/$defs/distinct\"}, {\"type\": \"array\", \"items\": {" ENV_NAME
                        "}}]}");
        else
            dy_strbuf_printf(b, "{\"type\": \"array\", \"items\": {\"$ref\": \"#/$defs/%s\"}",
                          k->object->id);
        break;
    case DY_SK_MAP_OF:
        dy_strbuf_printf(b, "{\"type\": \"object\", \"additionalProperties\": ");
        if (k->words && k->object == &dy_schema_limit) { /* or a list of rates */
            dy_strbuf_printf(b, "{\"anyOf\": [{\"$ref\": \"#/$defs/%s\"}, {\"type\": "
                          "\"array\", \"minItems\": 1, \"maxItems\": %d, \"items\": "
                          "{\"$ref\": \"#/$defs/%s\"}}, {\"enum\": ", k->object->id,
                          DY_LIMIT_RATES_MAX, dy_schema_rate.id);
            put_words(b, k->words);
            dy_strbuf_puts(b, "}]}");
        } else if (k->words) {
            dy_strbuf_printf(b, "{\"anyOf\": [{\"$ref\": \"#/$defs/%s\"}, {\"enum\": ",
                          k->object->id);
            put_words(b, k->words);
            dy_strbuf_puts(b, "}]}");
        } else {
            dy_strbuf_printf(b, "{\"$ref\": \"#/$defs/%s\"}", k->object->id);
        }
        break;
    case DY_SK_MAP_OF_INT:
        dy_strbuf_puts(b, "{\"type\": \"object\", \"additionalProperties\": {\"type\": \"integer\"");
        put_bounds(b, k);
        dy_strbuf_puts(b, "}");
        break;
    case DY_SK_CONDITION:
        if (strcmp(k->name, "not") == 0 || strcmp(k->name, "when") == 0)
            dy_strbuf_puts(b, "{\"$ref\": \"#/$defs/condition\"");
        else
            dy_strbuf_puts(b, "{\"type\": \"array\", \"minItems\": 1, \"items\": "
                        "{\"$ref\": \"#/$defs/condition\"}");
        break;
    }
    if (x && x->names)
        dy_strbuf_printf(b, ", \"propertyNames\": {\"pattern\": \"%s\"}", x->names);
    if (x && x->min_items)
        dy_strbuf_printf(b, ", \"minItems\": %d", x->min_items);
    if (unique_items(x))
        dy_strbuf_puts(b, ", \"uniqueItems\": true");
    if (x && x->nullable)
        dy_strbuf_puts(b, "}]");
    if (k->description) {
        dy_strbuf_puts(b, ", \"description\": ");
        put_str(b, k->description);
    }
    dy_strbuf_puts(b, "}");
}

/* "exactly one of" these keys. */
static void put_one_of(dy_strbuf *b, const char *const *keys)
{
    dy_strbuf_puts(b, ", \"oneOf\": [");
    for (size_t i = 0; keys[i]; i++)
        dy_strbuf_printf(b, "%s{\"required\": [\"%s\"]}", i ? ", " : "", keys[i]);
    dy_strbuf_puts(b, "]");
}

static void put_object(dy_strbuf *b, const dy_schema_object *o)
{
    dy_strbuf_puts(b, "{\"type\": \"object\", \"description\": ");
    put_str(b, o->description);
    dy_strbuf_puts(b, ", \"additionalProperties\": false, \"properties\": {");
    int any_required = 0;
    for (size_t i = 0; i < o->nkeys; i++) {
        dy_strbuf_printf(b, "%s\"%s\": ", i ? ", " : "", o->keys[i].name);
        put_value(b, &o->keys[i], extra_of(o, o->keys[i].name));
        any_required |= o->keys[i].required;
    }
    dy_strbuf_puts(b, "}");
    if (any_required) {
        dy_strbuf_puts(b, ", \"required\": [");
        int first = 1;
        for (size_t i = 0; i < o->nkeys; i++) {
            if (!o->keys[i].required)
                continue;
            dy_strbuf_printf(b, "%s\"%s\"", first ? "" : ", ", o->keys[i].name);
            first = 0;
        }
        dy_strbuf_puts(b, "]");
    }
    if (o->one_of)
        put_one_of(b, o->one_of);
    if (o == &dy_schema_limit) /* each rate of rates: takes its own burst */
        dy_strbuf_puts(b, ", \"dependentSchemas\": {\"rates\": {\"not\": {\"required\": "
                          "[\"burst\"]}}}");
    for (size_t i = 0; i < o->nkeys; i++)
        if (o->keys[i].kind == DY_SK_FORMAT)   /* format: enum needs values: [...] */
            dy_strbuf_puts(b, ", \"if\": {\"properties\": {\"format\": {\"const\": \"enum\"}}, "
                        "\"required\": [\"format\"]}, \"then\": {\"required\": [\"values\"]}");
    if (o->alone) {
        /* flag, all, any, not stand alone; var and fact take exactly one of equals, in, set */
        dy_strbuf_puts(b, ", \"allOf\": [");
        for (size_t i = 0; o->alone[i]; i++)
            dy_strbuf_printf(b, "%s{\"if\": {\"required\": [\"%s\"]}, \"then\": "
                          "{\"maxProperties\": 1}}", i ? ", " : "", o->alone[i]);
        dy_strbuf_puts(b, ", {\"if\": {\"anyOf\": [{\"required\": [\"var\"]}, "
                    "{\"required\": [\"fact\"]}]}, \"then\": {\"minProperties\": 2");
        put_one_of(b, g_var_tests);
        dy_strbuf_puts(b, "}, \"else\": {\"not\": {\"anyOf\": [{\"required\": [\"equals\"]}, "
                    "{\"required\": [\"in\"]}, {\"required\": [\"set\"]}]}}}]");
    }
    dy_strbuf_puts(b, "}");
}

char *dy_schema_json(void)
{
    dy_strbuf b = DY_STRBUF_INIT;
    dy_strbuf_puts(&b, "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"
                "  \"$id\": \"" DY_SCHEMA_ID "\",\n  \"title\": \"libdayone policy\",\n");
    dy_strbuf_puts(&b, "  \"$defs\": {\n");
    for (size_t i = 0; i < N(g_objects); i++) {
        dy_strbuf_printf(&b, "    \"%s\": ", g_objects[i]->id);
        put_object(&b, g_objects[i]);
        dy_strbuf_puts(&b, i + 1 < N(g_objects) ? ",\n" : "\n");
    }
    dy_strbuf_puts(&b, "  },\n  \"allOf\": [");
    put_object(&b, &dy_schema_policy);
    dy_strbuf_puts(&b, "]\n}\n");
    return dy_strbuf_detach(&b, NULL);
}

int dayone_policy_schema(char **out, dayone_error *err)
{
    if (!out)
        return dy_fail(err, DAYONE_EINVAL, "dayone_policy_schema: out must not be NULL");
    *out = dy_schema_json();
    return *out ? DAYONE_OK : dy_fail(err, DAYONE_ENOMEM, "out of memory");
}
