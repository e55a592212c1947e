#pragma once
// The request cache as the existing system uses it: cache-aside on `request:{id}` holding a
// snapshot of the row, with a TTL. A reader that misses reads the database and fills the cache;
// nothing orders its fill against a concurrent writer's invalidation (the stale-cache root cause).

#include <optional>
#include <string>

#include "model/base/request_status.hpp"
#include "model/ports/server_ports.hpp"

namespace dispatchsim::model {

struct RequestSnapshot {
  RequestId id = 0;
  RequestStatus status = RequestStatus::pending;
  std::int64_t version = 0;
  double pickup_lat = 0;
  double pickup_lng = 0;
  std::string pickup_address;
  std::int64_t location_sequence = 0;
};

std::string request_cache_key(RequestId request);
std::string encode(const RequestSnapshot& snapshot);
std::optional<RequestSnapshot> decode_request_snapshot(const std::string& text);

// SELECT of the columns a snapshot holds; nullopt when the request does not exist.
std::optional<RequestSnapshot> load_request(SqlConnection& db, RequestId request);

// GET request:{id}; on a miss, load from the database and SET it with the TTL. *from_cache (when
// given) says which one answered.
std::optional<RequestSnapshot> read_request_cache_aside(ServerPorts& ports, RequestId request,
                                                        sim::Micros ttl,
                                                        bool* from_cache = nullptr);

}  // namespace dispatchsim::model
