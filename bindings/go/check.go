package dayone

import (
	"runtime"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/libdayone/libdayone/bindings/go/internal/capi"
)

// CheckOption adjusts a check (Check, CheckProcessEnv, Enforce, Explain).
// WithFacts, WithFactsFile, WithNow and WithProfiles are for Check,
// CheckProcessEnv and Explain only: Enforce is the start-up check.
type CheckOption func(*checkConfig)

type checkConfig struct {
	flags      uint
	example    map[string]string
	today      int64
	envFiles   []string
	envDialect EnvDialect
	facts      []factsSource // facts.go
	now        time.Time
	hasNow     bool
	profiles   []string
	given      optionKinds // which kinds of option were given, whatever their values
}

// optionKinds records the options given, so that a call taking only some
// refuses the others even when their value changes nothing
// (WithExample(nil), WithProfiles()).
type optionKinds uint8

const (
	givenEnvFile optionKinds = 1 << iota
	givenEnvDialect
	givenOther
)

// EnvDialect is how WithEnvFile files are read: the exact grammar of the
// tool that hands the file to the service (docs/env-files.md). ${VAR}
// references resolve against the process environment; one that stays
// unresolved is an *EnvFileError naming path:line:column.
type EnvDialect int

// The values are dayone_env_dialect's (dayone_test.go checks they agree).
const (
	// EnvCompose reads files as docker compose does (the default).
	EnvCompose EnvDialect = 0
	// EnvDocker reads files as `docker run --env-file` does: values taken
	// literally, no quotes, no interpolation.
	EnvDocker EnvDialect = 1
	// EnvDotenv reads files as python-dotenv does.
	EnvDotenv EnvDialect = 2
)

// WithEnvDialect sets how WithEnvFile files are read (default EnvCompose).
func WithEnvDialect(d EnvDialect) CheckOption {
	return func(c *checkConfig) { c.envDialect, c.given = d, c.given|givenEnvDialect }
}

// PresenceOnly reports only missing required values (no value checks, no
// distinct groups); NAME_FILE references count as present and are not read.
func PresenceOnly() CheckOption {
	return func(c *checkConfig) {
		c.flags, c.given = c.flags|capi.DAYONE_CHECK_PRESENCE_ONLY, c.given|givenOther
	}
}

// NoSecretFiles ignores NAME_FILE references.
func NoSecretFiles() CheckOption {
	return func(c *checkConfig) {
		c.flags, c.given = c.flags|capi.DAYONE_CHECK_NO_SECRET_FILES, c.given|givenOther
	}
}

// WithExample passes the variables of a .env.example: a value equal to the
// example's value for the same key is reported as a placeholder.
func WithExample(example map[string]string) CheckOption {
	return func(c *checkConfig) { c.example, c.given = example, c.given|givenOther }
}

// WithToday sets the date (its UTC calendar day) against which waiver
// expiry dates are compared; the default is today.
func WithToday(t time.Time) CheckOption {
	return func(c *checkConfig) {
		y, m, d := t.UTC().Date()
		c.today = time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
		c.given |= givenOther
	}
}

// WithEnvFile layers a .env file over the checked variables (after them,
// so it overrides them; several files apply in order). A malformed file is
// an *EnvFileError naming path:line:column, never the content.
func WithEnvFile(path string) CheckOption {
	return func(c *checkConfig) {
		c.envFiles, c.given = append(c.envFiles, path), c.given|givenEnvFile
	}
}

// configure applies opts. Without options nothing is allocated: the
// options write through a pointer the compiler cannot follow, so the
// config they fill lives on the heap.
func configure(opts []CheckOption) checkConfig {
	if len(opts) == 0 {
		return checkConfig{}
	}
	c := new(checkConfig)
	for _, o := range opts {
		if o != nil {
			o(c)
		}
	}
	return *c
}

// env is a C environment snapshot for one check; values are wiped by the
// library when it is freed.
type env struct{ h capi.Dayone_env }

func newEnv() (env, error) {
	h := capi.Dy_go_env_new()
	if h.Swigcptr() == 0 {
		return env{}, &Error{Code: ErrNoMemory, Message: "out of memory"}
	}
	return env{h}, nil
}

func (e env) free() {
	if e.h != nil && e.h.Swigcptr() != 0 {
		capi.Dayone_env_free(e.h)
	}
}

