#include "reports/text_table.hpp"

#include <algorithm>
#include <cassert>

namespace dispatchsim::reports {

namespace {

// Display width: UTF-8 continuation bytes take no column.
std::size_t width(const std::string& text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::string pad(const std::string& text, std::size_t columns, bool right) {
  const std::string fill(columns - std::min(columns, width(text)), ' ');
  return right ? fill + text : text + fill;
}

std::string escape_pipes(const std::string& text) {
  std::string escaped;
  for (char c : text) escaped += c == '|' ? std::string("\\|") : std::string(1, c);
  return escaped;
}

}  // namespace

std::string TextTable::terminal() const {
  std::vector<std::size_t> widths(header.size(), 0);
  for (std::size_t c = 0; c < header.size(); ++c) widths[c] = width(header[c]);
  for (const auto& row : rows) {
    assert(row.size() == header.size());
    for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], width(row[c]));
  }
  const auto line = [&](const std::vector<std::string>& cells) {
    std::string text;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const bool right = c < right_aligned.size() && right_aligned[c];
      text += (c == 0 ? "" : "  ") + pad(cells[c], widths[c], right);
    }
    text.erase(text.find_last_not_of(' ') + 1);
    return text + "\n";
  };
  std::string text = line(header);
  std::vector<std::string> rule;
  for (std::size_t w : widths) rule.emplace_back(w, '-');
  text += line(rule);
  for (const auto& row : rows) text += line(row);
  return text;
}

std::string TextTable::markdown() const {
  std::string text = "|";
  for (const auto& cell : header) text += " " + escape_pipes(cell) + " |";
  text += "\n|";
  for (std::size_t c = 0; c < header.size(); ++c) {
    text += c < right_aligned.size() && right_aligned[c] ? "---:|" : "---|";
  }
  text += "\n";
  for (const auto& row : rows) {
    assert(row.size() == header.size());
    text += "|";
    for (const auto& cell : row) text += " " + escape_pipes(cell) + " |";
    text += "\n";
  }
  return text;
}

}  // namespace dispatchsim::reports
