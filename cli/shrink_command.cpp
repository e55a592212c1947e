// dispatchsim shrink: from a failing run, a smaller one that still violates the same property,
// written as a scenario file (plus a choice tape when the schedule was shrunk) that `run`
// reproduces, with the size before and after on every measured dimension.

#include <fmt/format.h>

#include <filesystem>
#include <fstream>

#include "cli/cli_support.hpp"
#include "cli/selected_run.hpp"
#include "explore/output_file.hpp"
#include "explore/choice_tape_file.hpp"
#include "explore/input_error.hpp"
#include "explore/shrinker.hpp"

namespace dispatchsim::cli {

namespace {

struct ShrinkArguments {
  RunSelection selection;
  std::string property;
  std::string output;
  explore::ShrinkOptions options;
  bool keep_schedule = false;
  bool force = false;
};

std::string default_output(const SelectedRun& selected) {
  return fmt::format("{}-{}-seed{}-min.toml", selected.scenario.name, selected.spec.variant,
                     selected.spec.seed);
}

void print_sizes(const explore::ShrinkReport& report) {
  fmt::print("{:<32} {:>10} {:>10}\n", "dimension", "before", "after");
  for (std::size_t i = 0; i < report.input.size.size(); ++i) {
    const auto& before = report.input.size[i];
    const auto& after = report.minimal.size[i];
    fmt::print("{:<32} {:>10} {:>10}{}\n", before.name, before.value, after.value,
               after.value < before.value ? "" : "   (same)");
  }
}

// Writes the minimal case and returns the arguments that reproduce it.
std::string write_minimal_case(const explore::ShrinkReport& report, const SelectedRun& selected,
                               const std::string& toml_path, bool force) {
  explore::MinimalCaseFile file = explore::minimal_case_file(report, selected.scenario.name,
                                                             selected.spec, selected.arguments());
  explore::write_output(toml_path, file.toml, explore::OutputKind::scenario, force, "--out");
  file.spec.scenario = toml_path;
  std::string arguments = file.spec.arguments();
  if (report.minimal.tape) {
    const std::string tape_path =
        std::filesystem::path(toml_path).replace_extension(".tape").string();
    explore::write_choice_tape(tape_path, *report.minimal.tape,
                               fmt::format("schedule of {} (dispatchsim shrink)", toml_path),
                               force);
    arguments += " --tape " + scenarios::shell_quote(tape_path);
  }
  return arguments;
}

// Loads what was written and runs it: the file, not the shrinker's memory, is what users get.
bool reproduces(const std::string& arguments_toml, const explore::ShrinkReport& report,
                const std::optional<std::vector<std::uint64_t>>& tape) {
  const scenarios::Scenario written = scenarios::load_scenario(arguments_toml);
  explore::RunSpec spec = report.minimal.spec;
  spec.fixes.reset();
  spec.flag_percent.reset();
  scenarios::RunOptions options = spec.run_options();
  if (tape) options.tape = &*tape;
  return scenarios::run_scenario(written, options).violated_properties().count(report.property) > 0;
}

int shrink(const ShrinkArguments& arguments, const CommandContext& context) {
  const SelectedRun selected = select_run(arguments.selection);
  explore::ShrinkOptions options = arguments.options;
  options.shrink_schedule = !arguments.keep_schedule;
  const std::string toml_path =
      arguments.output.empty() ? default_output(selected) : arguments.output;
  // Checked before the search, which can take minutes.
  explore::require_replaceable(toml_path, explore::OutputKind::scenario, arguments.force, "--out");
  explore::require_replaceable(std::filesystem::path(toml_path).replace_extension(".tape"),
                               explore::OutputKind::tape, arguments.force, "--out (its .tape)");
  fmt::print("shrinking {} (budget {} runs)\n", selected.arguments(), options.run_budget);
  const explore::ShrinkReport report =
      explore::shrink(selected.scenario, selected.spec, selected.tape, arguments.property, options,
                      [](const std::string& step) { fmt::print("  smaller: {}\n", step); });
  const std::string reproduce = write_minimal_case(report, selected, toml_path, arguments.force);
  fmt::print("\n{} runs{}; property {}\n\n", report.runs,
             report.budget_exhausted ? " (the budget ran out: --budget N searches further)" : "",
             report.property);
  print_sizes(report);
  if (!reproduces(toml_path, report, report.minimal.tape)) {
    fmt::print(
        "\nINTERNAL ERROR: the written case does not reproduce the violation; please report it\n");
    return exit_bad_input;
  }
  fmt::print("\nminimal case: {}{}\n", toml_path,
             report.minimal.tape ? " (+ its choice tape)" : "");
  fmt::print("reproduce:    {} run {}\n", context.program, reproduce);
  fmt::print("explain:      {} explain {}\n", context.program, reproduce);
  return exit_ok;
}

}  // namespace

void install_shrink_command(CLI::App& app, CommandContext& context) {
  auto arguments = std::make_shared<ShrinkArguments>();
  CLI::App* command = app.add_subcommand(
      "shrink",
      "From a failing run, search a smaller one that still violates the same property: fewer\n"
      "requests, drivers, workers, handlers, candidates and faults, shorter windows, then a "
      "simpler\n"
      "schedule (a choice tape). Writes the minimal case as a scenario file (+ a .tape file) that\n"
      "`run` reproduces, prints the size before and after, and the command. Deterministic, and\n"
      "bounded by --budget runs. Exit 0 when a minimal case was written.\n"
      "  example: dispatchsim shrink -s decline-race -v legacy --seed 5\n"
      "  example: dispatchsim shrink --db results.db --row 17 --property exactly-once-dispatch "
      "--out dup.toml");
  add_run_selection(*command, arguments->selection);
  add_row_selection(*command, arguments->selection);
  add_tape_option(*command, arguments->selection);
  command->add_option("--property", arguments->property,
                      "The property to keep violating (default: the first the run violates)");
  command->add_option(
      "--out", arguments->output,
      "Where to write the minimal scenario (default: <scenario>-<variant>-seed<N>-min.toml; "
      "the tape goes next to it as .tape)");
  command->add_option("--budget", arguments->options.run_budget, "Runs to spend at most")
      ->check(CLI::Range(1, 1'000'000))
      ->capture_default_str();
  command
      ->add_option("--seeds-per-candidate", arguments->options.seeds_per_candidate,
                   "Seeds tried for each smaller scenario")
      ->check(CLI::Range(1, 100'000))
      ->capture_default_str();
  command->add_flag("--force", arguments->force,
                    "Overwrite --out (and its .tape) even if it holds something else");
  command->add_flag(
      "--keep-schedule", arguments->keep_schedule,
      "Shrink the scenario only, not the schedule (the result reproduces with a seed, no tape)");
  command->callback([arguments, &context] {
    context.exit_code = guarded([&] { return shrink(*arguments, context); });
  });
}

}  // namespace dispatchsim::cli
