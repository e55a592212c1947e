#pragma once
// The report's "Confidence" section (Markdown and HTML): how far the verdict can be trusted.
// Per variant and property, the 95 % upper bound on the violation rate where no run violated it
// (0 of 2,000 -> < 0.15 %), or the clean seeds a fix of it needs before it can be believed; per
// variant, the distinct violation signatures found against runs (the saturation curve) and the
// chance that one more run finds a new one. The maths: explore/confidence.hpp.

#include <string>

#include "reports/report_data.hpp"

namespace dispatchsim::reports {

std::string confidence_markdown(const ReportData& data);
std::string confidence_html(const ReportData& data);

}  // namespace dispatchsim::reports
