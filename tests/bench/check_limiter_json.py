#!/usr/bin/env python3
"""ctest bench.limiter_json: bench_limiter --json, briefly, read the way
`make bench` reads it - through bench/collect.py's own queue, parser and
tables - and fails unless results.md would carry every row collect.py
expects from it: the C single call and batch with the time supplied on 1
and 2 threads, the floors under a single call in the 1-thread section (after
the tools, labelled as floors), and the two-threads-vs-one pairs. Also
checks that collect.py shows what a peer adds (a floor row of its own, an
operation it does not know) and that a row bench_limiter stops printing
becomes a "not available" row instead of vanishing.

    check_limiter_json.py BENCH_LIMITER COLLECT_PY
"""
import importlib.util
import json
import sys
from typing import Dict, List, Tuple

bench_limiter, collect_py = sys.argv[1:3]
spec = importlib.util.spec_from_file_location("collect", collect_py)
assert spec and spec.loader
collect = importlib.util.module_from_spec(spec)
spec.loader.exec_module(collect)

problems: List[str] = []
ROUNDS = 2


def check(ok: bool, what: str) -> None:
    if not ok:
        problems.append(what)


def sections(rows: List[str]) -> Dict[str, List[Tuple[str, List[str]]]]:
    """A markdown table of collect.table() as {title: [(tool, cells)]}: a
    row whose first cell is set opens an operation's section."""
    out: Dict[str, List[Tuple[str, List[str]]]] = {}
    title = ""
    for row in rows[2:]:
        cells = [c.strip() for c in row.strip().strip("|").split("|")]
        if cells[0]:
            title = cells[0].strip("*")
        out.setdefault(title, []).append((cells[1], cells[2:]))
    return out


def title_of(op: str) -> str:
    return next(t for o, t, _ in collect.OPS if o == op)


# 1. The real program, as make bench queues and runs it (fewer, smaller rounds).
res = collect.Results()
collect.queue_limiter(res, bench_limiter, 1, ("--runs", str(ROUNDS), "--ops", "4096"))
collect.run_pending(res, 1, timeout=100)
for key in collect.LIMITER_ROWS:
    s = res.samples.get(key)
    if s is None:
        problems.append("%s / %s: no figure (%s)" % (key[0], key[1], res.unavailable.get(key)))
        continue
    check(len(s) == ROUNDS and min(s) > 0, "%s / %s: samples %r" % (key[0], key[1], s))
for tool in collect.LIMITER_TOOLS:
    for op in ("rl.mem.1t", "rl.mem.2t"):
        ex = res.extra.get((op, tool), {})
        check(ex.get("allowed") == 1.0, "%s / %s: allowed %r (every decision is under the rate)"
              % (op, tool, ex.get("allowed")))
for key in collect.LIMITER_ROWS:
    if key[1] in collect.LIMITER_TOOLS + collect.LIMITER_FLOORS_2T:
        check(len(res.util.get(key, [])) == ROUNDS and key in res.paired and
              len(res.thread_cpu.get(key, [])) == ROUNDS and min(res.thread_cpu[key]) > 0,
              "%s / %s: no per-sample util or CPU, or not paired" % key)

table = sections(collect.table(res))
one = table.get(title_of("rl.mem.1t"), [])
tools = [t for t, _ in one]
for f in collect.LIMITER_FLOORS:
    check(f.startswith("floor: "), "%r is not labelled as a floor" % f)
    row = dict(one).get(f)
    if row is None:
        problems.append("results.md: no row %r in the 1-thread section" % f)
        continue
    check(row[0] not in ("–", "") and "floor, not a decision" in row[-1] and
          "%d samples" % ROUNDS in row[-1], "results.md: row %r reads %r" % (f, row))
    check(all(tools.index(f) > tools.index(t) for t in collect.LIMITER_TOOLS),
          "results.md: floor %r is not after the decisions" % f)
two = dict(table.get(title_of("rl.mem.2t"), []))
for t in collect.LIMITER_TOOLS + collect.LIMITER_FLOORS_2T:
    check(t in two and two[t][0] not in ("–", ""), "results.md: no 2-thread row %r" % t)

pairs = {r.strip("|").split("|")[0].strip(): r for r in collect.two_threads(res)[2:]}
for t in collect.LIMITER_TOOLS + collect.LIMITER_FLOORS_2T:
    check(t in pairs and "%d pairs" % ROUNDS in pairs[t] and
          (t.startswith("floor: ") == ("no decision" in pairs[t])) and "CPU time" in pairs[t],
          "two threads vs one: no paired row for %r: %r" % (t, pairs.get(t)))

# 2. What a peer adds is shown: its own floor row, in its op's section, and a
# record of an operation collect.py does not know.
peer = collect.Results()
collect.read_records(peer, "\n".join(json.dumps(r) for r in [
    {"op": "rl.mem.1t", "tool": "libdayone (C)", "samples_ns": [60.0, 62.0]},
    {"op": "rl.mem.1t", "tool": "floor: C batch through a crossing, nothing decoded",
     "samples_ns": [30.0, 31.0]},
    {"op": "rl.mem.1t", "tool": "libdayone (Go, floor: a crossing, nothing decoded)",
     "samples_ns": [40.0]},
    {"op": "rl.mem.1t", "tool": "some peer's own row", "samples_ns": [90.0]},
    {"op": "rl.future", "tool": "a peer", "samples_ns": [5.0]},
]), 1)
ptable = sections(collect.table(peer))
prow = dict(ptable.get(title_of("rl.mem.1t"), []))
check("floor, not a decision" in prow.get("floor: C batch through a crossing, nothing decoded",
                                          [""])[-1], "a peer's floor row is not shown as a floor")
check("floor, not a decision" in prow.get("libdayone (Go, floor: a crossing, nothing decoded)",
                                          [""])[-1], "a peer's labelled floor is not shown as one")
check("some peer's own row" in prow and "floor" not in prow["some peer's own row"][-1],
      "a peer's extra row is not shown, or shown as a floor")
check(any("rl.future" in t and "a peer" in dict(rows) for t, rows in ptable.items()),
      "a record of an unknown operation is dropped")

# 3. A row the program stops printing becomes "not available", not nothing.
dropped = collect.LIMITER_FLOORS[1]
fake = collect.Results()
lines = [json.dumps({"op": op, "tool": tool, "samples_ns": [1.0]})
         for op, tool in collect.LIMITER_ROWS if tool != dropped]
collect.run_program(fake, "bench_limiter", [sys.executable, "-c", "print(%r)" % "\n".join(lines)],
                    collect.LIMITER_ROWS, 1)
collect.run_pending(fake, 1, timeout=60)
frow = dict(sections(collect.table(fake)).get(title_of("rl.mem.1t"), [])).get(dropped)
check(frow is not None and "not available" in frow[-1],
      "a floor bench_limiter stops printing vanishes from results.md: %r" % (frow,))

if problems:
    sys.exit("bench_limiter --json as collect.py reads it:\n  " + "\n  ".join(problems))
print("bench_limiter --json: %d rows, %d floors, paired 2-thread rows: %s" % (
    len(collect.LIMITER_ROWS), len(collect.LIMITER_FLOORS),
    "; ".join("%s %s" % (t, pairs[t].split("|")[2].strip())
              for t in collect.LIMITER_TOOLS + collect.LIMITER_FLOORS_2T)))
