"""dayone.status(): the Python face of dayone_status_evaluate. What it
decides is pinned by the conformance vectors (test_conformance.py); these
tests cover the binding: argument forms, exceptions, the result's types."""
from __future__ import annotations

import datetime
import json
import pathlib

import pytest

import dayone

from conftest import ROOT

HEALTH = ROOT / "examples" / "ops" / "health.json"
# examples/ops/health.json was observed at 2026-03-02T06:00:00Z
SOON = datetime.datetime(2026, 3, 2, 6, 5, tzinfo=datetime.timezone.utc)


def test_example_from_a_path_and_from_a_dict_agree() -> None:
    by_path = dayone.status(facts=HEALTH, now=SOON)
    by_dict = dayone.status(facts=json.loads(HEALTH.read_text()), now=SOON)
    assert [(c.name, c.status, c.published) for c in by_path.components] == \
        [(c.name, c.status, c.published) for c in by_dict.components]
    assert not by_path.ok and by_path.indicator == "major"
    ingest = by_path.component("ingest")
    assert (ingest.status, ingest.indicator, ingest.published) == \
        ("partial_outage", "major", "degraded_performance")
    # a reason read from a file cites the file; from a dict, facts.json
    assert ingest.reasons[0].path == str(HEALTH) and ingest.reasons[0].line > 0
    assert by_dict.component("ingest").reasons[0].path == "facts.json"
    assert {f.rule for f in by_path.findings if f.is_error} == {"status-drift"}
    with pytest.raises(KeyError):
        by_path.component("billing")


def test_now_forms_and_stale_facts() -> None:
    # nanoseconds and an aware datetime in another zone are the same instant
    ns = int(SOON.timestamp()) * 10**9
    east = SOON.astimezone(datetime.timezone(datetime.timedelta(hours=5)))
    assert dayone.status(facts=HEALTH, now=ns).json == dayone.status(facts=HEALTH, now=east).json
    # 15 minutes and 1 ns after observed_at: too old, every component unknown
    stale = dayone.status(facts=HEALTH, now=ns - 5 * 60 * 10**9 + 15 * 60 * 10**9 + 1)
    assert {c.status for c in stale.components} == {"unknown"}
    assert stale.indicator == "unknown" and not stale.ok
    assert [f.message for f in stale.findings if f.rule == "status-stale"] == \
        ["observed_at is 15m1s old; at most 15m is allowed: the facts do not describe the "
         "platform now, so no component can be judged"]
    assert all(c.reasons[0].rule == "status-stale" for c in stale.components)
    # the real clock: examples/ops/health.json is long out of date
    assert dayone.status(facts=HEALTH).indicator == "unknown"
    with pytest.raises(ValueError, match="timezone-aware"):
        dayone.status(facts=HEALTH, now=datetime.datetime(2026, 3, 2, 6, 5))
    with pytest.raises(TypeError):
        dayone.status(facts=HEALTH, now="2026-03-02T06:05:00Z")  # type: ignore[arg-type]


def test_no_facts_is_unknown_everywhere() -> None:
    r = dayone.status()
    assert {c.status for c in r.components} == {"unknown"}
    assert r.indicator == "unknown" and not r.ok


def test_errors_are_exceptions() -> None:
    with pytest.raises(dayone.InvalidArgumentError, match="no status: section"):
        dayone.status(facts={}, policy=dayone.Policy.from_string("version: 1\n"))


def test_malformed_facts_file_is_located(tmp_path: pathlib.Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"api": [1,}\n')
    with pytest.raises(dayone.EnvFileError) as e:
        dayone.status(facts=bad)
    assert "bad.json:1:" in str(e.value)


def test_result_is_frozen() -> None:
    r = dayone.status(facts=HEALTH, now=SOON)
    with pytest.raises(Exception):
        r.ok = True  # type: ignore[misc]
    assert json.loads(r.json)["indicator"] == r.indicator
