"""check(env=dict) takes one crossing without a snapshot of the whole dict
(dayone_check_vars); check(env=dayone.Env(dict)) builds the snapshot. The two
must agree on every report and every error, and never show a value."""
from __future__ import annotations

from typing import Dict, Union

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
