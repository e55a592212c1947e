#pragma once
// Reads a whole results file (docs/results-schema.md) into memory for the reports: the sweep
// definition and every run with its child rows, in a handful of bulk queries (one per table)
// rather than one query per row — a default sweep holds thousands of runs.

#include <string>
#include <vector>

#include "explore/results_file.hpp"
#include "explore/run_record.hpp"

namespace dispatchsim::reports {

struct StoredResults {
  std::string path;
  explore::StoredSweep sweep;
  std::vector<explore::RunRecord> runs;  // by row id
  explore::Completeness completeness;    // a partial file is reported, and flagged as partial
  // By row id: the runs `sweep --backend real` confirmed on MariaDB + Redis (none: simulated only).
  std::map<std::int64_t, explore::RealConfirmation> confirmations;
};

// Opens the file read-only. Throws explore::InputError when the file is missing, not a results
// file, damaged (explore::ResultsFile::verify) or holds no sweep.
StoredResults read_results(const std::string& path);

}  // namespace dispatchsim::reports
