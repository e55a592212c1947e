#include "model/clients/request_cache.hpp"

#include <nlohmann/json.hpp>

namespace dispatchsim::model {

std::string request_cache_key(RequestId request) {
  return "request:" + std::to_string(request);
}

std::string encode(const RequestSnapshot& snapshot) {
  return nlohmann::json{{"id", snapshot.id},
                        {"status", to_sql(snapshot.status)},
                        {"version", snapshot.version},
                        {"pickup_lat", snapshot.pickup_lat},
                        {"pickup_lng", snapshot.pickup_lng},
                        {"pickup_address", snapshot.pickup_address},
                        {"location_sequence", snapshot.location_sequence}}
      .dump();
}

std::optional<RequestSnapshot> decode_request_snapshot(const std::string& text) {
  const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object()) return std::nullopt;
  try {
    RequestSnapshot snapshot;
    snapshot.id = json.at("id").get<RequestId>();
    const auto status = status_from_sql(json.at("status").get<std::string>());
    if (!status) return std::nullopt;
    snapshot.status = *status;
    snapshot.version = json.at("version").get<std::int64_t>();
    snapshot.pickup_lat = json.at("pickup_lat").get<double>();
    snapshot.pickup_lng = json.at("pickup_lng").get<double>();
    snapshot.pickup_address = json.at("pickup_address").get<std::string>();
    snapshot.location_sequence = json.at("location_sequence").get<std::int64_t>();
    return snapshot;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

std::optional<RequestSnapshot> load_request(SqlConnection& db, RequestId request) {
  // After the plan's rollback the row has no version and no location_sequence: they read as 0.
  const auto row = with_current_schema(db, [&] {
    return db.query_one(db.has_column("ride_requests", "version")
                            ? "SELECT status, version, pickup_lat, pickup_lng, pickup_address, "
                              "location_sequence FROM ride_requests WHERE id = ?"
                            : "SELECT status, 0, pickup_lat, pickup_lng, pickup_address, 0 "
                              "FROM ride_requests WHERE id = ?",
                        {request});
  });
  if (!row) return std::nullopt;
  RequestSnapshot snapshot;
  snapshot.id = request;
  snapshot.status = status_from_sql(row->text(0)).value_or(RequestStatus::pending);
  snapshot.version = row->integer(1);
  snapshot.pickup_lat = row->real(2);
  snapshot.pickup_lng = row->real(3);
  snapshot.pickup_address = row->text(4);
  snapshot.location_sequence = row->integer(5);
  return snapshot;
}

std::optional<RequestSnapshot> read_request_cache_aside(ServerPorts& ports, RequestId request,
                                                        sim::Micros ttl, bool* from_cache) {
  const std::string key = request_cache_key(request);
  if (from_cache != nullptr) *from_cache = true;
  if (auto cached = ports.cache.get(key)) {
    if (auto snapshot = decode_request_snapshot(*cached)) return snapshot;
  }
  if (from_cache != nullptr) *from_cache = false;
  auto snapshot = load_request(ports.db, request);
  if (snapshot) ports.cache.set(key, encode(*snapshot), SetOptions{false, false, ttl});
  return snapshot;
}

}  // namespace dispatchsim::model
