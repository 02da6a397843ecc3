"""Decision is a named record built from the bindings' decision field table,
and its type stub states exactly those fields."""
from __future__ import annotations

import ast
import pathlib
from typing import Dict, List, Tuple

import dayone
import dayone._dayone as c
import dayone._decision

# How each kind of field of the C table is presented in Python.
KIND_TYPES = {
    c.DAYONE_SHIM_BOOL: "bool",
    c.DAYONE_SHIM_OUTCOME: "str",
    c.DAYONE_SHIM_INT: "int",
    c.DAYONE_SHIM_INT64: "int",
    c.DAYONE_SHIM_TEXT: "str",
    c.DAYONE_SHIM_LIMIT_NAME: "str",
    c.DAYONE_SHIM_INT64_OR_NONE: "Optional[int]",
    c.DAYONE_SHIM_TEXT_OR_NONE: "Optional[str]",
    c.DAYONE_SHIM_RATES: "Tuple[Dict[str, int], ...]",
}


def c_table() -> List[Tuple[str, str]]:
    out = []
    for i in range(c.DAYONE_SHIM_DECISION_FIELDS):
        f = c.dayone_shim_decision_field(i)
        out.append((f.name, KIND_TYPES[f.kind]))
    return out


def stub_fields() -> List[Tuple[str, str]]:
    stub = pathlib.Path(dayone._decision.__file__).with_suffix(".pyi")
    tree = ast.parse(stub.read_text(encoding="utf-8"))
    (cls,) = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Decision"]
    return [(n.target.id, ast.unparse(n.annotation)) for n in cls.body
            if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)]


def test_stub_states_the_c_table() -> None:
    assert stub_fields() == c_table()


def test_record_fields_are_the_c_table() -> None:
    assert dayone.Decision._fields == tuple(name for name, _ in c_table())


def test_values_have_the_stated_types() -> None:
    yaml = ("version: 1\nplans:\n  - name: free\n    limits:\n      x: {rps: 1, burst: 1}\n"
            "  - name: pro\n    limits:\n      x: {rps: 10}\n    features: [exports]\n")
    lim = dayone.Limiter(dayone.Policy.from_string(yaml), enforcement="strict")
    seen: Dict[str, set] = {}
    for d in (lim.decide("t", "free", "x", now_ns=1),                     # allow
              lim.decide("t", "free", "x", now_ns=1),                     # deny_rate
              lim.decide("t", "free", "x", feature="exports", now_ns=1),  # deny_plan
              lim.decide("u", "pro", "x", usage=0, now_ns=1)):
        for (name, want), value in zip(c_table(), d):
            assert getattr(d, name) is value
            allowed = {"bool": (bool,), "int": (int,), "str": (str,),
                       "Optional[int]": (int, type(None)),
                       "Optional[str]": (str, type(None)),
                       "Tuple[Dict[str, int], ...]": (tuple,)}[want]
            assert isinstance(value, allowed), (name, value)
            seen.setdefault(name, set()).add(type(value))
    assert seen["upgrade_plan"] == {str, type(None)}
    assert seen["quota_remaining"] == {type(None)}
    assert seen["outcome"] == {str}


def test_several_rates_are_listed() -> None:
    yaml = ("version: 1\nplans:\n  - name: p\n    limits:\n"
            "      x: [{rps: 10, burst: 2}, {rpm: 60, burst: 5}]\n      y: {rps: 1}\n")
    lim = dayone.Limiter(dayone.Policy.from_string(yaml), enforcement="strict")
    assert lim.decide("t", "p", "y", now_ns=1).rates == ()
    d = lim.decide("t", "p", "x", now_ns=10**12)
    assert [r["rate"] for r in d.rates] == [10, 60]
    assert [r["remaining"] for r in d.rates] == [1, 4]
    assert d.tightest == 0 and d.remaining == 1
    # A record of plain values is left alone by the garbage collector; one
    # holding the rates' dicts (mutable) must stay tracked.
    import gc
    assert gc.is_tracked(d) and not gc.is_tracked(lim.decide("t", "p", "y", now_ns=1))
    assert set(d.rates[0]) == {c.dayone_shim_rate_field(i)
                               for i in range(c.DAYONE_SHIM_RATE_FIELDS)}
    # The header writers read the rates back from the record.
    assert d.headers()["RateLimit-Policy"] == '"x/rps";q=10;w=1, "x/rpm";q=60;w=60'


