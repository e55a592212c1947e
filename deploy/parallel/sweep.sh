#!/usr/bin/env bash
# A dispatchsim sweep split into N shards run by GNU parallel — on this machine, or on a handful
# of machines over ssh — then merged, triaged and reported (deploy/common/merge-shards.sh).
#
#   deploy/parallel/sweep.sh --shards N --out DIR [options] -- SWEEP-DEFINITION...
#   e.g. deploy/parallel/sweep.sh --shards 8 --out nightly -- -s decline-race -v legacy -v plan --seeds 1..100000
#        deploy/parallel/sweep.sh --shards 12 --out nightly --sshloginfile machines.txt -- -s full-world --seeds 1..30000
#
# SWEEP-DEFINITION: `dispatchsim sweep`'s -s, -v, --seeds, --strategy, --depth, --fix, --flag-percent.
# Options:
#   --dispatchsim PATH    the program (default: dispatchsim on PATH); with ssh, its path on every machine
#   --sshloginfile FILE   run the shards on these machines (GNU parallel's format: one
#                         [N/]user@host per line, ':' for this machine); each shard's file is copied
#                         back and removed there. dispatchsim must be installed on each machine,
#                         and DIR's absolute path creatable there; deploy/common/run-shard.sh and
#                         scenario files given by path are copied over (to the same paths).
#   --parallel P          shards at once (per machine with ssh; default: this machine's CPUs,
#                         one per machine with ssh)
#   --jobs-per-shard J    worker processes per shard (default: 1 locally, every CPU with ssh)
# Writes DIR/shards/shard-I-of-N.db, DIR/results.db, DIR/triage.txt, DIR/triage.json,
# DIR/report/ (if the program has `report`) and DIR/logs/. A rerun resumes unfinished shards.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
deploy=$(dirname "$here")
program=$(command -v dispatchsim || true)
count="" out="" login_file="" parallel_jobs="" jobs_per_shard=""
usage() { sed -n '2,24p' "$0" >&2; exit 2; }
while [[ $# -gt 0 ]]; do
  case $1 in
    --shards) count=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --dispatchsim) program=$2; shift 2 ;;
    --sshloginfile) login_file=$(realpath "$2"); shift 2 ;;
    --parallel) parallel_jobs=$2; shift 2 ;;
    --jobs-per-shard) jobs_per_shard=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "sweep.sh: unknown option $1" >&2; usage ;;
  esac
done
[[ $count =~ ^[1-9][0-9]*$ && -n $out && $# -gt 0 && -n $program ]] || usage
command -v parallel >/dev/null || { echo "sweep.sh: GNU parallel is not installed (apt-get install parallel)" >&2; exit 2; }

# Scenario files by absolute path: the same path on every machine (copied there with ssh).
source "$deploy/common/prepare-output.sh"
prepare_output "$out" "$@"
basefiles=(--basefile "$deploy/common/run-shard.sh")
for file in "${scenario_files[@]}"; do basefiles+=(--basefile "$file"); done

# GNU parallel rewrites replacement strings ({}, {.}, {/}, {#}, {= perl =}, ...) anywhere in its
# command line and in --results/--return, so no path or definition of the user's goes there: the
# job is a fixed shell line reading them from the environment (--env takes them over ssh) and the
# definition from DIR/sweep.args; parallel runs in DIR, so its own paths are relative.
shard_jobs=""
[[ -n $jobs_per_shard ]] && shard_jobs=$jobs_per_shard
parallel_options=(--will-cite --halt now,fail=1 --joblog logs/parallel.joblog --results logs/shard-{}
  --env DISPATCHSIM --env DISPATCHSIM_OUT --env DISPATCHSIM_DEPLOY --env DISPATCHSIM_SHARD_JOBS)
if [[ -z $login_file ]]; then
  [[ -n $jobs_per_shard ]] || shard_jobs=1
  parallel_options+=(--jobs "${parallel_jobs:-$(nproc)}")
  program=$(realpath "$program")
else
  # Every machine writes its shards under the same absolute path; each file is copied back here
  # and removed there (for ':', this machine, there is nothing to copy). --return names DIR, so
  # DIR must not hold what parallel would rewrite.
  if [[ $out == *[{}]* ]]; then
    echo "sweep.sh: with --sshloginfile, DIR must not contain { or } (GNU parallel would rewrite them): $out" >&2
    exit 2
  fi
  basefiles+=(--basefile "$out/sweep.args")
  parallel_options+=(--sshloginfile "$login_file" --jobs "${parallel_jobs:-1}" "${basefiles[@]}"
    --return "$out/shards/shard-{}-of-$count.db" --cleanup)
fi
export DISPATCHSIM=$program DISPATCHSIM_OUT=$out DISPATCHSIM_DEPLOY=$deploy DISPATCHSIM_SHARD_JOBS=$shard_jobs

started=$SECONDS
cd "$out"
# shellcheck disable=SC2016  # expanded by the job's shell, not here
parallel "${parallel_options[@]}" \
  '"$DISPATCHSIM_DEPLOY/common/run-shard.sh" --shard {}/'"$count"' --out "$DISPATCHSIM_OUT" ${DISPATCHSIM_SHARD_JOBS:+--jobs "$DISPATCHSIM_SHARD_JOBS"} --definition-file "$DISPATCHSIM_OUT/sweep.args"' \
  ::: $(seq 1 "$count") ||
  { echo "sweep.sh: a shard failed; see $out/logs/ (parallel.joblog, shard-*/)" >&2; exit 1; }
echo "sweep.sh: $count shards in $((SECONDS - started)) s"
"$deploy/common/merge-shards.sh" --shards "$count" --out "$out"
