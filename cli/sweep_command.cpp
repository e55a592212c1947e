// dispatchsim sweep: many seeds across worker processes into a results file, with a progress
// bar, a summary table and, for each first failure, the commands to reproduce and explain it.
// Also the hidden `sweep-worker` the sweep starts.

#include <fmt/format.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <climits>
#include <csignal>
#include <thread>

#include "cli/cli_support.hpp"
#include "cli/real_services_option.hpp"
#include "cli/sweep_summary_table.hpp"
#include "explore/confirmation.hpp"
#include "explore/input_error.hpp"
#include "explore/sweep_orchestrator.hpp"
#include "model/dispatch/variant_catalogue.hpp"
#include "explore/sweep_summary.hpp"
#include "explore/sweep_worker.hpp"
#include "scenarios/shell_quote.hpp"

namespace dispatchsim::cli {

namespace {

struct SweepArguments {
  std::vector<std::string> scenarios;
  std::vector<std::string> variants = model::default_sweep_variants();
  std::string seeds;
  std::string strategy = "random";
  int depth = 3;
  std::string fixes;
  std::optional<int> flag_percent;
  int jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  std::string results_file = "results.db";
  bool resume = false;
  std::string shard;
  std::string time_budget;
  std::optional<std::int64_t> stop_after_failures;
  std::string backend = "simulated";  // real: then every run again on MariaDB + Redis
  RealServiceSockets sockets;
};

// The line a progress display shows: runs done of planned, rate, violations, and the time left —
// the time budget's remainder when it ends the sweep first, else the estimate at the current rate.
std::string progress_counts(const explore::SweepProgress& progress,
                            std::optional<double> time_budget) {
  const double rate = progress.elapsed_seconds > 0
                          ? static_cast<double>(progress.finished) / progress.elapsed_seconds
                          : 0.0;
  std::string text =
      fmt::format("{}/{} runs  {:.1f} runs/s  {} violating  {}", with_separators(progress.finished),
                  with_separators(progress.planned), rate, with_separators(progress.violating),
                  count_of(progress.errors, "error"));
  const std::size_t remaining = progress.planned - progress.finished;
  std::optional<double> left;
  if (rate > 0) left = static_cast<double>(remaining) / rate;
  if (time_budget) {
    const double budget_left = std::max(0.0, *time_budget - progress.elapsed_seconds);
    if (!left || budget_left < *left) {
      return text + fmt::format("  {} left of the {} time budget", format_seconds(budget_left),
                                format_seconds(*time_budget));
    }
  }
  if (left && remaining > 0) text += fmt::format("  about {} left", format_seconds(*left));
  return text;
}

// Per scenario, when the sweep has several: "decline-race   1,100 runs   3 violating".
std::vector<std::string> scenario_lines(const explore::SweepProgress& progress) {
  std::vector<std::string> lines;
  if (progress.scenarios.size() < 2) return lines;
  for (const explore::ScenarioProgress& scenario : progress.scenarios) {
    lines.push_back(fmt::format("  {:<24} {:>14}  {} violating", scenario.scenario,
                                count_of(static_cast<std::int64_t>(scenario.finished), "run"),
                                with_separators(static_cast<std::int64_t>(scenario.violating))));
  }
  return lines;
}

// A bar redrawn in place on a terminal (with a line per scenario under it); elsewhere (CI logs,
// pipes) a plain line every few seconds. Under a time budget the bar fills with whichever ends
// the sweep first, the runs or the budget, so it moves even when the seeds would take days.
class ProgressDisplay {
 public:
  explicit ProgressDisplay(std::optional<double> time_budget)
      : terminal_(::isatty(STDOUT_FILENO) == 1), time_budget_(time_budget) {}

