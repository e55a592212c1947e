#pragma once
// A table of text cells printed two ways: aligned columns for a terminal, or a GitHub-flavoured
// Markdown table for summary.md and pull requests. The rollout command and the Markdown report
// share it, so the same numbers read the same everywhere.

#include <string>
#include <vector>

namespace dispatchsim::reports {

struct TextTable {
  std::vector<std::string> header;
  std::vector<bool> right_aligned;  // per column; missing entries: left
  std::vector<std::vector<std::string>> rows;

  // Columns padded to their widest cell, two spaces apart, a dashed rule under the header.
  std::string terminal() const;
  // "| a | b |" rows; '|' in cells escaped.
  std::string markdown() const;
};

}  // namespace dispatchsim::reports
