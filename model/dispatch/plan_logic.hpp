#pragma once
// `plan`: the remediation plan's Fixes 1-5, transcribed statement by statement from
// ../shared/remediation-plan.md, each fix switchable on its own, behind the feature flag
// ENABLE_IDEMPOTENT_DISPATCH with a percentage rollout (requests outside it, and functions whose
// fix is not deployed, run the legacy code, as a partly rolled-out fleet would).
//
// This variant must stay faithful: never repair it here. Its flaws are what the harness shows;
// our corrections live in hardened_logic.cpp.

#include <set>

#include "model/base/feature_flag.hpp"
#include "model/base/plan_fixes.hpp"
#include "model/dispatch/legacy_logic.hpp"

namespace dispatchsim::model {

class PlanLogic final : public LegacyLogic {
 public:
  PlanLogic(std::set<int> fixes, const FeatureFlag& flag, const BrokerSettings& broker,
            const CacheSettings& cache)
      : LegacyLogic(broker, cache), fixes_(std::move(fixes)), flag_(flag) {}
  std::string_view name() const override { return "plan"; }

  // fix: a whole fix 1-5 or a part (model/base/plan_fixes.hpp: fix_part::...).
  bool fix_deployed(int fix) const { return fix_part_deployed(fixes_, fix); }
  // A per-request fix runs when it is deployed and the request is inside the flag's rollout.
  bool fix_active(int fix, RequestId request) const {
    return fix_deployed(fix) && flag_.enabled_for(request);
  }

  void consume_messages(ServerPorts& ports) override;
  void process_dispatch_event(ServerPorts& ports, const DispatchEvent& event,
                              const ReceivedMessage& message) override;
  DeclineResult decline_request(ServerPorts& ports, RequestId request, DriverId driver,
                                const std::string& reason) override;
  LocationResult update_pickup_location(ServerPorts& ports, RequestId request, double lat,
                                        double lng, const std::string& address,
                                        std::int64_t sequence_number) override;
  std::unique_ptr<DriverAppLogic> make_app_logic(DriverId driver, DeviceStorage& storage) override;

 private:
  void consume_messages_fix4(ServerPorts& ports);
  void process_dispatch_event_fix2(ServerPorts& ports, const DispatchEvent& event,
                                   const ReceivedMessage& message);
  void dispatch_under_lock(ServerPorts& ports, const DispatchEvent& event,
                           const ReceivedMessage& message, const std::string& idem_key,
                           bool* acked);
  DeclineResult decline_request_fix1(ServerPorts& ports, RequestId request, DriverId driver,
                                     const std::string& reason);
  LocationResult update_pickup_location_fix3(ServerPorts& ports, RequestId request, double lat,
                                             double lng, const std::string& address,
                                             std::int64_t sequence_number);
  void send_ride_notification_fix5(ServerPorts& ports, DriverId driver, RequestId request,
                                   std::int64_t version);
  void ack_message(ServerPorts& ports, const ReceivedMessage& message);
  void mark_if_flag_excludes(ServerPorts& ports, int fix, RequestId request, DriverId driver) const;
  void nack_message(ServerPorts& ports, const ReceivedMessage& message);

  std::set<int> fixes_;
  const FeatureFlag& flag_;
};

}  // namespace dispatchsim::model
