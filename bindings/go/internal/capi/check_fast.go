package capi

// Check's one crossing, written by hand rather than by SWIG (for a map
// alone and for a snapshot): SWIG's wrapper passed the packed slices as C structs holding Go
// pointers, which cgo checks at run time on every call (~1,100
// instructions for Check's three slices), returned the report as an
// interface (an 8-byte allocation) and needed an output array in Go memory
// (another allocation). Here a map's variables cross as dayone_var
// entries in C memory (Var: nothing for cgo to check, nothing for C to
// unpack), and the report, its
// verdict and size come back in a struct returned by value: a check costs
// one crossing and the report's release, where the SWIG calls of a
// snapshot's check took seven (an error object made and freed, the
// report's verdict, size and policy name read one by one).

/*
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "dayone_shim.h"

typedef struct dy_go_check_result {
    uintptr_t report; // the report, 0 on failure
    int64_t word;     // ok (1 passed, 0 failed), or on failure the error
    int64_t count;    // number of findings
} dy_go_check_result;

// The verdict of one check: the report with its verdict and size, or on
// failure the error as a malloc'd copy of err (0 when even that failed;
// Go's fromHeader frees it), so that a check that succeeds moves no error
// object.
static dy_go_check_result dy_go_check_result_of(int rc, dayone_report *h,
                                                const dayone_error *err)
{
    dy_go_check_result res = {0, 0, 0};
    if (rc != DAYONE_OK) {
        dayone_error *c = (dayone_error *)malloc(sizeof *c);
        if (c) {
            memcpy(c, err, sizeof *c);
            if (c->code == 0)
                c->code = rc;
        }
        res.word = (int64_t)(intptr_t)c;
        return res;
    }
    res.report = (uintptr_t)h;
    res.word = dayone_report_ok(h);
    res.count = (int64_t)dayone_report_count(h);
    return res;
}

static void dy_go_error_init(dayone_error *err)
{
    err->code = 0;
    err->line = err->column = 0;
    err->path[0] = err->message[0] = '\0';
}

// Check of a map alone, the variables as a dayone_var array in C memory
// (dayone_shim_check_var_list): nothing to unpack or bound-check.
static dy_go_check_result dy_go_check_var_list(uintptr_t policy, uintptr_t vars, size_t n,
                                               unsigned int flags, int64_t today, int64_t now_ns,
                                               _GoString_ profiles)
{
    dayone_report *h = NULL;
    dayone_error err;
    dy_go_error_init(&err);
    int rc = dayone_shim_check_var_list(&h, (const dayone_policy *)policy,
                                        (const dayone_var *)vars, n, flags, NULL, today, NULL,
                                        now_ns, _GoStringPtr(profiles), _GoStringLen(profiles),
                                        &err);
    return dy_go_check_result_of(rc, h, &err);
}

static int dy_go_env_set_many(uintptr_t env, uintptr_t vars, size_t n, uintptr_t err)
{
    return dayone_env_set_many((dayone_env *)env, (const dayone_var *)vars, n,
                               (dayone_error *)err);
}

// Check of a snapshot (dayone_shim_check); example and facts may be 0.
static dy_go_check_result dy_go_check_env(uintptr_t policy, uintptr_t env, unsigned int flags,
                                          uintptr_t example, int64_t today, uintptr_t facts,
                                          int64_t now_ns, _GoString_ profiles)
{
    dayone_report *h = NULL;
    dayone_error err;
    dy_go_error_init(&err);
    int rc = dayone_shim_check(&h, (const dayone_policy *)policy, (const dayone_env *)env, flags,
                               (const dayone_env *)example, today, (const dayone_facts *)facts,
                               now_ns, _GoStringPtr(profiles), _GoStringLen(profiles), &err);
    return dy_go_check_result_of(rc, h, &err);
}
// Check of the process environment (dayone_shim_check_process); example
// and facts may be 0.
static dy_go_check_result dy_go_check_process(uintptr_t policy, unsigned int flags,
                                              uintptr_t example, int64_t today, uintptr_t facts,
                                              int64_t now_ns, _GoString_ profiles)
{
    dayone_report *h = NULL;
    dayone_error err;
    dy_go_error_init(&err);
    int rc = dayone_shim_check_process(&h, (const dayone_policy *)policy, flags,
                                       (const dayone_env *)example, today,
                                       (const dayone_facts *)facts, now_ns,
                                       _GoStringPtr(profiles), _GoStringLen(profiles), &err);
    return dy_go_check_result_of(rc, h, &err);
}
static void dy_go_report_free(uintptr_t report)
{
    dayone_report_free((dayone_report *)report);
}
*/
import "C"

