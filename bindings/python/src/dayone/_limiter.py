"""Limiter: request-time enforcement (rate limits, quotas, paywall)."""
from __future__ import annotations

import math
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Tuple, Union

from . import _dayone as _c
from . import __dayone as _raw  # the C module itself: no proxy layer on the hot path
from ._check import EnvLike, _make_env
from ._errors import _from_status
from ._policy import Policy, _handle

OUTCOMES: Tuple[str, ...] = tuple(
    str(_c.dayone_outcome_name(i)) for i in range(5))  # allow, allow_overage, ...
_NS = 1_000_000_000
_HEADER_NAMES = ("Retry-After", "RateLimit", "RateLimit-Policy")


class Decision(Tuple[Any, ...]):
    """The answer to "may this tenant, on this plan, do this now?".

    Immutable (a tuple underneath; built directly by the C layer). Truthy when
    the request is allowed.
    """

    __slots__ = ()

    @property
    def allowed(self) -> bool:
        """True for ``allow`` and ``allow_overage``."""
        return bool(self[0])

    @property
    def outcome(self) -> str:
        """``"allow"``, ``"allow_overage"``, ``"deny_rate"``, ``"deny_quota"``
        or ``"deny_plan"``."""
        return OUTCOMES[int(self[1])]

    @property
    def status(self) -> int:
        """HTTP status: 200, 429 (rate), 402 (quota) or 403 (plan)."""
        return int(self[2])

    @property
    def retry_after_ns(self) -> int:
        """Nanoseconds until a retry can succeed: 0 if allowed, -1 never."""
        return int(self[3])

    @property
    def retry_after(self) -> float:
        """Seconds until a retry can succeed: 0.0 if allowed, ``math.inf`` never."""
        ns = self[3]
        return math.inf if ns < 0 else float(ns / _NS)

    @property
    def reset_after_ns(self) -> int:
        """Nanoseconds until the limiter is back to a full burst."""
        return int(self[4])

    @property
    def reset_after(self) -> float:
        """Seconds until the limiter is back to a full burst."""
        return float(self[4] / _NS)

    @property
    def remaining(self) -> int:
        """Requests of cost 1 still allowed now."""
        return int(self[5])

    @property
    def limit(self) -> int:
        """The burst (rate limit), or the quota (deny_quota / overage)."""
        return int(self[6])

    @property
    def burst(self) -> int:
        """The rate limit's burst, even when ``limit`` is a quota."""
        return int(self[12])

    @property
    def rate(self) -> int:
        """The limit's rate as the policy writes it: ``rate`` units per
        ``rate_period_ns`` (600 rpm: 600 per 60 s); 0 when there is none."""
        return int(self[13])

    @property
    def rate_period_ns(self) -> int:
        """The period of ``rate`` in nanoseconds (1 s, 60 s or 3600 s)."""
        return int(self[14])

    @property
    def window_ns(self) -> int:
        """The rate's period: burst * emission interval, in nanoseconds."""
        return int(self[7])

    @property
    def quota_remaining(self) -> Optional[int]:
        """Quota left after this request; None if no quota applied."""
        q = self[8]
        return None if q < 0 else int(q)

    @property
    def upgrade_plan(self) -> Optional[str]:
        """deny_plan: the cheapest plan that offers the limit and includes the
        feature (if one was asked for); else None."""
        return self[9]  # type: ignore[no-any-return]

    @property
    def reason(self) -> str:
        """Short machine-readable reason, e.g. ``"cost exceeds burst"``."""
        return str(self[10])

    @property
    def limit_name(self) -> str:
        """The limit this decision is about, e.g. ``"ingest"``."""
        return str(self[11])

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
                                   % (name, self[11], _c.dayone_status_name(v)), "", 0, 0)
            if v is not None and not (self[0] and name == "Retry-After"):
                h[name] = v
        return h

    def __bool__(self) -> bool:
        return bool(self[0])

    def __repr__(self) -> str:
        return ("Decision(allowed=%r, outcome=%r, status=%d, retry_after_ns=%d, "
                "remaining=%d, limit=%d, limit_name=%r, upgrade_plan=%r, reason=%r)" % (
                    self.allowed, self.outcome, self.status, self.retry_after_ns,
                    self.remaining, self.limit, self.limit_name, self.upgrade_plan,
                    self.reason))

    def _asdict(self) -> Dict[str, Any]:
        return {"allowed": self.allowed, "outcome": self.outcome, "status": self.status,
                "retry_after_ns": self.retry_after_ns, "reset_after_ns": self.reset_after_ns,
                "remaining": self.remaining, "limit": self.limit, "window_ns": self.window_ns,
                "quota_remaining": self.quota_remaining, "upgrade_plan": self.upgrade_plan,
                "reason": self.reason, "limit_name": self.limit_name, "burst": self.burst,
                "rate": self.rate, "rate_period_ns": self.rate_period_ns}


