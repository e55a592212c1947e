#include "model/base/dispatch_event.hpp"

#include <nlohmann/json.hpp>

namespace dispatchsim::model {

std::string encode(const DispatchEvent& event) {
  return nlohmann::json{{"request_id", event.request_id},
                        {"driver_id", event.driver_id},
                        {"sequence", event.sequence},
                        {"version", event.version},
                        {"created_at_us", event.created_at_us}}
      .dump();
}

std::optional<DispatchEvent> decode_dispatch_event(const std::string& body) {
  const nlohmann::json json = nlohmann::json::parse(body, nullptr, false);
  if (json.is_discarded() || !json.is_object()) return std::nullopt;
  try {
    DispatchEvent event;
    event.request_id = json.at("request_id").get<std::int64_t>();
    event.driver_id = json.at("driver_id").get<std::int64_t>();
    event.sequence = json.at("sequence").get<std::int64_t>();
    event.version = json.value("version", std::int64_t{0});
    event.created_at_us = json.value("created_at_us", std::int64_t{0});
    return event;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

}  // namespace dispatchsim::model
