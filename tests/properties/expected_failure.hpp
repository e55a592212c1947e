#pragma once
// A property that must FAIL: `legacy` violating the incident's properties is the product working.
// find_counterexample() runs rapidcheck programmatically (not through RC_GTEST_PROP, whose
// failure would fail the test) over seeded schedules, lets it shrink the first failing schedule,
// and hands back what a developer needs: rapidcheck's reproduce string, the shrunk tape (saved to
// a file) and the dispatchsim command that replays it, and how much shrinking won.

#include <cstdint>
#include <optional>
#include <string>

#include "properties/schedule.hpp"

namespace dispatchsim::testing {

struct Counterexample {
  std::string reproduce;    // RC_PARAMS="reproduce=..." reruns only the shrunk case
  std::string command;      // dispatchsim run ... --tape FILE
  std::string tape_file;    // the FILE
  std::string description;  // the shrunk case's first violation
  Tape first_tape;          // the choices of the first failing run, trimmed
  Tape minimal_tape;        // the choices of the shrunk run, trimmed
  int cases_before_failure = 0;
  int shrinks_tried = 0;
  int shrinks_accepted = 0;
};

// Checks "no violation of `property`" on the scenario under seeded schedules with rapidcheck's
// parameters (RC_PARAMS), as the test `test_id` ("Suite/Name", the id rapidcheck's reproduce
// string names). Returns the shrunk counterexample, or nullopt when the property held.
std::optional<Counterexample> find_counterexample(const scenarios::Scenario& scenario,
                                                  const scenarios::RunOptions& options,
                                                  const std::string& property,
                                                  const std::string& test_id);

// "12 choices (3 nonzero)": a tape's size for messages.
std::string tape_size(const Tape& tape);

}  // namespace dispatchsim::testing
