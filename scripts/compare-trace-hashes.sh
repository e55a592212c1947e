#!/usr/bin/env bash
# Shows that a refactoring changed no run: sweeps the same scenarios, variants and seeds with two
# builds of dispatchsim and compares every run's trace hash and outcome.
#   scripts/compare-trace-hashes.sh OLD_DISPATCHSIM NEW_DISPATCHSIM [SEEDS] [OUT_DIR]
# SEEDS defaults to 1..25; the scenarios are every bundled one that injects faults, plus the
# decline race. Exit 0 when every run is identical, 1 when one differs (the first differences are
# printed), 2 on bad usage.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 OLD_DISPATCHSIM NEW_DISPATCHSIM [SEEDS] [OUT_DIR]" >&2
  exit 2
fi
old=$1
new=$2
seeds=${3:-1..25}
out=${4:-$(mktemp -d)}
for binary in "$old" "$new"; do
  if [ ! -x "$binary" ]; then echo "$0: $binary is not an executable" >&2; exit 2; fi
done
scenarios=(full-world migration-mid-backfill push-chaos redelivery-storm swarm-extremes swarm
           decline-race worker-crash-restart location-reorder cache-failover)
mkdir -p "$out"
for side in old new; do
  binary=$old
  [ "$side" = new ] && binary=$new
  rm -f "$out/$side.db"
  "$binary" sweep -s "${scenarios[@]}" -v legacy plan hardened --seeds "$seeds" --jobs 2 \
    --db "$out/$side.db" >"$out/$side.log" 2>&1 || true  # violations exit 1: expected
  sqlite3 "$out/$side.db" "SELECT scenario, variant, seed, trace_hash, outcome FROM runs
                           ORDER BY scenario, variant, seed" >"$out/$side.txt"
done
runs=$(wc -l <"$out/new.txt")
if [ "$runs" -eq 0 ]; then echo "$0: no runs stored; see $out/new.log" >&2; exit 2; fi
if diff "$out/old.txt" "$out/new.txt" >"$out/diff.txt"; then
  echo "IDENTICAL: $runs runs, same trace hash and outcome ($out)"
  exit 0
fi
echo "DIFFERENT: $(grep -c '^>' "$out/diff.txt") of $runs runs changed ($out/diff.txt):"
head -20 "$out/diff.txt"
exit 1
