/* clock.h - reading the monotonic clock, in one place.
 *
 * Inline: the limiter reads it once per decision on its hot path. Never
 * goes backwards; its epoch is unspecified (compare readings, do not print
 * them). Thread-safe. */
#ifndef DY_CLOCK_H
#define DY_CLOCK_H

#include <stdint.h>
#include <time.h>

/* Nanoseconds on CLOCK_MONOTONIC. */
static inline int64_t dy_monotonic_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

#endif
