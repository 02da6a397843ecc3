#!/usr/bin/env python3
"""Regenerate the seed corpora in tests/fuzz/corpus/<target>/ from the
conformance vectors, tests/policies, tests/env-files and the default policy.

Run from anywhere: python3 tests/fuzz/make_seeds.py [GENERATOR...] (all
generators by default, or the named ones: check_vars, dotenv, ...). Seeds are named
seed-*; everything else is kept (never overwritten or removed by this
script): regression inputs (regress-*) and the coverage-minimised inputs
libFuzzer found (named by their SHA-1), merged in with
  build/fuzz/tests/fuzz/<target> -merge=1 tests/fuzz/corpus/<target> build/fuzz/corpus/<target>"""
import datetime
import glob
import hashlib
import json
import os
import struct
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CORPUS = os.path.join(ROOT, "tests", "fuzz", "corpus")


def out_dir(target):
    d = os.path.join(CORPUS, target)
    os.makedirs(d, exist_ok=True)
    for f in glob.glob(os.path.join(d, "seed-*")):
        os.remove(f)
    return d


def write(d, name, data):
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogateescape")
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name)[:80]
    with open(os.path.join(d, "seed-" + safe), "wb") as f:
        f.write(data)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def vectors(kind):
    for p in sorted(glob.glob(os.path.join(ROOT, "tests", "conformance", kind, "*.json"))):
        with open(p) as f:
            yield os.path.basename(p)[:-5], json.load(f)


def policies():
    d = out_dir("fuzz_policy_load")
    write(d, "default-policy.yaml", read(os.path.join(ROOT, "libdayone", "default-policy.yaml")))
    for p in sorted(glob.glob(os.path.join(ROOT, "tests", "policies", "*", "*.yaml"))):
        write(d, os.path.basename(os.path.dirname(p)) + "-" + os.path.basename(p), read(p))
    for p in sorted(glob.glob(os.path.join(ROOT, "tests", "bad-inputs", "policies", "*.yaml"))):
        data = read(p)
        if len(data) <= 64 * 1024:
            write(d, "bad-inputs-" + os.path.basename(p), data)
    seen = set()
    for kind in ("check", "facts"):
        for name, v in vectors(kind):
            pol = v.get("policy")
            if isinstance(pol, str):
                h = hashlib.sha1(pol.encode()).hexdigest()
                if h not in seen:
                    seen.add(h)
                    write(d, kind + "-" + name + ".yaml", pol)
    for name, v in vectors("decide"):
        pol = v.get("policy")
        if isinstance(pol, str):
            write(d, "decide-" + name + ".yaml", pol)


def quote_env(value):
    if all(c.isalnum() or c in "-_./:@+=,%" for c in value):
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def dotenv():
    d = out_dir("fuzz_dotenv")
    for p in sorted(glob.glob(os.path.join(ROOT, "tests", "env-files", "*.env"))):
        write(d, "env-files-" + os.path.basename(p), read(p))
    for p in sorted(glob.glob(os.path.join(ROOT, "tests", "bad-inputs", "env", "*.env"))):
        data = read(p)
        if len(data) <= 64 * 1024:
            write(d, "bad-inputs-" + os.path.basename(p), data)
    for name, v in vectors("check"):
        env = v.get("env") or {}
        text = "".join("%s=%s\n" % (k, quote_env(str(val))) for k, val in env.items())
        write(d, "check-" + name + ".env", text)
    # The dialect comparison corpus: every dialect's quoting, escapes and
    # ${VAR} forms (fuzz_dotenv reads each input in all three dialects).
    for p in sorted(glob.glob(os.path.join(ROOT, "tests", "env-dialects", "corpus", "*.env"))):
        write(d, "dialects-" + os.path.basename(p), read(p))
    write(d, "interpolation.env",
          "A=1\nB=${A}/x\nC=${X:-d}${Y-e}${Z:+f}${A+g}\nD=$A$$\nE=${A:?m}\n"
          "F=\"${X:-${A:-${B}}}\"\nG='${A}'\nH=\"\\$A \\0101\"\nSHELL_VAR\nI=${SHELL_VAR}\n")
    write(d, "styles.env",
          "# comment\nexport A=1\nB='single $x'\nC=\"double \\n \\t \\\" \\\\ ${A}\"\n"
          "D=\"multi\nline\"\nE= spaced value # trailing comment\nF=\n\nG=a=b=c\r\n")


