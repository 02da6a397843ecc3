package main

// The playbook's value checks, written once in Go for the Go peers that have
// no way to express them declaratively (caarlos0/env). The Rego policy
// (policy.rego) states the same rules in Rego.

import (
	"encoding/base64"
	"encoding/hex"
	"net/url"
	"regexp"
	"strings"
)

var (
	rxStripeSK = regexp.MustCompile(`^[rs]k_(?:live|test)_[A-Za-z0-9]{24,247}$`)
	rxStripeWH = regexp.MustCompile(`^whsec_[A-Za-z0-9+/]{24,250}={0,2}$`)
	rxDBURL    = regexp.MustCompile(`(?i)^(?:postgres|postgresql|mysql|mariadb|mssql|sqlserver|oracle|cockroachdb|mongodb|mongodb\+srv|redis|rediss)://[^\s/?#]+(?:[/?#]\S*)?$`)
)

// parseBool accepts the booleans libdayone accepts: true/false/1/0/yes/no/on/off, any case.
func parseBool(v string) (val, ok bool) {
	switch strings.ToLower(v) {
	case "true", "1", "yes", "on":
		return true, true
	case "false", "0", "no", "off":
		return false, true
	}
	return false, false
}

func blank(v string) bool { return strings.TrimSpace(v) == "" }

// decoded32 reports whether v is base64 (std or url) or hex of exactly 32 bytes.
func decoded32(v string) bool {
	if b, err := hex.DecodeString(v); err == nil {
		return len(b) == 32
	}
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding,
		base64.RawStdEncoding, base64.RawURLEncoding} {
		if b, err := enc.DecodeString(v); err == nil {
			return len(b) == 32
		}
	}
	return false
}

func httpsURL(v string) bool {
	u, err := url.Parse(v)
	return err == nil && strings.EqualFold(u.Scheme, "https") && u.Host != ""
}
