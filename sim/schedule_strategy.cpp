#include "sim/schedule_strategy.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <stdexcept>
#include <string>

namespace dispatchsim::sim {

std::size_t RandomWalkStrategy::pick(std::span<const ProcessId> ready) {
  assert(!ready.empty());
  ++steps_;
  return static_cast<std::size_t>(choices_.choose(stream_, ready.size()));
}

PctStrategy::PctStrategy(ChoiceSource& choices, int depth, std::uint64_t expected_steps)
    : choices_(choices),
      stream_(choices.stream("schedule-pct")),
      depth_(depth),
      expected_steps_(std::max<std::uint64_t>(expected_steps, 1)) {
  assert(depth_ >= 1);
  for (int i = 1; i < depth_; ++i) {
    change_points_.push_back(1 + choices_.choose(stream_, expected_steps_));
  }
  std::sort(change_points_.begin(), change_points_.end());
}

void PctStrategy::on_spawn([[maybe_unused]] ProcessId process) {
  assert(process == priorities_.size() + 1);
  // Initial priorities lie above every change-point priority (which are 1 .. depth-1).
  // A random 62-bit value makes ties vanishingly rare; ties fall back to the lower index.
  const std::uint64_t base = static_cast<std::uint64_t>(depth_);
  priorities_.push_back(base + 1 + choices_.choose(stream_, std::uint64_t{1} << 62));
}

std::size_t PctStrategy::pick(std::span<const ProcessId> ready) {
  assert(!ready.empty());
  ++steps_;
  auto best = [&] {
    std::size_t best_index = 0;
    for (std::size_t i = 1; i < ready.size(); ++i) {
      if (priorities_[ready[i] - 1] > priorities_[ready[best_index] - 1]) best_index = i;
    }
    return best_index;
  };
  std::size_t chosen = best();
  while (next_change_ < change_points_.size() && change_points_[next_change_] <= steps_) {
    // The i-th change point lowers the running process to priority depth - i.
    priorities_[ready[chosen] - 1] = static_cast<std::uint64_t>(depth_) - 1 - next_change_;
    ++next_change_;
    chosen = best();
  }
  return chosen;
}

double PctStrategy::detection_bound(std::uint64_t measured_steps) const {
  const double n = static_cast<double>(std::max<std::size_t>(priorities_.size(), 1));
  const double k = static_cast<double>(std::max<std::uint64_t>(measured_steps, 1));
  return 1.0 / (n * std::pow(k, depth_ - 1));
}

std::unique_ptr<ScheduleStrategy> make_strategy(std::string_view name, ChoiceSource& choices,
                                                int pct_depth, std::uint64_t pct_expected_steps) {
  if (name == "random") return std::make_unique<RandomWalkStrategy>(choices);
  if (name == "pct") return std::make_unique<PctStrategy>(choices, pct_depth, pct_expected_steps);
  throw std::invalid_argument("unknown schedule strategy '" + std::string(name) +
                              "' (expected random or pct)");
}

}  // namespace dispatchsim::sim
