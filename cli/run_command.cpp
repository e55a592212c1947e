// dispatchsim run: one seed, a one-screen summary, the violations, and the command that
// replays them.

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <chrono>
#include <optional>
#include <utility>
#include <nlohmann/json.hpp>

#include "cli/cli_support.hpp"
#include "cli/selected_run.hpp"
#include "explore/output_file.hpp"

namespace dispatchsim::cli {

namespace {

struct RunArguments {
  RunSelection selection;
  std::string trace_file;
  std::string log_file;
  std::string save_db;
  std::string metrics_file;
  std::string log_format = "text";
  bool force = false;
};

std::string trace_text(const scenarios::RunResult& result) {
  std::string text;
  for (const auto& event : result.trace) {
    nlohmann::json line{{"index", event.index},
                        {"time_us", event.time},
                        {"process", event.process < result.process_names.size()
                                        ? result.process_names[event.process]
                                        : std::to_string(event.process)},
                        {"kind", event.kind},
                        {"fields", event.fields}};
    if (!event.text.empty()) line["text"] = event.text;
    text += line.dump() + '\n';
  }
  return text;
}

// text: the plan's log filter layout (RunLog::format); json: one object per line.
std::string log_text(const std::string& format, const scenarios::RunResult& result) {
  std::string text;
  if (format == "text") {
    for (const auto& line : result.log_lines) text += line + '\n';
    return text;
  }
  for (const auto& line : result.log) {
    text += model::format_log_line_json(line, result.process_names.at(line.process)) + '\n';
  }
  return text;
}

std::string metrics_text(const scenarios::RunResult& result) {
  std::string text;
  for (const auto& sample : result.broker_samples)
    text += model::format_broker_sample_json(sample) + '\n';
  return text;
}

// Every output is checked before the run (a mistaken path costs nothing) and written whole after
// it.
void check_outputs(const RunArguments& arguments) {
  using explore::OutputKind;
  const std::pair<const std::string*, std::pair<OutputKind, const char*>> outputs[] = {
      {&arguments.trace_file, {OutputKind::trace, "--trace"}},
      {&arguments.log_file, {OutputKind::log, "--log"}},
      {&arguments.metrics_file, {OutputKind::metrics, "--metrics"}}};
  for (const auto& [path, kind] : outputs) {
    if (!path->empty())
      explore::require_replaceable(*path, kind.first, arguments.force, kind.second);
  }
}

// Which properties the scenario checks, and — for those it does not — what they would have found:
// a run that leaves requests open or never shows an offer says so even when its scenario checks
// neither (such findings are hints; they do not make the run fail).
void print_checked_properties(const scenarios::RunResult& result,
                              const scenarios::Scenario& scenario) {
  const std::size_t all = model::property_catalogue().size();
  const std::size_t checked = result.checked_properties.size();
  fmt::print("  properties checked ({} of {}): {}\n", checked, all,
             fmt::join(result.checked_properties, ", "));
  if (checked == all) return;
  std::vector<std::string> unchecked;
  for (const model::PropertyInfo& info : model::property_catalogue()) {
    const std::string id(info.id);
    if (std::find(result.checked_properties.begin(), result.checked_properties.end(), id) ==
        result.checked_properties.end()) {
      unchecked.push_back(id);
    }
  }
  fmt::print("  not checked by {} ([properties] check in {}): {}\n", scenario.name, scenario.path,
             fmt::join(unchecked, ", "));
  for (const std::string& property : unchecked) {
    std::size_t count = 0;
    const model::Violation* first = nullptr;
    for (const model::Violation& violation : result.unchecked_violations) {
      if (violation.property != property) continue;
      if (first == nullptr) first = &violation;
      ++count;
    }
    if (first == nullptr) continue;
    fmt::print(
        "  hint: this run breaks {}, which {} does not check ({}; not counted, exit code "
        "unaffected):\n"
        "        {}\n",
        property, scenario.name, count_of(static_cast<std::int64_t>(count), "violation"),
        first->description);
  }
}

int run_one(const RunArguments& arguments, const CommandContext& context) {
  const SelectedRun selected = select_run(arguments.selection);
  const scenarios::Scenario& scenario = selected.scenario;
  scenarios::RunOptions options = selected.options();
  options.keep_trace = !arguments.trace_file.empty() || !arguments.log_file.empty();
  check_outputs(arguments);
  std::optional<explore::AtomicOutput> saved_database;
  if (!arguments.save_db.empty()) {
    saved_database.emplace(arguments.save_db, explore::OutputKind::run_database, arguments.force,
                           "--save-db");
    options.save_database_to = saved_database->temporary().string();
  }
  options.check_unchecked_properties = true;
  const auto started = std::chrono::steady_clock::now();
  const scenarios::RunResult result = scenarios::run_scenario(scenario, options);
  const double wall =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  print_summary(result, wall);
  print_checked_properties(result, scenario);
  print_violations(result, 20);
  fmt::print("  {}\n", model::summarize_monitoring(result.monitoring));
  fmt::print("  {}\n", model::summarize_detection(result.violations, result.detections,
                                                  result.alert_evaluations));
  using explore::OutputKind;
  if (!arguments.trace_file.empty()) {
    explore::write_output(arguments.trace_file, trace_text(result), OutputKind::trace,
                          arguments.force, "--trace");
  }
  if (!arguments.log_file.empty()) {
    explore::write_output(arguments.log_file, log_text(arguments.log_format, result),
                          OutputKind::log, arguments.force, "--log");
  }
  if (!arguments.metrics_file.empty()) {
    explore::write_output(arguments.metrics_file, metrics_text(result), OutputKind::metrics,
                          arguments.force, "--metrics");
  }
  if (saved_database) {
    saved_database->commit();
    fmt::print("  final database saved to {}\n", arguments.save_db);
  }
  if (!result.violated()) return exit_ok;
  if (selected.tape) {
    fmt::print("replay: {} run {}\n", context.program, selected.arguments());
  } else {
    fmt::print("replay: {}\n",
               replay_command_line(context.program, scenario, result, selected.spec.pct_depth));
  }
  return violation_exit_code(result.violated_properties());
}

}  // namespace

void install_run_command(CLI::App& app, CommandContext& context) {
  auto arguments = std::make_shared<RunArguments>();
  CLI::App* run = app.add_subcommand(
      "run",
      "Run one seed and check the scenario's properties (exit 1 on a violation)\n"
      "  example: dispatchsim run -s decline-race -v plan --seed 68\n"
      "  example: dispatchsim run -s decline-race -v plan --fix 1,2 --flag-percent 50 --seed 3\n"
      "  example: dispatchsim run --db results.db --row 17          (a run a sweep stored)\n"
      "  example: dispatchsim run -s minimal.toml -v legacy --seed 5 --tape minimal.tape  "
      "(shrink's output)");
  add_run_selection(*run, arguments->selection);
  add_row_selection(*run, arguments->selection);
  add_tape_option(*run, arguments->selection);
  run->add_option("--trace", arguments->trace_file,
                  "Write the trace as JSON Lines (one event per line)");
  run->add_option("--log", arguments->log_file, "Write the run's structured log lines");
  run->add_option("--log-format", arguments->log_format,
                  "text (the plan's log filter layout) or json (JSON Lines)")
      ->check(one_of({"text", "json"}, "format"));
  run->add_option("--metrics", arguments->metrics_file,
                  "Write the broker metrics sampled every virtual second (JSON Lines)");
  run->add_option("--save-db", arguments->save_db,
                  "Write the final database (open it with sqlite3)");
  run->add_flag("--force", arguments->force,
                "Overwrite --trace/--log/--metrics/--save-db files that hold something else");
  run->callback([arguments, &context] {
    context.exit_code = guarded([&] { return run_one(*arguments, context); });
  });
}

}  // namespace dispatchsim::cli
