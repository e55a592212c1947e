#pragma once
// Structured logs in virtual time: every simulated process logs with its name, the virtual
// timestamp and the plan's log filter fields (request_id, driver_id, event_type), at the points
// where the plan's pseudocode logs.

#include <cstdint>
#include <string>
#include <vector>

#include "model/ports/log.hpp"
#include "model/base/request_status.hpp"
#include "sim/kernel.hpp"

namespace dispatchsim::model {

struct LogLine {
  sim::Micros time = 0;
  sim::ProcessId process = 0;
  LogLevel level = LogLevel::info;
  std::string event_type;
  RequestId request = 0;
  DriverId driver = 0;
  std::string message;
};

// The simulated Log: keeps every line of the run, in virtual time.
class RunLog final : public Log {
 public:
  explicit RunLog(sim::Kernel& kernel) : kernel_(kernel) {}
  void write(LogLevel level, std::string event_type, RequestId request, DriverId driver,
             std::string message) override;
  const std::vector<LogLine>& lines() const { return lines_; }
  // One line as the plan's log filter reads it:
  // "2026-01-01 00:00:03.120000 worker-1 ERROR request_id=3 driver_id=2 event_type=... message".
  std::string format(const LogLine& line) const;
  // The same line as one JSON object (see format_log_line_json).
  std::string format_json(const LogLine& line) const;

 private:
  sim::Kernel& kernel_;
  std::vector<LogLine> lines_;
};

// One line as a JSON object for JSON Lines (fields in docs/run-artifacts.md): time_us,
// timestamp, process, level, event_type, request_id, driver_id, message.
std::string format_log_line_json(const LogLine& line, const std::string& process_name);

}  // namespace dispatchsim::model
