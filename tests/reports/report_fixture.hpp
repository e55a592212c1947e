#pragma once
// The report fixture (tests/data/report/): SQL dumps of small results files loaded into fresh
// files, and the rollout files, as ReportInputs the way `make run` passes them.

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "explore/sqlite_connection.hpp"
#include "reports/report_data.hpp"
#include "support/scenario_paths.hpp"
#include "support/test_directory.hpp"
#include "support/text.hpp"

namespace dispatchsim::testing {

// Loads tests/data/report/<name>.sql into <directory>/<name>.db and returns its path.
inline std::string load_results_fixture(const std::filesystem::path& directory,
                                        const std::string& name) {
  const std::filesystem::path path = directory / (name + ".db");
  explore::SqliteConnection connection(path.string(), true);
  connection.execute(read_text(test_data("report/" + name + ".sql")));
  return path.string();
}

// Every fixture file, results files first the main sweep, as a report's inputs.
inline reports::ReportInputs report_fixture(const std::filesystem::path& directory) {
  reports::ReportInputs inputs;
  for (const char* name : {"sweep", "pct", "fix-none", "fix-1-2"}) {
    inputs.results_files.push_back(load_results_fixture(directory, name));
  }
  for (const char* name : {"rollout-plan.json", "rollout-hardened.json"}) {
    inputs.rollout_files.push_back(test_data(std::string("report/") + name));
  }
  return inputs;
}

}  // namespace dispatchsim::testing
