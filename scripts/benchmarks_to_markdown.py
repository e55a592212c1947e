#!/usr/bin/env python3
"""Turns the JSON of `make bench` (bench/results/) into bench/RESULTS.md: the machine, the Google
Benchmark table (min and median CPU time over the repetitions) with each figure against the
issue's goal, the derived ratios, memory, and the time-to-first-failure table."""
import json
import os
import statistics
import sys

GOALS = {
    "BM_YieldPoint": "35-50 ns per switch (facts.md)",
    "BM_TimedWakeUp": "150-200 ns per timed wake-up (facts.md)",
    "BM_SpawnProcess": "~8 us spawn+run+join (facts.md)",
    "BM_DatabaseFromTemplate": "15-60 us (template copy, facts.md)",
    "BM_WorldSetUp": "<= 100 us per seed",
    "BM_Run/": ">= 1,000 seeds/s on one core",
    "BM_LoadTest": ">= 100 virtual s per CPU s",
    "BM_RawSqlReplayOfARun": "baseline for the run/raw ratio",
    "BM_RunOfTheRecordedSeed": "<= 2x the raw SQL replay",
    "BM_RawSqlFloorOfARun": "SQLite's floor: no run of these statements can cost less",
    "BM_RunViolationsOnly": "what a consumer of violations alone pays",
}


def load(directory, name):
    path = os.path.join(directory, name)
    if not os.path.exists(path):
        return None
    with open(path) as handle:
        return json.load(handle)


def repetitions(data):
    """run_name -> list of iteration entries (one per repetition)."""
    runs = {}
    for benchmark in data["benchmarks"]:
        if benchmark.get("run_type", "iteration") == "iteration":
            runs.setdefault(benchmark.get("run_name", benchmark["name"]), []).append(benchmark)
    return runs


def rate_text(entries):
    rates = [entry["items_per_second"] for entry in entries if entry.get("items_per_second")]
    if not rates:
        return ""
    rate = statistics.median(rates)
    if rate >= 1e5:
        return f"{1e9 / rate:.0f} ns/item ({rate / 1e6:.1f} M/s)"
    return f"{rate:,.0f} /s"


def counters_text(entries):
    skip = {"name", "run_name", "run_type", "repetitions", "repetition_index", "threads",
            "iterations", "real_time", "cpu_time", "time_unit", "family_index",
            "per_family_instance_index", "items_per_second", "aggregate_name", "aggregate_unit"}
    first = entries[0]
    names = [key for key, value in first.items() if key not in skip and isinstance(value, (int, float))]
    return ", ".join(f"{name} {statistics.median(e[name] for e in entries):,.4g}" for name in names)


def machine_text(machine, context):
    lines = []
    if machine:
        lines.append(f'- CPU: {machine["cpu_model"]}, {machine["logical_cpus"]} logical CPUs'
                     + (f' at {context.get("mhz_per_cpu")} MHz' if context else "")
                     + f'; Linux {machine["kernel"]}; build {machine["compiler_flags"]}.')
        before = machine.get("load_before")
        after = machine.get("load_after")
        if before:
            lines.append(f"- Load average (1, 5, 15 min) before: {', '.join(f'{x:.2f}' for x in before)}"
                         + (f"; after: {', '.join(f'{x:.2f}' for x in after)}" if after else "")
                         + ". The machine is shared with other builds: a load above the core count "
                           "means the figures are inflated (CPU time less so than wall time).")
    if context:
        caches = ", ".join(f'L{c["level"]} {c["size"] // 1024} KiB' for c in context.get("caches", []))
        lines.append((f"- Caches {caches}; run" if caches else "- Run") + f' {context.get("date", "")}.')
    return "\n".join(lines)


def benchmark_section(directory):
    out = []
    cpu = {}
    context = None
    rows = []
    for program in ("kernel_bench", "world_bench"):
        data = load(directory, program + ".json")
        if not data:
            continue
        context = context or data["context"]
        for name, entries in repetitions(data).items():
            times = sorted(entry["cpu_time"] for entry in entries)
            unit = entries[0]["time_unit"]
            cpu[name] = (min(times), statistics.median(times), unit)
            goal = next((text for prefix, text in GOALS.items() if name.startswith(prefix)), "")
            rows.append((name, f"{min(times):.3g} {unit}", f"{statistics.median(times):.3g} {unit}",
                         str(len(times)), rate_text(entries), counters_text(entries), goal))
    out.append("## Google Benchmark\n")
    out.append("CPU time per iteration, minimum and median over the repetitions (wall time is "
               "noisier on a shared machine).\n")
    out.append("| benchmark | min CPU | median CPU | reps | rate (median) | counters (median) | goal |")
    out.append("|---|---|---|---|---|---|---|")
    out.extend("| " + " | ".join(row) + " |" for row in rows)
    out.append("")
    for variant in ("legacy", "hardened"):
        run = cpu.get(f"BM_RunOfTheRecordedSeed/{variant}")
        raw = cpu.get(f"BM_RawSqlReplayOfARun/{variant}")
        if run and raw and run[2] == raw[2]:
            out.append(f"- {variant}: a run costs {run[0] / raw[0]:.2f}x (min) / {run[1] / raw[1]:.2f}x "
                       "(median) replaying its own SQL statements raw (goal <= 2x).")
    out.append("")
    return context, "\n".join(out)


