#pragma once
// The clock port: the only time a process's code sees. now() is the servers' NTP-synced time;
// time_seconds()/time_milliseconds() are Python's time.time() as this process reads it (with its
// skew); sleep_for() is time.sleep(): it parks only the calling process. In the simulation all of
// it is virtual time (model/infra/kernel_clock.hpp); nothing here reaches for the OS clock.

#include <cstdint>

#include "sim/virtual_time.hpp"  // the units only (microseconds): vocabulary, like <chrono>

namespace dispatchsim::model {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual sim::Micros now() const = 0;
  virtual void sleep_for(sim::Micros duration) = 0;
  virtual double time_seconds() const = 0;
  virtual std::int64_t time_milliseconds() const = 0;
};

}  // namespace dispatchsim::model
