#!/usr/bin/env python3
"""collect.py - run every comparison of `make bench` and print one table.

Called by bench/run.sh once the project is built and the peers installed.
Each benchmark program prints JSON lines {"op", "tool", "samples_ns": [...]}
(one sample per timed round, each round a batch of calls) or
{"op", "tool", "unavailable": why}. Every program runs --runs times; the
samples of all runs are pooled and summarised as median, min and max. The
whole-process rows are timed here (fork + exec + check + exit, wall clock).
The ratio column divides each median by libdayone's median for the same
operation. Nothing in the output is typed by hand: the table, the machine
description and the date all come from this run.

    python3 bench/collect.py --build build/bench --peers bench/.peers [--redis SOCKET]
                             [--runs N] [--out bench/results.md]
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from typing import Callable, Dict, List, Optional, Tuple

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENV200 = "bench/env200.env"

# Operations, in table order: (id, title, reference tool for the ratio).
OPS = [
    ("check.inproc", "Start-up check of the playbook's rules, in process, 200 variables (per check)",
     "libdayone (C)"),
    ("check.load", "Loading / compiling the rules (once per process)", "libdayone (C)"),
    ("check.process", "Whole process: check bench/env200.env and exit (per run)", "dayone check (CLI)"),
    ("rl.mem.1t", "In-process rate limiting, 100k tenants, 1 thread (per decision)", "libdayone (C)"),
    ("rl.mem.2t", "In-process rate limiting, 100k tenants, 2 threads (wall per decision)", "libdayone (C)"),
    ("rl.redis.single", "Redis-backed rate limiting, one decision per call (per decision)",
     "libdayone Redis (C)"),
    ("rl.redis.batch", "Redis-backed rate limiting, batched decisions (per decision)",
     "libdayone Redis (C)"),
]

Key = Tuple[str, str]  # (op, tool)


class Results:
    def __init__(self) -> None:
        self.samples: Dict[Key, List[float]] = {}
        self.extra: Dict[Key, Dict[str, object]] = {}
        self.unavailable: Dict[Key, str] = {}
        self.order: List[Key] = []
        # per-run CPU per decision (bench_redis: server_cpu_ns, client_cpu_ns)
        self.cpu: Dict[Key, Dict[str, List[float]]] = {}
        # rows that are floors, not a tool's decision (a record's "floor": true
        # or a tool whose label says "floor: ..."): shown after the tools of
        # their op
        self.floors: set = set()
        # each record's samples, in order (two_threads pairs or splits by them)
        self.records: Dict[Key, List[List[float]]] = {}
        # "paired": sample i of a 2-thread record ran right after sample i of
        # the same tool's 1-thread record; "util": per sample, the share of
        # their CPUs the threads got
        self.paired: set = set()
        self.util: Dict[Key, List[float]] = {}
        # "cpu_ns": per sample, the busiest thread's CPU ns per operation
        self.thread_cpu: Dict[Key, List[float]] = {}

    def _touch(self, key: Key) -> None:
        if key not in self.order:
            self.order.append(key)

    def add(self, rec: Dict[str, object]) -> None:
        key = (str(rec["op"]), str(rec["tool"]))
        self._touch(key)
        if "unavailable" in rec:
            if key not in self.samples:
                self.unavailable[key] = str(rec["unavailable"])
            return
        self.unavailable.pop(key, None)
        samples = [float(x) for x in rec["samples_ns"]]  # type: ignore
        self.samples.setdefault(key, []).extend(samples)
        self.records.setdefault(key, []).append(samples)
        if rec.get("floor") is True or "floor:" in key[1].lower():
            self.floors.add(key)
        if rec.get("paired") is True:
            self.paired.add(key)
        for k, v in rec.items():
            if k in ("server_cpu_ns", "client_cpu_ns"):
                self.cpu.setdefault(key, {}).setdefault(k, []).append(float(v))  # type: ignore
            elif k == "util":
                self.util.setdefault(key, []).extend(float(x) for x in v)  # type: ignore
            elif k == "cpu_ns":
                self.thread_cpu.setdefault(key, []).extend(float(x) for x in v)  # type: ignore
            elif k not in ("op", "tool", "samples_ns", "floor", "paired"):
                self.extra.setdefault(key, {})[k] = v

    def missing(self, op: str, tool: str, why: str) -> None:
        key = (op, tool)
        self._touch(key)
        if key not in self.samples:
            self.unavailable.setdefault(key, why)


def log(msg: str) -> None:
    print("[bench] " + msg, file=sys.stderr, flush=True)


_PENDING: List[Tuple[str, List[str], List[Key], Optional[Dict[str, str]],
                    Optional[Callable[[], None]]]] = []


def run_program(res: Results, name: str, argv: List[str], expect: List[Key], runs: int,
                env: Optional[Dict[str, str]] = None,
                before: Optional[Callable[[], None]] = None) -> None:
    """Queue a benchmark program; run_pending() runs the queue. `before`, if
    given, runs before each of its runs (the Redis rows' reset_redis)."""
    del res, runs
    _PENDING.append((name, argv, expect, env, before))


RAW: List[str] = []  # --raw FILE: every record as reported, with its run


def run_pending(res: Results, runs: int, timeout: int = 600) -> None:
    """Run every queued program `runs` times, round-robin (run 1 of each, then
    run 2 of each, ...) so that a burst of other work on the machine spreads
    over all tools instead of landing on one; pool what they report."""
    jobs, failed = list(_PENDING), set()
    _PENDING.clear()
    for i in range(runs):
        for j, (name, argv, expect, env, before) in enumerate(jobs):
            if j in failed:
                continue
            log("%s (run %d/%d)" % (name, i + 1, runs))
            why = ""
            try:
                if before:
                    before()
                p = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True,
                                   timeout=timeout)
                if p.returncode != 0:
                    why = "failed: " + (p.stderr.strip().splitlines()
                                        or ["exit %d" % p.returncode])[-1][:160]
            except (OSError, subprocess.TimeoutExpired) as e:
                why = "could not run (%s)" % type(e).__name__
            except RedisResetError as e:
                why = "could not reset the server (%s)" % e
            if why:
                failed.add(j)
                log("%s %s" % (name, why))
                for op, tool in expect:
                    res.missing(op, tool, "%s %s" % (name, why))
                continue
            read_records(res, p.stdout, i + 1)
    for name, _argv, expect, _env, _before in jobs:
        for op, tool in expect:
            res.missing(op, tool, "%s reported no figure" % name)


