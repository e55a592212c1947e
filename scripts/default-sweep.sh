#!/usr/bin/env bash
# The default sweep (`make run`): every bundled scenario × legacy, plan and hardened over a fixed
# seed range, in parallel worker processes, into out/results.db. Prints the summary table and,
# for each first failure, the commands that reproduce, replay, explain and shrink it.
#
# Usage: bash scripts/default-sweep.sh [path/to/dispatchsim]
# Knobs (environment): SEEDS (default 1..100), JOBS (default: CPUs), TIME_BUDGET (default 75s:
# a safety net so `make run` stays about a minute on 2 cores; a cut-short sweep says so and can
# be continued with --resume), OUT (default out), EXCLUDE (default load-test: the plan's
# 1,000-request load test takes seconds a run; it is for benchmarks and the rollout, not for
# hunting seeds).
#
# Exit status: 0 when the sweep ran and `hardened` held every property. Violations in `legacy`
# and `plan` are the harness working (they are the incident and the plan's holes), not a failure
# of `make run`; a violation in `hardened`, or bad input, is.
set -uo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
dispatchsim="${1:-$here/build/cli/dispatchsim}"
seeds="${SEEDS:-1..100}"
jobs="${JOBS:-$(nproc)}"
time_budget="${TIME_BUDGET:-75s}"
out="${OUT:-out}"
exclude=" ${EXCLUDE-load-test} "
results="$out/results.db"

if [[ ! -x "$dispatchsim" ]]; then
  echo "default-sweep: $dispatchsim is not built; run: make build" >&2
  exit 2
fi

scenario_args=()
for file in "$here"/scenarios/*.toml; do
  name="$(basename "$file" .toml)"
  [[ "$exclude" == *" $name "* ]] || scenario_args+=(-s "$name")
done

mkdir -p "$out"
# A fresh file: results from an older build must not be resumed into this one.
rm -f "$results" "$results-wal" "$results-shm"

echo "default sweep: ${scenario_args[*]//-s /} × legacy plan hardened, seeds $seeds, $jobs workers -> $results"
"$dispatchsim" sweep "${scenario_args[@]}" -v legacy plan hardened --seeds "$seeds" \
  --jobs "$jobs" --time-budget "$time_budget" --db "$results"
status=$?
# 0, 1 (a safety violation) and 3 (liveness only) are results; 2 and anything else a failure.
if [[ $status -ne 0 && $status -ne 1 && $status -ne 3 ]]; then
  echo "default-sweep: the sweep failed (exit $status)" >&2
  exit "$status"
fi

# The verdict the table implies, in one line per variant.
if command -v sqlite3 >/dev/null; then
  echo
  sqlite3 -separator ' ' "$results" \
    "SELECT variant, COUNT(*), SUM(outcome != 'pass') FROM runs GROUP BY variant
     ORDER BY CASE variant WHEN 'legacy' THEN 0 WHEN 'plan' THEN 1 ELSE 2 END" |
    while read -r variant runs failing; do
      case "$variant" in
        hardened) verdict=$([[ $failing -eq 0 ]] && echo "holds every property" || echo "FAILS: a bug in our design (docs/hardened.md)") ;;
        *) verdict=$([[ $failing -gt 0 ]] && echo "violations found, as expected" || echo "no violation found in these seeds") ;;
      esac
      echo "verdict: $variant: $failing of $runs runs failing — $verdict"
    done
  hardened_failing=$(sqlite3 "$results" "SELECT COUNT(*) FROM runs WHERE variant = 'hardened' AND outcome != 'pass'")
  [[ "$hardened_failing" -eq 0 ]] || exit 1
fi
exit 0
