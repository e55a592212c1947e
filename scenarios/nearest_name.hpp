#pragma once
// "Did you mean ...?": the one edit distance every name a user types is checked with —
// subcommands and options (cli/), scenario names, variants, faults, properties and scenario-file
// keys (scenarios/), shrink's --property (explore/). One definition, so every suggestion agrees.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dispatchsim::scenarios {

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// adjacent characters each cost 1 ("rn" -> "run" is 1, "plna" -> "plan" is 1). Case-sensitive.
std::size_t edit_distance(std::string_view from, std::string_view to);

// The candidates a typo of `typed` most plausibly meant: those at the smallest edit distance,
// if that distance is small for the word's length (at most a third of it, and at least 2), and
// a candidate that starts with what was typed ("decline" -> "decline-race"). Empty when nothing
// is close: a suggestion far from what was typed only misleads.
std::vector<std::string> nearest_names(std::string_view typed,
                                       const std::vector<std::string>& candidates);

// " (did you mean 'run'?)", " (did you mean 'plan' or 'legacy'?)", or "" when nothing is close.
// quote: how to print a candidate (options print bare: "--seed").
std::string did_you_mean(std::string_view typed, const std::vector<std::string>& candidates,
                         bool quote = true);

}  // namespace dispatchsim::scenarios
