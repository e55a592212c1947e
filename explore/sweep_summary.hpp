#pragma once
// What a sweep found, per scenario × variant, read back from the results file (so a resumed or
// merged sweep summarises every run the file holds): how many runs, how many violated each
// property, and the first (lowest) failing seed of each — the one to replay, explain and shrink.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "explore/results_file.hpp"
#include "explore/sweep_confidence.hpp"

namespace dispatchsim::explore {

// The lowest seed that failed one way, and its row.
struct FirstFailure {
  std::uint64_t seed = 0;
  std::int64_t row = 0;
};

struct PropertyFailures {
  std::string property;
  std::int64_t violating_runs = 0;
  FirstFailure first;
};

struct CombinationSummary {
  std::size_t scenario = 0;  // index into the definition
  std::size_t variant = 0;
  std::int64_t runs = 0;
  std::int64_t violating_runs = 0;
  std::int64_t error_runs = 0;
  std::int64_t wall_time_us = 0;             // summed over the runs
  std::vector<PropertyFailures> properties;  // in property catalogue order
  std::optional<FirstFailure> first_error;
};

struct SweepSummary {
  StoredSweep sweep;
  std::vector<CombinationSummary> combinations;  // definition order: scenario-major
  SweepConfidence confidence;                    // bounds, clean seeds, saturation per variant
  std::int64_t runs() const;
  std::int64_t failing_runs() const;  // violating or erroring
};

// Throws InputError when the file holds no sweep.
SweepSummary summarize(ResultsFile& file);

}  // namespace dispatchsim::explore
