package capi

// Decide's one call per request, written by hand rather than by SWIG: the
// SWIG wrapper of dayone_shim_decide_handle spent ~90 instructions a call
// turning its handle interfaces back into pointers (two interface method
// calls) and copying its arguments, a tenth of what the binding adds to a
// decision. Here the caller passes the pointers as it keeps them, integers,
// and the key as a Go string (cgo passes its pointer and length; C only
// reads it during the call).

/*
#include <stdint.h>
#include "dayone_shim.h"

static int dy_go_decide_handle(uintptr_t limiter, uintptr_t handle, _GoString_ key,
                               int64_t cost, int64_t usage, int64_t now_ns, uintptr_t mem)
{
    return dayone_shim_decide_handle((dayone_limiter *)limiter,
                                     (const dayone_limit_handle *)handle, _GoStringPtr(key),
                                     _GoStringLen(key), cost, usage, now_ns, mem);
}
*/
import "C"

// DecideHandle is dayone_shim_decide_handle for a limiter and a handle
// given as their addresses (Swigcptr()) and mem as for that function.
func DecideHandle(limiter, handle uintptr, key string, cost, usage, nowNS int64, mem uintptr) int {
	return int(C.dy_go_decide_handle(C.uintptr_t(limiter), C.uintptr_t(handle), key,
		C.int64_t(cost), C.int64_t(usage), C.int64_t(nowNS), C.uintptr_t(mem)))
}
