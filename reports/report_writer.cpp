#include "reports/report_writer.hpp"

#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "explore/input_error.hpp"
#include "explore/output_file.hpp"
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
  report.steps.push_back(ReportStep{
      name, std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count()});
}

void write_file(const std::filesystem::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
  out.close();
  if (!out) throw explore::OutputError(fmt::format("--out: cannot write {}", path.string()));
}

}  // namespace

WrittenReport write_report(const ReportInputs& inputs, const std::string& out_directory,
                           bool reruns, bool force, const ShrinkBudget& budget) {
  WrittenReport report;
  const std::filesystem::path out(out_directory);
  if (out.has_parent_path()) {
    std::error_code error;
    std::filesystem::create_directories(out.parent_path(), error);
    if (error)
      throw explore::OutputError(
          fmt::format("--out: cannot create {}: {}", out.parent_path().string(), error.message()));
  }
  // The four files are written into a directory beside out and swapped in as a set: a kill at any
  // moment leaves the old report or the new one, never a mix of both.
  explore::AtomicOutput staged(out, explore::OutputKind::report, force, "--out");
  timed(report, "read inputs", [&] { report.data = gather_report(inputs); });
  if (reruns) {
    timed(report, "shrink minimal cases", [&] {
      add_shrunk_cases(report.data, staged.temporary().string(), out_directory, budget);
      report.data.decision = decide(report.data);  // its commands now name the shrunk cases
    });
    timed(report, "timelines (re-runs)", [&] { add_timelines(report.data); });
  }
  const auto write = [&](const char* name, const auto& render) {
    timed(report, name, [&] { write_file(staged.temporary() / name, render()); });
    report.files.push_back((out / name).string());
  };
  write("summary.md", [&] { return summary_markdown(report.data); });
  write("index.html", [&] { return report_html(report.data); });
  write("results.json", [&] { return report_json(report.data).dump(2) + "\n"; });
  write("junit.xml", [&] { return junit_xml(report.data); });
  staged.commit();
  return report;
}

}  // namespace dispatchsim::reports
