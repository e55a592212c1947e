#!/usr/bin/env python3
"""Asserts that two results files hold the same sweep results: the same definition, the same runs
(every column but the row id and the wall time, keyed by scenario, variant and seed: so the same
trace hashes), the same child rows (violations, examples, faults, fault plans, oracles, probes,
signatures) and the same triage groups (dispatchsim triage --format json, without row ids).

    compare_results.py DISPATCHSIM EXPECTED.db ACTUAL.db [--runs N] [--min-groups G]

--runs: the number of runs both must hold; --min-groups: at least this many violation groups, so
a comparison of two empty sweeps cannot pass. Exit 0 when equal, 1 (with the differences) if not."""

import argparse
import json
import sqlite3
import subprocess
import sys

MACHINE_DEPENDENT = {"id", "wall_time_us"}
KEY = ("scenario", "variant", "seed")


def columns(db, table):
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


def runs(db):
    names = [c for c in columns(db, "runs") if c not in MACHINE_DEPENDENT]
    rows = db.execute(f"SELECT {', '.join(names)} FROM runs").fetchall()
    return names, {tuple(row[names.index(k)] for k in KEY): row for row in rows}


CACHE_TABLES = {"shrunk_cases"}


def child_tables(db):
    tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    # shrunk_cases is the report's cache of shrunk minimal cases, written by whoever reports on
    # the file (the cluster merge step does, a plain sweep does not): not a result of the runs.
    return sorted(t for t in tables if "run_id" in columns(db, t) and t not in CACHE_TABLES)


def child_rows(db, table):
    """The table's rows with run_id replaced by the run's key, sorted."""
    names = [c for c in columns(db, table) if c != "run_id"]
    select = ", ".join(f"c.{name}" for name in names)
    rows = db.execute(
        f"SELECT r.scenario, r.variant, r.seed, {select} FROM {table} c JOIN runs r ON r.id = c.run_id"
    ).fetchall()
    return sorted(rows, key=repr)


def triage(program, path):
    result = subprocess.run([program, "triage", "--db", path, "--format", "json"],
                            capture_output=True, text=True)
    if result.returncode not in (0, 1, 3):  # 1: a safety violation, 3: liveness only
        sys.exit(f"compare: dispatchsim triage --db {path} failed ({result.returncode}): {result.stderr}")
    found = json.loads(result.stdout)
    for group in found["groups"]:
        group["minimal"].pop("row")  # row ids depend on the merge order
    return found


def compare(program, expected_path, actual_path):
    differences = []
    expected = sqlite3.connect(f"file:{expected_path}?mode=ro", uri=True)
    actual = sqlite3.connect(f"file:{actual_path}?mode=ro", uri=True)
    definition = "SELECT definition_id FROM sweeps"
    if expected.execute(definition).fetchall() != actual.execute(definition).fetchall():
        differences.append("different sweep definitions")
    names, expected_runs = runs(expected)
    _, actual_runs = runs(actual)
    for key in sorted(set(expected_runs) | set(actual_runs)):
        if key not in actual_runs:
            differences.append(f"run {key} missing from {actual_path}")
        elif key not in expected_runs:
            differences.append(f"run {key} not in {expected_path}")
        elif expected_runs[key] != actual_runs[key]:
            changed = [f"{n}: {a!r} != {b!r}" for n, a, b in zip(names, expected_runs[key], actual_runs[key]) if a != b]
            differences.append(f"run {key} differs: {'; '.join(changed)}")
    tables = child_tables(expected)
    if tables != child_tables(actual):
        differences.append(f"different tables: {tables} vs {child_tables(actual)}")
    for table in tables:
        if child_rows(expected, table) != child_rows(actual, table):
            differences.append(f"table {table} differs")
    expected_triage = triage(program, expected_path)
    if expected_triage != triage(program, actual_path):
        differences.append("triage groups differ")
    return differences, len(expected_runs), expected_triage


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("program")
    parser.add_argument("expected")
    parser.add_argument("actual")
    parser.add_argument("--runs", type=int)
    parser.add_argument("--min-groups", type=int, default=1)
    arguments = parser.parse_args()
    differences, run_count, found = compare(arguments.program, arguments.expected, arguments.actual)
    if arguments.runs is not None and run_count != arguments.runs:
        differences.append(f"{arguments.expected} holds {run_count} runs, expected {arguments.runs}")
    if len(found["groups"]) < arguments.min_groups:
        differences.append(f"only {len(found['groups'])} violation groups; the test sweep should find "
                           f"at least {arguments.min_groups}")
    if differences:
        print(f"compare: {arguments.actual} differs from {arguments.expected}:", file=sys.stderr)
        for difference in differences[:30]:
            print(f"  {difference}", file=sys.stderr)
        return 1
    hashes = len({row for row in sqlite3.connect(arguments.expected).execute("SELECT trace_hash FROM runs")})
    print(f"compare: equal: {run_count} runs ({hashes} distinct trace hashes), "
          f"{found['violating_runs']} violating, {len(found['groups'])} violation groups")
    return 0


if __name__ == "__main__":
    sys.exit(main())