def test_repeated_values_follow_each_decision() -> None:
    # The C layer hands out the previous int or str object when a field's
    # value repeats; interleaving limits, plans and outcomes must still give
    # every decision its own values.
    policy = dayone.Policy.from_string("""version: 1
features: [exports]
billing: {enforcement: strict}
plans:
  - name: free
    limits:
      api: {rpm: 60, burst: 5}
      bulk: {rpm: 6000, burst: 700}
    features: []
  - name: pro
    limits:
      api: {rpm: 60, burst: 5}
      bulk: {rpm: 6000, burst: 700}
    features: [exports]
""")
    lim = dayone.Limiter(policy)
    now = 10**12
    for i in range(8):
        a = lim.decide("t", "free", "api", now_ns=now)
        b = lim.decide("t", "free", "bulk", now_ns=now)
        assert (a.burst, a.limit, a.remaining, a.window_ns) == (5, 5, max(4 - i, 0), 5 * 10**9)
        assert (b.burst, b.limit, b.remaining, b.window_ns) == (700, 700, 699 - 2 * i, 7 * 10**9)
        assert a.reason == ("ok" if i < 5 else "rate limited")
        assert b.reason == "ok" and b.upgrade_plan is None
        assert a.limit_name == "api" and b.limit_name == "bulk"
        plan = lim.decide("t", "free", "bulk", feature="exports", now_ns=now)
        assert (plan.reason, plan.upgrade_plan, plan.status) == ("feature not in plan", "pro", 403)
        assert lim.decide("t", "free", "bulk", now_ns=now).reason == "ok"


def test_batches_written_over_other_decisions_read_their_own() -> None:
    # decide_many's decisions are written in a buffer kept from batch to
    # batch, so each is written over the bytes of an earlier one (a longer
    # reason, an upgrade plan, several rates). Batches alternating those
    # with plain allows must still read as decide() gives them one by one.
    policy = """version: 1
features: [exports]
plans:
  - name: free
    limits:
      api: {rpm: 60, burst: 2}
      multi: {rates: [{rps: 10, burst: 3}, {rpm: 60, burst: 4}]}
    features: []
  - name: pro
    limits:
      api: {rpm: 60, burst: 2}
      multi: {rates: [{rps: 10, burst: 3}, {rpm: 60, burst: 4}]}
    features: [exports]
"""
    many = dayone.Limiter(dayone.Policy.from_string(policy))
    one = dayone.Limiter(dayone.Policy.from_string(policy))
    shapes = [
        [("t%d" % (j % 3), "free", "api", 1, None, None, 10**12) for j in range(200)],
        [("t%d" % j, "free", "multi", 1, None, None, 10**12) for j in range(200)],
        [("t%d" % j, "free", "api", 1, "exports", None, 10**12) for j in range(200)],
        [("u%d" % j, "pro", "api", 1, None, None, 10**12) for j in range(200)],
    ]
    for r in range(3):
        for k, shape in enumerate(shapes):
            reqs = [(q[0] + "-%d" % r,) + q[1:] for q in shape]
            got = [tuple(d) for d in many.decide_many(reqs)]
            assert got == [tuple(one.decide(*q)) for q in reqs], (r, k)
    reasons = {d.reason for d in many.decide_many(shapes[0] + shapes[2])}
    assert {"ok", "rate limited", "feature not in plan"} <= reasons, reasons


def test_benchmark_floors_cross_without_deciding() -> None:
    # bench/bench_python.py's floors: decide()'s crossing alone, with a
    # record, and the C batch alone. None of them may touch the limiter's state.
    from dayone import __dayone as raw
    lim = dayone.Limiter()
    args_only, with_record = raw.dy_py_bind_decide(lim._h, 1), raw.dy_py_bind_decide(lim._h, 2)
    assert args_only("k", "free", "ingest") is None
    rec = with_record("k", "free", limit="ingest")
    assert type(rec) is dayone.Decision and rec.allowed and rec.limit_name == "ingest"
    assert lim.tracked == 0
    import pytest
    with pytest.raises(ValueError):
        args_only("k\0", "free", "ingest")
    with pytest.raises(ValueError):
        raw.dy_py_bind_decide(lim._h, 3)
    assert raw.dy_py_floor_batch(lim._h, [("a", "free", "ingest"), ("b", "free", "ingest")], 3) == 6
    assert lim.tracked == 2


