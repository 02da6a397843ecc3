"""Status codes map to exceptions from one table; bad arguments never crash."""
from __future__ import annotations

import pytest

import dayone
from dayone import _errors

from conftest import ROOT


def test_policy_error_has_location() -> None:
    with pytest.raises(dayone.PolicyError) as ei:
        dayone.Policy.from_string("version: 1\nplans:\n  - name: free\n    limits: [\n", name="bad.yaml")
    e = ei.value
    assert isinstance(e, dayone.Error)
    assert e.code == _errors.EPOLICY and e.code_name == "DAYONE_EPOLICY"
    assert e.path == "bad.yaml" and e.line >= 3 and e.column >= 1
    assert str(e).startswith("bad.yaml:%d:%d: " % (e.line, e.column))


def test_policy_errors_from_files() -> None:
    bad = sorted((ROOT / "tests" / "policies" / "bad").glob("*.yaml"))
    assert bad
    for path in bad:
        with pytest.raises((dayone.PolicyError, dayone.LimitExceededError)) as ei:
            dayone.Policy.from_file(path)
        assert ei.value.path == str(path), path
        assert ei.value.line >= 1, path


def test_unknown_key_and_missing_file(tmp_path) -> None:
    with pytest.raises(dayone.PolicyError) as ei:
        dayone.Policy.from_string("version: 1\nbogus: 1\n")
    assert ei.value.line == 2 and ei.value.column == 1
    with pytest.raises(dayone.FileReadError) as ei2:
        dayone.Policy.from_file(tmp_path / "missing.yaml")
    assert isinstance(ei2.value, OSError) and ei2.value.path.endswith("missing.yaml")


def test_env_file_errors() -> None:
    envdir = ROOT / "tests" / "env-files"
    with pytest.raises(dayone.EnvFileError) as ei:
        dayone.check(env={}, env_files=[envdir / "bad-unterminated-double.env"])
    e = ei.value
    assert e.path.endswith("bad-unterminated-double.env") and e.line == 2 and e.column == 9
    assert "PLANTED_SECRET" not in str(e) + repr(e)
    # Every bad file is refused by at least one dialect, never quoting it.
    for bad in sorted(envdir.glob("bad-*.env")):
        refused = 0
        for dialect in ("compose", "docker", "dotenv"):
            try:
                dayone.check(env={}, env_files=[bad], env_dialect=dialect)
            except dayone.EnvFileError as err:
                refused += 1
                assert err.line >= 1 and "PLANTED_SECRET" not in str(err), bad
        assert refused, bad
    with pytest.raises(dayone.FileReadError):
        dayone.check(env={}, env_files=[envdir / "does-not-exist.env"])


def test_not_found() -> None:
    lim = dayone.Limiter()
    for kwargs in [dict(plan="nope", limit="ingest"), dict(plan="free", limit="nope"),
                   dict(plan="free", limit="ingest", feature="no-such-feature")]:
        with pytest.raises(dayone.NotFoundError) as ei:
            lim.decide("k", **kwargs)
        assert isinstance(ei.value, LookupError)
        assert ei.value.code == _errors.ENOTFOUND


@pytest.mark.parametrize("args,kwargs,exc", [
    ((1, "free"), {}, TypeError),
    (("k", 2), {}, TypeError),
    ((None, "free"), {}, TypeError),
    (("k", "free"), dict(limit=3), TypeError),
    (("k", "free", "ingest"), dict(cost="1"), TypeError),
    (("k", "free", "ingest"), dict(cost=1.5), TypeError),
    (("k", "free", "ingest"), dict(cost=-1), dayone.InvalidArgumentError),
    (("k", "free", "ingest"), dict(cost=10**9 + 1), dayone.InvalidArgumentError),
    (("k", "free", "ingest"), dict(cost=2**70), ValueError),
    (("k", "free", "ingest"), dict(usage=-2), dayone.InvalidArgumentError),
    (("k", "free", "ingest"), dict(usage="x"), TypeError),
    (("k", "free", "ingest"), dict(now_ns=1.0), TypeError),
    (("k", "free", "ingest"), dict(feature=5), TypeError),
    (("k\0x", "free", "ingest"), {}, ValueError),
    (("k", "fr\0ee", "ingest"), {}, ValueError),
])
def test_decide_bad_arguments(args, kwargs, exc) -> None:
    with pytest.raises(exc):
        dayone.Limiter().decide(*args, **kwargs)


