"""examples/deploy_gate.py works against the installed package."""
from __future__ import annotations

import json
import subprocess
import sys

from conftest import GOOD_ENV, ROOT

GATE = ROOT / "examples" / "deploy_gate.py"


def run(*args: str):
    return subprocess.run([sys.executable, str(GATE), *args], capture_output=True, text=True,
                          timeout=60)


def write_env(path, env) -> str:
    path.write_text("".join("%s=%s\n" % kv for kv in env.items()))
    return str(path)


def test_ready_target_passes(tmp_path) -> None:
    r = run(write_env(tmp_path / "prod.env", GOOD_ENV))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "PASS" in r.stdout


def test_broken_target_blocks_with_report(tmp_path) -> None:
    env = dict(GOOD_ENV, SECRET_KEY="changeme-planted-value")
    r = run(write_env(tmp_path / "prod.env", env))
    assert r.returncode == 1
    assert "SECRET_KEY" in r.stdout and "BLOCKED" in r.stdout
    assert "changeme-planted-value" not in r.stdout + r.stderr
    r = run(write_env(tmp_path / "prod.env", env), "--format", "json")
    doc = json.loads(r.stdout)
    assert r.returncode == 1 and doc["ok"] is False and doc["target"]["ok"] is False
    assert doc["secrets_listing"] is None
    r = run(write_env(tmp_path / "prod.env", env), "--format", "sarif")
    assert r.returncode == 1 and json.loads(r.stdout)["version"] == "2.1.0"


def test_secrets_listing_presence_only(tmp_path) -> None:
    # The .env has no secrets at all: the manager holds them.
    target = write_env(tmp_path / "prod.env", {"ENVIRONMENT": "staging"})
    assert run(target).returncode == 1
    listing = tmp_path / "names.txt"
    listing.write_text("# from the secrets manager\n" + "\n".join(GOOD_ENV) + "\n")
    r = run(target, "--secrets-listing", str(listing))
    assert r.returncode == 0, r.stdout + r.stderr
    r = run(target, "--secrets-listing", str(listing), "--format", "json")
    doc = json.loads(r.stdout)
    assert r.returncode == 0 and doc["ok"] is True and doc["secrets_listing"]["ok"] is True
    assert set(doc["secrets_manager_holds"]) == set(GOOD_ENV)
    listing.write_text(json.dumps(["SECRET_KEY", "DATABASE_URL"]))
    r = run(target, "--secrets-listing", str(listing))
    assert r.returncode == 1 and "INTEGRATION_ENCRYPTION_KEY" in r.stdout


def test_file_errors_exit_2(tmp_path) -> None:
    assert run(str(tmp_path / "missing.env")).returncode == 2
    bad = tmp_path / "bad.env"
    bad.write_text("NOT A LINE\n")
    r = run(str(bad))
    assert r.returncode == 2 and "bad.env:1" in r.stderr
    good = write_env(tmp_path / "prod.env", GOOD_ENV)
    pol = tmp_path / "policy.yaml"
    pol.write_text("version: 1\nbogus: true\n")
    r = run(good, "--policy", str(pol))
    assert r.returncode == 2 and "policy.yaml:2" in r.stderr
    names = tmp_path / "names.txt"
    names.write_text("not a name!\n")
    assert run(good, "--secrets-listing", str(names)).returncode == 2
