#include "model/infra/kernel_clock.hpp"

namespace dispatchsim::model {

namespace {
constexpr std::int64_t simulation_epoch_unix_milliseconds = 1767225600LL * 1000;
}

double KernelClock::time_seconds() const {
  return static_cast<double>(time_milliseconds()) / 1000.0;
}

std::int64_t KernelClock::time_milliseconds() const {
  return simulation_epoch_unix_milliseconds + (kernel_.now() + skew_) / sim::micros_per_millisecond;
}

}  // namespace dispatchsim::model
