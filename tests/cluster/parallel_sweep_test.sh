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

# prepare-output.sh makes every scenario file absolute, in each form sweep accepts.
(
  cd "$work"
  for name in a b c d; do cp "$repository/scenarios/decline-race.toml" "$name.toml"; done
  source "$repository/deploy/common/prepare-output.sh"
  prepare_output "prepared" -s a.toml b.toml decline-race --scenario=c.toml -sd.toml -v legacy plan --seeds 1..2
  expected=(-s "$work/a.toml" "$work/b.toml" decline-race "--scenario=$work/c.toml" "-s$work/d.toml"
    -v legacy plan --seeds 1..2)
  mapfile -t written <"$work/prepared/sweep.args"
  [[ "${written[*]}" == "${expected[*]}" ]] || { echo "test: prepare-output wrote: ${written[*]}" >&2; exit 1; }
)

test_sweep_single_process
# GNU parallel rewrites {} (and {.}, {/}, ...) wherever it finds them: the output directory has one.
out="$work/parallel {} {.} %p"
started=$EPOCHREALTIME
if ! "$repository/deploy/parallel/sweep.sh" --shards "$test_sweep_shards" --out "$out" \
  --dispatchsim "$program" -- "${test_sweep_definition[@]}" >"$work/parallel.log" 2>&1; then
  echo "test: deploy/parallel/sweep.sh failed:" >&2
  tail -n 40 "$work/parallel.log" >&2
  exit 1
fi
parallel_seconds=$(python3 -c "print(f'{$EPOCHREALTIME - $started:.1f}')")
[[ -s $out/triage.txt && -s $out/triage.json ]] || { echo "test: no triage written" >&2; exit 1; }
[[ -s $out/report/index.html && -s $out/report/summary.md ]] || { echo "test: no report written" >&2; exit 1; }
test_sweep_compare "$out/results.db"
echo "test: wall time: single process (1 worker) ${single_seconds} s; GNU parallel, $test_sweep_shards shards ${parallel_seconds} s"
