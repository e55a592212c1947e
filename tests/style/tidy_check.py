#!/usr/bin/env python3
"""dispatchsim's style rules, checked on the source tree (a ctest test runs this on every build).

Rules (each violation prints FILE:LINE: [rule] message; exit 1 if any, 0 if none, 2 on bad usage):
  function-length   a function body is at most 70 lines (TigerBeetle's limit; a reader sees it whole)
  determinism       sim/, model/, faults/ read no OS clock, no ambient randomness, start no thread,
                    never sleep, set no SQLite busy timeout, iterate no hash-ordered container
  variant-compare   no comparison with a variant's name outside model/dispatch/variant_catalogue.*: what a
                    variant is comes from the catalogue's row (its role, whether it takes fixes)
  upward-include    a layer includes only the layers below it
                    (cli -> reports -> explore -> scenarios -> faults -> backends -> model -> sim)
  wing              inside model/, a wing includes only itself and the wings below it (MODEL_WINGS);
                    base, ports, clients and dispatch include nothing from sim/ but its vocabulary
                    (virtual_time.hpp, stable_hash.hpp): the dispatch logic cannot reach the simulator
A line that must break a rule says why with `tidy: allow RULE (reason)` in a comment on it or on
the line above. Functions longer than the limit that predate the rule are listed in tidy_allowlist.txt with their
current length: they may shrink, never grow, and no new one may join them.
"""
import argparse
import os
import re
import sys

LAYERS = ["sim", "model", "backends", "faults", "scenarios", "explore", "reports", "cli"]
SIMULATED_LAYERS = {"sim", "model", "faults"}
MAX_FUNCTION_LINES = 70
DETERMINISM_PATTERNS = [
    (r"\b(system_clock|steady_clock|high_resolution_clock)\b", "reads the OS clock"),
    (r"(?<![\w.:>])time\s*\(", "reads the OS clock"),
    (r"(?<![\w.:>])s?rand\s*\(|\brandom_device\b|\bmt19937", "uses ambient randomness"),
    (r"\bstd::thread\b|\bstd::jthread\b|\bpthread_create\b", "starts a thread"),
    (r"\bthis_thread::sleep|\bthis_fiber::sleep|\busleep\s*\(|\bnanosleep\b|(?<![\w.:>])sleep\s*\(",
     "sleeps on the real clock"),
    (r"\bsqlite3_busy_timeout\b", "sets an SQLite busy timeout"),
    (r"\bunordered_(map|set|multimap|multiset)\b", "uses a hash-ordered container"),
]
VARIANT_NAMES = r"(legacy|plan|hardened)"
VARIANT_COMPARE = re.compile(
    r"""variant\w*(\.\w+|\(\))*\s*[!=]=\s*"%s"|"%s"\s*[!=]=\s*\w*variant""" % (VARIANT_NAMES, VARIANT_NAMES))
INCLUDE = re.compile(r'^\s*#\s*include\s+"([a-z_]+)/')
# model/'s wings and the wings each may include besides itself (model/CMakeLists.txt builds one
# library per wing). The actors still take the World& (world/ and actors/ are one library).
MODEL_WINGS = {
    "base": [],
    "ports": ["base"],
    "clients": ["base", "ports"],
    "dispatch": ["base", "ports", "clients"],
    "infra": ["base", "ports"],
    "actors": ["base", "ports", "clients", "dispatch", "infra"],
    "world": ["base", "ports", "clients", "dispatch", "infra", "actors"],
    "observe": ["base", "ports", "clients", "dispatch", "infra", "actors", "world"],
}
WINGS_WITHOUT_SIMULATOR = {"base", "ports", "clients", "dispatch"}
SIMULATOR_VOCABULARY = {"sim/virtual_time.hpp", "sim/stable_hash.hpp"}
WING_INCLUDE = re.compile(r'^\s*#\s*include\s+"((model|sim)/([a-z_]+)[^"]*)"')
RULES = ["function-length", "determinism", "variant-compare", "upward-include", "wing"]


