/* time_value.c - RFC 3339 timestamps and durations to nanoseconds (see
 * time_value.h). Written as small scanners over (s, len) so that nothing
 * reads past the value and every refusal has its own reason. */
#include "time_value.h"

#define NS_MINUTE (60 * DY_NS_PER_SECOND)
#define NS_HOUR (60 * NS_MINUTE)
#define NS_DAY (24 * NS_HOUR)

/* Unix seconds at the edges of the int64 nanosecond range: the smallest
 * representable instant is MIN_SECONDS s + MIN_FRACTION ns, the largest
 * MAX_SECONDS s + MAX_FRACTION ns. */
#define MIN_SECONDS INT64_C(-9223372037)
#define MIN_FRACTION INT64_C(145224192)
#define MAX_SECONDS INT64_C(9223372036)
#define MAX_FRACTION INT64_C(854775807)

static int fail(const char **why, const char *reason)
{
    if (why)
        *why = reason;
    return 0;
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Exactly n digits at s[*i] -> *out. */
static int fixed_digits(const char *s, size_t len, size_t *i, unsigned n, int *out)
{
    int v = 0;
    if (len - *i < n)
        return 0;
    for (unsigned k = 0; k < n; k++) {
        char c = s[*i + k];
        if (!is_digit(c))
            return 0;
        v = v * 10 + (c - '0');
    }
    *i += n;
    *out = v;
    return 1;
}

static int expect(const char *s, size_t len, size_t *i, char c)
{
    if (*i >= len || s[*i] != c)
        return 0;
    (*i)++;
    return 1;
}

static int is_leap_year(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m)
{
    static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return m == 2 && is_leap_year(y) ? 29 : days[m - 1];
}

/* Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar: shift
 * the year to start in March so the leap day is the year's last, then count
 * whole 400-year eras (146097 days each). */
static int64_t days_from_civil(int y, int m, int d)
{
    int64_t yy = (int64_t)y - (m <= 2);
    int64_t era = (yy >= 0 ? yy : yy - 399) / 400;
    int64_t year_of_era = yy - era * 400;
    int64_t month_from_march = m > 2 ? m - 3 : m + 9;
    int64_t day_of_year = (153 * month_from_march + 2) / 5 + d - 1;
    int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

/* The date part, YYYY-MM-DD, validated against the calendar. */
static int parse_date(const char *s, size_t len, size_t *i, int64_t *days, const char **why)
{
    int y, m, d;
    if (!fixed_digits(s, len, i, 4, &y) || !expect(s, len, i, '-') ||
        !fixed_digits(s, len, i, 2, &m) || !expect(s, len, i, '-') ||
        !fixed_digits(s, len, i, 2, &d))
        return fail(why, "not an RFC 3339 timestamp (expected YYYY-MM-DDTHH:MM:SSZ "
                         "or an offset like +02:00)");
    if (m < 1 || m > 12)
        return fail(why, "the month must be 01 to 12");
    if (d < 1 || d > days_in_month(y, m))
        return fail(why, "the day does not exist in that month");
    *days = days_from_civil(y, m, d);
    return 1;
}

/* .fraction: 1 to 9 digits, scaled to nanoseconds. */
static int parse_fraction(const char *s, size_t len, size_t *i, int64_t *ns, const char **why)
{
    *ns = 0;
    if (*i >= len || s[*i] != '.')
        return 1;
    (*i)++;
    unsigned digits = 0;
    int64_t v = 0;
    while (*i < len && is_digit(s[*i])) {
        if (++digits > 9)
            return fail(why, "more than 9 fractional digits (nanoseconds are the finest unit)");
        v = v * 10 + (s[(*i)++] - '0');
    }
    if (digits == 0)
        return fail(why, "a '.' in the seconds must be followed by digits");
    for (unsigned k = digits; k < 9; k++)
        v *= 10;
    *ns = v;
    return 1;
}

/* Z, z, +HH:MM or -HH:MM -> seconds east of UTC. */
static int parse_offset(const char *s, size_t len, size_t *i, int64_t *east, const char **why)
{
    if (*i >= len)
        return fail(why, "the timestamp has no offset (add Z for UTC, or +HH:MM)");
    char c = s[(*i)++];
    if (c == 'Z' || c == 'z') {
        *east = 0;
        return 1;
    }
    if (c != '+' && c != '-')
        return fail(why, "the offset must be Z, +HH:MM or -HH:MM");
    int h, m;
    if (!fixed_digits(s, len, i, 2, &h) || !expect(s, len, i, ':') ||
        !fixed_digits(s, len, i, 2, &m))
        return fail(why, "the offset must be Z, +HH:MM or -HH:MM");
    if (h > 23 || m > 59)
        return fail(why, "the offset's hours must be 00 to 23 and minutes 00 to 59");
    *east = (c == '-' ? -1 : 1) * ((int64_t)h * 3600 + m * 60);
    return 1;
}

/* Unix seconds plus a fraction -> nanoseconds, refusing what int64 cannot hold. */
static int to_unix_ns(int64_t seconds, int64_t fraction, int64_t *out, const char **why)
{
    if (seconds > MAX_SECONDS || (seconds == MAX_SECONDS && fraction > MAX_FRACTION) ||
        seconds < MIN_SECONDS || (seconds == MIN_SECONDS && fraction < MIN_FRACTION))
        return fail(why, "the timestamp is outside the supported range "
                         "(1677-09-21T00:12:43.145224192Z to 2262-04-11T23:47:16.854775807Z)");
    if (seconds == MIN_SECONDS) /* seconds * 1e9 alone would not fit */
        *out = (seconds + 1) * DY_NS_PER_SECOND + (fraction - DY_NS_PER_SECOND);
    else
        *out = seconds * DY_NS_PER_SECOND + fraction;
    return 1;
}

int dy_timestamp_parse(const char *s, size_t len, int64_t *unix_ns, const char **why)
{
    size_t i = 0;
    int64_t days, fraction, east;
    int hh, mm, ss;
    if (!s || len == 0)
        return fail(why, "the timestamp is empty");
    if (!parse_date(s, len, &i, &days, why))
        return 0;
    if (i >= len || (s[i] != 'T' && s[i] != 't'))
        return fail(why, i < len && s[i] == ' '
                             ? "date and time must be separated by 'T', not a space"
                             : "a date alone is not a timestamp (add THH:MM:SSZ)");
    i++;
    if (!fixed_digits(s, len, &i, 2, &hh) || !expect(s, len, &i, ':') ||
        !fixed_digits(s, len, &i, 2, &mm) || !expect(s, len, &i, ':') ||
        !fixed_digits(s, len, &i, 2, &ss))
        return fail(why, "the time must be HH:MM:SS");
    if (hh > 23)
        return fail(why, "the hour must be 00 to 23 (24:00 is written 00:00 of the next day)");
    if (mm > 59)
        return fail(why, "the minute must be 00 to 59");
    if (ss == 60)
        return fail(why, "leap seconds (second 60) are not supported: Unix time has none");
    if (ss > 59)
        return fail(why, "the second must be 00 to 59");
    if (!parse_fraction(s, len, &i, &fraction, why) || !parse_offset(s, len, &i, &east, why))
        return 0;
    if (i != len)
        return fail(why, "unexpected text after the timestamp's offset");
    int64_t seconds = days * 86400 + (int64_t)hh * 3600 + mm * 60 + ss - east;
    return to_unix_ns(seconds, fraction, unix_ns, why);
}

/* ---- durations ---- */

static int add_checked(int64_t a, int64_t b, int64_t *out)
{
    if ((b > 0 && a > INT64_MAX - b) || (b < 0 && a < INT64_MIN - b))
        return 0;
    *out = a + b;
    return 1;
}

/* amount * unit + *total, all non-negative; 0 on overflow. */
static int accumulate(uint64_t amount, int64_t unit, int64_t *total)
{
    if (amount > (uint64_t)(INT64_MAX / unit))
        return 0;
    return add_checked(*total, (int64_t)amount * unit, total);
}

/* Decimal digits at s[*i] -> *out (at least one); 0 when none, -1 on overflow. */
static int amount(const char *s, size_t len, size_t *i, uint64_t *out)
{
    size_t start = *i;
    uint64_t v = 0;
    int overflow = 0;
    for (; *i < len && is_digit(s[*i]); (*i)++) {
        if (v > (UINT64_MAX - 9) / 10)
            overflow = 1;
        else
            v = v * 10 + (uint64_t)(s[*i] - '0');
    }
    if (*i == start)
        return 0;
    *out = v;
    return overflow ? -1 : 1;
}

static const char TOO_LONG[] = "the duration is too long (the limit is about 292 years)";

/* 1d12h, 90s: each unit once, largest first. */
static int parse_compact(const char *s, size_t len, int64_t *ns, const char **why)
{
    static const char units[] = "dhms";
    static const int64_t unit_ns[] = { NS_DAY, NS_HOUR, NS_MINUTE, DY_NS_PER_SECOND };
    size_t i = 0;
    int next_unit = 0; /* index into units of the smallest unit still allowed */
    int64_t total = 0;
    while (i < len) {
        uint64_t v;
        int got = amount(s, len, &i, &v);
        if (got == 0)
            return fail(why, "not a duration (expected e.g. 90s, 30m, 26h, 31d, 1h30m "
                             "or ISO 8601 PT30M)");
        if (got < 0)
            return fail(why, TOO_LONG);
        if (i < len && (s[i] == '.' || s[i] == ','))
            return fail(why, "a compact duration takes whole amounts (write 90m for an hour and a half)");
        if (i >= len)
            return fail(why, "a duration needs a unit (s, m, h or d)");
        char c = s[i++];
        int u = 0;
        while (u < 4 && units[u] != c)
            u++;
        if (u == 4)
            return fail(why, c == 'M' || c == 'Y' || c == 'y' || c == 'w' || c == 'W'
                                 ? "units are d, h, m and s (months and years vary in "
                                   "length: use days)"
                                 : "units are d, h, m and s (lower case)");
        if (u < next_unit)
            return fail(why, "units must go from largest to smallest, each once (1h30m)");
        next_unit = u + 1;
        if (!accumulate(v, unit_ns[u], &total))
            return fail(why, TOO_LONG);
    }
    *ns = total;
    return 1;
}

/* Seconds with an optional fraction of up to 9 digits, ISO style "1.5" or "1,5". */
static int iso_seconds(const char *s, size_t len, size_t *i, uint64_t whole, int64_t *total,
                       const char **why)
{
    int64_t fraction = 0;
    if (*i < len && (s[*i] == '.' || s[*i] == ',')) {
        (*i)++;
        unsigned digits = 0;
        while (*i < len && is_digit(s[*i])) {
            if (++digits > 9)
                return fail(why, "more than 9 fractional digits in the seconds");
            fraction = fraction * 10 + (s[(*i)++] - '0');
        }
        if (digits == 0)
            return fail(why, "a decimal point must be followed by digits");
        for (unsigned k = digits; k < 9; k++)
            fraction *= 10;
        if (*i >= len || s[*i] != 'S')
            return fail(why, "only the seconds may have a fraction (PT0.5S)");
    }
    if (!accumulate(whole, DY_NS_PER_SECOND, total) || !add_checked(*total, fraction, total))
        return fail(why, TOO_LONG);
    return 1;
}

/* P[nW] | P[nD][T[nH][nM][nS]] */
static int parse_iso(const char *s, size_t len, int64_t *ns, const char **why)
{
    static const char date_units[] = "WD", time_units[] = "HMS";
    static const int64_t date_ns[] = { 7 * NS_DAY, NS_DAY };
    static const int64_t time_ns[] = { NS_HOUR, NS_MINUTE, DY_NS_PER_SECOND };
    size_t i = 1; /* after 'P' */
    int in_time = 0, next_unit = 0, components = 0, time_components = 0, weeks = 0;
    int64_t total = 0;
    while (i < len) {
        if (s[i] == 'T' && !in_time) {
            in_time = 1;
            next_unit = 0;
            i++;
            continue;
        }
        uint64_t v;
        int got = amount(s, len, &i, &v);
        if (got == 0)
            return fail(why, "not an ISO 8601 duration (expected e.g. PT30M, P1D, P1DT2H)");
        if (got < 0)
            return fail(why, TOO_LONG);
        if (i >= len)
            return fail(why, "an ISO 8601 duration needs a designator after each number");
        char c = s[i];
        if (!in_time && (c == 'Y' || c == 'M'))
            return fail(why, "years and months are refused: their length varies "
                             "(use days, e.g. P30D)");
        const char *units = in_time ? time_units : date_units;
        int nunits = in_time ? 3 : 2, u = 0;
        int fraction = c == '.' || c == ',';
        while (u < nunits && units[u] != c)
            u++;
        if (fraction && !in_time)
            return fail(why, "only the seconds may have a fraction (PT0.5S)");
        if (fraction)
            u = 2; /* a fraction must belong to the seconds: iso_seconds checks the S */
        if (u == nunits)
            return fail(why, in_time ? "time designators are H, M and S (after T)"
                                     : "date designators are W and D (before T)");
        if (u < next_unit)
            return fail(why, "designators must go from largest to smallest, each once");
        if (in_time && u == 2) {
            if (!iso_seconds(s, len, &i, v, &total, why))
                return 0;
        } else if (!accumulate(v, in_time ? time_ns[u] : date_ns[u], &total)) {
            return fail(why, TOO_LONG);
        }
        weeks += !in_time && u == 0;
        next_unit = u + 1;
        components++;
        time_components += in_time;
        i++; /* the designator */
    }
    if (components == 0)
        return fail(why, "an ISO 8601 duration needs at least one component (PT0S)");
    if (in_time && time_components == 0)
        return fail(why, "a 'T' in an ISO 8601 duration must be followed by H, M or S");
    if (weeks && components > 1)
        return fail(why, "weeks (PnW) cannot be combined with other components: use days");
    *ns = total;
    return 1;
}

int dy_duration_parse(const char *s, size_t len, int64_t *ns, const char **why)
{
    if (!s || len == 0)
        return fail(why, "the duration is empty");
    if (s[0] == '-' || s[0] == '+')
        return fail(why, "a duration has no sign");
    if (s[0] == 'P')
        return parse_iso(s, len, ns, why);
    if (s[0] == 'p')
        return fail(why, "ISO 8601 durations are upper case (PT30M)");
    return parse_compact(s, len, ns, why);
}

int dy_time_add(int64_t a, int64_t b, int64_t *out, const char **why)
{
    if (!add_checked(a, b, out))
        return fail(why, "the result is outside the supported time range");
    return 1;
}