def side_by_side_section(comparison):
    """scripts/compare-benchmarks.sh: an older build and this one, alternately in one go."""
    if not comparison:
        return ""
    out = ["## Side by side with an older build\n",
           f'`scripts/compare-benchmarks.sh`: bench/world_bench of commit {comparison["old_commit"]} '
           f'(older) and {comparison["new_commit"]} (this one), run alternately, '
           f'{comparison["rounds"]} rounds each, on the same machine in one go (load after: '
           f'{", ".join(f"{x:.2f}" for x in comparison["load_after"])}). CPU time, median and '
           'minimum over the rounds; speed-up = older / this. On a shared 2-CPU machine a round '
           'runs either alone or next to another busy process (about 1.6x slower), so the '
           'medians compare whichever states the rounds fell in; the minima compare both builds '
           'in the same, least loaded state.\n',
           "| benchmark | older (median) | this (median) | speed-up (median) | older (min) "
           "| this (min) | speed-up (min) | older rate | this rate |",
           "|---|---|---|---|---|---|---|---|---|"]
    for name, entry in comparison["benchmarks"].items():
        if not entry["old"] or not entry["new"]:
            continue
        old = statistics.median(e["cpu_time"] for e in entry["old"])
        new = statistics.median(e["cpu_time"] for e in entry["new"])
        def rate(side):
            for key, unit in (("items_per_second", "/s"), ("virtual_s_per_cpu_s", " virtual s per CPU s")):
                values = [e[key] for e in entry[side] if key in e]
                if values:
                    return f"{statistics.median(values):,.0f}{unit}"
            return ""
        old_min = min(e["cpu_time"] for e in entry["old"])
        new_min = min(e["cpu_time"] for e in entry["new"])
        unit = entry["unit"]
        out.append(f'| {name} | {old:.3g} {unit} | {new:.3g} {unit} | {old / new:.2f}x '
                   f'| {old_min:.3g} {unit} | {new_min:.3g} {unit} | {old_min / new_min:.2f}x '
                   f'| {rate("old")} | {rate("new")} |')
    for variant in ("legacy", "hardened"):
        run = comparison["benchmarks"].get(f"BM_RunOfTheRecordedSeed/{variant}")
        raw = comparison["benchmarks"].get(f"BM_RawSqlReplayOfARun/{variant}")
        if run and raw and run["new"] and raw["new"]:
            ratio = (statistics.median(e["cpu_time"] for e in run["new"])
                     / statistics.median(e["cpu_time"] for e in raw["new"]))
            out.append(f"\n- {variant}: this build's run costs {ratio:.2f}x replaying its own SQL raw "
                       "(goal <= 2x).")
    out.append("")
    return "\n".join(out)


def memory_section(memory):
    if not memory:
        return ""
    return "\n".join([
        "## Memory\n",
        f'- Peak RSS of a sweep (orchestrator or worker, the larger; decline-race, 900 runs, -j 1): '
        f'{memory["sweep_worker_decline_race_900_runs_kib"] / 1024:.1f} MiB.',
        f'- Peak RSS of one load-test run (1,000 requests, hardened): '
        f'{memory["load_test_run_kib"] / 1024:.1f} MiB.',
        f'- Fiber stacks: {memory["fiber_stack_bytes"] // 1024} KiB each, {memory["fiber_stacks"]}.',
        ""])


def ttff_cell(value, budget, unit):
    if value is None:
        return f"> {budget}" if unit == "runs" else "-"
    return f"{value:.0f}" if unit == "runs" else f"{value:.3f}"


def probes_never_hit_lines(ttff, where="in any of the (scenario, variant) pairs it ran"):
    """Per strategy, the coverage probes none of its runs hit in any scenario and variant, then
    the probes one strategy hit somewhere that another never did."""
    never = {}  # strategy -> {probe: pairs where never hit}
    pairs = {}  # strategy -> pairs measured
    for entry in ttff.get("probes_never_hit", []):
        strategy = entry["strategy"]
        pairs[strategy] = pairs.get(strategy, 0) + 1
        for probe in entry["probes"]:
            never.setdefault(strategy, {}).setdefault(probe, 0)
            never[strategy][probe] += 1
    if not pairs:
        return []
    out = ["", f"Coverage probes each strategy never hit, {where}:", "",
           "| strategy | pairs | probes never hit anywhere |", "|---|---|---|"]
    for strategy in sorted(pairs):
        nowhere = sorted(p for p, count in never.get(strategy, {}).items() if count == pairs[strategy])
        out.append(f"| {strategy} | {pairs[strategy]} | {', '.join(nowhere) if nowhere else 'none'} |")
    return out


