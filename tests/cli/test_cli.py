"""End-to-end tests of the `dayone` command line.

Run by ctest as `python3 test_cli.py` with DAYONE_BIN (and, when built,
DAYONE_STARTUP_SERVICE) in the environment. Uses pytest when it is installed,
otherwise a small built-in runner, so a clean machine needs only python3.

Every subprocess gets a minimal, explicit environment: nothing from the
caller's environment can make a test pass or fail by accident.
"""

import base64
import json
import os
import random
import re
import shutil
import string
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

try:
    import pytest
except ImportError:  # the built-in runner at the bottom takes over
    pytest = None

BIN = os.environ.get("DAYONE_BIN", "")
STARTUP = os.environ.get("DAYONE_STARTUP_SERVICE", "")
RNG = random.Random(int(os.environ.get("DAYONE_TEST_SEED", "20261127")))
ALNUM = string.ascii_letters + string.digits

_TMP = tempfile.mkdtemp(prefix="dayone-cli-")


def cases(items):
    """Parametrise a test over (id, case) pairs, with or without pytest."""
    def deco(fn):
        if pytest is not None:
            return pytest.mark.parametrize("case", [c for _, c in items],
                                           ids=[i for i, _ in items])(fn)
        fn._cases = items
        return fn
    return deco


# --------------------------------------------------------------------------
# Running the binary
# --------------------------------------------------------------------------

def base_env():
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8"}
    # Let sanitizer builds keep their settings.
    for k in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS", "TSAN_OPTIONS",
              "LD_LIBRARY_PATH"):
        if k in os.environ:
            env[k] = os.environ[k]
    return env


class Result:
    def __init__(self, p):
        self.rc = p.returncode
        self.out = p.stdout
        self.err = p.stderr

    def __repr__(self):
        return "rc=%d\n--- stdout\n%s\n--- stderr\n%s" % (self.rc, self.out, self.err)


def run(*args, env=None, binary=None, stdin_text=None):
    full = base_env()
    full.update(env or {})
    p = subprocess.run([binary or BIN] + [str(a) for a in args], env=full,
                       input=stdin_text if stdin_text is not None else "",
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       text=True, timeout=60)
    return Result(p)


def tmpfile(name, text):
    d = tempfile.mkdtemp(dir=_TMP)
    path = os.path.join(d, name)
    with open(path, "w") as f:
        f.write(text)
    return path


class FileRef:
    """An env value that is the path of a file holding `content`."""
    def __init__(self, content):
        self.content = content


def write_env(values, name=".env"):
    """Write a .env file from a dict (values quoted when needed)."""
    d = tempfile.mkdtemp(dir=_TMP)
    lines = ["# written by test_cli.py"]
    for k, v in values.items():
        if isinstance(v, FileRef):
            p = os.path.join(d, k.lower() + ".secret")
            with open(p, "w") as f:
                f.write(v.content + "\n")
            v = p
        if v == "" or any(c in v for c in " #'\"\\$"):
            v = "'" + v + "'" if "'" not in v else '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
        lines.append("%s=%s" % (k, v))
    path = os.path.join(d, name)
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    return path


def rand(n, alphabet=ALNUM):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def good_env():
    """A launch-ready environment with every optional feature switched on."""
    return {
        "ENVIRONMENT": "production",
        "LAUNCH_MODE": "true",
        "SECURITY_HEADERS_ENABLED": "true",
        "DEMO_SEED_ENABLED": "false",
        "DEMO_DATA_ENABLED": "false",
        "BILLING_ENFORCEMENT": "strict",
        "BILLING_ENABLED": "true",
        "ZERO_TRUST_ENABLED": "true",
        "SSO_ENABLED": "true",
        "SECRET_KEY": rand(48),
        "DATABASE_URL": "postgresql://app:%s@db.internal.acme.io:5432/app" % rand(24),
        "INTEGRATION_ENCRYPTION_KEY": base64.b64encode(bytes(RNG.getrandbits(8) for _ in range(32))).decode(),
        "STRIPE_SECRET_KEY": "sk_live_" + rand(32),
        "STRIPE_WEBHOOK_SECRET": "whsec_" + rand(32),
        "ZERO_TRUST_API_KEY": rand(40),
        "SSO_CLIENT_ID": "acme-" + rand(12).lower(),
        "SSO_CLIENT_SECRET": rand(40),
        "SSO_ISSUER_URL": "https://login.acme.io/realms/main",
    }


def variant(changes):
    env = good_env()
    for k, v in changes.items():
        if v is None:
            env.pop(k, None)
        else:
            env[k] = v
    return env


def check_json(values, *extra):
    r = run("check", "--env-file", write_env(values), "--format", "json", *extra)
    assert r.rc in (0, 1), r
    return r, json.loads(r.out)


def errors(report):
    return [f for f in report["findings"] if f["severity"] == "error"]


# --------------------------------------------------------------------------
# --version, --help, usage errors
# --------------------------------------------------------------------------

def test_binary_exists():
    assert BIN and os.access(BIN, os.X_OK), "set DAYONE_BIN to the dayone binary"


def test_version():
    r = run("--version")
    assert r.rc == 0, r
    assert re.match(r"^dayone \d+\.\d+\.\d+", r.out), r


def test_help_lists_commands():
    r = run("--help")
    assert r.rc == 0, r
    for word in ("check", "explain", "policy", "simulate"):
        assert word in r.out, word
    assert run("help").out == r.out


def test_command_help():
    for args, words in ((["check", "--help"], ["--env-file", "--with-process-env", "--format",
                                                "--presence-only", "--example", "--today"]),
                        (["help", "check"], ["--env-file"]),
                        (["explain", "-h"], ["KEY", "--policy"]),
                        (["policy", "--help"], ["lint", "show-default"]),
                        (["policy", "lint", "--help"], ["lint"]),
                        (["help", "simulate"], ["--plan", "--limit"])):
        r = run(*args)
        assert r.rc == 0, (args, r)
        for w in words:
            assert w in r.out, (args, w)


def test_no_command_is_usage_error():
    r = run()
    assert r.rc == 2, r
    assert "usage" in r.err.lower()


@cases([
    ("check-unknown-option", ["check", "--bogus"]),
    ("check-typo", ["check", "--env-fle", "x.env"]),
    ("top-unknown-option", ["--bogus"]),
    ("unknown-command", ["frobnicate"]),
    ("bad-format", ["check", "--format", "yaml"]),
    ("bad-env-dialect", ["check", "--env-dialect", "bash"]),
    ("missing-value", ["check", "--env-file"]),
    ("flag-with-value", ["check", "--presence-only=yes"]),
    ("bad-date", ["check", "--today", "2026-02-30"]),
    ("bad-date-shape", ["check", "--today", "2026-2-3"]),
    ("check-extra-arg", ["check", "extra"]),
    ("explain-no-key", ["explain"]),
    ("explain-two-keys", ["explain", "A", "B"]),
    ("explain-format-not-accepted", ["explain", "SECRET_KEY", "--format", "json"]),
    ("policy-no-sub", ["policy"]),
    ("policy-unknown-sub", ["policy", "frob"]),
    ("lint-no-file", ["policy", "lint"]),
    ("show-default-extra", ["policy", "show-default", "x"]),
])
def test_usage_errors_exit_2(case):
    r = run(*case)
    assert r.rc == 2, (case, r)
    assert r.out == "", r          # nothing that looks like a report
    assert "error" in r.err, r
    if case[0] == "check" and case[1].startswith("--"):
        assert "usage: dayone check" in r.err, r


def test_unknown_option_named():
    r = run("check", "--bogus")
    assert "'--bogus'" in r.err, r


# --------------------------------------------------------------------------
# policy show-default / lint
# --------------------------------------------------------------------------

def test_show_default_is_lintable_and_equivalent():
    r = run("policy", "show-default")
    assert r.rc == 0, r
    assert re.search(r"^version:\s*1\s*$", r.out, re.M), r.out[:200]
    path = tmpfile("default.yaml", r.out)
    lint = run("policy", "lint", path)
    assert lint.rc == 0, lint
    assert lint.out.strip() == "ok: " + path

    # The printed policy judges like the embedded one.
    bad = variant({"SECRET_KEY": None, "LAUNCH_MODE": "false", "SSO_ISSUER_URL": None})
    envf = write_env(bad)
    a = run("check", "--env-file", envf, "--format", "json")
    b = run("check", "--env-file", envf, "--format", "json", "--policy", path)
    assert a.rc == b.rc == 1, (a, b)
    key = lambda f: (f["rule"], f["key"], f["severity"])
    assert sorted(map(key, json.loads(a.out)["findings"])) == \
        sorted(map(key, json.loads(b.out)["findings"]))


MINIMAL_POLICY = """\
version: 1
secrets:
  - key: SECRET_KEY
    min_length: 32
"""

MALFORMED_POLICIES = [
    # (id, text, line, column or None)
    ("unknown-key", "version: 1\nposture:\n  - id: x\n    key: A\n    frobnicate: true\n", 5, 5),
    ("unknown-top-key", "version: 1\nsecretz:\n  - key: A\n", 2, 1),
    ("yaml-syntax", "version: 1\nsecrets:\n  - key: A\n    min_length: [1, 2\n", 4, 17),
    ("wrong-type", "version: 1\nsecrets:\n  - key: A\n    min_length: lots\n", 4, 17),
    ("bad-version", "version: 7\n", 1, 10),
    ("undefined-flag", "version: 1\nsecrets:\n  - key: A\n    when: {flag: nope}\n", 4, None),
    ("bad-regex", "version: 1\nsecrets:\n  - key: A\n    pattern: '([a-z'\n", 4, None),
    ("duplicate-key", "version: 1\nsecrets:\n  - key: A\n    key: B\n", 4, 5),
]