PLANS = """version: 1
features: [exports]
billing: {enforcement: strict}
plans:
  - name: free
    limits:
      api: {rpm: 60, burst: 5}
      bulk: {rpm: 6000, burst: 700}
      multi: [{rps: 10, burst: 2}, {rpm: 60, burst: 5}]
    features: []
  - name: pro
    limits:
      api: {rpm: 60, burst: 5}
      bulk: {rpm: 6000, burst: 700}
      multi: [{rps: 10, burst: 2}, {rpm: 60, burst: 5}]
    features: [exports]
"""


def _requests(i: int) -> List[tuple]:
    now = 10**12 + i * 10**8
    return [("t%d" % (i % 3), "free", "api", 1, None, None, now),
            ("t%d" % (i % 5), "pro", "bulk", 1 + i % 4, None, None, now),
            ("u", "free", "bulk", 1, "exports", None, now),
            ("t%d" % (i % 2), "pro", "multi", 1, None, None, now)]


def test_dead_records_are_refilled_with_each_decision_only() -> None:
    # The C layer keeps dead records and builds later ones in them. Two
    # limiters decide the same requests: one's records are kept alive (so
    # never reused), the other's are dropped at once (so refilled, from
    # decide() and decide_many() alike). Every pair must be equal, and a
    # live record must never change afterwards.
    import gc
    kept_lim = dayone.Limiter(dayone.Policy.from_string(PLANS))
    drop_lim = dayone.Limiter(dayone.Policy.from_string(PLANS))
    kept: List[Tuple[dayone.Decision, tuple]] = []
    for i in range(300):
        for req in _requests(i):
            d = kept_lim.decide(*req)
            kept.append((d, tuple(d)))
            assert tuple(drop_lim.decide(*req)) == kept[-1][1], (i, req)
        many = kept_lim.decide_many(_requests(i + 1000))
        kept.extend((d, tuple(d)) for d in many)
        assert [tuple(d) for d in drop_lim.decide_many(_requests(i + 1000))] == \
            [t for _, t in kept[-len(many):]], i
    outcomes = {d.outcome for d, _ in kept}
    assert {"allow", "deny_rate", "deny_plan"} <= outcomes, outcomes
    for d, t in kept:
        assert tuple(d) == t and type(d) is dayone.Decision
        assert gc.is_tracked(d) == bool(d.rates)  # only a record of several rates holds dicts


def test_a_repeated_decision_refills_only_its_limit_name() -> None:
    # A dropped record is kept and, when the next decision repeats the one
    # it was built from field for field, handed out again with only its
    # limit name set. Fresh tenants on two limits of the same rate give
    # such repeats (and a cost of 2 breaks them); the records kept alive by
    # `ref` are built in the dropped ones. Each must equal its twin and name
    # its own limit, a str subclass's name as a plain str.
    class Name(str):
        pass

    policy = """version: 1
plans:
  - name: p
    limits:
      a: {rps: 1000, burst: 1000}
      b: {rps: 1000, burst: 1000}
"""
    lim = dayone.Limiter(dayone.Policy.from_string(policy))
    ref = dayone.Limiter(dayone.Policy.from_string(policy))
    kept = []
    for i in range(200):
        for j, (limit, cost) in enumerate([("a", 1), ("b", 1), (Name("a"), 1), ("b", 2),
                                           ("a", 2), ("a", 1)]):
            key = "k%d-%d" % (i, j)
            # built in the record `lim` dropped last, for the previous request
            want = ref.decide(key, "p", limit, cost, now_ns=10**12)
            kept.append(want)
            got = tuple(lim.decide(key, "p", limit, cost, now_ns=10**12))  # built anew, dropped
            assert got == tuple(want), (i, j)
            assert want.limit_name == limit and type(want.limit_name) is str
            assert want.remaining == 1000 - cost
    assert {d.limit_name for d in kept} == {"a", "b"}


