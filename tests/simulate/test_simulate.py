"""`dayone simulate`: counts, first denial and retry-after agree with the GCRA
arithmetic on the default policy; usage errors exit 2. Usage: test_simulate.py DAYONE"""
import json
import subprocess
import sys

DAYONE = sys.argv[1]
failures = []


def run(*args):
    p = subprocess.run([DAYONE, "simulate", *args], capture_output=True, text=True, timeout=60)
    return p.returncode, p.stdout, p.stderr


def check(name, cond, detail=""):
    if not cond:
        failures.append(f"{name}: {detail}")


# free ingest: 600/min (T = 100 ms), burst 100. 20 requests/s for 60 s:
# request k (1-based, at (k-1)*50ms) is denied once k*100ms - 10s > (k-1)*50ms,
# i.e. from k = 200 on; afterwards every other request passes.
rc, out, err = run("--plan", "free", "--limit", "ingest", "--rate", "20/s", "--duration", "60s",
                   "--format", "json")
check("json exit", rc == 0, err)
r = json.loads(out)
check("requests", r["requests"] == 1200, r)
check("burst", r["burst"] == 100 and r["window_ns"] == 10 * 10**9, r)
check("first denial", r["first_denial_request"] == 200 and r["first_denial_ns"] == 199 * 50 * 10**6, r)
# allowed = 199 before, then one per 100 ms over the remaining 50.05 s
check("allowed", r["allowed"] == 199 + 500, r)
check("denied", r["denied"] == 1200 - r["allowed"] and r["denied_by"]["deny_rate"] == r["denied"], r)
check("retry-after", r["retry_after_ns"] == {"count": r["denied"], "min": 50 * 10**6,
                                             "median": 50 * 10**6, "max": 50 * 10**6}, r)

# Under the rate: nothing denied.
rc, out, err = run("--plan", "pro", "--limit", "api", "--rate", "600/m", "--duration", "5m",
                   "--format", "json")
r = json.loads(out)
check("under rate", rc == 0 and r["denied"] == 0 and r["first_denial_ns"] is None, r)

# Cost above the burst: every request denied, never retryable.
rc, out, err = run("--plan", "free", "--limit", "api", "--rate", "1/s", "--duration", "10s",
                   "--cost", "21", "--format", "json")
r = json.loads(out)
check("cost > burst", rc == 0 and r["allowed"] == 0 and r["never_allowed"] == 10
      and r["retry_after_ns"] is None, r)

# Text output names the numbers.
rc, out, err = run("--plan", "free", "--limit", "ingest", "--rate", "20/s", "--duration", "60s")
check("text", rc == 0 and "allowed: 699" in out and "first denial: at 9.95s (request 200)" in out
      and "retry-after seen: min 50ms, median 50ms, max 50ms" in out, out)

# Inline policy file.
import os, tempfile
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "p.yaml")
    with open(path, "w") as f:
        f.write("version: 1\nplans:\n  - name: solo\n    limits:\n      hook: {rph: 60, burst: 3}\n")
    rc, out, err = run("--policy", path, "--plan", "solo", "--limit", "hook", "--rate", "1/s",
                       "--duration", "1h", "--format", "json")
    r = json.loads(out)
    check("policy file", rc == 0 and r["allowed"] == 3 + 59 and r["first_denial_request"] == 4, r)

# A limit of several rates: a request passes only when every rate allows it,
# and a denial charges none. Expected counts from a plain GCRA model here.
def model(rates, interval_ns, n):
    tat = [0] * len(rates)
    allowed, first, by_rate = 0, None, [0] * len(rates)
    for i in range(n):
        now = 10**9 + i * interval_ns
        steps = []
        for k, (period, count, burst) in enumerate(rates):
            t = period // count
            new = max(tat[k], now) + t
            steps.append((new - burst * t - now, new))  # > 0: the wait
        waits = [w for w, _ in steps]
        if max(waits) <= 0:
            allowed += 1
            tat = [new for _, new in steps]
        else:
            first = i + 1 if first is None else first
            by_rate[waits.index(max(waits))] += 1
    return allowed, first, by_rate

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "p.yaml")
    with open(path, "w") as f:
        f.write("version: 1\nplans:\n  - name: p\n    limits:\n"
                "      ingest: [{rps: 10, burst: 5}, {rpm: 120, burst: 20}]\n")
    rates = [(10**9, 10, 5), (60 * 10**9, 120, 20)]
    for per_s, n in ((5, 300), (20, 1200)):
        rc, out, err = run("--policy", path, "--plan", "p", "--limit", "ingest", "--rate",
                           "%d/s" % per_s, "--duration", "60s", "--format", "json")
        r = json.loads(out) if rc == 0 else {}
        allowed, first, by_rate = model(rates, 10**9 // per_s, n)
        check("several rates %d/s" % per_s,
              rc == 0 and r["requests"] == n and r["allowed"] == allowed
              and r["first_denial_request"] == first
              and [x["denied"] for x in r["rates"]] == by_rate
              and [(x["rate_period_ns"], x["rate"], x["burst"]) for x in r["rates"]] == rates,
              f"rc={rc} {r} {err!r} model={allowed, first, by_rate}")
    check("several rates: both deny at 20/s", all(by_rate), by_rate)
    rc, out, err = run("--policy", path, "--plan", "p", "--limit", "ingest", "--rate", "5/s",
                       "--duration", "60s")
    check("several rates text", rc == 0 and "2 rates, a request must pass each" in out
          and "120 per 1m0s, burst 20: denied" in out, out)

# unlimited and none: every request allowed / every request refused with the upgrade.
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "p.yaml")
    with open(path, "w") as f:
        f.write("version: 1\nplans:\n  - name: basic\n    limits:\n      hook: none\n"
                "  - name: team\n    limits:\n      hook: {rph: 60, burst: 3}\n"
                "  - name: max\n    limits:\n      hook: unlimited\n")
    rc, out, err = run("--policy", path, "--plan", "max", "--limit", "hook", "--rate", "1000/s",
                       "--duration", "10s", "--format", "json")
    r = json.loads(out) if rc == 0 else {}
    check("unlimited json", rc == 0 and r["limit_kind"] == "unlimited" and r["allowed"] == 10000
          and r["denied"] == 0 and r["upgrade_plan"] is None, f"rc={rc} {r} {err!r}")
    rc, out, err = run("--policy", path, "--plan", "max", "--limit", "hook", "--rate", "10/s",
                       "--duration", "1s")
    check("unlimited text", rc == 0 and "limit hook: unlimited" in out and "allowed: 10 " in out, out)
    rc, out, err = run("--policy", path, "--plan", "basic", "--limit", "hook", "--rate", "1/s",
                       "--duration", "5s", "--format", "json")
    r = json.loads(out) if rc == 0 else {}
    check("none json", rc == 0 and r["limit_kind"] == "none" and r["allowed"] == 0
          and r["denied_by"]["deny_plan"] == 5 and r["never_allowed"] == 5
          and r["upgrade_plan"] == "team", f"rc={rc} {r} {err!r}")
    rc, out, err = run("--policy", path, "--plan", "basic", "--limit", "hook", "--rate", "1/s",
                       "--duration", "5s")
    check("none text", rc == 0 and "not in this plan (cheapest plan with it: team)" in out
          and "(limit not in plan)" in out, out)
    rc, out, err = run("--policy", path, "--plan", "team", "--limit", "hook", "--rate", "1/s",
                       "--duration", "5s", "--format", "json")
    r = json.loads(out) if rc == 0 else {}
    check("rate kind", rc == 0 and r["limit_kind"] == "rate" and r["upgrade_plan"] is None, r)

