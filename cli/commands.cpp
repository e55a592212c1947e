#include "cli/commands.hpp"

#include <fmt/format.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "faults/fault_catalogue.hpp"
#include "model/dispatch_logic.hpp"
#include "model/properties/property.hpp"

namespace dispatchsim::cli {

namespace {

// Bad input: print it and leave with exit code 2.
struct BadInput : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::set<int> parse_fixes(const std::string& text) {
  std::set<int> fixes;
  if (text == "none") return fixes;
  std::stringstream stream(text);
  std::string item;
  while (std::getline(stream, item, ',')) {
    int fix = 0;
    try {
      std::size_t used = 0;
      fix = std::stoi(item, &used);
      if (used != item.size()) fix = 0;
    } catch (const std::exception&) {
      fix = 0;
    }
    if (fix < 1 || fix > 5) {
      throw BadInput(fmt::format("--fix: '{}' is not a fix number (use 1-5, e.g. --fix 1,2 or --fix none)", item));
    }
    fixes.insert(fix);
  }
  return fixes;
}

std::string format_seconds(sim::Micros time) { return fmt::format("{:.3f} s", time / 1e6); }

void print_summary(const scenarios::RunResult& result, double wall_seconds) {
  const auto& m = result.metrics;
  fmt::print("{} / {} / seed {} / {}", result.scenario, result.variant, result.seed, result.strategy);
  if (result.variant == "plan") {
    std::string fixes;
    for (int fix : result.fixes) fixes += (fixes.empty() ? "" : ",") + std::to_string(fix);
    fmt::print(" / fixes {} / flag {}%", fixes.empty() ? "none" : fixes, result.flag_percent);
  }
  fmt::print("\n");
  fmt::print("  requests {:>5}   offers {:>5}   dispatch_log rows {:>5}   pushes {:>5}   shown {:>5}\n",
             m.requests, m.offers, m.dispatch_log_rows, m.pushes_sent, m.shown);
  fmt::print("  declined {:>5}   accepted {:>3}   cancelled {:>3}   still open {:>3}   dead letters {}\n",
             m.declines, m.accepted, m.cancelled, m.still_open, m.dead_letters);
  const auto fired = result.faults_that_fired();
  std::string fault_text;
  for (const auto& info : faults::fault_catalogue()) {
    const auto times = result.faults_fired[static_cast<std::size_t>(info.fault)];
    if (times > 0) fault_text += fmt::format(" {}x{}", info.id, times);
  }
  fmt::print("  faults fired:{}\n", fault_text.empty() ? " none" : fault_text);
  fmt::print("  trace hash {:016x}   events {}   virtual time {}   wall time {:.1f} ms\n",
             result.trace_hash, result.events, format_seconds(result.virtual_end), wall_seconds * 1e3);
}

void print_violations(const scenarios::RunResult& result, std::size_t limit) {
  if (result.violations.empty()) {
    fmt::print("  no violation\n");
    return;
  }
  fmt::print("VIOLATIONS ({}):\n", result.violations.size());
  for (std::size_t i = 0; i < result.violations.size() && i < limit; ++i) {
    const auto& violation = result.violations[i];
    fmt::print("  {}: {}\n", violation.property, violation.description);
  }
  if (result.violations.size() > limit) {
    fmt::print("  ... and {} more\n", result.violations.size() - limit);
  }
}

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

void write_log_file(const std::string& path, const scenarios::RunResult& result) {
  std::ofstream out(path);
  if (!out) throw BadInput(fmt::format("--log: cannot write {}", path));
  for (const auto& line : result.log_lines) out << line << '\n';
}

template <typename Body>
int guarded(Body&& body) {
  try {
    return body();
  } catch (const scenarios::ScenarioError& error) {
    std::cerr << "dispatchsim: " << error.what() << '\n';
  } catch (const BadInput& error) {
    std::cerr << "dispatchsim: " << error.what() << '\n';
  } catch (const std::invalid_argument& error) {
    std::cerr << "dispatchsim: " << error.what() << '\n';
  }
  return exit_bad_input;
}

}  // namespace

scenarios::Scenario load_selected_scenario(const RunSelection& selection) {
  return scenarios::load_scenario(scenarios::resolve_scenario(selection.scenario));
}

scenarios::RunOptions options_for(const RunSelection& selection) {
  scenarios::RunOptions options;
  options.variant = selection.variant;
  options.seed = selection.seed;
  options.strategy = selection.strategy;
  options.pct_depth = selection.depth;
  if (!selection.fixes.empty()) options.fixes = parse_fixes(selection.fixes);
  options.flag_percent = selection.flag_percent;
  return options;
}

std::string replay_command_line(const std::string& program, const scenarios::Scenario& scenario,
                                const scenarios::RunResult& result, int depth) {
  std::string command = scenarios::replay_command(scenario, result);
  command.replace(0, std::string("dispatchsim").size(), program);
  if (result.strategy == "pct") command += fmt::format(" --depth {}", depth);
  return command;
}

void Commands::add_run_selection(CLI::App& command, RunSelection& selection) {
  command.add_option("-s,--scenario", selection.scenario,
                     "Scenario name (see `list`) or path to a .toml file")
      ->capture_default_str();
  command.add_option("-v,--variant", selection.variant, "legacy | plan | hardened")
      ->check(CLI::IsMember({"legacy", "plan", "hardened"}))
      ->capture_default_str();
  command.add_option("--seed", selection.seed, "The run's seed")->capture_default_str();
  command.add_option("--strategy", selection.strategy, "Schedule strategy: random | pct")
      ->check(CLI::IsMember({"random", "pct"}))
      ->capture_default_str();
  command.add_option("--depth", selection.depth, "PCT bug depth d (d-1 priority change points)")
      ->check(CLI::Range(1, 10))
      ->capture_default_str();
  command.add_option("--fix", selection.fixes,
                     "plan only: the plan's fixes deployed, e.g. 1,2,5 or none (default: the scenario's)");
  command.add_option("--flag-percent", selection.flag_percent,
                     "plan only: ENABLE_IDEMPOTENT_DISPATCH rollout percentage (default: the scenario's)")
      ->check(CLI::Range(0, 100));
}

void Commands::install(CLI::App& app) {
  CLI::App* list = app.add_subcommand("list", "List scenarios, variants, fixes, faults and properties");
  list->callback([this] { exit_code_ = guarded([this] { return list_command(); }); });

  CLI::App* run = app.add_subcommand(
      "run", "Run one seed and check the scenario's properties\n"
             "  example: dispatchsim run -s decline-race -v plan --seed 7");
  add_run_selection(*run, selection_);
  run->add_option("--trace", trace_file_, "Write the trace as JSON Lines (one event per line)");
  run->add_option("--log", log_file_, "Write the run's structured log lines");
  run->add_option("--save-db", save_db_, "Write the final database (open it with sqlite3)");
  run->callback([this] { exit_code_ = guarded([this] { return run_command(); }); });

  CLI::App* replay = app.add_subcommand(
      "replay", "Run one seed twice and fail if the trace hashes differ\n"
                "  example: dispatchsim replay -s decline-race -v legacy --seed 7");
  add_run_selection(*replay, selection_);
  replay->callback([this] { exit_code_ = guarded([this] { return replay_command(); }); });
}

int Commands::list_command() {
  fmt::print("scenarios ({}):\n", scenarios::scenario_directory());
  for (const auto& name : scenarios::bundled_scenarios()) {
    std::string description;
    try {
      description = scenarios::load_scenario(scenarios::resolve_scenario(name)).description;
    } catch (const scenarios::ScenarioError& error) {
      description = std::string("INVALID: ") + error.what();
    }
    fmt::print("  {:<24} {}\n", name, description);
  }
  fmt::print("variants:\n");
  fmt::print("  {:<24} {}\n", "legacy", "the system as the incident describes it");
  fmt::print("  {:<24} {}\n", "plan", "the remediation plan's Fixes 1-5, transcribed faithfully");
  fmt::print("  {:<24} {}\n", "hardened", "our corrected design (docs/hardened.md)");
  fmt::print("fixes (plan, --fix):\n");
  fmt::print("  {:<24} {}\n", "1", "atomic decline + dispatch cancellation (decline_request)");
  fmt::print("  {:<24} {}\n", "2", "idempotent dispatch worker (process_dispatch_event)");
  fmt::print("  {:<24} {}\n", "3", "location update with sequence ordering (update_pickup_location)");
  fmt::print("  {:<24} {}\n", "4", "SQS settings, dead-letter queue and consumer ACK pattern");
  fmt::print("  {:<24} {}\n", "5", "push notification dedup, server and client side");
  fmt::print("faults:\n");
  for (const auto& info : faults::fault_catalogue()) {
    fmt::print("  {:<24} {} (default rate {} {})\n", info.id, info.description, info.default_rate,
               info.rate_unit);
  }
  fmt::print("properties:\n");
  for (const auto& info : model::property_catalogue()) {
    fmt::print("  {:<24} {}\n", info.id, info.description);
  }
  return exit_ok;
}

int Commands::run_command() {
  const scenarios::Scenario scenario = load_selected_scenario(selection_);
  scenarios::RunOptions options = options_for(selection_);
  options.keep_trace = !trace_file_.empty() || !log_file_.empty();
  options.save_database_to = save_db_;
  const auto started = std::chrono::steady_clock::now();
  const scenarios::RunResult result = scenarios::run_scenario(scenario, options);
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  print_summary(result, wall);
  print_violations(result, 20);
  if (!trace_file_.empty()) write_trace_file(trace_file_, result);
  if (!log_file_.empty()) write_log_file(log_file_, result);
  if (!save_db_.empty()) fmt::print("  final database saved to {}\n", save_db_);
  if (result.violated()) {
    fmt::print("replay: {}\n", replay_command_line(program_, scenario, result, selection_.depth));
    return exit_violation;
  }
  return exit_ok;
}

int Commands::replay_command() {
  const scenarios::Scenario scenario = load_selected_scenario(selection_);
  scenarios::RunOptions options = options_for(selection_);
  options.keep_trace = true;
  const scenarios::RunResult first = scenarios::run_scenario(scenario, options);
  const scenarios::RunResult second = scenarios::run_scenario(scenario, options);
  fmt::print("run 1: trace hash {:016x}, {} events\n", first.trace_hash, first.events);
  fmt::print("run 2: trace hash {:016x}, {} events\n", second.trace_hash, second.events);
  if (first.trace_hash == second.trace_hash) {
    fmt::print("deterministic: the two runs are identical\n");
    return exit_ok;
  }
  fmt::print("NONDETERMINISM: the same seed gave two different runs\n");
  const std::size_t common = std::min(first.trace.size(), second.trace.size());
  for (std::size_t i = 0; i < common; ++i) {
    const auto& a = first.trace[i];
    const auto& b = second.trace[i];
    if (a.time != b.time || a.process != b.process || a.kind != b.kind || a.fields != b.fields) {
      fmt::print("first difference at event {}: run 1 {} {} at {}; run 2 {} {} at {}\n", i, a.kind,
                 first.process_names.at(a.process), a.time, b.kind,
                 second.process_names.at(b.process), b.time);
      return exit_violation;
    }
  }
  fmt::print("the traces agree on their first {} events, then one is longer\n", common);
  return exit_violation;
}

}  // namespace dispatchsim::cli
