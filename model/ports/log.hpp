#pragma once
// The log port: structured log lines at the points where the plan's pseudocode logs, with the
// plan's log filter fields (request_id, driver_id, event_type). The simulated implementation,
// RunLog (model/infra/run_log.hpp), stamps each line with virtual time and the process's name.

#include <cstdint>
#include <string>
#include <string_view>

#include "model/base/request_status.hpp"

namespace dispatchsim::model {

enum class LogLevel : std::uint8_t { info, warning, error };

std::string_view to_string(LogLevel level);

class Log {
 public:
  virtual ~Log() = default;
  virtual void write(LogLevel level, std::string event_type, RequestId request, DriverId driver,
                     std::string message) = 0;
  void info(std::string event_type, RequestId request, DriverId driver, std::string message) {
    write(LogLevel::info, std::move(event_type), request, driver, std::move(message));
  }
  void warning(std::string event_type, RequestId request, DriverId driver, std::string message) {
    write(LogLevel::warning, std::move(event_type), request, driver, std::move(message));
  }
  void error(std::string event_type, RequestId request, DriverId driver, std::string message) {
    write(LogLevel::error, std::move(event_type), request, driver, std::move(message));
  }
};

}  // namespace dispatchsim::model
