#pragma once
// `legacy`: the dispatch system before the remediation, as the plan's root causes describe it —
// no idempotency (duplicates are processed again), a decline that is two separate statements
// with no status check, dispatch decisions read from a cache nobody invalidates, last-writer-
// wins pickup updates, no push deduplication, short polling and no dead-letter queue.

#include "model/dispatch/dispatch_logic.hpp"

namespace dispatchsim::model {

class LegacyLogic : public DispatchLogic {
 public:
  LegacyLogic(const BrokerSettings& broker, const CacheSettings& cache)
      : broker_(broker), cache_(cache) {}
  std::string_view name() const override { return "legacy"; }

  void consume_messages(ServerPorts& ports) override;
  void process_dispatch_event(ServerPorts& ports, const DispatchEvent& event,
                              const ReceivedMessage& message) override;
  DeclineResult decline_request(ServerPorts& ports, RequestId request, DriverId driver,
                                const std::string& reason) override;
  bool accept_request(ServerPorts& ports, RequestId request, DriverId driver) override;
  bool cancel_request(ServerPorts& ports, RequestId request) override;
  LocationResult update_pickup_location(ServerPorts& ports, RequestId request, double lat,
                                        double lng, const std::string& address,
                                        std::int64_t sequence_number) override;
  std::optional<PickupLocation> read_pickup_location(ServerPorts& ports,
                                                     RequestId request) override;
  std::unique_ptr<DriverAppLogic> make_app_logic(DriverId driver, DeviceStorage& storage) override;

  // The legacy push: no notification id, no dedup.
  void send_push_notification(ServerPorts& ports, DriverId driver, RequestId request,
                              std::int64_t version);

 protected:
  const BrokerSettings& broker_settings() const { return broker_; }
  const CacheSettings& cache_settings() const { return cache_; }

 private:
  BrokerSettings broker_;
  CacheSettings cache_;
};

// Conditional status changes shared by variants that the plan does not touch.
bool set_terminal_status_if_open(SqlConnection& db, RequestId request, RequestStatus status,
                                 DriverId accepted_by);

}  // namespace dispatchsim::model
