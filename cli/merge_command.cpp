// dispatchsim merge: the shards of one sweep, run on several machines, become one results file.

#include <fmt/format.h>

#include "cli/cli_support.hpp"
#include "cli/sweep_summary_table.hpp"
#include "cli/triage_listing.hpp"
#include "explore/results_merge.hpp"
#include "explore/sweep_summary.hpp"

namespace dispatchsim::cli {

namespace {

// The merged file's distinct bugs are listed after the summary; `triage` lists them all.
constexpr std::size_t merge_triage_limit = 20;

struct MergeArguments {
  std::string output;
  std::vector<std::string> inputs;
};

int merge(const MergeArguments& arguments, const CommandContext& context) {
  const explore::MergeOutcome outcome = explore::merge_results(arguments.output, arguments.inputs);
  std::string shards;
  for (const auto& shard : outcome.shards) shards += (shards.empty() ? "" : ", ") + shard;
  fmt::print("merge: {} runs added, {} already present; {} now holds {} runs (shards: {})\n",
             outcome.added, outcome.duplicates, arguments.output, outcome.total_runs, shards);
  for (const auto& conflict : outcome.conflicts) {
    fmt::print("  DIFFERENT RESULTS for one run (nondeterminism, or different builds): {}\n",
               conflict);
  }
  explore::ResultsFile file(arguments.output, explore::ResultsFile::Mode::read_only);
  fmt::print("  {}\n\n", file.verify().describe());
  print_sweep_summary(explore::summarize(file), context.program, arguments.output);
  fmt::print("\n");
  print_triage(explore::triage(file), context.program, arguments.output, merge_triage_limit);
  return outcome.conflicts.empty() ? exit_ok : exit_violation;
}

}  // namespace

void install_merge_command(CLI::App& app, CommandContext& context) {
  auto arguments = std::make_shared<MergeArguments>();
  CLI::App* command = app.add_subcommand(
      "merge",
      "Merge results files of one sweep (its shards) into OUT; refuses files from different\n"
      "sweep definitions and damaged files (exit 2). A run held by several files is kept once; "
      "exit 1\n"
      "if two files disagree about a run's trace hash. OUT is written beside it and renamed into\n"
      "place when complete: a killed merge leaves the old OUT (or none), never half of one.\n"
      "  example: dispatchsim merge all.db shard1.db shard2.db shard3.db");
  command->add_option("OUT", arguments->output, "Merged results file (created, or added to)")
      ->required();
  command->add_option("IN", arguments->inputs, "Results files to merge")->required();
  command->callback([arguments, &context] {
    context.exit_code = guarded([&] { return merge(*arguments, context); });
  });
}

}  // namespace dispatchsim::cli