def read_records(res: Results, stdout: str, run: int) -> None:
    """A program's output: every line that is a JSON object is a record."""
    for line in stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            rec = json.loads(line)
            res.add(rec)
            RAW.append(json.dumps(dict(rec, run=run, load=os.getloadavg()[0])))


# bench_limiter --json (bench/bench_limiter.c): the C single call and batch
# with the time supplied on 1 and 2 threads, and the floors under a single
# call at the same 100k keys (bench/README.md says what each measures).
# Expected, so that a row the program stops printing becomes a "not
# available" row instead of vanishing (ctest bench.limiter_json checks).
LIMITER_TOOLS = ["libdayone (C, time supplied)", "libdayone (C, time supplied, decide_many x64)"]
LIMITER_FLOORS_2T = [  # on 1 and 2 threads, paired like the decisions
    "floor: hash + table step, no decision",
    "floor: locked CAS, one random line at a time",
]
LIMITER_FLOORS = LIMITER_FLOORS_2T + [
    "floor: clock read, no decision",
    "floor: locked CAS, random lines overlapped",
    "floor: plain load+store, random lines",
]
LIMITER_ROWS: List[Key] = ([(op, t) for t in LIMITER_TOOLS for op in ("rl.mem.1t", "rl.mem.2t")] +
                           [("rl.mem.1t", f) for f in LIMITER_FLOORS] +
                           [("rl.mem.2t", f) for f in LIMITER_FLOORS_2T])


def queue_limiter(res: Results, bench_limiter: str, runs: int, args: Tuple[str, ...] = ()) -> None:
    """Queue bench_limiter's make-bench rows (run by run_pending)."""
    run_program(res, "bench_limiter", [bench_limiter, "--json", *args], LIMITER_ROWS, runs)


class RedisResetError(Exception):
    pass


def redis_command(sock_path: str, *args: str) -> str:
    """One command through redis-cli (the server's own client, as
    bench/redis_sitting.sh and redis_server_cost.py use); its reply."""
    try:
        p = subprocess.run(["redis-cli", "-s", sock_path, *args], capture_output=True,
                           text=True, timeout=30)
    except subprocess.TimeoutExpired as e:
        raise OSError("no reply in 30 s") from e
    if p.returncode != 0:
        raise OSError((p.stderr or p.stdout).strip() or "redis-cli exit %d" % p.returncode)
    return p.stdout.strip()


def redis_resetter(sock_path: str) -> Callable[[], None]:
    """Every Redis row starts from the same server state: no keys (FLUSHALL
    SYNC: nothing left to expire or free from the row before, whose keys
    could otherwise still be in the server's expiry cycle or dict), no
    scripts and a fresh Lua interpreter (SCRIPT FLUSH SYNC), then a pause
    so that the previous program's exit and the flush settle."""
    def reset() -> None:
        for cmd in (("FLUSHALL", "SYNC"), ("SCRIPT", "FLUSH", "SYNC")):
            try:
                reply = redis_command(sock_path, *cmd)
            except OSError as e:
                raise RedisResetError("%s: %s" % (" ".join(cmd), e)) from e
            if reply != "OK":
                raise RedisResetError("%s: %r" % (" ".join(cmd), reply[:80]))
        time.sleep(0.5)
    return reset


