#include "sim/kernel.hpp"

#include <boost/fiber/context.hpp>
#include <boost/fiber/fiber.hpp>
#include <boost/fiber/operations.hpp>
#include <boost/fiber/pooled_fixedsize_stack.hpp>

#include <algorithm>
#include <cassert>
#include <stdexcept>

#include "sim/fiber_scheduler.hpp"

namespace dispatchsim::sim {

namespace {
// SQLite and fmt calls fit comfortably; printf-family formatting needs ~11 KiB (facts.md).
constexpr std::size_t fiber_stack_bytes = 64 * 1024;

boost::fibers::pooled_fixedsize_stack& stack_pool() {
  thread_local boost::fibers::pooled_fixedsize_stack pool(fiber_stack_bytes);
  return pool;
}
}  // namespace

struct Kernel::Process {
  ProcessId id = 0;
  std::string name;
  std::function<void()> body;
  Micros restart_after = no_restart;
  boost::fibers::context* context = nullptr;
  std::unique_ptr<boost::fibers::fiber> fiber;
  bool parked = false;
  bool wake_pending = false;
  bool notified = false;
  bool waiting_forever = false;
  bool finished = false;
  std::uint64_t park_generation = 0;
  std::uint64_t incarnation = 0;
  std::uint64_t killed_incarnation = 0;  // 0: never killed
};

Kernel::Kernel(ChoiceSource& choices, std::unique_ptr<ScheduleStrategy> strategy)
    : choices_(choices), strategy_(std::move(strategy)) {
  assert(strategy_ != nullptr);
  trace_.count_draws_from(choices_.draw_counter());
  // Installed before any fiber exists on this thread, so every process is scheduled by it.
  attach_fiber_scheduler(this);
}

Kernel::~Kernel() {
  // Fibers must never outlive the kernel whose state they reference.
  bool unfinished =
      std::any_of(processes_.begin(), processes_.end(), [](const auto& p) { return !p->finished; });
  if (unfinished) {
    attach_fiber_scheduler(this);
    stop_all_processes();
    attach_fiber_scheduler(nullptr);
  }
}

Kernel::Process& Kernel::process(ProcessId id) {
  assert(id >= 1 && id <= processes_.size());
  return *processes_[id - 1];
}

Kernel::Process& Kernel::current_process() {
  assert(current_ != 0 && "a blocking call was made from outside any simulated process");
  return process(current_);
}

const std::string& Kernel::process_name(ProcessId id) const {
  static const std::string kernel_name = "kernel";
  if (id == 0) return kernel_name;
  return processes_.at(id - 1)->name;
}

std::uint64_t Kernel::incarnation(ProcessId id) const {
  return processes_.at(id - 1)->incarnation;
}

void Kernel::mark(std::string_view name, std::int64_t a, std::int64_t b, std::int64_t value) {
  marks_.push_back(
      Mark{name, now_, current_, current_ == 0 ? 0 : incarnation(current_), a, b, value});
}

ProcessId Kernel::spawn(std::string name, std::function<void()> body, Micros restart_after) {
  const auto id = static_cast<ProcessId>(processes_.size() + 1);
  auto process = std::make_unique<Process>();
  process->id = id;
  process->name = std::move(name);
  process->body = std::move(body);
  process->restart_after = restart_after;
  processes_.push_back(std::move(process));
  strategy_->on_spawn(id);
  trace_.record(now_, current_, "process.spawn", id);
  set_spawning_process(id);
  processes_.back()->fiber = std::make_unique<boost::fibers::fiber>(
      std::allocator_arg, stack_pool(), [this, id] { run_process(id); });
  set_spawning_process(0);
  return id;
}

void Kernel::run_process(ProcessId id) {
  Process& self = process(id);
  self.context = boost::fibers::context::active();
  while (!stopping_) {
    ++self.incarnation;
    try {
      self.body();
      break;
    } catch (const ProcessCrashed&) {
      trace_.record(now_, id, "process.crash", static_cast<std::int64_t>(self.incarnation));
      if (self.restart_after < 0) break;
      try {
        sleep_for(self.restart_after);
      } catch (const SimulationStopped&) {
        break;
      }
      trace_.record(now_, id, "process.restart", static_cast<std::int64_t>(self.incarnation + 1));
    } catch (const SimulationStopped&) {
      break;
    } catch (const std::exception& error) {
      fatal_error_ = "process '" + self.name + "' failed: " + error.what();
      stopping_ = true;
      break;
    }
  }
  self.finished = true;
}

void Kernel::kill_current() {
  assert(current_ != 0);  // the kernel's own loop is not a process
  Process& self = current_process();
  self.killed_incarnation = self.incarnation;
  throw ProcessCrashed{};
}

bool Kernel::current_killed() const {
  if (current_ == 0) return false;
  const Process& self = *processes_[current_ - 1];
  return self.killed_incarnation != 0 && self.killed_incarnation == self.incarnation;
}

void Kernel::park() {
  Process& self = current_process();
  assert(!self.parked && !self.finished);  // only a running process parks
  self.parked = true;
  self.wake_pending = false;
  self.context->suspend();
  assert(current_ == self.id);  // resumed as the current process (on_resumed)
  self.parked = false;
  if (stopping_) throw SimulationStopped{};
}

void Kernel::wake(ProcessId id) {
  Process& target = process(id);
  if (!target.parked || target.wake_pending || target.finished) return;
  assert(target.context != nullptr);
  target.wake_pending = true;
  boost::fibers::context::active()->schedule(target.context);
}

void Kernel::push_timer(Micros time, ProcessId process_id, std::uint64_t generation,
                        std::function<void()> callback, bool observer) {
  if (!observer) ++pending_non_observer_timers_;
  std::uint32_t slot = 0;
  if (callback) {
    if (free_callbacks_.empty()) {
      callbacks_.emplace_back();
      free_callbacks_.push_back(static_cast<std::uint32_t>(callbacks_.size() - 1));
    }
    const std::uint32_t index = free_callbacks_.back();
    free_callbacks_.pop_back();
    callbacks_[index] = std::move(callback);
    slot = index + 1;
  }
  assert(process_id == 0 || slot == 0);  // a timer wakes a process or runs a callback, not both
  assert(process_id != 0 || slot != 0);
  timers_.push(
      Timer{std::max(time, now_), timer_sequence_++, process_id, generation, slot, observer});
}

void Kernel::sleep_for(Micros duration) {
  sleep_until(now_ + std::max<Micros>(duration, 0));
}

void Kernel::sleep_until(Micros time) {
  if (stopping_) throw SimulationStopped{};
  Process& self = current_process();
  push_timer(time, self.id, ++self.park_generation, {});
  park();
}

void Kernel::yield() {
  if (stopping_) throw SimulationStopped{};
  // Boost's yield asks for the next fiber before re-queuing the caller, which would forbid the
  // caller from continuing; so the strategy chooses here, with the caller as one more option.
  const std::span<const ProcessId> ready = ready_processes();
  if (ready.empty()) return;
  std::vector<ProcessId>& options = yield_options_;
  options.assign(ready.begin(), ready.end());
  options.push_back(current_);
  const std::size_t chosen = strategy_->pick(options);
  assert(chosen < options.size());
  if (chosen == ready.size()) return;
  force_next_pick(chosen);
  boost::this_fiber::yield();
  if (stopping_) throw SimulationStopped{};
}

bool Kernel::wait(WaitQueue& queue, Micros deadline) {
  if (stopping_) throw SimulationStopped{};
  Process& self = current_process();
  self.notified = false;
  self.waiting_forever = deadline == never;
  assert(std::find(queue.waiters_.begin(), queue.waiters_.end(), self.id) == queue.waiters_.end());
  queue.waiters_.push_back(self.id);
  const std::uint64_t generation = ++self.park_generation;
  if (deadline != never) push_timer(deadline, self.id, generation, {});
  struct LeaveQueue {
    WaitQueue& queue;
    Process& self;
    ~LeaveQueue() {
      self.waiting_forever = false;
      if (!self.notified) std::erase(queue.waiters_, self.id);
    }
  } leave{queue, self};
  park();
  return self.notified;
}

void Kernel::notify_all(WaitQueue& queue) {
  std::vector<ProcessId> waiters;
  waiters.swap(queue.waiters_);
  for (ProcessId id : waiters) {
    process(id).notified = true;
    wake(id);
  }
}

void Kernel::notify_one(WaitQueue& queue) {
  if (queue.waiters_.empty()) return;
  const ProcessId id = queue.waiters_.front();
  queue.waiters_.erase(queue.waiters_.begin());
  process(id).notified = true;
  wake(id);
}

void Kernel::at(Micros when, std::function<void()> callback) {
  assert(callback);
  push_timer(when, 0, 0, std::move(callback));
}

void Kernel::observe_at(Micros when, std::function<void()> callback) {
  assert(callback);
  push_timer(when, 0, 0, std::move(callback), true);
}

void Kernel::yield_point(std::string_view point) {
  if (yield_hook_) yield_hook_(current_, point);
  yield();
}

void Kernel::record(std::string_view kind, std::int64_t a, std::int64_t b, std::int64_t c) {
  trace_.record(now_, current_, kind, a, b, c);
}

void Kernel::on_resumed(ProcessId id) {
  current_ = id;
  if (++switches_ > max_switches_ && !stopping_) {
    step_budget_exhausted_ = true;
    stopping_ = true;
  }
}

void Kernel::run_ready_processes() {
  // The scheduler runs the kernel's own fiber only when no simulated process is ready.
  boost::this_fiber::yield();
  current_ = 0;
}

void Kernel::fire_due_timers() {
  assert(current_ == 0);  // timers fire on the kernel's own fiber, between processes
  while (!timers_.empty() && timers_.top().time == now_) {
    const Timer timer = timers_.top();
    timers_.pop();
    if (!timer.observer) {
      --pending_non_observer_timers_;
      last_event_time_ = now_;
    }
    if (timer.process == 0) {
      assert(timer.callback > 0);
      const std::function<void()> callback = std::move(callbacks_[timer.callback - 1]);
      free_callbacks_.push_back(timer.callback - 1);
      callback();
    } else {
      Process& target = process(timer.process);
      if (target.parked && target.park_generation == timer.generation) wake(timer.process);
    }
  }
}

RunSummary Kernel::run(Micros horizon, std::uint64_t max_switches) {
  assert(current_ == 0);
  max_switches_ = max_switches;
  attach_fiber_scheduler(this);
  while (!stopping_) {
    run_ready_processes();
    if (stopping_ || stop_requested_ || pending_non_observer_timers_ == 0 ||
        timers_.top().time > horizon) {
      break;
    }
    assert(timers_.top().time >= now_);  // virtual time never goes back
    now_ = timers_.top().time;
    fire_due_timers();
  }
  // Observers may have looked at a later instant; the run ended at its last event.
  now_ = last_event_time_;
  RunSummary summary;
  for (const auto& p : processes_) {
    if (!p->finished && p->parked && p->waiting_forever) summary.blocked_at_end.push_back(p->name);
  }
  stop_all_processes();
  attach_fiber_scheduler(nullptr);
  if (!fatal_error_.empty()) throw std::runtime_error(fatal_error_);
  summary.end_time = now_;
  summary.trace_hash = trace_.hash();
  summary.events = trace_.event_count();
  summary.scheduling_steps = switches_;
  summary.processes = processes_.size();
  summary.step_budget_exhausted = step_budget_exhausted_;
  return summary;
}

void Kernel::stop_all_processes() {
  stopping_ = true;
  for (std::size_t round = 0;; ++round) {
    bool unfinished = false;
    for (const auto& p : processes_) {
      if (p->finished) continue;
      unfinished = true;
      if (p->parked) wake(p->id);
    }
    if (!unfinished) break;
    // Every blocking call throws once stopping_ is set, so each round finishes every process
    // that was parked; a process that survives many rounds is spinning without blocking.
    if (round > 4 * processes_.size() + 16) {
      throw std::logic_error("a simulated process does not stop: it never blocks");
    }
    run_ready_processes();
  }
  for (const auto& p : processes_) {
    if (p->fiber && p->fiber->joinable()) p->fiber->join();
  }
}

}  // namespace dispatchsim::sim
