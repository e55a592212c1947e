#!/usr/bin/env python3
"""tidy_check.py must fire on a planted violation of each rule, and stay quiet on code that keeps
them (including look-alikes in comments and strings, and the virtual clock's own sleep_for)."""
import os
import subprocess
import sys
import tempfile
import textwrap

CHECKER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tidy_check.py")


def run_checker(files, allowlist=""):
    with tempfile.TemporaryDirectory() as root:
        for path, text in files.items():
            full = os.path.join(root, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8") as handle:
                handle.write(textwrap.dedent(text))
        allowlist_path = os.path.join(root, "allowlist.txt")
        with open(allowlist_path, "w", encoding="utf-8") as handle:
            handle.write(allowlist)
        result = subprocess.run([sys.executable, CHECKER, root, "--allowlist", allowlist_path],
                                capture_output=True, text=True, check=False)
        return result.returncode, result.stdout + result.stderr


def long_function(name, lines):
    body = "".join(f"  total += {i};\n" for i in range(lines - 4))
    return f"int {name}() {{\n  int total = 0;\n{body}  return total;\n}}\n"


CLEAN = {
    "sim/kernel.cpp": """
        // A comment may say std::thread or steady_clock: comments do not count.
        #include "sim/kernel.hpp"
        void Kernel::sleep_for(Micros duration) { sleep_until(now_ + duration); }
        const char* text = "system_clock in a string does not count";
    """,
    "model/world/world.cpp": """
        #include "sim/kernel.hpp"
        #include "model/world/world.hpp"
        #include "model/dispatch/plan_logic.hpp"
        bool redrive(const VariantInfo& info) { return info.takes_fixes_and_flag; }
    """,
    "model/dispatch/plan_logic.cpp": """
        #include "model/dispatch/plan_logic.hpp"
        #include "model/clients/redis_lock.hpp"
        #include "sim/virtual_time.hpp"
    """,
    "cli/main.cpp": '#include "reports/report.hpp"\n#include "model/world/world.hpp"\nint main() { return 0; }\n',
}

PLANTED = {
    "function-length": {"explore/sweep.cpp": long_function("sweep_everything", 80)},
    "determinism": {"model/infra/clock.cpp": "auto now = std::chrono::steady_clock::now();\n"},
    "determinism-thread": {"faults/injector.cpp": "void start() { std::thread worker([] {}); }\n"},
    "determinism-sleep": {"sim/wait.cpp": "void wait() { std::this_thread::sleep_for(ms); }\n"},
    "determinism-hash-order": {"model/infra/index.hpp": "std::unordered_map<int, int> by_id;\n"},
    "variant-compare": {"reports/badge.cpp": 'bool bug(const Totals& t) { return t.variant == "hardened"; }\n'},
    "upward-include": {"model/world/world.hpp": '#include "explore/results_file.hpp"\n'},
    "wing": {"model/dispatch/hardened_logic.cpp": '#include "model/world/world.hpp"\n'},
    "wing-simulator": {"model/dispatch/legacy_logic.cpp": '#include "sim/kernel.hpp"\n'},
    "wing-outside": {"model/loose_file.hpp": '#pragma once\n'},
}


def main():
    failures = []
    code, output = run_checker(CLEAN)
    if code != 0:
        failures.append(f"clean tree: expected exit 0, got {code}:\n{output}")
    for name, files in PLANTED.items():
        rule = name.split("-hash")[0].split("-thread")[0].split("-sleep")[0].split("-simulator")[0]
        rule = rule.split("-outside")[0]
        code, output = run_checker({**CLEAN, **files})
        if code != 1 or f"[{rule}]" not in output:
            failures.append(f"planted {name}: expected exit 1 naming [{rule}], got {code}:\n{output}")
    # The allowlist lets an old long function stay at its length, not grow.
    old = {"scenarios/runner.cpp": long_function("run_scenario", 90)}
    code, output = run_checker({**CLEAN, **old}, "scenarios/runner.cpp run_scenario 90\n")
    if code != 0:
        failures.append(f"allow-listed function at its length: expected 0, got {code}:\n{output}")
    code, output = run_checker({**CLEAN, **old}, "scenarios/runner.cpp run_scenario 85\n")
    if code != 1 or "may shrink, not grow" not in output:
        failures.append(f"allow-listed function that grew: expected 1, got {code}:\n{output}")
    # A justified exception is written next to the line.
    justified = {"sim/scheduler.cpp": "// tidy: allow determinism (Boost's signature; never called)\n"
                                      "void suspend_until(std::chrono::steady_clock::time_point const&);\n"}
    code, output = run_checker({**CLEAN, **justified})
    if code != 0:
        failures.append(f"justified exception: expected 0, got {code}:\n{output}")
    for failure in failures:
        print("FAIL:", failure)
    print(f"{len(PLANTED) + 4 - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
