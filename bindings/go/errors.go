package dayone

import (
	"errors"
	"strconv"
	"strings"

	"github.com/libdayone/libdayone/bindings/go/internal/capi"
)

// Code is a libdayone status code (the DAYONE_E* values of dayone/common.h).
//
// Every non-zero Code is a sentinel error. Each error this package returns
// for a failure reported by the C library wraps exactly one of them, so
//
//	if errors.Is(err, dayone.ErrNotFound) { ... }
//
// works whatever the concrete type (*Error, *PolicyError, *EnvFileError,
// *ViolationError, *BatchError).
type Code int

// The sentinels, one per C status code. Their values come from the C header
// through the SWIG layer, so Go and C cannot drift apart; codeText below is
// the one table giving each its text.
var (
	ErrInternal  = Code(capi.DAYONE_ERROR)      // an internal error not covered below
	ErrInvalid   = Code(capi.DAYONE_EINVAL)     // a bad argument
	ErrNoMemory  = Code(capi.DAYONE_ENOMEM)     // an allocation failed
	ErrNotFound  = Code(capi.DAYONE_ENOTFOUND)  // unknown plan, limit, feature or key
	ErrPolicy    = Code(capi.DAYONE_EPOLICY)    // a malformed policy (see *PolicyError)
	ErrEnvFile   = Code(capi.DAYONE_EENVFILE)   // a malformed .env file or facts document (see *EnvFileError)
	ErrIO        = Code(capi.DAYONE_EIO)        // a file could not be read
	ErrLimit     = Code(capi.DAYONE_ELIMIT)     // input past a documented limit
	ErrBackend   = Code(capi.DAYONE_EBACKEND)   // the shared-state backend failed
	ErrViolation = Code(capi.DAYONE_EVIOLATION) // the environment violates the policy (see *ViolationError)
)

// codeText is the one table of status codes known to this package.
var codeText = map[Code]string{
	ErrInternal:  "internal error",
	ErrInvalid:   "invalid argument",
	ErrNoMemory:  "out of memory",
	ErrNotFound:  "not found",
	ErrPolicy:    "invalid policy",
	ErrEnvFile:   "invalid .env file",
	ErrIO:        "I/O error",
	ErrLimit:     "input exceeds a limit",
	ErrBackend:   "backend error",
	ErrViolation: "the environment violates the policy",
}

// ErrClosed is returned by every method of a Policy, Report or Limiter
// after its Close.
var ErrClosed = errors.New("dayone: use of a closed handle")

// Error returns the code's text, e.g. "dayone: not found".
func (c Code) Error() string {
	if t, ok := codeText[c]; ok {
		return "dayone: " + t
	}
	return "dayone: status " + strconv.Itoa(int(c))
}

// Name returns the C name of the code, e.g. "DAYONE_ENOTFOUND"
// (dayone_status_name).
func (c Code) Name() string { return capi.Dayone_status_name(int(c)) }

// Error is a failure reported by the C library. Path, Line and Column name
// the place in a file when there is one (1-based; 0 when not applicable).
// The message never contains the value of an environment variable.
type Error struct {
	Code    Code
	Message string
	Path    string
	Line    int
	Column  int
}

func (e *Error) Error() string { return format(e.Path, e.Line, e.Column, e.Message, e.Code) }

// Unwrap returns the sentinel Code, for errors.Is.
func (e *Error) Unwrap() error { return e.Code }

// PolicyError is a malformed policy file or document (ErrPolicy): the
// loader's message and where it found the problem.
type PolicyError struct {
	Path    string // the file, or the name given to ParsePolicyNamed
	Line    int    // 1-based, 0 when unknown
	Column  int    // 1-based, 0 when unknown
	Message string
}

func (e *PolicyError) Error() string {
	return format(e.Path, e.Line, e.Column, e.Message, ErrPolicy)
}

// Unwrap returns ErrPolicy.
func (e *PolicyError) Unwrap() error { return ErrPolicy }

// EnvFileError is a malformed .env file or facts document (ErrEnvFile),
// with its place (facts.json for a WithFacts map). The message names the
// problem, never the content of the file.
type EnvFileError struct {
	Path    string
	Line    int
	Column  int
	Message string
}

func (e *EnvFileError) Error() string {
	return format(e.Path, e.Line, e.Column, e.Message, ErrEnvFile)
}

