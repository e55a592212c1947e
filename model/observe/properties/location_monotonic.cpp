// location-monotonic: the stale-pickup part of the incident. Pickup coordinates are a function of
// (request, update sequence) (world.cpp), so every stored or read latitude names its update.
// The stored pickup never goes back to an older update; a reader (one process incarnation) never
// sees an older pickup after a newer one; at the end the cache agrees with the database.

#include <fmt/format.h>

#include <cmath>
#include <map>
#include <set>

#include "model/observe/properties/property.hpp"
#include "model/clients/request_cache.hpp"

namespace dispatchsim::model {

namespace {

using SequenceByLatitude = std::map<RequestId, std::map<std::int64_t, std::int64_t>>;

std::int64_t micro_degrees(double degrees) {
  return static_cast<std::int64_t>(std::llround(degrees * 1e6));
}

// Latitudes are stored rounded to 6 decimals by some variants: match within one micro-degree.
std::optional<std::int64_t> sequence_of(const SequenceByLatitude& index, RequestId request,
                                        std::int64_t lat) {
  const auto request_index = index.find(request);
  if (request_index == index.end()) return std::nullopt;
  for (std::int64_t candidate : {lat, lat - 1, lat + 1}) {
    const auto found = request_index->second.find(candidate);
    if (found != request_index->second.end()) return found->second;
  }
  return std::nullopt;
}

void check_cache_agrees(World& world, const SequenceByLatitude& index,
                        std::vector<Violation>* violations) {
  for (const Row& row : world.database.inspect("SELECT id, pickup_lat FROM ride_requests")) {
    const RequestId request = row.integer(0);
    const std::int64_t stored = micro_degrees(row.real(1));
    for (const std::string& key :
         {request_cache_key(request), "pickup:" + std::to_string(request)}) {
      const auto cached = world.cache.peek(key);
      if (!cached) continue;
      const auto snapshot = decode_request_snapshot(*cached);
      if (!snapshot || std::llabs(micro_degrees(snapshot->pickup_lat) - stored) <= 1) continue;
      violations->push_back(Violation{
          "location-monotonic",
          request,
          0,
          world.kernel.now(),
          fmt::format(
              "at the end the cache key {} holds pickup update #{} but the database holds #{}", key,
              sequence_of(index, request, micro_degrees(snapshot->pickup_lat)).value_or(-1),
              sequence_of(index, request, stored).value_or(-1)),
          {}});
    }
  }
}

}  // namespace

std::vector<Violation> check_location_monotonic(World& world) {
  SequenceByLatitude index;
  std::map<RequestId, const HistoryEvent*> newest_stored;
  std::set<RequestId> reported_store;
  using ReaderKey = std::tuple<sim::ProcessId, std::uint64_t, RequestId>;
  std::map<ReaderKey, const HistoryEvent*> newest_read;
  std::vector<Violation> violations;
  for (const HistoryEvent& event : world.history.events()) {
    if (event.kind == HistoryKind::location_issued)
      index[event.request][event.lat_micro_degrees()] = event.location_sequence();
    if (event.kind == HistoryKind::location_committed) {
      const auto sequence =
          sequence_of(index, event.request, event.lat_micro_degrees()).value_or(-1);
      const HistoryEvent*& newest = newest_stored[event.request];
      const std::int64_t newest_sequence =
          newest ? sequence_of(index, event.request, newest->lat_micro_degrees()).value_or(-1) : -1;
      if (sequence < newest_sequence && reported_store.insert(event.request).second) {
        violations.push_back(Violation{
            "location-monotonic",
            event.request,
            0,
            event.time,
            fmt::format("request {}'s stored pickup went back from update #{} to update #{} at {}",
                        event.request, newest_sequence, sequence, describe_time(event.time)),
            {newest->sequence, event.sequence}});
      }
      if (sequence >= newest_sequence) newest = &event;
    }
    if (event.kind == HistoryKind::location_read) {
      const auto sequence =
          sequence_of(index, event.request, event.lat_micro_degrees()).value_or(-1);
      const HistoryEvent*& newest = newest_read[{event.process, event.incarnation, event.request}];
      const std::int64_t newest_sequence =
          newest ? sequence_of(index, event.request, newest->lat_micro_degrees()).value_or(-1) : -1;
      if (sequence < newest_sequence) {
        violations.push_back(Violation{
            "location-monotonic",
            event.request,
            0,
            event.time,
            fmt::format("a reader saw request {}'s pickup update #{} at {} after it had seen #{} "
                        "at {}",
                        event.request, sequence, describe_time(event.time), newest_sequence,
                        describe_time(newest->time)),
            {newest->sequence, event.sequence}});
      } else {
        newest = &event;
      }
    }
  }
  check_cache_agrees(world, index, &violations);
  return violations;
}

}  // namespace dispatchsim::model
