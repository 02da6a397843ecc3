"""lint_report() / report_template(): post-incident reports against the
policy's ``postmortem:`` section (dayone_postmortem_lint; docs/postmortem.md)."""
from __future__ import annotations

from typing import Optional, Union

from . import _dayone as _c
from ._check import Report
from ._policy import PathLike, Policy, _fspath, _handle


def lint_report(text: Union[str, bytes], path: Optional[str] = None,
                policy: Optional[Policy] = None) -> Report:
    """Lint a post-incident report (Markdown). ``path`` is how findings name
    it (None: ``"<report>"``); ``policy``: a Policy (None: the embedded
    default). Every finding's ``source`` is ``"report"``, its ``path`` the
    report's path and ``line``/``column`` its place. Raises
    InvalidArgumentError for a policy without a postmortem section and
    LimitExceededError for a report over its max_bytes."""
    if not isinstance(text, (str, bytes)):
        raise TypeError("text must be str or bytes, not %s" % type(text).__name__)
    if path is not None and not isinstance(path, str):
        raise TypeError("path must be str or None, not %s" % type(path).__name__)
    return Report(_c.dayone_shim_postmortem_lint(_handle(policy), text, path or ""))


def lint_report_file(path: PathLike, policy: Optional[Policy] = None) -> Report:
    """lint_report() on the file at ``path`` (FileReadError when it cannot be
    read)."""
    return Report(_c.dayone_shim_postmortem_lint_file(_handle(policy), _fspath(path, "path")))


def report_template(policy: Optional[Policy] = None) -> str:
    """A report skeleton with the policy's required sections, each holding
    its first placeholder: it lints with placeholder findings only."""
    return str(_c.dayone_postmortem_template(_handle(policy)))
