#include "model/dispatch_logic.hpp"

#include <stdexcept>

#include "model/hardened_logic.hpp"
#include "model/plan_logic.hpp"

namespace dispatchsim::model {

void insert_location_event(Connection& db, RequestId request, std::int64_t sequence,
                           sim::Micros issued_at) {
  db.execute(
      "INSERT INTO event_log (request_id, event_type, sequence_number, created_at) "
      "VALUES (?, 'location.updated', ?, ?)",
      {request, sequence, sql_timestamp(issued_at)});
}

LocationResult DispatchLogic::serve_location_update(ServerPorts& ports, const ApiRequest& request) {
  const LocationResult result = update_pickup_location(ports, request.request, request.lat, request.lng,
                                                       request.address, request.sequence);
  if (result.success && !result.ignored) {
    insert_location_event(ports.db, request.request, request.sequence, request.issued_at);
  }
  return result;
}

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