@cases([(c[0], c) for c in MALFORMED_POLICIES])
def test_lint_malformed_policy(case):
    _, text, line, col = case
    path = tmpfile("bad.yaml", text)
    r = run("policy", "lint", path)
    assert r.rc == 2, r
    assert "ok:" not in r.out, r
    m = re.search(r"^%s:(\d+):(\d+): error: \S" % re.escape(path), r.err, re.M)
    assert m, r
    assert int(m.group(1)) >= 1 and int(m.group(2)) >= 1, r
    if line is not None:
        assert int(m.group(1)) == line, r
    if col is not None:
        assert int(m.group(2)) == col, r

    # check --policy reports the same location, and no report.
    c = run("check", "--policy", path, "--env-file", write_env(good_env()))
    assert c.rc == 2, c
    assert c.out == "", c
    assert m.group(0) in c.err, (m.group(0), c)


def test_yaml_syntax_error_names_where_the_construct_began():
    # An unclosed '{' fails only at the end of the file; the error's place is
    # the '{' and the message says where parsing failed. lint and check
    # --policy print the same line.
    text = "version: 1\nflags:\n  billing: {env: BILLING_ENABLED\nsecrets:\n  - key: A\n"
    path = tmpfile("unclosed.yaml", text)
    want = ("%s:3:12: error: YAML syntax error while parsing a flow mapping (opened here; "
            "parsing failed at 4:8: did not find expected ',' or '}')" % path)
    r = run("policy", "lint", path)
    assert r.rc == 2, r
    assert want in r.err.splitlines(), r
    c = run("check", "--policy", path, "--env-file", write_env(good_env()))
    assert c.rc == 2 and c.out == "", c
    assert want in c.err.splitlines(), c


def test_lint_several_files_and_missing_file():
    good = tmpfile("good.yaml", MINIMAL_POLICY)
    missing = os.path.join(_TMP, "does-not-exist.yaml")
    r = run("policy", "lint", good, missing)
    assert r.rc == 2, r
    assert "ok: " + good in r.out
    assert missing in r.err, r
    assert run("policy", "lint", good).rc == 0


LADDER_DOWN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "policies",
                           "good", "ladder-down.yaml")


def test_lint_plan_ladder_warnings_and_strict():
    path = os.path.normpath(LADDER_DOWN)
    r = run("policy", "lint", path)
    assert r.rc == 0, r
    warnings = re.findall(r"^%s:(\d+):(\d+): warning: (.*)$" % re.escape(path), r.out, re.M)
    assert [(int(l), int(c)) for l, c, _ in warnings] == [
        (13, 21), (13, 31), (14, 7), (15, 22), (11, 5), (23, 7), (25, 22)], r.out
    assert "plan 'pro' has a lower 'ingest' rate than plan 'free' before it " \
        "(5 per second < 600 per minute)" == warnings[0][2], warnings
    assert r.out.strip().endswith("ok: %s (7 warnings)" % path), r.out
    assert r.err == "", r
    strict = run("policy", "lint", "--strict", path)
    assert strict.rc == 1 and strict.out == r.out, strict
    # --strict with a clean policy is 0; a load error stays 2 with --strict
    clean = tmpfile("clean.yaml", MINIMAL_POLICY)
    assert run("policy", "lint", "--strict", clean).rc == 0
    bad = tmpfile("gap.yaml", "version: 1\nplans:\n  - name: a\n    limits: {x: {rpm: 1}}\n"
                  "  - name: b\n")
    g = run("policy", "lint", "--strict", bad, path)
    assert g.rc == 2, g
    assert re.search(r"^%s:5:5: error: plan 'b' does not define limit 'x'" % re.escape(bad),
                     g.err, re.M), g
    assert "--strict" in run("policy", "lint", "--help").out


def test_default_policy_lints_clean():
    r = run("policy", "show-default")
    path = tmpfile("default.yaml", r.out)
    lint = run("policy", "lint", "--strict", path)
    assert (lint.rc, lint.out.strip()) == (0, "ok: " + path), lint


# --------------------------------------------------------------------------
# check: the default policy's contract
# --------------------------------------------------------------------------

def test_good_env_passes():
    envf = write_env(good_env())
    r = run("check", "--env-file", envf)
    assert r.rc == 0, r
    r, rep = check_json(good_env())
    assert r.rc == 0 and rep["ok"] is True, r
    assert errors(rep) == [], rep


# (id, changes, key, rule or None, because-substring or None)
BROKEN_ALONE = [
    ("production-needs-launch-mode", {"LAUNCH_MODE": "false"}, "LAUNCH_MODE", None, None),
    ("production-launch-mode-unset", {"LAUNCH_MODE": None}, "LAUNCH_MODE", None, None),
    ("launch-needs-production", {"ENVIRONMENT": "staging"}, "ENVIRONMENT", None, "LAUNCH_MODE"),
    ("launch-environment-unset", {"ENVIRONMENT": None}, "ENVIRONMENT", None, "LAUNCH_MODE"),
    ("security-headers-false", {"SECURITY_HEADERS_ENABLED": "false"}, "SECURITY_HEADERS_ENABLED", None, "LAUNCH_MODE"),
    ("security-headers-unset", {"SECURITY_HEADERS_ENABLED": None}, "SECURITY_HEADERS_ENABLED", None, "LAUNCH_MODE"),
    ("demo-seed-on", {"DEMO_SEED_ENABLED": "true"}, "DEMO_SEED_ENABLED", None, "LAUNCH_MODE"),
    ("demo-data-on", {"DEMO_DATA_ENABLED": "yes"}, "DEMO_DATA_ENABLED", None, "LAUNCH_MODE"),
    ("billing-soft", {"BILLING_ENFORCEMENT": "soft"}, "BILLING_ENFORCEMENT", None, "LAUNCH_MODE"),
    ("billing-off", {"BILLING_ENFORCEMENT": "off"}, "BILLING_ENFORCEMENT", None, "LAUNCH_MODE"),
    ("secret-key-unset", {"SECRET_KEY": None}, "SECRET_KEY", "secret-required", None),
    ("secret-key-empty", {"SECRET_KEY": ""}, "SECRET_KEY", "secret-required", None),
    ("secret-key-blank", {"SECRET_KEY": "   \t "}, "SECRET_KEY", "secret-required", None),
    ("database-url-unset", {"DATABASE_URL": None}, "DATABASE_URL", "secret-required", None),
    ("integration-key-unset", {"INTEGRATION_ENCRYPTION_KEY": None}, "INTEGRATION_ENCRYPTION_KEY", "secret-required", None),
    ("stripe-secret-unset", {"STRIPE_SECRET_KEY": None}, "STRIPE_SECRET_KEY", "secret-required", "BILLING_ENABLED=true"),
    ("stripe-webhook-unset", {"STRIPE_WEBHOOK_SECRET": None}, "STRIPE_WEBHOOK_SECRET", "secret-required", "BILLING_ENABLED=true"),
    ("zero-trust-key-unset", {"ZERO_TRUST_API_KEY": None}, "ZERO_TRUST_API_KEY", "secret-required", "ZERO_TRUST_ENABLED=true"),
    ("sso-client-id-unset", {"SSO_CLIENT_ID": None}, "SSO_CLIENT_ID", "secret-required", "SSO_ENABLED=true"),
    ("sso-client-secret-unset", {"SSO_CLIENT_SECRET": None}, "SSO_CLIENT_SECRET", "secret-required", "SSO_ENABLED=true"),
    ("sso-issuer-unset", {"SSO_ISSUER_URL": None}, "SSO_ISSUER_URL", "secret-required", "SSO_ENABLED=true"),
    ("launch-mode-not-boolean", {"LAUNCH_MODE": "maybe"}, "LAUNCH_MODE", "flag-not-boolean", None),
    ("billing-flag-not-boolean", {"BILLING_ENABLED": "enabled"}, "BILLING_ENABLED", "flag-not-boolean", None),
    ("demo-seed-not-boolean", {"DEMO_SEED_ENABLED": "nope"}, "DEMO_SEED_ENABLED", None, None),
    # Present but wrong.
    ("secret-key-short", {"SECRET_KEY": rand(20)}, "SECRET_KEY", "secret-min-length", None),
    ("secret-key-placeholder", {"SECRET_KEY": "changeme"}, "SECRET_KEY", "secret-placeholder", None),
    ("database-url-not-url", {"DATABASE_URL": "not a url at all"}, "DATABASE_URL", "secret-format", None),
    ("integration-key-16-bytes", {"INTEGRATION_ENCRYPTION_KEY": base64.b64encode(bytes(range(16))).decode()},
     "INTEGRATION_ENCRYPTION_KEY", None, None),
    ("stripe-test-key-in-launch", {"STRIPE_SECRET_KEY": "sk_test_" + rand(32)}, "STRIPE_SECRET_KEY", "secret-stripe-mode", None),
    ("stripe-webhook-format", {"STRIPE_WEBHOOK_SECRET": "wh_" + rand(32)}, "STRIPE_WEBHOOK_SECRET", "secret-format", None),
    ("zero-trust-key-short", {"ZERO_TRUST_API_KEY": rand(16)}, "ZERO_TRUST_API_KEY", "secret-min-length", None),
    ("sso-secret-short", {"SSO_CLIENT_SECRET": rand(16)}, "SSO_CLIENT_SECRET", "secret-min-length", None),
    ("sso-issuer-http", {"SSO_ISSUER_URL": "http://login.acme.io/realms/main"}, "SSO_ISSUER_URL", None, None),
    ("secret-file-and-value", {"SECRET_KEY_FILE": FileRef(rand(48))}, "SECRET_KEY", "secret-file", None),
    ("secret-file-unreadable", {"SECRET_KEY": None, "SECRET_KEY_FILE": "/nonexistent/dayone/secret"},
     "SECRET_KEY", None, None),
]


