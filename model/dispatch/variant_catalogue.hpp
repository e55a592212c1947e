#pragma once
// The variant catalogue: the one table that says what each variant of the dispatch logic is.
// The CLI's choices, `list`, the world (broker redrive), results rows, replay commands, the
// rollout and the reports all read it; nothing else compares variant names. Adding a candidate
// variant is a subclass (e.g. of PlanLogic) plus one row here.

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/dispatch/dispatch_logic.hpp"

namespace dispatchsim::model {

// What a violation in a variant means to the engineer reading the verdict.
enum class VariantRole {
  incident,   // the system as it was: a violation is the incident, reproduced
  candidate,  // a fix under evaluation: a violation is a hole in that fix
  reference,  // our own design: a violation is a bug in dispatchsim's design, and fails CI
};

struct VariantInfo {
  std::string_view id;           // the stable kebab-case id used on the command line and in files
  std::string_view description;  // one line, for `list` and the reports
  VariantRole role;
  // Reads --fix and the ENABLE_IDEMPOTENT_DISPATCH rollout ([plan] fixes, flag_percent): they
  // are stored in its results rows and repeated in its replay commands.
  bool takes_fixes_and_flag;
  bool in_default_sweep;  // swept when `sweep` names no variant
  // Whether the dispatch queue has a redrive policy (maxReceiveCount -> DLQ) with these fixes.
  bool (*has_dead_letter_queue)(const std::set<int>& fixes);
  std::unique_ptr<DispatchLogic> (*make)(const VariantConfig& variant, const BrokerSettings& broker,
                                         const CacheSettings& cache, const FeatureFlag& flag);
};

// Every variant, in the order reports show them (incident first, our design last).
const std::vector<VariantInfo>& variant_catalogue();
// The row of a variant, or nullptr for an unknown id (e.g. in a results file from elsewhere).
const VariantInfo* find_variant(std::string_view id);
// The row of a variant; throws std::invalid_argument naming the known ids for an unknown one.
const VariantInfo& variant_info(std::string_view id);
std::vector<std::string> variant_ids();
std::vector<std::string> default_sweep_variants();
// The variant a rollout's 0 % phase runs everywhere: the incident's code.
const VariantInfo& incident_variant();

// The dispatch logic of the configured variant. flag must outlive the logic (the plan variant
// reads it on every request).
std::unique_ptr<DispatchLogic> make_dispatch_logic(const VariantConfig& variant,
                                                   const BrokerSettings& broker,
                                                   const CacheSettings& cache,
                                                   const FeatureFlag& flag);

}  // namespace dispatchsim::model
