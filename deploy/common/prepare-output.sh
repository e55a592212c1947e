# Sourced by the engines' front ends (slurm/submit.sh, parallel/sweep.sh), which run the shards
# elsewhere: `prepare_output DIR SWEEP-DEFINITION...` creates DIR/shards and DIR/logs, makes DIR
# absolute (variable `out`), rewrites scenario files given by path as absolute paths (array
# `definition`, and their list in `scenario_files`), and records the definition in DIR/sweep.args,
# one argument per line.
prepare_output() {
  out=$1
  shift
  definition=() scenario_files=()
  while [[ $# -gt 0 ]]; do
    if [[ ($1 == -s || $1 == --scenario) && $# -gt 1 && -f $2 ]]; then
      scenario_files+=("$(realpath "$2")")
      definition+=("$1" "${scenario_files[-1]}")
      shift 2
    else
      definition+=("$1")
      shift
    fi
  done
  mkdir -p "$out/shards" "$out/logs"
  out=$(realpath "$out")
  printf '%s\n' "${definition[@]}" >"$out/sweep.args"
}
