"""Policy: a compiled, immutable libdayone policy (shareable across threads)."""
from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING, Any, Mapping, Optional, Tuple, Union

from . import _dayone as _c

if TYPE_CHECKING:
    from ._check import Report

PathLike = Union[str, "os.PathLike[str]"]


class Policy:
    """A loaded policy. Build one with :meth:`default`, :meth:`from_file`
    or :meth:`from_string`; it is immutable and safe to share across threads."""

    __slots__ = ("_h", "__weakref__")
    _h: _c.dayone_policy
    _default: Optional["Policy"] = None
    _default_lock = threading.Lock()

    def __init__(self, *_args: Any, **_kwargs: Any) -> None:
        raise TypeError("use Policy.default(), Policy.from_file() or Policy.from_string()")

    @classmethod
    def _wrap(cls, handle: _c.dayone_policy) -> "Policy":
        self = object.__new__(cls)
        self._h = handle
        return self

    @classmethod
    def default(cls) -> "Policy":
        """The policy compiled into libdayone (it encodes the launch playbook).
        Loaded once per process and shared."""
        p = cls._default
        if p is None:
            with cls._default_lock:
                p = cls._default
                if p is None:
                    p = cls._wrap(_c.dayone_policy_load_default())
                    cls._default = p
        return p

    @classmethod
    def from_file(cls, path: PathLike) -> "Policy":
        """Load a policy file. Raises PolicyError (with path, line, column) when
        it is malformed, FileReadError when it cannot be read."""
        return cls._wrap(_c.dayone_policy_load_file(_fspath(path, "path")))

    @classmethod
    def from_string(cls, yaml: Union[str, bytes], name: Optional[str] = None) -> "Policy":
        """Load a policy from YAML text; ``name`` stands for the path in errors."""
        if not isinstance(yaml, (str, bytes)):
            raise TypeError("yaml must be str or bytes, not %s" % type(yaml).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("name must be str or None, not %s" % type(name).__name__)
        if name is not None and "\0" in name:
            raise ValueError("name must not contain NUL characters")
        return cls._wrap(_c.dayone_policy_load_string(yaml, name))

    @staticmethod
    def default_source() -> str:
        """The YAML text of the embedded default policy."""
        return str(_c.dayone_policy_default_source())

    @property
    def name(self) -> str:
        """The name the policy was loaded under (path, ``"<default>"`` or given name)."""
        return str(_c.dayone_policy_name(self._h))

    @property
    def plans(self) -> Tuple[str, ...]:
        """Plan names, cheapest first."""
        h = self._h
        return tuple(str(_c.dayone_policy_plan_name(h, i))
                     for i in range(_c.dayone_policy_plan_count(h)))

    def enforcement(self, env: Optional[Mapping[str, str]] = None) -> str:
        """Billing enforcement ("strict", "soft" or "off") under ``env``
        (None: the process environment)."""
        from ._check import _make_env
        e = _make_env(env, ())
        return _ENFORCEMENT_NAMES.get(_c.dayone_policy_enforcement(self._h, e), "strict")

    def lint(self) -> "Report":
        """The plan-ladder lint (docs/policy.md, "Plan-ladder lint"): a Report of
        warnings (rule ``"plan-ladder"``), each at ``path:line:column`` of the
        later plan's offending entry; no findings means it lints clean."""
        from ._check import Report  # _check imports this module
        return Report(_c.dayone_policy_lint(self._h))

    def __repr__(self) -> str:
        return "<dayone.Policy %r plans=%d>" % (self.name, _c.dayone_policy_plan_count(self._h))


_ENFORCEMENT_NAMES = {
    _c.DAYONE_ENFORCEMENT_STRICT: "strict",
    _c.DAYONE_ENFORCEMENT_SOFT: "soft",
    _c.DAYONE_ENFORCEMENT_OFF: "off",
}


def _fspath(path: Any, what: str) -> str:
    try:
        p: Union[str, bytes] = os.fspath(path)
    except TypeError:
        raise TypeError("%s must be a str or os.PathLike, not %s"
                        % (what, type(path).__name__)) from None
    if isinstance(p, bytes):
        p = os.fsdecode(p)
    if "\0" in p:
        raise ValueError("%s must not contain NUL characters" % what)
    return p


def _handle(policy: Optional[Policy]) -> _c.dayone_policy:
    """The C handle of ``policy`` (None: the default policy)."""
    if policy is None:
        return Policy.default()._h
    if not isinstance(policy, Policy):
        raise TypeError("policy must be a dayone.Policy or None, not %s"
                        % type(policy).__name__)
    return policy._h