def time_process(res: Results, tools: List[Tuple[str, List[str]]], runs: int,
                 env: Optional[Dict[str, str]] = None) -> None:
    """Whole-process wall time of each (tool, argv): `runs` runs after two
    warm-ups, the tools taking turns run by run (so a quiet or busy spell of
    the machine falls on all of them alike); each run must exit 0."""
    log("whole process: %s" % ", ".join(tool for tool, _ in tools))
    samples: Dict[str, List[int]] = {tool: [] for tool, _ in tools}
    live = list(tools)
    for i in range(runs + 2):
        for tool, argv in list(live):
            t0 = time.perf_counter_ns()
            try:
                p = subprocess.run(argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, timeout=120)
            except (OSError, subprocess.TimeoutExpired) as e:
                res.missing("check.process", tool, "could not run (%s)" % type(e).__name__)
                live.remove((tool, argv))
                continue
            dt = time.perf_counter_ns() - t0
            if p.returncode != 0:
                why = (p.stderr.decode(errors="replace").strip().splitlines() or ["?"])[-1][:160]
                res.missing("check.process", tool, "exit %d: %s" % (p.returncode, why))
                live.remove((tool, argv))
                continue
            if i >= 2:
                samples[tool].append(dt)
    for tool, argv in live:
        res.add({"op": "check.process", "tool": tool, "samples_ns": samples[tool]})


# Rule coverage: the benchmark environment broken one rule at a time (and two
# controls that must pass). Every tool checks each variant once; exit 1 means
# "not ready". The table shows which rules each peer actually enforces, so the
# timing rows can be read for what they cover.
SCENARIOS = [
    ("production without launch mode", {"LAUNCH_MODE": "false"}, 1),
    ("launch mode outside production", {"ENVIRONMENT": "staging"}, 1),
    ("security headers off in launch mode", {"SECURITY_HEADERS_ENABLED": "false"}, 1),
    ("demo seeding on in launch mode", {"DEMO_SEED_ENABLED": "true"}, 1),
    ("demo data on in launch mode", {"DEMO_DATA_ENABLED": "true"}, 1),
    ("billing enforcement soft in launch mode", {"BILLING_ENFORCEMENT": "soft"}, 1),
    ("billing enforcement not a known value", {"BILLING_ENFORCEMENT": "strictest"}, 1),
    ("a flag that is not a boolean", {"DEMO_DATA_ENABLED": "maybe"}, 1),
    ("flag spelled yes/on (valid)", {"SECURITY_HEADERS_ENABLED": "on", "LAUNCH_MODE": "yes"}, 0),
    ("SECRET_KEY missing", {"SECRET_KEY": None}, 1),
    ("DATABASE_URL only whitespace", {"DATABASE_URL": "   "}, 1),
    ("DATABASE_URL not a database URL", {"DATABASE_URL": "db.bench.internal:5432"}, 1),
    ("INTEGRATION_ENCRYPTION_KEY not 32 bytes", {"INTEGRATION_ENCRYPTION_KEY": "c2l4dGVlbi1ieXRlcy1rZXk="}, 1),
    ("billing on, STRIPE_SECRET_KEY missing", {"STRIPE_SECRET_KEY": None}, 1),
    ("STRIPE_WEBHOOK_SECRET malformed", {"STRIPE_WEBHOOK_SECRET": "whsec_short"}, 1),
    ("Stripe test key in launch mode", {"STRIPE_SECRET_KEY": "sk_test_" + "Ab3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF"}, 1),
    ("Zero Trust on, ZERO_TRUST_API_KEY missing", {"ZERO_TRUST_API_KEY": None}, 1),
    ("SSO on, SSO_CLIENT_SECRET too short", {"SSO_CLIENT_SECRET": "Q7x9LmP2vR"}, 1),
    ("SSO on, SSO_ISSUER_URL not https", {"SSO_ISSUER_URL": "http://login.bench.internal/"}, 1),
    ("SECRET_KEY reused as INTEGRATION_ENCRYPTION_KEY", {"SECRET_KEY": "@INTEGRATION_ENCRYPTION_KEY"}, 1),
    ("SECRET_KEY a placeholder", {"SECRET_KEY": "your-secret-key-goes-here-please-change"}, 1),
    ("SECRET_KEY long but low entropy", {"SECRET_KEY": "abcabcabcabcabcabcabcabcabcabcabcabc12"}, 1),
    ("billing off, no Stripe secrets (valid)",
     {"BILLING_ENABLED": "false", "STRIPE_SECRET_KEY": None, "STRIPE_WEBHOOK_SECRET": None}, 0),
]


