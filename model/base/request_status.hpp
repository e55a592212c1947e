#pragma once
// Identifiers and the ride request's state machine, shared by every part of the world.

#include <cstdint>
#include <optional>
#include <string_view>

namespace dispatchsim::model {

using RequestId = std::int64_t;
using DriverId = std::int64_t;

enum class RequestStatus : std::uint8_t { pending, searching, declined, accepted, cancelled };

constexpr std::string_view to_sql(RequestStatus status) {
  switch (status) {
    case RequestStatus::pending:
      return "PENDING";
    case RequestStatus::searching:
      return "SEARCHING";
    case RequestStatus::declined:
      return "DECLINED";
    case RequestStatus::accepted:
      return "ACCEPTED";
    case RequestStatus::cancelled:
      return "CANCELLED";
  }
  return "?";
}

constexpr std::optional<RequestStatus> status_from_sql(std::string_view text) {
  for (auto status : {RequestStatus::pending, RequestStatus::searching, RequestStatus::declined,
                      RequestStatus::accepted, RequestStatus::cancelled}) {
    if (to_sql(status) == text) return status;
  }
  return std::nullopt;
}

// The plan's "dispatchable" states: status IN ('PENDING', 'SEARCHING').
constexpr bool is_open(RequestStatus status) {
  return status == RequestStatus::pending || status == RequestStatus::searching;
}

// The legal transitions of the request state machine (legal-transitions property).
constexpr bool is_legal_transition(RequestStatus from, RequestStatus to) {
  if (from == to) return true;
  if (from == RequestStatus::pending) return true;
  if (from == RequestStatus::searching) return to != RequestStatus::pending;
  return false;  // DECLINED, ACCEPTED and CANCELLED are terminal
}

}  // namespace dispatchsim::model