def test_other_decision_instances_are_freed() -> None:
    # Records built by Python (pickle, _replace, Decision(values)) and
    # instances of subclasses are freed as any tuple subclass's: each drops
    # its reference to its class, and none is kept for reuse.
    import pickle
    import sys
    d = dayone.Limiter().decide("a", "free", "ingest", now_ns=1)
    values = tuple(d)

    class Slotted(dayone.Decision):
        __slots__ = ()

    class WithDict(dayone.Decision):
        pass

    before = [sys.getrefcount(Slotted), sys.getrefcount(WithDict)]
    for _ in range(2000):
        s, w = Slotted(values), WithDict(values)
        w.note = "x"
        assert s == values == w and type(s) is Slotted and s.outcome == "allow"
        assert pickle.loads(pickle.dumps(d)) == d
        assert d._replace(remaining=1).remaining == 1
        assert dayone.Decision(values) == d
        del s, w
    assert [sys.getrefcount(Slotted), sys.getrefcount(WithDict)] == before


def test_fields_are_read_in_place_and_safely() -> None:
    # Decision's fields are members read at their item's place (the fast
    # attribute read); every instance of Decision has room for all of them,
    # so a short one (which tuple.__new__ can make) reports a missing field
    # instead of reading past its items, no other tuple becomes a Decision,
    # and a subclass's instances are allocated alike (short ones only
    # without a __dict__, which would follow the items).
    import pytest
    from dayone import __dayone as raw
    d = dayone.Limiter().decide("a", "free", "ingest", now_ns=1)
    for i, name in enumerate(dayone.Decision._fields):
        assert getattr(d, name) is d[i], name
        assert type(vars(dayone.Decision)[name]).__name__ == "member_descriptor", name
        with pytest.raises(AttributeError):
            setattr(d, name, d[i])
    for n in (0, 1, len(d) - 1):
        short = tuple.__new__(dayone.Decision, tuple(d)[:n])
        assert len(short) == n and short == tuple(d)[:n]
        for i, name in enumerate(dayone.Decision._fields):
            if i < n:
                assert getattr(short, name) is d[i]
            else:
                with pytest.raises(AttributeError):
                    getattr(short, name)
    longer = tuple.__new__(dayone.Decision, tuple(d) + (1, 2))
    assert longer.override_reason is d.override_reason and longer[-1] == 2

    class Plain(tuple):
        __slots__ = ()

    other = Plain((1,))
    with pytest.raises(TypeError):
        other.__class__ = dayone.Decision  # type: ignore[assignment]
    with pytest.raises(TypeError):
        d.__class__ = Plain  # type: ignore[assignment]

    class Sub(dayone.Decision):
        __slots__ = ()

    class Own(dayone.Decision):
        @property
        def reason(self) -> str:  # type: ignore[override]
            return "own"

    sub = tuple.__new__(Sub, (True,))
    assert sub.allowed is True
    with pytest.raises(AttributeError):
        sub.reason
    assert Sub(tuple(d)).limit_name == "ingest" and Sub(tuple(d)) == d
    assert Own(tuple(d)).reason == "own" and Own(tuple(d)).status == 200

    class OwnChild(Own):
        pass

    assert OwnChild(tuple(d)).reason == "own" and OwnChild(tuple(d)).status == 200
    if OwnChild.__basicsize__ > tuple.__basicsize__:  # its __dict__ follows its items
        with pytest.raises(TypeError, match="OwnChild takes all"):
            tuple.__new__(OwnChild, ())
    else:  # a managed __dict__, kept before the object (Python 3.13)
        with pytest.raises(AttributeError):
            tuple.__new__(OwnChild, ()).status
    with pytest.raises(TypeError):
        raw.dy_py_setup_subclass(Plain)  # not a Decision: its allocator stays


