#include "sim/fiber_scheduler.hpp"

#include <boost/fiber/algo/algorithm.hpp>
#include <boost/fiber/context.hpp>
#include <boost/fiber/operations.hpp>
#include <boost/fiber/properties.hpp>
#include <boost/fiber/type.hpp>

#include <cassert>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "sim/kernel.hpp"

namespace dispatchsim::sim {

namespace {

thread_local Kernel* attached_kernel = nullptr;
thread_local ProcessId spawning_process = 0;
thread_local bool scheduler_installed = false;
thread_local std::size_t forced_pick = SIZE_MAX;
thread_local std::span<const ProcessId> ready_view;

struct ProcessSlot : boost::fibers::fiber_properties {
  explicit ProcessSlot(boost::fibers::context* ctx, ProcessId id = 0)
      : fiber_properties(ctx), process(id) {}
  ProcessId process;
};

using boost::fibers::context;

class FiberScheduler final : public boost::fibers::algo::algorithm_with_properties<ProcessSlot> {
 public:
  void awakened(context* ctx, ProcessSlot& slot) noexcept override {
    if (ctx->is_context(boost::fibers::type::main_context)) {
      main_ready_ = ctx;
    } else if (ctx->is_context(boost::fibers::type::dispatcher_context)) {
      dispatcher_ready_ = ctx;
    } else {
      ready_contexts_.push_back(ctx);
      ready_ids_.push_back(slot.process);
      ready_view = ready_ids_;
    }
  }

  context* pick_next() noexcept override {
    if (!ready_contexts_.empty()) {
      std::size_t index = 0;
      if (forced_pick != SIZE_MAX) {
        index = forced_pick;
        forced_pick = SIZE_MAX;
      } else if (ready_contexts_.size() > 1 && attached_kernel != nullptr) {
        index = attached_kernel->pick_ready(ready_ids_);
      }
      assert(index < ready_contexts_.size());
      context* chosen = ready_contexts_[index];
      const ProcessId id = ready_ids_[index];
      // Swap-remove keeps the order a function of the choices made so far.
      ready_contexts_[index] = ready_contexts_.back();
      ready_ids_[index] = ready_ids_.back();
      ready_contexts_.pop_back();
      ready_ids_.pop_back();
      ready_view = ready_ids_;
      if (attached_kernel != nullptr) attached_kernel->on_resumed(id);
      return chosen;
    }
    context* chosen = dispatcher_ready_ != nullptr ? dispatcher_ready_ : main_ready_;
    if (chosen == dispatcher_ready_) {
      dispatcher_ready_ = nullptr;
    } else {
      main_ready_ = nullptr;
    }
    if (chosen != nullptr && attached_kernel != nullptr) attached_kernel->on_resumed(0);
    return chosen;
  }

  bool has_ready_fibers() const noexcept override {
    return !ready_contexts_.empty() || main_ready_ != nullptr || dispatcher_ready_ != nullptr;
  }

  // Boost's signature uses the real steady clock; the simulation never waits on it. Being asked
  // to wait means every fiber, including the kernel's loop, is blocked: a kernel bug.
  // tidy: allow determinism (Boost's override signature; it aborts, it never reads the clock)
  void suspend_until(std::chrono::steady_clock::time_point const&) noexcept override {
    std::fputs("dispatchsim: fiber scheduler has nothing to run (deadlock in the kernel)\n",
               stderr);
    std::abort();
  }

  // Cross-thread wake-ups do not exist in a one-thread simulation.
  void notify() noexcept override {}

  boost::fibers::fiber_properties* new_properties(context* ctx) override {
    return new ProcessSlot(ctx, spawning_process);
  }

 private:
  std::vector<context*> ready_contexts_;
  std::vector<ProcessId> ready_ids_;
  context* main_ready_ = nullptr;
  context* dispatcher_ready_ = nullptr;
};

}  // namespace

void attach_fiber_scheduler(Kernel* kernel) {
  if (!scheduler_installed) {
    boost::fibers::use_scheduling_algorithm<FiberScheduler>();
    scheduler_installed = true;
  }
  attached_kernel = kernel;
}

void set_spawning_process(ProcessId id) {
  spawning_process = id;
}

std::span<const ProcessId> ready_processes() {
  return ready_view;
}

void force_next_pick(std::size_t index) {
  assert(index < ready_view.size());
  forced_pick = index;
}

}  // namespace dispatchsim::sim
