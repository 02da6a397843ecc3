"""Staff actions on a tenant (view_as, admin, limit_reset), each with a
reason, each leaving one audit event: dayone_access_decide() in C.

The C library decides and writes the event; this module only passes the
request and reads the decision back from the event it returns."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Optional

from . import _dayone as _c
from ._policy import Policy, _handle

ACTIONS = ("view_as", "admin", "limit_reset")


@dataclass(frozen=True)
class AccessDecision:
    """A staff action's decision and its audit event.

    ``event`` is the JSON line to log (no trailing newline); ``code`` says
    which step decided ("ok", "reason_missing", ...: see
    include/dayone/access.h), ``why`` says it in words, ``duration`` is the
    granted seconds (0 when denied, and for the instant limit_reset)."""

    allowed: bool
    code: str
    why: str
    duration: int
    event: str


def _text(name: str, value: Optional[str]) -> Optional[str]:
    if value is not None and not isinstance(value, str):
        raise TypeError("%s must be str or None, not %s" % (name, type(value).__name__))
    return value


def access_decide(*, actor: str, role: str, tenant: str, action: str,
                  reason: Optional[str] = None, ticket: Optional[str] = None,
                  duration: int = 0, now: int = 0,
                  policy: Optional[Policy] = None) -> AccessDecision:
    """May ``actor``, in ``role``, take ``action`` on ``tenant`` for
    ``duration`` seconds (0: the role's maximum) for ``reason``? Decided by
    the policy's ``support:`` section (None: the default policy). ``now`` is
    the event's time in seconds since 1970 UTC (0: the system clock).
    Raises InvalidArgumentError for a bad request (unknown action, missing
    actor, ...); a denial is a decision, not an exception."""
    for k, v in (("duration", duration), ("now", now)):
        if not isinstance(v, int) or isinstance(v, bool):
            raise TypeError("%s must be int, not %s" % (k, type(v).__name__))
    line = str(_c.dayone_shim_access_decide(
        _handle(policy), _text("actor", actor), _text("role", role), _text("tenant", tenant),
        _text("action", action), _text("reason", reason), _text("ticket", ticket),
        duration, now))
    ev = json.loads(line)
    return AccessDecision(allowed=ev["decision"] == "allow", code=ev["code"], why=ev["why"],
                          duration=ev["duration"], event=line)


__all__ = ["ACTIONS", "AccessDecision", "access_decide"]
