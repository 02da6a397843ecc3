package capi

// Two do-nothing C functions for the binding's floor benchmarks
// (bench_floor_test.go one directory up): what any cgo call costs, and that
// plus the monotonic clock read a Decide without a time needs. Written by
// hand, not by SWIG, so nothing but the crossing itself is timed.

/*
#include <stdint.h>
#include <time.h>

static void dy_floor_nop(void) {}

static int64_t dy_floor_clock(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}
*/
import "C"

// FloorNop crosses into C and straight back.
func FloorNop() { C.dy_floor_nop() }

// FloorClock crosses into C and reads CLOCK_MONOTONIC there.
func FloorClock() int64 { return int64(C.dy_floor_clock()) }
