"""check() / enforce(): judge an environment against a policy; Report, Finding."""
from __future__ import annotations

import datetime
import functools
import json
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, List, Mapping, Optional, Tuple, Union

from . import _dayone as _c
from ._errors import PolicyViolation
from ._policy import Policy, PathLike, _fspath, _handle

EnvLike = Union[None, "Env", Mapping[str, Union[str, bytes]]]
ExampleLike = Union[None, "Env", PathLike, Mapping[str, Union[str, bytes]]]
FactsLike = Union[None, Mapping[str, Any], PathLike, Iterable[PathLike]]

_FORMATS = ("text", "json", "sarif", "junit")
_check_vars = _c.dy_py_check_vars
_new_report = object.__new__


@dataclass(frozen=True)
class Finding:
    """One problem found by a check. Never holds an environment value."""

    rule: str
    """Rule id, e.g. ``"secret-required"`` or a posture rule's id."""
    key: str
    """The variable concerned, e.g. ``"STRIPE_SECRET_KEY"``."""
    severity: str
    """``"error"``, ``"warning"`` or ``"waived"``."""
    message: str
    """What is wrong."""
    hint: str
    """How to fix it."""
    because: str
    """Why the rule applied, e.g. ``"BILLING_ENABLED=true"``; ``""`` if unconditional."""
    source: str
    """Where the value came from: ``"process"``, ``"file"``, ``"api"``,
    ``"secret-file"``, ``"report"`` (a post-incident report's finding), or
    ``""`` when unset."""
    path: str
    """The .env (or NAME_FILE) path when the value came from a file, the
    policy's path for a lint finding (source ``"policy"``), the report's
    path for a report finding (source ``"report"``), else ``""``."""
    line: int
    """Line in ``path``; 0 if none."""
    waiver: str = ""
    """Reason of the waiver applied (or expired); ``""`` if none."""
    column: int = 0
    """Column in ``path`` (lint and report findings); 0 if none."""

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


