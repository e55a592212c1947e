#pragma once
// A choice tape on disk: the choices a run made, in draw order, so `run --tape FILE` replays that
// exact schedule (RunOptions::tape). Text, so a person can read and diff it: comment lines start
// with '#', then the values, whitespace-separated. Past the tape's end every choice is 0.

#include <cstdint>
#include <string>
#include <vector>

namespace dispatchsim::explore {

// Writes the tape with a comment header. Throws InputError when the file cannot be written.
void write_choice_tape(const std::string& path, const std::vector<std::uint64_t>& tape,
                       const std::string& comment);
// Throws InputError naming the file and the offending word.
std::vector<std::uint64_t> read_choice_tape(const std::string& path);

}  // namespace dispatchsim::explore
