#include "explore/choice_tape_file.hpp"

#include <fmt/format.h>

#include <charconv>
#include <fstream>
#include <sstream>

#include "explore/input_error.hpp"

namespace dispatchsim::explore {

void write_choice_tape(const std::string& path, const std::vector<std::uint64_t>& tape,
                       const std::string& comment) {
  std::ofstream out(path);
  if (!out) throw InputError(fmt::format("{}: cannot write the tape file", path));
  std::istringstream lines(comment);
  std::string line;
  while (std::getline(lines, line)) out << "# " << line << '\n';
  out << "# " << tape.size() << " choices; past the end every choice is 0\n";
  for (std::size_t i = 0; i < tape.size(); ++i) out << tape[i] << ((i + 1) % 20 == 0 ? '\n' : ' ');
  out << '\n';
  if (!out) throw InputError(fmt::format("{}: cannot write the tape file", path));
}

std::vector<std::uint64_t> read_choice_tape(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    throw InputError(fmt::format("{}: cannot open the tape file (shrink writes one next to the "
                                 "minimal scenario)", path));
  }
  std::vector<std::uint64_t> tape;
  std::string line;
  int line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (const auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    std::istringstream words(line);
    std::string word;
    while (words >> word) {
      std::uint64_t value = 0;
      const auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), value);
      if (error != std::errc() || end != word.data() + word.size()) {
        throw InputError(fmt::format("{}:{}: '{}' is not a choice (expected a non-negative integer)",
                                     path, line_number, word));
      }
      tape.push_back(value);
    }
  }
  return tape;
}

}  // namespace dispatchsim::explore