FORMAT_VALUES = {
    0: ["https://example.com/x?y=1#z", "ftp://u:p@[::1]:21/", "not a url"],
    1: ["https://login.example.com/", "http://example.com"],
    2: ["postgresql://user@db.internal:5432/app", "mongodb+srv://a,b,c/db", "sqlite:///x.db"],
    3: ["postgres://db/app", "mysql://db/app"],
    4: ["AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", "abc", "a==="],
    5: ["AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="],
    6: ["AAECAwQFBgcICQoLDA0ODw", "-_-_-_-_"],
    7: ["deadbeef", "abc", "0x12"],
    8: ["00" * 32],
    9: ["AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", "00" * 32, "00" * 31],
    10: ["AAEC"],
    11: ["sk_live_FAKEdayonepP9ujrmF4i52PRqz2Vuv4ire", "sk_test_abc", "rk_test_" + "a" * 24],
    12: ["whsec_FAKEdayoneltM1fEvMx8qw9bYWGlpt1F9X", "whsec_"],
    13: ["123e4567-e89b-12d3-a456-426614174000", "123e4567e89b12d3a456426614174000"],
    14: ["-9223372036854775808", "9223372036854775808", "+0", "12a"],
    15: ["-5", "-4", "-9223372036854775808"],
    16: ["65535", "65536", "0", "080"],
    17: ["strict", "soft", "", "STRICT"],
    18: ["TRUE", "off", "maybe", " yes "],
    19: ["anything"],
    # 240, 241: pem_private_key, pem_certificate (hand-made DER; the FAKE keys
    # and certificates of the conformance vectors are added below)
    240: ["-----BEGIN PRIVATE KEY-----\nMAMCAQA=\n-----END PRIVATE KEY-----\n",
          "-----BEGIN RSA PRIVATE KEY-----\r\nMAMCAQA=\r\n-----END RSA PRIVATE KEY-----",
          "-----BEGIN EC PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n\nMAMCAQA=\n"
          "-----END EC PRIVATE KEY-----\n",
          "-----BEGIN PRIVATE KEY-----\\nMAMCAQA=\\n-----END PRIVATE KEY-----",
          "-----BEGIN PRIVATE KEY-----\nMIACAQAAAA==\n-----END PRIVATE KEY-----\n"],
    241: ["-----BEGIN CERTIFICATE-----\nMAIwAA==\n-----END CERTIFICATE-----\n" * 2,
          "-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n",
          "-----BEGIN CERTIFICATE-----\nMAIwAA==\n-----END CERTIFICAT"],
}
GENERIC = ["changeme", "change-me", "<fill>", "${SECRET}", "TODO", "xxxxxxxx",
           "your-api-key-here", "aaaaaaaaaaaa", "a" * 40 + "b", "\xc3\xa9t\xc3\xa9-caf\xc3\xa9",
           "\xff\xfe\x80", "\xe2\x82", "tok_\xf0\x9f\x98\x80_abcd", ""]


def formats():
    d = out_dir("fuzz_formats")
    for sel, values in FORMAT_VALUES.items():
        for i, v in enumerate(values):
            write(d, "fmt%02d-%d" % (sel, i), bytes([sel]) + v.encode("latin-1"))
    for i, v in enumerate(GENERIC):
        write(d, "generic-%d" % i, bytes([19]) + v.encode("latin-1"))
    for name, v in vectors("check"):
        for k, val in sorted((v.get("env") or {}).items()):
            sel = int(hashlib.sha1((name + k).encode()).hexdigest(), 16) % 20
            write(d, "check-%s-%s" % (name, k), bytes([sel]) + str(val).encode())
            if "-----BEGIN" in str(val):
                for sel in (240, 241):
                    write(d, "check-%s-%s-pem%d" % (name, k, sel), bytes([sel]) + str(val).encode())


PLANS = ["free", "pro", "business", "enterprise"]
LIMITS = ["ingest", "api"]


