#pragma once
// `hardened`: our corrected design (docs/hardened.md). Every property of design.md §6 holds
// under every fault, because each guarantee rests on the database's serialisation, not on
// timing, caches or locks that can expire:
//   - a dispatch decision (status check + dispatch_log insert + notification row) is one
//     transaction, so it serialises with the decline transaction;
//   - the dispatch identity is (request, driver), so redelivery, producer retries and new
//     sequence numbers all collapse onto one dispatch_log row;
//   - pushes leave through an outbox that sends inside a transaction re-checking the request,
//     and resends until the app acknowledges; the app claims an offer before showing it and
//     remembers shown offers in storage that survives restarts;
//   - pickup updates are ordered by sequence in the database, and pickups are read from the
//     database: a cache failover can bring back any entry the replica still had;
//   - an offer that has been on every driver's screen, unanswered, for the answer timeout
//     expires (the request is declined), so an app that lost the driver's answer in a restart
//     cannot leave the request open for ever.

#include "model/dispatch/dispatch_logic.hpp"
#include "model/clients/request_cache.hpp"

namespace dispatchsim::model {

class HardenedLogic final : public DispatchLogic {
 public:
  explicit HardenedLogic(const BrokerSettings& broker) : broker_(broker) {}
  std::string_view name() const override { return "hardened"; }

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
  // Writes Step 6's event_log row in the update's own transaction, so event_log's order is the
  // order in which updates were applied.
  LocationResult serve_location_update(ServerPorts& ports, const ApiRequest& request) override;
  std::optional<PickupLocation> read_pickup_location(ServerPorts& ports,
                                                     RequestId request) override;
  ApiResponse claim_notification(ServerPorts& ports, RequestId request, DriverId driver) override;
  void ack_notification(ServerPorts& ports, RequestId request, DriverId driver) override;
  int app_call_attempts(const TimingConfig&) const override { return 30; }
  std::unique_ptr<DriverAppLogic> make_app_logic(DriverId driver, DeviceStorage& storage) override;
  std::vector<BackgroundProcess> background_processes() override;

  // One pass of the notification outbox; returns how many notifications it sent.
  int send_due_notifications(ServerPorts& ports);
  // One pass of the dispatch reconciler; returns how many offers it re-published.
  int republish_undecided_offers(ServerPorts& ports);
  // One pass of offer expiry: declines (reason 'offer-expired') open requests whose every offer
  // has been on its driver's screen, unanswered, for the answer timeout. Returns how many.
  int expire_unanswered_requests(ServerPorts& ports);

 private:
  bool close_request(ServerPorts& ports, RequestId request, RequestStatus status, DriverId driver,
                     const std::string& reason, bool* already_closed);
  // The update in one transaction; with issued_at, Step 6's event_log row in the same one.
  LocationResult apply_location_update(ServerPorts& ports, RequestId request, double lat,
                                       double lng, const std::string& address,
                                       std::int64_t sequence_number,
                                       std::optional<sim::Micros> issued_at);

  BrokerSettings broker_;
};

}  // namespace dispatchsim::model
