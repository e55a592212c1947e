#pragma once
// The dispatch logic under test, as one interface with three variants (design.md §4):
//   legacy   — the system as the incident describes it;
//   plan     — the remediation plan's Fixes 1-5, transcribed faithfully (never repaired here);
//   hardened — our corrected design (docs/hardened.md).
// Server-side functions run inside simulated processes and reach the world only through
// ServerPorts; the driver-app side only through an ApiClient.

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/ports/api_messages.hpp"
#include "model/base/dispatch_event.hpp"
#include "model/base/feature_flag.hpp"
#include "model/ports/message_queue.hpp"
#include "model/ports/push_gateway.hpp"
#include "model/ports/server_ports.hpp"
#include "model/base/world_config.hpp"

namespace dispatchsim::model {

struct DeclineResult {
  bool success = false;
  bool already_processed = false;
};

struct LocationResult {
  bool success = false;
  bool ignored = false;
};

struct PickupLocation {
  double lat = 0;
  double lng = 0;
  std::string address;
  std::int64_t sequence = 0;
};

// The plan's ConcurrentModificationError (Fix 1) and LockTimeout (Fix 2).
class ConcurrentModificationError : public std::runtime_error {
 public:
  ConcurrentModificationError() : std::runtime_error("ConcurrentModificationError") {}
};
class LockTimeout : public std::runtime_error {
 public:
  LockTimeout() : std::runtime_error("LockTimeout") {}
};

// A driver app's way to the API (with the client's timeout and retries).
class ApiClient {
 public:
  virtual ~ApiClient() = default;
  virtual std::optional<ApiResponse> call(const ApiRequest& request) = 0;
};

// Storage on the driver's device that survives an app restart (used by hardened only; the
// plan's client dedup is an in-memory Set, lost on restart).
struct DeviceStorage {
  std::vector<std::string> shown_notification_ids;
};

// What the driver app does with an incoming notification: one object per app incarnation.
class DriverAppLogic {
 public:
  virtual ~DriverAppLogic() = default;
  // Whether to put the offer on screen now. May call the API.
  virtual bool should_show(const PushNotification& notification, ApiClient& api) = 0;
  // Called right after the offer is on screen.
  virtual void after_shown(const PushNotification&, ApiClient&) {}
};

class DispatchLogic {
 public:
  virtual ~DispatchLogic() = default;
  virtual std::string_view name() const = 0;

  // The dispatch worker's consumer loop (Fix 4). Returns only by exception (crash, stop).
  virtual void consume_messages(ServerPorts& ports) = 0;
  // One dispatch event (Fix 2). `message` carries the receipt handle for ack/nack.
  virtual void process_dispatch_event(ServerPorts& ports, const DispatchEvent& event,
                                      const ReceivedMessage& message) = 0;
  // The decline API (Fix 1). Throws on errors the API turns into HTTP 500.
  virtual DeclineResult decline_request(ServerPorts& ports, RequestId request, DriverId driver,
                                        const std::string& reason) = 0;
  virtual bool accept_request(ServerPorts& ports, RequestId request, DriverId driver) = 0;
  virtual bool cancel_request(ServerPorts& ports, RequestId request) = 0;
  // The pickup update API (Fix 3).
  virtual LocationResult update_pickup_location(ServerPorts& ports, RequestId request, double lat,
                                                double lng, const std::string& address,
                                                std::int64_t sequence_number) = 0;
  // The pickup update API as an API handler serves it: the update plus Step 6's event_log row
  // for an applied update (created_at: when the client issued it). By default the row is its
  // own autocommit INSERT after update_pickup_location returned, as the existing system writes
  // it; a variant may write it inside the update's transaction instead.
  virtual LocationResult serve_location_update(ServerPorts& ports, const ApiRequest& request);
  // What a driver-facing reader sees as the pickup point (cache-aside).
  virtual std::optional<PickupLocation> read_pickup_location(ServerPorts& ports,
                                                             RequestId request) = 0;
  // Hardened's offer claim/ack API; the others never call it.
  virtual ApiResponse claim_notification(ServerPorts&, RequestId, DriverId) {
    ApiResponse granted;
    granted.ok = granted.granted = true;
    return granted;
  }
  virtual void ack_notification(ServerPorts&, RequestId, DriverId) {}

  // How often a driver app tries an API call before giving up.
  virtual int app_call_attempts(const TimingConfig& timing) const {
    return 1 + timing.api_client_retries;
  }
  // The driver app's handling of notifications, for one app incarnation.
  virtual std::unique_ptr<DriverAppLogic> make_app_logic(DriverId driver,
                                                         DeviceStorage& storage) = 0;

  // Long-running server processes the variant adds (name, body); each gets its own ports.
  struct BackgroundProcess {
    std::string name;
    std::function<void(ServerPorts&)> body;
  };
  virtual std::vector<BackgroundProcess> background_processes() { return {}; }
};

// Step 6's event_log row for an applied pickup update, issued by the client at issued_at.
void insert_location_event(SqlConnection& db, RequestId request, std::int64_t sequence,
                           sim::Micros issued_at);

}  // namespace dispatchsim::model