def strip_comments_and_strings(text):
    """Blanks out comments and string/char literals, keeping line breaks, so braces and names in
    them do not count."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c == 'R' and text.startswith('R"', i):
            m = re.match(r'R"([^(\s]*)\(', text[i:])
            if not m:
                out.append(c)
                i += 1
                continue
            end = ")" + m.group(1) + '"'
            j = text.find(end, i + m.end())
            j = n if j < 0 else j + len(end)
            out.append('""' + re.sub(r"[^\n]", " ", text[i + 2:j]))
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(c + " " * (min(j, n) - i - 1) + (c if j < n else ""))
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def source_files(root):
    for layer in LAYERS:
        base = os.path.join(root, layer)
        for folder, _, names in os.walk(base):
            for name in sorted(names):
                if name.endswith((".cpp", ".hpp", ".h", ".cc")):
                    path = os.path.join(folder, name)
                    yield layer, os.path.relpath(path, root)


def function_bodies(code):
    """Yields (name, first_line, line_count) for each function body: a '{' whose header (the
    text since the last ';', '{' or '}') ends in ')' plus qualifiers, at a scope that is not a
    function body itself (lambdas and nested blocks count toward their function)."""
    scopes = []  # per open brace: True when it opens a function body
    header_start = 0
    line = 1
    for index, c in enumerate(code):
        if c == "\n":
            line += 1
        elif c == "{":
            inside_function = any(scopes)
            header = code[header_start:index]
            is_function = False
            if not inside_function:
                h = " ".join(header.split())
                if re.search(r"\)\s*(const|noexcept|override|final|->\s*[\w:<>,\s&*]+|\s)*$", h) or \
                        re.search(r"\)\s*:\s*[\w:]+[({]", h):
                    is_function = not re.match(r"^\s*(namespace|class|struct|enum|union|extern)\b", h) \
                        and not re.search(r"=\s*$", h) and "(" in h
                    if re.search(r"\b(if|for|while|switch|catch)\s*\(", h.split("(")[0] + "("):
                        is_function = False
            scopes.append(is_function)
            if is_function:
                name_match = re.search(r"([\w:~<>]+)\s*\([^()]*(\([^()]*\)[^()]*)*\)[^()]*$", " ".join(header.split()))
                yield_data = (name_match.group(1) if name_match else "?", line, index)
                scopes[-1] = yield_data
            header_start = index + 1
        elif c == "}":
            if scopes:
                opened = scopes.pop()
                if opened and opened is not True:
                    name, first_line, _ = opened
                    yield name, first_line, line - first_line + 1
            header_start = index + 1
        elif c == ";":
            header_start = index + 1


def allowed_here(raw_lines, number, rule):
    """Whether line `number` (1-based) or the one above carries `tidy: allow RULE`."""
    marker = "tidy: allow " + rule
    return marker in raw_lines[number - 1] or (number > 1 and marker in raw_lines[number - 2])


def read_allowlist(path):
    allowed = {}
    if not os.path.exists(path):
        return allowed
    with open(path, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            text = raw.split("#", 1)[0].strip()
            if not text:
                continue
            parts = text.split()
            if len(parts) != 3 or not parts[2].isdigit():
                print(f"{path}:{number}: expected 'FILE FUNCTION LINES'", file=sys.stderr)
                sys.exit(2)
            allowed[(parts[0], parts[1])] = int(parts[2])
    return allowed


def wing_violations(path, raw_lines):
    parts = path.split(os.sep)
    if parts[0] != "model":
        return []
    if len(parts) < 3 or parts[1] not in MODEL_WINGS:
        return [f"{path}:1: [wing] lies outside model/'s wings ({', '.join(MODEL_WINGS)}): put it in one"]
    wing = parts[1]
    violations = []
    for number, text in enumerate(raw_lines, 1):
        match = WING_INCLUDE.match(text)
        if not match or allowed_here(raw_lines, number, "wing"):
            continue
        header, layer, folder = match.groups()
        if layer == "model" and folder != wing and folder not in MODEL_WINGS[wing]:
            violations.append(f"{path}:{number}: [wing] model/{wing}/ includes {header}: "
                              f"{wing} may include only {', '.join(MODEL_WINGS[wing]) or 'itself'}")
        if layer == "sim" and wing in WINGS_WITHOUT_SIMULATOR and header not in SIMULATOR_VOCABULARY:
            violations.append(f"{path}:{number}: [wing] model/{wing}/ includes {header}: "
                              f"{wing} may reach the simulator only through its ports")
    return violations


def check(root, allowlist, rules=RULES):
    violations = []
    seen_allowed = set()
    for layer, path in source_files(root):
        with open(os.path.join(root, path), encoding="utf-8", errors="replace") as handle:
            raw = handle.read()
        code = strip_comments_and_strings(raw)
        code_lines = code.split("\n")
        raw_lines = raw.split("\n")
        for number, text in enumerate(raw_lines, 1):
            match = INCLUDE.match(text)
            if match and match.group(1) in LAYERS and LAYERS.index(match.group(1)) > LAYERS.index(layer) \
                    and "upward-include" in rules:
                violations.append(f"{path}:{number}: [upward-include] {layer}/ includes {match.group(1)}/, a layer above it")
        if "wing" in rules:
            violations += wing_violations(path, raw_lines)
        if layer in SIMULATED_LAYERS and "determinism" in rules:
            for number, text in enumerate(code_lines, 1):
                if allowed_here(raw_lines, number, "determinism"):
                    continue
                for pattern, what in DETERMINISM_PATTERNS:
                    if re.search(pattern, text):
                        violations.append(f"{path}:{number}: [determinism] {what}: {raw_lines[number - 1].strip()}")
        if not os.path.basename(path).startswith("variant_catalogue.") and "variant-compare" in rules:
            for number, text in enumerate(raw_lines, 1):
                if VARIANT_COMPARE.search(text) and not allowed_here(raw_lines, number, "variant-compare"):
                    violations.append(f"{path}:{number}: [variant-compare] compares a variant's name; ask model/dispatch/variant_catalogue.hpp instead")
        if path.endswith((".cpp", ".cc", ".hpp")) and "function-length" in rules:
            for name, first_line, count in function_bodies(code):
                if count <= MAX_FUNCTION_LINES:
                    continue
                key = (path, name)
                limit = allowlist.get(key)
                if limit is not None and count <= limit:
                    seen_allowed.add(key)
                    continue
                grown = f" (allow-listed at {limit} lines: it may shrink, not grow)" if limit else ""
                violations.append(f"{path}:{first_line}: [function-length] {name} is {count} lines, more than {MAX_FUNCTION_LINES}{grown}")
    return violations


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("root", help="the source tree to check")
    parser.add_argument("--allowlist", help="FILE FUNCTION LINES per line (default: ROOT/tests/style/tidy_allowlist.txt)")
    parser.add_argument("--only", help="comma-separated rules to check (default: all of " + ", ".join(RULES) + ")")
    parser.add_argument("--list-long-functions", action="store_true", help="print every function over the limit and exit 0")
    arguments = parser.parse_args()
    if not os.path.isdir(arguments.root):
        print(f"tidy_check: {arguments.root}: not a directory", file=sys.stderr)
        return 2
    allowlist_path = arguments.allowlist or os.path.join(arguments.root, "tests", "style", "tidy_allowlist.txt")
    if arguments.list_long_functions:
        for layer, path in source_files(arguments.root):
            with open(os.path.join(arguments.root, path), encoding="utf-8", errors="replace") as handle:
                code = strip_comments_and_strings(handle.read())
            for name, first_line, count in function_bodies(code):
                if count > MAX_FUNCTION_LINES:
                    print(f"{path} {name} {count}")
        return 0
    rules = arguments.only.split(",") if arguments.only else RULES
    unknown = [rule for rule in rules if rule not in RULES]
    if unknown:
        print(f"tidy_check: --only: unknown rule {unknown[0]} (rules: {', '.join(RULES)})", file=sys.stderr)
        return 2
    violations = check(arguments.root, read_allowlist(allowlist_path), rules)
    for violation in violations:
        print(violation)
    if violations:
        print(f"tidy_check: {len(violations)} violation(s) of dispatchsim's style rules (see tests/style/tidy_check.py)")
        return 1
    print("tidy_check: no violations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
