package dayone

import (
	"time"

	"github.com/libdayone/libdayone/bindings/go/internal/capi"
)

// PeriodBounds returns the quota period holding now: its start and the
// moment it resets (start <= now < reset), in UTC. period is "month" (the
// calendar month), "day" (the calendar day) or "anchored" (monthly from
// anchor's day of the month, clamped to short months: see
// include/dayone/quota.h); anchor is the zero Time except for "anchored".
// An unknown period, a misplaced anchor or a time before 1970 or after
// 9999 wraps ErrInvalid. Sub-second parts of now are dropped.
func PeriodBounds(period string, now, anchor time.Time) (start, reset time.Time, err error) {
	var a int64
	if !anchor.IsZero() {
		a = anchor.Unix()
	}
	out := make([]int64, 2)
	// An unknown name is -1, which the C call refuses with its status.
	if rc := capi.Dy_go_period_bounds(out, capi.Dayone_shim_period(period), a, now.Unix()); rc != 0 {
		return time.Time{}, time.Time{}, &Error{Code: Code(rc), Message: "period bounds: " +
			"unknown period, misplaced anchor or time out of range"}
	}
	return time.Unix(out[0], 0).UTC(), time.Unix(out[1], 0).UTC(), nil
}
