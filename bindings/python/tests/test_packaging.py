"""`pip wheel ./bindings/python` produces a self-contained, typed wheel."""
from __future__ import annotations

import os
import pathlib
import subprocess
import sys
import zipfile

from conftest import ROOT


def test_pip_wheel(tmp_path: pathlib.Path) -> None:
    # The build dir install_into_venv.sh just built the installed package in
    # (same sources, same settings): the wheel costs no second compile.
    build_dir = pathlib.Path(os.environ.get("DAYONE_BINARY_DIR") or tmp_path) / "python-skbuild"
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                        "--no-build-isolation", "--disable-pip-version-check",
                        "--config-settings=build-dir=%s" % build_dir,
                        "-w", str(tmp_path), str(ROOT / "bindings" / "python")],
                       capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stdout + r.stderr
    (wheel,) = tmp_path.glob("dayone-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "dayone/py.typed" in names and "dayone/__init__.py" in names
    assert "dayone/_dayone.py" in names and "dayone/_dayone.pyi" in names
    ext = [n for n in names if n.startswith("dayone/__dayone.") and n.endswith(".so")]
    assert len(ext) == 1, names
    # The C library is inside the extension: no libdayone, headers or CMake files.
    assert not [n for n in names if "libdayone" in n or n.endswith((".h", ".cmake", ".pc", ".a"))]
