"""scripts/with-python.py picks the right interpreters, and fails closed.

Runs with the standard library only (ctest python.versions.pick). Each case
builds a fake $PYENV_ROOT whose "interpreters" are shell scripts answering the
script's version probe, so the picking is tested without the real ones.
"""
from __future__ import annotations

import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
from typing import Dict, Optional

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "with-python.py"
_spec = re.search(r'^requires-python\s*=\s*">=\s*3\.(\d+)"',
                  (ROOT / "bindings" / "python" / "pyproject.toml").read_text(), re.MULTILINE)
assert _spec, "requires-python is not >=3.X"
LOW = int(_spec.group(1))  # the oldest supported minor version


class WithPython(unittest.TestCase):
    def setUp(self) -> None:
        self.tmp = pathlib.Path(os.path.realpath(tempfile.mkdtemp(prefix="with-python-")))
        self.addCleanup(shutil.rmtree, self.tmp)
        self.pyenv = self.tmp / "pyenv"
        self.path_dir = self.tmp / "bin"  # the only directory on PATH
        self.path_dir.mkdir()

    def fake(self, where: pathlib.Path, answer: str) -> pathlib.Path:
        """An interpreter that answers the probe with `answer` (major minor micro impl level nogil)."""
        where.parent.mkdir(parents=True, exist_ok=True)
        where.write_text("#!/bin/sh\necho '%s'\n" % answer)
        where.chmod(0o755)
        return where

    def version(self, name: str, answer: Optional[str] = None) -> pathlib.Path:
        return self.fake(self.pyenv / "versions" / name / "bin" / "python3",
                         answer or "3 %s %s cpython final 0" % tuple(name.split(".")[1:3]))

    def run_script(self, *args: str, env: Optional[Dict[str, str]] = None) -> subprocess.CompletedProcess:
        environ = {"PYENV_ROOT": str(self.pyenv), "PATH": str(self.path_dir), "HOME": str(self.tmp)}
        environ.update(env or {})
        return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True,
                              text=True, env=environ, timeout=120)

    def test_oldest_is_the_supported_minor_and_newest_the_highest_final_build(self) -> None:
        self.version("3.%d.18" % (LOW - 1))                       # too old
        self.version("3.%d.1" % LOW)
        oldest = self.version("3.%d.18" % LOW)                    # highest micro of the oldest
        self.version("3.%d.2" % (LOW + 1))
        newest = self.version("3.%d.0" % (LOW + 4))
        self.version("3.%d.0a1" % (LOW + 5), "3 %d 0 cpython alpha 0" % (LOW + 5))  # pre-release
        self.version("3.%d.0t" % (LOW + 5), "3 %d 0 cpython final 1" % (LOW + 5))   # free-threaded
        self.version("pypy3.%d" % (LOW + 6), "3 %d 1 pypy final 0" % (LOW + 6))      # not CPython
        self.version("broken", "oops")                            # answers nonsense
        r = self.run_script("find-oldest")
        self.assertEqual((r.returncode, r.stdout.strip()), (0, str(oldest)), r.stderr)
        r = self.run_script("find-newest")
        self.assertEqual((r.returncode, r.stdout.strip()), (0, str(newest)), r.stderr)

    def test_a_directory_name_is_not_trusted(self) -> None:
        self.version("3.%d.18" % LOW, "3 %d 0 cpython final 0" % (LOW + 1))  # says it is newer
        r = self.run_script("find-oldest")
        self.assertEqual(r.returncode, 1)

    def test_an_interpreter_on_path_counts(self) -> None:
        on_path = self.fake(self.path_dir / ("python3.%d" % LOW), "3 %d 7 cpython final 0" % LOW)
        r = self.run_script("find-oldest")
        self.assertEqual((r.returncode, r.stdout.strip()), (0, str(on_path)), r.stderr)

    def test_a_missing_oldest_version_fails_and_says_what_to_install(self) -> None:
        self.version("3.%d.2" % (LOW + 1))
        r = self.run_script("find-oldest")
        self.assertEqual(r.returncode, 1)
        self.assertIn("no CPython 3.%d interpreter was found" % LOW, r.stderr)
        self.assertIn("pyenv install 3.%d" % LOW, r.stderr)
        self.assertEqual(r.stdout, "")
        # the command is never run with some other interpreter instead
        marker = self.tmp / "ran"
        r = self.run_script("oldest", "--", "/bin/sh", "-c", ": > %s" % marker,
                            env={"BUILD_DIR": str(self.tmp / "build")})
        self.assertEqual(r.returncode, 1)
        self.assertFalse(marker.exists())
        # the newest present is still found
        r = self.run_script("find-newest")
        self.assertEqual(r.returncode, 0, r.stderr)

    def test_the_command_gets_the_interpreter_and_its_own_build_dir(self) -> None:
        oldest = self.version("3.%d.18" % LOW)
        build = self.tmp / "build"
        r = self.run_script("oldest", "--", "/bin/sh", "-c", 'echo "$PYTHON|$BUILD_DIR"',
                            env={"BUILD_DIR": str(build)})
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.strip(), "%s|%s/py3.%d" % (oldest, build, LOW))

    def test_usage_errors_exit_2(self) -> None:
        self.version("3.%d.18" % LOW)
        self.assertEqual(self.run_script().returncode, 2)
        self.assertEqual(self.run_script("oldest", "--", "/bin/true").returncode, 2)  # no BUILD_DIR
        self.assertEqual(self.run_script("middle").returncode, 2)


if __name__ == "__main__":
    unittest.main()
