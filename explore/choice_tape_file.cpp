#include "explore/choice_tape_file.hpp"

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <fstream>
#include <optional>
#include <sstream>
#include <string_view>

#include "explore/input_error.hpp"
#include "explore/output_file.hpp"
#include "sim/prng.hpp"

namespace dispatchsim::explore {

namespace {

// The first line of every tape; a file without it is not one (or was written before tapes
// carried their length and checksum).
constexpr std::string_view tape_magic = "# dispatchsim choice tape v2";
// A tape is a few thousand choices; a file beyond this is not a tape (and /dev/zero never ends).
constexpr std::size_t tape_max_bytes = 64 * 1024 * 1024;

std::uint64_t checksum_of(const std::vector<std::uint64_t>& tape) {
  std::string bytes;
  for (std::uint64_t value : tape) bytes += fmt::format("{} ", value);
  return sim::stable_hash(bytes);
}

// Reads at most tape_max_bytes, refusing a file that does not start with the magic line at once.
std::string read_bounded(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw InputError(
        fmt::format("{}: cannot open the tape file (shrink writes one next to the "
                    "minimal scenario)",
                    path));
  }
  std::string text(tape_magic.size(), '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  if (static_cast<std::size_t>(in.gcount()) != tape_magic.size() || text != tape_magic) {
    throw InputError(
        fmt::format("{}:1: not a dispatchsim choice tape (expected the first line '{}'; shrink and "
                    "the property tests write tapes)",
                    path, tape_magic));
  }
  std::array<char, 65536> chunk{};
  while (in.read(chunk.data(), chunk.size()) || in.gcount() > 0) {
    text.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
    if (text.size() > tape_max_bytes) {
      throw InputError(
          fmt::format("{}: larger than {} MiB, not a choice tape", path, tape_max_bytes >> 20));
    }
  }
  return text;
}

std::optional<std::uint64_t> number_after(const std::string& line, std::string_view prefix,
                                          int base) {
  if (!line.starts_with(prefix)) return std::nullopt;
  std::uint64_t value = 0;
  const char* begin = line.data() + prefix.size();
  const char* end = line.data() + line.size();
  const auto [stop, error] = std::from_chars(begin, end, value, base);
  if (error != std::errc() || stop == begin) return std::nullopt;
  return value;
}

}  // namespace

void write_choice_tape(const std::string& path, const std::vector<std::uint64_t>& tape,
                       const std::string& comment, bool force) {
  std::string text = std::string(tape_magic) + '\n';
  std::istringstream lines(comment);
  std::string line;
  while (std::getline(lines, line)) text += "# " + line + '\n';
  text += fmt::format("# length {}: {} choices; past the end every choice is 0\n", tape.size(),
                      tape.size());
  for (std::size_t i = 0; i < tape.size(); ++i)
    text += fmt::format("{}{}", tape[i], (i + 1) % 20 == 0 ? '\n' : ' ');
  text += fmt::format("\n# checksum {:016x}\n", checksum_of(tape));
  write_output(path, text, OutputKind::tape, force, "tape");
}

std::vector<std::uint64_t> read_choice_tape(const std::string& path) {
  std::istringstream in(read_bounded(path));
  std::vector<std::uint64_t> tape;
  std::optional<std::uint64_t> length;
  std::optional<std::uint64_t> checksum;
  std::string line;
  int line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (!length) length = number_after(line, "# length ", 10);
    if (const auto sum = number_after(line, "# checksum ", 16)) checksum = sum;
    if (const auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    std::istringstream words(line);
    std::string word;
    while (words >> word) {
      std::uint64_t value = 0;
      const auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), value);
      if (error != std::errc() || end != word.data() + word.size()) {
        throw InputError(
            fmt::format("{}:{}: '{}' is not a choice (expected a non-negative integer)", path,
                        line_number, word));
      }
      if (checksum)
        throw InputError(fmt::format("{}:{}: choices after the checksum line", path, line_number));
      tape.push_back(value);
    }
  }
  if (!length || !checksum) {
    throw InputError(fmt::format("{}: truncated tape: no {} line (a tape ends with '# checksum')",
                                 path, !length ? "'# length N'" : "'# checksum'"));
  }
  if (*length != tape.size()) {
    throw InputError(fmt::format("{}: truncated or damaged tape: it says {} choices and holds {}",
                                 path, *length, tape.size()));
  }
  if (*checksum != checksum_of(tape)) {
    throw InputError(
        fmt::format("{}: damaged tape: the checksum does not match its choices", path));
  }
  return tape;
}

}  // namespace dispatchsim::explore
