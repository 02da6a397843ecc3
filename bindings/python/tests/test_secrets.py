"""No environment value ever reaches an exception, a repr or a rendering."""
from __future__ import annotations

import pytest

import dayone

PLANTED = "PLANTED-d41d8cd98f00b204e9800998ecf8427e"
SHORT = PLANTED[:20]  # a prefix: asserting SHORT is absent covers both


def _all_text(report: dayone.Report) -> str:
    return "\n".join([report.to_text(), report.to_text(color=True), report.to_json(),
                      report.to_sarif(), report.to_junit(), repr(report),
                      repr(report.findings), str(report.findings)])


def test_values_never_in_reports(good_env, tmp_path) -> None:
    envs = [
        dict(good_env, SECRET_KEY=SHORT),                                # too short
        dict(good_env, SECRET_KEY=PLANTED + "x" * 40),
        dict(good_env, INTEGRATION_ENCRYPTION_KEY=PLANTED),
        dict(good_env, DATABASE_URL=PLANTED),                            # not a URL
        dict(good_env, BILLING_ENABLED="true", STRIPE_SECRET_KEY=PLANTED),
        dict(good_env, LAUNCH_MODE=PLANTED),                             # not a boolean
        dict(good_env, ENVIRONMENT=PLANTED, LAUNCH_MODE="true"),
        dict(good_env, SECRET_KEY=PLANTED, INTEGRATION_ENCRYPTION_KEY=PLANTED),  # distinct
    ]
    for env in envs:
        report = dayone.check(env=env)
        assert not report.ok
        assert SHORT not in _all_text(report)
        for f in report.findings:
            assert SHORT not in repr(f)
        with pytest.raises(dayone.PolicyViolation) as ei:
            dayone.enforce(env=env)
        assert SHORT not in str(ei.value) and PLANTED not in repr(ei.value)
    f = tmp_path / "target.env"
    f.write_text("SECRET_KEY=%s\nDATABASE_URL=%s\n" % (PLANTED, PLANTED))
    assert SHORT not in _all_text(dayone.check(env={}, env_files=[f]))
    # explain names keys and rules, never values
    assert SHORT not in dayone.explain("SECRET_KEY", env={"SECRET_KEY": PLANTED})


def test_values_never_in_exceptions(tmp_path) -> None:
    bad = tmp_path / "bad.env"
    bad.write_text("GOOD=1\nBROKEN %s\n" % PLANTED)
    with pytest.raises(dayone.EnvFileError) as ei:
        dayone.check(env={}, env_files=[bad])
    assert SHORT not in str(ei.value) + repr(ei.value)
    bad.write_text('QUOTED="%s\n' % PLANTED)
    with pytest.raises(dayone.EnvFileError) as ei:
        dayone.check(env={}, env_files=[bad])
    assert SHORT not in str(ei.value) + repr(ei.value)
    # wrong-typed and invalid values: the message names the key, not the value
    for env in [{"SECRET_KEY": PLANTED + "\0"}, {"BAD NAME": PLANTED}]:
        with pytest.raises((ValueError, TypeError)) as ei2:
            dayone.check(env=env)
        assert SHORT not in str(ei2.value) + repr(ei2.value)
    with pytest.raises(TypeError) as ei3:
        dayone.check(env={"SECRET_KEY": [PLANTED]})  # type: ignore[dict-item]
    assert SHORT not in str(ei3.value)
    # a secret used as a tenant key never appears in decide errors either
    with pytest.raises(dayone.NotFoundError) as ei4:
        dayone.Limiter().decide(PLANTED, "no-such-plan", "ingest")
    assert SHORT not in str(ei4.value)