// set copies every pair into the snapshot in one cgo crossing (see
// packVars); the library judges every pair first and copies them all, or
// none (dayone_env_set_many). No message names a value.
func (e env) set(vars map[string]string, ce cError) error {
	if len(vars) == 0 {
		return nil
	}
	var rc int
	packVars(vars, func(list []capi.Var) {
		rc = capi.EnvSetMany(e.h.Swigcptr(), list, ce.e.Swigcptr())
	})
	return ce.err(rc)
}

// varBuf is the scratch memory of packVars, pooled (a 200-variable Check
// would otherwise allocate ~12 KB a call), in C memory: the dayone_var
// entries C reads hold the addresses of the names and values, which cgo
// lets Go hand over only when they are not Go memory. Its string bytes are
// zero whenever it is in the pool; a buffer the pool drops is freed by its
// finalizer.
type varBuf struct {
	strs []byte     // names and values, back to back
	list []capi.Var // one entry a variable, pointing into strs
}

var varBufPool = sync.Pool{New: func() any {
	vb := new(varBuf)
	runtime.SetFinalizer(vb, (*varBuf).free)
	return vb
}}

// Buffers above this size are not kept for reuse.
const varBufKeep = 1 << 20

func (vb *varBuf) free() {
	if cap(vb.strs) > 0 {
		clear(vb.strs[:cap(vb.strs)]) // zero already, unless a panic left it
		capi.Free(unsafe.Pointer(unsafe.SliceData(vb.strs)))
	}
	if cap(vb.list) > 0 {
		capi.Free(unsafe.Pointer(unsafe.SliceData(vb.list)))
	}
	vb.strs, vb.list = nil, nil
}

// packVars copies names and values into C memory, with a dayone_var entry
// each (capi.Var) in list, calls fn, then wipes the strings: they
// hold secret values. The entries are what dayone_check_vars and
// dayone_env_set_many take, so C has nothing to unpack or bound-check.
//
// Of its ~34k instructions for 200 variables, the map walk alone is ~21k
// (BenchmarkFloorCheckMapWalk). The loop was ~22k on top of the walk while
// it appended to slices and called memmove twice a variable: every slice
// header was spilled and reloaded around each of the three calls. Now it
// keeps four addresses (packCursor) and copies the usual lengths inline
// (copyName, copyValue): ~13k. Measured slower: writing by index into
// buffers sized from len(vars) (bounds checks), a first pass noting the
// strings in a Go slice and a second copying them (~54k), and maps.All.
func packVars(vars map[string]string, fn func(list []capi.Var)) {
	vb := varBufPool.Get().(*varBuf)
	if len(vars) > cap(vb.list) {
		vb.list = growVarList(vb.list[:0], len(vars))
	}
	// The walk keeps only four addresses live across the map iterator's
	// call: where the next strings and entry go, and where their room
	// ends. Running out of either (vb.strs is empty at first, and the map
	// may grow under a racing walk) moves the buffers (grow).
	var at packCursor
	at.reset(vb, 0, 0)
	for k, v := range vars {
		if uintptr(len(k)+len(v)) > uintptr(at.strsEnd)-uintptr(at.strs) || at.next == at.listEnd {
			at.grow(vb, len(k)+len(v))
		}
		p := at.strs
		pv := unsafe.Add(p, len(k))
		copyName(p, k)
		copyValue(pv, v)
		*(*capi.Var)(at.next) = capi.Var{Name: p, NameLen: uintptr(len(k)), Value: pv,
			ValueLen: uintptr(len(v))}
		at.next = unsafe.Add(at.next, unsafe.Sizeof(capi.Var{}))
		at.strs = unsafe.Add(pv, len(v))
	}
	// vb follows every move of the buffers: should a C allocation panic
	// mid-walk, vb never reaches the pool, and its finalizer wipes and
	// frees what was packed so far.
	at.commit(vb)
	defer vb.release()
	fn(vb.list)
}

// copyName and copyValue copy s to dst (C memory with room for it), the
// lengths names and values mostly have as overlapping loads and stores
// inline (each within Go's inlining budget), any other by memmove.
func copyName(dst unsafe.Pointer, s string) {
	n := len(s)
	src := unsafe.Pointer(unsafe.StringData(s))
	switch {
	case uint(n-8) <= 8:
		*(*uint64)(dst) = *(*uint64)(src)
		*(*uint64)(unsafe.Add(dst, n-8)) = *(*uint64)(unsafe.Add(src, n-8))
	case uint(n-17) < 16:
		*(*[2]uint64)(dst) = *(*[2]uint64)(src)
		*(*[2]uint64)(unsafe.Add(dst, n-16)) = *(*[2]uint64)(unsafe.Add(src, n-16))
	default:
		copy(unsafe.Slice((*byte)(dst), n), s)
	}
}

