#!/usr/bin/env bash
# Runs shard I of N of a dispatchsim sweep into OUT/shards/shard-I-of-N.db. The one step every
# engine (Slurm, GNU parallel, Kubernetes) runs per shard; see README "Running on a cluster".
#
#   run-shard.sh --shard I/N --out DIR [--jobs J] [--scratch DIR] -- SWEEP-DEFINITION...
#   run-shard.sh --shard I/N --out DIR [--jobs J] [--scratch DIR] --definition-file FILE
#   e.g. run-shard.sh --shard 3/8 --out /shared/nightly -- -s decline-race -v legacy --seeds 1..100000
#
# SWEEP-DEFINITION: the arguments of `dispatchsim sweep` that define the sweep (-s, -v, --seeds,
# --strategy, --depth, --fix, --flag-percent); every shard must get the same ones.
# --definition-file: the definition one argument per line (DIR/sweep.args, as prepare-output.sh
#   writes it) instead of after --.
# --jobs: worker processes (default: $SLURM_CPUS_PER_TASK, else the number of CPUs).
# --scratch: sweep into a node-local directory and copy the finished file to DIR (SQLite's WAL
#   mode wants a local disk; use it when DIR is on NFS).
# The program is $DISPATCHSIM (default: dispatchsim on PATH). Resumes a partly written shard file,
# so a requeued task continues. Exit 0 when the shard ran, whether or not runs violated a property
# (the results file says which); 2 for a bad definition; other codes when the sweep broke.
set -euo pipefail

program=${DISPATCHSIM:-dispatchsim}
shard="" out="" jobs=${SLURM_CPUS_PER_TASK:-} scratch=""
usage() { sed -n '2,20p' "$0" >&2; exit 2; }
while [[ $# -gt 0 ]]; do
  case $1 in
    --shard) shard=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --scratch) scratch=$2; shift 2 ;;
    --definition-file) mapfile -t definition_lines <"$2"; shift 2; set -- "${definition_lines[@]}"; break ;;
    --) shift; break ;;
    *) echo "run-shard: unknown option $1" >&2; usage ;;
  esac
done
[[ $shard =~ ^[0-9]+/[0-9]+$ && -n $out && $# -gt 0 ]] || usage
index=${shard%/*} count=${shard#*/}
name="shard-$index-of-$count.db"
mkdir -p "$out/shards"
database="$out/shards/$name"
if [[ -n $scratch ]]; then
  mkdir -p "$scratch"
  database="$scratch/$name"
  # A rerun resumes what an earlier run of this shard already copied to DIR.
  if [[ -f $out/shards/$name && ! -f $database ]]; then
    "$program" merge "$database" "$out/shards/$name" >/dev/null
  fi
fi

sweep=("$program" sweep "$@" --shard "$shard" --db "$database" --resume)
[[ -n $jobs ]] && sweep+=(--jobs "$jobs")
echo "run-shard: $(hostname): ${sweep[*]}"
status=0
"${sweep[@]}" || status=$?
# 1: some run violated a safety property or stopped with an error; 3: only liveness was violated.
# Both are results, not failures.
[[ $status -eq 0 || $status -eq 1 || $status -eq 3 ]] || { echo "run-shard: sweep exited $status" >&2; exit "$status"; }

if [[ -n $scratch ]]; then
  # Copy through SQLite (merge into a fresh file), then rename: DIR never holds half a file.
  rm -f "$out/shards/$name.partial"
  "$program" merge "$out/shards/$name.partial" "$database" >/dev/null
  mv -f "$out/shards/$name.partial" "$out/shards/$name"
  rm -f "$database" "$database-wal" "$database-shm"
  rmdir "$scratch" 2>/dev/null || true
fi
echo "run-shard: shard $shard done: $out/shards/$name"
