#pragma once
// The push port: what a dispatch worker calls to reach a driver's app (the plan's
// websocket_send / send_push_notification).

#include <cstdint>
#include <string>

#include "model/base/request_status.hpp"

namespace dispatchsim::model {

struct PushNotification {
  std::string notification_id;  // Fix 5: "<request_id>:<version>"; empty when the sender sets none
  std::string type = "NEW_RIDE_REQUEST";
  RequestId request_id = 0;
  std::int64_t version = 0;
  std::int64_t timestamp_ms = 0;  // the sender's time.time() * 1000
  std::int64_t delivery_id = 0;   // set by the transport: one id per accepted send
};

class PushGateway {
 public:
  virtual ~PushGateway() = default;
  // Hands the notification to the transport; returns at once (fire and forget, like a
  // WebSocket write).
  virtual void websocket_send(DriverId driver, PushNotification notification) = 0;
};

}  // namespace dispatchsim::model
