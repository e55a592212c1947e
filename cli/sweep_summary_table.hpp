#pragma once
// Printing a results file's summary: the table per scenario × variant, then for each first
// failure the commands that reproduce, explain and shrink it. Used by sweep and merge.

#include <string>

#include "explore/sweep_summary.hpp"

namespace dispatchsim::cli {

void print_sweep_summary(const explore::SweepSummary& summary, const std::string& program,
                         const std::string& results_path);

}  // namespace dispatchsim::cli
