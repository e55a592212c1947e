#pragma once
// index.html: the report as ONE self-contained page — inline CSS and SVG, no script, no font or
// image from the network — so it can be attached to a CI run, mailed, or opened from disk.
// Sections: verdict table (property × variant, minimal seeds linking to their timelines), fault
// matrix and its plot, the plan's fixes one by one, rollout phases with SLO go/no-go and plots,
// monitoring efficacy, time to first failure per strategy, coverage probes, and a swimlane
// timeline per minimal failing run with the commands that replay it.

#include <string>

#include "reports/report_data.hpp"

namespace dispatchsim::reports {

std::string report_html(const ReportData& data);

}  // namespace dispatchsim::reports
