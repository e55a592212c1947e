#include "model/dispatch/plan_logic.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <deque>
#include <set>

#include "model/base/flaw_markers.hpp"
#include "model/clients/redis_lock.hpp"
#include "model/clients/request_cache.hpp"

namespace dispatchsim::model {

namespace {

double round6(double value) {
  return std::round(value * 1e6) / 1e6;
}

// Fix 5, client side: `processedNotifications`, a Set of the last 100 notification ids, held in
// memory by the app — so forgotten when the app restarts. A payload without notification_id
// (one sent by the legacy path) has `undefined` as its id, which the Set stores like any other.
class ClientDedup final : public DriverAppLogic {
 public:
  bool should_show(const PushNotification& notification, ApiClient&) override {
    const std::string& id = notification.notification_id;
    if (processed_.count(id) == 1) return false;  // "Duplicate notification, ignoring"
    processed_.insert(id);
    insertion_order_.push_back(id);
    if (processed_.size() > 100) {
      processed_.erase(insertion_order_.front());
      insertion_order_.pop_front();
    }
    return true;
  }

 private:
  std::set<std::string> processed_;
  std::deque<std::string> insertion_order_;
};

}  // namespace

// ---------------------------------------------------------------- Fix 4: consumer ACK pattern

void PlanLogic::consume_messages(ServerPorts& ports) {
  if (fix_deployed(fix_part::consumer_loop)) {
    consume_messages_fix4(ports);
  } else {
    LegacyLogic::consume_messages(ports);
  }
}

void PlanLogic::consume_messages_fix4(ServerPorts& ports) {
  for (;;) {
    auto messages = ports.dispatch_queue.receive_messages(10, broker_settings().receive_wait_time);
    for (const ReceivedMessage& message : messages) {
      try {
        const auto event = decode_dispatch_event(message.body);  // json.loads(msg['Body'])
        if (!event) throw std::runtime_error("JSONDecodeError");
        process_dispatch_event(ports, *event, message);
        // ACK only after successful processing
        ports.dispatch_queue.delete_message(message.receipt_handle);
      } catch (const std::exception& error) {
        ports.log.error("processing_failed", 0, 0,
                        fmt::format("Processing failed: {}", error.what()));
        // Don't delete = message will reappear after visibility timeout
      }
    }
  }
}

// ------------------------------------------------------------ Fix 2: idempotent dispatch worker

void PlanLogic::process_dispatch_event(ServerPorts& ports, const DispatchEvent& event,
                                       const ReceivedMessage& message) {
  if (fix_active(2, event.request_id)) {
    process_dispatch_event_fix2(ports, event, message);
  } else {
    mark_if_flag_excludes(ports, 2, event.request_id, event.driver_id);
    LegacyLogic::process_dispatch_event(ports, event, message);
  }
}

void PlanLogic::ack_message(ServerPorts& ports, const ReceivedMessage& message) {
  ports.dispatch_queue.delete_message(message.receipt_handle);
}

// "NACK message for retry": make it visible again at once.
void PlanLogic::nack_message(ServerPorts& ports, const ReceivedMessage& message) {
  ports.dispatch_queue.change_message_visibility(message.receipt_handle, 0);
}

void PlanLogic::process_dispatch_event_fix2(ServerPorts& ports, const DispatchEvent& event,
                                            const ReceivedMessage& message) {
  // Generate idempotency key
  const std::string idem_key =
      fmt::format("dispatch:{}:{}:{}", event.request_id, event.driver_id, event.sequence);
  // Check if already processed (Redis SET NX with TTL)
  if (!ports.cache.set(idem_key, "1", SetOptions{true, false, sim::seconds(3600)})) {
    ports.instruments.mark(flaw_marker::duplicate_event_skipped, event.request_id, event.driver_id,
                           event.sequence);
    ports.log.info("duplicate_event_skipped", event.request_id, event.driver_id,
                   fmt::format("Duplicate event {}, skipping", idem_key));
    return ack_message(ports, message);
  }
  ports.instruments.mark(flaw_marker::idempotency_key_set_before_work, event.request_id,
                         event.driver_id, event.sequence);
  try {
    bool acked = false;
    dispatch_under_lock(ports, event, message, &acked);
    if (acked) return;
    return ack_message(ports, message);
  } catch (const std::exception& error) {
    ports.log.error("dispatch_failed", event.request_id, event.driver_id,
                    fmt::format("Dispatch failed: {}", error.what()));
    // NACK message for retry (will be reprocessed with same idempotency key)
    ports.instruments.mark(flaw_marker::nack_then_delete, event.request_id, event.driver_id);
    return nack_message(ports, message);
  }
}

// The `lock = ...; try: ... finally: lock.release()` part of Fix 2. Sets *acked when the body
// returned `ack_message(event)` itself (Python evaluates that before the finally block runs).
void PlanLogic::dispatch_under_lock(ServerPorts& ports, const DispatchEvent& event,
                                    const ReceivedMessage& message, bool* acked) {
  // Acquire distributed lock
  RedisLock lock(ports.clock, ports.instruments, ports.cache, ports.lock_tokens,
                 fmt::format("lock:request:{}", event.request_id), sim::seconds(10));
  if (!lock.acquire(true, sim::seconds(5))) throw LockTimeout();
  try {
    dispatch_if_dispatchable(ports, event, message, acked);
  } catch (const std::exception&) {
    // finally: a crash (not a std::exception) runs no finally block; an error does.
    lock.release();
    throw;
  }
  lock.release();
}

void PlanLogic::dispatch_if_dispatchable(ServerPorts& ports, const DispatchEvent& event,
                                         const ReceivedMessage& message, bool* acked) {
  // Verify request is still in dispatchable state
  const auto request = ports.db.query_one(
      "SELECT id, status, version FROM ride_requests "
      "WHERE id = ? AND status IN ('PENDING', 'SEARCHING')",
      {event.request_id});
  if (!request) {
    ports.log.warning("not_dispatchable", event.request_id, event.driver_id,
                      fmt::format("Request {} not dispatchable, skipping", event.request_id));
    ack_message(ports, message);
    *acked = true;
  } else if (event.version != 0 && event.version < request->integer(2)) {
    // Check version to ensure we're not processing stale event (`event.get('version') and ...`)
    ports.log.warning(
        "stale_event_version", event.request_id, event.driver_id,
        fmt::format("Stale event version {} < {}", event.version, request->integer(2)));
    ack_message(ports, message);
    *acked = true;
  } else {
    // Insert dispatch log with idempotency key
    ports.instruments.mark(flaw_marker::status_check_outside_transaction, event.request_id,
                           event.driver_id);
    insert_dispatch_log(ports, event);
    // Send push notification
    notify_driver(ports, event, request->integer(2));
  }
}

void PlanLogic::insert_dispatch_log(ServerPorts& ports, const DispatchEvent& event) {
  ports.db.execute(
      "INSERT INTO dispatch_log (request_id, driver_id, sent_at, idempotency_key) "
      "VALUES (?, ?, sim_now(), ?) "
      "ON CONFLICT (idempotency_key) DO UPDATE SET sent_at = sent_at",
      {event.request_id, event.driver_id,
       fmt::format("dispatch:{}:{}:{}", event.request_id, event.driver_id, event.sequence)});
}

void PlanLogic::notify_driver(ServerPorts& ports, const DispatchEvent& event,
                              std::int64_t version) {
  if (fix_active(fix_part::push_server, event.request_id)) {
    send_ride_notification_fix5(ports, event.driver_id, event.request_id, version);
  } else {
    send_push_notification(ports, event.driver_id, event.request_id, version);
  }
}

// -------------------------------------------------- Fix 1: atomic decline + dispatch cancellation

DeclineResult PlanLogic::decline_request(ServerPorts& ports, RequestId request, DriverId driver,
                                         const std::string& reason) {
  if (fix_active(1, request)) return decline_request_fix1(ports, request, driver, reason);
  mark_if_flag_excludes(ports, 1, request, driver);
  return LegacyLogic::decline_request(ports, request, driver, reason);
}

DeclineResult PlanLogic::decline_request_fix1(ServerPorts& ports, RequestId request,
                                              DriverId driver, const std::string& reason) {
  {
    Transaction transaction(ports.db);  // with db.transaction():
    // Lock row and get current state (FOR UPDATE: the transaction holds the write lock)
    const auto row =
        ports.db.query_one("SELECT id, status, version FROM ride_requests WHERE id = ?", {request});
    if (!row) throw std::runtime_error("TypeError: 'NoneType' object is not subscriptable");
    const auto status = status_from_sql(row->text(1));
    if (!status || !is_open(*status)) {
      // Already processed, idempotent return (leaving the `with` block commits)
      transaction.commit();
      return DeclineResult{true, true};
    }
    const std::int64_t version = row->integer(2);
    // Update status with version bump
    const StatementResult updated = ports.db.execute(
        "UPDATE ride_requests SET status = 'DECLINED', declined_by = ?, decline_reason = ?, "
        "version = version + 1, updated_at = sim_now() WHERE id = ? AND version = ?",
        {driver, reason, request, version});
    if (updated.changes == 0) throw ConcurrentModificationError();  // version mismatch
    // Cancel all pending dispatches atomically
    ports.db.execute("DELETE FROM dispatch_queue WHERE request_id = ? AND status = 'PENDING'",
                     {request});
    // Publish decline event with new version
    ports.cache.publish(request_events_channel,
                        nlohmann::json{{"event", "request.declined"},
                                       {"request_id", request},
                                       {"version", version + 1},
                                       {"timestamp", ports.clock.time_seconds()}}
                            .dump());
    transaction.commit();
  }
  // Invalidate cache outside transaction
  ports.cache.del(request_cache_key(request));
  ports.cache.publish(invalidation_channel, std::to_string(request));
  return DeclineResult{true, false};
}

// ---------------------------------------------------- Fix 3: location update with sequence order

LocationResult PlanLogic::update_pickup_location(ServerPorts& ports, RequestId request, double lat,
                                                 double lng, const std::string& address,
                                                 std::int64_t sequence_number) {
  if (fix_active(3, request)) {
    return update_pickup_location_fix3(ports, request, lat, lng, address, sequence_number);
  }
  mark_if_flag_excludes(ports, 3, request, 0);
  return LegacyLogic::update_pickup_location(ports, request, lat, lng, address, sequence_number);
}

LocationResult PlanLogic::update_pickup_location_fix3(ServerPorts& ports, RequestId request,
                                                      double lat, double lng,
                                                      const std::string& address,
                                                      std::int64_t sequence_number) {
  {
    Transaction transaction(ports.db);
    const auto current = ports.db.query_one(
        "SELECT location_sequence, pickup_lat, pickup_lng FROM ride_requests WHERE id = ?",
        {request});
    if (!current) throw std::runtime_error("TypeError: 'NoneType' object is not subscriptable");
    if (sequence_number <= current->integer(0)) {
      ports.log.info("stale_location_ignored", request, 0,
                     fmt::format("Ignoring stale location update seq={}", sequence_number));
      transaction.commit();
      return LocationResult{true, true};
    }
    // Normalize coordinates (round to 6 decimals = ~0.11m precision)
    const double lat_normalized = round6(lat);
    const double lng_normalized = round6(lng);
    ports.db.execute(
        "UPDATE ride_requests SET pickup_lat = ?, pickup_lng = ?, pickup_address = ?, "
        "location_sequence = ?, location_updated_at = sim_now() WHERE id = ?",
        {lat_normalized, lng_normalized, address, sequence_number, request});
    // Log location change for audit
    ports.db.execute(
        "INSERT INTO request_location_log (request_id, lat, lng, address, sequence, updated_at) "
        "VALUES (?, ?, ?, ?, ?, sim_now())",
        {request, lat_normalized, lng_normalized, address, sequence_number});
    transaction.commit();
  }
  // Invalidate cache
  ports.instruments.mark(flaw_marker::pickup_invalidated_by_del, request, 0, sequence_number);
  ports.cache.del(request_cache_key(request));
  return LocationResult{true, false};
}

// ------------------------------------------------------- Fix 5: push notification deduplication

void PlanLogic::send_ride_notification_fix5(ServerPorts& ports, DriverId driver, RequestId request,
                                            std::int64_t version) {
  const std::string notification_id = fmt::format("{}:{}", request, version);
  // Check if notification already sent recently
  const std::string sent_key = fmt::format("notif_sent:{}:{}", notification_id, driver);
  if (ports.cache.exists(sent_key)) {
    ports.instruments.mark(flaw_marker::sent_marker_suppressed, request, driver, version);
    ports.log.info("notification_already_sent", request, driver,
                   fmt::format("Notification {} already sent to {}", notification_id, driver));
    return;
  }
  PushNotification payload;
  payload.notification_id = notification_id;
  payload.request_id = request;
  payload.version = version;
  payload.timestamp_ms = ports.clock.time_milliseconds();
  // Send via WebSocket or push
  ports.push.websocket_send(driver, std::move(payload));
  // Mark as sent (TTL 5 minutes)
  ports.cache.setex(sent_key, sim::seconds(300), "1");
}

// Marks a request the flag kept on the legacy code although the fix is deployed.
void PlanLogic::mark_if_flag_excludes(ServerPorts& ports, int fix, RequestId request,
                                      DriverId driver) const {
  if (fix_deployed(fix))
    ports.instruments.mark(flaw_marker::legacy_path_during_rollout, request, driver, fix);
}

std::unique_ptr<DriverAppLogic> PlanLogic::make_app_logic(DriverId driver, DeviceStorage& storage) {
  // The client-side dedup ships in the app release, to every driver, whatever the server flag.
  if (fix_deployed(fix_part::push_client)) return std::make_unique<ClientDedup>();
  return LegacyLogic::make_app_logic(driver, storage);
}

}  // namespace dispatchsim::model
