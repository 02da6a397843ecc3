"""check(env=dict) takes one crossing without a snapshot of the whole dict
(dayone_check_vars); check(env=dayone.Env(dict)) builds the snapshot. The two
must agree on every report and every error, and never show a value."""
from __future__ import annotations

import sys
import threading
import time
import types
import typing
from typing import Dict, List, Union

import pytest

import dayone

PLANTED = "PLANTED_py_dict_0123456789abcdef"


def _filler(n: int) -> Dict[str, Union[str, bytes]]:
    return {"APP_SETTING_%03d" % i: "value-%d" % i for i in range(n)}


READY = {
    "SECRET_KEY": "xi4DS+tPoZTbWu1F7ixZo4DACmwjM7a/8A6VHkV6KXc=",
    "DATABASE_URL": "postgresql://app@db.dayone-test.internal:5432/app",
    "INTEGRATION_ENCRYPTION_KEY": "21l9t2cDEcgP7680o4w/YCKebmRq3d/krr5M5iXAQrM=",
}

CASES = [
    {},
    dict(READY),
    dict(READY, **_filler(300)),  # past the binding's on-stack batch
    dict(_filler(50), SECRET_KEY="changeme", BILLING_ENABLED="maybe", ENVIRONMENT="prod"),
    dict(READY, SECRET_KEY="é" * 40, DATABASE_URL=b"postgresql://app@h/db"),  # non-ASCII, bytes
    dict(READY, SECRET_KEY="\udcff" * 40),  # lone surrogates, as os.environ holds bad bytes
    dict(READY, BILLING_ENABLED="true", STRIPE_SECRET_KEY_FILE="/nonexistent/stripe"),
    dict(READY, LAUNCH_MODE="true", ENVIRONMENT="production", SECRET_KEY=PLANTED,
         INTEGRATION_ENCRYPTION_KEY=PLANTED),
]


@pytest.mark.parametrize("env", CASES, ids=[str(i) for i in range(len(CASES))])
def test_dict_and_snapshot_agree(env: Dict[str, Union[str, bytes]]) -> None:
    for kw in ({}, {"presence_only": True}, {"secret_files": False}):
        fast = dayone.check(env=env, **kw)  # type: ignore[arg-type]
        slow = dayone.check(env=dayone.Env(env), **kw)  # type: ignore[arg-type]
        assert fast.to_json() == slow.to_json()
        assert PLANTED not in fast.to_text() + fast.to_json()


BAD = [
    ({"BAD NAME": PLANTED}, dayone.InvalidArgumentError),
    ({"": PLANTED}, dayone.InvalidArgumentError),
    ({"NUL_VALUE": PLANTED + "\0" + PLANTED}, dayone.InvalidArgumentError),
    ({"NUL\0NAME": PLANTED}, ValueError),
    ({"INT_VALUE": 3}, TypeError),
    ({7: PLANTED}, TypeError),
    ({"HUGE": "x" * (1024 * 1024 + 1)}, dayone.LimitExceededError),
]


@pytest.mark.parametrize("bad,exc", BAD, ids=[str(i) for i in range(len(BAD))])
def test_dict_errors_are_the_snapshots(bad: Dict[str, str], exc: type) -> None:
    env: Dict[object, object] = dict(_filler(40))
    env.update(bad)
    env.update({"LATER_%d" % i: "v" for i in range(40)})
    with pytest.raises(exc) as fast:
        dayone.check(env=env)  # type: ignore[arg-type]
    with pytest.raises(exc) as slow:
        dayone.Env(env)  # type: ignore[arg-type]
    assert str(fast.value) == str(slow.value)
    assert PLANTED[:12] not in str(fast.value)


def test_dict_with_unknown_profile_raises() -> None:
    with pytest.raises(dayone.InvalidArgumentError):
        dayone.check(env=dict(READY), profiles=["no-such-profile"])


def test_dict_takes_the_one_crossing() -> None:
    from dayone import _dayone as _c
    # A dict of str (ASCII or not) and bytes is checked in the crossing ...
    for env in (dict(READY), dict(READY, **_filler(300)), CASES[4]):
        assert _c.dy_py_check_vars(None, env, 0, 0, 0, "") is not None
    # ... anything it cannot lend in place, or that fails, goes the
    # snapshot path (None), which raises the precise error.
    for env in (CASES[5], {"BAD NAME": "v"}, {"A": 3}):
        assert _c.dy_py_check_vars(None, env, 0, 0, 0, "") is None  # type: ignore[arg-type]
    # A small dict is checked with the GIL held; one naming a NAME_FILE
    # reference would read a file meanwhile, so it goes the snapshot path
    # (which releases the GIL) -- unless secret files are off, or the dict
    # is big enough to be checked with the GIL released anyway.
    assert _c.dy_py_check_vars(None, CASES[6], 0, 0, 0, "") is None
    assert _c.dy_py_check_vars(None, CASES[6], _c.DAYONE_CHECK_NO_SECRET_FILES, 0, 0,
                               "") is not None
    assert _c.dy_py_check_vars(None, dict(CASES[6], **_filler(300)), 0, 0, 0, "") is not None



def _python_frames_of_check(call: "typing.Callable[[], object]") -> int:
    """How many times the Python check() runs during call()."""
    code = dayone.check.__wrapped__.__code__  # type: ignore[attr-defined]
    entered = []

    def profile(frame: "types.FrameType", event: str, arg: object) -> None:
        if event == "call" and frame.f_code is code:
            entered.append(1)

    sys.setprofile(profile)
    try:
        call()
    finally:
        sys.setprofile(None)
    return len(entered)