@cases([(c[0], c) for c in BROKEN_ALONE])
def test_rule_broken_alone(case):
    _, changes, key, rule, because = case
    values = variant(changes)
    r, rep = check_json(values)
    assert r.rc == 1, r
    assert rep["ok"] is False, rep
    errs = errors(rep)
    assert {f["key"] for f in errs} == {key}, errs
    if rule:
        assert rule in {f["rule"] for f in errs}, errs
    if because:
        assert any(because in f["because"] for f in errs), errs

    t = run("check", "--env-file", write_env(values))
    assert t.rc == 1, t
    assert key in t.out, t
    if because and "=" in because:
        assert "because " + because in t.out, t


def fake_pem(label, inner_tag):
    """PEM around random DER: SEQUENCE { inner_tag random } - the shape the PEM
    formats check (INTEGER 0x02 starts a key, SEQUENCE 0x30 a certificate).
    FAKE: random bytes, no key at all."""
    der = bytes([0x30, 0x81, 200, inner_tag, 0x81, 197]) + bytes(RNG.getrandbits(8) for _ in range(197))
    b = base64.b64encode(der).decode()
    body = "\n".join(b[i:i + 64] for i in range(0, len(b), 64))
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, body, label)


def test_saml_pem_through_env_files():
    key, cert = fake_pem("PRIVATE KEY", 0x02), fake_pem("CERTIFICATE", 0x30)
    base = variant({"SSO_PROTOCOL": "saml", "SSO_CLIENT_ID": None, "SSO_CLIENT_SECRET": None,
                    "SSO_ISSUER_URL": None,
                    "SSO_SAML_IDP_METADATA_URL": "https://idp.acme.io/saml/metadata"})

    def env_file_with(quote):
        path = write_env(base)
        with open(path, "a") as f:
            for k, v in (("SSO_SAML_SP_PRIVATE_KEY", key), ("SSO_SAML_SP_CERTIFICATE", cert)):
                f.write("%s=%s%s%s\n" % (k, quote, v.strip().replace("\n", "\\n"), quote))
        return path

    # double quotes: the .env reader turns \n into line breaks
    r = run("check", "--env-file", env_file_with('"'))
    assert r.rc == 0, r
    # single quotes: the service would get backslash-n; refused, and said why
    r = run("check", "--env-file", env_file_with("'"), "--format", "json")
    assert r.rc == 1, r
    rep = json.loads(r.out)
    errs = errors(rep)
    assert sorted(f["key"] for f in errs) == ["SSO_SAML_SP_CERTIFICATE", "SSO_SAML_SP_PRIVATE_KEY"], errs
    for f in errs:
        assert f["rule"] == "secret-format", f
        assert "not literal \\n escapes" in f["message"], f
    for pem in (key, cert):
        for line in pem.splitlines()[1:-1]:
            assert line[:16] not in r.out + r.err, line
    # NAME_FILE with the .pem files, the recommended way
    r = run("check", "--env-file", write_env(dict(base, SSO_SAML_SP_PRIVATE_KEY_FILE=FileRef(key),
                                                   SSO_SAML_SP_CERTIFICATE_FILE=FileRef(cert))))
    assert r.rc == 0, r


def test_distinct_secrets():
    shared = base64.b64encode(bytes(RNG.getrandbits(8) for _ in range(32))).decode()
    r, rep = check_json(variant({"SECRET_KEY": shared, "INTEGRATION_ENCRYPTION_KEY": shared}))
    assert r.rc == 1, r
    errs = errors(rep)
    assert [(f["rule"], f["key"]) for f in errs] == [("secrets-distinct", "INTEGRATION_ENCRYPTION_KEY")], errs


# Conditions that do not hold, spellings of booleans, values from files: all pass.
PASSING = [
    ("billing-off-no-stripe", {"BILLING_ENABLED": "false", "STRIPE_SECRET_KEY": None, "STRIPE_WEBHOOK_SECRET": None}),
    ("billing-unset-no-stripe", {"BILLING_ENABLED": None, "STRIPE_SECRET_KEY": None, "STRIPE_WEBHOOK_SECRET": None}),
    ("zero-trust-off-no-key", {"ZERO_TRUST_ENABLED": "0", "ZERO_TRUST_API_KEY": None}),
    ("sso-off-no-secrets", {"SSO_ENABLED": "Off", "SSO_CLIENT_ID": None, "SSO_CLIENT_SECRET": None, "SSO_ISSUER_URL": None}),
    ("not-launch-mode-relaxed", {"LAUNCH_MODE": "no", "ENVIRONMENT": "staging", "SECURITY_HEADERS_ENABLED": "false",
                                 "DEMO_SEED_ENABLED": "true", "DEMO_DATA_ENABLED": "true", "BILLING_ENFORCEMENT": "soft",
                                 "STRIPE_SECRET_KEY": "sk_test_" + rand(32)}),
    ("boolean-spellings", {"LAUNCH_MODE": "YES", "SECURITY_HEADERS_ENABLED": "1", "DEMO_SEED_ENABLED": "OFF",
                           "DEMO_DATA_ENABLED": "0", "BILLING_ENABLED": "On", "SSO_ENABLED": "TRUE"}),
    ("demo-flags-unset", {"DEMO_SEED_ENABLED": None, "DEMO_DATA_ENABLED": None}),
    ("secret-from-file", {"SECRET_KEY": None, "SECRET_KEY_FILE": FileRef(rand(48))}),
    ("hex-integration-key", {"INTEGRATION_ENCRYPTION_KEY": rand(64, "0123456789abcdef")}),
]


@cases([(c[0], c) for c in PASSING])
def test_passing_variants(case):
    _, changes = case
    r, rep = check_json(variant(changes))
    assert r.rc == 0, (r, errors(rep))
    assert rep["ok"] is True


def test_live_stripe_key_outside_production_is_a_warning():
    r, rep = check_json(variant({"LAUNCH_MODE": "false", "ENVIRONMENT": "staging"}))
    assert r.rc == 0, r
    warns = [f for f in rep["findings"] if f["severity"] == "warning"]
    assert ("secret-stripe-mode", "STRIPE_SECRET_KEY") in {(f["rule"], f["key"]) for f in warns}, rep


SEVERAL = {"SECRET_KEY": None, "DATABASE_URL": "nope", "STRIPE_WEBHOOK_SECRET": None,
           "DEMO_SEED_ENABLED": "true", "SSO_ISSUER_URL": None, "ZERO_TRUST_API_KEY": ""}


def test_several_broken_all_listed():
    values = variant(SEVERAL)
    r, rep = check_json(values)
    assert r.rc == 1, r
    keys = {f["key"] for f in errors(rep)}
    assert keys == set(SEVERAL), rep
    t = run("check", "--env-file", write_env(values))
    assert t.rc == 1, t
    for k in SEVERAL:
        assert k in t.out, (k, t)


def test_json_fields():
    r, rep = check_json(variant(SEVERAL))
    assert set(rep) >= {"ok", "findings"}, rep
    assert rep["ok"] is False
    assert len(rep["findings"]) >= len(SEVERAL)
    for f in rep["findings"]:
        for field in ("rule", "key", "severity", "message", "hint", "because"):
            assert isinstance(f.get(field), str), (field, f)
        assert f["severity"] in ("error", "warning", "waived"), f
        assert f["rule"] and f["key"] and f["message"], f
    stripe = [f for f in rep["findings"] if f["key"] == "STRIPE_WEBHOOK_SECRET"]
    assert stripe and "BILLING_ENABLED=true" in stripe[0]["because"], stripe
    unconditional = [f for f in rep["findings"] if f["key"] == "SECRET_KEY"]
    assert unconditional and unconditional[0]["because"] == "", unconditional


def test_sarif_and_junit():
    envf = write_env(variant(SEVERAL))
    s = run("check", "--env-file", envf, "--format", "sarif")
    assert s.rc == 1, s
    sarif = json.loads(s.out)
    assert sarif["version"] == "2.1.0"
    results = sarif["runs"][0]["results"]
    assert {res["ruleId"] for res in results} >= {"secret-required", "secret-format"}, results
    text = json.dumps(results)
    for k in SEVERAL:
        assert k in text, k
    j = run("check", "--env-file", envf, "--format", "junit")
    assert j.rc == 1, j
    root = ET.fromstring(j.out)
    cases_ = list(root.iter("testcase"))
    failed = [c for c in cases_ if c.find("failure") is not None or c.find("error") is not None]
    assert len(failed) >= len(SEVERAL), j.out
    assert all(k in j.out for k in SEVERAL)


