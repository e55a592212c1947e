# What the scale-out tests share: the sweep they split, its single-process reference run and the
# comparison. Source it; needs $program (the dispatchsim binary) and $work (a scratch directory).

# Small (160 runs, a few seconds) but with violations with and without faults in both legacy and
# plan, so the comparison covers trace hashes, child rows and several triage groups.
test_sweep_definition=(-s decline-race -s worker-crash-restart -v legacy -v plan --seeds 1..40)
test_sweep_runs=160
test_sweep_shards=4
repository=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# Sweeps the definition in one worker process into $work/single.db; prints its wall time.
test_sweep_single_process() {
  local started=$EPOCHREALTIME status=0
  "$program" sweep "${test_sweep_definition[@]}" --jobs 1 --db "$work/single.db" >"$work/single.log" 2>&1 ||
    status=$?
  if [[ $status -ne 0 && $status -ne 1 && $status -ne 3 ]]; then
    echo "test: the single-process sweep failed ($status):" >&2
    cat "$work/single.log" >&2
    return 1
  fi
  single_seconds=$(python3 -c "print(f'{$EPOCHREALTIME - $started:.1f}')")
}

# Asserts that $1 (merged shards) equals the single-process sweep.
test_sweep_compare() {
  python3 "$repository/tests/cluster/compare_results.py" "$program" "$work/single.db" "$1" \
    --runs "$test_sweep_runs" --min-groups 4
}
