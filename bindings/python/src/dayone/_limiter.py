"""Limiter: request-time enforcement (rate limits, quotas, paywall)."""
from __future__ import annotations

import collections.abc
import functools
import json
from typing import (TYPE_CHECKING, Any, Callable, Dict, Iterable, List, Mapping, Optional,
                    Sequence, Tuple, Union, overload)

from . import _dayone as _c
from . import __dayone as _raw  # the C module itself: no proxy layer on the hot path
from ._access import AccessDecision
from ._check import EnvLike, _make_env
from ._decision import OUTCOMES, Decision
from ._policy import Policy, _handle

_decide = _raw.dy_py_decide
_decide_many = _raw.dy_py_decide_many
_decide_batch = _raw.dy_py_decide_batch

if TYPE_CHECKING:
    class DecisionBatch(Sequence[Decision]):
        """The decisions of Limiter.decide_batch() (built in C; see below)."""

        @property
        def allowed(self) -> Tuple[bool, ...]: ...
        @overload
        def __getitem__(self, index: int) -> Decision: ...
        @overload
        def __getitem__(self, index: slice) -> List[Decision]: ...
        def __getitem__(self, index: Union[int, slice]) -> Union[Decision, List[Decision]]: ...
        def __len__(self) -> int: ...
else:
    # The decisions of Limiter.decide_batch(), in request order: a read-only
    # Sequence of Decision records, each built when read (a new record on
    # each read, equal to the last); len(), indexing, slicing (a list) and
    # iteration, plus `allowed`, every decision's `allowed` as a tuple of
    # bools without building a record.
    DecisionBatch = _raw.dy_py_batch_class()
    collections.abc.Sequence.register(DecisionBatch)

_ENFORCEMENTS = {"policy": _c.DAYONE_ENFORCEMENT_POLICY}

Request = Union[Mapping[str, Any], Tuple[Any, ...]]


# limit_reset's `what`: dayone/limit_reset.h's bits (0 = both).
_RESET_WHAT = {"both": 0, "rate": 1, "quota": 2}


