#!/usr/bin/env bash
# `make bench`: runs the Google Benchmark programs and writes the results as JSON
# (out/bench/*.json) and as a Markdown table with the machine described (bench/RESULTS.md,
# which the README shows).
set -euo pipefail
build_dir=${1:-build}
out=out/bench
mkdir -p "$out"
for program in kernel_bench world_bench; do
  echo "bench: $program"
  "$build_dir/bench/$program" --benchmark_min_time=1 --benchmark_format=console \
    --benchmark_out="$out/$program.json" --benchmark_out_format=json
done
python3 scripts/benchmarks_to_markdown.py "$out"/kernel_bench.json "$out"/world_bench.json > bench/RESULTS.md
echo "bench: wrote $out/*.json and bench/RESULTS.md"
