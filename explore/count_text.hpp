#pragma once
// Counts as people read them, for every command's and report's output: thousands separated
// ("120,000") and the noun in the right number ("1 run", "2 runs").

#include <cstdint>
#include <string>

namespace dispatchsim::explore {

// 12345 -> "12,345".
std::string with_separators(std::int64_t count);

// "1 run", "0 runs", "12,000 runs"; plural: when it is not noun + "s" ("1 process", "2 processes").
std::string count_of(std::int64_t count, const std::string& noun, const std::string& plural = "");

// A duration for a progress line: "12 s", "4 min 05 s", "2 h 03 min".
std::string format_seconds(double seconds);

}  // namespace dispatchsim::explore
