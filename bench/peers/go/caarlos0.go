package main

import (
	"errors"
	"fmt"

	"github.com/caarlos0/env/v11"
)

// Flag is a boolean with libdayone's spellings (strconv.ParseBool, env's
// default for bool, does not know yes/no/on/off).
type Flag bool

func (f *Flag) UnmarshalText(b []byte) error {
	v, ok := parseBool(string(b))
	if !ok {
		return errors.New("not a boolean") // never the value
	}
	*f = Flag(v)
	return nil
}

// Config: what caarlos0/env expresses declaratively - names, types,
// always-required secrets (required,notEmpty). The conditional secrets and
// the launch posture are plain Go in validate().
type Config struct {
	Environment            string `env:"ENVIRONMENT"`
	LaunchMode             Flag   `env:"LAUNCH_MODE"`
	BillingEnabled         Flag   `env:"BILLING_ENABLED"`
	ZeroTrustEnabled       Flag   `env:"ZERO_TRUST_ENABLED"`
	SSOEnabled             Flag   `env:"SSO_ENABLED"`
	SecurityHeadersEnabled Flag   `env:"SECURITY_HEADERS_ENABLED"`
	DemoSeedEnabled        Flag   `env:"DEMO_SEED_ENABLED"`
	DemoDataEnabled        Flag   `env:"DEMO_DATA_ENABLED"`
	BillingEnforcement     string `env:"BILLING_ENFORCEMENT"`

	SecretKey                string `env:"SECRET_KEY,required,notEmpty"`
	DatabaseURL              string `env:"DATABASE_URL,required,notEmpty"`
	IntegrationEncryptionKey string `env:"INTEGRATION_ENCRYPTION_KEY,required,notEmpty"`
	StripeSecretKey          string `env:"STRIPE_SECRET_KEY"`
	StripeWebhookSecret      string `env:"STRIPE_WEBHOOK_SECRET"`
	ZeroTrustAPIKey          string `env:"ZERO_TRUST_API_KEY"`
	SSOClientID              string `env:"SSO_CLIENT_ID"`
	SSOClientSecret          string `env:"SSO_CLIENT_SECRET"`
	SSOIssuerURL             string `env:"SSO_ISSUER_URL"`
}

func (c *Config) validate() []Finding {
	var fs []Finding
	add := func(rule, key string) { fs = append(fs, Finding{rule, key}) }
	launch := bool(c.LaunchMode)
	if c.Environment == "production" && !launch {
		add("production-requires-launch-mode", "LAUNCH_MODE")
	}
	if launch {
		if c.Environment != "production" {
			add("launch-requires-production", "ENVIRONMENT")
		}
		if !c.SecurityHeadersEnabled {
			add("launch-requires-security-headers", "SECURITY_HEADERS_ENABLED")
		}
		if c.DemoSeedEnabled {
			add("launch-disables-demo-seed", "DEMO_SEED_ENABLED")
		}
		if c.DemoDataEnabled {
			add("launch-disables-demo-data", "DEMO_DATA_ENABLED")
		}
		if c.BillingEnforcement != "strict" {
			add("launch-requires-strict-billing", "BILLING_ENFORCEMENT")
		}
	}
	switch c.BillingEnforcement {
	case "", "strict", "soft", "off":
	default:
		add("billing-enforcement-valid", "BILLING_ENFORCEMENT")
	}
	// secret checks: (key, value, applies, check, rule)
	type sc struct {
		key, val string
		on       bool
		ok       func(string) bool
		rule     string
	}
	minLen := func(n int) func(string) bool { return func(v string) bool { return len(v) >= n } }
	checks := []sc{
		{"SECRET_KEY", c.SecretKey, true, minLen(32), "secret-min-length"},
		{"DATABASE_URL", c.DatabaseURL, true, rxDBURL.MatchString, "secret-format"},
		{"INTEGRATION_ENCRYPTION_KEY", c.IntegrationEncryptionKey, true, decoded32, "secret-format"},
		{"STRIPE_SECRET_KEY", c.StripeSecretKey, bool(c.BillingEnabled), rxStripeSK.MatchString, "secret-format"},
		{"STRIPE_WEBHOOK_SECRET", c.StripeWebhookSecret, bool(c.BillingEnabled), rxStripeWH.MatchString, "secret-format"},
		{"ZERO_TRUST_API_KEY", c.ZeroTrustAPIKey, bool(c.ZeroTrustEnabled), minLen(32), "secret-min-length"},
		{"SSO_CLIENT_ID", c.SSOClientID, bool(c.SSOEnabled), nil, ""},
		{"SSO_CLIENT_SECRET", c.SSOClientSecret, bool(c.SSOEnabled), minLen(32), "secret-min-length"},
		{"SSO_ISSUER_URL", c.SSOIssuerURL, bool(c.SSOEnabled), httpsURL, "secret-format"},
	}
	for _, s := range checks {
		if !s.on {
			continue
		}
		if blank(s.val) {
			add("secret-required", s.key)
		} else if s.ok != nil && !s.ok(s.val) {
			add(s.rule, s.key)
		}
	}
	if launch && len(c.StripeSecretKey) > 8 && c.StripeSecretKey[1:8] == "k_test_" {
		add("secret-stripe-mode", "STRIPE_SECRET_KEY")
	}
	if c.SecretKey != "" && c.SecretKey == c.IntegrationEncryptionKey {
		add("secrets-distinct", "INTEGRATION_ENCRYPTION_KEY")
	}
	return fs
}

// check parses with env.ParseWithOptions over the given map (the documented
// way to parse something other than os.Environ) and then validates.
func checkCaarlos0(m map[string]string) ([]Finding, error) {
	var cfg Config
	if err := env.ParseWithOptions(&cfg, env.Options{Environment: m}); err != nil {
		var agg env.AggregateError
		if errors.As(err, &agg) {
			return nil, fmt.Errorf("%d parse errors", len(agg.Errors))
		}
		return nil, errors.New("parse failed")
	}
	return cfg.validate(), nil
}

func benchCaarlos0(envFile string) {
	m, err := loadEnvFile(envFile)
	if err != nil {
		die("%v", err)
	}
	fs, err := checkCaarlos0(m)
	if err != nil || len(fs) != 0 {
		die("caarlos0/env: the benchmark environment does not pass (%v, %d findings)", err, len(fs))
	}
	emit(map[string]any{"op": "check.inproc", "tool": "caarlos0/env (Go)",
		"samples_ns": timeRounds(11, 5000, func(n int) {
			for i := 0; i < n; i++ {
				if _, err := checkCaarlos0(m); err != nil {
					die("check failed")
				}
			}
		})})
}
