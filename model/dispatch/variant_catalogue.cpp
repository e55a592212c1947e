#include "model/dispatch/variant_catalogue.hpp"

#include "model/base/plan_fixes.hpp"

#include <cassert>
#include <stdexcept>

#include "model/dispatch/hardened_logic.hpp"
#include "model/dispatch/legacy_logic.hpp"
#include "model/dispatch/plan_fix2_in_transaction.hpp"
#include "model/dispatch/plan_logic.hpp"

namespace dispatchsim::model {

namespace {

bool never(const std::set<int>&) {
  return false;
}
bool always(const std::set<int>&) {
  return true;
}
// The redrive policy (maxReceiveCount -> DLQ) is Fix 4's.
// Fix 4's queue settings (its part "4q", model/base/plan_fixes.hpp) carry the redrive policy.
bool with_fix_4(const std::set<int>& fixes) {
  return fix_part_deployed(fixes, fix_part::queue_settings);
}

std::unique_ptr<DispatchLogic> make_legacy(const VariantConfig&, const BrokerSettings& broker,
                                           const CacheSettings& cache, const FeatureFlag&) {
  return std::make_unique<LegacyLogic>(broker, cache);
}
std::unique_ptr<DispatchLogic> make_plan(const VariantConfig& variant, const BrokerSettings& broker,
                                         const CacheSettings& cache, const FeatureFlag& flag) {
  return std::make_unique<PlanLogic>(variant.fixes, flag, broker, cache);
}
std::unique_ptr<DispatchLogic> make_plan_fix2_in_transaction(const VariantConfig& variant,
                                                             const BrokerSettings& broker,
                                                             const CacheSettings& cache,
                                                             const FeatureFlag& flag) {
  return std::make_unique<PlanFix2InTransaction>(variant.fixes, flag, broker, cache);
}
std::unique_ptr<DispatchLogic> make_hardened(const VariantConfig&, const BrokerSettings& broker,
                                             const CacheSettings&, const FeatureFlag&) {
  return std::make_unique<HardenedLogic>(broker);
}

std::string known_ids() {
  std::string text;
  for (const VariantInfo& info : variant_catalogue()) {
    text += (text.empty() ? "" : ", ") + std::string(info.id);
  }
  return text;
}

}  // namespace

const std::vector<VariantInfo>& variant_catalogue() {
  static const std::vector<VariantInfo> catalogue = {
      {"legacy", "the system as the incident describes it", VariantRole::incident, false, true,
       never, make_legacy},
      {"plan", "the remediation plan's Fixes 1-5, transcribed faithfully", VariantRole::candidate,
       true, true, with_fix_4, make_plan},
      // A worked example of a candidate fix (README "Try your own fix"): not in the default sweep.
      {"plan-fix2-tx", "the plan with Fix 2's status check and insert in one locking transaction",
       VariantRole::candidate, true, false, with_fix_4, make_plan_fix2_in_transaction},
      {"hardened", "our corrected design (docs/hardened.md)", VariantRole::reference, false, true,
       always, make_hardened},
  };
  return catalogue;
}

const VariantInfo* find_variant(std::string_view id) {
  for (const VariantInfo& info : variant_catalogue()) {
    if (info.id == id) return &info;
  }
  return nullptr;
}

const VariantInfo& variant_info(std::string_view id) {
  const VariantInfo* info = find_variant(id);
  if (info == nullptr) {
    throw std::invalid_argument("unknown variant '" + std::string(id) + "' (expected one of " +
                                known_ids() + ")");
  }
  return *info;
}

std::vector<std::string> variant_ids() {
  std::vector<std::string> ids;
  for (const VariantInfo& info : variant_catalogue()) ids.emplace_back(info.id);
  return ids;
}

std::vector<std::string> default_sweep_variants() {
  std::vector<std::string> ids;
  for (const VariantInfo& info : variant_catalogue()) {
    if (info.in_default_sweep) ids.emplace_back(info.id);
  }
  return ids;
}

const VariantInfo& incident_variant() {
  for (const VariantInfo& info : variant_catalogue()) {
    if (info.role == VariantRole::incident) return info;
  }
  assert(false && "the variant catalogue has no incident variant");
  throw std::logic_error("the variant catalogue has no incident variant");
}

std::unique_ptr<DispatchLogic> make_dispatch_logic(const VariantConfig& variant,
                                                   const BrokerSettings& broker,
                                                   const CacheSettings& cache,
                                                   const FeatureFlag& flag) {
  std::unique_ptr<DispatchLogic> logic =
      variant_info(variant.variant).make(variant, broker, cache, flag);
  assert(logic != nullptr);
  return logic;
}

}  // namespace dispatchsim::model