def test_sarif_locations_and_root():
    """Every SARIF result points at a repository-relative file: the .env
    line (for NAME_FILE, the NAME_FILE line, never the secret file), else
    the policy rule that requires the key; --sarif-root sets the root."""
    d = os.path.realpath(tempfile.mkdtemp(dir=_TMP))
    secret = os.path.join(d, "run", "jwt.secret")
    os.makedirs(os.path.dirname(secret))
    with open(secret, "w") as f:
        f.write("short\n")
    os.makedirs(os.path.join(d, "deploy"))
    envf = os.path.join(d, "deploy", "prod.env")
    with open(envf, "w") as f:
        f.write("# prod\nBILLING_ENABLED=true\nSECRET_KEY_FILE=%s\n" % secret)
    policy = os.path.join(d, "dayone.yaml")
    shown = run("policy", "show-default")
    assert shown.rc == 0, shown
    with open(policy, "w") as f:
        f.write(shown.out)
    lines = shown.out.splitlines()
    stripe_line = next(i for i, ln in enumerate(lines, 1) if ln.strip() == "- key: STRIPE_SECRET_KEY")
    stripe_col = lines[stripe_line - 1].index("key:") + 1

    r = run("check", "--policy", policy, "--env-file", envf, "--format", "sarif", "--sarif-root", d)
    assert r.rc == 1, r
    assert secret not in r.out and "jwt.secret" not in r.out
    results = json.loads(r.out)["runs"][0]["results"]
    where = {}
    for res in results:
        phys = res["locations"][0]["physicalLocation"]
        where.setdefault(res["properties"]["key"], []).append(
            (phys["artifactLocation"]["uri"], phys["region"], res["properties"]["locationKind"]))
    for uri, region, kind in where["SECRET_KEY"]:
        assert (uri, kind) == ("deploy/prod.env", "env-line"), where["SECRET_KEY"]
        assert region == {"startLine": 3, "startColumn": 1, "endLine": 3,
                          "endColumn": 1 + len("SECRET_KEY_FILE")}, region
    [(uri, region, kind)] = where["STRIPE_SECRET_KEY"]
    assert (uri, kind) == ("dayone.yaml", "policy-rule"), where["STRIPE_SECRET_KEY"]
    assert (region["startLine"], region["startColumn"]) == (stripe_line, stripe_col), region
    assert all(res["partialFingerprints"]["primaryLocationLineHash"] for res in results)

    # Default root: the working directory, which holds none of these files:
    # still a relative location on every result, never an absolute path.
    r = run("check", "--policy", policy, "--env-file", envf, "--format", "sarif")
    assert r.rc == 1, r
    for res in json.loads(r.out)["runs"][0]["results"]:
        uri = res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert not uri.startswith("/") and "://" not in uri, uri
    # The process environment and the default policy: the pseudo-file.
    r = run("check", "--format", "sarif", "--sarif-root", d, env={"BILLING_ENABLED": "true"})
    kinds = {res["properties"]["locationKind"] for res in json.loads(r.out)["runs"][0]["results"]}
    assert kinds == {"none"}, kinds

    bad = run("check", "--env-file", envf, "--format", "sarif", "--sarif-root", d + "/missing")
    assert bad.rc == 2 and d + "/missing" in bad.err and "SARIF root" in bad.err, bad
    bad = run("check", "--env-file", envf, "--format", "json", "--sarif-root", d)
    assert bad.rc == 2 and "--sarif-root" in bad.err, bad


def test_output_file():
    out = os.path.join(tempfile.mkdtemp(dir=_TMP), "report.json")
    r = run("check", "--env-file", write_env(variant({"SECRET_KEY": None})), "--format", "json",
            "--output", out)
    assert r.rc == 1, r
    assert r.out == ""
    with open(out) as f:
        assert json.load(f)["ok"] is False
    bad = run("check", "--env-file", write_env(good_env()), "--output", "/nonexistent/dir/x.json")
    assert bad.rc == 2 and "/nonexistent/dir/x.json" in bad.err, bad


# --------------------------------------------------------------------------
# env files and layering
# --------------------------------------------------------------------------

MALFORMED_ENV = [
    # (id, text, line)
    ("unterminated-double", 'A=1\nSECRET_KEY="abc\nB=2\n', 2),
    ("unterminated-single", "A=1\nB=2\nSECRET_KEY='abc\n", 3),
    ("no-equals", "A=1\nJUST SOME WORDS\n", 2),
    ("bad-name", "A=1\nB=2\nB#AD=x\n", 3),
    ("unset-reference", "A=1\nB=${DY_CLI_NOT_SET}\n", 2),
]


@cases([(c[0], c) for c in MALFORMED_ENV])
def test_malformed_env_file(case):
    _, text, line = case
    path = tmpfile("bad.env", text)
    r = run("check", "--env-file", path)
    assert r.rc == 2, r
    assert r.out == "", r
    m = re.search(r"^%s:(\d+):(\d+): error: \S" % re.escape(path), r.err, re.M)
    assert m, r
    assert int(m.group(1)) == line and int(m.group(2)) >= 1, r


def test_missing_env_file():
    path = os.path.join(_TMP, "nope.env")
    r = run("check", "--env-file", path)
    assert r.rc == 2, r
    assert path in r.err, r


def test_process_env_is_default_and_files_replace_it():
    full = good_env()
    assert run("check", env=full).rc == 0
    r = run("check", env=variant({"DATABASE_URL": None}))
    assert r.rc == 1 and "DATABASE_URL" in r.out, r
    # With --env-file, the process environment is not consulted at all.
    only_secret = write_env({"SECRET_KEY": full["SECRET_KEY"]})
    r = run("check", "--env-file", only_secret, "--format", "json", env=full)
    assert r.rc == 1, r
    missing = {f["key"] for f in errors(json.loads(r.out))}
    assert {"DATABASE_URL", "INTEGRATION_ENCRYPTION_KEY"} <= missing, missing


def test_with_process_env_layers_files_over_it():
    full = good_env()
    proc = dict(full)
    proc["SECRET_KEY"] = "short"           # bad in the process env ...
    fix = write_env({"SECRET_KEY": full["SECRET_KEY"]})   # ... fixed by the file
    r = run("check", "--env-file", fix, "--with-process-env", env=proc)
    assert r.rc == 0, r
    # Without the file the process value is judged.
    r = run("check", "--with-process-env", "--format", "json", env=proc)
    assert r.rc == 1 and {f["key"] for f in errors(json.loads(r.out))} == {"SECRET_KEY"}, r
    # A later file overrides an earlier one.
    breaker = write_env({"SECRET_KEY": ""})
    r = run("check", "--env-file", fix, "--env-file", breaker, "--with-process-env", env=proc)
    assert r.rc == 1, r
    r = run("check", "--env-file", breaker, "--env-file", fix, "--with-process-env", env=proc)
    assert r.rc == 0, r


def test_env_file_from_stdin():
    with open(write_env(good_env())) as f:
        text = f.read()
    r = run("check", "--env-file", "-", stdin_text=text)
    assert r.rc == 0, r
    r = run("check", "--env-file", "-", "--format", "json",
            stdin_text=re.sub(r"(?m)^SECRET_KEY=", "IGNORED_KEY=", text))
    assert r.rc == 1 and [f["key"] for f in errors(json.loads(r.out))] == ["SECRET_KEY"], r
    r = run("check", "--env-file", "-", stdin_text='A=1\nB="open\n')
    assert r.rc == 2 and re.search(r"^<stdin>:2:\d+: error:", r.err, re.M), r
    r = run("check", "--env-file", "-", "--env-file", "-")
    assert r.rc == 2, r


def test_env_file_from_stdin_size_limit():
    # The same limit as for a file: exactly 16 MiB is read, one byte more is
    # DAYONE_ELIMIT, and the error names <stdin> like the parser's errors do.
    limit = 16 * 1024 * 1024
    body = "#" * (limit - 1) + "\n"
    r = run("check", "--env-file", "-", "--format", "json", stdin_text=body)
    assert r.rc == 1 and json.loads(r.out)["findings"], r
    r = run("check", "--env-file", "-", stdin_text=body + "\n")
    assert r.rc == 2 and r.out == "", r
    assert re.search(r"^<stdin>: error: standard input is larger than %d bytes$" % limit,
                     r.err, re.M), r


def test_presence_only():
    values = variant({"SECRET_KEY": "short", "DATABASE_URL": "not a url",
                      "STRIPE_SECRET_KEY": "sk_test_x"})
    envf = write_env(values)
    assert run("check", "--env-file", envf).rc == 1
    r = run("check", "--env-file", envf, "--presence-only", "--format", "json")
    assert r.rc == 0, r
    assert json.loads(r.out)["ok"] is True
    # Missing names are still missing.
    r = run("check", "--env-file", write_env(variant({"SECRET_KEY": None})), "--presence-only",
            "--format", "json")
    assert r.rc == 1, r
    assert [(f["rule"], f["key"]) for f in errors(json.loads(r.out))] == [("secret-required", "SECRET_KEY")]


def test_example_values_are_placeholders():
    values = good_env()
    envf = write_env(values)
    example = write_env({"SECRET_KEY": values["SECRET_KEY"], "DATABASE_URL": "postgres://u:p@localhost/x"},
                        name=".env.example")
    assert run("check", "--env-file", envf).rc == 0
    r = run("check", "--env-file", envf, "--example", example, "--format", "json")
    assert r.rc == 1, r
    errs = errors(json.loads(r.out))
    assert [(f["rule"], f["key"]) for f in errs] == [("secret-placeholder", "SECRET_KEY")], errs
    bad = tmpfile(".env.example", 'SECRET_KEY="unterminated\n')
    r = run("check", "--env-file", envf, "--example", bad)
    assert r.rc == 2 and re.search(r"^%s:1:\d+: error:" % re.escape(bad), r.err, re.M), r


WAIVER_POLICY = """\
version: 1
secrets:
  - key: SECRET_KEY
    min_length: 32
waivers:
  - {rule: secret-min-length, key: SECRET_KEY, reason: "rotating on 12-01", expires: 2026-12-31}
"""


