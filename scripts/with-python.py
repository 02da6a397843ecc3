#!/usr/bin/env python3
"""with-python.py - run a command with the oldest supported or newest present CPython.

    BUILD_DIR=build/dev scripts/with-python.py oldest|newest|find-oldest|find-newest [-- cmd ...]

"oldest" is the version bindings/python/pyproject.toml's requires-python
names (">=3.9" means CPython 3.9); "newest" is the highest final CPython
release found that the binding supports. The interpreters are looked for in
pyenv's versions ($PYENV_ROOT, default ~/.pyenv) and as pythonX.Y on PATH;
each candidate is asked its own version (a directory name is not trusted).
Free-threaded and pre-release builds are left out: the binding supports
neither.

With a command, runs it with PYTHON set to the interpreter and BUILD_DIR set
to $BUILD_DIR/py<X.Y>, so that each version gets its own venv and build
trees (scripts/pyenv.sh, bindings/python/tests/install_into_venv.sh).
"find-oldest"/"find-newest" only print the interpreter's path.

Fails closed: when the oldest supported version is not installed, exits 1
saying what to install - a CI machine must not silently test less.
"""
from __future__ import annotations

import glob
import os
import pathlib
import re
import shutil
import subprocess
import sys
from typing import Dict, List, Optional, Tuple

ROOT = pathlib.Path(__file__).resolve().parents[1]
PYPROJECT = ROOT / "bindings" / "python" / "pyproject.toml"

Version = Tuple[int, int, int]

# What a candidate reports about itself: version, implementation, and whether
# it is a final, GIL-enabled build.
PROBE = ("import sys, sysconfig; v = sys.version_info; "
         "print(v[0], v[1], v[2], sys.implementation.name, v.releaselevel, "
         "int(bool(sysconfig.get_config_var('Py_GIL_DISABLED'))))")


def oldest_supported() -> Tuple[int, int]:
    """The minor version requires-python starts at; anything but ">=X.Y" is refused."""
    text = PYPROJECT.read_text(encoding="utf-8")
    m = re.search(r'^requires-python\s*=\s*"([^"]*)"', text, re.MULTILINE)
    if not m:
        sys.exit("with-python.py: %s has no requires-python" % PYPROJECT)
    spec = m.group(1).replace(" ", "")
    lower = re.fullmatch(r">=(\d+)\.(\d+)", spec)
    if not lower:
        # A bound this script cannot read must not be guessed at.
        sys.exit("with-python.py: requires-python %r in %s is not of the form >=X.Y"
                 % (m.group(1), PYPROJECT))
    return int(lower.group(1)), int(lower.group(2))


def candidates() -> List[str]:
    pyenv_root = os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")
    found = sorted(glob.glob(os.path.join(pyenv_root, "versions", "*", "bin", "python3")))
    for minor in range(6, 40):
        # pythonX.Y on PATH; a pyenv shim resolves to a version above, or fails.
        path = shutil.which("python3.%d" % minor)
        if path and "/shims/" not in path:
            found.append(path)
    return found


def probe(path: str) -> Optional[Version]:
    """The interpreter's version if it is a final, GIL-enabled CPython 3 with venv."""
    try:
        out = subprocess.run([path, "-c", PROBE], capture_output=True, text=True,
                             timeout=60, check=True).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return None
    if len(out) != 6:
        return None
    major, minor, micro, impl, level, no_gil = out
    if impl != "cpython" or level != "final" or no_gil != "0" or major != "3":
        return None
    return int(major), int(minor), int(micro)


def find(which: str) -> str:
    lowest = oldest_supported()
    usable: Dict[Version, str] = {}
    for path in candidates():
        version = probe(path)
        if version and version[:2] >= lowest:
            usable.setdefault(version, os.path.realpath(path))
    if which == "oldest":
        usable = {v: p for v, p in usable.items() if v[:2] == lowest}
        if not usable:
            sys.exit(
                "with-python.py: the binding supports CPython %d.%d (requires-python in %s) "
                "but no CPython %d.%d interpreter was found in $PYENV_ROOT/versions or as "
                "python%d.%d on PATH. Install it: `pyenv install %d.%d` (or the distribution's "
                "python%d.%d and python%d.%d-venv packages)."
                % (lowest + (PYPROJECT,) + lowest * 5))
    if not usable:
        sys.exit("with-python.py: no CPython >= %d.%d found" % lowest)
    return usable[max(usable)]


def main(argv: List[str]) -> int:
    if len(argv) < 2 or argv[1] not in ("oldest", "newest", "find-oldest", "find-newest"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    which = argv[1].replace("find-", "")
    python = find(which)
    if argv[1].startswith("find-"):
        print(python)
        return 0
    command = argv[3:] if argv[2:3] == ["--"] else argv[2:]
    build_dir = os.environ.get("BUILD_DIR")
    if not command or not build_dir:
        print("with-python.py: set BUILD_DIR and give a command after --", file=sys.stderr)
        return 2
    version = probe(python)
    assert version is not None
    tag = "py%d.%d" % version[:2]
    os.environ["PYTHON"] = python
    os.environ["BUILD_DIR"] = os.path.join(os.path.abspath(build_dir), tag)
    print("with-python.py: %s is CPython %d.%d.%d (%s); BUILD_DIR=%s"
          % (which, *version, python, os.environ["BUILD_DIR"]), file=sys.stderr)
    os.execvp(command[0], command)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
