#!/usr/bin/env bash
# Scale-out on Slurm, for real: starts a one-machine Slurm cluster (munge, slurmctld, slurmd,
# everything under WORK), submits a 4-shard sweep with deploy/slurm/submit.sh (array + merge job
# with afterok), waits for it, and asserts that the merged results equal the same sweep run in
# one process: same rows, trace hashes, child rows and triage groups. Stops the daemons by
# process id on every exit. Prints both wall times.
#
#   slurm_sweep_test.sh DISPATCHSIM WORK
# Exit 0 pass, 1 fail (with the daemons' and jobs' logs), 77 skipped (not root).
set -euo pipefail
program=$(realpath "$1")
work=$2
source "$(dirname "${BASH_SOURCE[0]}")/test_sweep.sh"
source "$repository/tests/cluster/local_slurm.sh"
# Generous: a loaded machine (other builds) slows the runs and the scheduler alike.
job_timeout_seconds=${DISPATCHSIM_SLURM_TEST_TIMEOUT:-150}

rm -rf "$work"
mkdir -p "$work"
trap local_slurm_stop EXIT
status=0
# sbatch expands %j, %A, ... in --output: the output directory has a % of its own.
out="$work/slurm%j"
local_slurm_start "$work/cluster" || status=$?
[[ $status -eq 0 ]] || exit "$status"

test_sweep_single_process

job_state() { scontrol show job -o "$1" 2>/dev/null | grep -o 'JobState=[A-Z_]*' | cut -d= -f2 | sort -u | tr '\n' ' '; }

show_failure() {
  echo "test: $*" >&2
  squeue >&2 || true
  scontrol show job -o "$array_job" >&2 || true
  scontrol show job -o "$merge_job" >&2 || true
  for log in "$out/logs"/*; do
    [[ -f $log ]] && { echo "----- $log -----" >&2; tail -n 30 "$log" >&2; }
  done
  local_slurm_dump_logs
  exit 1
}

started=$EPOCHREALTIME
"$repository/deploy/slurm/submit.sh" --shards "$test_sweep_shards" --out "$out" \
  --dispatchsim "$program" -- "${test_sweep_definition[@]}"
source "$out/jobs"
deadline=$((SECONDS + job_timeout_seconds))
while :; do
  state=$(job_state "$merge_job")
  case $state in
    "COMPLETED ") break ;;
    *FAILED* | *CANCELLED* | *TIMEOUT* | *NODE_FAIL* | *OUT_OF_MEMORY* | *BOOT_FAIL* | *DEADLINE* | *PREEMPTED*)
      show_failure "the merge job $merge_job ended $state (shard tasks: $(job_state "$array_job"))" ;;
    "")
      show_failure "the controller does not know the merge job $merge_job any more" ;;
  esac
  ((SECONDS < deadline)) || show_failure "the sweep did not finish within $job_timeout_seconds s (shards: $(job_state "$array_job"), merge: $state)"
  sleep 0.5
done
slurm_seconds=$(python3 -c "print(f'{$EPOCHREALTIME - $started:.1f}')")
[[ $(job_state "$array_job") == "COMPLETED " ]] || show_failure "shard tasks ended $(job_state "$array_job")"
[[ -s $out/triage.txt && -s $out/triage.json ]] || show_failure "the merge job wrote no triage"
[[ -s $out/report/index.html && -s $out/report/summary.md ]] || show_failure "the merge job wrote no report"

test_sweep_compare "$out/results.db" || show_failure "the merged Slurm results differ from the single-process sweep"
echo "test: wall time: single process (1 worker) ${single_seconds} s; Slurm, $test_sweep_shards shards (submit to merged) ${slurm_seconds} s"
