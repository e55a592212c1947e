#include "model/run_log.hpp"

#include <fmt/format.h>

#include "model/database.hpp"

namespace dispatchsim::model {

std::string_view to_string(LogLevel level) {
  switch (level) {
    case LogLevel::info: return "INFO";
    case LogLevel::warning: return "WARNING";
    case LogLevel::error: return "ERROR";
  }
  return "?";
}

void RunLog::write(LogLevel level, std::string event_type, RequestId request, DriverId driver,
                   std::string message) {
  lines_.push_back(LogLine{kernel_.now(), kernel_.current(), level, std::move(event_type), request,
                           driver, std::move(message)});
}

std::string RunLog::format(const LogLine& line) const {
  return fmt::format("{}.{:06} {} {} request_id={} driver_id={} event_type={} {}",
                     sql_timestamp(line.time), line.time % sim::micros_per_second,
                     kernel_.process_name(line.process), to_string(line.level), line.request,
                     line.driver, line.event_type, line.message);
}

}  // namespace dispatchsim::model