def ttff_section(ttff):
    if not ttff:
        return ""
    out = ["## Time to first failure\n",
           f'{ttff["ranges"]} independent seed ranges per (scenario, variant, property, strategy), '
           f'each stopped after {ttff["budget_runs"]} runs (">" = the percentile fell on a range '
           f'that found nothing within the budget). Pairs that can fail: the properties violated '
           f'in seeds 1..{ttff["discovery_seeds"]} with the random walk or PCT (guided\'s fresh runs are '
           f'random walks). PCT depth '
           f'{ttff["pct_depth"]}. Runs are exact (deterministic); seconds are one core\'s '
           f'CPU time summed over the runs up to the failing one. Median and 90th percentile are '
           f'nearest-rank. Total {ttff["wall_seconds"]:.0f} s; '
           f'`bench/time_to_first_failure`.\n',
           "| scenario | variant | property | strategy | ranges failed | median runs | p90 runs "
           "| median s | p90 s |",
           "|---|---|---|---|---|---|---|---|---|"]
    out.extend(ttff_rows(ttff))
    out.extend(probes_never_hit_lines(ttff))
    quiet = ttff.get("never_failed_in_discovery", [])
    if quiet:
        out.append("")
        out.append("No violation in the discovery seeds: "
                   + ", ".join(f'{q["scenario"]} ({q["variant"]})' for q in quiet) + ".")
    out.append("")
    return "\n".join(out)


def ttff_rows(ttff):
    rows = []
    for row in ttff["measurements"]:
        budget = row["budget_runs"]
        rows.append(f'| {row["scenario"]} | {row["variant"]} | {row["property"]} | {row["strategy"]} '
                    f'| {row["ranges_failed"]}/{ttff["ranges"]} '
                    f'| {ttff_cell(row["median_runs"], budget, "runs")} '
                    f'| {ttff_cell(row["p90_runs"], budget, "runs")} '
                    f'| {ttff_cell(row["median_seconds"], budget, "s")} '
                    f'| {ttff_cell(row["p90_seconds"], budget, "s")} |')
    return rows


def guided_goals_section(decline_race, rarest_flaws, rarest_long=None):
    """Issue 17's goals for guided exploration, measured side by side with random and PCT."""
    if not decline_race and not rarest_flaws:
        return ""
    out = ["## Guided exploration's goals\n",
           "Goal: guided needs at most half the median runs of the random walk to the first failure "
           "on the plan's decline race and on the three rarest plan flaws. Same measurement as above "
           "(`bench/time_to_first_failure`), with more ranges where failures are rare; a flaw is the "
           "root cause the runner names for a violation (`--flaws`, scenarios/root_cause.hpp).\n",
           "| scenario | variant | target | strategy | ranges found | median runs | p90 runs "
           "| median s | p90 s |",
           "|---|---|---|---|---|---|---|---|---|"]
    for ttff in (decline_race, rarest_flaws, rarest_long):
        if ttff:
            out.extend(ttff_rows(ttff))
    if rarest_long:
        out.append("\nThe last rows give the two flaws random rarely finds within 300 runs a budget of "
                   f"{rarest_long['budget_runs']} runs, so that random's median is a number.")
    for ttff, where in ((decline_race, "decline-race plan"), (rarest_flaws, "swarm plan")):
        if ttff:
            out.extend(probes_never_hit_lines(ttff, "in " + where))
    out.append("")
    return "\n".join(out)


def main(directory):
    context, benchmarks = benchmark_section(directory)
    print("# Benchmark results\n")
    print("Written by `make bench` (scripts/run-benchmarks.sh); JSON in bench/results/.\n")
    print(machine_text(load(directory, "machine.json"), context) + "\n")
    print(benchmarks)
    print(side_by_side_section(load(directory, "side_by_side.json")))
    print(memory_section(load(directory, "memory.json")))
    print(ttff_section(load(directory, "time_to_first_failure.json")))
    print(guided_goals_section(load(directory, "ttff_decline_race_plan.json"),
                               load(directory, "ttff_rarest_plan_flaws.json"),
                               load(directory, "ttff_rarest_plan_flaws_long.json")))


if __name__ == "__main__":
    main(sys.argv[1])
