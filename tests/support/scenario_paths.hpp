#pragma once
// Paths of bundled scenarios and test data, independent of the working directory.

#include <string>

namespace dispatchsim::testing {

inline std::string bundled_scenario(const std::string& name) {
  return std::string(DISPATCHSIM_SOURCE_DIR) + "/scenarios/" + name + ".toml";
}

inline std::string test_data(const std::string& relative) {
  return std::string(DISPATCHSIM_SOURCE_DIR) + "/tests/data/" + relative;
}

}  // namespace dispatchsim::testing