class Report:
    """All findings of one check, in policy order. Immutable."""

    __slots__ = ("_h", "_findings")

    def __init__(self, _handle: Any) -> None:
        if not isinstance(_handle, _c.dayone_report):
            raise TypeError("reports come from dayone.check() or Policy.lint(); "
                            "Report() is not public")
        self._h = _handle
        self._findings: Optional[List[Finding]] = None

    @property
    def ok(self) -> bool:
        """True when there is no error finding (warnings and waivers allowed)."""
        return bool(_c.dayone_report_ok(self._h))

    @property
    def findings(self) -> List[Finding]:
        """Every finding (a new list each time; the Finding objects are shared)."""
        if self._findings is None:
            self._findings = [Finding(*t) for t in _c.dy_py_findings(self._h)]
        return list(self._findings)

    @property
    def errors(self) -> List[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> List[Finding]:
        return [f for f in self.findings if f.severity == "warning"]

    @property
    def policy_name(self) -> str:
        return str(_c.dayone_report_policy_name(self._h))

    def render(self, format: str = "text", color: bool = False) -> str:
        """Render as ``"text"``, ``"json"``, ``"sarif"`` or ``"junit"``."""
        if not isinstance(format, str):
            raise TypeError("format must be str, not %s" % type(format).__name__)
        f = _c.dayone_shim_format(format) if "\0" not in format else -1
        if f < 0:
            raise ValueError("unknown format %r (expected one of %s)"
                             % (format, ", ".join(_FORMATS)))
        flags = _c.DAYONE_RENDER_COLOR if color else 0
        return str(_c.dayone_report_render(self._h, f, flags))

    def to_text(self, color: bool = False) -> str:
        return self.render("text", color)

    def to_json(self) -> str:
        return self.render("json")

    def to_sarif(self) -> str:
        return self.render("sarif")

    def to_junit(self) -> str:
        return self.render("junit")

    def __len__(self) -> int:
        return int(_c.dayone_report_count(self._h))

    def __iter__(self) -> Any:
        return iter(self.findings)

    def __repr__(self) -> str:
        return "<dayone.Report ok=%s findings=%d errors=%d warnings=%d>" % (
            self.ok, len(self),
            _c.dayone_report_count_severity(self._h, _c.DAYONE_SEVERITY_ERROR),
            _c.dayone_report_count_severity(self._h, _c.DAYONE_SEVERITY_WARNING))


class Env:
    """An immutable snapshot of environment variables, built once and reused
    by any number of checks (building one is most of a check's cost).

    ``env``: a Mapping of names to values (None: the process environment);
    ``env_files``: .env files layered over it in order, read the way
    ``env_dialect`` reads them ("compose", the default; "docker" for
    ``docker run --env-file``; "dotenv" for python-dotenv; references resolve
    against the process environment). The values live only
    in C memory and are wiped when the snapshot is freed; nothing here ever
    shows them (len() and ``in`` tell names, never values).
    """

    __slots__ = ("_h",)

    def __init__(self, env: Union[None, Mapping[str, Union[str, bytes]]] = None,
                 env_files: Iterable[PathLike] = (), *, env_dialect: str = "compose") -> None:
        if isinstance(env, Env):
            raise TypeError("env is already a dayone.Env")
        self._h = _make_env(env, env_files, env_dialect)

    def __len__(self) -> int:
        return int(_c.dayone_env_count(self._h))

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and "\0" not in name and bool(_c.dayone_env_has(self._h, name))

    def __repr__(self) -> str:
        return "<dayone.Env %d variables>" % len(self)


def _make_env(env: EnvLike, env_files: Iterable[PathLike], env_dialect: str = "compose") -> Any:
    """A C env snapshot: ``env`` (None: the process environment), then each
    .env file layered over it in order."""
    if isinstance(env_files, (str, bytes, os.PathLike)):
        env_files = (env_files,)
    if not isinstance(env_dialect, str) or "\0" in env_dialect:
        raise TypeError("env_dialect must be 'compose', 'docker' or 'dotenv'")
    if isinstance(env, Env):
        if env_files:
            raise ValueError("env_files cannot be layered over a dayone.Env; "
                             "pass them to dayone.Env() instead")
        return env._h
    e = _c.dayone_env_new()
    if env is None:
        _c.dayone_env_add_process(e)
    else:
        _c.dy_py_env_update(e, env)
    for path in env_files:
        _c.dayone_shim_env_add_file(e, _fspath(path, "env file"),
                                    _c.dayone_shim_env_dialect(env_dialect))
    return e


def _make_example(example: ExampleLike) -> Any:
    if example is None:
        return None
    if isinstance(example, Env):
        return example._h
    if isinstance(example, Mapping):
        e = _c.dayone_env_new()
        _c.dy_py_env_update(e, example)
        return e
    return _make_env({}, (example,))  # a path to a .env.example


def _flags(presence_only: bool, secret_files: bool) -> int:
    flags = 0
    if presence_only:
        flags |= _c.DAYONE_CHECK_PRESENCE_ONLY
    if not secret_files:
        flags |= _c.DAYONE_CHECK_NO_SECRET_FILES
    return flags


def _make_facts(facts: FactsLike) -> Any:
    """A C facts snapshot, or None. A Mapping is serialised to JSON and
    loaded as one document named ``facts.json``; a path or an iterable of
    paths (JSON or YAML files) is layered in order."""
    if facts is None:
        return None
    h = _c.dayone_facts_new()
    if isinstance(facts, Mapping):
        try:
            text = json.dumps(facts, allow_nan=False)
        except (TypeError, ValueError) as e:
            # The message names the problem, never a value.
            raise TypeError("facts must be JSON-serialisable (str, numbers, bool, None, "
                            "lists and dicts with str keys): %s" % type(e).__name__) from None
        _c.dayone_shim_facts_add_string(h, text, "facts.json")
        return h
    paths = (facts,) if isinstance(facts, (str, bytes, os.PathLike)) else facts
    for path in paths:
        _c.dayone_shim_facts_add_file(h, _fspath(path, "facts file"))
    return h


NowLike = Union[None, datetime.datetime, int]


def _now_ns(now: NowLike) -> int:
    """Unix nanoseconds of an aware datetime, or an int already in Unix
    nanoseconds (datetime stops at microseconds); None: the real clock."""
    if now is None:
        return 0
    if isinstance(now, int) and not isinstance(now, bool):
        if now == 0 or not -2**63 <= now < 2**63:
            raise ValueError("now in Unix nanoseconds must be a non-zero int64")
        return now
    if not isinstance(now, datetime.datetime):
        raise TypeError("now must be a datetime.datetime or Unix nanoseconds (int), not %s"
                        % type(now).__name__)
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware (a naive datetime has no instant); "
                         "use e.g. datetime.now(timezone.utc)")
    delta = now - datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
    ns = (delta.days * 86400 + delta.seconds) * 10**9 + delta.microseconds * 1000
    if ns == 0:
        ns = 1  # 0 means "the real clock" to the library; the epoch itself is 1 ns off
    return ns


