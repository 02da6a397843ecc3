"""Component status for the status page: dayone_status_evaluate() in C.

The C library evaluates the policy's ``status:`` section against the facts
and renders its result as JSON (docs/status.md); this module only passes the
policy and the facts and reads that document back."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, List, Optional, Tuple

from . import _dayone as _c
from ._check import FactsLike, Finding, NowLike, _make_facts, _now_ns
from ._policy import Policy, _handle

COMPONENT_STATES = ("operational", "under_maintenance", "degraded_performance",
                    "partial_outage", "major_outage", "unknown")


@dataclass(frozen=True)
class StatusReason:
    """One check that moved a component: which rule, which check of the
    policy, which fact (and where it is), and the state it asks for."""

    rule: str
    check: str
    fact: str
    status: str
    message: str
    path: str
    line: int
    column: int


@dataclass(frozen=True)
class Component:
    """A component's state (see COMPONENT_STATES; ``unknown`` when a fact it
    needs is missing or malformed), its page indicator (``none``,
    ``minor``, ``major``, ``critical`` or ``unknown``), the published state
    (None when none was read) and the reasons, in the policy's order."""

    name: str
    status: str
    indicator: str
    published: Optional[str]
    reasons: Tuple[StatusReason, ...]


@dataclass(frozen=True)
class StatusResult:
    """The status of every component. ``ok`` is False on status-drift, a
    missing or malformed fact, or facts older than the policy's max_age
    (the CLI's exit 1); ``findings`` are the same
    findings a report has; ``json`` is the C library's document."""

    ok: bool
    indicator: str
    components: Tuple[Component, ...]
    findings: List[Finding]
    json: str

    def component(self, name: str) -> Component:
        """The component called ``name``; KeyError when the policy has none."""
        for c in self.components:
            if c.name == name:
                return c
        raise KeyError(name)


def _finding(f: Any) -> Finding:
    return Finding(rule=f["rule"], key=f["key"], severity=f["severity"], message=f["message"],
                   hint=f["hint"], because=f["because"], source=f["source"], path=f["path"],
                   line=f["line"], waiver=f["waiver"])


def status(facts: FactsLike = None, policy: Optional[Policy] = None,
           now: NowLike = None) -> StatusResult:
    """Evaluate the status of every component of ``policy``'s ``status:``
    section (None: the default policy) from ``facts``: a dict (serialised to
    JSON and read as one document named ``facts.json``), a path, or a list
    of paths layered in order (None: no facts, so every component is
    unknown). ``now`` is the instant the facts' ``observed_at`` is judged
    against (``status.max_age``; stale facts make every component unknown):
    a timezone-aware datetime or Unix nanoseconds (int); None: the real
    clock. Raises InvalidArgumentError for a policy without a status:
    section, EnvFileError / FileReadError for a malformed or unreadable
    facts document; a missing fact or drift is a finding, not an
    exception."""
    now_ns = _now_ns(now)
    fh = _make_facts(facts)
    text = str(_c.dayone_shim_status(_handle(policy), fh, now_ns))
    doc = json.loads(text)
    comps = tuple(
        Component(name=c["name"], status=c["status"], indicator=c["indicator"],
                  published=c["published"],
                  reasons=tuple(StatusReason(**r) for r in c["reasons"]))
        for c in doc["components"])
    return StatusResult(ok=bool(doc["ok"]), indicator=doc["indicator"], components=comps,
                        findings=[_finding(f) for f in doc["report"]["findings"]], json=text)


__all__ = ["COMPONENT_STATES", "Component", "StatusReason", "StatusResult", "status"]
