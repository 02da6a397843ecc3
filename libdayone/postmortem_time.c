/* postmortem_time.c - reading a timeline entry's time (see
 * postmortem_time.h). The calendar and offset arithmetic is
 * dy_timestamp_parse's: this file only brings the entry's forms to RFC 3339
 * and hands them over. */
#include <stdio.h>
#include <string.h>
#include "postmortem_time.h"
#include "time_value.h"

static int digit(char c) { return c >= '0' && c <= '9'; }
static int alnum(char c)
{
    return digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (unsigned char)c >= 0x80;
}

/* n digits at s[i..]. */
static int digits(const char *s, size_t len, size_t i, size_t n)
{
    if (i + n > len)
        return 0;
    for (size_t k = 0; k < n; k++)
        if (!digit(s[i + k]))
            return 0;
    return 1;
}

/* An offset at s[i..]: Z, z, UTC or +HH:MM/-HH:MM not followed by a letter
 * or digit. Writes it as "Z" or "+HH:MM" to zone; returns its length or 0. */
static size_t read_zone(const char *s, size_t len, size_t i, char zone[7])
{
    size_t n = 0;
    if (i < len && (s[i] == 'Z' || s[i] == 'z')) {
        strcpy(zone, "Z");
        n = 1;
    } else if (i + 3 <= len && memcmp(s + i, "UTC", 3) == 0) {
        strcpy(zone, "Z");
        n = 3;
    } else if (i < len && (s[i] == '+' || s[i] == '-') && digits(s, len, i + 1, 2) &&
               i + 3 < len && s[i + 3] == ':' && digits(s, len, i + 4, 2)) {
        memcpy(zone, s + i, 6);
        zone[6] = '\0';
        n = 6;
    }
    if (n && i + n < len && alnum(s[i + n]))
        return 0;
    return n;
}

/* HH:MM[:SS[.fraction]] (or H:MM when short_hour) at s[*i..] into out as
 * HH:MM:SS[.fraction]; advances *i. */
static int read_clock(const char *s, size_t len, size_t *i, int short_hour, char *out, size_t cap)
{
    size_t p = *i, h = 2;
    if (short_hour && digits(s, len, p, 1) && p + 1 < len && s[p + 1] == ':')
        h = 1;
    if (!digits(s, len, p, h) || p + h >= len || s[p + h] != ':' || !digits(s, len, p + h + 1, 2))
        return 0;
    char hh[3] = {h == 1 ? '0' : s[p], s[p + h - 1], '\0'};
    char mm[3] = {s[p + h + 1], s[p + h + 2], '\0'};
    p += h + 3;
    char ss[3] = "00";
    const char *frac = "";
    size_t nfrac = 0;
    if (p < len && s[p] == ':' && digits(s, len, p + 1, 2)) {
        ss[0] = s[p + 1];
        ss[1] = s[p + 2];
        p += 3;
        if (p < len && s[p] == '.' && digits(s, len, p + 1, 1)) {
            frac = s + p;
            nfrac = 1;
            while (p + nfrac < len && digit(s[p + nfrac]) && nfrac < 11)
                nfrac++;
            p += nfrac;
        }
    }
    if ((size_t)snprintf(out, cap, "%s:%s:%s%.*s", hh, mm, ss, (int)nfrac, frac) >= cap)
        return 0;
    *i = p;
    return 1;
}

int dy_pm_time_read(const char *s, size_t len, dy_pm_clock *clock, int64_t *unix_ns,
                    const char **why)
{
    size_t i = 0;
    char hms[24], zone[7] = "", stamp[64];
    while (i < len && (s[i] == ' ' || s[i] == '\t'))
        i++;
    int dated = digits(s, len, i, 4) && i + 4 < len && s[i + 4] == '-' &&
                digits(s, len, i + 5, 2) && i + 7 < len && s[i + 7] == '-' &&
                digits(s, len, i + 8, 2);
    char date[11];
    if (dated) {
        memcpy(date, s + i, 10);
        date[10] = '\0';
        i += 10;
        if (i >= len || (s[i] != 'T' && s[i] != 't' && s[i] != ' ')) {
            *why = "the entry starts with a date but no time (write 2026-03-04T14:05Z)";
            return 0;
        }
        i++;
        if (!read_clock(s, len, &i, 0, hms, sizeof hms)) {
            *why = "the entry's date is not followed by a time HH:MM";
            return 0;
        }
    } else if (!read_clock(s, len, &i, 1, hms, sizeof hms)) {
        *why = "the entry does not start with a time (2026-03-04T14:05Z, or HH:MM after a "
               "dated entry)";
        return 0;
    }
    size_t z = read_zone(s, len, i, zone);
    if (!z && i + 1 < len && s[i] == ' ')
        if ((z = read_zone(s, len, i + 1, zone)))
            z++;
    i += z;
    if (i < len && alnum(s[i])) {
        *why = "the entry's time runs into other text (end it with a blank or punctuation)";
        return 0;
    }
    if (dated && !z) {
        *why = "the entry's dated time has no offset (add Z, UTC or +HH:MM)";
        return 0;
    }
    if (!dated && !clock->dated) {
        *why = "the entry's time has no date: give the first entry its date "
               "(2026-03-04T14:05Z)";
        return 0;
    }
    if (!dated)
        memcpy(date, clock->date, sizeof date);
    if (!z)
        memcpy(zone, clock->zone, sizeof zone);
    snprintf(stamp, sizeof stamp, "%sT%s%s", date, hms, zone);
    if (!dy_timestamp_parse(stamp, strlen(stamp), unix_ns, why))
        return 0;
    if (dated) {
        clock->dated = 1;
        memcpy(clock->date, date, sizeof clock->date);
        memcpy(clock->zone, zone, sizeof clock->zone);
    }
    return 1;
}