// Unwrap returns ErrEnvFile.
func (e *EnvFileError) Unwrap() error { return ErrEnvFile }

// ViolationError is returned by Enforce when the environment fails the
// policy. Report holds every finding (rule, key, message, hint - never a
// value); print Report.Text() before exiting.
type ViolationError struct {
	Report *Report
}

func (e *ViolationError) Error() string {
	var b strings.Builder
	b.WriteString("dayone: the environment violates the policy")
	if e.Report == nil {
		return b.String()
	}
	n := 0
	for _, f := range e.Report.Findings {
		if f.Severity != SeverityError {
			continue
		}
		if n == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString(", ")
		}
		if n == 5 {
			b.WriteString("...")
			break
		}
		b.WriteString(f.Rule)
		b.WriteString(" (")
		b.WriteString(f.Key)
		b.WriteString(")")
		n++
	}
	return b.String()
}

// Unwrap returns ErrViolation.
func (e *ViolationError) Unwrap() error { return ErrViolation }

// BatchError reports the requests of a DecideMany that could not be
// decided. The other requests were decided (as if one by one) and their
// decisions are valid.
type BatchError struct {
	Index int    // the first failed request
	Err   error  // its error (wraps a sentinel Code)
	Codes []Code // per request: 0 when decided, else its Code
}

func (e *BatchError) Error() string {
	return "dayone: request " + strconv.Itoa(e.Index) + " of the batch failed: " + e.Err.Error()
}

// Unwrap returns the first failure's error, so errors.Is(err, ErrNotFound)
// and errors.As(err, &*dayone.Error) see it.
func (e *BatchError) Unwrap() error { return e.Err }

func format(path string, line, col int, msg string, code Code) string {
	var b strings.Builder
	b.WriteString("dayone: ")
	if path != "" {
		b.WriteString(path)
		if line > 0 {
			b.WriteString(":")
			b.WriteString(strconv.Itoa(line))
			if col > 0 {
				b.WriteString(":")
				b.WriteString(strconv.Itoa(col))
			}
		}
		b.WriteString(": ")
	}
	if msg == "" {
		msg = strings.TrimPrefix(code.Error(), "dayone: ")
	}
	b.WriteString(msg)
	return b.String()
}

// newError builds the Go error for status rc from the error's fields.
func newError(rc int, msg, path string, line, col int) error {
	code := Code(rc)
	switch code {
	case ErrPolicy:
		return &PolicyError{Path: path, Line: line, Column: col, Message: msg}
	case ErrEnvFile:
		return &EnvFileError{Path: path, Line: line, Column: col, Message: msg}
	}
	return &Error{Code: code, Message: msg, Path: path, Line: line, Column: col}
}

// fromC turns a failed call's status and its caller-owned dayone_error into
// a Go error. The error object is read here, on the goroutine that made the
// call; nothing depends on thread-local state.
func fromC(rc int, e capi.Dayone_error) error {
	if e == nil || e.Swigcptr() == 0 {
		return newError(rc, "", "", 0, 0)
	}
	if c := e.GetCode(); c != 0 && rc == 0 {
		rc = c
	}
	if rc == 0 {
		rc = int(ErrInternal)
	}
	return newError(rc, e.GetMessage(), e.GetPath(), int(e.GetLine()), int(e.GetColumn()))
}

// fromHeader converts the error a decide shim stored in out[0] (a malloc'd
// dayone_error, or 0 when even that allocation failed) and frees it.
func fromHeader(rc int, word int64) error {
	if word == 0 {
		return newError(rc, "", "", 0, 0)
	}
	e := capi.SwigcptrDayone_error(uintptr(word))
	err := fromC(rc, e)
	capi.DeleteDayone_error(e)
	return err
}

// cError is a caller-owned dayone_error in C memory for one call.
type cError struct{ e capi.Dayone_error }

func newCError() cError { return cError{capi.NewDayone_error()} }

func (c cError) free() { capi.DeleteDayone_error(c.e) }

// err returns the Go error for rc (nil for DAYONE_OK).
func (c cError) err(rc int) error {
	if rc == 0 {
		return nil
	}
	return fromC(rc, c.e)
}

// failed returns the Go error after a call that returned a NULL handle.
func (c cError) failed() error {
	rc := c.e.GetCode()
	if rc == 0 {
		rc = int(ErrNoMemory)
	}
	return fromC(rc, c.e)
}