func copyValue(dst unsafe.Pointer, s string) {
	n := len(s)
	src := unsafe.Pointer(unsafe.StringData(s))
	switch {
	case uint(n-8) <= 8:
		*(*uint64)(dst) = *(*uint64)(src)
		*(*uint64)(unsafe.Add(dst, n-8)) = *(*uint64)(unsafe.Add(src, n-8))
	case uint(n-4) < 4:
		*(*uint32)(dst) = *(*uint32)(src)
		*(*uint32)(unsafe.Add(dst, n-4)) = *(*uint32)(unsafe.Add(src, n-4))
	default:
		copy(unsafe.Slice((*byte)(dst), n), s)
	}
}

// packCursor is packVars' place in vb's C buffers.
type packCursor struct {
	strs, strsEnd unsafe.Pointer // next string byte, end of vb.strs' capacity
	next, listEnd unsafe.Pointer // next entry, end of vb.list's capacity
}

// reset points the cursor after the first nstrs bytes and nlist entries
// of vb's buffers.
func (at *packCursor) reset(vb *varBuf, nstrs, nlist int) {
	strs := unsafe.Pointer(unsafe.SliceData(vb.strs))
	list := unsafe.Pointer(unsafe.SliceData(vb.list))
	at.strs, at.strsEnd = unsafe.Add(strs, nstrs), unsafe.Add(strs, cap(vb.strs))
	at.next = unsafe.Add(list, uintptr(nlist)*unsafe.Sizeof(capi.Var{}))
	at.listEnd = unsafe.Add(list, uintptr(cap(vb.list))*unsafe.Sizeof(capi.Var{}))
}

// commit sets vb's lengths to what the cursor has packed.
func (at *packCursor) commit(vb *varBuf) {
	vb.strs = vb.strs[:uintptr(at.strs)-uintptr(unsafe.Pointer(unsafe.SliceData(vb.strs)))]
	vb.list = vb.list[:(uintptr(at.next)-uintptr(unsafe.Pointer(unsafe.SliceData(vb.list))))/
		unsafe.Sizeof(capi.Var{})]
}

// grow makes room for one more entry and n more string bytes, moving
// vb's buffers (the entries so far follow the strings' move).
//
//go:noinline
func (at *packCursor) grow(vb *varBuf, n int) {
	at.commit(vb)
	if len(vb.list) == cap(vb.list) { // the map grew under the walk (a data race)
		vb.list = growVarList(vb.list, 2*len(vb.list))
	}
	if need := len(vb.strs) + n; need > cap(vb.strs) {
		vb.strs, vb.list = growVarStrs(vb.strs, vb.list, need)
	}
	at.reset(vb, len(vb.strs), len(vb.list))
}

// release wipes the strings packVars packed and returns the buffers to the
// pool, or frees them when they grew too large to keep.
func (vb *varBuf) release() {
	clear(vb.strs)
	vb.strs, vb.list = vb.strs[:0], vb.list[:0]
	if cap(vb.strs) <= varBufKeep {
		varBufPool.Put(vb)
	} else {
		vb.free()
	}
}

// growVarStrs moves packVars' strings to a larger C buffer, wiping and
// freeing the old one, and points the entries so far at the moved copies.
func growVarStrs(strs []byte, list []capi.Var, need int) ([]byte, []capi.Var) {
	n := max(need, 2*cap(strs), 4096)
	bigger := unsafe.Slice((*byte)(capi.Calloc(n)), n)[:len(strs)]
	copy(bigger, strs)
	if cap(strs) > 0 {
		clear(strs)
		capi.Free(unsafe.Pointer(unsafe.SliceData(strs)))
		from := uintptr(unsafe.Pointer(unsafe.SliceData(strs)))
		to := unsafe.Pointer(unsafe.SliceData(bigger))
		for i := range list {
			list[i].Name = unsafe.Add(to, uintptr(list[i].Name)-from)
			list[i].Value = unsafe.Add(to, uintptr(list[i].Value)-from)
		}
	}
	return bigger, list
}