def test_today_drives_waiver_expiry():
    pol = tmpfile("waiver.yaml", WAIVER_POLICY)
    envf = write_env({"SECRET_KEY": rand(20)})
    r = run("check", "--policy", pol, "--env-file", envf, "--today", "2026-06-01", "--format", "json")
    assert r.rc == 0, r
    sev = [(f["rule"], f["severity"]) for f in json.loads(r.out)["findings"]]
    assert sev == [("secret-min-length", "waived")], sev
    r = run("check", "--policy", pol, "--env-file", envf, "--today", "2027-01-01", "--format", "json")
    assert r.rc == 1, r
    errs = errors(json.loads(r.out))
    assert [f["key"] for f in errs] == ["SECRET_KEY"], errs


def test_colour_only_on_a_terminal():
    import pty
    envf = write_env(variant({"SECRET_KEY": None}))

    def on_pty(extra_env):
        master, slave = pty.openpty()
        try:
            full = base_env()
            full.update(extra_env)
            p = subprocess.Popen([BIN, "check", "--env-file", envf], env=full,
                                 stdout=slave, stderr=subprocess.PIPE)
            os.close(slave)
            chunks = []
            while True:
                try:
                    data = os.read(master, 65536)
                except OSError:
                    break
                if not data:
                    break
                chunks.append(data)
            p.wait(timeout=60)
            return p.returncode, b"".join(chunks).decode("utf-8", "replace")
        finally:
            os.close(master)

    rc, out = on_pty({"TERM": "xterm"})
    assert rc == 1 and "\x1b[" in out, out
    rc, out = on_pty({"TERM": "xterm", "NO_COLOR": "1"})
    assert rc == 1 and "\x1b[" not in out and "SECRET_KEY" in out, out
    piped = run("check", "--env-file", envf, env={"TERM": "xterm"})
    assert piped.rc == 1 and "\x1b[" not in piped.out, piped


# --------------------------------------------------------------------------
# explain
# --------------------------------------------------------------------------

def test_explain():
    envf = write_env(good_env())
    r = run("explain", "SECRET_KEY", "--env-file", envf)
    assert r.rc == 0, r
    assert "SECRET_KEY" in r.out
    r = run("explain", "STRIPE_SECRET_KEY", "--env-file", write_env(variant({"STRIPE_SECRET_KEY": None})))
    assert r.rc == 1, r
    assert "STRIPE_SECRET_KEY" in r.out and "BILLING_ENABLED" in r.out, r
    # Not applying: billing off.
    r = run("explain", "STRIPE_SECRET_KEY", "--env-file",
            write_env(variant({"BILLING_ENABLED": "false", "STRIPE_SECRET_KEY": None})))
    assert r.rc == 0, r
    assert "BILLING_ENABLED" in r.out, r
    r = run("explain", "NO_RULE_MENTIONS_THIS", "--env-file", envf)
    assert r.rc == 2 and "NO_RULE_MENTIONS_THIS" in r.err, r


# --------------------------------------------------------------------------
# The fail-fast service example
# --------------------------------------------------------------------------

def test_startup_service():
    assert STARTUP and os.access(STARTUP, os.X_OK), "set DAYONE_STARTUP_SERVICE"
    r = run(env=good_env(), binary=STARTUP)
    assert r.rc == 0 and "serving" in r.out, r
    assert r.err == "", r
    r = run(env=variant({"SECRET_KEY": None, "DATABASE_URL": None}), binary=STARTUP)
    assert r.rc == 1 and "serving" not in r.out, r
    assert "SECRET_KEY" in r.err and "DATABASE_URL" in r.err, r
    pol = tmpfile("p.yaml", MINIMAL_POLICY)
    r = run("--policy", pol, env={"SECRET_KEY": rand(40)}, binary=STARTUP)
    assert r.rc == 0, r
    bad = tmpfile("bad.yaml", "version: 1\nbogus: 1\n")
    r = run("--policy", bad, env=good_env(), binary=STARTUP)
    assert r.rc == 2 and bad + ":2:" in r.err, r


# --------------------------------------------------------------------------
# No secret value ever reaches any output
# --------------------------------------------------------------------------

class Planter:
    """Builds recognisable values and remembers which characters are secret.

    A value is a list of segments; public segments are format prefixes such
    as "sk_live_" or "https://" that may legitimately appear in hints.
    Every 8-character window with at least 4 secret characters must never
    appear in any output (fewer could match a hint by chance, e.g. the last
    random character of a host name followed by ".example.com").
    """

    def __init__(self):
        self.values = []   # (value, mask)
        self.n = 0

    def tag(self, extra=12, alphabet=ALNUM):
        self.n += 1
        return "PLANTEDSECRET%02d%s" % (self.n, rand(extra, alphabet))

    def make(self, *segments):
        """segments: str (secret) or ("public", str)."""
        value, mask = "", []
        for s in segments:
            if isinstance(s, tuple):
                value += s[1]
                mask += [False] * len(s[1])
            else:
                value += s
                mask += [True] * len(s)
        self.values.append((value, mask))
        return value

    def secret(self, extra=24, alphabet=ALNUM):
        return self.make(self.tag(extra, alphabet))

    def windows(self):
        out = set()
        for value, mask in self.values:
            for i in range(0, max(0, len(value) - 7)):
                if sum(mask[i:i + 8]) >= 4:
                    out.add(value[i:i + 8])
        return out

    def assert_clean(self, label, *texts):
        wins = self.windows()
        for text in texts:
            for value, _ in self.values:
                assert value not in text, "%s: a planted value leaked" % label
            hits = sorted(w for w in wins if w in text)
            assert not hits, "%s: planted fragments leaked: %r" % (label, hits[:5])


def b64url_32(planter):
    """A planted value that is valid unpadded base64url of 32 bytes."""
    t = planter.tag(0, ALNUM)
    body = t + rand(42 - len(t), ALNUM + "-_")
    body += RNG.choice("AEIMQUYcgkosw048")   # last char: low 2 bits zero (canonical)
    return planter.make(body)


def leak_env_sets(p, d):
    """Environments planted with values that fail or pass each check."""
    s = {}
    s["invalid-launch"] = {
        "ENVIRONMENT": "production", "LAUNCH_MODE": "true", "BILLING_ENABLED": "true",
        "ZERO_TRUST_ENABLED": "true", "SSO_ENABLED": "true", "DEMO_DATA_ENABLED": "true",
        "SECURITY_HEADERS_ENABLED": p.secret(6),            # not a boolean
        "DEMO_SEED_ENABLED": p.secret(6),                    # not a boolean
        "BILLING_ENFORCEMENT": p.secret(6),                  # not strict/soft/off
        "SECRET_KEY": p.secret(4),                           # too short
        "DATABASE_URL": p.secret(20),                        # not a URL
        "INTEGRATION_ENCRYPTION_KEY": p.make(p.tag(10), "-", p.tag(10)),   # not base64
        "STRIPE_SECRET_KEY": p.make(("public", "sk_test_"), p.tag(24)),    # test key in launch
        "STRIPE_WEBHOOK_SECRET": p.secret(24),               # not whsec_
        "ZERO_TRUST_API_KEY": p.make(("public", "<"), p.tag(24), ("public", ">")),
        "SSO_CLIENT_ID": p.secret(8),
        "SSO_CLIENT_SECRET": p.make(("public", "your-"), p.tag(24), ("public", "-here")),
        "SSO_ISSUER_URL": p.make(("public", "http://"), p.tag(10).lower(), ("public", ".example.com")),
    }
    shared = b64url_32(p)
    s["valid-formats-shared-key"] = {
        "ENVIRONMENT": p.secret(6), "LAUNCH_MODE": "true", "BILLING_ENABLED": "true",
        "ZERO_TRUST_ENABLED": "true", "SSO_ENABLED": "true",
        "SECURITY_HEADERS_ENABLED": "true", "DEMO_SEED_ENABLED": "false", "DEMO_DATA_ENABLED": "false",
        "BILLING_ENFORCEMENT": "strict",
        "SECRET_KEY": shared, "INTEGRATION_ENCRYPTION_KEY": shared,      # secrets-distinct
        "DATABASE_URL": p.make(("public", "postgres://"), p.tag(6), ("public", ":"), p.tag(12),
                               ("public", "@"), p.tag(4).lower(), ("public", ".example.com:5432/"), p.tag(4)),
        "STRIPE_SECRET_KEY": p.make(("public", "sk_live_"), p.tag(24)),
        "STRIPE_WEBHOOK_SECRET": p.make(("public", "whsec_"), p.tag(24)),
        "ZERO_TRUST_API_KEY": p.secret(30),
        "SSO_CLIENT_ID": p.secret(8),
        "SSO_CLIENT_SECRET": p.make(("public", "${"), p.tag(20, string.ascii_uppercase), ("public", "}")),
        "SSO_ISSUER_URL": p.make(("public", "https://"), p.tag(10).lower(), ("public", ".example.com/")),
    }
    sso_file = os.path.join(d, "sso_client_secret")
    with open(sso_file, "w") as f:
        f.write(p.secret(30) + "\n")
    webhook_file = os.path.join(d, "webhook")
    with open(webhook_file, "w") as f:
        f.write(p.make(("public", "whsec_"), p.tag(24)) + "\n")
    s["not-launch-files-warnings"] = {
        "ENVIRONMENT": p.secret(6), "LAUNCH_MODE": "false", "BILLING_ENABLED": "true",
        "SSO_ENABLED": "true", "ZERO_TRUST_ENABLED": p.secret(4),       # not a boolean
        "SECRET_KEY": p.make(p.tag(2), ("public", "ab" * 16)),            # low entropy
        "DATABASE_URL_FILE": "/nonexistent/dayone-db-url",                # unreadable
        "INTEGRATION_ENCRYPTION_KEY": p.secret(16, "0123456789abcdef"),   # wrong length
        "STRIPE_SECRET_KEY": p.make(("public", "sk_live_"), p.tag(24)),   # live outside production
        "STRIPE_WEBHOOK_SECRET": p.make(("public", "whsec_"), p.tag(24)),
        "STRIPE_WEBHOOK_SECRET_FILE": webhook_file,                       # both set
        "SSO_CLIENT_ID": p.secret(8),
        "SSO_CLIENT_SECRET_FILE": sso_file,
        "SSO_ISSUER_URL": p.make(("public", "ftp://"), p.tag(10).lower()),
        "UNRELATED_VARIABLE": p.secret(20),
    }
    return s


