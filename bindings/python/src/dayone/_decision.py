"""Decision: the limiter's answer, a named record whose fields come from C.

The fields, their order and how each is presented (a bool, an outcome name,
an int, None for "no value") are the bindings' one decision field table,
bindings/shim (dayone_shim_decision_field), read here at import; the C layer
builds each record from the same table. _decision.pyi states the fields for
type checkers, and the test suite checks it against the table.
"""
from __future__ import annotations

import collections
import math
from typing import Any, Dict, Iterable, Tuple

from . import _dayone as _c
from . import __dayone as _raw  # the C module itself: no proxy layer on the hot path
from ._errors import _from_status

FIELDS: Tuple[str, ...] = tuple(
    str(_c.dayone_shim_decision_field(i).name) for i in range(_c.DAYONE_SHIM_DECISION_FIELDS))
OUTCOMES: Tuple[str, ...] = tuple(
    str(_c.dayone_outcome_name(i)) for i in range(_c.DAYONE_OUTCOME_COUNT))
_NS = 1_000_000_000
_HEADER_NAMES = ("Retry-After", "RateLimit", "RateLimit-Policy")


_Record = collections.namedtuple("Decision", FIELDS)  # type: ignore[misc]


class Decision(_Record):  # type: ignore[misc,valid-type]
    """The answer to "may this tenant, on this plan, do this now?".

    An immutable named record (a tuple underneath, built directly by the C
    layer); truthy when the request is allowed. Its fields are listed in
    ``Decision._fields`` and described in bindings/python/README.md.
    ``Decision(values)`` rebuilds one from its field values, in order.
    """

    __slots__ = ()

    def __new__(cls, values: Iterable[Any]) -> "Decision":
        return tuple.__new__(cls, values)  # type: ignore[no-any-return,type-var]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # Decision's fields are read in place (dy_py_setup installs them),
        # unchecked: a subclass's instances reach them too (inherited, by
        # super(), or directly), so they are allocated as Decision's are,
        # with room for every field.
        super().__init_subclass__(**kwargs)
        _setup_subclass(cls)

    def __getnewargs__(self) -> Tuple[Any, ...]:
        return (tuple(self),)

    @property
    def retry_after(self) -> float:
        """Seconds until a retry can succeed: 0.0 if allowed, ``math.inf`` never."""
        ns = self.retry_after_ns
        return math.inf if ns < 0 else float(ns / _NS)

    @property
    def reset_after(self) -> float:
        """Seconds until the limiter is back to a full burst."""
        return float(self.reset_after_ns / _NS)

    def headers(self) -> Dict[str, str]:
        """HTTP response headers: ``RateLimit`` and ``RateLimit-Policy``
        (draft-ietf-httpapi-ratelimit-headers-11), plus ``Retry-After`` when
        denied. A header the decision has no value for is left out (e.g.
        ``RateLimit`` on a deny_quota, ``Retry-After`` when waiting does not
        help); a value the library cannot write raises its error
        (InvalidArgumentError, LimitExceededError), never an empty header."""
        values = _raw.dy_py_headers(self)
        h: Dict[str, str] = {}
        for name, v in zip(_HEADER_NAMES, values):
            if isinstance(v, int):
                raise _from_status(v, "%s: cannot write the value for limit %r (%s)"
                                   % (name, self.limit_name, _c.dayone_status_name(v)), "", 0, 0)
            if v is not None and not (self.allowed and name == "Retry-After"):
                h[name] = v
        return h

    def __bool__(self) -> bool:
        return bool(self.allowed)

    def __repr__(self) -> str:
        return ("Decision(allowed=%r, outcome=%r, status=%d, retry_after_ns=%d, "
                "remaining=%d, limit=%d, limit_name=%r, upgrade_plan=%r, reason=%r)" % (
                    self.allowed, self.outcome, self.status, self.retry_after_ns,
                    self.remaining, self.limit, self.limit_name, self.upgrade_plan,
                    self.reason))


def _setup_subclass(cls: type) -> None:
    """Give cls Decision's allocator, and make sure its own subclasses get it
    too: an __init_subclass__ cls defines (which need not call Decision's)
    is wrapped to set up each class it is called for."""
    _raw.dy_py_setup_subclass(cls)
    own = vars(cls).get("__init_subclass__")
    if isinstance(own, classmethod) and not getattr(own.__func__, "_dy_sets_up", False):
        defined = own.__func__

        def init_subclass(sub: type, **kwargs: Any) -> None:
            defined(sub, **kwargs)
            _setup_subclass(sub)

        init_subclass._dy_sets_up = True  # type: ignore[attr-defined]
        init_subclass.__doc__ = defined.__doc__
        type.__setattr__(cls, "__init_subclass__", classmethod(init_subclass))


_raw.dy_py_setup(Decision)

__all__ = ["Decision", "FIELDS", "OUTCOMES"]