def load_env200() -> Dict[str, str]:
    env: Dict[str, str] = {}
    with open(os.path.join(ROOT, ENV200)) as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                k, _, v = line.partition("=")
                env[k] = v
    return env


def coverage(build: str, peers: str) -> List[str]:
    import tempfile
    base = load_env200()
    py = os.path.join(peers, "py/bin/python")
    clean = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"),
             "NODE_PATH": os.path.join(peers, "node/node_modules")}
    tools = [
        ("libdayone", lambda f: [os.path.join(build, "dayone"), "check", "--env-file", f]),
        ("envalid", lambda f: ["node", "--env-file=" + f, "bench/peers/node/envalid_check.js", "--once"]),
        ("pydantic-settings", lambda f: [py, "bench/peers/py/pydantic_check.py", "--once", f]),
        ("OPA", lambda f: [os.path.join(peers, "go/peers"), "once-opa", f]),
        ("caarlos0/env", lambda f: [os.path.join(peers, "go/peers"), "once-env", f]),
    ]
    rows = ["| Environment (bench/env200.env with one change) | Expected | " +
            " | ".join(t for t, _ in tools) + " |",
            "|---|---|" + "---|" * len(tools)]
    totals = [0] * len(tools)
    log("rule coverage: %d variants x %d tools" % (len(SCENARIOS), len(tools)))
    with tempfile.TemporaryDirectory() as tmp:
        for name, change, expect in SCENARIOS:
            env = dict(base)
            for k, v in change.items():
                if v is None:
                    env.pop(k, None)
                elif v.startswith("@"):
                    env[k] = base[v[1:]]
                else:
                    env[k] = v
            path = os.path.join(tmp, "variant.env")
            with open(path, "w") as f:
                f.write("".join("%s=%s\n" % kv for kv in env.items()))
            cells = []
            for i, (tool, argv) in enumerate(tools):
                try:
                    rc = subprocess.run(argv(path), cwd=ROOT, env=clean, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, timeout=60).returncode
                except (OSError, subprocess.TimeoutExpired):
                    rc = -1
                if rc not in (0, 1):
                    cells.append("error")
                elif rc == expect:
                    totals[i] += 1
                    cells.append("caught" if expect else "passes")
                else:
                    cells.append("**missed**" if expect else "**false alarm**")
            rows.append("| %s | %s | %s |" % (name, "not ready" if expect else "ready",
                                              " | ".join(cells)))
    rows.append("| **right verdicts** | | %s |" % " | ".join(
        "%d / %d" % (t, len(SCENARIOS)) for t in totals))
    return rows


def fmt_ns(ns: float) -> str:
    if ns < 1e3:
        return "%.0f ns" % ns if ns >= 100 else "%.1f ns" % ns
    if ns < 1e6:
        return "%.2f µs" % (ns / 1e3) if ns < 1e4 else "%.1f µs" % (ns / 1e3)
    if ns < 1e9:
        return "%.2f ms" % (ns / 1e6) if ns < 1e7 else "%.1f ms" % (ns / 1e6)
    return "%.2f s" % (ns / 1e9)


def fmt_ratio(r: float) -> str:
    if r >= 100:
        return "%.0fx" % r
    return "%.1fx" % r if r >= 10 else "%.2fx" % r


def table(res: Results) -> List[str]:
    """The result table as markdown lines."""
    out = ["| Operation | Tool | Median | Min | Max | vs libdayone | Notes |",
           "|---|---|--:|--:|--:|--:|---|"]
    for op, title, ref in OPS:
        keys = [k for k in res.order if k[0] == op]
        if not keys:
            continue
        ref_med = statistics.median(res.samples[(op, ref)]) if (op, ref) in res.samples else None
        # the reference first, then the tools by median, then the floors;
        # unavailable rows last
        keys.sort(key=lambda k: (k[1] != ref, k not in res.samples, k in res.floors,
                                 statistics.median(res.samples[k]) if k in res.samples else 0))
        out += rows_of(res, title, keys, ref_med, ref)
    # a record of an operation this table does not know is shown, not dropped
    known = {op for op, _, _ in OPS}
    others = [k for k in res.order if k[0] not in known]
    for op in sorted({k[0] for k in others}):
        out += rows_of(res, "%s (not an operation collect.py knows)" % op,
                       [k for k in others if k[0] == op], None, "")
    return out