MALFORMED_PLANTED = [
    'SECRET_KEY="{v}\n',
    "SECRET_KEY='{v}\n",
    "SECRET_KEY {v}\n",
    "{v}\n",
    'SECRET_KEY="{v}" trailing-{v}\n',
    'SECRET_KEY="{v}\\q"\n',
    "export SECRET_KEY {v}\n",
]


def test_secrets_never_leak():
    p = Planter()
    d = tempfile.mkdtemp(dir=_TMP)
    sets = leak_env_sets(p, d)
    good_policy = tmpfile("pol.yaml", MINIMAL_POLICY)
    bad_policy = tmpfile("bad.yaml", "version: 1\nsecrets:\n  - key: SECRET_KEY\n    min_length: many\n")
    runs = 0

    def observe(label, r, *extra_files):
        nonlocal runs
        runs += 1
        texts = [r.out, r.err]
        for path in extra_files:
            with open(path) as f:
                texts.append(f.read())
        p.assert_clean(label, *texts)

    keys = sorted({k for s in sets.values() for k in s} |
                  {"SECRET_KEY", "DATABASE_URL", "INTEGRATION_ENCRYPTION_KEY", "STRIPE_SECRET_KEY",
                   "STRIPE_WEBHOOK_SECRET", "ZERO_TRUST_API_KEY", "SSO_CLIENT_SECRET",
                   "SSO_ISSUER_URL", "SSO_CLIENT_ID", "LAUNCH_MODE", "ENVIRONMENT"})
    for name, values in sets.items():
        envf = write_env(values)
        example = write_env({k: v for k, v in values.items() if not k.endswith("_FILE")}, ".env.example")
        for fmt in ("text", "json", "sarif", "junit"):
            for extra in ([], ["--presence-only"], ["--example", example]):
                r = run("check", "--env-file", envf, "--format", fmt, *extra)
                assert r.rc in (1, 0), (name, fmt, r.rc, r.err[:300])
                observe("%s %s %s" % (name, fmt, extra), r)
            out = os.path.join(d, "out." + fmt)
            r = run("check", "--env-file", envf, "--format", fmt, "--output", out)
            observe("%s %s --output" % (name, fmt), r, out)
            # The process environment as the source, and layered under a file.
            r = run("check", "--format", fmt, env=values)
            observe("%s %s process" % (name, fmt), r)
            r = run("check", "--format", fmt, "--with-process-env", "--env-file", envf, env=values)
            observe("%s %s layered" % (name, fmt), r)
            with open(envf) as f:
                r = run("check", "--format", fmt, "--env-file", "-", stdin_text=f.read())
            observe("%s %s stdin" % (name, fmt), r)
        # Presence-only on the default check of invalid sets must at least run.
        for key in keys:
            r = run("explain", key, "--env-file", envf)
            observe("%s explain %s" % (name, key), r)
            r = run("explain", key, env=values)
            observe("%s explain %s process" % (name, key), r)
        # Error paths with the secrets loaded or about to be.
        r = run("check", "--policy", bad_policy, "--env-file", envf)
        assert r.rc == 2, r
        observe("%s bad policy" % name, r)
        r = run("check", "--policy", bad_policy, env=values)
        observe("%s bad policy process" % name, r)
        r = run("check", "--policy", good_policy, "--env-file", envf, "--format", "json")
        observe("%s own policy" % name, r)
        r = run(env=values, binary=STARTUP)
        assert r.rc in (1, 2), r
        observe("%s startup_service" % name, r)
        # simulate reads billing enforcement from the environment.
        for fmt in ("text", "json"):
            r = run("simulate", "--plan", "free", "--limit", "ingest", "--rate", "50/s",
                    "--duration", "2s", "--format", fmt, env=values)
            assert r.rc == 0, r
            observe("%s simulate %s" % (name, fmt), r)

    # Malformed .env files whose broken line holds a secret.
    for i, tmpl in enumerate(MALFORMED_PLANTED):
        v = p.secret(20)
        text = "A=1\n" + tmpl.replace("{v}", v)
        path = tmpfile("bad%d.env" % i, text)
        r = run("check", "--env-file", "-", stdin_text=text)
        observe("malformed env %d stdin" % i, r)
        for args in (["check", "--env-file", path], ["check", "--env-file", path, "--format", "json"],
                     ["explain", "SECRET_KEY", "--env-file", path],
                     ["check", "--env-file", write_env(good_env()), "--example", path]):
            r = run(*args)
            # A form the parser accepts is fine; it must still not leak.
            assert r.rc in (0, 1, 2), r
            observe("malformed env %d %s" % (i, args[0]), r)
    assert runs > 100


# --------------------------------------------------------------------------
# Built-in runner (when pytest is not installed)
# --------------------------------------------------------------------------

def _main():
    if pytest is not None:
        code = pytest.main([__file__, "-q", "-p", "no:cacheprovider"] + sys.argv[1:])
        shutil.rmtree(_TMP, ignore_errors=True)
        return int(code)
    failed, passed = [], 0
    for name, fn in sorted(globals().items()):
        if not name.startswith("test_") or not callable(fn):
            continue
        for cid, case in getattr(fn, "_cases", [(None, None)]):
            label = name if cid is None else "%s[%s]" % (name, cid)
            try:
                fn() if cid is None else fn(case)
                passed += 1
            except Exception as e:  # report every failure, then exit 1
                failed.append(label)
                print("FAIL %s: %s: %s" % (label, type(e).__name__, str(e)[:2000]))
    print("%d passed, %d failed" % (passed, len(failed)))
    shutil.rmtree(_TMP, ignore_errors=True)
    return 1 if failed else 0


# ---- .env dialects (docs/env-files.md) ----

def test_env_dialect_compose_interpolates_by_default():
    envf = tmpfile(".env", "ENVIRONMENT=production\nHOST_ALIAS=${DY_CLI_HOST}\n"
                           "LAUNCH_MODE=${DY_CLI_UNSET:-true}\n")
    r = run("check", "--env-file", envf, "--format", "json", env={"DY_CLI_HOST": "db"})
    assert r.rc == 1, r
    report = json.loads(r.out)
    # LAUNCH_MODE came from the default: no launch-mode finding.
    assert not any(f["key"] == "LAUNCH_MODE" for f in report["findings"]), report
    docker = run("check", "--env-file", envf, "--env-dialect", "docker", "--format", "json")
    rules = {f["rule"] for f in json.loads(docker.out)["findings"]}
    # Read literally, LAUNCH_MODE is the text "${DY_CLI_UNSET:-true}": not a boolean.
    assert any(f["key"] == "LAUNCH_MODE" for f in json.loads(docker.out)["findings"]), rules


def test_env_dialect_unresolved_reference_is_exit_2_with_place():
    secret = "sk_live_" + rand(24)
    envf = tmpfile(".env", "STRIPE_SECRET_KEY=%s\nDATABASE_URL=${DY_CLI_NOT_SET}\n" % secret)
    for dialect in ("compose", "dotenv"):
        r = run("check", "--env-file", envf, "--env-dialect", dialect)
        assert r.rc == 2, r
        assert "%s:2:14: error:" % envf in r.err, r
        assert "DY_CLI_NOT_SET" in r.err and "DATABASE_URL" in r.err, r
        assert secret not in r.err and secret not in r.out, r
    r = run("check", "--env-file", envf, "--env-dialect", "docker")
    assert r.rc == 1, r   # docker keeps the text; the check judges it


def test_env_dialect_stdin():
    r = run("check", "--env-file", "-", "--env-dialect", "dotenv",
            stdin_text="A='${DY_CLI_NOT_SET}'\n")
    assert r.rc == 2 and "<stdin>:1:4: error:" in r.err, r


# ---- facts, time and profiles -----------------------------------------------

DAILY_POLICY = """version: 1
posture:
  - id: backup-fresh
    key: backup.db.last_success_at
    profiles: [daily]
    max_age: 26h
"""

DAILY_FACTS = """{
  "backup": {
    "db": {"last_success_at": "2026-03-01T04:00:00Z"}
  }
}
"""


def daily_check(*extra):
    policy = tmpfile("policy.yaml", DAILY_POLICY)
    facts = tmpfile("facts.json", DAILY_FACTS)
    env = write_env({})
    return run("check", "--policy", policy, "--env-file", env, "--facts", facts, *extra), facts


def test_daily_backup_stale_is_located():
    r, facts = daily_check("--profile", "daily", "--now", "2026-03-02T07:00:00Z",
                           "--format", "json")
    assert r.rc == 1, r
    doc = json.loads(r.out)
    assert doc["profiles"] == ["daily"], doc
    [f] = doc["findings"]
    assert (f["rule"], f["key"], f["source"]) == \
        ("fact-stale", "backup.db.last_success_at", "facts"), f
    assert f["path"] == facts and f["line"] == 3, f
    assert "1d3h old" in f["message"] and "26h" in f["message"], f
    assert "2026-03-01T04:00:00Z" not in r.out, "a fact's value reached the report"
    # The text report names the column too: file:line:column of the value.
    r, facts = daily_check("--profile", "daily", "--now", "2026-03-02T07:00:00Z")
    assert r.rc == 1 and ("from %s:3:31" % facts) in r.out, r


