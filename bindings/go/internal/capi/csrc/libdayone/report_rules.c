/* report_rules.c - the rule catalogue (see report_rules.h). Keep it in step
 * with docs/rules.md: tests/report/validate.py fails when they differ. */
#include <string.h>
#include "report_rules.h"

static const dy_rule_doc g_rules[] = {
    {"secret-required", "A required variable is set and not blank.",
     "The policy requires this variable (every secret, unless it says required: false, "
     "and posture rules with required: true) and it is unset, empty or only whitespace. "
     "A service started without it fails at the first request that needs it, long after "
     "the deploy looked fine. When the rule is conditional, the finding says which flag "
     "or value made it apply.",
     "Set the variable in the deployment's environment or secrets manager, or set "
     "NAME_FILE to a file that holds it. If the requirement comes from a flag (for "
     "example BILLING_ENABLED=true), either provide the secret or turn the flag off.", 0},
    {"secret-min-length", "A secret is at least as long as the policy requires.",
     "The value is shorter than the rule's min_length (in characters). Short keys are "
     "guessable and are usually a truncated paste or a test value.",
     "Generate a new random value of at least the required length, for example "
     "`openssl rand -base64 48`, and store it in the secrets manager.", 0},
    {"secret-max-length", "A secret is no longer than the policy allows.",
     "The value is longer than the rule's max_length. An over-long value is usually two "
     "values pasted together or a value with a stray suffix.",
     "Check the value in the secrets manager and store only the secret itself.", 0},
    {"secret-format", "A value has the format the policy requires.",
     "The value does not have the rule's format (URL with allowed schemes, database URL "
     "with a host, base64/hex key of the required decoded size, Stripe key prefix, UUID, "
     "integer range, port, enum, boolean), or fails the rule's equals, one_of or is.",
     "Replace the value with one of the expected format; the finding names the format "
     "and, for keys, the decoded size expected.", 0},
    {"secret-placeholder", "A secret is not a placeholder.",
     "The value is a placeholder such as changeme, <fill-me>, ${VAR} or xxx, or equals "
     "the value in the .env.example given with --example: a secret that was never set "
     "for real.",
     "Generate or fetch the real secret and store it; never deploy the example value.", 0},
    {"secret-entropy", "A secret has at least the entropy the policy requires.",
     "The estimated entropy of the value (in bits) is below the rule's min_entropy: it "
     "repeats characters or follows a pattern, so it is much easier to guess than its "
     "length suggests.",
     "Generate the value with a cryptographic random generator, for example "
     "`openssl rand -base64 48`.", 0},
    {"secret-pattern", "A value matches the policy's pattern.",
     "The value does not match the rule's regular expression (pattern:).",
     "Set a value that matches the pattern declared in the policy.", 0},
    {"secret-stripe-mode", "Stripe keys match the deployment mode.",
     "A Stripe test-mode key (sk_test_, rk_test_) in launch mode or production is an "
     "error: payments would silently go to the test account. A live key outside "
     "production is a warning: tests would charge real cards.",
     "Use the live key (sk_live_/rk_live_) in production and a test key elsewhere.", 0},
    {"secret-file", "A NAME_FILE secret is readable and not set twice.",
     "NAME_FILE names a file that could not be read (missing, unreadable, too large, "
     "contains NUL), or both NAME and NAME_FILE are set, so it is unclear which one the "
     "service uses.",
     "Point NAME_FILE at a readable file that holds only the secret, or unset one of "
     "NAME and NAME_FILE.", 0},
    {"flag-not-boolean", "A feature-flag variable holds a boolean.",
     "A flag variable is set to something other than true/false, 1/0, yes/no or on/off "
     "(any case). The flag then counts as its default, which is rarely what was meant.",
     "Set the variable to true or false.", 0},
    {"fact-missing", "A fact a rule needs was handed over.",
     "A fact rule's fact (an address such as `backup.db.last_success_at`, or a variable name found in neither the environment nor the facts) is absent, null or blank; fact rules are required unless they say `required: false`. Also the other fact of `not_before`, `not_after`, `ratio`, `differs_from` or `count_by` when it is missing, and an `each:` element's fact.",
     "Provide the fact in a facts document (`--facts FILE`), or correct the rule's address.", 0},
    {"fact-format", "A fact has the shape and format the rule expects.",
     "The fact is not in the rule's format (a `timestamp` without an offset, a `percent` without `%`, ...), fails `equals`, `one_of`, `pattern` or a length check, is a list where one value is expected (or the reverse), or is a mapping. The message names the fact and the expectation, never its value.",
     "Correct whatever writes the facts document.", 0},
    {"fact-stale", "A timestamp fact is recent enough.",
     "The timestamp is older than now minus the rule's `max_age` (exactly `max_age` old passes). Now is `--now`, the `now_ns` option, or the real clock. The message gives the age and the allowed age.",
     "Make sure what the fact records (a backup, a restore test, a drill) ran within `max_age`, then update the facts.", 0},
    {"fact-order", "Timestamps are in the order the rule expects.",
     "A timestamp under `max_age` is later than now (a clock or a recording is wrong), or a timestamp is before `not_before` / after `not_after` (another fact plus a duration: a post-incident report published more than 48 hours after the incident was resolved).",
     "Check the order of the events, or the clock of whatever recorded them.", 0},
    {"fact-threshold", "A number, ratio or list length is within the policy's bounds.",
     "A `number` or `percent` fact outside `min`/`max`, a `ratio` of two facts outside its bounds (or a divisor that is not above zero, which fails closed), a list shorter than `min_items` or longer than `max_items`, or more elements of a list sharing one value of `count_by`'s key than its `max` (times its baseline fact `of`) allows. Comparisons are exact decimals.",
     "Bring the value within the bounds, or correct the facts.", 0},
    {"fact-contains", "A list takes the values the rule expects.",
     "A `sequence:` check on a list: no element takes a value of `includes` (a drill that never reached `identified`), or none takes any value of `includes_any` (an incident whose components name none of the affected areas). The message names the list and the policy's value, never an element's value.",
     "Record the missing step in the facts (or find out why it was skipped), or name what was affected.", 0},
    {"fact-gap", "Consecutive timestamps of a list are close enough.",
     "An `intervals:` check: the gap between two consecutive elements' timestamps (status updates) is above `max` (an error) or `warn` (a warning). The finding is at the later element and gives the gap and the limit. An element earlier than the one before it is `fact-order`.",
     "Post updates at the policy's cadence (the playbook: every 30-60 minutes while an incident is open).", 0},
    {"fact-overdue", "A fact due by a deadline is there in time.",
     "A `deadline:` check: the fact (a post-incident report's `published_at`) is absent and now is past its deadline (`after` + `within`: an error), or in the last `warn` before it (a warning). Published after the deadline is `fact-order`.",
     "Publish what is due (the post-incident report) and record when, before the deadline.", 0},
    {"fact-distinct", "Facts that must differ are not the same.",
     "A fact equals the fact its rule's `differs_from` names, compared with blanks around them trimmed and ASCII case ignored: the primary and the secondary on-call are one person, so nobody backs the primary up. The message names both facts, never their value.",
     "Give the two facts different values (a second person for the secondary on-call).", 0},
    {"fact-hours", "A timestamp falls within the allowed hours.",
     "A timestamp's time of day, read at the rule's fixed UTC offset, is outside its `hours` window (`from` inclusive, `to` exclusive; a window whose end is before its start spans midnight): staff access at night, for example, which the daily review should explain.",
     "Find out why it happened outside the allowed hours (an incident, a time zone), or widen the window in the policy.", 0},
    {"secrets-distinct", "Secrets that must differ are not equal.",
     "Two variables of a distinct group hold the same value: one key reused for two "
     "purposes, so leaking one compromises both. This is also the id of a distinct group "
     "that a policy declares without an id.",
     "Generate a separate random value for the variable the finding names.", 0},
    {"postmortem-section-missing", "A post-incident report has every section the policy requires.",
     "No heading of the report matches the section: its title in the policy or one "
     "of its headings (case, blanks, a leading number such as `2.` and a trailing "
     "`:` do not matter). The finding points at the report's first line. The default "
     "policy requires the playbook's five: summary and customer impact, root cause, "
     "detection and response timeline, mitigation steps, preventative actions.",
     "Add the section under one of the headings the policy accepts; `dayone report "
     "template` prints a skeleton with every required section.", 0},
    {"postmortem-section-empty", "A required section of a post-incident report has content.",
     "The section's heading is followed by nothing (or only by sub-headings) before "
     "the next heading of the same or a higher level. The finding points at the "
     "heading.",
     "Write the section's content under its heading.", 0},
    {"postmortem-placeholder", "A post-incident report holds no placeholder.",
     "A paragraph, list item, table row or heading still holds one of the policy's "
     "placeholders (the default policy: `<fill>`, TODO, TBD, FIXME, ??? and XXX), "
     "matched as written and, for words, as whole words. One finding per block, at "
     "the placeholder; the block is then exempt from the timeline and owner rules, "
     "since its time or owner is not written yet. HTML comments are not read.",
     "Replace the placeholder with the real content.", 0},
    {"postmortem-timeline-time", "Every timeline entry of a post-incident report starts with its time.",
     "A list item or table row (its first cell) of a `timeline` section does not "
     "start with a time: a dated time in RFC 3339 (`2026-03-04T14:05Z`, seconds "
     "optional, `Z`, `UTC` or an offset, a space allowed for `T`) or `HH:MM` after a "
     "dated entry of the same timeline, whose date and offset it takes. Also a "
     "timeline section that has content but no entries.",
     "Start each entry with its time, the first one dated: `2026-03-04T14:05Z alert "
     "fired`, then `14:12 status page published`. Write the date again after "
     "midnight.", 0},
    {"postmortem-timeline-order", "A post-incident report's timeline is in order.",
     "A timeline entry's time is earlier than the time of an entry above it; the "
     "message names that entry's line. Times are compared as instants, offsets "
     "applied.",
     "List the entries in the order they happened, or correct the time that is "
     "wrong.", 0},
    {"postmortem-action-owner", "Every preventative action of a post-incident report names an owner.",
     "A list item or table row of an `actions` section names no owner: an item needs "
     "`owner: @handle` (any case, blanks around the colon), a table row either that "
     "or an `@handle` in the table's Owner column. Also an actions section that has "
     "content but no entries.",
     "Name the person or team who owns the action: `- Add a canary stage (owner: "
     "@carol)`, or an Owner column.", 0},
    {"postmortem-section-duplicate", "A required section of a post-incident report appears once.",
     "A second heading matches a section that already has one (a warning). Its "
     "content is read as part of the same section.",
     "Merge the two sections into one.", 0},
    {"status-health", "A component's health endpoint answers as expected.",
     "A `health` check of the policy's `status:` section: the fact holding the endpoint's response code (`api.health.status_code`) is not the expected value (`expect`, 200), so the component takes the check's state (`major_outage`). A warning: it describes the platform; `dayone status` fails on drift, not on an outage the page already shows.",
     "Investigate the component, and publish its state on the status page.", 0},
    {"status-burn-rate", "A component's error budget is not burning faster than the alert pairs allow.",
     "A `burn_rate` check: with objective O the error budget is B = 100% - O, and a window pair (long, short, factor) fires when the error rate over both windows is strictly above factor times B (the SRE workbook's multiwindow, multi-burn-rate alerts: 1h/5m at 14.4 and 6h/30m at 6 page, 1d/2h at 3 and 3d/6h at 1 open a ticket). The error rate is the 5xx rate or 100% minus the success rate, read from the facts FACT.1h, FACT.5m, ... Exact decimals. A warning.",
     "Find what is failing (a deploy, a dependency, load), mitigate, and publish the component's state on the status page.", 0},
    {"status-threshold", "A backlog, saturation or rate is within its bounds.",
     "A `threshold` check: the fact (divided by the `per` fact, a baseline or a pool size, when given) is strictly above a bound of `over`, so the component takes that bound's state: job backlogs against their baseline, DB pool use against its size, slow queries, the 429 rate against its baseline. Exact decimals. A warning.",
     "Investigate the spike (a stuck worker, a slow query, abusive traffic) and publish the component's state on the status page.", 0},
    {"status-fact", "Every fact a component's status depends on was handed over and readable.",
     "A fact a status check, a maintenance flag or the published status needs is missing, null or malformed (a rate without `%`, a code that is a list, a published state that is not a status-page word), or a `per` divisor is not above zero. The component cannot be judged, so it is reported `unknown`, never operational (fail closed). The message names the fact, never its value.",
     "Export the fact from monitoring into the facts document (`--facts`); docs/status.md lists the facts each component reads.", 0},
    {"status-maintenance", "A component under maintenance is shown as such.",
     "The component's `maintenance` fact is true: its state is `under_maintenance` (the page indicator `none`) whatever its checks say, unless a fact is missing. A warning, so the maintenance is not forgotten.",
     "Publish the maintenance on the status page, and set the fact to false when it ends.", 0},
    {"status-drift", "The status page reflects current platform health.",
     "The published state of a component (the fact `<published>.<component>`) is less severe than the state its health facts give (operational < under_maintenance < degraded_performance < partial_outage < major_outage): the page tells customers things are better than they are. An error: `dayone status` exits 1.",
     "Update the status page: publish at least the computed state (or an incident), then export the facts again.", 0},
    {"status-stale", "The status is judged from facts recent enough to describe the platform now.",
     "The policy's `status:` section names `observed_at` (the fact holding when monitoring exported the facts) and `max_age`, and observed_at is older than now minus max_age (exactly max_age old passes). Now is `--now`, the `now_ns` option, or the real clock. Old facts say nothing about the platform now, so every component is reported `unknown` (fail closed) and `dayone status` exits 1. The message gives the age and the allowed age. (observed_at missing, null, not a timestamp, or more than a minute in the future is `status-fact`, with the same effect.)",
     "Export the facts from monitoring again, and check that the export runs at least every `max_age`.", 0},
    {"production-requires-launch-mode", "Production runs in launch mode.",
     "Default policy: ENVIRONMENT=production but LAUNCH_MODE is not true, so the launch "
     "posture (no demo data, strict billing, security headers) is not enforced.",
     "Set LAUNCH_MODE=true in production.", 1},
    {"launch-requires-production", "Launch mode runs only in production.",
     "Default policy: LAUNCH_MODE=true but ENVIRONMENT is not production.",
     "Set ENVIRONMENT=production, or turn launch mode off outside production.", 1},
    {"launch-requires-security-headers", "Launch mode sends security headers.",
     "Default policy: in launch mode SECURITY_HEADERS_ENABLED must be true (HSTS, CSP "
     "and the other HTTP security headers).",
     "Set SECURITY_HEADERS_ENABLED=true before launch.", 1},
    {"launch-disables-demo-seed", "Launch mode does not seed demo tenants.",
     "Default policy: in launch mode DEMO_SEED_ENABLED must be false (unset counts as "
     "false); demo tenants in production are a data and billing hazard.",
     "Unset DEMO_SEED_ENABLED or set it to false.", 1},
    {"launch-disables-demo-data", "Launch mode serves no demo data.",
     "Default policy: in launch mode DEMO_DATA_ENABLED must be false (unset counts as "
     "false).",
     "Unset DEMO_DATA_ENABLED or set it to false.", 1},
    {"launch-requires-strict-billing", "Launch mode enforces billing strictly.",
     "Default policy: in launch mode BILLING_ENFORCEMENT must be strict, so quota overage "
     "is denied (402) and paid features are gated.",
     "Set BILLING_ENFORCEMENT=strict.", 1},
    {"billing-enforcement-valid", "BILLING_ENFORCEMENT names a known mode.",
     "Default policy: BILLING_ENFORCEMENT, when set, is one of strict, soft or off.",
     "Set BILLING_ENFORCEMENT to strict, soft or off.", 1},
};

static const dy_rule_doc g_declared = {
    "rules-a-policy-declares", "A rule declared by the policy file.",
    "This rule id is declared by the policy the check ran against (a posture rule or a "
    "distinct group), not built into dayone. The result's location points at its "
    "declaration when the policy is a file; the result's message says what the rule "
    "expects of the variable.",
    "Change the variable as the result's message and fix text say, or change the rule in "
    "the policy if it no longer fits.", 0};

const dy_rule_doc *dy_rule_doc_find(const char *id, int default_policy)
{
    for (unsigned i = 0; i < sizeof g_rules / sizeof g_rules[0]; i++)
        if (strcmp(g_rules[i].id, id) == 0)
            return g_rules[i].default_policy_only && !default_policy ? NULL : &g_rules[i];
    return NULL;
}

const dy_rule_doc *dy_rule_doc_declared(void) { return &g_declared; }

const dy_rule_doc *dy_rule_doc_at(unsigned i)
{
    return i < sizeof g_rules / sizeof g_rules[0] ? &g_rules[i] : NULL;
}
