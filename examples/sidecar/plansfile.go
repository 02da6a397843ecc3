package main

// The tenant -> plan map file (-plans-file): the operator's record of which
// plan each tenant pays for. One entry a line:
//
//	# comment (a line whose first non-blank character is '#')
//	acme   = business
//	globex = pro
//
// Blank lines are ignored; a CRLF line end and a leading UTF-8 byte order
// mark are accepted. A tenant is listed once. Tenants and plans have no
// blanks, no '=' (tenant) and no control characters. Every plan must exist
// in the policy: a typo must refuse the start, not leave a tenant planless
// (or, worse, on a plan nobody meant). Errors name file:line:column.

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// maxPlansFileBytes bounds the file read at start-up (a million tenants of
// a few dozen bytes each fit).
const maxPlansFileBytes = 64 << 20

// PlansFileError is a malformed plans file, at Line:Column (1-based, the
// column counted in bytes).
type PlansFileError struct {
	Path         string
	Line, Column int
	Message      string
}

func (e *PlansFileError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Column, e.Message)
}

// quoteShort quotes s for an error message, cut to 64 bytes.
func quoteShort(s string) string {
	if len(s) > 64 {
		return fmt.Sprintf("%q...", s[:64])
	}
	return fmt.Sprintf("%q", s)
}

// badByte returns the offset of the first blank, control character or
// invalid UTF-8 in s (and '=' when noEquals), or -1.
func badByte(s string, noEquals bool) int {
	for i, r := range s {
		if r == utf8.RuneError || r <= ' ' || r == 0x7f || (noEquals && r == '=') {
			if r == utf8.RuneError {
				if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
					return i
				}
				continue // a real U+FFFD is fine
			}
			return i
		}
	}
	return -1
}

// ParsePlansFile parses data, the contents of the plans file at path, into
// a tenant -> plan map. known lists the policy's plans; every plan in the
// file must be one of them.
func ParsePlansFile(path string, data []byte, known []string) (map[string]string, error) {
	fail := func(line, col int, format string, a ...any) error {
		return &PlansFileError{Path: path, Line: line, Column: col, Message: fmt.Sprintf(format, a...)}
	}
	if len(data) > maxPlansFileBytes {
		return nil, fail(1, 1, "the file is larger than %d bytes", maxPlansFileBytes)
	}
	isKnown := make(map[string]bool, len(known))
	for _, k := range known {
		isKnown[k] = true
	}
	plans := map[string]string{}
	firstLine := map[string]int{}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	for lineNo := 1; len(data) > 0; lineNo++ {
		raw := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			raw, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		line := strings.TrimSuffix(string(raw), "\r")
		body := strings.TrimLeft(line, " \t")
		indent := len(line) - len(body)
		if body == "" || body[0] == '#' {
			continue
		}
		eq := strings.IndexByte(line, '=')
		if eq < 0 {
			return nil, fail(lineNo, indent+1, "expected 'tenant = plan'")
		}
		tenant := strings.TrimRight(line[indent:eq], " \t")
		if tenant == "" {
			return nil, fail(lineNo, eq+1, "the tenant before '=' is empty")
		}
		if i := badByte(tenant, false); i >= 0 {
			return nil, fail(lineNo, indent+i+1, "tenant %s contains a blank, a control character or invalid UTF-8",
				quoteShort(tenant))
		}
		rest := line[eq+1:]
		planCol := eq + 2 + len(rest) - len(strings.TrimLeft(rest, " \t"))
		plan := strings.Trim(rest, " \t")
		if plan == "" {
			return nil, fail(lineNo, eq+1, "the plan after '=' is empty")
		}
		if i := badByte(plan, true); i >= 0 {
			return nil, fail(lineNo, planCol+i, "plan %s contains a blank, '=', a control character or invalid UTF-8",
				quoteShort(plan))
		}
		if !isKnown[plan] {
			return nil, fail(lineNo, planCol, "plan %s is not in the policy (it has: %s)",
				quoteShort(plan), strings.Join(known, ", "))
		}
		if first, dup := firstLine[tenant]; dup {
			return nil, fail(lineNo, indent+1, "tenant %s is listed twice (first on line %d)",
				quoteShort(tenant), first)
		}
		firstLine[tenant] = lineNo
		plans[tenant] = plan
	}
	return plans, nil
}
