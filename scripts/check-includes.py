#!/usr/bin/env python3
"""check-includes.py - the library's internal structure, checked.

Layers, lowest first. A module (foo.c with its header foo.h) may include
only modules of its own layer or of a lower one, and no two modules may
include each other, directly or through others:

  util     alloc, error, text, clock, hash, mark, strbuf, sf_string, civil
  yaml     yaml_doc                      (the strict YAML tree)
  model    policy, policy_rules, policy_plans, policy_support
                                         (the compiled policy: its core, its
                                          check side with PCRE2, its
                                          enforcement side without)
  values   formats, format_pem, pattern, placeholder, entropy
                                         (judging one value against dy_checks)
  loader   policy_load, policy_load_*    (YAML -> model)
  env      env_items, env_arena, env, secret_file, dotenv, dotenv_*,
           env_sources                   (snapshots and their sources)
  documents decimal, time_value, fact_tree, facts_address, facts_document, facts
                                         (facts documents and the time and
                                          number values in them)
  conditions flag, environment, condition (what the policy says of a snapshot)
  report   report, report_* writers      (the finding store, and rendering it)
  check    check_*, check, explain, failfast, policy_lint
  access   access_reason, access_event, access
                                         (staff actions and their audit event)
  limiter  quota_period, quota_count, gcra, limiter_table, outcome, limiter_rates,
           limiter_backend, limiter,
           decision                      (rate decisions; no PCRE2)
  backend  backend_none, redis_*         (shared state behind the limiter)

Besides the order this script checks that
  - every dy_ function or variable a header declares is defined in the .c
    file named after that header (one header per .c, declaring only what
    that .c defines), so the include graph is the real dependency graph;
  - nothing in the limiter or backend layers reaches <pcre2.h> (their
    files and the headers these include, transitively: they compile
    without PCRE2);
  - every libdayone/*.c, tests/unit/test_*.c and include/dayone/*.h is
    listed in its CMakeLists.txt (the build lists files explicitly).

Usage: check-includes.py [ROOT]
ROOT is the source tree (default: this script's parent). Exit 0 when
clean, 1 with one line per problem.
"""
import os
import re
import sys

LAYERS = [
    ("util", ["alloc_arena", "alloc", "error", "text", "clock", "hash", "mark", "strbuf", "sf_string", "civil"]),
    ("yaml", ["yaml_doc"]),
    ("documents", ["decimal", "time_value", "fact_tree", "facts_address", "facts_document",
                   "facts"]),
    ("model", ["policy", "policy_rules", "policy_patterns", "policy_sequence", "policy_plans", "policy_support",
               "policy_postmortem", "policy_status"]),
    ("values", ["format_shapes", "formats", "format_pem", "pattern", "placeholder", "entropy"]),
    ("loader", ["default_policy_tree", "policy_snapshot", "default_policy_snapshot", "policy_load", "policy_load_cond", "policy_load_environment", "policy_load_rules",
                "policy_load_facts", "policy_load_sequence", "policy_load_fact_more", "policy_load_profiles", "policy_load_plans",
                "policy_load_backend", "policy_load_support", "policy_load_periods", "policy_load_postmortem",
                "policy_load_status", "policy_load_overrides", "policy_schema"]),
    ("env", ["env_items", "env_arena", "env", "secret_file", "dotenv_parser", "dotenv",
             "dotenv_compose", "dotenv_docker", "dotenv_python", "dotenv_template",
             "env_sources"]),
    ("conditions", ["flag", "environment", "condition_fact", "condition"]),
    ("report", ["report", "report_location", "report_rules", "report_text",
                "report_json", "report_sarif", "report_junit", "report_render"]),
    ("check", ["check_value", "check_ctx", "check_file", "check_emit", "check_sequence", "check_fact_more",
               "check_fact", "check", "check_vars",
               "explain", "failfast", "policy_lint"]),
    ("postmortem", ["postmortem_markdown", "postmortem_time", "postmortem",
                    "postmortem_template"]),
    ("status", ["status_check", "status", "status_render"]),
    ("access", ["access_reason", "access_event", "access"]),
    ("limiter", ["quota_period", "quota_count", "gcra", "limiter_table", "outcome", "counters",
                 "banlist", "override_table", "limiter_rates", "limiter_backend", "limiter",
                 "decision"]),
    ("stats", ["limiter_stats", "metrics_prometheus", "limiter_bans", "limiter_overrides",
               "limiter_reset"]),
    ("backend", ["backend_none", "redis_script", "redis_reply", "redis_conn", "redis_batch",
                 "redis_near", "redis_keys", "redis_decide", "redis_bans", "redis_reset",
                 "redis_backend"]),
]
NO_PCRE2_LAYERS = {"limiter", "stats", "backend"}

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)
# A dy_ name followed by "(" (a function) or "[" (an array) at file scope.
DECL = re.compile(r'\b(dy_[A-Za-z0-9_]+)\s*[(\[]')


