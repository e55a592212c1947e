#!/usr/bin/env bash
# Scale-out with GNU parallel, on this machine without ssh: deploy/parallel/sweep.sh runs a
# 4-shard sweep and merges it; asserts that the merged results equal the same sweep run in one
# process (same rows, trace hashes, child rows and triage groups). Prints both wall times.
#
#   parallel_sweep_test.sh DISPATCHSIM WORK
set -euo pipefail
program=$(realpath "$1")
work=$2
source "$(dirname "${BASH_SOURCE[0]}")/test_sweep.sh"
rm -rf "$work"
mkdir -p "$work"

test_sweep_single_process
started=$EPOCHREALTIME
if ! "$repository/deploy/parallel/sweep.sh" --shards "$test_sweep_shards" --out "$work/parallel" \
  --dispatchsim "$program" -- "${test_sweep_definition[@]}" >"$work/parallel.log" 2>&1; then
  echo "test: deploy/parallel/sweep.sh failed:" >&2
  tail -n 40 "$work/parallel.log" >&2
  exit 1
fi
parallel_seconds=$(python3 -c "print(f'{$EPOCHREALTIME - $started:.1f}')")
[[ -s $work/parallel/triage.txt && -s $work/parallel/triage.json ]] || { echo "test: no triage written" >&2; exit 1; }
[[ -s $work/parallel/report/index.html && -s $work/parallel/report/summary.md ]] || { echo "test: no report written" >&2; exit 1; }
test_sweep_compare "$work/parallel/results.db"
echo "test: wall time: single process (1 worker) ${single_seconds} s; GNU parallel, $test_sweep_shards shards ${parallel_seconds} s"