  void update(const explore::SweepProgress& progress) {
    if (progress.planned == 0) return;
    const auto now = std::chrono::steady_clock::now();
    const bool done = progress.finished == progress.planned;
    const auto interval =
        terminal_ ? std::chrono::milliseconds(100) : std::chrono::milliseconds(5000);
    if (!done && now - last_ < interval) return;
    if (done && shown_done_) return;
    last_ = now;
    shown_done_ = done;
    const std::string counts = progress_counts(progress, time_budget_);
    const std::vector<std::string> scenarios = scenario_lines(progress);
    if (!terminal_) {
      fmt::print("sweep: {}\n", counts);
      for (const std::string& line : scenarios) fmt::print("sweep: {}\n", line);
      std::fflush(stdout);
      return;
    }
    constexpr std::size_t width = 30;
    double fraction =
        static_cast<double>(progress.finished) / static_cast<double>(progress.planned);
    if (time_budget_ && *time_budget_ > 0)
      fraction = std::max(fraction, progress.elapsed_seconds / *time_budget_);
    const auto filled =
        static_cast<std::size_t>(static_cast<double>(width) * std::min(1.0, fraction));
    if (lines_drawn_ > 1) fmt::print("\033[{}F", lines_drawn_ - 1);  // back to the bar's line
    fmt::print("\r\033[K[{}{}] {}", std::string(filled, '#'), std::string(width - filled, '.'),
               counts);
    for (const std::string& line : scenarios) fmt::print("\n\033[K{}", line);
    lines_drawn_ = 1 + scenarios.size();
    std::fflush(stdout);
  }

  // Ends the bar's lines so what follows starts clean.
  void finish() {
    if (lines_drawn_ > 0) fmt::print("\n");
  }

