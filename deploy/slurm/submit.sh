#!/usr/bin/env bash
# Submits a dispatchsim sweep to Slurm: an array of N tasks (sweep.sbatch, task I runs shard I/N)
# and a merge job that runs after all of them succeeded (merge.sbatch: merge, triage, report).
# Prints the job ids and where the results will be.
#
#   deploy/slurm/submit.sh --shards N --out DIR [options] -- SWEEP-DEFINITION...
#   e.g. deploy/slurm/submit.sh --shards 100 --out /shared/nightly-$(date +%F) -- \
#          -s decline-race -s full-world -v legacy -v plan -v hardened --seeds 1..1000000
#
# SWEEP-DEFINITION: `dispatchsim sweep`'s -s, -v, --seeds, --strategy, --depth, --fix,
#   --flag-percent. Scenario files given by path are made absolute (the tasks run elsewhere).
# Options:
#   --dispatchsim PATH   the program, as every node sees it (default: dispatchsim on PATH here)
#   --cpus-per-task C    CPUs per task = worker processes per shard (default 1)
#   --max-running M      at most M tasks at once (--array=1-N%M)
#   --scratch DIR        node-local directory the tasks sweep into (when DIR is on NFS)
#   --sbatch-option OPT  passed to both sbatch calls (repeatable): --partition=..., --time=...
# DIR must be visible to every node. Writes DIR/jobs (array_job=..., merge_job=...).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
deploy=$(dirname "$here")
program=$(command -v dispatchsim || true)
count="" out="" cpus=1 max_running="" scratch="" sbatch_options=()
usage() { sed -n '2,21p' "$0" >&2; exit 2; }
while [[ $# -gt 0 ]]; do
  case $1 in
    --shards) count=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --dispatchsim) program=$2; shift 2 ;;
    --cpus-per-task) cpus=$2; shift 2 ;;
    --max-running) max_running=$2; shift 2 ;;
    --scratch) scratch=$2; shift 2 ;;
    --sbatch-option) sbatch_options+=("$2"); shift 2 ;;
    --) shift; break ;;
    *) echo "submit: unknown option $1" >&2; usage ;;
  esac
done
[[ $count =~ ^[1-9][0-9]*$ && -n $out && $# -gt 0 ]] || usage
[[ -x $program ]] || { echo "submit: no dispatchsim program (give --dispatchsim PATH)" >&2; exit 2; }
program=$(realpath "$program")

# Scenario files must be found from the nodes: absolute paths.
source "$deploy/common/prepare-output.sh"
prepare_output "$out" "$@"

array=1-$count
[[ -n $max_running ]] && array+="%$max_running"
# The jobs get these through sbatch's default --export=ALL. (An explicit --export=ALL,VAR=...
# makes slurmd load root's login environment first: measured 5-7 s per task here.)
export DISPATCHSIM=$program DISPATCHSIM_OUT=$out DISPATCHSIM_DEPLOY=$deploy
if [[ -n $scratch ]]; then export DISPATCHSIM_SCRATCH=$scratch; else unset DISPATCHSIM_SCRATCH; fi

# sbatch expands %A, %a, %j, ... in --output: a % of DIR's own is written %% to stay a %.
logs=${out//%/%%}/logs
array_job=$(sbatch --parsable "${sbatch_options[@]}" --array="$array" --cpus-per-task="$cpus" \
  --chdir="$out" --output="$logs/sweep-%A_%a.out" \
  "$here/sweep.sbatch" "${definition[@]}")
array_job=${array_job%%;*}
# kill-on-invalid-dep: a failed shard cancels the merge instead of leaving it pending forever.
merge_job=$(sbatch --parsable "${sbatch_options[@]}" --dependency="afterok:$array_job" \
  --kill-on-invalid-dep=yes --chdir="$out" \
  --output="$logs/merge-%j.out" "$here/merge.sbatch" "$count")
merge_job=${merge_job%%;*}
printf 'array_job=%s\nmerge_job=%s\nshards=%s\n' "$array_job" "$merge_job" "$count" >"$out/jobs"

cat <<TEXT
submitted: sweep array job $array_job ($count tasks, shard I = task I), merge job $merge_job (after all succeeded)
  definition: ${definition[*]}
  shards:     $out/shards/shard-I-of-$count.db
  results:    $out/results.db   (when job $merge_job has run)
  triage:     $out/triage.txt, $out/triage.json
  report:     $out/report/   (if this dispatchsim has the report command)
  logs:       $out/logs/
  watch:      squeue -j $array_job,$merge_job
TEXT