TOKEN = re.compile(r'/\*.*?\*/|//[^\n]*|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', re.S)


def strip_comments(text):
    """Comments out (line numbers kept), string and character literals kept."""
    def repl(m):
        t = m.group(0)
        return t if t[0] in "\"'" else "\n" * t.count("\n")
    return TOKEN.sub(repl, text)


def strip_literals(text):
    """Comments and literals out: what is left is the code's structure."""
    return TOKEN.sub(lambda m: "\n" * m.group(0).count("\n") if m.group(0)[0] == "/" else '""', text)


def top_level_statements(text):
    """File-scope statements: (text, ends_with) where ends_with is ';' or '{'.
    Bodies of functions, structs and initialisers are skipped."""
    out, depth, start, paren = [], 0, 0, 0
    for i, ch in enumerate(text):
        if ch == "(":
            paren += 1
        elif ch == ")":
            paren -= 1
        elif ch == "{":
            if depth == 0 and paren == 0:
                out.append((text[start:i], "{"))
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                start = i + 1
        elif ch == ";" and depth == 0 and paren == 0:
            out.append((text[start:i], ";"))
            start = i + 1
    return out


def names_in(statement):
    """The dy_ name a file-scope declaration or definition introduces."""
    lines = [l for l in statement.split("\n") if not l.lstrip().startswith("#")]
    s = " ".join(lines).strip()
    if not s or s.startswith("typedef") or re.match(r"^(static|struct\s+\w+\s*$|enum)", s):
        return []
    m = DECL.search(s)
    return [m.group(1)] if m else []


def scan(root):
    lib = os.path.join(root, "libdayone")
    files = sorted(f for f in os.listdir(lib) if f.endswith((".c", ".h")))
    raw = {f: open(os.path.join(lib, f), encoding="utf-8").read() for f in files}
    text = {f: strip_comments(t) for f, t in raw.items()}
    code = {f: strip_literals(t) for f, t in raw.items()}
    return lib, files, text, code


