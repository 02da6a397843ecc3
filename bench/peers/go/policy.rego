# The playbook's rules in Rego (OPA 1.x syntax): launch posture, boolean
# flags, the conditional required-secrets matrix with the value checks Rego
# can state, and distinct secrets. Input: {"env": {NAME: value, ...}}.
# Query: data.dayone.deny - a set of {"rule", "key"} findings; empty = ready.
# Not expressed: entropy estimates and placeholder detection (no built-ins;
# see bench/README.md).
package dayone

env := input.env

truthy := {"true", "1", "yes", "on"}

falsy := {"false", "0", "no", "off"}

flag_vars := {"LAUNCH_MODE", "BILLING_ENABLED", "ZERO_TRUST_ENABLED", "SSO_ENABLED",
	"SECURITY_HEADERS_ENABLED", "DEMO_SEED_ENABLED", "DEMO_DATA_ENABLED"}

on(name) if lower(env[name]) in truthy

launch if on("LAUNCH_MODE")

blank(k) if not env[k]

blank(k) if trim_space(env[k]) == ""

# --- launch posture ---------------------------------------------------------
deny contains {"rule": "flag-not-boolean", "key": k} if {
	some k in flag_vars
	v := lower(env[k])
	not v in truthy
	not v in falsy
}

deny contains {"rule": "production-requires-launch-mode", "key": "LAUNCH_MODE"} if {
	env.ENVIRONMENT == "production"
	not launch
}

deny contains {"rule": "launch-requires-production", "key": "ENVIRONMENT"} if {
	launch
	not env.ENVIRONMENT == "production"
}

deny contains {"rule": "launch-requires-security-headers", "key": "SECURITY_HEADERS_ENABLED"} if {
	launch
	not on("SECURITY_HEADERS_ENABLED")
}

deny contains {"rule": "launch-disables-demo-seed", "key": "DEMO_SEED_ENABLED"} if {
	launch
	on("DEMO_SEED_ENABLED")
}

deny contains {"rule": "launch-disables-demo-data", "key": "DEMO_DATA_ENABLED"} if {
	launch
	on("DEMO_DATA_ENABLED")
}

deny contains {"rule": "launch-requires-strict-billing", "key": "BILLING_ENFORCEMENT"} if {
	launch
	not env.BILLING_ENFORCEMENT == "strict"
}

deny contains {"rule": "billing-enforcement-valid", "key": "BILLING_ENFORCEMENT"} if {
	v := env.BILLING_ENFORCEMENT
	not v in {"strict", "soft", "off"}
}

# --- required secrets matrix ------------------------------------------------
required contains k if some k in {"SECRET_KEY", "DATABASE_URL", "INTEGRATION_ENCRYPTION_KEY"}

required contains k if {
	on("BILLING_ENABLED")
	some k in {"STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET"}
}

required contains "ZERO_TRUST_API_KEY" if on("ZERO_TRUST_ENABLED")

required contains k if {
	on("SSO_ENABLED")
	some k in {"SSO_CLIENT_ID", "SSO_CLIENT_SECRET", "SSO_ISSUER_URL"}
}

deny contains {"rule": "secret-required", "key": k} if {
	some k in required
	blank(k)
}

# Value checks apply to required secrets that are present.
present(k) if {
	k in required
	not blank(k)
}

min_length := {"SECRET_KEY": 32, "ZERO_TRUST_API_KEY": 32, "SSO_CLIENT_SECRET": 32}

deny contains {"rule": "secret-min-length", "key": k} if {
	some k, n in min_length
	present(k)
	count(env[k]) < n
}

formats := {
	"DATABASE_URL": `(?i)^(postgres|postgresql|mysql|mariadb|mssql|sqlserver|oracle|cockroachdb|mongodb|mongodb\+srv|redis|rediss)://[^\s/?#]+([/?#]\S*)?$`,
	# 32 bytes: 64 hex digits or 43 base64 characters (+ one '=').
	"INTEGRATION_ENCRYPTION_KEY": `^([0-9A-Fa-f]{64}|[A-Za-z0-9+/_-]{43}=?)$`,
	"STRIPE_SECRET_KEY": `^[rs]k_(live|test)_[A-Za-z0-9]{24,247}$`,
	"STRIPE_WEBHOOK_SECRET": `^whsec_[A-Za-z0-9+/]{24,250}={0,2}$`,
	"SSO_ISSUER_URL": `(?i)^https://[^\s/?#@]+([/?#]\S*)?$`,
}

deny contains {"rule": "secret-format", "key": k} if {
	some k, rx in formats
	present(k)
	not regex.match(rx, env[k])
}

# A test key in launch mode is an error (a live key outside production would be a warning).
deny contains {"rule": "secret-stripe-mode", "key": "STRIPE_SECRET_KEY"} if {
	present("STRIPE_SECRET_KEY")
	launch
	regex.match(`^[rs]k_test_`, env.STRIPE_SECRET_KEY)
}

deny contains {"rule": "secrets-distinct", "key": "INTEGRATION_ENCRYPTION_KEY"} if {
	present("SECRET_KEY")
	env.SECRET_KEY == env.INTEGRATION_ENCRYPTION_KEY
}
