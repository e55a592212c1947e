// dispatchsim sweep: many seeds across worker processes into a results file, with a progress
// bar, a summary table and, for each first failure, the commands to reproduce and explain it.
// Also the hidden `sweep-worker` the sweep starts.

#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <climits>
#include <csignal>
#include <thread>

#include "cli/cli_support.hpp"
#include "cli/sweep_summary_table.hpp"
#include "explore/input_error.hpp"
#include "explore/sweep_orchestrator.hpp"
#include "model/variant_catalogue.hpp"
#include "explore/sweep_summary.hpp"
#include "explore/sweep_worker.hpp"

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
};

// A bar redrawn in place on a terminal; elsewhere (CI logs, pipes) a plain line every few seconds.
class ProgressDisplay {
 public:
  ProgressDisplay() : terminal_(::isatty(STDOUT_FILENO) == 1) {}

  void update(const explore::SweepProgress& progress) {
    if (progress.planned == 0) return;
    const auto now = std::chrono::steady_clock::now();
    const bool done = progress.finished == progress.planned;
    const auto interval = terminal_ ? std::chrono::milliseconds(100) : std::chrono::milliseconds(5000);
    if (!done && now - last_ < interval) return;
    if (done && shown_done_) return;
    last_ = now;
    shown_done_ = done;
    const double rate = progress.elapsed_seconds > 0
                            ? static_cast<double>(progress.finished) / progress.elapsed_seconds
                            : 0.0;
    const std::string counts = fmt::format(
        "{}/{} runs  {:.1f} runs/s  {} violating  {} errors", progress.finished, progress.planned,
        rate, progress.violating, progress.errors);
    if (!terminal_) {
      fmt::print("sweep: {}\n", counts);
      std::fflush(stdout);
      return;
    }
    constexpr std::size_t width = 30;
    const std::size_t filled = progress.planned == 0 ? width : width * progress.finished / progress.planned;
    fmt::print("\r[{}{}] {}  ", std::string(filled, '#'), std::string(width - filled, '.'), counts);
    drawn_ = true;
    std::fflush(stdout);
  }

  // Ends the bar's line so what follows starts clean.
  void finish() {
    if (drawn_) fmt::print("\n");
  }

 private:
  bool terminal_;
  bool drawn_ = false;
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
        throw BadInput(fmt::format("-s: {} and {} are both named {}; a sweep names runs by scenario "
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
    case explore::SweepStop::completed: return "";
    case explore::SweepStop::time_budget: return "the time budget (" + arguments.time_budget + ") ran out";
    case explore::SweepStop::failure_limit:
      return fmt::format("{} failing runs were found (--stop-after-failures)", *arguments.stop_after_failures);
    case explore::SweepStop::interrupted: return "it was interrupted";
  }
  return "";
}

void print_outcome(const explore::SweepOutcome& outcome, const SweepArguments& arguments) {
  const auto& p = outcome.progress;
  if (p.planned == 0) {
    fmt::print("sweep: nothing to run: {} already holds all {} runs of this {}\n", arguments.results_file,
               outcome.in_shard, arguments.shard.empty() ? "sweep" : "shard");
    return;
  }
  fmt::print("sweep: {} runs in {:.1f} s ({:.1f} runs/s) with {} worker process{}; {} violating, {} "
             "errors; results in {}\n",
             p.finished, p.elapsed_seconds,
             p.elapsed_seconds > 0 ? static_cast<double>(p.finished) / p.elapsed_seconds : 0.0,
             arguments.jobs, arguments.jobs == 1 ? "" : "es", p.violating, p.errors,
             arguments.results_file);
  if (outcome.already_stored > 0) {
    fmt::print("  {} of this shard's {} runs were already in the file (--resume)\n",
               outcome.already_stored, outcome.in_shard);
  }
  if (outcome.worker_crashes > 0) {
    fmt::print("  {} worker processes died during a run (recorded as errors)\n", outcome.worker_crashes);
  }
  const std::size_t done = outcome.already_stored + p.finished;
  const std::size_t missing = outcome.in_shard > done ? outcome.in_shard - done : 0;
  if (outcome.stop != explore::SweepStop::completed) {
    fmt::print("  PARTIAL: stopped because {}: {}{} runs not done; continue with the same command plus --resume\n",
               stop_reason(outcome, arguments), outcome.counts_exact ? "" : "about ", missing);
  }
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
    request.time_budget_seconds = explore::parse_duration_seconds(arguments.time_budget, "--time-budget");
  }
  request.stop_after_failures = arguments.stop_after_failures;
  request.worker_program = self_program();
  ProgressDisplay display;
  const explore::SweepOutcome outcome = explore::run_sweep(
      request, [&display](const explore::SweepProgress& progress) { display.update(progress); });
  display.finish();
  print_outcome(outcome, arguments);
  explore::ResultsFile file(arguments.results_file, explore::ResultsFile::Mode::existing);
  const explore::SweepSummary summary = explore::summarize(file);
  fmt::print("  results file: {}\n\n", file.verify().describe());
  print_sweep_summary(summary, context.program, arguments.results_file);
  // Interrupted: as a shell reports Ctrl-C, so scripts do not mistake a partial sweep for a clean one.
  if (outcome.stop == explore::SweepStop::interrupted) return 128 + SIGINT;
  return summary.failing_runs() > 0 ? exit_violation : exit_ok;
}

}  // namespace

