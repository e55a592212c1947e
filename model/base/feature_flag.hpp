#pragma once
// ENABLE_IDEMPOTENT_DISPATCH with a percentage rollout: a request is in the rollout when a
// stable hash of its id falls below the percentage, so the same request always takes the same
// path at a given percentage, and raising the percentage only adds requests.

#include <cstdint>
#include <string>

#include "model/base/request_status.hpp"
#include "sim/stable_hash.hpp"

namespace dispatchsim::model {

class FeatureFlag {
 public:
  explicit FeatureFlag(int percent) : percent_(percent) {}
  int percent() const { return percent_; }
  void set_percent(int percent) { percent_ = percent; }
  static int bucket(RequestId request) {
    return static_cast<int>(sim::stable_hash("request:" + std::to_string(request)) % 100);
  }
  bool enabled_for(RequestId request) const { return bucket(request) < percent_; }

 private:
  int percent_;
};

}  // namespace dispatchsim::model
