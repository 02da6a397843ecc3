"""The RateLimit and RateLimit-Policy values (draft-ietf-httpapi-ratelimit-headers-11)
parsed by an independent RFC 9651 parser (http-sfv), for a table of rates:
q/w is the policy's rate exactly, r and t follow the GCRA state."""
from __future__ import annotations

import math
from fractions import Fraction
from typing import Dict, List, Tuple

import http_sfv
import pytest

import dayone

T0 = 1_000_000_000_000
NS = 1_000_000_000
PERIOD_S = {"rps": 1, "rpm": 60, "rph": 3600}

# (unit, count, burst)
RATES: List[Tuple[str, int, int]] = [
    ("rps", 10, 5), ("rps", 10, 1), ("rps", 7, 3), ("rps", 1, 1), ("rps", 3, 10),
    ("rps", 1_000_000_000, 1), ("rpm", 600, 100), ("rpm", 7, 2), ("rpm", 1, 1),
    ("rpm", 120, 20), ("rph", 1, 1), ("rph", 7, 3), ("rph", 3600, 60),
    ("rph", 1_000_000_000, 1000),
]


def _limiter(unit: str, count: int, burst: int, name: str = "x") -> dayone.Limiter:
    yaml = ("version: 1\nplans:\n  - name: p\n    limits:\n      '%s': {%s: %d, burst: %d}\n"
            % (name.replace("'", "''"), unit, count, burst))
    return dayone.Limiter(dayone.Policy.from_string(yaml, "rates.yaml"), enforcement="strict")


def _item(value: str) -> http_sfv.Item:
    """The single Item of a List field value, as the reference parser reads it."""
    field = http_sfv.List()
    field.parse(value.encode("ascii"))
    assert len(field) == 1, value
    item = field[0]
    assert isinstance(item, http_sfv.Item)
    return item


def _params(item: http_sfv.Item) -> Dict[str, int]:
    out = {}
    for k, v in item.params.items():
        assert type(v) is int and v >= 0, (k, v)  # sf-integers, not decimals or strings
        out[k] = v
    return out


@pytest.mark.parametrize("unit,count,burst", RATES,
                         ids=["%s%d-b%d" % r for r in RATES])
def test_policy_field_states_the_rate(unit: str, count: int, burst: int) -> None:
    with _limiter(unit, count, burst) as lim:
        d = lim.decide("t", "p", "x", now_ns=T0)
        item = _item(d.headers()["RateLimit-Policy"])
        assert item.value == "x" and type(item.value) is str  # an sf-string, not a Token
        p = _params(item)
        assert set(p) == {"q", "w"}
        assert p["w"] >= 1
        assert Fraction(p["q"], p["w"]) == Fraction(count, PERIOD_S[unit])
        assert d.rate == count and d.rate_period_ns == PERIOD_S[unit] * NS


@pytest.mark.parametrize("unit,count,burst", RATES,
                         ids=["%s%d-b%d" % r for r in RATES])
def test_ratelimit_field_follows_the_bucket(unit: str, count: int, burst: int) -> None:
    interval = PERIOD_S[unit] * NS // count  # the GCRA's emission interval
    with _limiter(unit, count, burst) as lim:
        now = T0
        for i in range(burst + 1):
            d = lim.decide("t", "p", "x", now_ns=now)
            h = d.headers()
            item = _item(h["RateLimit"])
            assert item.value == "x"
            p = _params(item)
            assert set(p) == {"r", "t"}
            if d.allowed:
                assert "Retry-After" not in h
                assert p["r"] == burst - 1 - i == d.remaining
                # t: until one more unit is admitted, rounded up to a second.
                assert p["t"] == math.ceil(interval / NS)
            else:
                assert i == burst
                assert p["r"] == 0
                assert p["t"] == int(h["Retry-After"]) == math.ceil(d.retry_after_ns / NS)
        # After 1.5 intervals the bucket holds 1.5 units (only 1 when the
        # burst is 1): one is spent, and the next is half an interval away
        # (a whole one at burst 1).
        now += interval + interval // 2
        d = lim.decide("t", "p", "x", now_ns=now)
        p = _params(_item(d.headers()["RateLimit"]))
        assert d.allowed and p["r"] == 0
        wait = interval - interval // 2 if burst > 1 else interval
        assert p["t"] == math.ceil(wait / NS)