def _profiles(profiles: Optional[Iterable[str]]) -> str:
    """The profile names as the shim takes them: each followed by a NUL."""
    if profiles is None:
        return ""
    if isinstance(profiles, (str, bytes)):
        raise TypeError("profiles must be a list of names, not a single string")
    out = []
    for name in profiles:
        if not isinstance(name, str):
            raise TypeError("a profile name must be str, not %s" % type(name).__name__)
        if not name or "\0" in name:
            raise ValueError("a profile name must be non-empty and without NUL characters")
        out.append(name + "\0")
    return "".join(out)


def check(env: EnvLike = None, policy: Optional[Policy] = None,
          env_files: Iterable[PathLike] = (), presence_only: bool = False,
          example: ExampleLike = None, *, secret_files: bool = True,
          today: Union[None, int, datetime.date] = None,
          env_dialect: str = "compose", facts: FactsLike = None,
          now: NowLike = None,
          profiles: Optional[Iterable[str]] = None) -> Report:
    """Check an environment against a policy and return every finding.

    ``env``: a Mapping of names to values, a prebuilt :class:`Env`, or None
    for the process environment; ``policy``: a Policy (None: the embedded default); ``env_files``: .env
    files layered over ``env`` in order (later files win); ``presence_only``:
    only check that required names exist (for a secrets-manager listing of
    names); ``example``: a .env.example path or Mapping whose values count as
    placeholders; ``secret_files``: resolve ``NAME_FILE`` references;
    ``env_dialect``: how ``env_files`` are read (see :class:`Env`);
    ``today``: the date waivers expire against, a datetime.date or days
    since 1970-01-01 (None: today, UTC).

    Facts and profiles (docs/facts.md, docs/policy.md): ``facts`` is a dict
    (serialised to JSON and read as one document named ``facts.json``), a
    path, or a list of paths to JSON/YAML facts documents layered in order;
    ``now`` the instant ``max_age`` rules judge against, a timezone-aware
    datetime (naive is a ValueError) or an int of Unix nanoseconds (None: the
    real clock); ``profiles`` the
    profiles to run, e.g. ``["daily"]`` (None: startup; a name the policy
    does not declare is InvalidArgumentError).

    Raises EnvFileError / FileReadError when an env file or a facts document
    is malformed or unreadable (the same exceptions, with file:line:column);
    a violation is a finding in the report, not an exception.
    """
    ph = policy._h if type(policy) is Policy else _handle(policy)
    # The helpers only when there is something to convert: check() of a
    # dict is a few microseconds, and each call is a noticeable part.
    days = _days(today) if today is not None else 0
    now_ns = _now_ns(now) if now is not None else 0
    plist = _profiles(profiles) if profiles is not None else ""
    flags = (0 if presence_only is False and secret_files is True
             else _flags(presence_only, secret_files))
    if (type(env) is dict and not env_files and example is None and facts is None
            and env_dialect == "compose"):
        # One crossing, no snapshot of the whole dict; None: take the
        # snapshot path below, which raises the precise error.
        h = _check_vars(ph, env, flags, days, now_ns, plist)
        if h is not None:
            report = _new_report(Report)  # what Report(h) does, without its checks
            report._h = h
            report._findings = None
            return report
    if (env is None and type(env_files) is tuple and not env_files
            and env_dialect == "compose"):
        # The process environment alone: the library reads it and copies
        # only the variables the policy can read (dayone_check_process),
        # holding the GIL so that no Python thread changes it meanwhile.
        ex = _make_example(example)
        fh = _make_facts(facts)
        return Report(_c.dayone_shim_check_process(ph, flags, ex, days, fh, now_ns, plist))
    e = _make_env(env, env_files, env_dialect)
    ex = _make_example(example)
    fh = _make_facts(facts)
    return Report(_c.dayone_shim_check(ph, e, flags, ex, days, fh, now_ns, plist))


