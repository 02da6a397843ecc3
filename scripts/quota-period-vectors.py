#!/usr/bin/env python3
"""Write tests/conformance/decide/quota-period-*.json from a small model.

The model is independent of the C code: periods come from Python's
datetime and calendar (an anchored period starts on the anchor's day of
the month, or the month's last day when it is shorter), and the counted
quota is a dict of (tenant, quota, period start) -> used. Run it after
changing a scenario below; the runners in C, Python and Go (and on Redis)
replay the files it writes.

    python3 scripts/quota-period-vectors.py
"""
import calendar
import datetime as dt
import json
import os

UTC = dt.timezone.utc
NS = 1_000_000_000
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "conformance",
                   "decide")


def ts(text):
    """Unix seconds of an ISO time, UTC."""
    return int(dt.datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp())


def day_of(unix_s):
    return dt.datetime.fromtimestamp(unix_s, UTC).date()


def unix_of(date):
    return int(dt.datetime(date.year, date.month, date.day, tzinfo=UTC).timestamp())


def month_add(y, m, k):
    z = y * 12 + (m - 1) + k
    return z // 12, z % 12 + 1


def anchored_start(y, m, anchor_day):
    return dt.date(y, m, min(anchor_day, calendar.monthrange(y, m)[1]))


def period(kind, anchor_s, wall_s):
    """(start, reset) in Unix seconds of the period holding wall_s."""
    d = day_of(wall_s)
    if kind == "day":
        return unix_of(d), unix_of(d + dt.timedelta(days=1))
    if kind == "month":
        ny, nm = month_add(d.year, d.month, 1)
        return unix_of(dt.date(d.year, d.month, 1)), unix_of(dt.date(ny, nm, 1))
    ad = day_of(anchor_s).day
    # the latest start not after the wall time: this month's or last month's
    for k in (0, -1):
        y, m = month_add(d.year, d.month, k)
        start = anchored_start(y, m, ad)
        if unix_of(start) <= wall_s:
            ny, nm = month_add(y, m, 1)
            return unix_of(start), unix_of(anchored_start(ny, nm, ad))
    raise AssertionError("no period")


class Model:
    """Strict enforcement, a rate far above the traffic: only the quota decides."""

    def __init__(self, quotas, periods):
        self.quotas = quotas      # limit -> (quota name, amount)
        self.periods = periods    # quota name -> month | day | anchored
        self.used = {}

    def decide(self, key, limit, wall_s, anchor_s, cost=1, usage=None):
        qname, amount = self.quotas[limit]
        kind = self.periods.get(qname, "month")
        if kind == "anchored" and not anchor_s:
            return {"error": "DAYONE_EINVAL"}
        start, reset = period(kind, anchor_s if kind == "anchored" else 0, wall_s)
        if usage is not None:
            used = usage
        else:
            used = self.used.get((key, qname, start), 0)
        if used + cost > amount:
            return {"outcome": "deny_quota", "status": 402, "reason": "quota exceeded",
                    "limit": amount, "quota_remaining": max(amount - used, 0),
                    "quota_reset_unix_s": reset, "error": None}
        if usage is None:
            self.used[(key, qname, start)] = used + cost
        return {"outcome": "allow", "status": 200, "reason": "ok",
                "quota_remaining": amount - used - cost, "quota_reset_unix_s": reset,
                "error": None}

    def reset(self, key, limit, wall_s, anchor_s, credit):
        """A staff limit_reset of the quota count of the period holding wall_s."""
        qname, _ = self.quotas[limit]
        kind = self.periods.get(qname, "month")
        if kind == "anchored" and not anchor_s:
            return {"error": "DAYONE_EINVAL"}
        start, _ = period(kind, anchor_s if kind == "anchored" else 0, wall_s)
        used = self.used.get((key, qname, start), 0)
        self.used[(key, qname, start)] = 0 if credit == 0 else max(used - credit, 0)
        return {"error": None, "allowed": True}


POLICY = ("version: 1\n"
          "billing: {enforcement: strict, periods: {%s}}\n"
          "plans:\n"
          "  - name: p\n"
          "    limits:\n%s"
          "    quotas: {%s}\n")
SUPPORT = ("support:\n"
           "  reason_min_length: 20\n"
           "  roles:\n"
           "    engineer: {actions: [limit_reset], max_minutes: 60}\n")


def policy(limits, periods):
    lim = "".join("      %s: {rps: 1000, burst: 100, quota: %s}\n" % (l, q)
                  for l, (q, _) in limits.items())
    quotas = ", ".join("%s: %d" % (q, a) for q, a in limits.values())
    per = ", ".join("%s: %s" % kv for kv in periods.items())
    return POLICY % (per, lim, quotas)