def test_common_call_needs_no_python_frame() -> None:
    # check(env=dict[, policy=Policy]) is made in C; the report is the one
    # the Python check() (its __wrapped__) makes for the same call.
    slow = dayone.check.__wrapped__  # type: ignore[attr-defined]
    policy = dayone.Policy.default()
    for env in CASES[:5] + CASES[7:]:
        calls = [lambda: dayone.check(env=env), lambda: dayone.check(env),
                 lambda: dayone.check(env=env, policy=policy),
                 lambda: dayone.check(policy=policy, env=env),
                 lambda: dayone.check(env, policy), lambda: dayone.check(env, policy=None)]
        for call in calls:
            assert _python_frames_of_check(call) == 0
            assert call().to_json() == slow(env, policy).to_json()  # type: ignore[attr-defined]


def test_other_calls_reach_the_python_check() -> None:
    # Anything else is the Python check()'s, with its own errors: another
    # argument, a non-dict, a keyword name not interned, a bad policy, a
    # dict the crossing hands back (a NAME_FILE reference here).
    named = "".join(["e", "nv"])
    for call in [lambda: dayone.check(env=dict(READY), presence_only=True),
                 lambda: dayone.check(env=dict(READY), secret_files=True),
                 lambda: dayone.check(env=dayone.Env(READY)),
                 lambda: dayone.check(**{named: dict(READY)}),
                 lambda: dayone.check(env=CASES[6])]:
        assert _python_frames_of_check(call) == 1
        assert isinstance(call(), dayone.Report)
    with pytest.raises(TypeError):
        dayone.check(dict(READY), policy="default")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        dayone.check(dict(READY), env=dict(READY))  # type: ignore[misc]
    with pytest.raises(TypeError):
        dayone.check(env=dict(READY), colour=1)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        dayone.check({}, None, (), False, None, None)  # type: ignore[misc]
    with pytest.raises(AttributeError):
        dayone.check(dict(READY), object.__new__(dayone.Policy))  # a Policy without a handle


def test_long_values_are_not_checked_with_the_gil_held() -> None:
    from dayone import _dayone as _c
    # A small dict is checked in place with the GIL held only while that is
    # cheap: past a few KiB of values it goes the snapshot path (None),
    # which releases the GIL; the report is the same either way.
    small = dict(READY, APP_NOTE="n" * 100)
    long = dict(READY, APP_NOTE="n" * 5000)
    assert _c.dy_py_check_vars(None, small, 0, 0, 0, "") is not None
    assert _c.dy_py_check_vars(None, long, 0, 0, 0, "") is None
    assert dayone.check(env=long).to_json() == dayone.check(env=dayone.Env(long)).to_json()


def test_user_patterns_are_matched_with_the_gil_released() -> None:
    # A user `pattern:` may take up to its match limit per value: a policy
    # with one on a variable is never checked with the GIL held, even for a
    # small dict. Observed from another thread, which must make progress in
    # the middle of the check (with the GIL held it could not run at all).
    n = 100
    rules = "".join("  - {id: r%d, key: V%d, pattern: '^(a|a)*$'}\n" % (i, i)
                    for i in range(n))
    policy = dayone.Policy.from_string("version: 1\nposture:\n" + rules)
    env = {"V%d" % i: "a" * 25 + "b" for i in range(n)}  # each too expensive to match
    ticks: List[int] = []
    stop = threading.Event()

    def spin() -> None:
        # Sleeping gives the GIL back at once, so the main thread never has
        # to wait for a forced switch to get it.
        while not stop.is_set():
            ticks.append(time.perf_counter_ns())
            time.sleep(0.0005)

    # With a switch interval far longer than the test, the main thread never
    # gives the GIL up while it runs Python code: the spinner can only tick
    # between t0 and t1 if the check itself released it. (Timing margins
    # instead failed on a machine loaded 13 deep: the spinner was starved.)
    interval = sys.getswitchinterval()
    sys.setswitchinterval(100.0)
    spinner = threading.Thread(target=spin)
    spinner.start()
    try:
        time.sleep(0.01)
        t0 = time.perf_counter_ns()
        report = dayone.check(env=env, policy=policy)
        t1 = time.perf_counter_ns()
    finally:
        stop.set()
        spinner.join()
        sys.setswitchinterval(interval)
    assert len(report.findings) == n
    assert all("too expensive" in f.message for f in report.findings)
    assert any(t0 < t < t1 for t in ticks)


def test_check_behaves_as_a_function_would() -> None:
    # dayone.check is a C callable around the Python check(): still pickled
    # and copied by name, and bound as a method when it is a class attribute.
    import copy
    import pickle
    assert pickle.loads(pickle.dumps(dayone.check)) is dayone.check
    assert copy.copy(dayone.check) is dayone.check
    assert copy.deepcopy({"checker": dayone.check})["checker"] is dayone.check

    class Holder:
        run = dayone.check

    h = Holder()
    assert Holder.run is dayone.check
    bound = h.run
    assert isinstance(bound, types.MethodType) and bound.__self__ is h
    with pytest.raises(TypeError):
        bound()  # env=h, as the Python function bound this way would get
    with pytest.raises(TypeError):
        dayone.check.__wrapped__.__get__(h)()
