#pragma once
// Runs the built dispatchsim binary (or any command) as a user would, capturing its output and
// exit code.

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>
#include <vector>

#include "scenarios/shell_quote.hpp"

namespace dispatchsim::testing {

struct BinaryOutcome {
  int exit_code = -1;  // -1 when the process was killed by a signal
  int signal = 0;
  std::string output;  // stdout and stderr, interleaved
};

using scenarios::shell_quote;

// Runs a command line through /bin/sh (the caller quotes its words), capturing its output.
inline BinaryOutcome run_shell_command(const std::string& command_line) {
  const std::string command = command_line + " 2>&1";
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

inline BinaryOutcome run_dispatchsim(const std::vector<std::string>& arguments) {
  std::string command = shell_quote(DISPATCHSIM_BINARY);
  for (const auto& argument : arguments) command += " " + shell_quote(argument);
  return run_shell_command(command);
}

}  // namespace dispatchsim::testing
