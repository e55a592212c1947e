#pragma once
// A scenario: the world's size, workload, timings, variant settings, faults and the properties
// to check — read from a TOML file in scenarios/ (data, not code). Bad files are rejected with
// ScenarioError naming the file, line and field; nothing falls back to a silent default.

#include <stdexcept>
#include <string>
#include <vector>

#include "faults/fault_catalogue.hpp"
#include "faults/swarm_knobs.hpp"
#include "model/base/world_config.hpp"

namespace dispatchsim::scenarios {

struct Scenario {
  std::string name;  // the file's stem, e.g. "decline-race"
  std::string path;
  std::string description;
  model::WorldConfig world;
  faults::FaultPlan faults;
  // [swarm.knobs]: knobs each seed may push toward these ranges' ends (none: the world as written).
  std::vector<faults::KnobRange> swarm_knobs;
  std::vector<std::string> properties;  // property ids to check (all when the file names none)
};

class ScenarioError : public std::runtime_error {
 public:
  // message is the whole text, e.g. "scenarios/x.toml:12:1: [workload] requests: must be >= 1".
  explicit ScenarioError(const std::string& message) : std::runtime_error(message) {}
};

// Reads and validates a scenario file. Throws ScenarioError.
Scenario load_scenario(const std::string& path);
// The same from text (path is only used in messages and for the name).
Scenario parse_scenario(const std::string& text, const std::string& path);

// A name ("decline-race") or a path ("my/x.toml") to a path. Throws ScenarioError when neither
// exists, listing the scenarios that do.
std::string resolve_scenario(const std::string& name_or_path);
// The bundled scenarios (names), sorted.
std::vector<std::string> bundled_scenarios();
std::string scenario_directory();

}  // namespace dispatchsim::scenarios