// growVarList moves packVars' entries to a C array of room for n or more.
func growVarList(list []capi.Var, n int) []capi.Var {
	n = max(n, 64)
	bigger := unsafe.Slice((*capi.Var)(capi.Calloc(n*int(unsafe.Sizeof(capi.Var{})))), n)
	bigger = bigger[:copy(bigger, list)]
	if cap(list) > 0 {
		capi.Free(unsafe.Pointer(unsafe.SliceData(list)))
	}
	return bigger
}

func (e env) addFiles(paths []string, dialect EnvDialect, ce cError) error {
	for _, p := range paths {
		if strings.IndexByte(p, 0) >= 0 {
			return &Error{Code: ErrInvalid, Message: "path contains a NUL byte"}
		}
		if rc := capi.Dayone_shim_env_add_file(e.h, p, int(dialect), ce.e); rc != 0 {
			return ce.err(rc)
		}
	}
	return nil
}

// Check judges the variables in env against the policy (nil: the embedded
// default policy) and returns every finding. A violation is a finding, not
// an error: err is non-nil only when the check could not run. Close the
// report when done with its renderings.
func Check(policy *Policy, env map[string]string, opts ...CheckOption) (*Report, error) {
	return check(policy, env, false, opts)
}

// CheckProcessEnv is Check on the process environment (os.Environ, as the
// C library sees it); findings cite the source "process". Without
// WithEnvFile the library reads environ in place and copies only the
// variables the policy can read (dayone_check_process), with the answer a
// snapshot of every variable would give.
func CheckProcessEnv(policy *Policy, opts ...CheckOption) (*Report, error) {
	return check(policy, nil, true, opts)
}

// Enforce fails fast at start-up: it checks the process environment and
// returns a *ViolationError carrying the report when it fails the policy
// (print its Report.Text() and exit 1; the report is the caller's to
// Close), another error when the check could not run (exit 2), nil when the
// environment is launch-ready. Warnings and waived findings do not fail.
// Enforce runs the startup rules only: WithFacts, WithFactsFile, WithNow
// and WithProfiles are ErrInvalid here (use Check for scheduled checks).
func Enforce(policy *Policy, opts ...CheckOption) error {
	if cfg := configure(opts); cfg.usesFacts() {
		return &Error{Code: ErrInvalid, Message: "Enforce is the start-up check: " +
			"WithFacts, WithFactsFile, WithNow and WithProfiles are for Check and Explain"}
	}
	r, err := CheckProcessEnv(policy, opts...)
	if err != nil {
		return err
	}
	if !r.OK() {
		return &ViolationError{Report: r}
	}
	r.Close()
	return nil
}

func check(policy *Policy, vars map[string]string, process bool, opts []CheckOption) (*Report, error) {
	cfg := configure(opts)
	nowNS, profiles, err := cfg.nowAndProfiles()
	if err != nil {
		return nil, err
	}
	if !process && len(cfg.envFiles) == 0 && cfg.example == nil && len(cfg.facts) == 0 {
		return checkVars(policy, vars, &cfg, nowNS, profiles)
	}
	ce := newCError()
	defer ce.free()
	if process && len(cfg.envFiles) == 0 {
		return checkProcess(policy, &cfg, nowNS, profiles, ce)
	}
	e, err := newEnv()
	if err != nil {
		return nil, err
	}
	defer e.free()
	if process {
		if rc := capi.Dayone_env_add_process(e.h); rc != 0 {
			return nil, ce.err(rc)
		}
	}
	if err := e.set(vars, ce); err != nil {
		return nil, err
	}
	if err := e.addFiles(cfg.envFiles, cfg.envDialect, ce); err != nil {
		return nil, err
	}
	return checkSnapshot(policy, e, &cfg, nowNS, profiles, ce)
}

// checkSnapshot checks the snapshot e (check's, or an Env's) with cfg's
// example, facts, time and profiles in one crossing (capi.CheckEnv); ce
// receives the library's errors in building the example and the facts
// (unused, and may be the zero cError, when there are neither).
func checkSnapshot(policy *Policy, e env, cfg *checkConfig, nowNS int64, profiles string,
	ce cError) (*Report, error) {
	return checkWith(policy, cfg, ce, func(p, example, facts uintptr) (uintptr, int64, int64) {
		return capi.CheckEnv(p, e.h.Swigcptr(), cfg.flags, example, cfg.today, facts, nowNS,
			profiles)
	})
}

