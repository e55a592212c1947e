#include "reports/results_reader.hpp"

#include <fmt/format.h>

#include <filesystem>

#include "explore/input_error.hpp"

namespace dispatchsim::reports {

StoredResults read_results(const std::string& path) {
  if (!std::filesystem::is_regular_file(path)) {
    throw explore::InputError(
        fmt::format("--db: {} does not exist (make run writes out/results.db; "
                    "dispatchsim sweep --db FILE writes one)",
                    path));
  }
  explore::ResultsFile file(path, explore::ResultsFile::Mode::read_only);
  const explore::Completeness completeness = file.verify();
  auto sweep = file.sweep();
  if (!sweep) throw explore::InputError(path + ": holds no sweep yet");
  return StoredResults{path, *sweep, file.runs(), completeness, file.confirmations()};
}

}  // namespace dispatchsim::reports
