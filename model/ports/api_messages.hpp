#pragma once
// What travels over the HTTP API between the apps and the API handlers (model/infra/api_channel.hpp
// carries it): the dispatch logic answers these, without knowing how they travel.

#include <cstdint>
#include <string>

#include "model/base/request_status.hpp"
#include "sim/virtual_time.hpp"  // the units only (microseconds): vocabulary, like <chrono>

namespace dispatchsim::model {

enum class ApiOperation : std::uint8_t {
  decline,             // POST /requests/{id}/decline
  accept,              // POST /requests/{id}/accept
  cancel,              // POST /requests/{id}/cancel (rider)
  update_location,     // PUT /requests/{id}/pickup (rider, with a sequence number)
  claim_notification,  // hardened app: may I show this offer?
  ack_notification,    // hardened app: the offer is on screen
};

struct ApiRequest {
  ApiOperation operation = ApiOperation::decline;
  RequestId request = 0;
  DriverId driver = 0;
  std::string reason;
  double lat = 0;
  double lng = 0;
  std::string address;
  std::int64_t sequence = 0;
  std::string notification_id;
  sim::Micros issued_at = 0;  // when the client created the request (event_log.created_at)
};

struct ApiResponse {
  bool ok = false;  // HTTP 2xx
  bool already_processed = false;
  bool ignored = false;
  bool granted = false;
  std::string error;
};

}  // namespace dispatchsim::model
