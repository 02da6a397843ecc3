"""Exceptions of the dayone package, mapped from libdayone's status codes.

``_from_status`` and ``_BY_CODE`` are the ONE table: the SWIG layer calls
``_from_status`` for every failing C call, so each status code always becomes
the same exception class. Messages come from libdayone, which never puts an
environment value into them (at most a variable's name and length).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional, Type

if TYPE_CHECKING:  # pragma: no cover
    from ._check import Report
    from ._limiter import Decision

# Status codes (include/dayone/common.h); stable, never renumbered.
OK = 0
ERROR = -1
EINVAL = -2
ENOMEM = -3
ENOTFOUND = -4
EPOLICY = -5
EENVFILE = -6
EIO = -7
ELIMIT = -8
EBACKEND = -9
EVIOLATION = -11

_CODE_NAMES = {
    OK: "DAYONE_OK", ERROR: "DAYONE_ERROR", EINVAL: "DAYONE_EINVAL",
    ENOMEM: "DAYONE_ENOMEM", ENOTFOUND: "DAYONE_ENOTFOUND", EPOLICY: "DAYONE_EPOLICY",
    EENVFILE: "DAYONE_EENVFILE", EIO: "DAYONE_EIO", ELIMIT: "DAYONE_ELIMIT",
    EBACKEND: "DAYONE_EBACKEND",
    EVIOLATION: "DAYONE_EVIOLATION",
}


class Error(Exception):
    """Base class of every error raised by libdayone.

    Attributes: ``code`` (the C status code, e.g. -5), ``code_name``
    (e.g. ``"DAYONE_EPOLICY"``), ``message``, and for errors in files
    ``path``, ``line`` and ``column`` (1-based; ``""``/0 when not applicable).
    """

    code: int
    message: str
    path: str
    line: int
    column: int
    #: decide_many(): position of the first failing request, else None.
    index: Optional[int]
    #: decide_many(): the decisions made, None at the failing positions.
    decisions: Optional[List[Optional["Decision"]]]

    def __init__(self, message: str = "", *, code: int = ERROR, path: str = "",
                 line: int = 0, column: int = 0) -> None:
        self.code = code
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.index = None
        self.decisions = None
        super().__init__(self._render())

    @property
    def code_name(self) -> str:
        return _CODE_NAMES.get(self.code, "DAYONE_ERROR")

    def _render(self) -> str:
        if self.path and not self.message.startswith(self.path):
            where = self.path
            if self.line:
                where += ":%d" % self.line
                if self.column:
                    where += ":%d" % self.column
            return "%s: %s" % (where, self.message)
        return self.message

    def __str__(self) -> str:
        return self._render()

    def __repr__(self) -> str:
        return "%s(%r, code=%s)" % (type(self).__name__, self._render(), self.code_name)

    def __reduce__(self) -> Any:  # picklable across processes
        return (_rebuild, (type(self), self.message, self.code, self.path,
                           self.line, self.column))


def _rebuild(cls: Type[Error], message: str, code: int, path: str, line: int,
             column: int) -> Error:
    return cls(message, code=code, path=path, line=line, column=column)


class InvalidArgumentError(Error, ValueError):
    """A bad argument value (DAYONE_EINVAL); also a ValueError."""


class OutOfMemoryError(Error, MemoryError):
    """An allocation failed in libdayone (DAYONE_ENOMEM)."""


class NotFoundError(Error, LookupError):
    """Unknown plan, limit, feature or key (DAYONE_ENOTFOUND); also a LookupError."""


class PolicyError(Error):
    """The policy file is malformed (DAYONE_EPOLICY): see path, line, column."""


class EnvFileError(Error):
    """A .env file is malformed (DAYONE_EENVFILE): see path, line, column."""


class FileReadError(Error, OSError):
    """A file could not be read (DAYONE_EIO); also an OSError."""

    def __init__(self, message: str = "", *, code: int = EIO, path: str = "",
                 line: int = 0, column: int = 0) -> None:
        Error.__init__(self, message, code=code, path=path, line=line, column=column)

    def __str__(self) -> str:
        return self._render()


class LimitExceededError(Error, ValueError):
    """An input exceeds a documented limit (DAYONE_ELIMIT); also a ValueError."""


class BackendError(Error):
    """The shared-state backend (Redis) failed (DAYONE_EBACKEND)."""


class PolicyViolation(Error):
    """The environment violates the policy; ``report`` has every finding."""

    report: "Report"

    def __init__(self, report: "Report") -> None:
        self.report = report
        errors = sum(1 for f in report.findings if f.severity == "error")
        Error.__init__(self, "environment violates the policy (%d error%s)\n%s" % (
            errors, "" if errors == 1 else "s", report.to_text()), code=EVIOLATION)

    def __reduce__(self) -> Any:
        return (Error, (self.message,), {"code": self.code})


_BY_CODE: Dict[int, Type[Error]] = {
    ERROR: Error,
    EINVAL: InvalidArgumentError,
    ENOMEM: OutOfMemoryError,
    ENOTFOUND: NotFoundError,
    EPOLICY: PolicyError,
    EENVFILE: EnvFileError,
    EIO: FileReadError,
    ELIMIT: LimitExceededError,
    EBACKEND: BackendError,
}


def _from_status(code: int, message: str, path: str, line: int, column: int) -> Error:
    """The exception for a failing C call (called by the SWIG layer)."""
    cls = _BY_CODE.get(code, Error)
    return cls(message, code=code, path=path, line=line, column=column)