_raw.dy_py_setup(Decision)
_decide = _raw.dy_py_decide
_decide_many = _raw.dy_py_decide_many

_ENFORCEMENTS = {"policy": _c.DAYONE_ENFORCEMENT_POLICY}

Request = Union[Mapping[str, Any], Tuple[Any, ...]]


class Limiter:
    """Per-plan rate limits, quotas and paywall gating for one policy.

    ``policy``: a Policy (None: the default policy); ``enforcement``:
    ``"strict"``, ``"soft"``, ``"off"`` or None (the policy's billing default);
    ``capacity``: the most (tenant, limit) pairs tracked at once (None:
    100000); a new pair beyond it is denied (``deny_rate``, reason
    ``"limiter at capacity"``, a positive ``retry_after_ns``);
    ``clock``: a callable returning monotonic nanoseconds, used when a request
    gives no ``now_ns`` (None: the library's CLOCK_MONOTONIC); ``env``: the
    environment the limiter serves (a Mapping, a dayone.Env, or None: the
    process environment).

    Launch mode means strict enforcement: when ``env`` is in launch mode under
    the policy (LAUNCH_MODE=true, or ENVIRONMENT counting as production, in
    the default policy), ``enforcement`` "soft" or "off" - or a policy whose
    billing default is one of them - raises InvalidArgumentError naming the
    conflict. Tests that need a soft limiter pass an ``env`` that is not in
    launch mode.

    Thread-safe: any number of threads may call decide() at once. Use it as a
    context manager or call close() to release it early.
    """

    __slots__ = ("_h", "_policy", "_clock", "__weakref__")

    def __init__(self, policy: Optional[Policy] = None, enforcement: Optional[str] = None,
                 capacity: Optional[int] = None,
                 clock: Optional[Callable[[], int]] = None,
                 env: Optional[EnvLike] = None) -> None:
        self._h: Any = None
        ph = _handle(policy)
        if enforcement is None:
            mode = _c.DAYONE_ENFORCEMENT_POLICY
        elif isinstance(enforcement, str):
            mode = _ENFORCEMENTS.get(enforcement, -1)
            if mode < 0 and "\0" not in enforcement:
                mode = _c.dayone_shim_enforcement(enforcement)
            if mode < 0:
                raise ValueError("enforcement must be 'strict', 'soft', 'off' or None, not %r"
                                 % (enforcement,))
        else:
            raise TypeError("enforcement must be str or None, not %s"
                            % type(enforcement).__name__)
        if capacity is None:
            cap = 0
        elif isinstance(capacity, bool) or not isinstance(capacity, int):
            raise TypeError("capacity must be int or None, not %s" % type(capacity).__name__)
        elif capacity < 1:
            raise ValueError("capacity must be >= 1")
        else:
            cap = capacity
        if clock is not None and not callable(clock):
            raise TypeError("clock must be callable or None")
        self._policy = policy if policy is not None else Policy.default()
        self._clock = clock
        served = None if env is None else _make_env(env, ())
        self._h = _c.dayone_shim_limiter_new(ph, cap, mode, served)

    def decide(self, key: str, plan: str, limit: str, cost: int = 1,
               feature: Optional[str] = None, usage: Optional[int] = None,
               now_ns: Optional[int] = None) -> Decision:
        """Decide one request of tenant ``key`` on ``plan`` against ``limit``.

        ``cost``: units the request consumes (>= 1; 0 means 1); ``feature``: a paid
        feature it needs; ``usage``: the tenant's current usage of the limit's
        quota (None: unknown, quota not checked); ``now_ns``: the clock reading
        to use (None: the limiter's clock). Raises NotFoundError for an unknown
        plan, limit or feature. A denied request consumes nothing.
        """
        if now_ns is None and self._clock is not None:
            now_ns = self._clock()
        return _decide(self._h, key, plan, limit, cost, feature, usage, now_ns)  # type: ignore[no-any-return]

    def decide_many(self, requests: Iterable[Request]) -> List[Decision]:
        """Decide many requests in order with one call into C.

        Each request is a dict with the keyword names of decide() or a tuple
        ``(key, plan, limit[, cost[, feature[, usage[, now_ns]]]])``; ``limit``
        is required, as in C and Go. If some
        request fails (e.g. an unknown plan), the others are still decided
        and the first failure is raised with ``.index`` and ``.decisions``
        (None at failed positions).
        """
        now = 0
        if self._clock is not None:
            now = self._clock()
        return _decide_many(self._h, requests, now)

    def use_redis(self, url: Optional[str] = None, *, password_env: Optional[str] = None,
                  db: Optional[int] = None, connect_timeout_ms: Optional[int] = None,
                  command_timeout_ms: Optional[int] = None,
                  near_cache: Optional[bool] = None, key_prefix: Optional[str] = None,
                  pool_size: int = 0, clock_from_request: bool = False) -> "Limiter":
        """Keep the limiter's state in Redis, shared by every instance (docs/redis.md).

        ``url``: ``redis://host[:port][/db]`` or ``unix:///path[?db=N]``; None: the
        policy's ``backend: {redis: ...}`` section, which the other arguments
        override. ``password_env``: the NAME of the environment variable holding
        the password (never the password). Timeouts default to 50 ms. Call it
        once, before the limiter is shared between threads. Raises
        BackendError when Redis cannot be reached (the limiter then stays
        in-process), InvalidArgumentError for bad options, NotFoundError when
        url is None and the policy has no backend section. Returns self.
        """
        def opt_int(v: Optional[int], name: str) -> int:
            if v is None:
                return int(_c.DAYONE_SHIM_UNSET)
            if isinstance(v, bool) or not isinstance(v, int) or v < 0:
                raise ValueError("%s must be a non-negative int" % name)
            return v
        for name, v in (("url", url), ("password_env", password_env),
                        ("key_prefix", key_prefix)):
            if v is not None and (not isinstance(v, str) or "\0" in v):
                raise TypeError("%s must be a str without NUL" % name)
        _c.dayone_shim_attach_redis(
            self._live(), self._policy._h, url, password_env, key_prefix, opt_int(db, "db"),
            opt_int(connect_timeout_ms, "connect_timeout_ms"),
            opt_int(command_timeout_ms, "command_timeout_ms"),
            _c.DAYONE_SHIM_UNSET if near_cache is None else int(bool(near_cache)),
            opt_int(pool_size, "pool_size"), int(bool(clock_from_request)))
        return self

    def backend_status(self) -> Dict[str, Any]:
        """Backend health for a health endpoint: ``attached``, ``connected``,
        ``round_trips``, ``errors``, ``fallbacks_local``/``_open``/``_closed``,
        ``reconnects``, ``near_cache_hits``, ``script_loads``."""
        return _raw.dy_py_backend_status(self._live())

    def swap_policy(self, policy: Policy) -> None:
        """Atomically replace the policy; state of unchanged limits survives."""
        if not isinstance(policy, Policy):
            raise TypeError("policy must be a dayone.Policy, not %s" % type(policy).__name__)
        _c.dayone_limiter_swap_policy(self._live(), policy._h)
        self._policy = policy

    @property
    def policy(self) -> Policy:
        return self._policy

    @property
    def tracked(self) -> int:
        """Number of (tenant, limit) pairs currently tracked (at most ``capacity``)."""
        return int(_c.dayone_limiter_tracked(self._live()))

    @property
    def memory(self) -> int:
        """Bytes of memory the limiter's state table uses."""
        return int(_c.dayone_limiter_memory(self._live()))

    @property
    def closed(self) -> bool:
        return self._h is None

    def close(self) -> None:
        """Release the limiter now (idempotent). Later calls raise ValueError."""
        self._h = None  # the C limiter is freed when its last reference goes

    def _live(self) -> Any:
        h = self._h
        if h is None:
            raise ValueError("the limiter is closed")
        return h

    def __enter__(self) -> "Limiter":
        self._live()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        if self._h is None:
            return "<dayone.Limiter closed>"
        return "<dayone.Limiter policy=%r tracked=%d>" % (self._policy.name, self.tracked)


__all__ = ["Decision", "Limiter", "OUTCOMES"]