def vector(name, description, limits, periods, trace):
    """trace: (key, limit, wall time ISO or Unix ns, anchor ISO or None, extra);
    a key of "reset" is a staff limit_reset of the quota of (tenant, limit)."""
    model = Model(limits, periods)
    steps = []
    now = 1_000_000_000_000
    for key, limit, wall, anchor, extra in trace:
        wall_ns = wall if isinstance(wall, int) else ts(wall) * NS
        anchor_s = ts(anchor) if anchor else 0
        now += NS  # a second between steps: the rate never decides
        if key == "reset":  # (reset, (tenant, limit), wall, anchor, {credit})
            tenant, lim = limit
            credit = extra.get("credit", 0)
            step = {"limit_reset": {
                "actor": "ana@dayone-test.invalid", "role": "engineer", "tenant": tenant,
                "reason": "Customer lost a day of events to our bug", "now": wall_ns // NS,
                "plan": "p", "limit": lim, "credit": credit, "what": "quota",
                "now_ns": now, "period_anchor_unix_s": anchor_s, "wall_ns": wall_ns}}
            step["expect"] = model.reset(tenant, lim, wall_ns // NS, anchor_s, credit)
            steps.append(step)
            continue
        step = {"now_ns": now, "wall_ns": wall_ns, "period_anchor_unix_s": anchor_s,
                "key": key, "plan": "p", "limit": limit, "cost": extra.get("cost", 1),
                "feature": None, "usage": extra.get("usage")}
        step["expect"] = model.decide(key, limit, wall_ns // NS, anchor_s,
                                      extra.get("cost", 1), extra.get("usage"))
        steps.append(step)
    text = policy(limits, periods)
    if any(step[0] == "reset" for step in trace):
        text += SUPPORT
    doc = {"description": description, "policy": text,
           "enforcement": "strict", "capacity": 1000, "steps": steps}
    with open(os.path.join(OUT, name), "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")


def main():
    n = {}
    vector("quota-period-month-end.json",
           "a counted month quota of 3 runs out on Jan 31 and starts over at Feb 1 00:00:00Z",
           {"ingest": ("monthly", 3)}, {"monthly": "month"},
           [("t1", "ingest", "2027-01-31T10:00:00", None, n),
            ("t1", "ingest", "2027-01-31T23:59:59", None, {"cost": 2}),
            ("t1", "ingest", "2027-01-31T23:59:59", None, n),
            ("t1", "ingest", "2027-02-01T00:00:00", None, n),
            ("t1", "ingest", "2027-02-28T23:59:59", None, {"cost": 2}),
            ("t1", "ingest", "2027-02-28T23:59:59", None, n),
            ("t1", "ingest", "2027-03-01T00:00:00", None, {"cost": 3})])
    vector("quota-period-leap-day.json",
           "Feb 29 2028: a day quota starts over at the leap day's midnight and the next; "
           "a quota anchored on the 29th starts its period on Feb 29, the month one on Mar 1",
           {"exports": ("daily", 2), "ingest": ("billing", 2)},
           {"daily": "day", "billing": "anchored"},
           [("t1", "exports", "2028-02-28T23:59:59", None, {"cost": 2}),
            ("t1", "exports", "2028-02-28T23:59:59", None, n),
            ("t1", "exports", "2028-02-29T00:00:00", None, n),
            ("t1", "exports", "2028-02-29T23:59:59", None, n),
            ("t1", "exports", "2028-02-29T23:59:59", None, n),
            ("t1", "exports", "2028-03-01T00:00:00", None, n),
            ("t1", "ingest", "2028-02-28T12:00:00", "2027-11-29T08:30:00", {"cost": 2}),
            ("t1", "ingest", "2028-02-28T23:59:59", "2027-11-29T08:30:00", n),
            ("t1", "ingest", "2028-02-29T00:00:00", "2027-11-29T08:30:00", n),
            ("t1", "ingest", "2028-03-28T23:59:59", "2027-11-29T08:30:00", n),
            ("t1", "ingest", "2028-03-28T23:59:59", "2027-11-29T08:30:00", n),
            ("t1", "ingest", "2028-03-29T00:00:00", "2027-11-29T08:30:00", n)])
    vector("quota-period-anchor-31st.json",
           "a quota anchored on Jan 31: periods start Feb 29 (2028), Mar 31, Apr 30 - and "
           "Feb 28 in 2027; a tenant anchored on the 15th counts on its own",
           {"ingest": ("billing", 2)}, {"billing": "anchored"},
           [("t1", "ingest", "2028-02-28T23:59:59", "2028-01-31T17:45:00", {"cost": 2}),
            ("t1", "ingest", "2028-02-28T23:59:59", "2028-01-31T17:45:00", n),
            ("t2", "ingest", "2028-02-28T23:59:59", "2027-06-15T00:00:00", n),
            ("t1", "ingest", "2028-02-29T00:00:00", "2028-01-31T17:45:00", n),
            ("t1", "ingest", "2028-03-30T23:59:59", "2028-01-31T17:45:00", n),
            ("t1", "ingest", "2028-03-30T23:59:59", "2028-01-31T17:45:00", n),
            ("t1", "ingest", "2028-03-31T00:00:00", "2028-01-31T17:45:00", {"cost": 2}),
            ("t1", "ingest", "2028-04-29T23:59:59", "2028-01-31T17:45:00", n),
            ("t1", "ingest", "2028-04-30T00:00:00", "2028-01-31T17:45:00", n),
            ("t2", "ingest", "2028-03-14T23:59:59", "2027-06-15T00:00:00", n),
            ("t2", "ingest", "2028-03-14T23:59:59", "2027-06-15T00:00:00", n),
            ("t2", "ingest", "2028-03-15T00:00:00", "2027-06-15T00:00:00", n),
            ("t3", "ingest", "2027-02-27T23:59:59", "2027-01-31T00:00:00", {"cost": 2}),
            ("t3", "ingest", "2027-02-27T23:59:59", "2027-01-31T00:00:00", n),
            ("t3", "ingest", "2027-02-28T00:00:00", "2027-01-31T00:00:00", n)])
    vector("quota-period-day-midnight.json",
           "a day quota: the last nanosecond before midnight UTC is the old day, "
           "midnight the new one",
           {"exports": ("daily", 1)}, {"daily": "day"},
           [("t1", "exports", ts("2027-06-30T00:00:00") * NS, None, n),
            ("t1", "exports", ts("2027-07-01T00:00:00") * NS - 1, None, n),
            ("t1", "exports", ts("2027-07-01T00:00:00") * NS, None, n),
            ("t1", "exports", ts("2027-07-01T00:00:00") * NS + 1, None, n)])
    vector("quota-period-no-anchor.json",
           "an anchored quota without the tenant's anchor fails closed (DAYONE_EINVAL), "
           "counted or with the caller's usage, and counts nothing; a month quota "
           "ignores an anchor",
           {"ingest": ("billing", 2), "api": ("monthly", 2)},
           {"billing": "anchored", "monthly": "month"},
           [("t1", "ingest", "2027-05-10T00:00:00", None, n),
            ("t1", "ingest", "2027-05-10T00:00:00", None, {"usage": 0}),
            ("t1", "ingest", "2027-05-10T00:00:00", "2027-01-20T00:00:00", {"cost": 2}),
            ("t1", "ingest", "2027-05-10T00:00:00", "2027-01-20T00:00:00", {"usage": 1}),
            ("t1", "api", "2027-05-10T00:00:00", None, n),
            ("t1", "api", "2027-05-31T23:59:59", "2027-01-20T00:00:00", n),
            ("t1", "api", "2027-05-31T23:59:59", "2027-01-20T00:00:00", n)])
    a = "2028-01-31T17:45:00"
    vector("quota-period-reset.json",
           "a staff reset of a quota names its period as a decision does: an anchored "
           "quota's without the anchor fails closed and changes nothing; another period's "
           "reset leaves this one; a credit gives back units; a month quota's reset by its "
           "wall time",
           {"ingest": ("billing", 3), "api": ("monthly", 2)},
           {"billing": "anchored", "monthly": "month"},
           [("t1", "ingest", "2028-03-01T10:00:00", a, {"cost": 3}),
            ("t1", "ingest", "2028-03-01T10:00:00", a, n),
            ("reset", ("t1", "ingest"), "2028-03-01T10:00:00", None, n),
            ("t1", "ingest", "2028-03-01T10:00:01", a, n),
            ("reset", ("t1", "ingest"), "2028-02-10T10:00:00", a, n),
            ("t1", "ingest", "2028-03-01T10:00:02", a, n),
            ("reset", ("t1", "ingest"), "2028-03-01T10:00:03", a, {"credit": 2}),
            ("t1", "ingest", "2028-03-01T10:00:04", a, {"cost": 2}),
            ("t1", "ingest", "2028-03-01T10:00:05", a, n),
            ("reset", ("t1", "ingest"), "2028-03-30T23:59:59", a, n),
            ("t1", "ingest", "2028-03-30T23:59:59", a, {"cost": 3}),
            ("t1", "ingest", "2028-03-31T00:00:00", a, {"cost": 3}),
            ("t1", "api", "2028-03-05T00:00:00", None, {"cost": 2}),
            ("t1", "api", "2028-03-05T00:00:00", None, n),
            ("reset", ("t1", "api"), "2028-02-05T00:00:00", None, n),
            ("t1", "api", "2028-03-05T00:00:01", None, n),
            ("reset", ("t1", "api"), "2028-03-31T23:59:59", None, n),
            ("t1", "api", "2028-03-05T00:00:02", None, {"cost": 2})])


if __name__ == "__main__":
    main()
