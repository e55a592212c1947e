#include "model/infra/run_log.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "model/infra/database.hpp"

namespace dispatchsim::model {

std::string_view to_string(LogLevel level) {
  switch (level) {
    case LogLevel::info:
      return "INFO";
    case LogLevel::warning:
      return "WARNING";
    case LogLevel::error:
      return "ERROR";
  }
  return "?";
}

void RunLog::write(LogLevel level, std::string event_type, RequestId request, DriverId driver,
                   std::string message) {
  lines_.push_back(LogLine{kernel_.now(), kernel_.current(), level, std::move(event_type), request,
                           driver, std::move(message)});
}

namespace {
std::string timestamp(sim::Micros time) {
  return fmt::format("{}.{:06}", sql_timestamp(time), time % sim::micros_per_second);
}
}  // namespace

std::string RunLog::format(const LogLine& line) const {
  return fmt::format("{} {} {} request_id={} driver_id={} event_type={} {}", timestamp(line.time),
                     kernel_.process_name(line.process), to_string(line.level), line.request,
                     line.driver, line.event_type, line.message);
}

std::string RunLog::format_json(const LogLine& line) const {
  return format_log_line_json(line, kernel_.process_name(line.process));
}

std::string format_log_line_json(const LogLine& line, const std::string& process_name) {
  return nlohmann::ordered_json{
      {"time_us", line.time},          {"timestamp", timestamp(line.time)},
      {"process", process_name},       {"level", to_string(line.level)},
      {"event_type", line.event_type}, {"request_id", line.request},
      {"driver_id", line.driver},      {"message", line.message}}
      .dump();
}

}  // namespace dispatchsim::model