def test_names_round_trip_through_the_parser() -> None:
    for name in ['a"b\\c', "with space", "x-1.2_*", "'quoted'"]:
        with _limiter("rpm", 60, 5, name) as lim:
            h = lim.decide("t", "p", name, now_ns=T0).headers()
            for field in ("RateLimit", "RateLimit-Policy"):
                assert _item(h[field]).value == name


def test_headers_the_decision_does_not_have_are_left_out() -> None:
    yaml = ("version: 1\nfeatures: [exports]\nplans:\n  - name: p\n    limits:\n"
            "      x: {rps: 10, burst: 5, quota: q}\n    quotas: {q: 10}\n"
            "  - name: pro\n    limits:\n      x: {rps: 10}\n    features: [exports]\n")
    with dayone.Limiter(dayone.Policy.from_string(yaml, "q.yaml"), enforcement="strict") as lim:
        quota = lim.decide("t", "p", "x", usage=10, now_ns=T0)
        plan = lim.decide("t", "p", "x", feature="exports", now_ns=T0)
        big = lim.decide("t", "p", "x", cost=6, now_ns=T0)
        for d, outcome in ((quota, "deny_quota"), (plan, "deny_plan"), (big, "deny_rate")):
            assert d.outcome == outcome
            h = d.headers()
            assert set(h) == {"RateLimit-Policy"}, (outcome, h)
            assert _params(_item(h["RateLimit-Policy"])) == {"q": 10, "w": 1}


def test_unwritable_values_raise() -> None:
    with _limiter("rps", 10, 5) as lim:
        d = lim.decide("t", "p", "x", now_ns=T0)
    fields = list(d)
    fields[11] = "d\u00e9bit"  # a limit name no sf-string can carry
    with pytest.raises(dayone.InvalidArgumentError, match="RateLimit"):
        dayone.Decision(fields).headers()
    fields = list(d)
    fields[13], fields[14] = 1_000_000_007, 3  # 1000000007 per 3 ns: q needs 18 digits
    with pytest.raises(dayone.LimitExceededError, match="RateLimit-Policy"):
        dayone.Decision(fields).headers()


def test_loader_refuses_a_name_the_headers_cannot_carry() -> None:
    yaml = "version: 1\nplans:\n  - name: p\n    limits:\n      d\u00e9bit: {rps: 10}\n"
    with pytest.raises(dayone.PolicyError) as e:
        dayone.Policy.from_string(yaml, "names.yaml")
    assert (e.value.path, e.value.line, e.value.column) == ("names.yaml", 5, 7)
    assert "structured-field String (RFC 9651)" in e.value.message


def test_several_rates_are_several_policies() -> None:
    """A limit of several rates: RateLimit-Policy is an sf-list of one item per
    rate, each named <limit>/<unit> with its exact q/w; RateLimit is one item,
    the tightest rate's, under a name RateLimit-Policy lists; Retry-After and
    t agree on a denial."""
    yaml = ("version: 1\nplans:\n  - name: p\n    limits:\n"
            "      'in \"x\"': [{rps: 10, burst: 2}, {rpm: 30, burst: 5}, {rpd: 1000, burst: 50}]\n")
    name = 'in "x"'
    with dayone.Limiter(dayone.Policy.from_string(yaml, "multi.yaml"),
                        enforcement="strict") as lim:
        for i in range(8):
            d = lim.decide("t", "p", name, now_ns=T0 + i * NS // 5)
            h = d.headers()
            policies = http_sfv.List()
            policies.parse(h["RateLimit-Policy"].encode("ascii"))
            got = [(it.value, _params(it)) for it in policies]
            assert got == [(name + "/rps", {"q": 10, "w": 1}), (name + "/rpm", {"q": 30, "w": 60}),
                           (name + "/rpd", {"q": 1000, "w": 86400})]
            item = _item(h["RateLimit"])
            assert item.value == got[d.tightest][0]
            p = _params(item)
            assert p["r"] == d.remaining == d.rates[d.tightest]["remaining"]
            if not d.allowed:
                assert p["t"] == int(h["Retry-After"])
                assert d.retry_after_ns == max(r["retry_after_ns"] for r in d.rates)