# A rate so low that one interval outlasts the run: exactly one request (at
# time 0), however long the interval; one below int64 nanoseconds is refused.
for rate in ("1e-9/s", "1/h"):
    rc, out, err = run("--plan", "free", "--limit", "ingest", "--rate", rate, "--duration", "10s",
                       "--format", "json")
    r = json.loads(out) if rc == 0 else {}
    check(f"slow rate {rate}", rc == 0 and r["requests"] == 1 and r["allowed"] == 1
          and r["burst"] == 100 and r["interval_ns"] > 10 * 10**9, f"rc={rc} {r} {err!r}")

# A long run at a slow rate: duration + interval would overflow int64.
rc, out, err = run("--plan", "free", "--limit", "ingest", "--rate", "1e-8/s",
                   "--duration", "2555000h", "--format", "json")
r = json.loads(out) if rc == 0 else {}
check("long slow run", rc == 0 and r.get("requests") == 92, f"rc={rc} {r} {err!r}")

# Usage and lookup errors exit 2 and say why.
for args, word in [((), "required"),
                   (("--plan", "free", "--limit", "ingest", "--rate", "fast", "--duration", "1s"), "rate"),
                   (("--plan", "free", "--limit", "ingest", "--rate", "1/s", "--duration", "soon"), "duration"),
                   (("--plan", "free", "--limit", "ingest", "--rate", "1/s", "--duration", "1s", "--cost", "0"), "cost"),
                   (("--plan", "free", "--limit", "ingest", "--rate", "1/s", "--duration", "1s", "--format", "xml"), "format"),
                   (("--plan", "gold", "--limit", "ingest", "--rate", "1/s", "--duration", "1s"), "gold"),
                   (("--plan", "free", "--limit", "uploads", "--rate", "1/s", "--duration", "1s"), "uploads"),
                   (("--plan", "free", "--limit", "ingest", "--rate", "1e9/s", "--duration", "1h"), "10,000,000"),
                   (("--plan", "free", "--limit", "ingest", "--rate", "1e-11/s", "--duration", "1s"), "290 years"),
                   (("--plan", "free", "--limit", "ingest", "--rate", "1e-250/h", "--duration", "1s"), "290 years"),
                   (("--bogus",), "bogus")]:
    rc, out, err = run(*args)
    check(f"usage {args}", rc == 2 and word in err, f"rc={rc} err={err!r}")
rc, out, err = run("--help")
check("help", rc == 0 and "--rate" in out, out)

# A quota counted per anchored period: the tenant's anchor comes from
# --anchor; without it the limiter refuses (exit 2, naming the quota).
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "anchored.yaml")
    with open(path, "w") as f:
        f.write("version: 1\n"
                "billing: {enforcement: strict, periods: {billing: anchored}}\n"
                "plans:\n"
                "  - name: p\n"
                "    limits:\n"
                "      ingest: {rps: 1000, burst: 100, quota: billing}\n"
                "    quotas: {billing: 30}\n")
    base = ("--policy", path, "--plan", "p", "--limit", "ingest", "--rate", "10/s",
            "--duration", "5s")
    rc, out, err = run(*base, "--anchor", "2024-01-31", "--format", "json")
    r = json.loads(out) if rc == 0 else {}
    check("anchored quota", rc == 0 and r["allowed"] == 30 and
          r["denied_by"]["deny_quota"] == 20 and r["first_denial_request"] == 31, (rc, err, r))
    rc, out, err = run(*base)
    check("anchored quota without --anchor", rc == 2 and "'billing'" in err, (rc, err))
    rc, out, err = run(*base, "--anchor", "2024-02-30")
    check("--anchor not a date", rc == 2 and "--anchor" in err, (rc, err))

if failures:
    print("\n".join(failures))
    sys.exit(1)
print("simulate: all checks passed")
