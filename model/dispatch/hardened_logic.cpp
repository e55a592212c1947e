#include "model/dispatch/hardened_logic.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "model/clients/request_cache.hpp"

namespace dispatchsim::model {

namespace {

constexpr sim::Micros outbox_poll_interval = sim::milliseconds(100);
constexpr sim::Micros resend_interval = sim::seconds(2);
constexpr sim::Micros reconcile_interval = sim::seconds(5);
constexpr sim::Micros undecided_offer_age = sim::seconds(40);
// How long every offer of a request may sit on its driver's screen without an answer (the
// matcher's own offer timeout) before the request is declined as 'offer-expired'.
constexpr sim::Micros offer_answer_timeout = sim::seconds(45);

std::string dispatch_key(RequestId request, DriverId driver) {
  return fmt::format("dispatch:{}:{}", request, driver);
}

// The app claims an offer before showing it (the server refuses once the request is closed)
// and remembers what it showed in storage that survives restarts; duplicates are acknowledged
// without being shown again.
class ClaimingApp final : public DriverAppLogic {
 public:
  ClaimingApp(DriverId driver, DeviceStorage& storage) : driver_(driver), storage_(storage) {}

  bool should_show(const PushNotification& notification, ApiClient& api) override {
    const auto& shown = storage_.shown_notification_ids;
    if (std::find(shown.begin(), shown.end(), notification.notification_id) != shown.end()) {
      acknowledge(notification, api);
      return false;
    }
    ApiRequest claim;
    claim.operation = ApiOperation::claim_notification;
    claim.request = notification.request_id;
    claim.driver = driver_;
    const auto answer = api.call(claim);
    if (!answer || !answer->granted) return false;
    // Recorded before the offer is drawn, with no yield point in between: shown exactly once.
    storage_.shown_notification_ids.push_back(notification.notification_id);
    return true;
  }

  void after_shown(const PushNotification& notification, ApiClient& api) override {
    acknowledge(notification, api);
  }

 private:
  void acknowledge(const PushNotification& notification, ApiClient& api) {
    ApiRequest ack;
    ack.operation = ApiOperation::ack_notification;
    ack.request = notification.request_id;
    ack.driver = driver_;
    api.call(ack);
  }