def test_daily_backup_a_day_earlier_passes():
    r, _ = daily_check("--profile", "daily", "--now", "2026-03-01T07:00:00Z")
    assert r.rc == 0, r
    assert 'profile daily - READY' in r.out, r


def test_daily_rule_ignored_at_startup():
    r, _ = daily_check("--now", "2026-03-02T07:00:00Z", "--format", "json")
    assert r.rc == 0, r
    doc = json.loads(r.out)
    assert doc["profiles"] == ["startup"] and doc["findings"] == [], doc


def test_facts_usage_errors():
    bad = tmpfile("bad.json", '{"a": [1,}\n')
    policy = tmpfile("policy.yaml", DAILY_POLICY)
    r = run("check", "--policy", policy, "--facts", bad, "--profile", "daily")
    assert r.rc == 2 and ("%s:1:10:" % bad) in r.err, r
    r = run("check", "--policy", policy, "--profile", "nightly")
    assert r.rc == 2 and "unknown profile 'nightly'" in r.err, r
    r = run("check", "--policy", policy, "--now", "2026-03-02 07:00:00")
    assert r.rc == 2 and "--now expects an RFC 3339 timestamp" in r.err, r


# ---- status: component states for the status page ---------------------------

REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
HEALTH = os.path.join(REPO, "examples", "ops", "health.json")
# the example's observed_at is 2026-03-02T06:00:00Z; the default max_age is 15m
SOON = ("--now", "2026-03-02T06:05:00Z")


def test_status_example_health():
    """The default policy on examples/ops/health.json: ingest pages, the geo
    backlog degrades jobs, both drift from the published page (exit 1)."""
    r = run("status", "--facts", HEALTH, "--format", "json", *SOON)
    assert r.rc == 1, r
    doc = json.loads(r.out)
    assert doc["ok"] is False and doc["indicator"] == "major", doc
    states = {c["name"]: (c["status"], c["indicator"], c["published"]) for c in doc["components"]}
    assert [c["name"] for c in doc["components"]] == \
        ["api", "ingest", "jobs", "db", "notifications", "dashboard"], doc
    assert states["ingest"] == ("partial_outage", "major", "degraded_performance"), states
    assert states["jobs"] == ("degraded_performance", "minor", "operational"), states
    assert states["notifications"][0] == "under_maintenance", states
    drift = sorted(f["key"] for f in doc["report"]["findings"] if f["rule"] == "status-drift")
    assert drift == ["status_page.components.ingest", "status_page.components.jobs"], doc
    # The geo backlog reason cites the fact's own line in the example.
    [jobs] = [c for c in doc["components"] if c["name"] == "jobs"]
    [reason] = jobs["reasons"]
    with open(HEALTH) as fh:
        want_line = 1 + [i for i, l in enumerate(fh) if '"geo_enrichment"' in l][0]
    assert (reason["path"], reason["line"]) == (HEALTH, want_line), reason
    assert reason["column"] > 0, reason
    # Never a fact's value: the example's rates appear nowhere in the output.
    for value in ("97.2%", "98.4%", "2.6%", "5200"):
        assert value not in r.out, value
    text = run("status", "--facts", HEALTH, *SOON)
    assert text.rc == 1 and "ingest" in text.out and "(drift)" in text.out, text
    assert "status page indicator: major" in text.out, text
    assert '"<default>" - NEEDS ATTENTION' in text.out, text   # not a readiness verdict
    sarif = run("status", "--facts", HEALTH, "--format", "sarif", *SOON)
    assert sarif.rc == 1 and json.loads(sarif.out)["version"] == "2.1.0", sarif
    junit = run("status", "--facts", HEALTH, "--format", "junit", *SOON)
    assert junit.rc == 1 and ET.fromstring(junit.out).tag == "testsuites", junit


def test_status_healthy_page_exits_0():
    with open(HEALTH) as fh:
        doc = json.load(fh)
    doc["ingest"]["success_rate"] = {w: "99.99%" for w in doc["ingest"]["success_rate"]}
    doc["ingest"]["error_rate_5xx"] = {w: "0.01%" for w in doc["ingest"]["error_rate_5xx"]}
    doc["jobs"]["geo_enrichment"]["backlog"] = 900
    doc["status_page"]["components"]["ingest"] = "operational"
    facts = tmpfile("healthy.json", json.dumps(doc, indent=1))
    r = run("status", "--facts", facts, "--format", "json", *SOON)
    assert r.rc == 0, r
    out = json.loads(r.out)
    assert out["ok"] is True and out["indicator"] == "none", out
    # A page showing more than the health (an incident still open) is fine.
    doc["status_page"]["components"]["api"] = "major_outage"
    r = run("status", "--facts", tmpfile("open-incident.json", json.dumps(doc)), *SOON)
    assert r.rc == 0, r
    # The same healthy facts 15m1s after they were observed: too old to say
    # the platform is fine now (fail closed: exit 1, every component unknown).
    r = run("status", "--facts", facts, "--format", "json", "--now", "2026-03-02T06:15:01Z")
    assert r.rc == 1, r
    out = json.loads(r.out)
    assert {c["status"] for c in out["components"]} == {"unknown"}, out
    assert out["indicator"] == "unknown", out
    [stale] = [f for f in out["report"]["findings"] if f["rule"] == "status-stale"]
    assert stale["key"] == "observed_at" and stale["severity"] == "error", stale
    assert "15m1s old; at most 15m is allowed" in stale["message"], stale
    assert "2026-03-02T06:00:00Z" not in r.out, r   # ages, never the timestamp
    # exactly 15m passes; the real clock (today) finds the example stale
    assert run("status", "--facts", facts, "--now", "2026-03-02T06:15:00Z").rc == 0
    r = run("status", "--facts", facts)
    assert r.rc == 1 and "status-stale" in r.out, r
    # without observed_at the default policy cannot tell the facts' age
    del doc["observed_at"]
    r = run("status", "--facts", tmpfile("no-time.json", json.dumps(doc)), *SOON)
    assert r.rc == 1 and "observed_at is missing in the facts" in r.out, r


def test_status_missing_facts_fail_closed():
    r = run("status", "--format", "json")
    assert r.rc == 1, r
    doc = json.loads(r.out)
    assert {c["status"] for c in doc["components"]} == {"unknown"}, doc
    assert doc["indicator"] == "unknown", doc


def test_status_usage_errors():
    bad = tmpfile("bad-health.json", '{"api": {"health": [200,}}\n')
    r = run("status", "--facts", bad)
    assert r.rc == 2 and ("%s:1:" % bad) in r.err, r
    no_status = tmpfile("no-status.yaml", "version: 1\n")
    r = run("status", "--policy", no_status, "--facts", HEALTH)
    assert r.rc == 2 and "no status: section" in r.err, r
    broken = tmpfile("broken-status.yaml", "version: 1\nstatus:\n  components:\n"
                     "    api:\n      checks:\n        - {name: h, health: api.code, over: []}\n")
    r = run("status", "--policy", broken)
    assert r.rc == 2 and ("%s:6:45:" % broken) in r.err and "over does not apply" in r.err, r
    r = run("status", "--profile", "daily", "--facts", HEALTH)
    assert r.rc == 2 and "--profile does not apply to status" in r.err, r
    r = run("status", "--now", "yesterday", "--facts", HEALTH)
    assert r.rc == 2 and "--now expects an RFC 3339 timestamp" in r.err, r
    lone = tmpfile("lone-max-age.yaml", "version: 1\nstatus:\n  max_age: 15m\n  components:\n"
                   "    api:\n      checks:\n        - {name: h, health: api.code}\n")
    r = run("status", "--policy", lone)
    assert r.rc == 2 and ("%s:3:12:" % lone) in r.err and "max_age needs observed_at" in r.err, r
    r = run("status", "extra")
    assert r.rc == 2 and "unexpected argument" in r.err, r
    r = run("help", "status")
    assert r.rc == 0 and "status-drift" in r.out, r


EACH_POLICY = DAILY_POLICY + """  - id: incident-updates
    key: incident.updates
    profiles: [daily]
    each: {key: status, one_of: [open, resolved]}
"""

EACH_FACTS = """{"incident": {"updates": [{"status": "open"},
                          {"status": "reopened-by-FAKE-bot"}]}}
"""


def test_explain_fact_rule():
    """explain judges a fact rule with the engine's fact evaluation: the
    profile decides whether it applies, the fact's place is named, the
    age and the verdict agree with check, and no value is printed."""
    policy = tmpfile("policy.yaml", DAILY_POLICY)
    facts = tmpfile("facts.json", DAILY_FACTS)
    env = write_env({})
    base = ("explain", "backup.db.last_success_at", "--policy", policy, "--env-file", env,
            "--facts", facts)
    r = run(*base, "--now", "2026-03-02T07:00:00Z")
    assert r.rc == 0, r
    assert "profiles: daily (this check runs startup)" in r.out, r
    assert "applies: no, none of its profiles runs in this check" in r.out, r
    r = run(*base, "--now", "2026-03-02T07:00:00Z", "--profile", "daily")
    assert r.rc == 1, r
    assert "applies: yes" in r.out and "result: fails" in r.out, r
    assert "fact-stale" in r.out and "1d3h old" in r.out, r
    assert ("from facts %s:3:31" % facts) in r.out and ("at: %s:3:31" % facts) in r.out, r
    assert "2026-03-01T04:00:00Z" not in r.out + r.err, "a fact's value reached explain"
    r = run(*base, "--now", "2026-03-01T07:00:00Z", "--profile", "daily")
    assert r.rc == 0 and "result: passes" in r.out, r
    # A missing fact fails as in check.
    r = run("explain", "backup.db.last_success_at", "--policy", policy, "--env-file", env,
            "--facts", tmpfile("facts.json", "{}\n"), "--profile", "daily")
    assert r.rc == 1 and "fact-missing" in r.out, r
    r = run(*base, "--profile", "nightly")
    assert r.rc == 2 and "unknown profile 'nightly'" in r.err, r