// checkProcess is checkSnapshot of the process environment, which the
// library reads itself, copying only the variables the policy can read
// (capi.CheckProcess: dayone_check_process).
func checkProcess(policy *Policy, cfg *checkConfig, nowNS int64, profiles string,
	ce cError) (*Report, error) {
	return checkWith(policy, cfg, ce, func(p, example, facts uintptr) (uintptr, int64, int64) {
		return capi.CheckProcess(p, cfg.flags, example, cfg.today, facts, nowNS, profiles)
	})
}

// checkWith builds cfg's example and facts, then runs the check crossing
// (given the policy, example and facts addresses, 0 for none; it returns
// as capi.CheckVarList does) with the policy's C handle held open.
func checkWith(policy *Policy, cfg *checkConfig, ce cError,
	run func(p, example, facts uintptr) (uintptr, int64, int64)) (*Report, error) {
	var err error
	example := env{capi.SwigcptrDayone_env(0)}
	if cfg.example != nil {
		if example, err = newEnv(); err != nil {
			return nil, err
		}
		defer example.free()
		if err := example.set(cfg.example, ce); err != nil {
			return nil, err
		}
	}
	f, err := newFacts(cfg.facts, ce)
	if err != nil {
		return nil, err
	}
	defer f.free()
	return checkUnder(policy, func(p capi.Dayone_policy) (*Report, error) {
		h, word, n := run(p.Swigcptr(), example.h.Swigcptr(), f.handle().Swigcptr())
		if h == 0 {
			return nil, checkVarsError(word)
		}
		r := capi.SwigcptrDayone_report(h)
		return newReportOf(r, word != 0, n, policy.reportName(r)), nil
	})
}

// checkVars is check of a map alone (no process environment, env files,
// example or facts, whose errors would come first): the variables cross
// as dayone_var entries (packVars), in the call that checks them
// (capi.CheckVarList), and the library
// copies only those the policy can read. The same call returns the report's
// verdict and size, and an error object only on failure, so a check costs
// one crossing and the report's release.
func checkVars(policy *Policy, vars map[string]string, cfg *checkConfig, nowNS int64,
	profiles string) (*Report, error) {
	return checkUnder(policy, func(p capi.Dayone_policy) (*Report, error) {
		var h uintptr
		var word, n int64
		packVars(vars, func(list []capi.Var) {
			h, word, n = capi.CheckVarList(p.Swigcptr(), list, cfg.flags, cfg.today, nowNS,
				profiles)
		})
		if h == 0 {
			return nil, checkVarsError(word)
		}
		r := capi.SwigcptrDayone_report(h)
		return newReportOf(r, word != 0, n, policy.reportName(r)), nil
	})
}

// checkVarsError is the error capi.CheckVarList or CheckEnv returned in word: its code is
// the error's own (set by C), or out of memory when even the copy failed.
func checkVarsError(word int64) error {
	if word == 0 {
		return fromHeader(int(ErrNoMemory), 0)
	}
	return fromHeader(0, word)
}

// checkUnder runs check with the policy's C handle held open: check returns
// the report it made, or the error.
func checkUnder(policy *Policy, check func(capi.Dayone_policy) (*Report, error)) (*Report, error) {
	var rep *Report
	err := policy.use(func(p capi.Dayone_policy) (err error) {
		rep, err = check(p)
		return err
	})
	return rep, err
}

// Explain describes every rule of the policy that concerns key (a variable
// or a fact address such as backup.db.last_success_at) under env and the
// options' facts, now and profiles: whether it applies, why, and whether it
// passes. A key no rule mentions wraps ErrNotFound. The text never contains
// a value.
func Explain(policy *Policy, env map[string]string, key string, opts ...CheckOption) (string, error) {
	cfg := configure(opts)
	nowNS, profiles, err := cfg.nowAndProfiles()
	if err != nil {
		return "", err
	}
	ce := newCError()
	defer ce.free()
	e, err := newEnv()
	if err != nil {
		return "", err
	}
	defer e.free()
	if err := e.set(env, ce); err != nil {
		return "", err
	}
	if err := e.addFiles(cfg.envFiles, cfg.envDialect, ce); err != nil {
		return "", err
	}
	f, err := newFacts(cfg.facts, ce)
	if err != nil {
		return "", err
	}
	defer f.free()
	var out string
	err = policy.use(func(p capi.Dayone_policy) error {
		out = capi.Dy_go_explain(p, e.h, key, cfg.flags, cfg.today, f.handle(), nowNS,
			profiles, ce.e)
		if rc := ce.e.GetCode(); rc != 0 {
			return ce.err(rc)
		}
		return nil
	})
	return out, err
}
