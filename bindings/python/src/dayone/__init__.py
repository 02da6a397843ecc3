"""dayone: launch-readiness checks and per-plan request enforcement.

    import dayone
    report = dayone.check()                  # the process environment, default policy
    if not report.ok:
        print(report.to_text())
    dayone.enforce()                         # raises dayone.PolicyViolation if not ok

    limiter = dayone.Limiter(dayone.Policy.default())
    d = limiter.decide("tenant-42", "free", limit="ingest")
    if not d.allowed:
        return d.status, d.headers()

The package is a thin, typed layer over libdayone (a C library compiled into
the extension module dayone._dayone); the checks and decisions happen in C.
No environment value ever appears in an exception, a repr or a report.
"""
from __future__ import annotations

from . import _dayone
from ._access import ACTIONS, AccessDecision, access_decide
from ._check import Env, Finding, Report, check, enforce, explain
from ._errors import (
    BackendError,
    EnvFileError,
    Error,
    FileReadError,
    InvalidArgumentError,
    LimitExceededError,
    NotFoundError,
    OutOfMemoryError,
    PolicyError,
    PolicyViolation,
)
from ._limiter import OUTCOMES, Decision, DecisionBatch, Limiter
from ._period import PERIODS, period_bounds
from ._policy import Policy
from ._postmortem import lint_report, lint_report_file, report_template
from ._status import COMPONENT_STATES, Component, StatusReason, StatusResult, status

# The package and the C library inside it are built from one tree and one
# version (project(VERSION) in CMakeLists.txt).
__version__: str = str(_dayone.dayone_version())


def library_version() -> str:
    """Version of the libdayone compiled into this module."""
    return str(_dayone.dayone_version())


__all__ = [
    "ACTIONS",
    "COMPONENT_STATES",
    "Component",
    "StatusReason",
    "StatusResult",
    "status",
    "AccessDecision",
    "BackendError",
    "Decision",
    "DecisionBatch",
    "Env",
    "EnvFileError",
    "Error",
    "FileReadError",
    "Finding",
    "InvalidArgumentError",
    "LimitExceededError",
    "Limiter",
    "NotFoundError",
    "OUTCOMES",
    "OutOfMemoryError",
    "PERIODS",
    "Policy",
    "PolicyError",
    "PolicyViolation",
    "Report",
    "access_decide",
    "check",
    "enforce",
    "explain",
    "library_version",
    "lint_report",
    "lint_report_file",
    "period_bounds",
    "report_template",
]