def decide_program(v):
    enf = {"strict": 1, "soft": 2, "off": 3}.get(v.get("enforcement"), 0)
    out = bytearray([63, enf])  # capacity 64
    for s in v.get("steps", [])[:64]:
        ctl = 1 | 2 | 4
        plan, limit = s.get("plan") or "", s.get("limit") or ""
        if plan not in PLANS:
            ctl |= 8
        if limit not in LIMITS:
            ctl |= 16
        if s.get("feature"):
            ctl |= 32
        if s.get("key") is None:
            ctl |= 64
        out.append(ctl)
        usage = s.get("usage")
        out += struct.pack(">q", int(s.get("cost") or 0))
        out += struct.pack(">q", -1 if usage is None else int(usage))
        out += struct.pack(">q", int(s.get("now_ns") or 0))
        out += (plan.encode() + b"\0") if ctl & 8 else bytes([PLANS.index(plan)])
        out += (limit.encode() + b"\0") if ctl & 16 else bytes([LIMITS.index(limit)])
        if ctl & 32:
            out += s["feature"].encode() + b"\0"
        if not ctl & 64:
            out += (s.get("key") or "").encode() + b"\0"
    return bytes(out)


def decide():
    d = out_dir("fuzz_decide")
    for name, v in vectors("decide"):
        if v.get("policy") is None:
            write(d, "decide-" + name, decide_program(v))
    # batches, extreme costs and clocks
    write(d, "batch", bytes([3, 1]) + (bytes([128, 1, 0, 5, 0, 0]) + b"t\0") * 9)
    big = bytearray([0, 0])
    for c in (2**63 - 1, -(2**63), 10**9, 10**9 + 1, -1, 0):
        big += bytes([7]) + struct.pack(">qqq", c, c, c) + bytes([0, 0]) + b"k\0"
    write(d, "extremes", bytes(big))
    # the policy of anchored and daily quotas (enforcement byte bit 2): each
    # request ends with its period byte, anchor and wall time - small valid
    # ones across period boundaries, none (refused), then any 8 bytes
    req = bytes([0, 1, 0, 3, 0, 0]) + b"t\0"
    prog = bytearray([3, 4])
    for k in range(12):
        prog += req + bytes([0, 200, 150 + k % 3])
    prog += req + bytes([0, 0, 150])
    prog += bytes([0, 1, 0, 3, 0, 1]) + b"t\0" + bytes([0, 200, 151])
    prog += bytes([128]) + req[1:] + bytes([3]) + struct.pack(">qq", -1, 2**63 - 1)
    prog += bytes([128]) + req[1:] + bytes([3]) + struct.pack(">qq", 1706659200,
                                                             1709164800 * 10**9)
    write(d, "anchored", bytes(prog))
    for name, data in multi_programs():
        write(d, name, data)


MULTI_PLANS = ["free", "pro", "max"]        # fuzz_decide.c's g_multi_plans
MULTI_LIMITS = ["ingest", "api", "export"]  # and g_multi_limits


def program(first, enf, steps, plans, limits):
    """Requests (plan, limit, key, cost, usage, now_ns, batched) as
    fuzz_decide.c reads them. Every seventh step (index 6, 13, ...) is also
    a limit_reset of that request's (key, plan, limit), shaped by its usage
    (0: an engineer with a reason and a ticket, a full reset of both;
    16: of the rates; 32: of the quota; odd: the support role, denied) and
    its cost (the credit, mod 4)."""
    out = bytearray([first, enf])
    for plan, limit, key, cost, usage, now, batched in steps:
        out.append(1 | 2 | 4 | (128 if batched else 0))
        out += struct.pack(">qqq", cost, usage, now)
        out += bytes([plans.index(plan), limits.index(limit)])
        out += key.encode() + b"\0"
    return bytes(out)


