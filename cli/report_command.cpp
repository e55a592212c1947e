// dispatchsim report: summary.md, index.html, results.json and junit.xml from results files
// (sweeps, --fix sweeps) and rollout files. Prints where they are and a short verdict. Exit 0
// when the reference variant (hardened) holds every property, 1 when it does not, 2 on bad input.

#include <fmt/format.h>

#include "cli/cli_support.hpp"
#include "model/variant_catalogue.hpp"
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
};

int report(const ReportArguments& arguments, const CommandContext& context) {
  reports::ReportInputs inputs{arguments.results_files, arguments.rollout_files, context.program};
  const reports::WrittenReport written = reports::write_report(inputs, arguments.out, !arguments.no_timelines, arguments.force);
  double total = 0;
  for (const auto& step : written.steps) total += step.seconds;
  fmt::print("report: {} runs from {} file(s) in {:.2f} s\n", written.data.runs(), written.data.inputs.size(), total);
  if (arguments.timings) {
    for (const auto& step : written.steps) fmt::print("  {:<22} {:>7.3f} s\n", step.name, step.seconds);
  }
  for (const auto& file : written.files) fmt::print("  {}\n", file);
  fmt::print("{}", reports::short_verdict(written.data));
  for (const auto& totals : written.data.totals) {
    const model::VariantInfo* variant = model::find_variant(totals.variant);
    const bool reference = variant != nullptr && variant->role == model::VariantRole::reference;
    if (reference && (totals.violating_runs > 0 || totals.error_runs > 0)) return exit_violation;
  }
  return exit_ok;
}

}  // namespace

void install_report_command(CLI::App& app, CommandContext& context) {
  auto arguments = std::make_shared<ReportArguments>();
  CLI::App* command = app.add_subcommand(
      "report",
      "Write summary.md, index.html (self-contained), results.json and junit.xml from results files\n"
      "  (exit 1 when hardened violates a property; schema: docs/report-json-schema.md)\n"
      "  example: dispatchsim report --db out/results.db --out out/reports\n"
      "  example: dispatchsim report --db results.db --db pct.db --db fixes-1.db --rollout rollout.json --out r");
  command->add_option("--db", arguments->results_files,
                      "A results file (repeat: sweeps, --strategy pct sweeps, --fix sweeps)")
      ->required();
  command->add_option("--rollout", arguments->rollout_files, "A rollout file from `rollout --json` (repeatable)");
  command->add_option("--out", arguments->out, "The directory to write into")->capture_default_str();
  command->add_flag("--no-timelines", arguments->no_timelines,
                    "Do not re-run the minimal failing runs to draw their timelines");
  command->add_flag("--timings", arguments->timings, "Print how long each step took");
  command->add_flag("--force", arguments->force, "Replace --out even if it holds files that are not a report");
  command->callback([arguments, &context] {
    context.exit_code = guarded([&] { return report(*arguments, context); });
  });
}

}  // namespace dispatchsim::cli
