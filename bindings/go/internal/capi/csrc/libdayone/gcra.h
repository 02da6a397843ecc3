/* gcra.h - one step of the Generic Cell Rate Algorithm on int64 nanoseconds.
 *
 * Pure functions, no state: the caller keeps the theoretical arrival time
 * (TAT) per key and calls dy_gcra_step() under whatever lock protects it.
 * The arithmetic matches go-redis/redis_rate, in integers so retry-after is
 * exact and nothing drifts:
 *
 *   T         = emission interval (ns per unit of cost)
 *   tolerance = T * burst          (delay variation tolerance)
 *   increment = T * cost
 *   tat       = max(stored_tat, now)
 *   new_tat   = tat + increment
 *   allow_at  = new_tat - tolerance
 *   now <  allow_at: deny,  retry_after = allow_at - now, reset_after = tat - now,
 *                    remaining = 0, the stored TAT is unchanged
 *   now >= allow_at: allow, store new_tat, remaining = (now - allow_at) / T,
 *                    reset_after = new_tat - now
 *
 * A TAT at or before `now` carries no information (it behaves exactly like a
 * fresh key), which is what lets the table reuse such slots.
 *
 * Callers reject cost > burst before stepping (it can never pass) and bound
 * cost by DY_GCRA_COST_MAX; products saturate at INT64_MAX instead of
 * wrapping, so absurd rates degrade to "deny for a very long time". */
#ifndef DY_GCRA_H
#define DY_GCRA_H

#include <stdint.h>

/* Largest cost a request may carry (DAYONE_EINVAL above). */
#define DY_GCRA_COST_MAX INT64_C(1000000000)

/* Field order differs from dayone_decision on purpose: the compiler then
 * copies the fields one by one rather than with wide loads that cannot be
 * forwarded from the step's narrower stores (a stall on the hot path). */
typedef struct dy_gcra_out {
    int allowed;
    int64_t remaining;
    int64_t new_tat;         /* the TAT to store (== stored_tat when denied) */
    int64_t reset_after_ns;
    int64_t retry_after_ns;  /* 0 when allowed */
} dy_gcra_out;

/* a + b for b >= 0, saturating at INT64_MAX. */
static inline int64_t dy_gcra_sat_add(int64_t a, int64_t b)
{
    return a > INT64_MAX - b ? INT64_MAX : a + b;
}

/* a * b for a, b >= 0, saturating at INT64_MAX. */
static inline int64_t dy_gcra_sat_mul(int64_t a, int64_t b)
{
#if defined(__GNUC__) || defined(__clang__)
    int64_t r;
    if (__builtin_mul_overflow(a, b, &r))
        return INT64_MAX;
    return r;
#else
    if (a != 0 && b > INT64_MAX / a)
        return INT64_MAX;
    return a * b;
#endif
}

/* floor((2^64 - 1) / d), precomputed once per limit so that dy_gcra_div
 * needs no hardware division on the hot path. */
static inline uint64_t dy_gcra_inverse(int64_t d)
{
    return d <= 1 ? UINT64_MAX : UINT64_MAX / (uint64_t)d;
}

/* n / d for 0 <= n, d >= 1, exactly, given inv = dy_gcra_inverse(d): the
 * estimate from the high half of n * inv is the quotient or one less. */
static inline int64_t dy_gcra_div(int64_t n, int64_t d, uint64_t inv)
{
#if defined(__SIZEOF_INT128__)
    uint64_t q = (uint64_t)(((__uint128_t)(uint64_t)n * inv) >> 64);
    uint64_t r = (uint64_t)n - q * (uint64_t)d;
    return (int64_t)(q + (r >= (uint64_t)d)); /* at most one short */
#else
    (void)inv;
    return n / d;
#endif
}

/* One decision. emission_ns >= 1, 0 <= increment <= tolerance, now >= 0;
 * inv = dy_gcra_inverse(emission_ns). */
static inline void dy_gcra_step_inv(int64_t stored_tat, int64_t now, int64_t emission_ns,
                                    uint64_t inv, int64_t tolerance_ns, int64_t increment_ns,
                                    dy_gcra_out *out)
{
    int64_t tat = stored_tat > now ? stored_tat : now;
    int64_t new_tat = dy_gcra_sat_add(tat, increment_ns);
    int64_t allow_at = new_tat - tolerance_ns; /* both >= 0: cannot overflow */

    if (now < allow_at) {
        out->allowed = 0;
        out->new_tat = stored_tat;
        out->retry_after_ns = allow_at - now;
        out->reset_after_ns = tat - now;
        out->remaining = 0;
        return;
    }
    out->allowed = 1;
    out->new_tat = new_tat;
    out->retry_after_ns = 0;
    out->reset_after_ns = new_tat - now;
    out->remaining = dy_gcra_div(now - allow_at, emission_ns, inv);
}

/* The same, computing the inverse (for callers off the hot path). */
static inline void dy_gcra_step(int64_t stored_tat, int64_t now, int64_t emission_ns,
                                int64_t tolerance_ns, int64_t increment_ns, dy_gcra_out *out)
{
    dy_gcra_step_inv(stored_tat, now, emission_ns, dy_gcra_inverse(emission_ns), tolerance_ns,
                     increment_ns, out);
}

#endif
