#include "reports/junit_report.hpp"

#include <fmt/format.h>

#include "reports/svg.hpp"

namespace dispatchsim::reports {

namespace {

struct SuiteCounts {
  std::int64_t tests = 0;
  std::int64_t failures = 0;
  std::int64_t skipped = 0;
};

std::string testcase(const VerdictCell& cell, SuiteCounts& counts) {
  const std::string classname = "dispatchsim." + cell.variant;
  ++counts.tests;
  std::string open = fmt::format(R"(    <testcase classname="{}" name="{}" time="0")",
                                 escape_xml(classname), escape_xml(cell.property));
  if (cell.runs == 0) {
    ++counts.skipped;
    return open +
           ">\n      <skipped message=\"no scenario of the sweep checks this property\"/>\n    "
           "</testcase>\n";
  }
  if (!cell.minimal) return open + "/>\n";
  ++counts.failures;
  const RunReference& run = *cell.minimal;
  const std::string message =
      fmt::format("{} of {} runs violate {}; minimal seed {} ({})", cell.violating_runs, cell.runs,
                  cell.property, run.seed, run.scenario);
  const std::string text =
      fmt::format("{}\nreplay:  {}\nstored:  {}\nexplain: {}\nshrink:  {}", run.violation,
                  run.replay, run.replay_row, run.explain, run.shrink);
  return open + fmt::format(
                    ">\n      <failure message=\"{}\" type=\"property-violation\">{}</failure>\n   "
                    " </testcase>\n",
                    escape_xml(message), escape_xml(text));
}

}  // namespace

std::string junit_xml(const ReportData& data) {
  std::string suites;
  SuiteCounts total;
  for (const std::string& variant : data.variants) {
    SuiteCounts counts;
    std::string cases;
    for (const VerdictCell& cell : data.verdict) {
      if (cell.variant == variant) cases += testcase(cell, counts);
    }
    suites += fmt::format(
        R"(  <testsuite name="dispatchsim.{}" tests="{}" failures="{}" errors="0" skipped="{}" time="0">)",
        escape_xml(variant), counts.tests, counts.failures, counts.skipped);
    suites += "\n" + cases + "  </testsuite>\n";
    total.tests += counts.tests;
    total.failures += counts.failures;
    total.skipped += counts.skipped;
  }
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"dispatchsim\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\" "
      "time=\"0\">\n"
      "{}</testsuites>\n",
      total.tests, total.failures, total.skipped, suites);
}

}  // namespace dispatchsim::reports
