#pragma once
// Writes a Scenario back as a scenario file in the loader's syntax (scenarios/scenario_loader.cpp),
// every field explicit, so that loading the text gives a scenario that runs identically. shrink
// uses it to hand over its minimal case as a file `dispatchsim run -s FILE` accepts.
//
// Keep it in step with the loader: tests/explore/scenario_writer_test.cpp writes every bundled
// scenario, loads it back and checks that runs of both have the same trace hashes.

#include <string>

#include "scenarios/scenario.hpp"

namespace dispatchsim::explore {

// The scenario as TOML; header (may be several lines) becomes the file's leading comment.
std::string scenario_toml(const scenarios::Scenario& scenario, const std::string& header);

}  // namespace dispatchsim::explore
