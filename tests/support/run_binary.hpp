#pragma once
// Runs the built dispatchsim binary as a user would, capturing its output and exit code.

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>
#include <vector>

namespace dispatchsim::testing {

struct BinaryOutcome {
  int exit_code = -1;      // -1 when the process was killed by a signal
  int signal = 0;
  std::string output;      // stdout and stderr, interleaved
};

inline std::string shell_quote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

inline BinaryOutcome run_dispatchsim(const std::vector<std::string>& arguments) {
  std::string command = shell_quote(DISPATCHSIM_BINARY);
  for (const auto& argument : arguments) command += " " + shell_quote(argument);
  command += " 2>&1";
  BinaryOutcome outcome;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return outcome;
  std::array<char, 4096> buffer{};
  while (std::fgets(buffer.data(), buffer.size(), pipe) != nullptr) outcome.output += buffer.data();
  const int status = pclose(pipe);
  if (WIFEXITED(status)) outcome.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) outcome.signal = WTERMSIG(status);
  return outcome;
}

}  // namespace dispatchsim::testing