  DriverId driver_;
  DeviceStorage& storage_;
};

}  // namespace

void HardenedLogic::consume_messages(ServerPorts& ports) {
  for (;;) {
    auto messages =
        ports.dispatch_queue.receive_messages(broker_.batch_size, broker_.receive_wait_time);
    for (const ReceivedMessage& message : messages) {
      const auto event = decode_dispatch_event(message.body);
      if (!event) {
        // Left undeleted on purpose: after maxReceiveCount it rests in the DLQ for a human.
        ports.log.error("poison_message", 0, 0, "Undecodable dispatch event");
        continue;
      }
      try {
        process_dispatch_event(ports, *event, message);
        ports.dispatch_queue.delete_message(message.receipt_handle);
      } catch (const std::exception& error) {
        // Not deleted: redelivered after the visibility timeout; the decision is idempotent.
        ports.log.error("dispatch_failed", event->request_id, event->driver_id,
                        fmt::format("Dispatch failed: {}", error.what()));
      }
    }
  }
}

void HardenedLogic::process_dispatch_event(ServerPorts& ports, const DispatchEvent& event,
                                           const ReceivedMessage&) {
  Transaction transaction(ports.db);
  // Inside the transaction the schema cannot change under us. After the plan's database rollback
  // (no version, no idempotency_key) the same decision is made without them (docs/hardened.md).
  const auto request =
      ports.db.query_one(ports.db.has_column("ride_requests", "version")
                             ? "SELECT status, version FROM ride_requests WHERE id = ?"
                             : "SELECT status, 0 FROM ride_requests WHERE id = ?",
                         {event.request_id});
  const auto status = request ? status_from_sql(request->text(0)) : std::nullopt;
  if (!status || !is_open(*status)) {
    transaction.commit();
    ports.log.info("not_dispatchable", event.request_id, event.driver_id,
                   fmt::format("Request {} not dispatchable, skipping", event.request_id));
    return;
  }
  const std::string key = dispatch_key(event.request_id, event.driver_id);
  const StatementResult logged =
      ports.db.has_column("dispatch_log", "idempotency_key")
          ? ports.db.execute(
                "INSERT INTO dispatch_log (request_id, driver_id, sent_at, idempotency_key) "
                "VALUES (?, ?, sim_now(), ?) ON CONFLICT (idempotency_key) DO NOTHING",
                {event.request_id, event.driver_id, key})
          : ports.db.execute(
                "INSERT INTO dispatch_log (request_id, driver_id, sent_at) SELECT ?, ?, sim_now() "
                "WHERE NOT EXISTS (SELECT 1 FROM dispatch_log WHERE request_id = ? AND driver_id = "
                "?)",
                {event.request_id, event.driver_id, event.request_id, event.driver_id});
  if (logged.changes == 1) {
    ports.db.execute(
        "INSERT INTO driver_notifications (driver_id, request_id, notification_id, version) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (request_id, driver_id) DO NOTHING",
        {event.driver_id, event.request_id, key, request->integer(1)});
  } else {
    ports.log.info("duplicate_event_skipped", event.request_id, event.driver_id,
                   fmt::format("Duplicate event {}, skipping", key));
  }
  transaction.commit();
}

int HardenedLogic::send_due_notifications(ServerPorts& ports) {
  const auto due = ports.db.query(
      "SELECT n.id FROM driver_notifications n JOIN ride_requests r ON r.id = n.request_id "
      "WHERE n.status IN ('PENDING', 'SENT', 'CLAIMED') "
      "AND r.status IN ('PENDING', 'SEARCHING') AND n.next_attempt_us <= ? ORDER BY n.id LIMIT 10",
      {ports.clock.now()});
  int sent = 0;
  for (const Row& candidate : due) {
    // The send happens inside a transaction that re-checks the request, so no decline can
    // commit between the check and the send.
    Transaction transaction(ports.db);
    const auto row = ports.db.query_one(
        "SELECT n.driver_id, n.request_id, n.notification_id, n.version FROM driver_notifications "
        "n "
        "JOIN ride_requests r ON r.id = n.request_id WHERE n.id = ? "
        "AND n.status IN ('PENDING', 'SENT', 'CLAIMED') AND r.status IN ('PENDING', 'SEARCHING')",
        {candidate.integer(0)});
    if (row) {
      PushNotification notification;
      notification.notification_id = row->text(2);
      notification.request_id = row->integer(1);
      notification.version = row->integer(3);
      notification.timestamp_ms = ports.clock.time_milliseconds();
      ports.push.websocket_send(row->integer(0), std::move(notification));
      ports.db.execute(
          "UPDATE driver_notifications SET status = CASE status WHEN 'PENDING' THEN 'SENT' "
          "ELSE status END, attempts = attempts + 1, sent_at = sim_now(), next_attempt_us = ? "
          "WHERE id = ?",
          {ports.clock.now() + resend_interval, candidate.integer(0)});
      ++sent;
    }
    transaction.commit();
  }
  return sent;
}

int HardenedLogic::republish_undecided_offers(ServerPorts& ports) {
  // Offers published long ago with no dispatch decision yet (their message died in the DLQ or
  // with a crashed worker) are published again; the decision itself is idempotent.
  const auto undecided = ports.db.query(
      "SELECT q.request_id, q.driver_id, q.sequence_number, q.version FROM dispatch_queue q "
      "JOIN ride_requests r ON r.id = q.request_id "
      "WHERE q.status = 'PUBLISHED' AND r.status IN ('PENDING', 'SEARCHING') "
      "AND q.published_at <= ? AND NOT EXISTS (SELECT 1 FROM dispatch_log d "
      "WHERE d.request_id = q.request_id AND d.driver_id = q.driver_id) ORDER BY q.id LIMIT 10",
      {sql_timestamp(ports.clock.now() - undecided_offer_age)});
  for (const Row& row : undecided) {
    DispatchEvent event{row.integer(0), row.integer(1), row.integer(2), row.integer(3),
                        ports.clock.now()};
    ports.dispatch_queue.send_message(encode(event));
  }
  return static_cast<int>(undecided.size());
}

int HardenedLogic::expire_unanswered_requests(ServerPorts& ports) {
  // Every offer decided, every notification acknowledged as on screen (DISPLAYED rows are no
  // longer resent, so their sent_at is the last delivery), and the newest delivery older than
  // the answer timeout: the drivers saw it and no answer is coming (an app restart between
  // showing and answering loses the answer; the app never shows an offer twice).
  const auto expired = ports.db.query(
      "SELECT r.id FROM ride_requests r WHERE r.status IN ('PENDING', 'SEARCHING') "
      "AND EXISTS (SELECT 1 FROM driver_notifications n WHERE n.request_id = r.id) "
      "AND NOT EXISTS (SELECT 1 FROM driver_notifications n WHERE n.request_id = r.id "
      "AND (n.status <> 'DISPLAYED' OR n.sent_at > ?)) "
      "AND NOT EXISTS (SELECT 1 FROM dispatch_queue q WHERE q.request_id = r.id AND NOT EXISTS "
      "(SELECT 1 FROM dispatch_log d WHERE d.request_id = q.request_id AND d.driver_id = "
      "q.driver_id)) "
      "ORDER BY r.id LIMIT 10",
      {sql_timestamp(ports.clock.now() - offer_answer_timeout)});
  int closed = 0;
  for (const Row& row : expired) {
    bool already_closed = false;
    // close_request re-checks the status in its own transaction: an answer that arrived since
    // the SELECT wins.
    close_request(ports, row.integer(0), RequestStatus::declined, 0, "offer-expired",
                  &already_closed);
    if (!already_closed) {
      ports.log.info("offer_expired", row.integer(0), 0,
                     "Every offer unanswered; request declined");
      ++closed;
    }
  }
  return closed;
}

std::vector<DispatchLogic::BackgroundProcess> HardenedLogic::background_processes() {
  return {
      {"notification-outbox",
       [this](ServerPorts& ports) {
         for (;;) {
           if (send_due_notifications(ports) == 0) ports.clock.sleep_for(outbox_poll_interval);
         }
       }},
      {"dispatch-reconciler",
       [this](ServerPorts& ports) {
         for (;;) {
           ports.clock.sleep_for(reconcile_interval);
           republish_undecided_offers(ports);
           expire_unanswered_requests(ports);
         }
       }},
  };
}

bool HardenedLogic::close_request(ServerPorts& ports, RequestId request, RequestStatus status,
                                  DriverId driver, const std::string& reason,
                                  bool* already_closed) {
  {
    Transaction transaction(ports.db);
    const auto row = ports.db.query_one("SELECT status FROM ride_requests WHERE id = ?", {request});
    if (!row) throw std::invalid_argument(fmt::format("no ride request {}", request));
    const auto current = status_from_sql(row->text(0));
    if (!current || !is_open(*current)) {
      transaction.commit();
      *already_closed = true;
      return current == status;
    }
    ports.db.execute(
        ports.db.has_column("ride_requests", "version")
            ? "UPDATE ride_requests SET status = ?, declined_by = ?, decline_reason = ?, "
              "accepted_by = ?, "
              "version = version + 1, updated_at = sim_now() WHERE id = ?"
            : "UPDATE ride_requests SET status = ?, declined_by = ?, decline_reason = ?, "
              "accepted_by = ?, "
              "updated_at = sim_now() WHERE id = ?",
        {std::string(to_sql(status)),
         status == RequestStatus::declined && driver != 0 ? SqlValue{driver} : SqlValue{nullptr},
         status == RequestStatus::declined ? SqlValue{reason} : SqlValue{nullptr},
         status == RequestStatus::accepted ? SqlValue{driver} : SqlValue{nullptr}, request});
    ports.db.execute("DELETE FROM dispatch_queue WHERE request_id = ? AND status = 'PENDING'",
                     {request});
    ports.db.execute(
        "UPDATE driver_notifications SET status = 'CANCELLED' "
        "WHERE request_id = ? AND status IN ('PENDING', 'SENT', 'CLAIMED')",
        {request});
    transaction.commit();
  }
  *already_closed = false;
  // Best effort: nothing decides from this cache, and its entries are versioned.
  ports.cache.del(request_cache_key(request));
  ports.cache.publish(invalidation_channel, std::to_string(request));
  return true;
}

DeclineResult HardenedLogic::decline_request(ServerPorts& ports, RequestId request, DriverId driver,
                                             const std::string& reason) {
  bool already_closed = false;
  close_request(ports, request, RequestStatus::declined, driver, reason, &already_closed);
  return DeclineResult{true, already_closed};
}

bool HardenedLogic::accept_request(ServerPorts& ports, RequestId request, DriverId driver) {
  bool already_closed = false;
  return close_request(ports, request, RequestStatus::accepted, driver, "", &already_closed) &&
         !already_closed;
}

bool HardenedLogic::cancel_request(ServerPorts& ports, RequestId request) {
  bool already_closed = false;
  return close_request(ports, request, RequestStatus::cancelled, 0, "", &already_closed) &&
         !already_closed;
}

LocationResult HardenedLogic::update_pickup_location(ServerPorts& ports, RequestId request,
                                                     double lat, double lng,
                                                     const std::string& address,
                                                     std::int64_t sequence_number) {
  return apply_location_update(ports, request, lat, lng, address, sequence_number, std::nullopt);
}

LocationResult HardenedLogic::serve_location_update(ServerPorts& ports, const ApiRequest& request) {
  return apply_location_update(ports, request.request, request.lat, request.lng, request.address,
                               request.sequence, request.issued_at);
}

LocationResult HardenedLogic::apply_location_update(ServerPorts& ports, RequestId request,
                                                    double lat, double lng,
                                                    const std::string& address,
                                                    std::int64_t sequence_number,
                                                    std::optional<sim::Micros> issued_at) {
  Transaction transaction(ports.db);
  // After the plan's database rollback the newest applied sequence is the location log's.
  const StatementResult updated =
      ports.db.has_column("ride_requests", "location_sequence")
          ? ports.db.execute(
                "UPDATE ride_requests SET pickup_lat = round(?, 6), pickup_lng = round(?, 6), "
                "pickup_address = ?, location_sequence = ?, location_updated_at = sim_now() "
                "WHERE id = ? AND location_sequence < ?",
                {lat, lng, address, sequence_number, request, sequence_number})
          : ports.db.execute(
                "UPDATE ride_requests SET pickup_lat = round(?, 6), pickup_lng = round(?, 6), "
                "pickup_address = ? WHERE id = ? AND ? > COALESCE((SELECT MAX(sequence) FROM "
                "request_location_log WHERE request_id = ?), 0)",
                {lat, lng, address, request, sequence_number, request});
  if (updated.changes == 0) {
    transaction.commit();
    return LocationResult{true, true};
  }
  ports.db.execute(
      "INSERT INTO request_location_log (request_id, lat, lng, address, sequence, updated_at) "
      "VALUES (?, round(?, 6), round(?, 6), ?, ?, sim_now())",
      {request, lat, lng, address, sequence_number});
  // In the same transaction: a second handler applying a newer update cannot log it first.
  if (issued_at) insert_location_event(ports.db, request, sequence_number, *issued_at);
  transaction.commit();
  return LocationResult{true, false};
}

std::optional<PickupLocation> HardenedLogic::read_pickup_location(ServerPorts& ports,
                                                                  RequestId request) {
  // From the database, never from the cache: a cache failover silently brings back entries the
  // lagging replica still had (docs/hardened.md, location-monotonic). The row only ever moves to
  // a higher sequence, so successive reads never go back.
  const auto snapshot = load_request(ports.db, request);
  if (!snapshot) return std::nullopt;
  return PickupLocation{snapshot->pickup_lat, snapshot->pickup_lng, snapshot->pickup_address,
                        snapshot->location_sequence};
}

ApiResponse HardenedLogic::claim_notification(ServerPorts& ports, RequestId request,
                                              DriverId driver) {
  Transaction transaction(ports.db);
  const auto row = ports.db.query_one(
      "SELECT n.status, r.status FROM driver_notifications n JOIN ride_requests r "
      "ON r.id = n.request_id WHERE n.request_id = ? AND n.driver_id = ?",
      {request, driver});
  ApiResponse response;
  response.ok = true;
  const bool claimable =
      row && (row->text(0) == "PENDING" || row->text(0) == "SENT" || row->text(0) == "CLAIMED") &&
      (row->text(1) == "PENDING" || row->text(1) == "SEARCHING");
  if (claimable) {
    ports.db.execute(
        "UPDATE driver_notifications SET status = 'CLAIMED' WHERE request_id = ? AND driver_id = ?",
        {request, driver});
  }
  transaction.commit();
  response.granted = claimable;
  return response;
}

void HardenedLogic::ack_notification(ServerPorts& ports, RequestId request, DriverId driver) {
  ports.db.execute(
      "UPDATE driver_notifications SET status = 'DISPLAYED' "
      "WHERE request_id = ? AND driver_id = ? AND status = 'CLAIMED'",
      {request, driver});
}

std::unique_ptr<DriverAppLogic> HardenedLogic::make_app_logic(DriverId driver,
                                                              DeviceStorage& storage) {
  return std::make_unique<ClaimingApp>(driver, storage);
}

}  // namespace dispatchsim::model
