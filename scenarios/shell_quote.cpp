#include "scenarios/shell_quote.hpp"

#include <algorithm>
#include <string_view>

namespace dispatchsim::scenarios {

std::string shell_quote(const std::string& word) {
  // '=' and '@' only matter to a shell in the first word (an assignment) or in some shells'
  // extensions; '%' only to job control at a word's start, so a leading '%' is quoted too.
  const bool plain =
      !word.empty() && word.front() != '%' && word.front() != '=' &&
      std::all_of(word.begin(), word.end(), [](char c) {
        const bool ascii_alnum =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        return ascii_alnum || std::string_view("-_./,:=+@%").find(c) != std::string_view::npos;
      });
  if (plain) return word;
  std::string quoted = "'";
  for (char c : word) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

}  // namespace dispatchsim::scenarios
