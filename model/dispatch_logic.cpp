#include "model/dispatch_logic.hpp"

#include <stdexcept>

#include "model/hardened_logic.hpp"
#include "model/plan_logic.hpp"

namespace dispatchsim::model {

const std::vector<std::string_view>& variant_names() {
  static const std::vector<std::string_view> names = {"legacy", "plan", "hardened"};
  return names;
}

std::unique_ptr<DispatchLogic> make_dispatch_logic(const VariantConfig& variant,
                                                   const BrokerSettings& broker,
                                                   const CacheSettings& cache,
                                                   const FeatureFlag& flag) {
  if (variant.variant == "legacy") return std::make_unique<LegacyLogic>(broker, cache);
  if (variant.variant == "plan") return std::make_unique<PlanLogic>(variant.fixes, flag, broker, cache);
  if (variant.variant == "hardened") return std::make_unique<HardenedLogic>(broker);
  throw std::invalid_argument("unknown variant '" + variant.variant +
                              "' (expected legacy, plan or hardened)");
}

}  // namespace dispatchsim::model
