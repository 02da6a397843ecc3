# Type stub of dayone._decision. The fields of Decision, in order, are the
# bindings' decision field table (bindings/shim/dayone_shim.c); the module
# builds the class from that table at import, and tests/test_decision.py
# checks this stub against it, names, order and types.
from typing import Any, Dict, Iterable, NamedTuple, Optional, Tuple

FIELDS: Tuple[str, ...]
OUTCOMES: Tuple[str, ...]

class Decision(NamedTuple):
    """The answer to "may this tenant, on this plan, do this now?"."""

    allowed: bool
    """True for ``allow``, ``allow_overage``, ``allow_shadow`` and ``allow_untracked``."""
    outcome: str
    """``allow``, ``allow_overage``, ``deny_rate``, ``deny_quota``, ``deny_plan``, ``deny_banned``, ``allow_shadow`` or ``allow_untracked``."""
    status: int
    """HTTP status: 200, 429 (rate), 402 (quota) or 403 (plan, banned)."""
    retry_after_ns: int
    """Nanoseconds until a retry can succeed: 0 if allowed, -1 never."""
    reset_after_ns: int
    """Nanoseconds until the limiter is back to a full burst."""
    remaining: int
    """Requests of cost 1 still allowed now."""
    limit: int
    """The burst (rate limit), or the quota (deny_quota / overage)."""
    window_ns: int
    """The rate's period: burst * emission interval, in nanoseconds."""
    quota_remaining: Optional[int]
    """Quota left after this request; None if no quota applied."""
    upgrade_plan: Optional[str]
    """deny_plan: the cheapest plan that offers the limit and includes the
    feature (if one was asked for); else None."""
    reason: str
    """Short machine-readable reason, e.g. ``"cost exceeds burst"``."""
    limit_name: str
    """The limit this decision is about, e.g. ``"ingest"``."""
    burst: int
    """The rate limit's burst, even when ``limit`` is a quota."""
    rate: int
    """The limit's rate as the policy writes it: ``rate`` units per
    ``rate_period_ns`` (600 rpm: 600 per 60 s); 0 when there is none."""
    rate_period_ns: int
    """The period of ``rate`` in nanoseconds (1 s, 60 s, 3600 s or 86400 s)."""
    quota_reset_unix_s: Optional[int]
    """When the request's quota was checked: the Unix second its period
    resets (dayone.period_bounds); None otherwise."""
    tightest: int
    """A limit of several rates: the index in ``rates`` of the rate the
    fields above report (the longest wait among the denying rates, else the
    fewest remaining); 0 otherwise."""
    rates: Tuple[Dict[str, int], ...]
    """A limit of several rates: each rate's own step, in the policy's order
    (keys ``rate``, ``rate_period_ns``, ``burst``, ``remaining``,
    ``reset_after_ns``, ``retry_after_ns``); () for a limit of one rate."""

    @property
    def retry_after(self) -> float: ...
    @property
    def reset_after(self) -> float: ...
    def headers(self) -> Dict[str, str]: ...
