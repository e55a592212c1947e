#include "scenarios/nearest_name.hpp"

#include <algorithm>
#include <cassert>

namespace dispatchsim::scenarios {

std::size_t edit_distance(std::string_view from, std::string_view to) {
  const std::size_t rows = from.size() + 1;
  const std::size_t columns = to.size() + 1;
  std::vector<std::size_t> d(rows * columns);
  const auto at = [&](std::size_t i, std::size_t j) -> std::size_t& { return d[i * columns + j]; };
  for (std::size_t i = 0; i < rows; ++i) at(i, 0) = i;
  for (std::size_t j = 0; j < columns; ++j) at(0, j) = j;
  for (std::size_t i = 1; i < rows; ++i) {
    for (std::size_t j = 1; j < columns; ++j) {
      const std::size_t substitution = from[i - 1] == to[j - 1] ? 0 : 1;
      at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + substitution});
      if (i > 1 && j > 1 && from[i - 1] == to[j - 2] && from[i - 2] == to[j - 1]) {
        at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
      }
    }
  }
  return at(rows - 1, columns - 1);
}

std::vector<std::string> nearest_names(std::string_view typed,
                                       const std::vector<std::string>& candidates) {
  if (typed.empty()) return {};
  const std::size_t allowed = std::max<std::size_t>(2, typed.size() / 3);
  std::size_t best = allowed + 1;
  std::vector<std::string> nearest;
  for (const std::string& candidate : candidates) {
    // A prefix of a longer name counts as one edit: "decline" is close to "decline-race".
    const bool prefix =
        typed.size() >= 3 && candidate.size() > typed.size() && candidate.starts_with(typed);
    const std::size_t distance = prefix ? 1 : edit_distance(typed, candidate);
    if (distance > allowed || distance == 0 || distance > best) continue;
    if (distance < best) nearest.clear();
    best = distance;
    if (std::find(nearest.begin(), nearest.end(), candidate) == nearest.end())
      nearest.push_back(candidate);
  }
  return nearest;
}

std::string did_you_mean(std::string_view typed, const std::vector<std::string>& candidates,
                         bool quote) {
  const std::vector<std::string> nearest = nearest_names(typed, candidates);
  if (nearest.empty()) return "";
  const auto shown = [quote](const std::string& name) { return quote ? "'" + name + "'" : name; };
  std::string text = " (did you mean " + shown(nearest.front());
  for (std::size_t i = 1; i < nearest.size(); ++i) {
    text += (i + 1 == nearest.size() ? " or " : ", ") + shown(nearest[i]);
  }
  return text + "?)";
}

}  // namespace dispatchsim::scenarios