def main(argv):
    args = argv[1:]
    root = args[0] if args else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    lib, files, text, code = scan(root)
    problems = []
    layer_of = {m: i for i, (_, ms) in enumerate(LAYERS) for m in ms}
    layer_name = [n for n, _ in LAYERS]
    stem = lambda f: f.rsplit(".", 1)[0]
    modules = sorted({stem(f) for f in files})

    for m in modules:
        if m not in layer_of:
            problems.append(f"libdayone/{m}: not in any layer (add it to LAYERS in scripts/check-includes.py)")

    # Who defines what (non-static file-scope functions and variables).
    defined_in = {}
    for f in files:
        if not f.endswith(".c"):
            continue
        for stmt, end in top_level_statements(code[f]):
            if end == "{" or (end == ";" and "=" in stmt and "extern" not in stmt):
                for n in names_in(stmt):
                    defined_in.setdefault(n, stem(f))
    # Headers declare only what their own .c defines.
    for f in files:
        if not f.endswith(".h"):
            continue
        for stmt, end in top_level_statements(code[f]):
            if end != ";" or re.match(r"\s*static\b", stmt):
                continue
            for n in names_in(stmt):
                owner = defined_in.get(n)
                if owner is None:
                    if "default_policy" not in n:  # generated by cmake/embed.cmake
                        problems.append(f"libdayone/{f}: declares {n}, defined in no .c file")
                elif owner != stem(f):
                    problems.append(f"libdayone/{f}: declares {n}, which {owner}.c defines "
                                    f"(move it to {owner}.h)")

    # The module graph.
    edges = {m: set() for m in modules}
    file_edges = {f: set() for f in files}
    file_system = {f: set() for f in files}
    for f in files:
        for kind, inc in INCLUDE.findall(text[f]):
            if kind == "<":
                file_system[f].add(inc)
            elif "/" not in inc and os.path.exists(os.path.join(lib, inc)):
                file_edges[f].add(inc)
                if stem(inc) != stem(f):
                    edges[stem(f)].add(stem(inc))
    for a in modules:
        for b in sorted(edges[a]):
            if a in layer_of and b in layer_of and layer_of[b] > layer_of[a]:
                problems.append(f"libdayone/{a}: includes {b}.h, but {layer_name[layer_of[b]]} "
                                f"is above {layer_name[layer_of[a]]}")

    # Cycles (depth-first search; each cycle reported once by its members).
    seen_cycles, state = set(), {}

    def visit(m, path):
        state[m] = 1
        path.append(m)
        for n in sorted(edges[m]):
            if state.get(n) == 1:
                cyc = path[path.index(n):]
                key = frozenset(cyc)
                if key not in seen_cycles:
                    seen_cycles.add(key)
                    problems.append("include cycle: " + " -> ".join(cyc + [n]))
            elif n not in state:
                visit(n, path)
        path.pop()
        state[m] = 2

    for m in modules:
        if m not in state:
            visit(m, [])

    # No PCRE2 under the limiter: what its translation units see, that is
    # its own files and the headers they include, transitively (a header's
    # .c file is compiled apart, so its includes do not count).
    def reaches_pcre2(f, seen):
        if "pcre2.h" in file_system[f]:
            return [stem(f)]
        for h in sorted(file_edges[f]):
            if h not in seen:
                seen.add(h)
                via = reaches_pcre2(h, seen)
                if via:
                    return [stem(f)] + via
        return None

    for m in modules:
        if m in layer_of and layer_name[layer_of[m]] in NO_PCRE2_LAYERS:
            for f in (m + ".c", m + ".h"):
                if f in file_edges:
                    via = reaches_pcre2(f, {f})
                    if via:
                        problems.append(f"libdayone/{m}: reaches <pcre2.h> via " +
                                        " -> ".join([m] + [v for v in via[1:]]))
                        break

    # The build lists every file.
    def listed(cmake, names, where):
        path = os.path.join(root, cmake)
        if not os.path.exists(path):
            return
        body = strip_cmake_comments(open(path, encoding="utf-8").read())
        for n in names:
            if not re.search(r"(?<![\w./-])" + re.escape(n) + r"(?![\w.-])", body):
                problems.append(f"{where}/{n}: not listed in {cmake}")

    listed("libdayone/CMakeLists.txt", [f for f in files if f.endswith(".c")], "libdayone")
    unit = os.path.join(root, "tests", "unit")
    if os.path.isdir(unit):
        tests = sorted(f[:-2] for f in os.listdir(unit) if re.match(r"test_.*\.c$", f))
        listed("tests/CMakeLists.txt", tests, "tests/unit")
    pub = os.path.join(root, "include", "dayone")
    if os.path.isdir(pub):
        listed("tests/headers/CMakeLists.txt",
               ["dayone/" + f for f in sorted(os.listdir(pub)) if f.endswith(".h")], "include")

    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s) in the library's structure", file=sys.stderr)
        return 1
    print(f"{len(modules)} modules in {len(LAYERS)} layers: no cycle, no include against "
          "the layer order, every header declares only its own .c")
    return 0


def strip_cmake_comments(body):
    return re.sub(r"#[^\n]*", "", body)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
