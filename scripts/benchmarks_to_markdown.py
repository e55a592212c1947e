#!/usr/bin/env python3
"""Turns Google Benchmark JSON files into the Markdown table bench/RESULTS.md shows."""
import json
import sys

GOALS = {
    "BM_YieldPoint": "35-50 ns per switch (facts.md)",
    "BM_TimedWakeUp": "150-200 ns per timed wake-up (facts.md)",
    "BM_DatabaseFromTemplate": "15-60 us (template copy, facts.md)",
    "BM_WorldSetUp": "<= 100 us per seed",
    "BM_Run": ">= 1,000 seeds/s on one core",
    "BM_RawSqlReplayOfARun": "baseline for the run/raw ratio",
    "BM_RunOfTheRecordedSeed": "<= 2x the raw SQL replay",
}


def per_item(benchmark):
    rate = benchmark.get("items_per_second")
    if not rate:
        return ""
    if rate >= 1e5:
        return f"{1e9 / rate:.0f} ns/item ({rate / 1e6:.1f} M/s)"
    return f"{rate:,.0f} /s"


def main(paths):
    context = None
    rows = []
    cpu_time = {}
    for path in paths:
        with open(path) as handle:
            data = json.load(handle)
        context = context or data["context"]
        for benchmark in data["benchmarks"]:
            name = benchmark["name"]
            cpu_time[name] = (benchmark["cpu_time"], benchmark["time_unit"])
            goal = next((text for prefix, text in GOALS.items() if name.startswith(prefix)), "")
            rows.append((name, f'{benchmark["cpu_time"]:.3g} {benchmark["time_unit"]}',
                         per_item(benchmark), goal))
    print("# Benchmark results\n")
    print(f'Machine: {context.get("host_name", "?")}, {context.get("num_cpus")} CPUs at '
          f'{context.get("mhz_per_cpu")} MHz, caches '
          + ", ".join(f'L{c["level"]} {c["size"] // 1024} KiB' for c in context.get("caches", []))
          + f'; {context.get("date", "")}; library build type {context.get("library_build_type")}.\n')
    print("CPU time per iteration (wall time is noisier on a shared machine). Regenerate with "
          "`make bench`.\n")
    print("| benchmark | CPU time | rate | goal |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print()
    for variant in ("legacy", "hardened"):
        run = cpu_time.get(f"BM_RunOfTheRecordedSeed/{variant}")
        raw = cpu_time.get(f"BM_RawSqlReplayOfARun/{variant}")
        if run and raw and run[1] == raw[1]:
            print(f"- {variant}: a run costs {run[0] / raw[0]:.2f}x replaying its own SQL statements "
                  "raw (goal <= 2x).")


if __name__ == "__main__":
    main(sys.argv[1:])
