#pragma once
// A fresh, empty directory per test under the build tree, so tests running in parallel never
// share files and what a failing test wrote stays there to be looked at.

#include <filesystem>
#include <string>

namespace dispatchsim::testing {

inline std::filesystem::path fresh_test_directory(const std::string& name) {
  const std::filesystem::path directory =
      std::filesystem::path(DISPATCHSIM_BINARY_DIR) / "test-output" / name;
  std::filesystem::remove_all(directory);
  std::filesystem::create_directories(directory);
  return directory;
}

}  // namespace dispatchsim::testing