if not TYPE_CHECKING:
    # check(env=dict[, policy=Policy]) made in C without this function's
    # frame (most of what a check costs besides the reading and judging);
    # every other call reaches the check() above unchanged, and the
    # signature, hints and docstring are its own (__wrapped__).
    check = functools.update_wrapper(_c.dy_py_check_function(check, Policy, Report), check)


_EPOCH = datetime.date(1970, 1, 1)


def _days(today: Union[None, int, datetime.date]) -> int:
    if today is None:
        return 0
    if isinstance(today, datetime.datetime):
        today = today.date()
    if isinstance(today, datetime.date):
        return (today - _EPOCH).days
    if isinstance(today, int) and not isinstance(today, bool):
        return today
    raise TypeError("today must be a datetime.date, an int or None, not %s"
                    % type(today).__name__)


def enforce(env: EnvLike = None, policy: Optional[Policy] = None,
            env_files: Iterable[PathLike] = (), presence_only: bool = False,
            example: ExampleLike = None, *, secret_files: bool = True,
            env_dialect: str = "compose") -> Report:
    """Like check(), but raise PolicyViolation (with ``.report``) when the
    environment is not launch-ready. Returns the (passing) report."""
    report = check(env, policy, env_files, presence_only, example, secret_files=secret_files,
                   env_dialect=env_dialect)
    if not report.ok:
        raise PolicyViolation(report)
    return report


def explain(key: str, env: EnvLike = None, policy: Optional[Policy] = None,
            env_files: Iterable[PathLike] = (), presence_only: bool = False, *,
            env_dialect: str = "compose", facts: FactsLike = None,
            now: NowLike = None,
            profiles: Optional[Iterable[str]] = None) -> str:
    """Explain every rule of the policy that concerns ``key`` (a variable or
    a fact address such as ``backup.db.last_success_at``): whether it
    applies, why, and whether it passes. ``facts``, ``now`` and
    ``profiles`` as for check(). Raises NotFoundError when no rule mentions
    ``key``."""
    if not isinstance(key, str):
        raise TypeError("key must be str, not %s" % type(key).__name__)
    if "\0" in key:
        raise ValueError("key must not contain NUL characters")
    ph = _handle(policy)
    now_ns = _now_ns(now)
    plist = _profiles(profiles)
    e = _make_env(env, env_files, env_dialect)
    fh = _make_facts(facts)
    return str(_c.dayone_shim_explain(ph, e, key, _flags(presence_only, True), None, 0,
                                      fh, now_ns, plist))


__all__ = ["Env", "Finding", "Report", "check", "enforce", "explain"]