def rows_of(res: Results, title: str, keys: List[Key], ref_med: Optional[float],
            ref: str) -> List[str]:
    """One operation's rows, the title on the first."""
    out: List[str] = []
    first = True
    for k in keys:
        label = "**%s**" % title if first else ""
        first = False
        if k in res.samples:
            s = res.samples[k]
            med = statistics.median(s)
            if k[1] == ref:
                ratio = "1 (reference)"
            elif ref_med:
                ratio = fmt_ratio(med / ref_med)
            else:
                ratio = "n/a"
            notes = []
            if k in res.floors:
                notes.append("floor, not a decision (bench/README.md)")
            ex = res.extra.get(k, {})
            if "batch" in ex:
                notes.append("batches of %s" % ex["batch"])
            if "allowed" in ex:
                notes.append("%.1f%% allowed" % (100 * float(ex["allowed"])))  # type: ignore
            cpu = res.cpu.get(k, {})
            if "server_cpu_ns" in cpu:
                notes.append("CPU per decision: server %s, client %s (median of runs)" % (
                    fmt_ns(statistics.median(cpu["server_cpu_ns"])),
                    fmt_ns(statistics.median(cpu.get("client_cpu_ns", [0.0])))))
            notes.append("%d samples" % len(s))
            out.append("| %s | %s | %s | %s | %s | %s | %s |" % (
                label, k[1], fmt_ns(med), fmt_ns(min(s)), fmt_ns(max(s)), ratio,
                ", ".join(notes)))
        else:
            out.append("| %s | %s | – | – | – | – | not available: %s |" % (
                label, k[1], res.unavailable.get(k, "no figure")))
    return out


def two_threads(res: Results) -> List[str]:
    """Two threads vs one: for every tool with both in-process rows, the
    1-thread figure over the 2-thread one. Paired rows (bench_limiter: each
    2-thread sample taken right after a 1-thread one) give one ratio per
    pair; other programs one ratio per run (the medians of that run's
    samples). Median, min and max are over those ratios."""
    out = ["| Tool | Median | Min | Max | Notes |", "|---|--:|--:|--:|---|"]
    # the tools in table order, then the floors
    for op1, tool in sorted(res.order, key=lambda k: k in res.floors):
        one, two = (op1, tool), ("rl.mem.2t", tool)
        if op1 != "rl.mem.1t" or one not in res.samples or two not in res.samples:
            continue
        r1, r2 = res.records[one], res.records[two]
        notes = ["floor: the same work on 2 threads, no decision"] if one in res.floors else []
        if one in res.paired and two in res.paired and [len(r) for r in r1] == [len(r) for r in r2]:
            a, b = res.samples[one], res.samples[two]
            ratios = [x / y for x, y in zip(a, b)]
            notes.append("%d pairs (1 then 2 threads, back to back)" % len(ratios))
            u1, u2 = res.util.get(one, []), res.util.get(two, [])
            if len(u1) == len(u2) == len(ratios):
                calm = [r for r, x, y in zip(ratios, u1, u2) if min(x, y) >= 0.9]
                busy = len(ratios) - len(calm)
                if not busy:
                    notes.append("the threads had their CPUs in every pair")
                else:
                    notes.append("%d of %d pairs with the threads under 90%% of their CPUs "
                                 "(machine busy)%s" % (busy, len(ratios), "; median of the %d "
                                 "other pairs %s" % (len(calm), fmt_ratio(statistics.median(calm)))
                                 if calm else ""))
            c1, c2 = res.thread_cpu.get(one, []), res.thread_cpu.get(two, [])
            if len(c1) == len(c2) == len(ratios) and min(c1 + c2) > 0:
                notes.append("CPU time 1 thread / 2 threads: median %s (what the threads "
                             "did with the CPU time they got)" % fmt_ratio(
                                 statistics.median([x / y for x, y in zip(c1, c2)])))
        elif len(r1) == len(r2):
            ratios = [statistics.median(x) / statistics.median(y) for x, y in zip(r1, r2)]
            notes.append("%d runs (each run's medians)" % len(ratios))
        else:
            continue
        out.append("| %s | %s | %s | %s | %s |" % (
            tool, fmt_ratio(statistics.median(ratios)), fmt_ratio(min(ratios)),
            fmt_ratio(max(ratios)), ", ".join(notes)))
    return out if len(out) > 2 else []


def cmd_out(argv: List[str]) -> str:
    try:
        return subprocess.run(argv, cwd=ROOT, capture_output=True, text=True,
                              timeout=60).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return ""


def machine() -> List[str]:
    lscpu = cmd_out(["lscpu"])
    model = re.search(r"^Model name:\s*(.+)$", lscpu, re.M)
    mem_kb = 0
    try:
        with open("/proc/meminfo") as f:
            mem_kb = int(re.search(r"MemTotal:\s+(\d+)", f.read()).group(1))  # type: ignore
    except (OSError, AttributeError):
        pass
    osname = platform.platform()
    try:
        with open("/etc/os-release") as f:
            m = re.search(r'^PRETTY_NAME="?([^"\n]+)', f.read(), re.M)
            if m:
                osname = m.group(1)
    except OSError:
        pass
    hyp = re.search(r"^Hypervisor vendor:\s*(.+)$", lscpu, re.M)
    return [
        "- CPU: %s%s" % (model.group(1).strip() if model else platform.processor() or "unknown",
                         " (virtual machine, %s)" % hyp.group(1).strip() if hyp else ""),
        "- Cores available: %d" % (os.cpu_count() or 0),
        "- Memory: %.1f GiB" % (mem_kb / 1048576),
        "- OS: %s, kernel %s" % (osname, platform.release()),
    ]


