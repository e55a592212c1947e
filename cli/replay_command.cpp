// dispatchsim replay: the determinism check a developer runs before trusting a seed. The same
// run twice; different trace hashes mean nondeterminism, and the first differing event says
// where it crept in.

#include <fmt/format.h>

#include "cli/cli_support.hpp"
#include "cli/selected_run.hpp"

namespace dispatchsim::cli {

namespace {

struct ReplayArguments {
  RunSelection selection;
  std::uint64_t perturb_after_events = 0;  // test hook: a deliberate nondeterminism in run 2
};

int first_difference(const scenarios::RunResult& first, const scenarios::RunResult& second) {
  const std::size_t common = std::min(first.trace.size(), second.trace.size());
  for (std::size_t i = 0; i < common; ++i) {
    const auto& a = first.trace[i];
    const auto& b = second.trace[i];
    if (a.time != b.time || a.process != b.process || a.kind != b.kind || a.fields != b.fields) {
      fmt::print(
          "first difference at event {}:\n  run 1: t={} us {} {} {}\n  run 2: t={} us {} {} {}\n",
          i, a.time, first.process_names.at(a.process), a.kind, a.text, b.time,
          second.process_names.at(b.process), b.kind, b.text);
      return exit_violation;
    }
  }
  if (first.trace.size() != second.trace.size()) {
    fmt::print("the traces agree on their first {} events, then one is longer\n", common);
  } else {
    fmt::print("every event agrees, but the hashes differ: a value outside the events leaked in\n");
  }
  return exit_violation;
}

// A stored row keeps no trace, so only the hash and the event count can be compared with it.
bool agrees_with_stored(const explore::RunRecord& stored, const std::string& results_file,
                        const scenarios::RunResult& run) {
  fmt::print("stored: trace hash {:016x}, {} events (row {} of {})\n", stored.trace_hash,
             stored.events, stored.id, results_file);
  if (stored.outcome == explore::RunOutcome::error) {
    fmt::print("the stored run stopped with an error, so it has no hash to compare: {}\n",
               stored.error);
    return true;
  }
  if (stored.trace_hash == run.trace_hash) return true;
  fmt::print(
      "MISMATCH WITH THE STORED RUN: both runs now give {:016x} ({} events), the sweep stored "
      "{:016x} ({} events).\nThe code, the scenario file or the build changed since the sweep "
      "(or it ran elsewhere); to find the first differing event, rerun the sweep's build with "
      "--trace and diff the traces.\n",
      run.trace_hash, run.events, stored.trace_hash, stored.events);
  return false;
}

int replay(const ReplayArguments& arguments) {
  const SelectedRun selected = select_run(arguments.selection);
  scenarios::RunOptions options = selected.options();
  options.keep_trace = true;
  const scenarios::RunResult first = scenarios::run_scenario(selected.scenario, options);
  options.perturb_after_events = arguments.perturb_after_events;
  const scenarios::RunResult second = scenarios::run_scenario(selected.scenario, options);
  fmt::print("replaying: {}\n", selected.arguments());
  fmt::print("run 1: trace hash {:016x}, {} events\n", first.trace_hash, first.events);
  fmt::print("run 2: trace hash {:016x}, {} events\n", second.trace_hash, second.events);
  const bool stored_agrees =
      !selected.stored || agrees_with_stored(*selected.stored, selected.results_file, first);
  if (first.trace_hash == second.trace_hash) {
    if (!stored_agrees) return exit_violation;
    fmt::print("deterministic: the two runs are identical{}\n",
               selected.stored ? ", and identical to the stored one" : "");
    return exit_ok;
  }
  fmt::print("NONDETERMINISM: the same seed gave two different runs\n");
  return first_difference(first, second);
}

}  // namespace

void install_replay_command(CLI::App& app, CommandContext& context) {
  auto arguments = std::make_shared<ReplayArguments>();
  CLI::App* command = app.add_subcommand(
      "replay",
      "Run one seed twice; fail (exit 1) if the trace hashes differ (from each other, or from the\n"
      "hash a sweep stored) and name the first differing event\n"
      "  example: dispatchsim replay -s decline-race -v legacy --seed 5\n"
      "  example: dispatchsim replay --db results.db --row 17     (a run a sweep stored)");
  add_run_selection(*command, arguments->selection);
  add_row_selection(*command, arguments->selection);
  add_tape_option(*command, arguments->selection);
  command
      ->add_option("--test-perturb-after", arguments->perturb_after_events,
                   "Testing only: corrupt run 2's hash after N events")
      ->group("");  // hidden
  command->callback(
      [arguments, &context] { context.exit_code = guarded([&] { return replay(*arguments); }); });
}

}  // namespace dispatchsim::cli
