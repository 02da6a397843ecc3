package dayone

import (
	"runtime"
	"strings"
	"sync"

	"github.com/libdayone/libdayone/bindings/go/internal/capi"
)

// Env is an immutable snapshot of environment variables, built once by
// NewEnv and checked any number of times by CheckEnv (Python's dayone.Env).
// Building it is most of a check's cost: a service that checks the same
// configuration again (scheduled checks, a status endpoint, other facts or
// profiles) skips reading and judging every variable each time. The values
// live only in C memory and are wiped when the snapshot is freed; nothing
// here ever shows them (Len and Has tell names, never values).
//
// Safe for concurrent use. It owns C memory: Close it when done (a
// finalizer is only a safety net); Close waits for checks in progress.
type Env struct {
	mu sync.RWMutex
	e  env // zero (no handle) once closed
}

// NewEnv builds a snapshot of vars with the .env files of WithEnvFile
// layered over them in order (read as WithEnvDialect says). Those are the
// only options it takes; any other is ErrInvalid (they belong to CheckEnv).
// A bad variable fails as Check fails on it, naming the variable and never
// its value; a malformed file is an *EnvFileError naming path:line:column.
func NewEnv(vars map[string]string, opts ...CheckOption) (*Env, error) {
	cfg := configure(opts)
	if !cfg.onlyEnvFiles() {
		return nil, &Error{Code: ErrInvalid, Message: "NewEnv takes WithEnvFile and " +
			"WithEnvDialect only; pass the check's options to CheckEnv"}
	}
	ce := newCError()
	defer ce.free()
	e, err := newEnv()
	if err != nil {
		return nil, err
	}
	if err := e.set(vars, ce); err != nil {
		e.free()
		return nil, err
	}
	if err := e.addFiles(cfg.envFiles, cfg.envDialect, ce); err != nil {
		e.free()
		return nil, err
	}
	s := &Env{e: e}
	runtime.SetFinalizer(s, (*Env).Close)
	return s, nil
}

// onlyEnvFiles reports whether the options given are at most WithEnvFile
// and WithEnvDialect (what NewEnv takes).
func (c *checkConfig) onlyEnvFiles() bool {
	return c.given&givenOther == 0
}

// CheckEnv is Check on a snapshot built by NewEnv: the same findings and
// renderings as Check of the variables the snapshot was built from, with
// the same options (WithEnvFile and WithEnvDialect excepted: files are
// layered in NewEnv, and here they are ErrInvalid). A closed snapshot is
// ErrClosed.
func CheckEnv(policy *Policy, snapshot *Env, opts ...CheckOption) (*Report, error) {
	if snapshot == nil {
		return nil, &Error{Code: ErrInvalid, Message: "CheckEnv: nil *Env"}
	}
	cfg := configure(opts)
	if cfg.given&(givenEnvFile|givenEnvDialect) != 0 {
		return nil, &Error{Code: ErrInvalid, Message: "CheckEnv: WithEnvFile and " +
			"WithEnvDialect layer files in NewEnv, not over a built snapshot"}
	}
	nowNS, profiles, err := cfg.nowAndProfiles()
	if err != nil {
		return nil, err
	}
	var ce cError // only an example or facts, built here, can fail before the check
	if cfg.example != nil || len(cfg.facts) > 0 {
		ce = newCError()
		defer ce.free()
	}
	snapshot.mu.RLock()
	defer snapshot.mu.RUnlock()
	if snapshot.e.h == nil {
		return nil, ErrClosed
	}
	r, err := checkSnapshot(policy, snapshot.e, &cfg, nowNS, profiles, ce)
	runtime.KeepAlive(snapshot)
	return r, err
}

// Len returns the number of distinct names in the snapshot (0 once closed).
func (s *Env) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.e.h == nil {
		return 0
	}
	n := int(capi.Dayone_env_count(s.e.h))
	runtime.KeepAlive(s)
	return n
}

// Has reports whether name is set in the snapshot (even to ""); false once
// closed. It never reveals the value.
func (s *Env) Has(name string) bool {
	if strings.IndexByte(name, 0) >= 0 {
		return false
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.e.h == nil {
		return false
	}
	has := capi.Dayone_shim_env_has(s.e.h, name) != 0
	runtime.KeepAlive(s)
	return has
}

// Close frees the snapshot, wiping its values. Idempotent; it waits for
// checks of the snapshot in progress.
func (s *Env) Close() error {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.e.h != nil {
		s.e.free()
		s.e = env{}
		runtime.SetFinalizer(s, nil)
	}
	return nil
}
