"""The installed package type-checks under mypy --strict (py.typed, hints everywhere)."""
from __future__ import annotations

import subprocess
import sys


def test_mypy_strict(tmp_path) -> None:
    sample = tmp_path / "use_dayone.py"
    sample.write_text(
        "import dayone\n"
        "from typing import Dict, List\n"
        "r: dayone.Report = dayone.check(env={'A': 'b'}, policy=dayone.Policy.default())\n"
        "ok: bool = r.ok\n"
        "fs: List[dayone.Finding] = r.findings\n"
        "line: int = fs[0].line if fs else 0\n"
        "d: dayone.Decision = dayone.Limiter().decide('k', 'free', 'ingest')\n"
        "h: Dict[str, str] = d.headers()\n"
        "ra: float = d.retry_after\n"
        "ds: List[dayone.Decision] = dayone.Limiter().decide_many([('k', 'free')])\n")
    for target in (["-p", "dayone"], [str(sample)]):
        r = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental",
                            "--cache-dir", str(tmp_path / "cache"), *target],
                           capture_output=True, text=True, cwd=tmp_path, timeout=300)
        assert r.returncode == 0, r.stdout + r.stderr