class Limiter:
    """Per-plan rate limits, quotas and paywall gating for one policy.

    ``policy``: a Policy (None: the default policy); ``enforcement``:
    ``"strict"``, ``"soft"``, ``"off"`` or None (the policy's billing default);
    ``capacity``: the most (tenant, limit) pairs tracked at once (None:
    100000); a new pair beyond it is denied (``deny_rate``, reason
    ``"limiter at capacity"``, a positive ``retry_after_ns``), or let through
    untracked (``allow_untracked``) where the limit says ``at_capacity: admit``;
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

    # decide() below is the documented signature and behaviour; after the
    # class, it is replaced by a method made in C that does the same with no
    # Python frame per call (dy_py_decide_method in dayone.i), reading the
    # `_h` and `_clock` slots of a Limiter; on an instance of a subclass
    # (which may give them slots of its own or properties) it calls this
    # method instead. A subclass may still override decide().
    __slots__ = ("_h", "_policy", "_clock", "__weakref__", "__dict__")

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
               now_ns: Optional[int] = None, period_anchor_unix_s: Optional[int] = None,
               wall_ns: Optional[int] = None) -> Decision:
        """Decide one request of tenant ``key`` on ``plan`` against ``limit``.

        ``cost``: units the request consumes (>= 1; 0 means 1); ``feature``: a paid
        feature it needs; ``usage``: the tenant's current usage of the limit's
        quota (None: unknown, quota not checked); ``now_ns``: the clock reading
        to use (None: the limiter's clock); ``period_anchor_unix_s``: the
        tenant's anchor (its subscription's start, Unix seconds) for a quota
        whose period is ``anchored`` (None: none - such a quota then raises
        InvalidArgumentError); ``wall_ns``: the Unix time in ns that places
        the request in its quota's period (None: the system's clock). Raises
        NotFoundError for an unknown plan, limit or feature. A denied request
        consumes nothing.
        """
        if now_ns is None and self._clock is not None:
            now_ns = self._clock()
        return _decide(self._h, key, plan, limit, cost, feature, usage, now_ns,  # type: ignore[no-any-return]
                       period_anchor_unix_s, wall_ns)

    def decide_many(self, requests: Iterable[Request]) -> List[Decision]:
        """Decide many requests in order with one call into C.

        Each request is a dict with the keyword names of decide() or a tuple
        ``(key, plan, limit[, cost[, feature[, usage[, now_ns[,
        period_anchor_unix_s[, wall_ns]]]]]])``; ``limit``
        is required, as in C and Go. If some
        request fails (e.g. an unknown plan), the others are still decided
        and the first failure is raised with ``.index`` and ``.decisions``
        (None at failed positions).
        """
        now = 0
        if self._clock is not None:
            now = self._clock()
        return _decide_many(self._h, requests, now)

    def decide_batch(self, requests: Iterable[Request]) -> "DecisionBatch":
        """decide_many() whose result keeps the decisions in C: a
        :data:`DecisionBatch` (a Sequence of Decision) that builds each record
        when it is read, so a batch whose records are not all read costs no
        Python object per field per decision. Requests and failures as for
        decide_many() (the raised error's ``.decisions`` is a list)."""
        now = 0
        if self._clock is not None:
            now = self._clock()
        return _decide_batch(self._h, requests, now)  # type: ignore[no-any-return]

    def use_redis(self, url: Optional[str] = None, *, password_env: Optional[str] = None,
                  db: Optional[int] = None, connect_timeout_ms: Optional[int] = None,
                  command_timeout_ms: Optional[int] = None,
                  near_cache: Optional[bool] = None, key_prefix: Optional[str] = None,
                  pool_size: int = 0, busy_poll_us: Optional[int] = None,
                  clock_from_request: bool = False) -> "Limiter":
        """Keep the limiter's state in Redis, shared by every instance (docs/redis.md).

        ``url``: ``redis://host[:port][/db]`` or ``unix:///path[?db=N]``; None: the
        policy's ``backend: {redis: ...}`` section, which the other arguments
        override. ``password_env``: the NAME of the environment variable holding
        the password (never the password). Timeouts default to 50 ms.
        ``busy_poll_us`` (0..1000, default 0): poll for a reply that long before
        blocking - faster single calls on an idle host, a core's worth of
        polling on a busy one (docs/redis.md). Call it
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
            opt_int(pool_size, "pool_size"), opt_int(busy_poll_us, "busy_poll_us"),
            int(bool(clock_from_request)))
        return self

    def backend_status(self) -> Dict[str, Any]:
        """Backend health for a health endpoint: ``attached``, ``connected``,
        ``round_trips``, ``errors``, ``fallbacks_local``/``_open``/``_closed``,
        ``reconnects``, ``near_cache_hits``, ``script_loads``,
        ``pool_wait_timeouts`` (calls that gave up waiting for a busy pool's
        connection after the command timeout and fell back)."""
        return _raw.dy_py_backend_status(self._live())

    def stats(self) -> Dict[str, Any]:
        """What the limiter has decided (dayone_limiter_stats): ``total`` and
        ``denied`` decisions, ``decisions`` as ``(plan, limit, outcome,
        count)`` tuples for every (plan, limit) a policy of the limiter
        defined, and the state table's ``table_capacity``,
        ``table_occupied``, ``table_evictions``, ``table_refusals``.
        Counters are monotonic for the limiter's life, across policy swaps."""
        return _raw.dy_py_limiter_stats(self._live())

    def ban(self, key: str, limit: str, duration_ns: int, now_ns: int = 0) -> None:
        """Ban (key, limit) for ``duration_ns`` (dayone_limiter_ban): its
        requests are ``deny_banned`` (403) before anything else, with
        Retry-After the ban's remaining time. ``now_ns`` 0 reads the
        limiter's clock. Raises NotFoundError for an unknown limit,
        LimitExceededError when the banlist has no room."""
        _c.dayone_limiter_ban(self._live(), key, limit, int(duration_ns), int(now_ns))

    def unban(self, key: str, limit: str, now_ns: int = 0) -> None:
        """Lift the ban on (key, limit) (dayone_limiter_unban); NotFoundError
        when it had none."""
        _c.dayone_limiter_unban(self._live(), key, limit, int(now_ns))

    def bans(self, now_ns: int = 0) -> List[Tuple[str, str, int, int]]:
        """The live bans as ``(key, limit, remaining_ns, bans)`` tuples."""
        return _raw.dy_py_limiter_bans(self._live(), int(now_ns))

    def set_override(self, tenant: str, limit: str, rate: int, rate_period_ns: int, burst: int,
                     reason: Optional[str] = None, expires_unix_s: int = 0) -> None:
        """Give ``tenant`` its own rate (``rate`` per ``rate_period_ns``: 1 s,
        60 s, 3600 s or 86400 s) and ``burst`` for ``limit``, instead of its plan's
        (dayone_limiter_override_set, include/dayone/overrides.h), until
        ``expires_unix_s`` on the wall clock (0: no end). Its decisions then
        carry ``override_source`` 2 and ``override_reason``. Raises
        InvalidArgumentError for a bad field, NotFoundError for an unknown
        limit, LimitExceededError when the table is full."""
        _c.dayone_shim_override_set(self._live(), tenant, limit, int(rate), int(rate_period_ns),
                                    int(burst), reason, int(expires_unix_s))

    def clear_override(self, tenant: str, limit: str) -> None:
        """Clear the override set for (tenant, limit) through the API
        (dayone_limiter_override_clear); NotFoundError when there was none."""
        _c.dayone_shim_override_clear(self._live(), tenant, limit)

    def overrides(self) -> List[Dict[str, Any]]:
        """Every override, the API's first, then the policy's: dicts with
        ``tenant``, ``limit``, ``rate``, ``rate_period_ns``, ``burst``,
        ``reason``, ``expires_unix_s``, ``source`` ("api" or "policy") and
        ``in_force`` (dayone_limiter_overrides)."""
        return list(json.loads(str(_c.dayone_shim_overrides(self._live()))))

    def effective_limit(self, tenant: str, plan: str, limit: str) -> Dict[str, Any]:
        """What decides ``tenant``'s requests for ``plan``'s ``limit`` now,
        without deciding (dayone_limiter_effective_limit): ``kind`` ("rate",
        "unlimited", "none"), the ``rate``/``rate_period_ns``/``burst`` that
        apply and the plan's own, ``source`` ("plan", "policy", "api"),
        ``reason``, ``expires_unix_s``; ``rates`` every rate that applies
        and ``plan_rates`` every rate of the plan's (dicts of ``rate``,
        ``rate_period_ns``, ``burst``): an override's one rate replaces a
        limit's several."""
        return dict(json.loads(str(_c.dayone_shim_effective_limit(self._live(), tenant, plan,
                                                                  limit))))

    def limit_reset(self, *, actor: str, role: str, tenant: str, plan: str, limit: str,
                    reason: Optional[str] = None, ticket: Optional[str] = None,
                    credit: int = 0, what: str = "both", now: int = 0, now_ns: int = 0,
                    action: str = "limit_reset", period_anchor_unix_s: int = 0,
                    wall_ns: int = 0) -> AccessDecision:
        """Reset (``credit`` 0) or credit ``credit`` units of ``tenant``'s
        budget for ``plan``'s ``limit`` - its rate state, its quota count or
        ``both`` (``what``) - as a staff action: only when the policy's
        ``support:`` section allows ``actor`` in ``role`` with this reason
        (dayone_limiter_limit_reset, include/dayone/limit_reset.h). Returns
        the access decision and its audit event, allowed or not; a bad
        request raises (InvalidArgumentError, NotFoundError). The quota
        count is the period's that holds ``wall_ns`` (0: the limiter's wall
        clock); a quota counted per anchored period needs the tenant's
        ``period_anchor_unix_s``, as its decisions do (else
        InvalidArgumentError, nothing changed)."""
        if what not in _RESET_WHAT:
            raise ValueError("what must be one of %s" % ", ".join(sorted(_RESET_WHAT)))
        for k, v in (("credit", credit), ("now", now), ("now_ns", now_ns),
                     ("period_anchor_unix_s", period_anchor_unix_s), ("wall_ns", wall_ns)):
            if not isinstance(v, int) or isinstance(v, bool):
                raise TypeError("%s must be int, not %s" % (k, type(v).__name__))
        line = str(_c.dayone_shim_limit_reset(self._live(), actor, role, tenant, action, reason,
                                              ticket, now, plan, limit, credit,
                                              _RESET_WHAT[what], now_ns,
                                              period_anchor_unix_s, wall_ns))
        ev = json.loads(line)
        return AccessDecision(allowed=ev["decision"] == "allow", code=ev["code"], why=ev["why"],
                              duration=ev["duration"], event=line)

    def metrics(self) -> str:
        """The counters (and the backend's) in the Prometheus text exposition
        format 0.0.4, for a ``/metrics`` endpoint
        (``Content-Type: text/plain; version=0.0.4``)."""
        return _raw.dy_py_limiter_metrics(self._live())

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


# The method in C, wrapping the Python method (its signature, docstring and
# type hints, read through __wrapped__).
setattr(Limiter, "decide", functools.update_wrapper(_raw.dy_py_decide_method(Limiter),
                                                    Limiter.decide))

__all__ = ["Decision", "DecisionBatch", "Limiter", "OUTCOMES"]