def test_a_short_subclass_instance_is_never_read_past_its_items() -> None:
    # Decision's field members have no bounds check, and a subclass reaches
    # them past its own attributes: super().reason in an override, or the
    # descriptor called directly. Every instance of a Decision subclass has
    # room for all the fields (a missing one is an AttributeError), or, when
    # its __dict__ follows its items, is refused short. In a child process:
    # a read past the items crashes, which fails the test instead of ending
    # the run.
    import subprocess
    import sys
    code = (
        "import dayone\n"
        "fields = dayone.Decision._fields\n"
        "d = dayone.Limiter().decide('a', 'free', 'ingest', now_ns=1)\n"
        "class Sub(dayone.Decision):\n"
        "    __slots__ = ()\n"
        "    @property\n"
        "    def reason(self):\n"
        "        return '[' + super().reason + ']'\n"
        "class Careless(Sub):\n"  # its subclasses skip Decision's hook
        "    __slots__ = ()\n"
        "    def __init_subclass__(cls):\n"
        "        pass\n"
        "class Child(Careless):\n"
        "    __slots__ = ()\n"
        "class WithDict(dayone.Decision):\n"
        "    pass\n"
        "def missing(f):\n"
        "    try:\n"
        "        f()\n"
        "    except AttributeError:\n"
        "        return True\n"
        "    return False\n"
        "out = [Sub(tuple(d)).reason == '[' + d.reason + ']']\n"
        "for cls in (Sub, Child):\n"
        "    for n in (0, 1, len(fields) - 1):\n"
        "        short = tuple.__new__(cls, tuple(d)[:n])\n"
        "        out.append(len(short) == n and short == tuple(d)[:n])\n"
        "        if fields.index('reason') < n:\n"
        "            out.append(short.reason == '[' + d.reason + ']')\n"
        "        else:\n"
        "            out.append(missing(lambda: short.reason))\n"
        "        for i, name in enumerate(fields):\n"
        "            get = dayone.Decision.__dict__[name].__get__\n"
        "            if i < n:\n"
        "                out.append(get(short) is d[i])\n"
        "            else:\n"
        "                out.append(missing(lambda: get(short)))\n"
        # a __dict__ after the items: short instances refused; a managed
        # one (Python 3.13), before the object: as Sub's
        "after = WithDict.__basicsize__ > tuple.__basicsize__\n"
        "for n in (0, 1, len(fields) - 1):\n"
        "    try:\n"
        "        short = tuple.__new__(WithDict, tuple(d)[:n])\n"
        "        short.note = 'x'\n"
        "        out.append(not after and missing(lambda: dayone.Decision.__dict__[\n"
        "            fields[n]].__get__(short)) and short.note == 'x' and len(short) == n)\n"
        "    except TypeError as e:\n"
        "        out.append(after and 'WithDict takes all' in str(e))\n"
        "w = WithDict(tuple(d))\n"
        "w.note = 'x'\n"
        "out.append(all(dayone.Decision.__dict__[name].__get__(w) is d[i]\n"
        "               for i, name in enumerate(fields)) and w.note == 'x')\n"
        "print('ok' if all(out) else 'wrong %r' % out)\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0 and run.stdout.strip() == "ok", (
        run.returncode, run.stdout, run.stderr)


def test_setup_refuses_a_class_the_records_cannot_be_kept_for() -> None:
    # The C layer frees Decision instances itself: it accepts only a Python
    # tuple subclass with no instance layout of its own (__slots__ = ()).
    import pytest
    from dayone import __dayone as raw

    class WithDict(tuple):
        pass

    for bad in (tuple, WithDict, int):
        with pytest.raises(TypeError):
            raw.dy_py_setup(bad)
    assert dayone.Limiter().decide("a", "free", "ingest", now_ns=1).allowed


