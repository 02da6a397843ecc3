/* postmortem_time.h - the time a timeline entry of a post-incident report
 * starts with (docs/postmortem.md, "Timeline").
 *
 * An entry's text starts (after blanks) with either
 *   a dated time   YYYY-MM-DD, 'T' or one space, HH:MM[:SS[.fraction]],
 *                  then an offset: Z, UTC or +HH:MM/-HH:MM (directly or
 *                  after one space): 2026-03-04T14:05Z, 2026-03-04 14:05 UTC,
 *                  2026-03-04T14:05:30+01:00 (RFC 3339, seconds optional);
 *   a time         H:MM or HH:MM[:SS], with or without an offset: the date
 *                  (and, without an offset, the offset) of the last dated
 *                  time before it in the same timeline. A time with no dated
 *                  time before it has no date and is refused.
 * followed by the end of the text or a character that is not a letter or a
 * digit. A timeline that crosses midnight writes the new date again.
 *
 * Pure functions on the caller's state: thread-safe, no allocation. */
#ifndef DY_POSTMORTEM_TIME_H
#define DY_POSTMORTEM_TIME_H

#include <stddef.h>
#include <stdint.h>

/* The date and offset later times of one timeline inherit. */
typedef struct dy_pm_clock {
    int dated;          /* a dated time has been read */
    char date[11];      /* its YYYY-MM-DD */
    char zone[7];       /* its offset: "Z" or "+HH:MM" */
} dy_pm_clock;

#define DY_PM_CLOCK_INIT { 0, "", "" }

/* Read the time at the start of s (len bytes). 1 with *unix_ns set (and
 * the clock updated by a dated time), or 0 with *why a static English
 * reason. */
int dy_pm_time_read(const char *s, size_t len, dy_pm_clock *clock, int64_t *unix_ns,
                    const char **why);

#endif