void install_sweep_command(CLI::App& app, CommandContext& context) {
  auto arguments = std::make_shared<SweepArguments>();
  CLI::App* command = app.add_subcommand(
      "sweep",
      "Run many seeds in parallel worker processes into a results file (SQLite), then print a\n"
      "summary table and, for each first failure, the commands to reproduce, explain and shrink it.\n"
      "Exit 1 when any run violated a property (or stopped with an error); Ctrl-C stops it cleanly\n"
      "(the runs in flight are stored; exit 130) and --resume continues it.\n"
      "  example: dispatchsim sweep -s decline-race --seeds 1..200\n"
      "  example: dispatchsim sweep -s decline-race -v plan --fix 1,2 --seeds 1..1000 --jobs 2 --db plan.db\n"
      "  example: dispatchsim sweep -s decline-race --seeds 1..100000 --time-budget 10m --resume\n"
      "  example (3 machines): dispatchsim sweep -s decline-race --seeds 1..3000 --shard 2/3 --db shard2.db\n"
      "           then: dispatchsim merge all.db shard1.db shard2.db shard3.db");
  command->add_option("-s,--scenario", arguments->scenarios,
                      "Scenarios: bundled names (see `dispatchsim list`) or .toml paths")
      ->required();
  command->add_option("-v,--variant", arguments->variants, "Variants to run")
      ->check(CLI::IsMember(model::variant_ids()))
      ->capture_default_str();
  command->add_option("--seeds", arguments->seeds, "Seed range FIRST..LAST (inclusive), e.g. 1..100")
      ->required();
  command->add_option("--strategy", arguments->strategy, "Schedule strategy: random | pct")
      ->check(CLI::IsMember({"random", "pct"}))
      ->capture_default_str();
  command->add_option("--depth", arguments->depth, "PCT bug depth d")->check(CLI::Range(1, 10))->capture_default_str();
  command->add_option("--fix", arguments->fixes, "plan only: the plan's fixes deployed, e.g. 1,2,5 or none");
  command->add_option("--flag-percent", arguments->flag_percent,
                      "plan only: ENABLE_IDEMPOTENT_DISPATCH rollout percentage")
      ->check(CLI::Range(0, 100));
  command->add_option("-j,--jobs", arguments->jobs, "Worker processes (default: the number of CPUs)")
      ->check(CLI::Range(1, 1024))
      ->capture_default_str();
  command->add_option("--db", arguments->results_file, "Results file to write (SQLite)")->capture_default_str();
  command->add_flag("--resume", arguments->resume,
                    "Continue a sweep in --db: run only the runs the file does not hold yet");
  command->add_option("--shard", arguments->shard,
                      "Run only shard I of N (e.g. 2/3), so N machines can split the sweep");
  command->add_option("--time-budget", arguments->time_budget,
                      "Stop handing out runs after this long (e.g. 90s, 10m, 1h); resume later with --resume");
  command->add_option("--stop-after-failures", arguments->stop_after_failures,
                      "Stop after this many failing runs")
      ->check(CLI::PositiveNumber);
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
