#pragma once
// A bundled scenario, and one run of it, as most scenario-level tests start.

#include <cstdint>
#include <string>

#include "scenarios/runner.hpp"
#include "scenarios/scenario.hpp"
#include "support/scenario_paths.hpp"

namespace dispatchsim::testing {

inline scenarios::Scenario load_bundled(const std::string& name) {
  return scenarios::load_scenario(scenarios::resolve_scenario(name));
}

inline scenarios::RunResult run_loaded(const scenarios::Scenario& scenario,
                                       const std::string& variant, std::uint64_t seed,
                                       scenarios::RunOptions options = {}) {
  options.variant = variant;
  options.seed = seed;
  return scenarios::run_scenario(scenario, options);
}

inline scenarios::RunResult run_bundled(const std::string& scenario, const std::string& variant,
                                        std::uint64_t seed, scenarios::RunOptions options = {}) {
  return run_loaded(scenarios::load_scenario(bundled_scenario(scenario)), variant, seed, options);
}

inline scenarios::RunResult run_decline_race(const std::string& variant, std::uint64_t seed) {
  return run_bundled("decline-race", variant, seed);
}

}  // namespace dispatchsim::testing
