#pragma once
// A choice tape on disk: the choices a run made, in draw order, so `run --tape FILE` replays that
// exact schedule (RunOptions::tape). Text, so a person can read and diff it: comment lines start
// with '#', then the values, whitespace-separated. Past the tape's end every choice is 0. The
// first line is a magic line, a '# length N' line and a final '# checksum H' line let the reader
// refuse foreign, truncated and damaged files; reads stop at 64 MiB.

#include <cstdint>
#include <string>
#include <vector>

namespace dispatchsim::explore {

// Writes the tape with a comment header, whole or not at all (explore/output_file.hpp). Throws
// OutputError when the file cannot be written or holds something else (unless force).
void write_choice_tape(const std::string& path, const std::vector<std::uint64_t>& tape,
                       const std::string& comment, bool force = false);
// Throws InputError naming the file and what is wrong: not a tape, truncated, damaged, too large,
// or a word that is not a choice.
std::vector<std::uint64_t> read_choice_tape(const std::string& path);

}  // namespace dispatchsim::explore
