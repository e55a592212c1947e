#pragma once
// The dispatch event the matcher's relay publishes and the workers consume (the plan's
// "Example dispatch event JSON"), and its wire format.

#include <cstdint>
#include <optional>
#include <string>

#include "model/base/request_status.hpp"

namespace dispatchsim::model {

struct DispatchEvent {
  RequestId request_id = 0;
  DriverId driver_id = 0;
  std::int64_t sequence = 0;
  std::int64_t version = 0;  // the request's version when the matcher offered it
  std::int64_t created_at_us = 0;
};

std::string encode(const DispatchEvent& event);
// nullopt when the body is not a dispatch event (a poison message).
std::optional<DispatchEvent> decode_dispatch_event(const std::string& body);

}  // namespace dispatchsim::model
