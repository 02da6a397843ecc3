"""check() of the process environment alone reads only the variables the
policy can read (dayone_check_process); with an env file it takes a snapshot
of the whole environment first. An empty env file adds nothing, so the two
must render the same report, whatever the environment holds, and never show
a value."""
from __future__ import annotations

import os
import pathlib

import pytest

import dayone

POLICY = """version: 1
secrets:
  - key: DY_PY_PROC_SECRET
    min_length: 8
  - key: DY_PY_PROC_TOKEN
    required: false
    min_length: 4
"""

PLANTED = "PLANTED_py_proc_0123456789"


@pytest.fixture
def policy() -> dayone.Policy:
    return dayone.Policy.from_string(POLICY, name="test.yaml")


def _both(policy: dayone.Policy, tmp_path: pathlib.Path, **kw) -> dayone.Report:
    empty = tmp_path / "empty.env"
    empty.write_text("")
    lean = dayone.check(policy=policy, **kw)
    whole = dayone.check(policy=policy, env_files=(empty,), **kw)
    assert lean.to_json() == whole.to_json()
    assert PLANTED not in lean.to_json()
    return lean


@pytest.mark.parametrize("secret, secret_file, token, want", [
    (None, False, None, [("secret-required", "DY_PY_PROC_SECRET", "")]),
    ("Zr9LwQ7xPk3m", False, None, []),
    ("sh0rt", False, None, [("secret-min-length", "DY_PY_PROC_SECRET", "process")]),
    (None, True, None, []),
    ("Zr9LwQ7xPk3m", True, None, [("secret-file", "DY_PY_PROC_SECRET", "process")]),
    ("\x01\x7f\t \u00e9\u00e9\u00e9 $x", False, None, []),
    ("Zr9LwQ7xPk3m", False, "ab", [("secret-min-length", "DY_PY_PROC_TOKEN", "process")]),
])
def test_process_check_answers_as_the_whole_snapshot(monkeypatch, tmp_path, policy, secret,
                                                     secret_file, token, want) -> None:
    monkeypatch.setenv("DY-PY-PROC-DASHED", PLANTED)  # a name no policy can read
    monkeypatch.setenv("DY_PY_PROC_UNREAD", PLANTED)
    monkeypatch.setenv("DY_PY_PROC_OTHER_FILE", "/nonexistent/secret")
    for name, value in (("DY_PY_PROC_SECRET", secret), ("DY_PY_PROC_TOKEN", token)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    if secret_file:
        path = tmp_path / "secret"
        path.write_text("Zr9LwQ7xPk3m\n")
        monkeypatch.setenv("DY_PY_PROC_SECRET_FILE", str(path))
    else:
        monkeypatch.delenv("DY_PY_PROC_SECRET_FILE", raising=False)
    report = _both(policy, tmp_path)
    assert [(f.rule, f.key, f.source) for f in report.findings] == want
    if want and want[0][1] == "DY_PY_PROC_SECRET":
        with pytest.raises(dayone.PolicyViolation):
            dayone.enforce(policy=policy)
    elif not want:
        assert dayone.enforce(policy=policy).ok


def test_process_check_options(monkeypatch, tmp_path, policy) -> None:
    monkeypatch.setenv("DY_PY_PROC_SECRET", "sh0rt")
    assert _both(policy, tmp_path, presence_only=True).ok
    monkeypatch.setenv("DY_PY_PROC_SECRET", "example-value-long")
    report = _both(policy, tmp_path, example={"DY_PY_PROC_SECRET": "example-value-long"})
    assert [f.rule for f in report.findings] == ["secret-placeholder"]
