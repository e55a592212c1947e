#include "cli/selected_run.hpp"

#include <fmt/format.h>

#include "explore/choice_tape_file.hpp"
#include "explore/input_error.hpp"
#include "explore/results_file.hpp"
#include "explore/sweep_definition.hpp"
#include "scenarios/shell_quote.hpp"

namespace dispatchsim::cli {

scenarios::RunOptions SelectedRun::options() const {
  scenarios::RunOptions options = spec.run_options();
  if (tape) options.tape = &*tape;
  // A guided run's tape is a prefix; the seed draws the rest (a stored row's tape is complete).
  options.reseed_after_tape = spec.strategy == "guided";
  return options;
}

std::string SelectedRun::arguments() const {
  if (tape && tape_file.empty() && stored) {
    return fmt::format("--db {} --row {}", explore::shell_word(results_file), stored->id);
  }
  std::string text = spec.arguments();
  if (tape) text += " --tape " + scenarios::shell_quote(tape_file);
  return text;
}

void add_row_selection(CLI::App& command, RunSelection& selection) {
  CLI::Option* db = command.add_option("--db", selection.results_file,
                                       "With --row: the results file a sweep wrote");
  CLI::Option* row = command.add_option("--row", selection.row,
                                        "Select the run stored in row ID of --db FILE "
                                        "(sweep prints row ids), instead of -s/-v/--seed");
  row->needs(db);
  db->needs(row);
  for (const char* name : {"--scenario", "--variant", "--seed", "--strategy", "--depth", "--fix",
                           "--flag-percent", "--flag-from"}) {
    if (CLI::Option* option = command.get_option_no_throw(name)) row->excludes(option);
  }
}

void add_tape_option(CLI::App& command, RunSelection& selection) {
  command.add_option("--tape", selection.tape_file,
                     "Replay the schedule in this choice tape file (shrink writes one) instead "
                     "of drawing choices from the seed");
}

explore::RunSpec spec_of(const RunSelection& selection) {
  explore::RunSpec spec;
  spec.scenario = selection.scenario;
  spec.variant = selection.variant;
  spec.seed = selection.seed;
  spec.strategy = selection.strategy;
  spec.pct_depth = selection.depth;
  if (!selection.fixes.empty()) spec.fixes = explore::parse_fixes(selection.fixes);
  spec.flag_percent = selection.flag_percent;
  if (!selection.flag_from.empty())
    spec.flag_switch = explore::parse_flag_switch(selection.flag_from);
  return spec;
}

namespace {

void select_row(const RunSelection& selection, SelectedRun& selected) {
  explore::ResultsFile file(selection.results_file, explore::ResultsFile::Mode::read_only);
  file.verify();  // a damaged file is refused; a partial one still holds good rows
  const auto sweep = file.sweep();
  if (!sweep) throw explore::InputError(selection.results_file + ": holds no sweep");
  explore::RunRecord record = file.run(*selection.row);
  selected.spec = explore::stored_run_spec(sweep->definition, record);
  selected.results_file = selection.results_file;
  // A guided row replays from its stored tape: its seed alone does not make the run.
  if (record.guided) selected.tape = record.guided->tape;
  selected.stored = std::move(record);
}

}  // namespace

SelectedRun select_run(const RunSelection& selection) {
  SelectedRun selected;
  if (selection.row) {
    select_row(selection, selected);
  } else {
    selected.spec = spec_of(selection);
  }
  selected.scenario = scenarios::load_scenario(scenarios::resolve_scenario(selected.spec.scenario));
  if (!selection.tape_file.empty()) {
    selected.tape = explore::read_choice_tape(selection.tape_file);
    selected.tape_file = selection.tape_file;
  }
  return selected;
}

}  // namespace dispatchsim::cli
