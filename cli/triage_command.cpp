// dispatchsim triage: a sweep's violations (all shards, once merged) grouped into distinct bugs
// by signature, each with its minimal seed.

#include <fmt/format.h>

#include <climits>

#include "cli/cli_support.hpp"
#include "cli/triage_listing.hpp"
#include "explore/triage.hpp"

namespace dispatchsim::cli {

namespace {

struct TriageArguments {
  std::string results_file;
  std::string format = "text";
  std::size_t limit = SIZE_MAX;
};

int triage(const TriageArguments& arguments, const CommandContext& context) {
  explore::ResultsFile file(arguments.results_file, explore::ResultsFile::Mode::read_only);
  const explore::Triage found = explore::triage(file);
  if (arguments.format == "json") {
    fmt::print("{}\n", explore::triage_json(found).dump(2));
  } else {
    print_triage(found, context.program, arguments.results_file, arguments.limit);
  }
  std::set<std::string> violated;
  for (const auto& group : found.groups) {
    for (const auto& shape : group.shapes) violated.insert(shape.property);
  }
  if (found.violating_runs > 0 && violated.empty())
    return exit_violation;  // runs without signatures
  return violation_exit_code(violated);
}

}  // namespace

void install_triage_command(CLI::App& app, CommandContext& context) {
  auto arguments = std::make_shared<TriageArguments>();
  CLI::App* command = app.add_subcommand(
      "triage",
      "Group a results file's violations into distinct bugs: by variant and signature (property,\n"
      "faults that fired near the violation, the kinds of the events involved), each with its\n"
      "run count and minimal seed. Seeds and times never enter a signature, so the shards of a\n"
      "sweep, merged, triage exactly like the sweep run in one process. Exit 1 if any run "
      "violated.\n"
      "  example: dispatchsim triage --db all.db\n"
      "  example: dispatchsim triage --db all.db --format json");
  command->add_option("--db", arguments->results_file, "Results file (a sweep's, or merged shards)")
      ->required();
  command->add_option("--format", arguments->format, "text | json")
      ->check(one_of({"text", "json"}, "format"))
      ->capture_default_str();
  command->add_option("--limit", arguments->limit, "Print at most this many groups (text)");
  command->callback([arguments, &context] {
    context.exit_code = guarded([&] { return triage(*arguments, context); });
  });
}

}  // namespace dispatchsim::cli