import "unsafe"

// Var is a dayone_var as Go writes it into C memory (VarMalloc): the
// addresses of a name and a value in C memory, and their lengths. Its
// layout is dayone_var's (checked below, at compile time).
type Var struct {
	Name     unsafe.Pointer // C memory only
	NameLen  uintptr
	Value    unsafe.Pointer // C memory only
	ValueLen uintptr
}

// Var's size and offsets are dayone_var's: each line fails to compile
// otherwise (an array of negative or nonzero length).
var (
	_ [0]byte = [unsafe.Sizeof(Var{}) - C.sizeof_dayone_var]byte{}
	_ [0]byte = [C.sizeof_dayone_var - unsafe.Sizeof(Var{})]byte{}
	_ [0]byte = [unsafe.Offsetof(Var{}.NameLen) - unsafe.Offsetof(C.dayone_var{}.name_len)]byte{}
	_ [0]byte = [unsafe.Offsetof(Var{}.Value) - unsafe.Offsetof(C.dayone_var{}.value)]byte{}
	_ [0]byte = [unsafe.Offsetof(Var{}.ValueLen) - unsafe.Offsetof(C.dayone_var{}.value_len)]byte{}
)

// Calloc is C's calloc of n bytes (never nil: cgo's C.malloc family ends
// the program when memory runs out, as Go's own allocations do).
func Calloc(n int) unsafe.Pointer {
	p := C.calloc(C.size_t(n), 1)
	if p == nil {
		panic("dayone: C calloc failed")
	}
	return p
}

// Free is C's free.
func Free(p unsafe.Pointer) { C.free(p) }

// CheckVarList checks the variables vars (a slice over C memory, whose
// names and values are in C memory too: no Go pointer crosses, so cgo has
// nothing to check and C nothing to unpack) against the policy at address
// policy (Swigcptr(); 0 is the embedded default). On success it returns the
// report's address, 1 or 0 for its verdict and its number of findings; on
// failure report 0 and in word the address of a malloc'd dayone_error (0
// when even that failed). vars is only read during the call.
func CheckVarList(policy uintptr, vars []Var, flags uint, today, nowNS int64,
	profiles string) (report uintptr, word, count int64) {
	r := C.dy_go_check_var_list(C.uintptr_t(policy),
		C.uintptr_t(uintptr(unsafe.Pointer(unsafe.SliceData(vars)))), C.size_t(len(vars)),
		C.uint(flags), C.int64_t(today), C.int64_t(nowNS), profiles)
	return uintptr(r.report), int64(r.word), int64(r.count)
}

// EnvSetMany is dayone_env_set_many of vars (as for CheckVarList) into the
// snapshot at env; err is a dayone_error's address (Swigcptr) or 0.
func EnvSetMany(env uintptr, vars []Var, err uintptr) int {
	return int(C.dy_go_env_set_many(C.uintptr_t(env),
		C.uintptr_t(uintptr(unsafe.Pointer(unsafe.SliceData(vars)))), C.size_t(len(vars)),
		C.uintptr_t(err)))
}

// CheckEnv checks the snapshot at address env with the options of
// dayone_shim_check (example and facts: addresses, 0 for none); it returns
// as CheckVarList does.
func CheckEnv(policy, env uintptr, flags uint, example uintptr, today int64, facts uintptr,
	nowNS int64, profiles string) (report uintptr, word, count int64) {
	r := C.dy_go_check_env(C.uintptr_t(policy), C.uintptr_t(env), C.uint(flags),
		C.uintptr_t(example), C.int64_t(today), C.uintptr_t(facts), C.int64_t(nowNS), profiles)
	return uintptr(r.report), int64(r.word), int64(r.count)
}

// CheckProcess checks the process environment (the library reads environ
// and copies only the variables the policy can read) with the options of
// CheckEnv; it returns as CheckVarList does.
func CheckProcess(policy uintptr, flags uint, example uintptr, today int64, facts uintptr,
	nowNS int64, profiles string) (report uintptr, word, count int64) {
	r := C.dy_go_check_process(C.uintptr_t(policy), C.uint(flags), C.uintptr_t(example),
		C.int64_t(today), C.uintptr_t(facts), C.int64_t(nowNS), profiles)
	return uintptr(r.report), int64(r.word), int64(r.count)
}

// ReportFree is dayone_report_free for the report at address report (a
// SWIG call would box the address into an interface, an allocation).
func ReportFree(report uintptr) { C.dy_go_report_free(C.uintptr_t(report)) }
