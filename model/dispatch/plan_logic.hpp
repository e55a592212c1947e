#pragma once
// `plan`: the remediation plan's Fixes 1-5, transcribed statement by statement from
// ../shared/remediation-plan.md, each fix switchable on its own, behind the feature flag
// ENABLE_IDEMPOTENT_DISPATCH with a percentage rollout (requests outside it, and functions whose
// fix is not deployed, run the legacy code, as a partly rolled-out fleet would).
//
// This variant must stay faithful: never repair it here. Its flaws are what the harness shows;
// our corrections live in hardened_logic.cpp.
//
// Trying a fix of your own: derive from PlanLogic and override the one per-fix hook you change
// (protected, below); every other fix stays the plan's. Add a row to the variant catalogue
// (variant_catalogue.cpp) and sweep it against `plan`. plan_fix2_in_transaction.cpp is a worked
// example: it changes only Fix 2's status check (README "Try your own fix").

#include <set>

#include "model/base/feature_flag.hpp"
#include "model/base/plan_fixes.hpp"
#include "model/dispatch/legacy_logic.hpp"

namespace dispatchsim::model {

class PlanLogic : public LegacyLogic {
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

 protected:
  // The per-fix hooks: each is one fix (or part) as the plan writes it, called when that fix is
  // active for the request.
  virtual void consume_messages_fix4(ServerPorts& ports);  // Fix 4: the consumer ACK loop
  // Fix 2 whole: the idempotency key, the lock, dispatch_if_dispatchable, ACK / NACK.
  virtual void process_dispatch_event_fix2(ServerPorts& ports, const DispatchEvent& event,
                                           const ReceivedMessage& message);
  // Fix 2's body under the request lock: verify the request is still dispatchable (status and
  // event version), insert the dispatch_log row, send the notification. Sets *acked when it
  // acknowledged the message itself (a skipped event).
  virtual void dispatch_if_dispatchable(ServerPorts& ports, const DispatchEvent& event,
                                        const ReceivedMessage& message, bool* acked);
  virtual DeclineResult decline_request_fix1(ServerPorts& ports, RequestId request, DriverId driver,
                                             const std::string& reason);
  virtual LocationResult update_pickup_location_fix3(ServerPorts& ports, RequestId request,
                                                     double lat, double lng,
                                                     const std::string& address,
                                                     std::int64_t sequence_number);
  virtual void send_ride_notification_fix5(ServerPorts& ports, DriverId driver, RequestId request,
                                           std::int64_t version);

  // Helpers the hooks share, for a subclass to reuse.
  // Fix 2's `INSERT INTO dispatch_log ... ON DUPLICATE KEY UPDATE` with the idempotency key.
  void insert_dispatch_log(ServerPorts& ports, const DispatchEvent& event);
  // The notification of a dispatch: Fix 5's server side when active, else the legacy push.
  void notify_driver(ServerPorts& ports, const DispatchEvent& event, std::int64_t version);
  void ack_message(ServerPorts& ports, const ReceivedMessage& message);
  void nack_message(ServerPorts& ports, const ReceivedMessage& message);

 private:
  void dispatch_under_lock(ServerPorts& ports, const DispatchEvent& event,
                           const ReceivedMessage& message, bool* acked);
  void mark_if_flag_excludes(ServerPorts& ports, int fix, RequestId request, DriverId driver) const;

  std::set<int> fixes_;
  const FeatureFlag& flag_;
};

}  // namespace dispatchsim::model
