"""dayone.lint_report / lint_report_file / report_template: the Python face
of the post-incident report linter (the findings themselves are pinned by
tests/conformance/postmortem)."""
from __future__ import annotations

import pathlib

import pytest

import dayone


def test_template_lints_with_placeholders_only() -> None:
    text = dayone.report_template()
    assert "## Root cause" in text
    r = dayone.lint_report(text, path="template.md")
    assert not r.ok and r.findings
    assert {f.rule for f in r.findings} == {"postmortem-placeholder"}
    assert all(f.path == "template.md" and f.line >= 1 and f.column >= 1 for f in r.findings)


def test_lint_report_file_locates_missing_root_cause(tmp_path: pathlib.Path) -> None:
    md = tmp_path / "pm.md"
    md.write_text("# Incident\n\n## Summary\n\nIngest was down.\n", encoding="utf-8")
    r = dayone.lint_report_file(md)
    missing = [f for f in r.findings if f.rule == "postmortem-section-missing"]
    assert {f.key for f in missing} == {"root-cause", "timeline", "mitigation",
                                        "preventative-actions"}
    assert all((f.source, f.path, f.line, f.column) == ("report", str(md), 1, 1) for f in missing)
    assert "postmortem-section-missing" in r.to_sarif()


def test_errors() -> None:
    bare = dayone.Policy.from_string("version: 1\n")
    with pytest.raises(dayone.InvalidArgumentError):
        dayone.lint_report("# x\n", policy=bare)
    with pytest.raises(dayone.InvalidArgumentError):
        dayone.report_template(bare)
    with pytest.raises(dayone.FileReadError):
        dayone.lint_report_file("/nonexistent/postmortem.md")
    small = dayone.Policy.from_string(
        "version: 1\npostmortem:\n  max_bytes: 10\n  sections: [{id: a, title: A}]\n")
    with pytest.raises(dayone.LimitExceededError):
        dayone.lint_report(b"# A\n\nmore than ten bytes\n", policy=small)
    with pytest.raises(TypeError):
        dayone.lint_report(3)  # type: ignore[arg-type]
