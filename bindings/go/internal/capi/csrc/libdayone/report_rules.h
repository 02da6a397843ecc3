/* report_rules.h - what each rule id means and how to fix its findings.
 *
 * One entry per rule id the library itself reports (the built-in checks,
 * the default distinct id) and per posture rule of the default policy.
 * docs/rules.md has a section per entry, under a heading that is exactly
 * the id, so DY_RULES_DOCS_URI "rules.md#" id reaches it (tests check both
 * lists agree). The SARIF writer turns an entry into a reportingDescriptor's
 * shortDescription, fullDescription and help; texts stay under GitHub's
 * 1024-character limit. Posture rules and distinct groups a policy file
 * declares get the generic entry dy_rule_doc_declared(). */
#ifndef DY_REPORT_RULES_H
#define DY_REPORT_RULES_H

/* Where docs/ is published; override at build time with
 * -DDAYONE_DOCS_URI="\"https://.../docs/\"" (must end with '/'). */
#ifndef DAYONE_DOCS_URI
#define DAYONE_DOCS_URI "https://github.com/libdayone/libdayone/blob/main/docs/"
#endif

typedef struct dy_rule_doc {
    const char *id;          /* the rule id; also the docs/rules.md anchor */
    const char *summary;     /* one sentence: what a passing value looks like */
    const char *meaning;     /* what the rule checks and why it matters */
    const char *fix;         /* how to fix a finding */
    int default_policy_only; /* a posture id of the default policy: another
                                policy may use the id for something else */
} dy_rule_doc;

/* The entry for id, or NULL. Entries marked default_policy_only are only
 * returned when `default_policy` is non-zero. */
const dy_rule_doc *dy_rule_doc_find(const char *id, int default_policy);

/* The entry for rules a policy declares (anchor "rules-a-policy-declares"). */
const dy_rule_doc *dy_rule_doc_declared(void);

/* Entry i of the catalogue (0-based), or NULL past the end. */
const dy_rule_doc *dy_rule_doc_at(unsigned i);

#endif
