#pragma once
// junit.xml for CI servers (Jenkins, GitLab, GitHub test reporters): one <testsuite> per variant,
// one <testcase> per property; a property violated in some run is a <failure> whose message
// names the counts and the minimal seed and whose text carries the commands that replay, explain
// and shrink it; a property no scenario of the sweep checks is <skipped>.

#include <string>

#include "reports/report_data.hpp"

namespace dispatchsim::reports {

std::string junit_xml(const ReportData& data);

}  // namespace dispatchsim::reports
