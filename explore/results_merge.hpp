#pragma once
// Merging results files: the shards of one sweep, run on several machines or processes, become
// one file. Files from different sweep definitions are refused (their runs would not add up to
// one sweep); a run present in several files is kept once, and a run whose trace hashes differ
// between files is reported, because it means nondeterminism or different builds.

#include <string>
#include <vector>

#include "explore/results_file.hpp"

namespace dispatchsim::explore {

struct MergeOutcome {
  std::int64_t added = 0;
  std::int64_t duplicates = 0;
  std::vector<std::string> conflicts;
  std::vector<std::string> shards;  // the shards the output now holds
  std::int64_t total_runs = 0;
};

// Merges inputs into output (created if missing; an existing output's runs are kept and count
// as one of the inputs). Inputs are opened read-only and must pass ResultsFile::verify. The
// output is written beside it and renamed over it when complete (never changed in place).
// Throws InputError, changing nothing, when any two definitions differ or a file is damaged.
MergeOutcome merge_results(const std::string& output, const std::vector<std::string>& inputs);

}  // namespace dispatchsim::explore