def test_decide_many_bad_arguments() -> None:
    lim = dayone.Limiter()
    with pytest.raises(TypeError):
        lim.decide_many(5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="request 0"):
        lim.decide_many([5])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="request 1"):
        lim.decide_many([("a", "free", "ingest"), ("only-key",)])
    with pytest.raises(TypeError, match="unknown field"):
        lim.decide_many([{"key": "a", "plan": "free", "colour": "red"}])
    with pytest.raises(ValueError) as ei:
        lim.decide_many([{"key": "a", "plan": "free", "limit": "ingest", "cost": -1},
                         ("b", "free", "ingest")])
    assert isinstance(ei.value, dayone.InvalidArgumentError) and ei.value.index == 0
    assert ei.value.decisions[1].allowed
    assert lim.decide("k", "free", "ingest", cost=0).remaining == lim.decide("j", "free", "ingest").remaining
    with pytest.raises(TypeError, match="key is required"):
        lim.decide_many([{"plan": "free"}])


def test_other_bad_arguments(good_env) -> None:
    with pytest.raises(TypeError):
        dayone.check(env=["A=1"])  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        dayone.check(env={"A": 1})  # type: ignore[dict-item]
    with pytest.raises(TypeError):
        dayone.check(env={1: "x"})  # type: ignore[dict-item]
    with pytest.raises(ValueError):
        dayone.check(env={"1BAD NAME": "x"})
    with pytest.raises(ValueError):
        dayone.check(env={"A": "x\0y"})
    with pytest.raises(TypeError):
        dayone.check(env=good_env, policy="default")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        dayone.check(env=good_env, env_files=[3])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        dayone.check(env=good_env, today="2026-01-01")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        dayone.Policy.from_string(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        dayone.Policy.from_file(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        dayone.Limiter(enforcement="lenient")
    with pytest.raises(TypeError):
        dayone.Limiter(enforcement=1)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        dayone.Limiter(capacity=0)
    with pytest.raises(TypeError):
        dayone.Limiter(capacity="big")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        dayone.Limiter(clock=5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        dayone.Limiter(policy=object())  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        dayone.Limiter().swap_policy(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        dayone.explain(5)  # type: ignore[arg-type]


def test_mapping_that_is_not_a_dict(good_env) -> None:
    import types
    assert dayone.check(env=types.MappingProxyType(good_env)).ok

    class Weird:
        def keys(self):
            return ["A"]

        def __getitem__(self, k):
            return "v"

        def items(self):
            raise RuntimeError("boom")

    with pytest.raises((RuntimeError, TypeError)):
        dayone.check(env=Weird())  # type: ignore[arg-type]


def test_one_table() -> None:
    for code, cls in _errors._BY_CODE.items():
        e = _errors._from_status(code, "m", "p", 1, 2)
        assert type(e) is cls and e.code == code and (e.path, e.line, e.column) == ("p", 1, 2)
    assert issubclass(dayone.InvalidArgumentError, ValueError)
    assert issubclass(dayone.NotFoundError, LookupError)
    assert issubclass(dayone.FileReadError, OSError)
    import pickle
    e = pickle.loads(pickle.dumps(_errors._from_status(_errors.EPOLICY, "m", "p", 1, 2)))
    assert type(e) is dayone.PolicyError and e.line == 1


def test_internal_constructors_refuse_garbage() -> None:
    with pytest.raises(TypeError):
        dayone.Report(None)
    with pytest.raises(TypeError):
        dayone.Policy()
    with pytest.raises(TypeError):
        dayone.Decision((1, 2)).headers()
    fake = dayone.Decision((True, 0, 200, 0, 0, 1, 1, 1, -1, None, "x" * 500, "ingest", 1, 1,
                            1_000_000_000, None, 0, (), 0, None))
    assert isinstance(fake.headers(), dict)  # long strings are truncated, never overflow
