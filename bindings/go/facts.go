package dayone

// Facts, now and profiles (docs/facts.md): what Check and Explain pass to
// the C check besides the environment. Translation only: the documents are
// read, layered and judged by the C library.

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/libdayone/libdayone/bindings/go/internal/capi"
)

// factsSource is one layer of the facts snapshot: a JSON/YAML file (path,
// when file) or a Go value (doc).
type factsSource struct {
	file bool
	path string
	doc  map[string]any
}

// factsDocName is the name a WithFacts document has in errors and sources,
// as in the CLI, Python and the conformance runners.
const factsDocName = "facts.json"

// WithFacts layers facts given as a Go value (Check, Explain): the map is
// serialised with encoding/json and loaded as one document named
// facts.json, so nested maps and slices are addressed as in a file
// (backup.db.last_success_at, incident.updates[0].status). A value
// encoding/json cannot serialise (a channel, NaN) is ErrInvalid; a key
// that cannot be addressed ('.', '[', ']', spaces) is an *EnvFileError at
// facts.json:line:column. Several WithFacts and WithFactsFile layer in the
// order given, a later one overriding per fact. Values may be secrets: no
// error or finding contains one.
func WithFacts(facts map[string]any) CheckOption {
	return func(c *checkConfig) {
		c.facts, c.given = append(c.facts, factsSource{doc: facts}), c.given|givenOther
	}
}

// WithFactsFile layers a JSON or YAML facts document read from path (Check,
// Explain; repeatable, layered in order). A malformed document is an
// *EnvFileError naming path:line:column (never a value), an unreadable
// file wraps ErrIO, one past a limit ErrLimit.
func WithFactsFile(path string) CheckOption {
	return func(c *checkConfig) {
		c.facts, c.given = append(c.facts, factsSource{file: true, path: path}), c.given|givenOther
	}
}

// WithNow sets the instant max_age, not_before and not_after rules judge
// against (Check, Explain), and the one the facts' observed_at is judged
// against (Status: status.max_age), to the nanosecond; the default is the
// clock.
// An instant outside Unix nanoseconds in an int64 (years 1678 to 2262,
// e.g. the zero time.Time) is ErrInvalid.
func WithNow(t time.Time) CheckOption {
	return func(c *checkConfig) { c.now, c.hasNow, c.given = t, true, c.given|givenOther }
}

// WithProfiles runs the named profiles of the policy (Check, Explain), e.g.
// WithProfiles("daily"); without it only startup rules run. Repeated
// options add names. An empty name or one with a NUL byte is ErrInvalid; a
// name the policy does not declare is the check's ErrInvalid.
func WithProfiles(names ...string) CheckOption {
	return func(c *checkConfig) {
		c.profiles, c.given = append(c.profiles, names...), c.given|givenOther
	}
}

// The instants UnixNano can represent.
var (
	minNow = time.Unix(0, math.MinInt64)
	maxNow = time.Unix(0, math.MaxInt64)
)

// nowNS is the check's now in Unix nanoseconds; 0 means the clock to the
// library, so the epoch itself is passed 1 ns late.
func (c *checkConfig) nowNS() (int64, error) {
	if !c.hasNow {
		return 0, nil
	}
	if c.now.Before(minNow) || c.now.After(maxNow) {
		return 0, &Error{Code: ErrInvalid,
			Message: "now is outside the range of Unix nanoseconds (years 1678 to 2262)"}
	}
	ns := c.now.UnixNano()
	if ns == 0 {
		ns = 1
	}
	return ns, nil
}

// profileList is the profile names as the shim takes them: each followed
// by a NUL ("daily\x00incident\x00"); "" when none.
func (c *checkConfig) profileList() (string, error) {
	var b strings.Builder
	for _, name := range c.profiles {
		if name == "" || strings.IndexByte(name, 0) >= 0 {
			return "", &Error{Code: ErrInvalid,
				Message: "a profile name must be non-empty and without NUL bytes"}
		}
		b.WriteString(name)
		b.WriteByte(0)
	}
	return b.String(), nil
}

// nowAndProfiles is nowNS and profileList together, as every check and
// Explain need them.
func (c *checkConfig) nowAndProfiles() (nowNS int64, profiles string, err error) {
	if nowNS, err = c.nowNS(); err != nil {
		return 0, "", err
	}
	profiles, err = c.profileList()
	return nowNS, profiles, err
}

// usesFacts reports whether any option of the facts family was given.
func (c *checkConfig) usesFacts() bool {
	return len(c.facts) > 0 || c.hasNow || len(c.profiles) > 0
}

// facts is a C facts snapshot for one check; the library wipes its values
// when it is freed. The zero value (no handle) means no facts.
type facts struct{ h capi.Dayone_facts }

func (f facts) free() {
	if f.h != nil && f.h.Swigcptr() != 0 {
		capi.Dayone_facts_free(f.h)
	}
}

// handle is what the check takes: the snapshot, or NULL.
func (f facts) handle() capi.Dayone_facts {
	if f.h == nil {
		return capi.SwigcptrDayone_facts(0)
	}
	return f.h
}

// newFacts builds the snapshot of the config's layers, in order (none:
// the zero facts). Free it when the check is done.
func newFacts(sources []factsSource, ce cError) (facts, error) {
	if len(sources) == 0 {
		return facts{}, nil
	}
	f := facts{capi.Dy_go_facts_new()}
	if f.h.Swigcptr() == 0 {
		return facts{}, &Error{Code: ErrNoMemory, Message: "out of memory"}
	}
	for _, s := range sources {
		if err := f.add(s, ce); err != nil {
			f.free()
			return facts{}, err
		}
	}
	return f, nil
}

func (f facts) add(s factsSource, ce cError) error {
	if s.file {
		if strings.IndexByte(s.path, 0) >= 0 {
			return &Error{Code: ErrInvalid, Message: "facts path contains a NUL byte"}
		}
		return ce.err(capi.Dayone_shim_facts_add_file(f.h, s.path, ce.e))
	}
	if s.doc == nil {
		// WithFacts(nil): no facts, not the JSON null (which is no mapping).
		s.doc = map[string]any{}
	}
	text, err := json.Marshal(s.doc)
	if err != nil {
		// Name the kind of problem only: encoding/json's messages can quote
		// a value (json: unsupported value: ...).
		return &Error{Code: ErrInvalid, Message: fmt.Sprintf(
			"facts must be JSON-serialisable (strings, numbers, bools, nil, slices and maps with string keys): %T", err)}
	}
	defer clear(text) // the document holds the facts' values
	return ce.err(capi.Dayone_shim_facts_add_string(f.h, text, factsDocName, ce.e))
}
