// dispatchsim explain: the timeline of one request of a run — every statement, message, cache
// access, push, log line and ground-truth event that touched it, with virtual time and process,
// the faults that fired in the processes involved, and the violation marked.

#include <fmt/format.h>

#include "cli/cli_support.hpp"
#include "cli/selected_run.hpp"
#include "explore/causal_chain.hpp"
#include "explore/failure_likelihood.hpp"
#include "explore/request_timeline.hpp"

namespace dispatchsim::cli {

namespace {

struct ExplainArguments {
  RunSelection selection;
  std::optional<std::int64_t> request;
  std::string format = "text";
  bool causal = false;
  bool likelihood = false;
  explore::LikelihoodSettings likelihood_settings;
  std::string property;
};

// A timeline longer than this is more than a person reads: shrink the run first.
constexpr std::size_t large_timeline_events = 150;

// "this run is large — shrink it first" with the command, when the timelines are long and the
// run is not already a shrunk case (shrink's cases replay a tape); "" otherwise.
std::string shrink_first_hint(const SelectedRun& selected, const scenarios::RunResult& result,
                              const std::vector<explore::RequestTimeline>& timelines,
                              const std::string& program) {
  std::size_t events = 0;
  for (const auto& timeline : timelines) events += timeline.entries.size();
  if (events <= large_timeline_events || selected.tape || !result.violated()) return "";
  return fmt::format(
      "this run is large ({} in {}; {}, {}) — shrink it first:\n"
      "  {} shrink {}\n"
      "then explain the minimal case with the `explain` command shrink prints (or add --causal "
      "here)\n",
      count_of(static_cast<std::int64_t>(events), "timeline event"),
      count_of(static_cast<std::int64_t>(timelines.size()), "request"),
      count_of(result.metrics.requests, "request in the run", "requests in the run"),
      count_of(static_cast<std::int64_t>(result.events), "trace event"), program,
      selected.arguments());
}

int explain_likelihood(const SelectedRun& selected, const ExplainArguments& arguments,
                       const CommandContext& context) {
  const explore::LikelihoodReport report = explore::failure_likelihood(
      selected.scenario, selected.options(), arguments.property, arguments.likelihood_settings);
  fmt::print("{}", explore::likelihood_text(report));
  fmt::print("reproduce: {} run {}\n", context.program, selected.arguments());
  return exit_violation;
}

int explain(const ExplainArguments& arguments, const CommandContext& context) {
  const SelectedRun selected = select_run(arguments.selection);
  if (arguments.likelihood) return explain_likelihood(selected, arguments, context);
  scenarios::RunOptions options = selected.options();
  options.keep_trace = true;
  const scenarios::RunResult result = scenarios::run_scenario(selected.scenario, options);
  const auto timelines = explore::build_timelines(result, arguments.request, arguments.causal);
  if (arguments.format == "json") {
    auto json = explore::timelines_json(result, timelines);
    json["causal"] = arguments.causal;
    fmt::print("{}\n", json.dump(2));
    return violation_exit_code(result.violated_properties());
  }
  const std::string hint =
      arguments.causal ? "" : shrink_first_hint(selected, result, timelines, context.program);
  fmt::print("{}", hint);
  if (!hint.empty()) fmt::print("\n");
  if (arguments.causal) {
    for (const auto& timeline : timelines) {
      fmt::print("causal chain of request {}: {}\n", timeline.request,
                 explore::timeline_participants(timeline));
    }
    fmt::print("\n");
  }
  fmt::print("{}", explore::timelines_text(result, timelines));
  if (!hint.empty()) fmt::print("{}\n", hint);
  fmt::print("reproduce: {} run {}\n", context.program, selected.arguments());
  return violation_exit_code(result.violated_properties());
}

}  // namespace

void install_explain_command(CLI::App& app, CommandContext& context) {
  auto arguments = std::make_shared<ExplainArguments>();
  CLI::App* command = app.add_subcommand(
      "explain",
      "Print the timeline of one request of a run (or of every request involved in a violation):\n"
      "each statement (with its parameters), message, cache access, push, log line and\n"
      "ground-truth event with virtual time and process, the faults that fired in the processes\n"
      "involved, and the violation marked with '*'. A pause of 100 ms or more is labelled with "
      "what\n"
      "the process was waiting for; a long timeline is preceded by the command that shrinks the "
      "run.\n"
      "Exit 1 if the run violates a property.\n"
      "  example: dispatchsim explain -s decline-race -v legacy --seed 5\n"
      "  example: dispatchsim explain -s decline-race -v plan --seed 68 --request 7 --format json\n"
      "  example: dispatchsim explain -s decline-race -v plan --seed 68 --causal\n"
      "  example: dispatchsim explain --db results.db --row 17\n"
      "  example: dispatchsim explain -s decline-race -v plan --seed 68 --likelihood   (the point "
      "of no return)");
  add_run_selection(*command, arguments->selection);
  add_row_selection(*command, arguments->selection);
  add_tape_option(*command, arguments->selection);
  command->add_option("--request", arguments->request,
                      "The request to explain (default: every request involved in a violation)");
  command->add_flag(
      "--causal", arguments->causal,
      "Only the causal chain of the violation: the events, processes, messages and rows "
      "that lead to it (see README: explain)");
  command->add_option("--format", arguments->format, "text | json")
      ->check(one_of({"text", "json"}, "format"))
      ->capture_default_str();
  command->add_flag(
      "--likelihood", arguments->likelihood,
      "Instead of the timeline: replay the run's tape up to event k and reseed the rest "
      "--samples times, at points refined where it jumps; print the share still failing "
      "against virtual time (the point of no return)");
  command
      ->add_option("--samples", arguments->likelihood_settings.samples,
                   "--likelihood: reseeded runs per point")
      ->check(CLI::Range(1, 10000))
      ->capture_default_str();
  command
      ->add_option("--points", arguments->likelihood_settings.initial_points,
                   "--likelihood: points spread evenly over the run before refining")
      ->check(CLI::Range(2, 1000))
      ->capture_default_str();
  command->add_option(
      "--property", arguments->property,
      "--likelihood: the property to follow (default: the run's first violation's)");
  command->callback([arguments, &context] {
    context.exit_code = guarded([&] { return explain(*arguments, context); });
  });
}

}  // namespace dispatchsim::cli
