#!/usr/bin/env bash
# Mutation check of the property checkers: replaces each checker's body with "no violation"
# (return {}), rebuilds the model tests and runs the crafted-history cases
# (tests/model/property_checkers_test.cpp). Every mutant must make them fail; a mutant that
# survives is a checker no test can catch. Restores every file from a copy as it goes (uncommitted
# edits survive).
# Usage: scripts/mutate-checkers.sh [BUILD_DIR]   (default build; run `make build` first)
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$here/build}"
survivors=0
# Interrupted half-way: put the checker back all the same.
restore() {
  for copy in "$here"/model/observe/properties/*.cpp.unmutated; do
    [[ -e $copy ]] && mv "$copy" "${copy%.unmutated}" && touch "${copy%.unmutated}"
  done
}
trap restore EXIT
for file in "$here"/model/observe/properties/*.cpp; do
  name="$(basename "$file" .cpp)"
  [[ $name == property ]] && continue
  cp "$file" "$file.unmutated"
  python3 - "$file" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path).read()
match = re.search(r"std::vector<Violation> check_\w+\(World& world\) \{", text)
assert match, path
depth, i = 1, match.end()
while depth:
    depth += {"{": 1, "}": -1}.get(text[i], 0)
    i += 1
open(path, "w").write(text[:match.end()] + "\n  (void)world;\n  return {};\n}" + text[i:])
PY
  if ! cmake --build "$build" --target model_tests -j "${JOBS:-2}" >/tmp/mutate-checkers.log 2>&1; then
    echo "$name: the mutant does not build (see /tmp/mutate-checkers.log)"; survivors=$((survivors + 1))
  elif "$build/tests/model_tests" --gtest_filter='Crafted/PropertyChecker.*' >/tmp/mutate-checkers-run.log 2>&1; then
    echo "$name: SURVIVED (no crafted case failed)"; survivors=$((survivors + 1))
  else
    failing=$(grep '^\[  FAILED  \]' /tmp/mutate-checkers-run.log | grep -o 'Crafted/PropertyChecker[^ ,]*' | sort -u | wc -l)
    echo "$name: killed ($failing crafted cases fail)"
  fi
  mv "$file.unmutated" "$file"
  touch "$file"  # newer than the mutant's object file, so the next build recompiles it
done
cmake --build "$build" --target model_tests -j "${JOBS:-2}" >/dev/null 2>&1
exit $((survivors > 0))
