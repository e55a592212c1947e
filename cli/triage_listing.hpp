#pragma once
// Printing a sweep's triage (explore/triage.hpp): one entry per distinct bug, with its minimal
// seed and the commands to reproduce and explain it. Used by triage and merge.

#include <cstddef>
#include <string>

#include "explore/triage.hpp"

namespace dispatchsim::cli {

// Prints at most `limit` groups, then how many more there are.
void print_triage(const explore::Triage& triage, const std::string& program,
                  const std::string& results_path, std::size_t limit);

}  // namespace dispatchsim::cli
