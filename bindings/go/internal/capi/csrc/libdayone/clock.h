/* clock.h - reading the clocks, in one place.
 *
 * Inline: the limiter reads the monotonic clock once per decision on its
 * hot path. It never goes backwards; its epoch is unspecified (compare
 * readings, do not print them). The wall clock is "now" for checks and the
 * status page (Unix time; an operator or NTP may step it). Thread-safe. */
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

/* Unix nanoseconds on CLOCK_REALTIME. */
static inline int64_t dy_wall_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

#endif