 private:
  bool terminal_;
  std::optional<double> time_budget_;
  std::size_t lines_drawn_ = 0;
  bool shown_done_ = false;
  std::chrono::steady_clock::time_point last_{};
};

std::string self_program() {
  char path[PATH_MAX];
  const ssize_t length = ::readlink("/proc/self/exe", path, sizeof path - 1);
  if (length <= 0) throw explore::InputError("sweep: cannot find its own program (/proc/self/exe)");
  return std::string(path, static_cast<std::size_t>(length));
}

explore::SweepDefinition definition_of(const SweepArguments& arguments) {
  explore::SweepDefinition definition;
  for (const std::string& argument : arguments.scenarios) {
    explore::SweepScenario scenario = explore::describe_scenario(argument);
    for (const auto& earlier : definition.scenarios) {
      if (earlier.name == scenario.name) {
        throw BadInput(
            fmt::format("-s: {} and {} are both named {}; a sweep names runs by scenario "
                        "name, so give each scenario once (rename one file)",
                        earlier.argument, argument, scenario.name));
      }
    }
    definition.scenarios.push_back(std::move(scenario));
  }
  for (const std::string& variant : arguments.variants) {
    if (std::find(definition.variants.begin(), definition.variants.end(), variant) ==
        definition.variants.end()) {
      definition.variants.push_back(variant);
    }
  }
  definition.seeds = explore::parse_seed_range(arguments.seeds);
  definition.strategy = arguments.strategy;
  definition.pct_depth = arguments.depth;
  if (!arguments.fixes.empty()) definition.fixes = explore::parse_fixes(arguments.fixes);
  definition.flag_percent = arguments.flag_percent;
  return definition;
}

std::string stop_reason(const explore::SweepOutcome& outcome, const SweepArguments& arguments) {
  switch (outcome.stop) {
    case explore::SweepStop::completed:
      return "";
    case explore::SweepStop::time_budget:
      return "the time budget (" + arguments.time_budget + ") ran out";
    case explore::SweepStop::failure_limit:
      return fmt::format("{} were found (--stop-after-failures)",
                         count_of(*arguments.stop_after_failures, "failing run"));
    case explore::SweepStop::interrupted:
      return "it was interrupted";
  }
  return "";
}

// The sweep command that continues this one: its definition, file, shard and budget, plus --resume.
std::string resume_command(const std::string& program, const SweepArguments& arguments) {
  using scenarios::shell_quote;
  std::string command = program + " sweep";
  for (const std::string& scenario : arguments.scenarios) command += " -s " + shell_quote(scenario);
  for (const std::string& variant : arguments.variants) command += " -v " + shell_quote(variant);
  command += " --seeds " + shell_quote(arguments.seeds);
  if (arguments.strategy != "random")
    command += fmt::format(" --strategy {} --depth {}", arguments.strategy, arguments.depth);
  if (!arguments.fixes.empty()) command += " --fix " + shell_quote(arguments.fixes);
  if (arguments.flag_percent) command += fmt::format(" --flag-percent {}", *arguments.flag_percent);
  if (!arguments.shard.empty()) command += " --shard " + shell_quote(arguments.shard);
  if (!arguments.time_budget.empty())
    command += " --time-budget " + shell_quote(arguments.time_budget);
  if (arguments.backend != "simulated") command += " --backend " + arguments.backend;
  if (!arguments.sockets.mariadb.empty())
    command += " --mariadb " + shell_quote(arguments.sockets.mariadb);
  if (!arguments.sockets.redis.empty())
    command += " --redis " + shell_quote(arguments.sockets.redis);
  return command + " --db " + shell_quote(arguments.results_file) + " --resume";
}

void print_outcome(const explore::SweepOutcome& outcome, const SweepArguments& arguments,
                   const std::string& program) {
  const auto& p = outcome.progress;
  // What this invocation covers: the whole sweep, or the shard it was asked for.
  const std::string scope = arguments.shard.empty() ? "sweep" : "shard " + arguments.shard;
  if (p.planned == 0) {
    fmt::print("sweep: nothing to run: {} already holds all {} of this {}\n",
               arguments.results_file, count_of(static_cast<std::int64_t>(outcome.in_shard), "run"),
               scope);
    return;
  }
  fmt::print(
      "sweep: {} in {:.1f} s ({:.1f} runs/s) with {} worker {}; {} violating, {}; results in {}\n",
      count_of(static_cast<std::int64_t>(p.finished), "run"), p.elapsed_seconds,
      p.elapsed_seconds > 0 ? static_cast<double>(p.finished) / p.elapsed_seconds : 0.0,
      with_separators(arguments.jobs), arguments.jobs == 1 ? "process" : "processes",
      with_separators(static_cast<std::int64_t>(p.violating)),
      count_of(static_cast<std::int64_t>(p.errors), "error"), arguments.results_file);
  if (outcome.already_stored > 0) {
    fmt::print("  {} of this {}'s {} were already in the file (--resume)\n",
               with_separators(static_cast<std::int64_t>(outcome.already_stored)), scope,
               count_of(static_cast<std::int64_t>(outcome.in_shard), "run"));
  }
  if (outcome.worker_crashes > 0) {
    fmt::print("  {} died during a run (recorded as errors)\n",
               count_of(static_cast<std::int64_t>(outcome.worker_crashes), "worker process",
                        "worker processes"));
  }
  const std::size_t done = outcome.already_stored + p.finished;
  const std::size_t missing = outcome.in_shard > done ? outcome.in_shard - done : 0;
  if (outcome.stop != explore::SweepStop::completed) {
    fmt::print(
        "  PARTIAL: stopped because {}: {}{} of this {}'s {} not done; continue with:\n    {}\n",
        stop_reason(outcome, arguments), outcome.counts_exact ? "" : "about ",
        with_separators(static_cast<std::int64_t>(missing)), scope,
        count_of(static_cast<std::int64_t>(outcome.in_shard), "run"),
        resume_command(program, arguments));
  }
}

// Per property: runs the simulator found violating, of them reproduced on the real services, and
// runs only the real services found violating; then real runs that failed.
void print_confirmations(explore::ResultsFile& file, const explore::ConfirmedRuns& pass) {
  const std::map<std::int64_t, explore::RealConfirmation> confirmations = file.confirmations();
  std::map<std::string, std::array<std::int64_t, 3>> by_property;  // simulated, reproduced, real
  std::int64_t failed = 0, wall_us = 0, statements = 0, with_errors = 0;
  std::string services;
  for (const auto& [run, c] : confirmations) {
    services = c.services;
    wall_us += c.wall_time_us;
    statements += c.statements;
    if (!c.real_error.empty()) ++failed;
    if (c.errors > 0) ++with_errors;
    for (const std::string& property : c.reproduced) {
      ++by_property[property][0];
      ++by_property[property][1];
      ++by_property[property][2];
    }
    for (const std::string& property : c.not_reproduced) ++by_property[property][0];
    for (const std::string& property : c.real_only) ++by_property[property][2];
  }
  const auto runs = static_cast<std::int64_t>(confirmations.size());
  fmt::print(
      "confirmed on {}: {} ({} now, {} earlier, {} not: the simulated run stopped with an error); "
      "{:.2f} s and {} statements per real run on average\n",
      services.empty() ? "the real services" : services, count_of(runs, "run"), pass.confirmed,
      pass.earlier, pass.errors,
      runs > 0 ? static_cast<double>(wall_us) / 1e6 / static_cast<double>(runs) : 0.0,
      runs > 0 ? statements / runs : 0);
  for (const auto& [property, counts] : by_property) {
    fmt::print("  {:<28} violating: simulated {:>4}, reproduced {:>4}, real {:>4}\n", property,
               counts[0], counts[1], counts[2]);
  }
  if (with_errors > 0) {
    fmt::print(
        "  {} got error replies (InnoDB deadlocks: the victim's process died and restarted)\n",
        count_of(with_errors, "real run"));
  }
  if (failed > 0) {
    fmt::print("  {} failed on the real services (run_confirmations.real_error says why)\n",
               count_of(failed, "real run"));
  }
}

// The sweep as typed, but the servers: what to type again naming other ones.
SweepArguments without_sockets(SweepArguments arguments) {
  arguments.sockets = RealServiceSockets{};
  return arguments;
}

// sweep --backend real: every run of the file (this sweep's and earlier ones') once more on one
// pair of servers, one run after another; the confirmations go into the same file.
explore::ConfirmedRuns confirm_on_real_services(const SweepArguments& arguments,
                                                const std::string& retry) {
  const std::optional<backends::RunningServices> services =
      start_real_services(arguments.sockets, retry);
  backends::RealServices real(services->mariadb_socket(), services->redis_socket());
  const std::string name = fmt::format("MariaDB {} + Redis", services->mariadb_version());
  fmt::print("confirming every run on the real services: {}\n", services->description());
  explore::ResultsFile file(arguments.results_file, explore::ResultsFile::Mode::existing);
  auto last = std::chrono::steady_clock::now();
  return explore::confirm_stored_runs(file, real, name,
                                      [&last](std::int64_t done, std::int64_t total) {
                                        const auto now = std::chrono::steady_clock::now();
                                        if (done < total && now - last < std::chrono::seconds(5))
                                          return;
                                        last = now;
                                        fmt::print("confirm: {}/{} runs\n", done, total);
                                        std::fflush(stdout);
                                      });
}

int sweep(const SweepArguments& arguments, const CommandContext& context) {
  if (arguments.scenarios.empty()) {
    throw BadInput("sweep: name the scenarios, e.g. -s decline-race (see `dispatchsim list`)");
  }
  explore::SweepRequest request;
  request.definition = definition_of(arguments);
  request.results_path = arguments.results_file;
  request.resume = arguments.resume;
  if (!arguments.shard.empty()) request.shard = explore::parse_shard(arguments.shard);
  request.jobs = arguments.jobs;
  if (!arguments.time_budget.empty()) {
    request.time_budget_seconds =
        explore::parse_duration_seconds(arguments.time_budget, "--time-budget");
  }
  request.stop_after_failures = arguments.stop_after_failures;
  request.worker_program = self_program();
  ProgressDisplay display(request.time_budget_seconds);
  const explore::SweepOutcome outcome = explore::run_sweep(
      request, [&display](const explore::SweepProgress& progress) { display.update(progress); });
  display.finish();
  print_outcome(outcome, arguments, context.program);
  std::optional<explore::ConfirmedRuns> confirmed;
  if (arguments.backend == "real" && outcome.stop != explore::SweepStop::interrupted)
    confirmed = confirm_on_real_services(
        arguments, resume_command(context.program, without_sockets(arguments)));
  explore::ResultsFile file(arguments.results_file, explore::ResultsFile::Mode::existing);
  const explore::SweepSummary summary = explore::summarize(file);
  fmt::print("  results file: {}\n\n", file.verify().describe());
  print_sweep_summary(summary, context.program, arguments.results_file);
  // Interrupted: as a shell reports Ctrl-C, so scripts do not mistake a partial sweep for a clean
  // one.
  if (outcome.stop == explore::SweepStop::interrupted) return 128 + SIGINT;
  std::set<std::string> violated;
  if (confirmed) {
    fmt::print("\n");
    print_confirmations(file, *confirmed);
    for (const auto& [run, c] : file.confirmations())
      violated.insert(c.real_only.begin(), c.real_only.end());
  }
  bool errors = false;
  for (const auto& combination : summary.combinations) {
    errors = errors || combination.error_runs > 0;
    for (const auto& property : combination.properties) violated.insert(property.property);
  }
  return errors ? exit_violation : violation_exit_code(violated);
}

// --backend simulated|real and, for real, --mariadb/--redis.
void add_backend_options(CLI::App& command, SweepArguments& arguments) {
  command
      .add_option("--backend", arguments.backend,
                  "simulated, or real: after the sweep, every run of --db again on MariaDB 10.11 "
                  "+ Redis 7 (one throwaway pair, or --mariadb/--redis), one after another, each "
                  "row marked reproduced or not per property (slow: about 1 s a run)")
      ->check(one_of({"simulated", "real"}, "backend"))
      ->capture_default_str();
  add_real_service_options(command, arguments.sockets);
}

}  // namespace

void install_sweep_command(CLI::App& app, CommandContext& context) {
  auto arguments = std::make_shared<SweepArguments>();
  CLI::App* command = app.add_subcommand(
      "sweep",
      "Run many seeds in parallel worker processes into a results file (SQLite), then print a\n"
      "summary table and, for each first failure, the commands to reproduce, explain and shrink "
      "it.\n"
      "Exit 1 when any run violated a property (or stopped with an error); Ctrl-C stops it "
      "cleanly\n"
      "(the runs in flight are stored; exit 130) and --resume continues it.\n"
      "  example: dispatchsim sweep -s decline-race --seeds 1..200\n"
      "  example: dispatchsim sweep -s decline-race -v plan --fix 1,2 --seeds 1..1000 --jobs 2 "
      "--db plan.db\n"
      "  example: dispatchsim sweep -s decline-race --seeds 1..100000 --time-budget 10m --resume\n"
      "  example (3 machines): dispatchsim sweep -s decline-race --seeds 1..3000 --shard 2/3 --db "
      "shard2.db\n"
      "           then: dispatchsim merge all.db shard1.db shard2.db shard3.db");
  command
      ->add_option("-s,--scenario", arguments->scenarios,
                   "Scenarios: bundled names (see `dispatchsim list`) or .toml paths")
      ->required();
  command->add_option("-v,--variant", arguments->variants, "Variants to run")
      ->check(one_of(model::variant_ids(), "variant"))
      ->capture_default_str();
  command
      ->add_option("--seeds", arguments->seeds, "Seed range FIRST..LAST (inclusive), e.g. 1..100")
      ->required();
  command
      ->add_option("--strategy", arguments->strategy,
                   "Schedule strategy: random | pct | guided (coverage feedback mutates the choice "
                   "tapes of runs that reached something new; each row stores its tape)")
      ->check(one_of({"random", "pct", "guided"}, "strategy"))
      ->capture_default_str();
  command->add_option("--depth", arguments->depth, "PCT bug depth d")
      ->check(CLI::Range(1, 10))
      ->capture_default_str();
  command->add_option("--fix", arguments->fixes,
                      "plan only: the plan's fixes (or parts) deployed, e.g. 1,2,5s, or hotfix, "
                      "p0, p0-p1, full, or none");
  command
      ->add_option("--flag-percent", arguments->flag_percent,
                   "plan only: ENABLE_IDEMPOTENT_DISPATCH rollout percentage")
      ->check(CLI::Range(0, 100));
  command
      ->add_option("-j,--jobs", arguments->jobs, "Worker processes (default: the number of CPUs)")
      ->check(CLI::Range(1, 1024))
      ->capture_default_str();
  command->add_option("--db", arguments->results_file, "Results file to write (SQLite)")
      ->capture_default_str();
  command->add_flag("--resume", arguments->resume,
                    "Continue a sweep in --db: run only the runs the file does not hold yet");
  command->add_option("--shard", arguments->shard,
                      "Run only shard I of N (e.g. 2/3), so N machines can split the sweep");
  command->add_option(
      "--time-budget", arguments->time_budget,
      "Stop handing out runs after this long (e.g. 90s, 10m, 1h); resume later with --resume");
  command
      ->add_option("--stop-after-failures", arguments->stop_after_failures,
                   "Stop after this many failing runs")
      ->check(CLI::PositiveNumber);
  add_backend_options(*command, *arguments);
  command->callback([arguments, &context] {
    context.exit_code = guarded([&] { return sweep(*arguments, context); });
  });
}

void install_sweep_worker_command(CLI::App& app, CommandContext& context) {
  auto results_file = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand("sweep-worker", "Internal: a sweep's worker process");
  command->group("");  // hidden: started by sweep, not by people
  command->add_option("--db", *results_file, "Results file holding the sweep")->required();
  command->callback([results_file, &context] {
    context.exit_code = explore::run_sweep_worker(*results_file, STDIN_FILENO, STDOUT_FILENO);
  });
}

}  // namespace dispatchsim::cli
