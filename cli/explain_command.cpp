// dispatchsim explain: the timeline of one request of a run — every statement, message, cache
// access, push, log line and ground-truth event that touched it, with virtual time and process,
// the faults that fired in the processes involved, and the violation marked.

#include <fmt/format.h>

#include "cli/cli_support.hpp"
#include "cli/selected_run.hpp"
#include "explore/request_timeline.hpp"

namespace dispatchsim::cli {

namespace {

struct ExplainArguments {
  RunSelection selection;
  std::optional<std::int64_t> request;
  std::string format = "text";
};

int explain(const ExplainArguments& arguments, const CommandContext& context) {
  const SelectedRun selected = select_run(arguments.selection);
  scenarios::RunOptions options = selected.options();
  options.keep_trace = true;
  const scenarios::RunResult result = scenarios::run_scenario(selected.scenario, options);
  const auto timelines = explore::build_timelines(result, arguments.request);
  if (arguments.format == "json") {
    fmt::print("{}\n", explore::timelines_json(result, timelines).dump(2));
  } else {
    fmt::print("{}", explore::timelines_text(result, timelines));
    fmt::print("reproduce: {} run {}\n", context.program, selected.arguments());
  }
  return result.violated() ? exit_violation : exit_ok;
}

}  // namespace

void install_explain_command(CLI::App& app, CommandContext& context) {
  auto arguments = std::make_shared<ExplainArguments>();
  CLI::App* command = app.add_subcommand(
      "explain",
      "Print the timeline of one request of a run (or of every request involved in a violation):\n"
      "each statement (with its parameters), message, cache access, push, log line and\n"
      "ground-truth event with virtual time and process, the faults that fired in the processes\n"
      "involved, and the violation marked with '*'. Exit 1 if the run violates a property.\n"
      "  example: dispatchsim explain -s decline-race -v legacy --seed 5\n"
      "  example: dispatchsim explain -s decline-race -v plan --seed 68 --request 7 --format json\n"
      "  example: dispatchsim explain --db results.db --row 17");
  add_run_selection(*command, arguments->selection);
  add_row_selection(*command, arguments->selection);
  add_tape_option(*command, arguments->selection);
  command->add_option("--request", arguments->request,
                      "The request to explain (default: every request involved in a violation)");
  command->add_option("--format", arguments->format, "text | json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  command->callback([arguments, &context] {
    context.exit_code = guarded([&] { return explain(*arguments, context); });
  });
}

}  // namespace dispatchsim::cli
