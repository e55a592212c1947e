#!/usr/bin/env bash
# Merges the N shard files of a sweep (OUT/shards/shard-I-of-N.db, written by run-shard.sh) into
# OUT/results.db, writes the triage (OUT/triage.txt, OUT/triage.json) and the reports
# (OUT/report/: summary.md, index.html, results.json, junit.xml). The last step of every engine.
#
#   merge-shards.sh --shards N --out DIR
#
# The program is $DISPATCHSIM (default: dispatchsim on PATH). Fails, naming them, when shard
# files are missing, and when two shards disagree about a run (nondeterminism or mixed builds).
set -euo pipefail

program=${DISPATCHSIM:-dispatchsim}
count="" out=""
while [[ $# -gt 0 ]]; do
  case $1 in
    --shards) count=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "merge-shards: unknown option $1" >&2; sed -n '2,10p' "$0" >&2; exit 2 ;;
  esac
done
[[ $count =~ ^[0-9]+$ && -n $out ]] || { sed -n '2,10p' "$0" >&2; exit 2; }

shards=() missing=()
for ((index = 1; index <= count; index++)); do
  file="$out/shards/shard-$index-of-$count.db"
  if [[ -f $file ]]; then shards+=("$file"); else missing+=("$index"); fi
done
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "merge-shards: shards ${missing[*]} of $count have no results file in $out/shards; rerun them" >&2
  exit 1
fi

# Never in place: the shards are merged into a fresh file, renamed over results.db when complete
# (a rerun rebuilds it from the shards; a killed merge leaves the previous results.db).
staged="$out/.results.db.merging"
rm -f "$staged" "$staged-wal" "$staged-shm"
"$program" merge "$staged" "${shards[@]}"
mv -f "$staged" "$out/results.db"
# Each written whole, then renamed. triage exits 1 (a safety violation) or 3 (liveness only) when
# it lists violations: a result, not a failure.
"$program" triage --db "$out/results.db" >"$out/.triage.txt.partial" || case $? in 1 | 3) ;; *) false ;; esac
"$program" triage --db "$out/results.db" --format json >"$out/.triage.json.partial" || case $? in 1 | 3) ;; *) false ;; esac
mv -f "$out/.triage.txt.partial" "$out/triage.txt"
mv -f "$out/.triage.json.partial" "$out/triage.json"
echo "merge-shards: results $out/results.db, triage $out/triage.txt"
# report exits 1 when the sweep found violations: a result too.
"$program" report --db "$out/results.db" --out "$out/report" >"$out/report.log" || [[ $? -eq 1 ]]
echo "merge-shards: report $out/report/index.html"