def test_explain_fact_rule_each_element():
    policy = tmpfile("policy.yaml", EACH_POLICY)
    facts = tmpfile("facts.json", EACH_FACTS)
    r = run("explain", "incident.updates", "--policy", policy, "--env-file", write_env({}),
            "--facts", facts, "--profile", "daily")
    assert r.rc == 1, r
    assert "is a mapping or list" in r.out and "fact-format" in r.out, r
    col = EACH_FACTS.splitlines()[1].index('"reopened') + 1
    assert "incident.updates[1].status" in r.out and ("at: %s:2:%d" % (facts, col)) in r.out, r
    assert "reopened-by-FAKE-bot" not in r.out, "a fact's value reached explain"


def test_sarif_fact_location():
    """A fact finding points at the fact in its facts document, relative to
    --sarif-root; a missing fact points at the policy rule."""
    d = tempfile.mkdtemp(dir=_TMP)
    os.makedirs(os.path.join(d, "ops"))
    policy = os.path.join(d, "dayone.yaml")
    facts = os.path.join(d, "ops", "facts.json")
    with open(policy, "w") as f:
        f.write(EACH_POLICY + """  - id: restore-tested
    key: restore.last_test_at
    profiles: [daily]
    max_age: 31d
""")
    with open(facts, "w") as f:
        f.write(DAILY_FACTS[:-2] + ',\n  "incident": {"updates": [{"status": "x"}]}\n}\n')
    r = run("check", "--policy", policy, "--env-file", write_env({}), "--facts", facts,
            "--profile", "daily", "--now", "2026-03-02T07:00:00Z", "--format", "sarif",
            "--sarif-root", d)
    assert r.rc == 1, r
    results = json.loads(r.out)["runs"][0]["results"]
    where = {res["ruleId"]: (res["properties"]["locationKind"],
                             res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                             res["locations"][0]["physicalLocation"]["region"]["startLine"],
                             res["locations"][0]["physicalLocation"]["region"]["startColumn"])
             for res in results}
    assert where["fact-stale"] == ("fact", "ops/facts.json", 3, 31), where
    text = open(facts).read().splitlines()
    x_line = next(i for i, ln in enumerate(text, 1) if '"x"' in ln)
    assert where["fact-format"] == ("fact", "ops/facts.json", x_line,
                                    text[x_line - 1].index('"x"') + 1), where
    assert where["fact-missing"] == ("policy-rule", "dayone.yaml", 11, 5), where


def test_simulate_shows_a_tenants_override():
    policy = tmpfile("overrides.yaml", (
        "version: 1\nplans:\n  - name: free\n    limits:\n      ingest: {rpm: 60, burst: 2}\n"
        "overrides:\n  - {tenant: t-42, limit: ingest, rps: 10, burst: 20,"
        " reason: 'launch \"week\"'}\n"))
    args = ("simulate", "--plan", "free", "--limit", "ingest", "--rate", "20/s",
            "--duration", "2s", "--policy", policy)
    r = run(*args, "--tenant", "t-42", "--format", "json")
    assert r.rc == 0, r
    out = json.loads(r.out)
    assert out["override"] == {"source": "policy", "reason": 'launch "week"'}
    assert (out["burst"], out["allowed"], out["denied"]) == (20, 39, 1)
    r = run(*args, "--tenant", "t-42")
    assert r.rc == 0 and 'override (policy): this tenant\'s burst and rate' in r.out, r
    r = run(*args, "--format", "json")  # another tenant: the plan's burst of 2
    out = json.loads(r.out)
    assert out["override"] is None and out["burst"] == 2, out
    r = run(*args, "--tenant", "")
    assert r.rc == 2 and "--tenant" in r.err, r
# ---- incident records and drills (docs/incidents.md) ------------------------

OPS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "examples", "ops")


def incident_check(record, *extra):
    """The default policy's incident profile on a record (a path or a dict)."""
    if isinstance(record, dict):
        record = tmpfile("incident.json", json.dumps(record, indent=1) + "\n")
    return run("check", "--env-file", write_env({}), "--profile", "incident",
               "--facts", record, *extra), record


def test_incident_example_ready():
    r, _ = incident_check(os.path.join(OPS, "incident.json"), "--now", "2026-03-03T12:00:00Z")
    assert r.rc == 0 and "profile incident - READY: no problems found" in r.out, r
    r, _ = incident_check(os.path.join(OPS, "drill.json"), "--now", "2026-03-20T12:00:00Z")
    assert r.rc == 0 and "profile incident - READY: no problems found" in r.out, r


def test_incident_update_gap_located():
    """A 75-minute gap between two updates: an error at the later update's
    created_at, file:line:column, in text, JSON and SARIF."""
    with open(os.path.join(OPS, "incident.json")) as f:
        rec = json.load(f)
    ups = rec["incident"]["updates"]
    ups[2]["created_at"] = "2026-03-01T10:45:00Z"
    ups[3]["created_at"] = rec["incident"]["resolved_at"] = "2026-03-01T11:00:00Z"
    r, path = incident_check(rec, "--now", "2026-03-03T12:00:00Z", "--format", "json")
    assert r.rc == 1, r
    doc = json.loads(r.out)
    assert doc["profiles"] == ["incident"], doc
    [f] = doc["findings"]
    lines = open(path).read().splitlines()
    line = next(i for i, ln in enumerate(lines, 1) if '"2026-03-01T10:45:00Z"' in ln)
    assert (f["rule"], f["key"], f["severity"]) == \
        ("fact-gap", "incident.updates[2].created_at", "error"), f
    assert (f["source"], f["path"], f["line"]) == ("facts", path, line), f
    assert "1h15m" in f["message"] and "60m" in f["message"], f
    r, _ = incident_check(path, "--now", "2026-03-03T12:00:00Z")
    col = lines[line - 1].index('"2026-03-01T10:45:00Z"') + 1
    assert r.rc == 1 and ("from %s:%d:%d" % (path, line, col)) in r.out, r
    r, _ = incident_check(path, "--now", "2026-03-03T12:00:00Z", "--format", "sarif",
                          "--sarif-root", os.path.dirname(path))
    [res] = json.loads(r.out)["runs"][0]["results"]
    loc = res["locations"][0]["physicalLocation"]
    assert res["ruleId"] == "fact-gap" and res["properties"]["locationKind"] == "fact", res
    assert loc["artifactLocation"]["uri"] == os.path.basename(path), loc
    assert (loc["region"]["startLine"], loc["region"]["startColumn"]) == (line, col), loc


def test_drill_skipped_identified_located():
    with open(os.path.join(OPS, "drill.json")) as f:
        rec = json.load(f)
    rec["incident"]["updates"] = [u for u in rec["incident"]["updates"]
                                  if u["status"] != "identified"]
    r, path = incident_check(rec, "--now", "2026-03-20T12:00:00Z", "--format", "json")
    assert r.rc == 1, r
    [f] = json.loads(r.out)["findings"]
    line = next(i for i, ln in enumerate(open(path).read().splitlines(), 1)
                if '"updates"' in ln)
    assert (f["rule"], f["key"], f["line"]) == ("fact-contains", "incident.updates", line), f
    assert "identified" in f["message"] and f["because"] == "incident.kind=drill", f


def test_incident_rules_never_at_startup_or_daily():
    """However broken the record, start-up and daily checks do not read it."""
    rec = {"incident": {"kind": "drill", "status": "resolved", "updates": [{"status": "x"}]}}
    r, _ = incident_check(rec, "--now", "2026-03-20T12:00:00Z", "--format", "json")
    assert r.rc == 1 and json.loads(r.out)["findings"], r     # the incident profile does
    for profile in ("startup", "daily"):
        r = run("check", "--env-file", write_env({}), "--profile", profile, "--facts",
                tmpfile("rec.json", json.dumps(rec)), "--now", "2026-03-20T12:00:00Z",
                "--format", "json")
        doc = json.loads(r.out)
        assert not [f for f in doc["findings"] if f["key"].startswith("incident.")], doc


def test_explain_incident_condition():
    """explain says which fact condition made an incident rule apply."""
    r = run("explain", "incident.severity", "--profile", "incident", "--facts",
            os.path.join(OPS, "incident.json"), "--now", "2026-03-03T12:00:00Z")
    assert r.rc == 0, r
    assert "decides whether posture rule incident-status-page applies: yes, because " \
        "incident.severity is one of SEV-1, SEV-2" in r.out, r


def test_incident_policy_misuse_is_located():
    bad = tmpfile("policy.yaml", """version: 1
posture:
  - id: cadence
    key: incident.updates
    profiles: [incident]
    intervals: {key: created_at, max: 30m, warn: 60m}
""")
    r = run("policy", "lint", bad)
    assert r.rc == 2 and ("%s:6:50: error: warn must be shorter than max" % bad) in r.err, r


# Last, so that the fallback runner (no pytest) sees every test above.
if __name__ == "__main__":
    sys.exit(_main())

