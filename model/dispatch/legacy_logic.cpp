#include "model/dispatch/legacy_logic.hpp"

#include <fmt/format.h>

#include "model/base/flaw_markers.hpp"
#include "model/clients/request_cache.hpp"

namespace dispatchsim::model {

namespace {
// A legacy app shows whatever arrives.
class ShowEverything final : public DriverAppLogic {
 public:
  bool should_show(const PushNotification&, ApiClient&) override { return true; }
};
}  // namespace

void LegacyLogic::consume_messages(ServerPorts& ports) {
  for (;;) {
    // Short polling: the legacy consumer asks, and sleeps when the queue looks empty.
    auto messages = ports.dispatch_queue.receive_messages(broker_.batch_size, 0);
    if (messages.empty()) {
      ports.clock.sleep_for(broker_.legacy_poll_interval);
      continue;
    }
    for (const ReceivedMessage& message : messages) {
      const auto event = decode_dispatch_event(message.body);
      if (!event) {
        ports.log.error("poison_message", 0, 0, "Undecodable dispatch event");
        continue;
      }
      try {
        process_dispatch_event(ports, *event, message);
        ports.dispatch_queue.delete_message(message.receipt_handle);
      } catch (const std::exception& error) {
        // Not deleted: the broker redelivers it after the visibility timeout.
        ports.log.error("dispatch_failed", event->request_id, event->driver_id,
                        fmt::format("Dispatch failed: {}", error.what()));
      }
    }
  }
}

void LegacyLogic::process_dispatch_event(ServerPorts& ports, const DispatchEvent& event,
                                         const ReceivedMessage& message) {
  ports.instruments.mark(flaw_marker::dispatch_without_idempotency, event.request_id,
                         event.driver_id, message.receive_count);
  bool from_cache = false;
  const auto request =
      read_request_cache_aside(ports, event.request_id, cache_.request_ttl, &from_cache);
  ports.instruments.mark(flaw_marker::status_read_for_dispatch, event.request_id, event.driver_id,
                         from_cache ? 1 : 0);
  if (!request || !is_open(request->status)) {
    ports.log.warning("not_dispatchable", event.request_id, event.driver_id,
                      fmt::format("Request {} not dispatchable, skipping", event.request_id));
    return;
  }
  ports.db.execute(
      "INSERT INTO dispatch_log (request_id, driver_id, sent_at) VALUES (?, ?, sim_now())",
      {event.request_id, event.driver_id});
  send_push_notification(ports, event.driver_id, event.request_id, request->version);
}

void LegacyLogic::send_push_notification(ServerPorts& ports, DriverId driver, RequestId request,
                                         std::int64_t version) {
  PushNotification notification;
  notification.request_id = request;
  notification.version = version;
  notification.timestamp_ms = ports.clock.time_milliseconds();
  ports.push.websocket_send(driver, std::move(notification));
}

DeclineResult LegacyLogic::decline_request(ServerPorts& ports, RequestId request, DriverId driver,
                                           const std::string& reason) {
  // Two statements, no transaction, no status check, no cache invalidation.
  ports.instruments.mark(flaw_marker::decline_without_transaction, request, driver);
  ports.db.execute(
      "UPDATE ride_requests SET status = 'DECLINED', declined_by = ?, decline_reason = ?, "
      "updated_at = sim_now() WHERE id = ?",
      {driver, reason, request});
  ports.db.execute("DELETE FROM dispatch_queue WHERE request_id = ? AND status = 'PENDING'",
                   {request});
  return DeclineResult{true, false};
}

bool set_terminal_status_if_open(SqlConnection& db, RequestId request, RequestStatus status,
                                 DriverId accepted_by) {
  const StatementResult result = db.execute(
      "UPDATE ride_requests SET status = ?, accepted_by = ?, updated_at = sim_now() "
      "WHERE id = ? AND status IN ('PENDING', 'SEARCHING')",
      {std::string(to_sql(status)), accepted_by == 0 ? SqlValue{nullptr} : SqlValue{accepted_by},
       request});
  return result.changes == 1;
}

bool LegacyLogic::accept_request(ServerPorts& ports, RequestId request, DriverId driver) {
  return set_terminal_status_if_open(ports.db, request, RequestStatus::accepted, driver);
}

bool LegacyLogic::cancel_request(ServerPorts& ports, RequestId request) {
  return set_terminal_status_if_open(ports.db, request, RequestStatus::cancelled, 0);
}

LocationResult LegacyLogic::update_pickup_location(ServerPorts& ports, RequestId request,
                                                   double lat, double lng,
                                                   const std::string& address,
                                                   std::int64_t sequence_number) {
  // Last writer wins: whatever arrives last is stored, in whatever order it arrives.
  ports.instruments.mark(flaw_marker::pickup_last_writer_wins, request, 0, sequence_number);
  ports.db.execute(
      "UPDATE ride_requests SET pickup_lat = ?, pickup_lng = ?, pickup_address = ?, "
      "updated_at = sim_now() WHERE id = ?",
      {lat, lng, address, request});
  ports.db.execute(
      "INSERT INTO request_location_log (request_id, lat, lng, address, sequence, updated_at) "
      "VALUES (?, ?, ?, ?, ?, sim_now())",
      {request, lat, lng, address, sequence_number});
  return LocationResult{true, false};
}

std::optional<PickupLocation> LegacyLogic::read_pickup_location(ServerPorts& ports,
                                                                RequestId request) {
  const auto snapshot = read_request_cache_aside(ports, request, cache_.request_ttl);
  if (!snapshot) return std::nullopt;
  return PickupLocation{snapshot->pickup_lat, snapshot->pickup_lng, snapshot->pickup_address,
                        snapshot->location_sequence};
}

std::unique_ptr<DriverAppLogic> LegacyLogic::make_app_logic(DriverId, DeviceStorage&) {
  return std::make_unique<ShowEverything>();
}

}  // namespace dispatchsim::model
