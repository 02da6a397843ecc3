package capi

// Limiter.Resolve's call: dayone_limiter_resolve with the caller's
// dayone_error, so that a triple that does not resolve fails with the
// library's own code and message (dayone_shim_resolve, which Decide's
// handle list uses, says only NULL). Names are copied to NUL-terminated C
// strings here; the caller has refused names holding a NUL byte.

/*
#include <stdint.h>
#include <stdlib.h>
#include "dayone/limiter.h"

static int dy_go_resolve(uintptr_t limiter, const char *plan, const char *limit,
                         const char *feature, uintptr_t *out, uintptr_t err)
{
    dayone_limit_handle *h = NULL;
    int rc = dayone_limiter_resolve((dayone_limiter *)limiter, plan, limit, feature, &h,
                                    (dayone_error *)err);
    *out = (uintptr_t)h;
    return rc;
}
*/
import "C"

import "unsafe"

// Resolve resolves (plan, limit, feature) for the limiter at address
// limiter (Swigcptr()); feature "" is none. It returns the handle's address
// (0 unless the status is 0), filling the dayone_error at address err.
func Resolve(limiter uintptr, plan, limit, feature string, err uintptr) (uintptr, int) {
	cp, cl := C.CString(plan), C.CString(limit)
	defer C.free(unsafe.Pointer(cp))
	defer C.free(unsafe.Pointer(cl))
	var cf *C.char
	if feature != "" {
		cf = C.CString(feature)
		defer C.free(unsafe.Pointer(cf))
	}
	var h C.uintptr_t
	rc := C.dy_go_resolve(C.uintptr_t(limiter), cp, cl, cf, &h, C.uintptr_t(err))
	return uintptr(h), int(rc)
}
