#include "faults/fault_injector.hpp"

#include <cassert>

#include "model/base/coverage_probes.hpp"

#include <cmath>

#include "sim/stable_hash.hpp"

namespace dispatchsim::faults {

FaultInjector::FaultInjector(sim::Kernel& kernel, FaultPlan plan, sim::Micros fault_window)
    : kernel_(kernel), plan_(std::move(plan)), fault_window_(fault_window) {
  for (const FaultInfo& info : fault_catalogue()) {
    streams_[static_cast<std::size_t>(info.fault)] =
        kernel_.choices().stream(std::string("fault/") + std::string(info.id));
  }
  if (plan_.swarm) draw_swarm_plan();
}

void FaultInjector::draw_swarm_plan() {
  // Swarm testing (Groce et al., ISSTA 2012): a run with fewer kinds of faults at once often
  // reaches deeper states than one with all of them; rates vary over a decade and a half.
  const sim::StreamId swarm = kernel_.choices().stream("swarm");
  for (Fault fault : plan_.swarm_candidates) {
    FaultSetting& setting = plan_[fault];
    const FaultInfo& info = fault_info(fault);
    if (kernel_.choices().choose(swarm, 2) == 0) {
      setting.enabled = false;
      continue;
    }
    const double scale =
        std::pow(10.0, static_cast<double>(kernel_.choices().choose(swarm, 16)) / 10.0 - 1.0);
    setting = FaultSetting{true, std::min(1.0, info.default_rate * scale),
                           info.default_magnitude_min, info.default_magnitude_max};
  }
}

bool FaultInjector::fires(Fault fault) {
  return fires_at(fault, {});
}

bool FaultInjector::fires_at(Fault fault, std::string_view yield_point) {
  const FaultSetting& setting = plan_[fault];
  if (!setting.enabled || kernel_.now() >= fault_window_) return false;
  const auto index = static_cast<std::size_t>(fault);
  const std::uint64_t position = kernel_.choices().draws();
  if (!kernel_.choices().chance(streams_[index], setting.rate)) {
    if (keep_unfired_draws_) {
      unfired_draws_.push_back({fault, kernel_.current(), position, kernel_.now(),
                                world_ == nullptr ? 0 : world_->history.events().size(),
                                std::string(yield_point)});
    }
    return false;
  }
  ++fired_[index];
  // The fault's stable id, not its enum position: adding a fault leaves stored hashes alone.
  kernel_.record("fault.fired", static_cast<std::int64_t>(sim::stable_hash(fault_info(fault).id)));
  if (world_ != nullptr) {
    world_->history.record(model::HistoryKind::fault_fired, 0, 0, static_cast<std::int64_t>(index));
  }
  return true;
}

sim::Micros FaultInjector::magnitude(Fault fault) {
  const FaultSetting& setting = plan_[fault];
  return kernel_.choices().uniform(streams_[static_cast<std::size_t>(fault)], setting.magnitude_min,
                                   setting.magnitude_max);
}

void FaultInjector::on_yield_point(sim::ProcessId process, std::string_view point) {
  switch (world_->role(process)) {
    case model::ProcessRole::server:
      if (fires_at(Fault::process_crash, point)) {
        world_->history.record(model::HistoryKind::process_crashed, 0, 0, process);
        throw sim::ProcessCrashed{};
      }
      if (fires_at(Fault::process_kill, point)) {
        world_->history.record(model::HistoryKind::process_crashed, 0, 0, process);
        kernel_.kill_current();
      }
      if (fires_at(Fault::gc_pause, point)) kernel_.sleep_for(magnitude(Fault::gc_pause));
      return;
    case model::ProcessRole::driver_app:
      if (fires_at(Fault::app_restart, point)) {
        world_->history.record(model::HistoryKind::process_crashed, 0, 0, process);
        throw sim::ProcessCrashed{};
      }
      return;
    case model::ProcessRole::rider:
    case model::ProcessRole::operations:
      return;
  }
}

void FaultInjector::attach(model::World& world) {
  assert(world_ == nullptr);  // attached once
  world_ = &world;
  decorators_ = std::make_unique<FaultDecorators>(world, *this);
  kernel_.set_yield_hook([this](sim::ProcessId process, std::string_view point) {
    if (process != 0) on_yield_point(process, point);
  });
  if (plan_[Fault::flag_flip].enabled && fires(Fault::flag_flip)) {
    // Flipped once: a partial rollout is rolled back, an unreleased flag is switched fully on.
    const sim::Micros when = std::min(magnitude(Fault::flag_flip), fault_window_ - 1);
    kernel_.at(when, [&world] {
      const model::QueueCounts queue = world.dispatch_queue.counts();
      if (queue.visible + queue.in_flight > 0) {
        world.kernel.probe(model::probe::flag_flipped_with_messages_in_flight);
      }
      world.flag.set_percent(world.flag.percent() > 0 ? 0 : 100);
      world.kernel.record("flag.flip", world.flag.percent());
    });
  }
}

}  // namespace dispatchsim::faults
