#!/usr/bin/env bash
# Side by side: the run benchmarks (bench/world_bench) of an older build and of this one, run
# alternately on the same machine in one go (so a change of load hits both), into
# bench/results/side_by_side.json; benchmarks_to_markdown.py turns it into RESULTS.md's
# "Side by side" table (speed-up = older CPU time / this CPU time, medians over the rounds).
#   scripts/compare-benchmarks.sh OLD_BUILD_DIR [BUILD_DIR] [ROUNDS]
# e.g. git worktree add /tmp/old <commit> && make -C /tmp/old build ... then
#   cmake --build /tmp/old/build --target world_bench && scripts/compare-benchmarks.sh /tmp/old/build
set -euo pipefail
old_build=${1:?usage: compare-benchmarks.sh OLD_BUILD_DIR [BUILD_DIR] [ROUNDS]}
new_build=${2:-build}
rounds=${3:-3}
filter='BM_Run/|BM_LoadTest/|BM_RawSqlReplayOfARun/|BM_RunOfTheRecordedSeed/'
out=bench/results
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
commit_of() { git -C "$(dirname "$(realpath "$1")")" rev-parse --short=12 HEAD 2>/dev/null || echo "?"; }
for round in $(seq "$rounds"); do
  for side in old new; do
    build=$old_build; [ "$side" = new ] && build=$new_build
    echo "compare: round $round, $side ($build)"
    "$build/bench/world_bench" --benchmark_filter="$filter" --benchmark_min_time=0.5 \
      --benchmark_format=console --benchmark_out="$scratch/$side-$round.json" \
      --benchmark_out_format=json >/dev/null
  done
done
python3 - "$scratch" "$rounds" "$(commit_of "$old_build")" "$(commit_of "$new_build")" \
  "$out/side_by_side.json" <<'PY'
import json, os, sys
scratch, rounds, old_commit, new_commit, path = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
result = {"old_commit": old_commit, "new_commit": new_commit, "rounds": rounds,
          "load_after": list(os.getloadavg()), "benchmarks": {}}
for side in ("old", "new"):
    for r in range(1, rounds + 1):
        for b in json.load(open(f"{scratch}/{side}-{r}.json"))["benchmarks"]:
            entry = result["benchmarks"].setdefault(b["name"], {"unit": b["time_unit"], "old": [], "new": []})
            entry[side].append({"cpu_time": b["cpu_time"],
                                **{k: b[k] for k in ("items_per_second", "virtual_s_per_cpu_s") if k in b}})
json.dump(result, open(path, "w"), indent=1)
PY
echo "compare: wrote $out/side_by_side.json"