def test_a_deep_chain_of_records_is_freed_without_recursing() -> None:
    # A Decision built by Python can hold another one; freeing a long chain
    # must go through the interpreter's trashcan, not recurse once per link
    # (which overflows the C stack). In a child process: a crash fails the
    # test instead of ending the run.
    import subprocess
    import sys
    code = (
        "import threading, dayone\n"
        "d = dayone.Limiter().decide('a', 'free', 'ingest', now_ns=1)\n"
        "v = list(d)\nx = d\n"
        "for i in range(100000):\n"
        "    v[0] = x\n"
        "    x = dayone.Decision(v)\n"
        "held = [x]\nv = x = None\n"
        # freed on a thread with a small stack: recursing per link overflows it
        "threading.stack_size(512 * 1024)\n"
        "t = threading.Thread(target=held.clear)\nt.start()\nt.join()\n"
        "print('freed' if not held else 'kept')\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0 and run.stdout.strip() == "freed", (run.returncode, run.stderr)


# The modules through which a Python program can start a sub-interpreter
# that shares the process (and so dayone's C state), in order of preference.
SUBINTERPRETER_APIS = ("_testcapi", "_interpreters", "_xxsubinterpreters")


def test_a_sub_interpreter_is_refused_and_the_main_one_keeps_working() -> None:
    # The Decision type and its record free list are process-wide: a second
    # interpreter importing dayone must be refused (ImportError naming the
    # limit) without touching them, so that the main interpreter's decide()
    # still returns its own Decision once the sub-interpreter is gone. In a
    # child process: a crash fails the test instead of ending the run.
    import importlib.util
    import subprocess
    import sys

    import pytest
    apis = [m for m in SUBINTERPRETER_APIS if importlib.util.find_spec(m)]
    if not apis:
        pytest.skip("Python %s provides none of %s: no sub-interpreter to import dayone in"
                    % (sys.version.split()[0], ", ".join(SUBINTERPRETER_APIS)))
    code = (
        "import os, pickle, sys, dayone\n"
        "api = sys.argv[1]\n"
        "d = dayone.Limiter().decide('a', 'free', 'ingest', now_ns=1)\n"
        "del d  # a record kept for reuse, which the refusal must leave alone\n"
        "r, w = os.pipe()\n"
        "sub = ('import os, sys\\n'\n"
        "       'try:\\n'\n"
        "       '    import dayone\\n'\n"
        "       '    msg = \"imported\"\\n'\n"
        "       'except ImportError as e:\\n'\n"
        "       '    msg = \"ImportError: \" + str(e)\\n'\n"
        "       'raw = sys.modules.get(\"dayone.__dayone\")\\n'\n"
        "       'try:\\n'\n"
        "       '    raw.dy_py_batch_class()\\n'\n"
        "       '    msg += \"|batch class given\"\\n'\n"
        "       'except RuntimeError:\\n'\n"
        "       '    msg += \"|batch class refused\"\\n'\n"
        "       'os.write(%d, msg.encode())\\n' % w)\n"
        "if api == '_testcapi':\n"
        "    import _testcapi\n"
        "    assert _testcapi.run_in_subinterp(sub) == 0\n"
        "else:\n"
        "    xi = __import__(api)\n"
        # a legacy (shared-GIL) interpreter: an isolated one refuses any
        # single-phase module itself, before dayone's own check runs
        # (3.12's _xxsubinterpreters.create() makes isolated ones by default)
        "    i = xi.create('legacy') if api == '_interpreters' else xi.create(isolated=False)\n"
        "    xi.run_string(i, sub)\n"
        "    xi.destroy(i)\n"
        "os.close(w)\n"
        "print(os.read(r, 4096).decode())\n"
        "for _ in range(3):\n"
        "    d = dayone.Limiter().decide('a', 'free', 'ingest', now_ns=1)\n"
        "    assert type(d) is dayone.Decision and isinstance(d, dayone.Decision)\n"
        "    assert pickle.loads(pickle.dumps(d)) == d and d.outcome == 'allow'\n"
        "    del d\n"
        "print('main ok')\n")
    for api in apis:  # each way this Python offers
        run = subprocess.run([sys.executable, "-c", code, api], capture_output=True,
                             text=True, timeout=120)
        assert run.returncode == 0, (api, run.returncode, run.stdout, run.stderr)
        sub_said, main_said = run.stdout.strip().splitlines()
        message, batch = sub_said.split("|")
        assert message.startswith("ImportError: dayone cannot be used in interpreter "), api
        assert "one interpreter per process" in message, api
        assert batch == "batch class refused", api
        assert main_said == "main ok", api
