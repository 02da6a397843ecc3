"""Quota periods (dayone/quota.h): when a quota's count starts over. The
calendar arithmetic is the C library's; this module converts times."""
from __future__ import annotations

import datetime
from typing import Optional, Tuple, Union

from . import _dayone as _c

PERIODS = ("month", "day", "anchored")
TimeLike = Union[int, datetime.datetime]


def _seconds(name: str, t: TimeLike) -> int:
    if isinstance(t, datetime.datetime):
        if t.tzinfo is None:
            raise ValueError("%s must be an aware datetime (UTC is meant)" % name)
        return int(t.timestamp() // 1)
    if isinstance(t, int) and not isinstance(t, bool):
        return t
    raise TypeError("%s must be int seconds or datetime, not %s" % (name, type(t).__name__))


def period_bounds(period: str, now: TimeLike,
                  anchor: Optional[TimeLike] = None) -> Tuple[datetime.datetime, datetime.datetime]:
    """The quota period holding ``now``: (start, reset), UTC datetimes with
    start <= now < reset. ``period`` is "month", "day" or "anchored";
    ``anchor`` (a subscription's start) only for "anchored". Raises
    InvalidArgumentError for an unknown period, a misplaced anchor or a time
    out of range (before 1970, after 9999)."""
    if not isinstance(period, str):
        raise TypeError("period must be str, not %s" % type(period).__name__)
    p = _c.dayone_shim_period(period)
    a = 0 if anchor is None else _seconds("anchor", anchor)
    # An unknown period (-1) is refused by the C call, with its status.
    start, reset = _c.dayone_period_bounds(p, a, _seconds("now", now))
    utc = datetime.timezone.utc
    return (datetime.datetime.fromtimestamp(start, utc),
            datetime.datetime.fromtimestamp(reset, utc))


__all__ = ["PERIODS", "period_bounds"]
