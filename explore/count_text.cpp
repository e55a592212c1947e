#include "explore/count_text.hpp"

#include <fmt/format.h>

#include <cmath>

namespace dispatchsim::explore {

std::string with_separators(std::int64_t count) {
  const std::string digits = std::to_string(count);
  const std::size_t sign = count < 0 ? 1 : 0;
  std::string text = digits.substr(0, sign);
  for (std::size_t i = sign; i < digits.size(); ++i) {
    // A comma before every digit that starts a group of three counted from the right.
    if (i > sign && (digits.size() - i) % 3 == 0) text += ',';
    text += digits[i];
  }
  return text;
}

std::string count_of(std::int64_t count, const std::string& noun, const std::string& plural) {
  if (count == 1) return "1 " + noun;
  return with_separators(count) + " " + (plural.empty() ? noun + "s" : plural);
}

std::string format_seconds(double seconds) {
  const auto whole = static_cast<std::int64_t>(std::llround(std::max(0.0, seconds)));
  if (whole < 60) return fmt::format("{} s", whole);
  if (whole < 3600) return fmt::format("{} min {:02} s", whole / 60, whole % 60);
  return fmt::format("{} h {:02} min", whole / 3600, whole % 3600 / 60);
}

}  // namespace dispatchsim::explore
