#pragma once
// summary.md: the report in Markdown, readable in a terminal and rendered in a pull request —
// the verdict per variant, the verdict table (property × variant, minimal seeds), the plan's
// fixes one by one, the rollout phases, monitoring efficacy, the faults that expose each
// property, coverage probes never hit, and the command that replays each minimal failing run.
// Deterministic (no dates, no wall times), so it can be compared with a golden file.

#include <string>

#include "reports/report_data.hpp"

namespace dispatchsim::reports {

std::string summary_markdown(const ReportData& data);

// The short verdict `make run` prints: one line per variant.
std::string short_verdict(const ReportData& data);

}  // namespace dispatchsim::reports
