package dayone

import (
	"strings"
	"time"

	"github.com/libdayone/libdayone/bindings/go/internal/capi"
)

// Ban is one live ban (dayone_ban of dayone/banlist.h).
type Ban struct {
	Key       string        // the tenant key (its first 63 bytes)
	Limit     string        // the limit name
	Remaining time.Duration // until the ban ends
	Bans      int           // bans of this pair remembered, this one included
}

func noNUL(s ...string) bool {
	for _, x := range s {
		if strings.IndexByte(x, 0) >= 0 {
			return false
		}
	}
	return true
}

// Ban bans (key, limit) for d from now (0: the limiter's clock)
// (dayone_limiter_ban): its requests are DenyBanned (403) before anything
// else, with RetryAfter the ban's remaining time. ErrNotFound for a limit
// the policy does not name, ErrLimit when the banlist has no room.
func (l *Limiter) Ban(key, limit string, d time.Duration, now int64) error {
	if !noNUL(key, limit) {
		return &Error{Code: ErrInvalid, Message: "key and limit must not contain NUL"}
	}
	return l.withHandle(func(h capi.Dayone_limiter, ce cError) error {
		return ce.err(capi.Dayone_limiter_ban(h, key, limit, int64(d), now, ce.e))
	})
}

// Unban lifts the ban on (key, limit) (dayone_limiter_unban); ErrNotFound
// when it had none.
func (l *Limiter) Unban(key, limit string, now int64) error {
	if !noNUL(key, limit) {
		return &Error{Code: ErrInvalid, Message: "key and limit must not contain NUL"}
	}
	return l.withHandle(func(h capi.Dayone_limiter, ce cError) error {
		return ce.err(capi.Dayone_limiter_unban(h, key, limit, now, ce.e))
	})
}

// Bans lists the live bans at now (0: the limiter's clock).
func (l *Limiter) Bans(now int64) ([]Ban, error) {
	var out []Ban
	err := l.withHandle(func(h capi.Dayone_limiter, ce cError) error {
		bans := capi.Dy_go_limiter_bans(h, now, ce.e)
		if bans.Swigcptr() == 0 {
			return ce.failed()
		}
		defer capi.Dy_go_bans_free(bans)
		out = make([]Ban, 0, int(bans.GetN()))
		for i := int64(0); i < bans.GetN(); i++ {
			b := capi.Dy_go_ban_at(bans, i)
			out = append(out, Ban{Key: b.GetKey(), Limit: b.GetLimit(),
				Remaining: time.Duration(b.GetRemaining_ns()), Bans: int(b.GetBans())})
		}
		return nil
	})
	return out, err
}

// withHandle runs f with the live handle and an error object, or returns
// ErrClosed.
func (l *Limiter) withHandle(f func(capi.Dayone_limiter, cError) error) error {
	if l == nil {
		return ErrClosed
	}
	l.mu.RLock()
	defer l.mu.RUnlock()
	if l.h == nil {
		return ErrClosed
	}
	ce := newCError()
	defer ce.free()
	return f(l.h, ce)
}
