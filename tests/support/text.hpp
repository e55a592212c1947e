#pragma once
// Reading a file whole and looking for a part of a text: what most tests of outputs need.

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace dispatchsim::testing {

inline std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

inline bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace dispatchsim::testing
