#pragma once
// How the scheduler picks the next fiber among those ready at the same virtual instant.
// Every strategy draws only from the run's ChoiceSource, so a schedule is a function of the seed
// (or of the choice tape).

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "sim/choice_source.hpp"

namespace dispatchsim::sim {

using ProcessId = std::uint32_t;

class ScheduleStrategy {
 public:
  virtual ~ScheduleStrategy() = default;
  virtual std::string_view name() const = 0;
  // Called once per process, when it is spawned (ids increase from 1).
  virtual void on_spawn(ProcessId) {}
  // Returns an index into ready (never empty); ready is in a deterministic order.
  virtual std::size_t pick(std::span<const ProcessId> ready) = 0;
  std::uint64_t steps() const { return steps_; }

 protected:
  std::uint64_t steps_ = 0;
};

// Uniformly random among the ready fibers: good at shallow races, the default.
class RandomWalkStrategy final : public ScheduleStrategy {
 public:
  explicit RandomWalkStrategy(ChoiceSource& choices)
      : choices_(choices), stream_(choices.stream("schedule")) {}
  std::string_view name() const override { return "random"; }
  std::size_t pick(std::span<const ProcessId> ready) override;

 private:
  ChoiceSource& choices_;
  StreamId stream_;
};

// Probabilistic concurrency testing (Burckhardt, Kothari, Musuvathi, Nagarakatte, ASPLOS 2010):
// each process gets a random priority; the highest-priority ready process always runs; at
// depth-1 change points, drawn uniformly from [1, expected_steps], the running process drops to
// a priority below every initial one. A bug of depth d among n processes and k steps is found
// with probability at least 1 / (n * k^(d-1)) per run.
class PctStrategy final : public ScheduleStrategy {
 public:
  PctStrategy(ChoiceSource& choices, int depth, std::uint64_t expected_steps);
  std::string_view name() const override { return "pct"; }
  void on_spawn(ProcessId process) override;
  std::size_t pick(std::span<const ProcessId> ready) override;

  int depth() const { return depth_; }
  std::uint64_t expected_steps() const { return expected_steps_; }
  std::size_t processes() const { return priorities_.size(); }
  // The paper's lower bound for this run's n and k: 1 / (n * k^(depth-1)).
  double detection_bound(std::uint64_t measured_steps) const;

 private:
  ChoiceSource& choices_;
  StreamId stream_;
  int depth_;
  std::uint64_t expected_steps_;
  std::vector<std::uint64_t> change_points_;  // sorted step numbers
  std::size_t next_change_ = 0;
  std::vector<std::uint64_t> priorities_;  // indexed by process id - 1
};

std::unique_ptr<ScheduleStrategy> make_strategy(std::string_view name, ChoiceSource& choices,
                                                int pct_depth, std::uint64_t pct_expected_steps);

}  // namespace dispatchsim::sim
