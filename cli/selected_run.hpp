#pragma once
// The run a command works on, resolved from its options: -s/-v/--seed/... (RunSelection), or a
// row of a results file (--db FILE --row ID), optionally replayed from a choice tape (--tape).
// Shared by run, replay, explain and shrink so they all accept the same ways of naming a run.

#include <optional>
#include <string>
#include <vector>

#include "cli/cli_support.hpp"
#include "explore/run_record.hpp"
#include "explore/run_spec.hpp"

namespace dispatchsim::cli {

class SelectedRun {
 public:
  explore::RunSpec spec;
  scenarios::Scenario scenario;
  std::optional<explore::RunRecord> stored;  // the row, when selected by --db/--row
  std::string results_file;
  std::optional<std::vector<std::uint64_t>> tape;
  std::string tape_file;

  // The options that reproduce the run (pointing into this object's tape: keep it alive).
  scenarios::RunOptions options() const;
  // The arguments that select this run again, e.g. "-s decline-race -v legacy --seed 5 --tape t".
  std::string arguments() const;
};

// Adds --db FILE --row ID (exclusive with -s/-v/--seed/...) to a command using add_run_selection.
void add_row_selection(CLI::App& command, RunSelection& selection);
// Adds --tape FILE.
void add_tape_option(CLI::App& command, RunSelection& selection);

// Resolves the selection. Throws BadInput / explore::InputError / ScenarioError on bad input.
SelectedRun select_run(const RunSelection& selection);

explore::RunSpec spec_of(const RunSelection& selection);

}  // namespace dispatchsim::cli
