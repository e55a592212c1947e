// dispatchsim report: summary.md, index.html, results.json and junit.xml from results files
// (sweeps, --fix sweeps) and rollout files. Prints the decision (GO / NO-GO per candidate), where
// the files are and the evidence in short. Exit status, for a pipeline to gate on (--fail-on):
// 0 when the gated candidates are GO, 1 when one is NO-GO, 2 on bad input.

#include <fmt/format.h>

#include "cli/cli_support.hpp"
#include "model/dispatch/variant_catalogue.hpp"
#include "reports/decision.hpp"
#include "reports/markdown_report.hpp"
#include "reports/report_writer.hpp"

namespace dispatchsim::cli {

namespace {

struct ReportArguments {
  std::vector<std::string> results_files;
  std::vector<std::string> rollout_files;
  std::string out = "reports";
  bool no_timelines = false;
  bool timings = false;
  bool force = false;
  std::string fail_on = "hardened-no-go";
  reports::ShrinkBudget shrink_budget;
};

// The candidates --fail-on gates on (roles from the variant catalogue): hardened-no-go (the
// default) the reference design; plan-no-go also the candidate fix as each scenario deploys it;
// any-no-go every candidate, release options included; never none.
bool gate_fails(const std::string& fail_on, const std::vector<reports::Candidate>& decision) {
  for (const reports::Candidate& candidate : decision) {
    if (candidate.go || fail_on == "never") continue;
    const model::VariantInfo* variant = model::find_variant(candidate.variant);
    const bool reference = variant != nullptr && variant->role == model::VariantRole::reference;
    const bool plan_as_deployed =
        variant != nullptr && variant->role == model::VariantRole::candidate && !candidate.fixes;
    if (fail_on == "any-no-go" || reference || (fail_on == "plan-no-go" && plan_as_deployed))
      return true;
  }
  return false;
}

int report(const ReportArguments& arguments, const CommandContext& context) {
  reports::ReportInputs inputs{arguments.results_files, arguments.rollout_files, context.program};
  const reports::WrittenReport written = reports::write_report(
      inputs, arguments.out, !arguments.no_timelines, arguments.force, arguments.shrink_budget);
  double total = 0;
  for (const auto& step : written.steps) total += step.seconds;
  fmt::print("{}", reports::short_verdict(written.data));
  fmt::print("report: {} runs from {} file(s) in {:.2f} s\n", written.data.runs(),
             written.data.inputs.size(), total);
  if (arguments.timings) {
    for (const auto& step : written.steps)
      fmt::print("  {:<22} {:>7.3f} s\n", step.name, step.seconds);
  }
  for (const auto& file : written.files) fmt::print("  {}\n", file);
  if (!gate_fails(arguments.fail_on, written.data.decision)) return exit_ok;
  fmt::print("exit 1: --fail-on {} and a gated candidate is NO-GO\n", arguments.fail_on);
  return exit_violation;
}

}  // namespace

void install_report_command(CLI::App& app, CommandContext& context) {
  auto arguments = std::make_shared<ReportArguments>();
  CLI::App* command = app.add_subcommand(
      "report",
      "Write summary.md, index.html (self-contained), results.json and junit.xml from results "
      "files,\n"
      "  and print the decision: GO / NO-GO per candidate (plan, its release options, hardened)\n"
      "  exit status: 0 the candidates --fail-on names are GO, 1 one of them is NO-GO, 2 bad "
      "input\n"
      "  (schema: docs/report-json-schema.md)\n"
      "  example: dispatchsim report --db out/results.db --out out/reports\n"
      "  example: dispatchsim report --db results.db --rollout rollout.json --fail-on plan-no-go  "
      "# CI gate\n"
      "  example: dispatchsim report --db results.db --db pct.db --db fixes-1.db --rollout "
      "rollout.json --out r");
  command
      ->add_option("--db", arguments->results_files,
                   "A results file (repeat: sweeps, --strategy pct sweeps, --fix sweeps)")
      ->required();
  command->add_option("--rollout", arguments->rollout_files,
                      "A rollout file from `rollout --json` (repeatable)");
  command->add_option("--out", arguments->out, "The directory to write into")
      ->capture_default_str();
  command->add_flag(
      "--no-timelines", arguments->no_timelines,
      "Do not shrink the minimal failing runs nor re-run them to draw their timelines");
  command
      ->add_option(
          "--shrink-budget", arguments->shrink_budget.run_budget,
          "Runs to spend shrinking each failing cell's minimal run (cached in its results file)")
      ->check(CLI::Range(1, 100'000))
      ->capture_default_str();
  command->add_flag("--timings", arguments->timings, "Print how long each step took");
  command->add_flag("--force", arguments->force,
                    "Replace --out even if it holds files that are not a report");
  command
      ->add_option(
          "--fail-on", arguments->fail_on,
          "Exit 1 when these are NO-GO: hardened-no-go (hardened), plan-no-go (the plan as\n"
          "  deployed, or hardened), any-no-go (any candidate), never (exit 0 whatever the "
          "decision)")
      ->check(CLI::IsMember({"hardened-no-go", "plan-no-go", "any-no-go", "never"}))
      ->capture_default_str();
  command->callback([arguments, &context] {
    context.exit_code = guarded([&] { return report(*arguments, context); });
  });
}

}  // namespace dispatchsim::cli
