"""The version is written once (CMakeLists.txt) and every form of it agrees."""
from __future__ import annotations

import importlib.metadata
import re

import dayone
from conftest import ROOT


def cmake_version() -> str:
    text = (ROOT / "CMakeLists.txt").read_text(encoding="utf-8")
    m = re.search(r"project\(\s*dayone\s+VERSION\s+([0-9]+\.[0-9]+\.[0-9]+)", text)
    assert m, "CMakeLists.txt has no project(dayone VERSION x.y.z)"
    return m.group(1)


def test_versions_agree() -> None:
    want = cmake_version()
    assert importlib.metadata.version("dayone") == want  # pyproject, via scikit-build-core
    assert dayone.__version__ == want
    assert dayone.library_version() == want  # the C library compiled into the module