def versions(peers: str) -> List[str]:
    lines = []
    for label, argv in (("gcc", ["gcc", "-dumpfullversion"]), ("node", ["node", "--version"]),
                        ("go", ["go", "env", "GOVERSION"]),
                        ("python", [os.path.join(peers, "py/bin/python"), "--version"]),
                        ("redis-server", ["redis-server", "--version"])):
        v = cmd_out(argv)
        if v:
            lines.append("%s %s" % (label, v.replace("Python ", "").split(" sha=")[0]
                                    .replace("Redis server v=", "")))
    try:
        with open(os.path.join(peers, "node/node_modules/envalid/package.json")) as f:
            lines.append("envalid %s" % json.load(f)["version"])
    except (OSError, ValueError, KeyError):
        pass
    pip = cmd_out([os.path.join(peers, "py/bin/python"), "-m", "pip", "list", "--format=json"])
    try:
        for p in json.loads(pip or "[]"):
            if p["name"].lower() in ("pydantic-settings", "pydantic", "limits", "pyrate-limiter",
                                     "redis", "dayone"):
                lines.append("%s %s" % (p["name"], p["version"]))
    except ValueError:
        pass
    try:
        with open(os.path.join(ROOT, "bench/peers/go/go.mod")) as f:
            gomod = f.read()
        for mod in ("open-policy-agent/opa", "caarlos0/env", "golang.org/x/time",
                    "go-redis/redis_rate", "redis/go-redis"):
            m = re.search(r"(\S*%s\S*) (v\S+)" % re.escape(mod), gomod)
            if m:
                lines.append("%s %s" % (m.group(1), m.group(2)))
    except OSError:
        pass
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", default="build/bench")
    ap.add_argument("--peers", default="bench/.peers")
    ap.add_argument("--redis", default="", help="unix socket of a running redis-server")
    ap.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", "3")))
    ap.add_argument("--process-runs", type=int, default=50)
    ap.add_argument("--out", default="bench/results.md")
    ap.add_argument("--extra", action="append", default=[],
                    help="NAME=FILE: raw output of another program to append to the results")
    ap.add_argument("--raw", default="",
                    help="FILE: write every program's records as reported (samples in round "
                         "order, the run, the load) one JSON per line")
    ap.add_argument("--sections", default="check,process,memory,redis,coverage",
                    help="which parts to run, comma-separated (all by default); e.g. "
                         "--sections redis runs the Redis rows alone, as make bench runs them; "
                         "--sections limiter only bench_limiter's rows (part of memory)")
    a = ap.parse_args()
    build = os.path.join(ROOT, a.build)
    peers = os.path.join(ROOT, a.peers)
    py = os.path.join(peers, "py/bin/python")
    gopeers = os.path.join(peers, "go/peers")
    node_env = dict(os.environ, NODE_PATH=os.path.join(peers, "node/node_modules"))
    runs = max(1, a.runs)
    sections = set(a.sections.split(","))
    res = Results()
    started = datetime.datetime.now(datetime.timezone.utc)
    load_before = os.getloadavg()

    C, PYB = "libdayone (C)", "libdayone (Python binding)"
    CVARS = "libdayone (C, check_vars of 200 packed variables)"  # bench_check.c
    GOB = "libdayone (Go binding)"
    godayone = os.path.join(peers, "go/dayone-peers")
    no_go_binding = ("the Go binding is not built: bindings/go has no public package yet "
                     "or it did not build (bench/.peers/logs/go-dayone.log)")
    # 1. the start-up check, in process
    if "check" in sections:
        run_program(res, "bench_check", [os.path.join(build, "bench/bench_check"), "--json",
                                         "--env", ENV200],
                    [("check.inproc", C), ("check.inproc", CVARS), ("check.load", C)], runs)
        run_program(res, "dayone from Python", [py, "bench/peers/py/dayone_py.py", "check", ENV200],
                    [("check.inproc", PYB)], runs)
        if os.path.exists(godayone):
            run_program(res, "dayone from Go", [godayone, "check", ENV200], [("check.inproc", GOB)], runs)
        else:
            res.missing("check.inproc", GOB, no_go_binding)
        run_program(res, "envalid", ["node", "bench/peers/node/envalid_check.js", ENV200],
                    [("check.inproc", "envalid (Node)")], runs, env=node_env)
        run_program(res, "pydantic-settings", [py, "bench/peers/py/pydantic_check.py", ENV200],
                    [("check.inproc", "pydantic-settings (Python)")], runs)
        run_program(res, "OPA", [gopeers, "check-opa", ENV200],
                    [("check.inproc", "OPA (Go, prepared Rego)"), ("check.load", "OPA (Go, prepared Rego)")],
                    runs)
        run_program(res, "caarlos0/env", [gopeers, "check-env", ENV200],
                    [("check.inproc", "caarlos0/env (Go)")], runs)
        run_pending(res, runs)
        for tool in ("envalid (Node)", "pydantic-settings (Python)", "caarlos0/env (Go)"):
            res.missing("check.load", tool, "no separate compile step (rules are code)")

    if "process" in sections:
        # whole process, in a minimal environment: node's --env-file and
        # pydantic-settings' _env_file both let the process environment win, so
        # the caller's own variables must not leak into the comparison.
        bare = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                "NODE_PATH": node_env["NODE_PATH"]}
        # /bin/true is the floor: what starting and reaping any process costs
        # here; it takes turns with our CLI so both see the same machine.
        time_process(res, [("dayone check (CLI)", [os.path.join(build, "dayone"), "check",
                                                   "--env-file", ENV200]),
                           ("/bin/true (any process: the floor)", ["/bin/true"])],
                     a.process_runs, env=bare)
        time_process(res, [("node + envalid", ["node", "--env-file=" + ENV200,
                                               "bench/peers/node/envalid_check.js", "--once"]),
                           ("python + pydantic-settings", [py, "bench/peers/py/pydantic_check.py",
                                                           "--once", ENV200])],
                     a.process_runs, env=bare)

    # 2. in-process rate limiting
    if "memory" in sections:
        mem = [("rl.mem.1t", ""), ("rl.mem.2t", "")]
        run_program(res, "bench_ratelimit", [os.path.join(build, "bench/bench_ratelimit"), "--json"],
                    [(op, C) for op, _ in mem], runs)
        queue_limiter(res, os.path.join(build, "bench/bench_limiter"), runs)
        run_program(res, "dayone rate limiting from Python", [py, "bench/peers/py/dayone_py.py", "ratelimit"],
                    [(op, PYB) for op, _ in mem], runs)
        if os.path.exists(godayone):
            run_program(res, "dayone rate limiting from Go", [godayone, "ratelimit"],
                        [(op, GOB) for op, _ in mem], runs)
        else:
            for op, _ in mem:
                res.missing(op, GOB, no_go_binding)
        run_program(res, "x/time/rate", [gopeers, "rl-xtime"],
                    [(op, "x/time/rate map+mutex (Go)") for op, _ in mem], runs)
        for what, tool in (("limits-moving", "limits moving window (Python)"),
                           ("limits-fixed", "limits fixed window (Python)"),
                           ("pyrate", "pyrate-limiter (Python)")):
            run_program(res, tool, [py, "bench/peers/py/ratelimit_py.py", what],
                        [(op, tool) for op, _ in mem], runs)
        run_pending(res, runs)

    # bench_limiter's rows alone (part of "memory"): the C limiter's
    # time-supplied rows, floors and two-thread pairs
    if "limiter" in sections and "memory" not in sections:
        queue_limiter(res, os.path.join(build, "bench/bench_limiter"), runs)
        run_pending(res, runs)

    # 3. Redis-backed rate limiting, every run of every program from the same
    # server state (redis_resetter)
    if "redis" in sections:
        redis_tools = [("rl.redis.single", "go-redis/redis_rate (Go)"),
                       ("rl.redis.single", "limits moving window, Redis (Python)"),
                       ("rl.redis.single", "limits fixed window, Redis (Python)")]
        ours = [("rl.redis.single", "libdayone Redis (C)"), ("rl.redis.batch", "libdayone Redis (C)")]
        redis_bench = os.path.join(build, "bench/bench_redis")
        if not a.redis:
            for op, tool in redis_tools + ours:
                res.missing(op, tool, "no redis-server socket")
        else:
            reset = redis_resetter(a.redis)
            if os.path.exists(redis_bench):
                run_program(res, "libdayone Redis", [redis_bench, "--json", "--socket", a.redis], ours, runs,
                            before=reset)
                # Labelled: single calls with the opt-in busy-poll (docs/redis.md,
                # "Waiting for the reply"); the row above is the default a user gets.
                run_program(res, "libdayone Redis, busy_poll_us 50",
                            [redis_bench, "--json", "--socket", a.redis, "--only", "single",
                             "--busy-poll-us", "50"],
                            [("rl.redis.single", "libdayone Redis (C, busy_poll_us 50)")], runs,
                            before=reset)
            else:
                for op, tool in ours:
                    res.missing(op, tool, "not yet available (no bench_redis: libdayone built without "
                                          "the Redis backend, hiredis missing?)")
            for _op, tool in redis_tools:
                res.missing("rl.redis.batch", tool, "no batch API (one round trip per decision)")
            pyredis = "libdayone Redis (Python binding)"
            run_program(res, "libdayone Redis from Python", [py, "bench/peers/py/dayone_py.py", "redis",
                                                             a.redis],
                        [("rl.redis.single", pyredis), ("rl.redis.batch", pyredis)], runs,
                        before=reset)
            goredis = "libdayone Redis (Go binding)"
            if os.path.exists(godayone):
                run_program(res, "libdayone Redis from Go", [godayone, "redis", a.redis],
                            [("rl.redis.single", goredis), ("rl.redis.batch", goredis)], runs,
                            before=reset)
            else:
                for op in ("rl.redis.single", "rl.redis.batch"):
                    res.missing(op, goredis, no_go_binding)
            run_program(res, "redis_rate", [gopeers, "rl-redisrate", a.redis], redis_tools[:1], runs,
                        before=reset)
            run_program(res, "limits + Redis", [py, "bench/peers/py/ratelimit_py.py", "redis-limits",
                                                a.redis], redis_tools[1:], runs,
                        before=reset)
        run_pending(res, runs)
    cov_rows = coverage(build, peers) if "coverage" in sections else []
    load_after = os.getloadavg()
    finished = datetime.datetime.now(datetime.timezone.utc)
    rows = table(res)
    pair_rows = two_threads(res)
    print()
    print("\n".join(rows))
    print()
    print("\n".join(pair_rows))
    print()
    print("\n".join(cov_rows))
    print()

    commit = cmd_out(["git", "rev-parse", "--short", "HEAD"]) or "unknown"
    if cmd_out(["git", "status", "--porcelain", "--untracked-files=no", "--", "libdayone",
                "include", "bindings", "bench/peers", "bench/bench_check.c",
                "bench/bench_ratelimit.c", "bench/bench_limiter.c", "bench/env200.env"]):
        commit += " + uncommitted changes"
    md = ["# libdayone benchmark results", "",
          "Written by `make bench` (bench/run.sh → bench/collect.py); every figure below "
          "comes from the run described here. How to read it and what each peer "
          "does: [bench/README.md](README.md).", "",
          "## Machine", ""] + machine() + [
          "- Date: %s – %s UTC" % (started.strftime("%Y-%m-%d %H:%M"), finished.strftime("%H:%M")),
          "- Load average (1 min) before / after: %.2f / %.2f%s" % (
              load_before[0], load_after[0],
              "  (other work was running: figures are noisier than on an idle machine)"
              if max(load_before[0], load_after[0]) > 1.0 else ""),
          "- Commit: %s; libdayone built with the `bench` preset (Release)" % commit,
          "- Each program ran %d times (round-robin across the tools); median, min and max "
          "are over the pooled per-round "
          "samples (each sample is the mean of a batch of calls); whole-process rows: "
          "%d runs after 2 warm-ups" % (runs, a.process_runs), "",
          "## Results", "",
          "Ratios are median / libdayone's median for the same operation (above 1: slower "
          "than libdayone). The peers check the subset of the playbook's rules they can "
          "express (bench/README.md lists which); libdayone checks all of them, including "
          "entropy and placeholder checks no peer does. Rows named \"floor: ...\" are "
          "not decisions: each is a part of a decision's work measured alone in the same "
          "run, which a decision cannot go below (bench/README.md, \"Floors\").", ""] + rows + (
          ["", "## Two threads vs one (in-process rate limiting, 100k tenants)", "",
           "The 1-thread figure over the 2-thread one (wall per decision) for every tool "
           "with both rows above: 2.00x is perfect scaling on the 2 cores.", ""] + pair_rows
          if pair_rows else []) + [
          "", "## Rule coverage", "",
          "Which rules each tool enforces: the benchmark environment broken one way at a "
          "time, each tool run once on each variant (exit status 1 = not ready). The "
          "timings above are for these rule sets.", ""] + cov_rows + [
          "", "## Versions", ""] + ["- " + v for v in versions(peers)]
    for spec in a.extra:
        name, _, path = spec.partition("=")
        try:
            with open(path) as f:
                text = f.read().strip()
        except OSError:
            continue
        if text:
            md += ["", "## %s" % name, "", "```", text, "```"]
    with open(os.path.join(ROOT, a.out), "w") as f:
        f.write("\n".join(md) + "\n")
    log("wrote %s" % a.out)
    if a.raw:
        with open(a.raw, "w") as f:
            f.write("".join(r + "\n" for r in RAW))
        log("wrote %s" % a.raw)
    return 0


if __name__ == "__main__":
    sys.exit(main())
