#pragma once
// The simulated implementations of the Clock and Instruments ports, over the kernel: virtual
// time, virtual sleeps, and probes/marks/notes kept by the kernel for the reports.

#include "model/ports/clock.hpp"
#include "model/ports/instruments.hpp"
#include "sim/kernel.hpp"

namespace dispatchsim::model {

class KernelClock final : public Clock {
 public:
  KernelClock(sim::Kernel& kernel, sim::Micros skew) : kernel_(kernel), skew_(skew) {}
  sim::Micros now() const override { return kernel_.now(); }
  void sleep_for(sim::Micros duration) override { kernel_.sleep_for(duration); }
  double time_seconds() const override;
  std::int64_t time_milliseconds() const override;

 private:
  sim::Kernel& kernel_;
  sim::Micros skew_;
};

class KernelInstruments final : public Instruments {
 public:
  explicit KernelInstruments(sim::Kernel& kernel) : kernel_(kernel) {}
  void probe(std::string_view name) override { kernel_.probe(name); }
  void mark(std::string_view flaw, std::int64_t request, std::int64_t driver,
            std::int64_t value) override {
    kernel_.mark(flaw, request, driver, value);
  }
  void note(std::string_view kind, std::int64_t a, std::int64_t b, std::int64_t c) override {
    kernel_.record(kind, a, b, c);
  }

 private:
  sim::Kernel& kernel_;
};

}  // namespace dispatchsim::model
