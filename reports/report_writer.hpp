#pragma once
// `dispatchsim report`: gathers the inputs once and writes summary.md, index.html, results.json
// and junit.xml into one directory, timing each step (wall clock: reports run outside runs).

#include <string>
#include <vector>

#include "reports/report_data.hpp"

namespace dispatchsim::reports {

struct ReportStep {
  std::string name;  // "read inputs", "timelines", "summary.md", ...
  double seconds = 0;
};

struct WrittenReport {
  ReportData data;
  std::vector<std::string> files;  // the paths written
  std::vector<ReportStep> steps;
};

// Writes the files into a directory beside out_directory and swaps it in whole (the old report,
// or the new one, never a mix). An existing out_directory that is not a report is refused unless
// force. reruns: shrink each failing cell's minimal run (bounded by budget, cached in its results
// file; the minimal scenarios go into out_directory/minimal/) and re-run the minimal cases to draw
// their timelines. Throws explore::InputError for unusable inputs, explore::OutputError for an
// unwritable directory.
WrittenReport write_report(const ReportInputs& inputs, const std::string& out_directory,
                           bool reruns = true, bool force = false, const ShrinkBudget& budget = {});

}  // namespace dispatchsim::reports
