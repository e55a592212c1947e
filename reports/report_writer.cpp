#include "reports/report_writer.hpp"

#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "explore/input_error.hpp"
#include "reports/html_report.hpp"
#include "reports/json_report.hpp"
#include "reports/junit_report.hpp"
#include "reports/markdown_report.hpp"

namespace dispatchsim::reports {

namespace {

// Runs step, adding its wall time to the report's steps.
template <typename Step>
void timed(WrittenReport& report, const std::string& name, Step step) {
  const auto started = std::chrono::steady_clock::now();
  step();
  report.steps.push_back(
      ReportStep{name, std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count()});
}

void write_file(WrittenReport& report, const std::filesystem::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
  if (!out) throw explore::InputError(fmt::format("--out: cannot write {}", path.string()));
  report.files.push_back(path.string());
}

}  // namespace

WrittenReport write_report(const ReportInputs& inputs, const std::string& out_directory, bool timelines) {
  WrittenReport report;
  std::error_code error;
  std::filesystem::create_directories(out_directory, error);
  if (error) throw explore::InputError(fmt::format("--out: cannot create {}: {}", out_directory, error.message()));
  const std::filesystem::path out(out_directory);
  timed(report, "read inputs", [&] { report.data = gather_report(inputs); });
  if (timelines) timed(report, "timelines (re-runs)", [&] { add_timelines(report.data); });
  timed(report, "summary.md", [&] { write_file(report, out / "summary.md", summary_markdown(report.data)); });
  timed(report, "index.html", [&] { write_file(report, out / "index.html", report_html(report.data)); });
  timed(report, "results.json", [&] { write_file(report, out / "results.json", report_json(report.data).dump(2) + "\n"); });
  timed(report, "junit.xml", [&] { write_file(report, out / "junit.xml", junit_xml(report.data)); });
  return report;
}

}  // namespace dispatchsim::reports
