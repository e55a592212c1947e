// dispatchsim run: one seed, a one-screen summary, the violations, and the command that
// replays them.

#include <fmt/format.h>

#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>

#include "cli/cli_support.hpp"
#include "cli/selected_run.hpp"

namespace dispatchsim::cli {

namespace {

struct RunArguments {
  RunSelection selection;
  std::string trace_file;
  std::string log_file;
  std::string save_db;
  std::string metrics_file;
  std::string log_format = "text";
};

void write_trace_file(const std::string& path, const scenarios::RunResult& result) {
  std::ofstream out(path);
  if (!out) throw BadInput(fmt::format("--trace: cannot write {}", path));
  for (const auto& event : result.trace) {
    nlohmann::json line{{"index", event.index},
                        {"time_us", event.time},
                        {"process", event.process < result.process_names.size()
                                        ? result.process_names[event.process]
                                        : std::to_string(event.process)},
                        {"kind", event.kind},
                        {"fields", event.fields}};
    if (!event.text.empty()) line["text"] = event.text;
    out << line.dump() << '\n';
  }
}

// text: the plan's log filter layout (RunLog::format); json: one object per line.
void write_log_file(const std::string& path, const std::string& format,
                    const scenarios::RunResult& result) {
  std::ofstream out(path);
  if (!out) throw BadInput(fmt::format("--log: cannot write {}", path));
  if (format == "text") {
    for (const auto& line : result.log_lines) out << line << '\n';
    return;
  }
  for (const auto& line : result.log) {
    out << model::format_log_line_json(line, result.process_names.at(line.process)) << '\n';
  }
}

void write_metrics_file(const std::string& path, const scenarios::RunResult& result) {
  std::ofstream out(path);
  if (!out) throw BadInput(fmt::format("--metrics: cannot write {}", path));
  for (const auto& sample : result.broker_samples) out << model::format_broker_sample_json(sample) << '\n';
}

int run_one(const RunArguments& arguments, const CommandContext& context) {
  const SelectedRun selected = select_run(arguments.selection);
  const scenarios::Scenario& scenario = selected.scenario;
  scenarios::RunOptions options = selected.options();
  options.keep_trace = !arguments.trace_file.empty() || !arguments.log_file.empty();
  options.save_database_to = arguments.save_db;
  const auto started = std::chrono::steady_clock::now();
  const scenarios::RunResult result = scenarios::run_scenario(scenario, options);
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  print_summary(result, wall);
  print_violations(result, 20);
  fmt::print("  {}\n", model::summarize_monitoring(result.monitoring));
  fmt::print("  {}\n", model::summarize_detection(result.violations, result.detections,
                                                   result.alert_evaluations));
  if (!arguments.trace_file.empty()) write_trace_file(arguments.trace_file, result);
  if (!arguments.log_file.empty()) write_log_file(arguments.log_file, arguments.log_format, result);
  if (!arguments.metrics_file.empty()) write_metrics_file(arguments.metrics_file, result);
  if (!arguments.save_db.empty()) fmt::print("  final database saved to {}\n", arguments.save_db);
  if (!result.violated()) return exit_ok;
  if (selected.tape) {
    fmt::print("replay: {} run {}\n", context.program, selected.arguments());
  } else {
    fmt::print("replay: {}\n", replay_command_line(context.program, scenario, result, selected.spec.pct_depth));
  }
  return exit_violation;
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
      "  example: dispatchsim run -s minimal.toml -v legacy --seed 5 --tape minimal.tape  (shrink's output)");
  add_run_selection(*run, arguments->selection);
  add_row_selection(*run, arguments->selection);
  add_tape_option(*run, arguments->selection);
  run->add_option("--trace", arguments->trace_file, "Write the trace as JSON Lines (one event per line)");
  run->add_option("--log", arguments->log_file, "Write the run's structured log lines");
  run->add_option("--log-format", arguments->log_format, "text (the plan's log filter layout) or json (JSON Lines)")
      ->check(CLI::IsMember({"text", "json"}));
  run->add_option("--metrics", arguments->metrics_file,
                  "Write the broker metrics sampled every virtual second (JSON Lines)");
  run->add_option("--save-db", arguments->save_db, "Write the final database (open it with sqlite3)");
  run->callback([arguments, &context] {
    context.exit_code = guarded([&] { return run_one(*arguments, context); });
  });
}

}  // namespace dispatchsim::cli
