#pragma once
// A sweep's numbers with their confidence (explore/confidence.hpp does the maths): per variant and
// property, the upper bound on the violation rate when no run violated it, or the clean seeds a
// fix needs when some did; per variant, the saturation of distinct findings (violation
// signatures, and root causes) over the runs in seed order. Shown by `sweep`'s summary and by the
// report.

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "explore/confidence.hpp"
#include "explore/run_record.hpp"

namespace dispatchsim::explore {

struct PropertyConfidence {
  std::string variant;
  std::string property;
  std::int64_t runs = 0;  // runs of scenarios that check the property
  std::int64_t violating_runs = 0;
  double upper_rate = 1;                       // 95 % upper bound on the violation rate
  std::int64_t clean_runs_to_believe_fix = 0;  // 0 when nothing was violated
};

struct VariantSaturation {
  std::string variant;
  Saturation saturation;   // findings: the runs' violation signatures
  Saturation root_causes;  // findings: the runs' root causes (distinct bugs, as triage groups them)
};

struct SweepConfidence {
  std::vector<PropertyConfidence> properties;  // variant order, then property catalogue order
  std::vector<VariantSaturation> saturation;   // variant order
};

// The properties a scenario checks, by the scenario's name.
using CheckedProperties = std::function<const std::set<std::string>&(const std::string& scenario)>;

// runs: the sweep's runs (any order: they are put in seed order, then scenario, then row).
SweepConfidence sweep_confidence(std::vector<const RunRecord*> runs,
                                 const std::vector<std::string>& variants,
                                 const CheckedProperties& checked);

// The properties a scenario checks (all of them when its file cannot be read here); argument as
// `-s` takes it.
std::set<std::string> checked_properties(const std::string& scenario_argument);

}  // namespace dispatchsim::explore
