#!/usr/bin/env bash
# `make run`: the default sweep (scripts/default-sweep.sh), then what the report needs besides it
# — a PCT sweep (time to first failure per strategy), the plan's fixes one by one (one --fix sweep
# per fix set), the rollout of ENABLE_IDEMPOTENT_DISPATCH for plan and hardened — and the report
# itself into out/reports/ (summary.md, index.html, results.json, junit.xml), ending with the
# decision: GO / NO-GO per candidate. About 1.5 minutes on 2 cores; every step has a time budget.
#
# Usage: bash scripts/default-run.sh [path/to/dispatchsim]
# Knobs (environment): as default-sweep.sh (SEEDS, JOBS, TIME_BUDGET — default 60s here —, OUT,
# EXCLUDE), and EXTRA_BUDGET (default 8s: each extra sweep's time budget), ROLLOUT_SCENARIO
# (default decline-race), ROLLOUT_SEEDS (default 1..20).
#
# Exit status: the default sweep's (0 when hardened held every property), or 2 when a step
# could not run at all.
set -uo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
dispatchsim="${1:-$here/build/cli/dispatchsim}"
out="${OUT:-out}"
jobs="${JOBS:-$(nproc)}"
extra_budget="${EXTRA_BUDGET:-8s}"
rollout_scenario="${ROLLOUT_SCENARIO:-decline-race}"
rollout_seeds="${ROLLOUT_SEEDS:-1..20}"
exclude=" ${EXCLUDE-load-test} "
started=$SECONDS

TIME_BUDGET="${TIME_BUDGET:-60s}" OUT="$out" bash "$here/scripts/default-sweep.sh" "$dispatchsim"
sweep_status=$?
# 0, 1 (safety) and 3 (liveness only) are results; 2 and anything else a failure of the tool.
[[ $sweep_status -eq 0 || $sweep_status -eq 1 || $sweep_status -eq 3 ]] || exit "$sweep_status"

scenario_args=()
for file in "$here"/scenarios/*.toml; do
  name="$(basename "$file" .toml)"
  [[ "$exclude" == *" $name "* ]] || scenario_args+=(-s "$name")
done

# Each extra results file is rewritten from scratch, quietly; a failed step is reported, not fatal.
extra_sweep() {
  local db="$1"; shift
  rm -f "$db" "$db-wal" "$db-shm"
  "$dispatchsim" sweep "${scenario_args[@]}" "$@" --jobs "$jobs" --time-budget "$extra_budget" --db "$db" \
    >"$db.log" 2>&1
  local status=$?
  [[ $status -eq 0 || $status -eq 1 || $status -eq 3 ]] || echo "default-run: the sweep into $db failed; see $db.log" >&2
}

echo
echo "extra sweeps for the report: PCT, and the plan's fixes one by one (budget $extra_budget each)"
mkdir -p "$out/fixes"
extra_sweep "$out/pct.db" -v legacy plan hardened --strategy pct --depth 3 --seeds 1..30
fix_dbs=()
# 1,2 is the plan's P0 and 1,2,3,4 its P0 + P1; hotfix (2,5s) is its Quick Hotfix, the release
# options the report sets side by side (model/base/plan_fixes.hpp).
for fixes in none 1 1,2 1,2,3 1,2,3,4 1,2,3,4,5 hotfix; do
  db="$out/fixes/fixes-${fixes//,/-}.db"
  extra_sweep "$db" -v plan --fix "$fixes" --seeds 1..10
  fix_dbs+=(--db "$db")
done

echo "rollout of ENABLE_IDEMPOTENT_DISPATCH: plan and hardened on $rollout_scenario (seeds $rollout_seeds), plan on rollback-trigger"
rollouts=()
run_rollout() {
  local file="$1"; shift
  "$dispatchsim" rollout "$@" --json "$file" >"$file.txt" 2>&1
  [[ $? -lt 2 ]] || echo "default-run: rollout $* failed; see $file.txt" >&2
}
run_rollout "$out/rollout-plan.json" -s "$rollout_scenario" -v plan --seeds "$rollout_seeds" &
run_rollout "$out/rollout-hardened.json" -s "$rollout_scenario" -v hardened --seeds "$rollout_seeds" &
run_rollout "$out/rollout-trigger.json" -s rollback-trigger -v plan --seeds 1..10 &
wait
for file in "$out"/rollout-plan.json "$out"/rollout-hardened.json "$out"/rollout-trigger.json; do
  [[ -s "$file" ]] && rollouts+=(--rollout "$file")
done
grep -h "^decision:" "$out"/rollout-*.json.txt | sed 's/^/  /'

echo
mkdir -p "$out/reports"
"$dispatchsim" report --db "$out/results.db" --db "$out/pct.db" "${fix_dbs[@]}" "${rollouts[@]}" \
  --out "$out/reports" --timings --fail-on never >"$out/report.txt" 2>&1
report_status=$?
awk '/^decision:$/ {skip = 1} /^evidence:$/ {skip = 0} !skip' "$out/report.txt"
[[ $report_status -ge 2 ]] && exit "$report_status"
echo
echo "reports: $out/reports/index.html (open in a browser), $out/reports/summary.md, results.json, junit.xml"
echo "make run took $((SECONDS - started)) s"
# Last on the screen, where it is read: the decision (GO / NO-GO per candidate, the reason, the
# flaw it rests on and the command that shows it).
echo
echo "=================================== DECISION ==================================="
awk '/^decision:$/ {shown = 1; next} /^evidence:$/ {shown = 0} shown' "$out/report.txt"
echo "(CI gate: dispatchsim report ... --fail-on plan-no-go exits 1 on a NO-GO plan)"
exit "$sweep_status"