def multi_programs():
    """Seeds for the policy of several rates (first byte's bit 6) and for
    limit_reset: bursts into each rate, a reset at step 6, and after it."""
    S = 10**9
    multi = 64 | 63  # the policy of several rates, capacity 64

    def burst_then_reset(plan, limit, key, usage_at_reset, cost_at_reset, tail=6):
        steps = [(plan, limit, key, 1, -1, S, False)] * 6
        steps.append((plan, limit, key, cost_at_reset, usage_at_reset, S, False))
        steps += [(plan, limit, key, 1, -1, S + i * S // 10, False) for i in range(tail)]
        return steps

    yield "multi-free-ingest-reset", program(multi, 1, burst_then_reset(
        "free", "ingest", "t", 0, 0), MULTI_PLANS, MULTI_LIMITS)
    yield "multi-free-api-reset-rates", program(multi, 1, burst_then_reset(
        "free", "api", "t", 16, 1), MULTI_PLANS, MULTI_LIMITS)
    yield "multi-free-export-reset-quota", program(multi, 1, burst_then_reset(
        "free", "export", "q", 32, 2, tail=25), MULTI_PLANS, MULTI_LIMITS)
    yield "multi-override-reset", program(multi, 0, burst_then_reset(
        "free", "ingest", "big", 0, 0), MULTI_PLANS, MULTI_LIMITS)
    yield "multi-denied-reset", program(multi, 2, burst_then_reset(
        "pro", "api", "t", 1, 0), MULTI_PLANS, MULTI_LIMITS)
    yield "multi-max-four-rates", program(multi, 0, [
        ("max", limit, "m", 1, -1, S + i * S // 3, i % 3 == 0)
        for i in range(20) for limit in ("api", "ingest", "export")][:60],
        MULTI_PLANS, MULTI_LIMITS)
    yield "multi-pro-shadow", program(multi, 3, [
        ("pro", "ingest", "s", 7, -1, S, True)] * 14, MULTI_PLANS, MULTI_LIMITS)
    yield "default-reset", program(63, 1, burst_then_reset(
        "free", "ingest", "t", 0, 0), PLANS, LIMITS)


def redis_reply():
    """Script replies after a step header (fuzz_redis_reply.c): the four
    codes as the script sends them, then wrong types, nil and nested
    elements, truncated arrays and integers past int64 and past 2^53."""
    d = out_dir("fuzz_redis_reply")

    def header(flags, emission, cost, quota, usage):
        return bytes([flags]) + struct.pack(">qqqq", emission, cost, quota, usage)

    def arr(*items):
        return ("*%d\r\n" % len(items)).encode() + b"".join(items)

    def i(v):
        return (":%d\r\n" % v).encode()

    h = header(0x13, 100000000, 1, 1000, -1)
    write(d, "allow", h + arr(i(0), i(0), i(400000000), i(0), i(100000000), i(7)))
    write(d, "overage", header(0x0c, 100000000, 2, 10, 9)
          + arr(i(1), i(0), i(0), i(0), i(200000000), i(-1)))
    write(d, "deny-rate", h + arr(i(2), i(0), i(50000000), i(1), i(0), i(7)))
    write(d, "deny-quota", h + arr(i(3), i(0), i(0), i(0), i(0), i(1000)))
    write(d, "banned", h + arr(i(4), i(29), i(999000000), i(0), i(0), i(-1)))
    # the shared banlist's listing: {total, member, remaining ms, bans, ...}
    def s(v):
        return b"$%d\r\n%s\r\n" % (len(v), v)
    write(d, "bans-list", header(0x07, 1, 1, -1, -1)
          + arr(i(3), s(b"api\nabuser"), i(4500), i(1), s(b"ingest\n" + b"k" * 80), i(0), i(2))
          + arr(i(0)) + arr(i(1), s(b"no-newline"), i(1), i(1))
          + arr(i(1), s(b"api\nx"), b"$-1\r\n", i(1)))
    write(d, "pipeline", h + arr(i(0), i(0), i(0), i(0), i(1), i(-1)) * 3)
    write(d, "wrong-types", h + arr(b"$2\r\nok\r\n", i(0), i(0), i(0), i(0), i(0))
          + b"+OK\r\n" + b"-NOSCRIPT No matching script\r\n" + b"$-1\r\n")
    write(d, "nil-and-nested", h + arr(i(0), b"$-1\r\n", i(0), i(0), i(0), i(0))
          + arr(arr(i(0)), i(0), i(0), i(0), i(0), i(0)))
    write(d, "short-and-long", h + arr(i(0), i(0), i(0)) + arr(*[i(0)] * 7))
    write(d, "truncated", h + b"*6\r\n:0\r\n:1\r\n:2")
    write(d, "huge", h + arr(i(2), i(2**63 - 1), i(999999999), i(9223372035), i(0), i(2**53))
          + arr(i(0), i(-1), i(0), i(0), i(0), i(0))
          + arr(i(2), i(0), i(10**9), i(0), i(0), i(0))
          + arr(i(0), i(0), i(0), i(0), i(0), i(2**53 + 1)))
    write(d, "unknown-code", h + arr(i(7), i(0), i(0), i(0), i(0), i(0))
          + arr(i(-1), i(0), i(0), i(0), i(0), i(0)))
    # A batch call's flat reply (redis_batch.h), read for 1 + (flags >> 5)
    # decisions: entries of a count and its integers, or an error; then
    # framings the split refuses (a count past the end, a count the script
    # never sends, an element left over).
    hb = header(0x53, 100000000, 1, 1000, -1)  # three decisions
    allow = [i(0), i(0), i(400000000), i(0), i(100000000), i(7)]
    deny = [i(2), i(0), i(50000000), i(1), i(0), i(7)]
    write(d, "batch-flat", hb + arr(i(6), *allow, b"-ERR boom\r\n", i(6), *deny))
    write(d, "batch-flat-bad", hb + arr(i(6), *allow, i(30), i(0))
          + arr(i(5), *allow[:5], i(6), *deny, b"-ERR x\r\n")
          + arr(i(6), *allow, b"-ERR x\r\n", i(6), *deny, i(0)))
    # Past int64: hiredis refuses it as a protocol error, ending the input.
    write(d, "overflow", h + b"*6\r\n:99999999999999999999\r\n:0\r\n:0\r\n:0\r\n:0\r\n:0\r\n")


def postmortem():
    """Post-incident reports: every conformance vector's report, and the
    shapes a Markdown walker must survive (deep nesting, wide tables, NUL
    and invalid UTF-8, CRLF, stray times and owners)."""
    d = out_dir("fuzz_postmortem")
    for name, v in vectors("postmortem"):
        write(d, name, v["report"])
    write(d, "nested-quotes", "> " * 2000 + "## Timeline\n- 14:05 x\n")
    write(d, "nested-lists", "".join("  " * k + "- 2026-03-04T14:%02dZ\n" % (k % 60)
                                     for k in range(300)))
    write(d, "wide-table", "## Preventative actions\n\n|" + "Owner|" * 500 + "\n|"
          + "-|" * 500 + "\n|" + "@a|" * 500 + "\n")
    write(d, "nul-and-bad-utf8", b"## Root cause\x00\n\n\xff\xfe TODO \xc3\n- 99:99Z\n")
    write(d, "crlf", "## Timeline\r\n\r\n- 2026-03-04T14:05+01:00 a\r\n- 13:06 b\r\n")
    write(d, "times", "## Timeline\n\n" + "".join("- %s x\n" % t for t in (
        "2026-02-30T10:00Z", "2026-03-04T24:00Z", "2026-03-04T10:00:60Z", "9:05", "09:05:07.123",
        "2026-03-04 10:00 UTC", "2026-03-04t10:00z", "1677-09-21T00:12Z", "2262-04-12T00:00Z",
        "2026-03-04T10:00+99:99", "10:00-05:00", "2026-03-04T10:00:00.1234567891Z")))
    write(d, "owners", "## Action items\n\n- owner:@x\n- OWNERS : @-\n- owner: @\n- owner @y\n"
          "| owner |\n|--|\n| @ |\n| x@y |\n")
    write(d, "headings", "# 1.\n## 2) \n### Root cause:::\n#### 3 - Timeline\nSetext\n===\n")
def status():
    """Facts documents for fuzz_status: the example health facts and the
    facts of the status vectors, as JSON and as YAML-ish flow text."""
    d = out_dir("fuzz_status")
    write(d, "health.json", read(os.path.join(ROOT, "examples", "ops", "health.json")))
    for name, v in vectors("status"):
        if v.get("facts") is not None:
            write(d, name + ".json", json.dumps(v["facts"], indent=1))
    write(d, "empty", b"")


# fuzz_check_vars.c's tables: the Unix seconds its "now" bits pick, how many
# fixture files a _FILE value's first byte picks from (0: a 32-byte hex key,
# 1: an https URL), and its policy byte's YAML-from-the-input bit.
CHECK_NOWS = [1772409600, 1772442000, 1772539200, 1774008000,
              1780272000, 1795737600, -9223200000, 1772326800]
CHECK_POLICY_FROM_INPUT = 0x80


def check_policy_table():
    """The check vectors' distinct policies, numbered as
    embed_check_policies.cmake numbers them (first seen in file name order)."""
    table = []
    for _, v in vectors("check"):
        pol = v.get("policy")
        if isinstance(pol, str) and pol not in table:
            table.append(pol)
    return table


def cv_pair(name, value):
    """A pair with a raw name and a raw value of any length: control 0x0f."""
    if isinstance(name, str):
        name = name.encode()
    if isinstance(value, str):
        value = value.encode()
    return bytes([0x0F, len(name)]) + name + struct.pack(">H", len(value)) + value


def cv_long(name, count, fill):
    """A raw name and a value of (count + 1) * 17 copies of fill: control 0x0b."""
    name = name.encode()
    return bytes([0x0B, len(name)]) + name + struct.pack(">HB", count, ord(fill))


def cv_header(policy_index=0, options=0, yaml=None, facts=None):
    """The policy byte, the options byte, then the YAML policy and the
    facts document when there are any."""
    sel = CHECK_POLICY_FROM_INPUT if yaml is not None else policy_index
    out = bytearray([sel, options | (0x10 if facts is not None else 0)])
    if yaml is not None:
        out += struct.pack(">H", len(yaml)) + yaml.encode()
    if facts is not None:
        out += struct.pack(">H", len(facts)) + facts.encode()
    return bytes(out)


def check_vars():
    """fuzz_check_vars: every check vector (its policy by number, options,
    facts, variables), then the paths the vectors do not take: the redo
    after a lookup outside the policy's names, the allocated block (more
    than 4 KB of kept names and values), the value limit, bad pairs and
    a large environment of names the policy does not read."""
    d = out_dir("fuzz_check_vars")
    table = check_policy_table()
    for name, v in vectors("check"):
        pol = v.get("policy")
        opts = v.get("options") or {}
        o = (1 if opts.get("presence_only") else 0) | (2 if opts.get("no_secret_files") else 0)
        o |= {(): 0, ("daily",): 4, ("incident",): 8,
              ("startup", "daily"): 12}.get(tuple(opts.get("profiles") or ()), 0)
        when = opts.get("now") or opts.get("today")
        if when:
            t = when if "T" in when else when + "T00:00:00Z"
            secs = int(datetime.datetime.fromisoformat(t.replace("Z", "+00:00")).timestamp())
            if secs in CHECK_NOWS:
                o |= CHECK_NOWS.index(secs) << 5
        facts = json.dumps(v["facts"]) if v.get("facts") is not None else None
        data = cv_header(table.index(pol) + 1 if isinstance(pol, str) else 0, o, facts=facts)
        for k, val in (v.get("env") or {}).items():
            # a NAME_FILE value: byte 6 picks the fixture key file
            data += cv_pair(k, "\x06" if str(val).startswith("{files}") else str(val))
        write(d, "check-" + name, data)

    good = [("SECRET_KEY", "FAKE-k3y-Zq8vLw2xN9pR4tY7uB1cE5gH0jM6sD3f"),
            ("DATABASE_URL", "postgresql://app@db.dayone-test.internal:5432/app"),
            ("INTEGRATION_ENCRYPTION_KEY", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=")]
    base = b"".join(cv_pair(k, val) for k, val in good)
    # A key too long for its NAME_FILE name to join the policy's names: with
    # a NAME_FILE variable in the environment the check looks that name up,
    # strays, and dayone_check_vars redoes it on a full snapshot.
    long_key = "K" * 252
    stray_policy = "version: 1\nsecrets:\n  - key: %s\n    min_length: 8\n  - key: SHORT\n" % long_key
    write(d, "stray-long-key-file", cv_header(yaml=stray_policy)
          + cv_pair(long_key, "12345678") + cv_pair("SHORT_FILE", "\x06")
          + cv_pair("UNREAD_FILE", "\x01"))
    # ... and that NAME_FILE name set (too long for a raw name: the policy's
    # first name, the long key, + "_FILE"; value byte 6: the fixture key),
    # which only the redo reads.
    write(d, "stray-long-key-file-set", cv_header(yaml=stray_policy)
          + bytes([0x0E, 0, 0, 1, 6]) + cv_pair("OTHER", "x"))
    # The allocated block: one kept value past 4 KB, many kept pairs, and a
    # value past the 1 MiB limit (DAYONE_ELIMIT on both paths).
    write(d, "heap-one-long-secret", cv_header() + base + cv_long("SECRET_KEY", 300, "q"))
    write(d, "heap-many-kept", cv_header() + base + b"".join(
        cv_pair(k, "v" * 90) for k in ("ENVIRONMENT", "LAUNCH_MODE", "BILLING_ENABLED",
                                        "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET",
                                        "SSO_ENABLED", "SSO_CLIENT_ID", "SSO_CLIENT_SECRET",
                                        "SSO_ISSUER_URL", "ZERO_TRUST_API_KEY") * 6))
    write(d, "heap-stray", cv_header(yaml=stray_policy) + cv_long("SHORT", 400, "z")
          + cv_pair("X_FILE", "\x01"))
    write(d, "value-past-limit", cv_header() + base + cv_long("SECRET_KEY", 61681, "a"))
    write(d, "value-past-limit-unread", cv_header() + base + cv_long("NOT_READ", 61681, "a"))
    # Bad pairs, kept or not, first or last: the first one is the error.
    write(d, "bad-names", cv_header() + base + cv_pair("A-B", "v") + cv_pair("9A", "v")
          + cv_pair("SECRET\0KEY", "v") + cv_pair("", "v"))
    write(d, "bad-value-kept", cv_header() + cv_pair("SECRET_KEY", "abc\0def") + base)
    write(d, "bad-value-unread", cv_header() + base + cv_pair("UNREAD", "abc\0def"))
    write(d, "null-name", cv_header() + base + bytes([0x4F, 0, 0, 1]) + b"v")
    write(d, "null-value", cv_header() + bytes([0x1F, 10]) + b"SECRET_KEY" + bytes([0, 0]) + base)
    # Duplicates (the last wins), NAME_FILE beside its name, flags on.
    write(d, "duplicates-and-files", cv_header() + base + cv_pair("SECRET_KEY", "short")
          + cv_pair("SECRET_KEY_FILE", "\x06") + cv_pair("DATABASE_URL_FILE", "\x01")
          + cv_pair("LAUNCH_MODE", "true") + cv_pair("ENVIRONMENT", "prod")
          + cv_pair("BILLING_ENABLED", "yes") + cv_pair("STRIPE_SECRET_KEY_FILE", "\x05")
          + cv_pair("SECRET_KEY", "FAKE-k3y-Zq8vLw2xN9pR4tY7uB1cE5gH0jM6sD3f"))
    # A process-sized environment: 300 names the policy does not read.
    write(d, "large-environment", cv_header() + base + b"".join(
        cv_pair("APP_SETTING_%03d" % i, "value-%d" % i) for i in range(300)))
    # The compact forms: names by number, values from the target's table.
    write(d, "compact", cv_header(options=0x04) + bytes(
        [0x04, 3, 8, 0x04, 1, 1, 0x06, 5, 0, 0x01, 2, 7, 0x05, 9, 22]))


if __name__ == "__main__":
    # Optional arguments name the generators to run (e.g. check_vars); by
    # default all of them.
    generators = [policies, status, dotenv, formats, decide, redis_reply, postmortem, check_vars]
    wanted = set(sys.argv[1:])
    for g in generators:
        if not wanted or g.__name__ in wanted:
            g()
    for t in sorted(os.listdir(CORPUS)):
        print(t, len(os.listdir(os.path.join(CORPUS, t))))
