# Sourced by the engines' front ends (slurm/submit.sh, parallel/sweep.sh), which run the shards
# elsewhere: `prepare_output DIR SWEEP-DEFINITION...` creates DIR/shards and DIR/logs, makes DIR
# absolute (variable `out`), rewrites every scenario file given by path as an absolute path (array
# `definition`, and their list in `scenario_files`), and records the definition in DIR/sweep.args,
# one argument per line.
#
# Scenarios come in every form `dispatchsim sweep` accepts: `-s A B C` (one option, several
# values), `-s A -s B`, `--scenario A`, `--scenario=A`, `-sA`. A value that names an existing file
# becomes its absolute path; anything else (a bundled scenario's name) is kept as written.

# The absolute path of a scenario value when it is a file, else the value.
absolute_scenario() {
  if [[ -f $1 ]]; then realpath "$1"; else printf '%s\n' "$1"; fi
}

prepare_output() {
  out=$1
  shift
  definition=() scenario_files=()
  local in_scenarios=0 value
  while [[ $# -gt 0 ]]; do
    case $1 in
      *$'\n'*)
        echo "prepare-output: an argument holds a newline: $1" >&2
        return 2 ;;
      -s | --scenario)
        in_scenarios=1
        definition+=("$1") ;;
      --scenario=*)
        in_scenarios=0
        value=$(absolute_scenario "${1#--scenario=}")
        [[ -f ${1#--scenario=} ]] && scenario_files+=("$value")
        definition+=("--scenario=$value") ;;
      -s?*)
        in_scenarios=0
        value=$(absolute_scenario "${1#-s}")
        [[ -f ${1#-s} ]] && scenario_files+=("$value")
        definition+=("-s$value") ;;
      -*)
        in_scenarios=0
        definition+=("$1") ;;
      *)
        if [[ $in_scenarios -eq 1 && -f $1 ]]; then
          scenario_files+=("$(realpath "$1")")
          definition+=("${scenario_files[-1]}")
        else
          definition+=("$1")
        fi ;;
    esac
    shift
  done
  mkdir -p "$out/shards" "$out/logs"
  out=$(realpath "$out")
  printf '%s\n' "${definition[@]}" >"$out/sweep.args"
}
