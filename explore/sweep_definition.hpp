#pragma once
// What a sweep runs: scenarios × variants × a seed range, with one strategy and the plan's
// overrides. The definition, not the machine or the shard, identifies a sweep: shard files can be
// merged exactly when their definitions are equal (the scenarios compared by name and content, so
// the same file at another path on another machine still matches).
//
// The work list is seed-major (seed 1 of every scenario × variant, then seed 2, ...), so a sweep
// stopped early by a time budget has covered every combination about equally.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "explore/run_spec.hpp"

namespace dispatchsim::explore {

struct SweepScenario {
  std::string name;          // the file's stem, as rows name it
  std::string argument;      // as given on the command line (a name or a path)
  std::string content_hash;  // 16 hex digits of the file's bytes
};

struct SeedRange {
  std::uint64_t first = 1;
  std::uint64_t last = 1;
  std::uint64_t size() const { return last - first + 1; }
};

// One run of the sweep, by index into the definition's scenarios and variants.
struct WorkItem {
  std::size_t scenario = 0;
  std::size_t variant = 0;
  std::uint64_t seed = 0;
};

struct SweepDefinition {
  std::vector<SweepScenario> scenarios;
  std::vector<std::string> variants;
  SeedRange seeds;
  std::string strategy = "random";
  int pct_depth = 3;  // used only with strategy pct
  std::optional<std::set<int>> fixes;
  std::optional<int> flag_percent;

  // Everything that decides the runs, as canonical JSON (scenario paths left out).
  std::string canonical_json() const;
  // A short stable id of canonical_json(): 16 hex digits.
  std::string id() const;
  std::size_t run_count() const;
  // The index-th run of the seed-major work list; index < run_count().
  WorkItem item(std::size_t index) const;
  RunSpec spec(const WorkItem& item) const;
  // A stored run's scenario (by name) as this machine can load it: the argument the sweep was
  // given, or the bundled scenario of that name (the results file may come from another machine).
  std::string loadable_scenario_argument(const std::string& name) const;
};

// Where name stands in names (a sweep's variants or scenarios), or names.size() if it is not there.
std::size_t position_of(const std::vector<std::string>& names, const std::string& name);

// Resolves a scenario argument (name or path), loads it to validate it, and hashes its bytes.
// Throws scenarios::ScenarioError for a missing or invalid file.
SweepScenario describe_scenario(const std::string& argument);

// Reads "A..B" (inclusive) or a single seed "N". Throws InputError with an example otherwise.
SeedRange parse_seed_range(const std::string& text);

// --shard I/N: the runs whose key hashes to I-1 modulo N. Deterministic and independent of the
// order or length of the work list, so shards 1..N of one definition partition it exactly.
struct Shard {
  int index = 1;
  int count = 1;
  bool contains(const std::string& scenario, const std::string& variant, std::uint64_t seed) const;
  std::string text() const;  // "2/3", or "all"
};

// Reads "I/N" with 1 <= I <= N. Throws InputError with an example otherwise.
Shard parse_shard(const std::string& text);

}  // namespace dispatchsim::explore
