#pragma once
// The simulation kernel: a virtual clock with a timer queue, and simulated processes that are
// Boost.Fibers on one OS thread. A custom scheduler (fiber_scheduler.cpp) picks which ready
// fiber runs next through the run's ScheduleStrategy, so interleavings come from the seed.
//
// Processes block only through the kernel (sleep, wait, yield); that is what makes a run a pure
// function of its inputs. The kernel knows nothing of what the processes model.

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <queue>
#include <string>
#include <string_view>
#include <vector>

#include "sim/choice_source.hpp"
#include "sim/schedule_strategy.hpp"
#include "sim/trace.hpp"
#include "sim/virtual_time.hpp"

namespace boost::fibers {
class context;
class fiber;
}  // namespace boost::fibers

namespace dispatchsim::sim {

// Thrown at a yield point to crash the current process. Deliberately not a std::exception, so
// the simulated code's `catch (const std::exception&)` cannot swallow a crash.
struct ProcessCrashed {};
// Thrown from every blocking call once the run is over, to unwind all processes.
struct SimulationStopped {};

// Processes parked until notified (or until a deadline passes).
class WaitQueue {
 public:
  bool empty() const { return waiters_.empty(); }

 private:
  friend class Kernel;
  std::vector<ProcessId> waiters_;  // arrival order
};

constexpr Micros no_restart = -1;

struct RunSummary {
  Micros end_time = 0;
  std::uint64_t trace_hash = 0;
  std::uint64_t events = 0;
  std::uint64_t scheduling_steps = 0;
  std::uint64_t processes = 0;
  bool step_budget_exhausted = false;
  // Processes still blocked without a deadline when nothing else could happen.
  std::vector<std::string> blocked_at_end;
};

class Kernel {
 public:
  Kernel(ChoiceSource& choices, std::unique_ptr<ScheduleStrategy> strategy);
  ~Kernel();
  Kernel(const Kernel&) = delete;
  Kernel& operator=(const Kernel&) = delete;

  Micros now() const { return now_; }
  ChoiceSource& choices() { return choices_; }
  Trace& trace() { return trace_; }
  ScheduleStrategy& strategy() { return *strategy_; }

  // Creates a process running body. If body throws ProcessCrashed and restart_after >= 0, the
  // process starts body again after that much virtual time (a fresh incarnation: whatever body
  // kept on its stack is gone). Returns the new id (1, 2, ...).
  ProcessId spawn(std::string name, std::function<void()> body, Micros restart_after = no_restart);

  // Kills the running process outright (SIGKILL, node loss): throws ProcessCrashed like a crash,
  // but until the process restarts current_killed() is true. C++ still unwinds the process's
  // stack (its memory must be freed); code that stands for the process's own cleanup (a
  // connection's ROLLBACK) asks current_killed() and does nothing, while what outlives the
  // process (the connection closing, the database rolling back the dropped session) still runs.
  [[noreturn]] void kill_current();
  bool current_killed() const;

  // The running process (0 when called from the kernel's own loop).
  ProcessId current() const { return current_; }
  const std::string& process_name(ProcessId id) const;
  std::uint64_t incarnation(ProcessId id) const;
  std::size_t process_count() const { return processes_.size(); }

  // Blocking calls for processes. Each throws SimulationStopped once the run is over.
  void sleep_for(Micros duration);
  void sleep_until(Micros time);
  void yield();
  // Parks until notify_*() (returns true) or until deadline (returns false). deadline may be never.
  bool wait(WaitQueue& queue, Micros deadline);

  // Wake-ups; callable from processes and from timer callbacks. They never block.
  void notify_all(WaitQueue& queue);
  void notify_one(WaitQueue& queue);

  // Runs callback at virtual time `when` on the kernel's loop. Callbacks must not block.
  void at(Micros when, std::function<void()> callback);
  // The same for an observer: a callback that only reads (samples metrics, evaluates an alert).
  // Observer timers never keep a run going nor move its end: the run ends when only observers
  // are left, and its end time is the last instant something else happened. So a run with
  // observers equals the run without them, event for event.
  void observe_at(Micros when, std::function<void()> callback);

  // Ends the run after the current instant (e.g. once the world is quiescent): run() then stops
  // every process as it does at the horizon.
  void stop() { stop_requested_ = true; }

  // Every port call is a yield point: the hook (fault injection) runs first, then the process
  // yields so the strategy can interleave another. The hook may throw ProcessCrashed or sleep.
  using YieldHook = std::function<void(ProcessId process, std::string_view point)>;
  void set_yield_hook(YieldHook hook) { yield_hook_ = std::move(hook); }
  void yield_point(std::string_view point);

  // Coverage probes (in the spirit of FoundationDB's CODE_PROBE): named markers on rare,
  // interesting paths. A hit is only counted — it changes nothing in the run and is not hashed —
  // so reports can list the probes a sweep never reached. name must be a string literal.
  void probe(std::string_view name) { ++probe_hits_[name]; }
  const std::map<std::string_view, std::int64_t>& probe_hits() const { return probe_hits_; }

  // Flaw markers: named markers on the lines of a variant's code known to be flawed, each with
  // the two ids it concerns (for dispatch: request and driver) and one value. Like a probe, a
  // mark changes nothing in the run and is not hashed; root-cause analysis reads which flawed
  // lines ran for the request a violation is about. name must be a string literal.
  struct Mark {
    std::string_view name;
    Micros time = 0;
    ProcessId process = 0;
    std::uint64_t incarnation = 0;
    std::int64_t a = 0;
    std::int64_t b = 0;
    std::int64_t value = 0;
  };
  void mark(std::string_view name, std::int64_t a, std::int64_t b, std::int64_t value = 0);
  const std::vector<Mark>& marks() const { return marks_; }
  bool stopping() const { return stopping_; }

  // Records a trace event stamped with the current time and process. text is built only when the
  // trace keeps events.
  void record(std::string_view kind, std::int64_t a = 0, std::int64_t b = 0, std::int64_t c = 0);
  template <typename TextFn>
  void record_with(std::string_view kind, std::int64_t a, std::int64_t b, std::int64_t c,
                   TextFn&& text) {
    trace_.record(now_, current_, kind, a, b, c, trace_.keeps_events() ? text() : std::string{});
  }

  // Runs until nothing is left to do or the next event lies beyond horizon, then stops every
  // process (SimulationStopped) and joins them. max_switches bounds livelocks. If a process
  // fails with an exception other than a crash, the run stops and run() rethrows its message:
  // an impossible state stops the run loudly.
  RunSummary run(Micros horizon, std::uint64_t max_switches = 50'000'000);

  // Used by the fiber scheduler.
  std::size_t pick_ready(std::span<const ProcessId> ready) { return strategy_->pick(ready); }
  void on_resumed(ProcessId id);

 private:
  struct Process;
  // Plain data, so the heap moves it cheaply; a callback lives in callbacks_ until it fires.
  struct Timer {
    Micros time;
    std::uint64_t sequence;
    ProcessId process;           // 0: a callback timer
    std::uint64_t generation;    // wakes the process only if it is still in that park
    std::uint32_t callback = 0;  // 1 + its index in callbacks_ (0: none)
    bool observer = false;       // observe_at: does not count as something left to happen
    bool operator>(const Timer& other) const {
      return time != other.time ? time > other.time : sequence > other.sequence;
    }
  };

  Process& process(ProcessId id);
  Process& current_process();
  void park();                     // suspends the current process until woken
  void wake(ProcessId id);         // makes a parked process ready (idempotent per park)
  void run_process(ProcessId id);  // the fiber body: incarnations, crashes, restarts
  void fire_due_timers();
  void run_ready_processes();  // from the kernel loop: runs until no process is ready
  void stop_all_processes();
  void push_timer(Micros time, ProcessId process, std::uint64_t generation,
                  std::function<void()> callback, bool observer = false);

  ChoiceSource& choices_;
  std::unique_ptr<ScheduleStrategy> strategy_;
  Trace trace_;
  Micros now_ = 0;
  ProcessId current_ = 0;
  std::uint64_t timer_sequence_ = 0;
  std::uint64_t pending_non_observer_timers_ = 0;
  Micros last_event_time_ = 0;  // the last instant a non-observer timer fired
  bool stopping_ = false;
  bool stop_requested_ = false;
  bool step_budget_exhausted_ = false;
  std::uint64_t switches_ = 0;
  std::uint64_t max_switches_ = 0;
  std::string fatal_error_;
  std::vector<ProcessId> yield_options_;
  std::map<std::string_view, std::int64_t> probe_hits_;
  std::vector<Mark> marks_;
  std::priority_queue<Timer, std::vector<Timer>, std::greater<>> timers_;
  std::vector<std::function<void()>> callbacks_;  // of pending callback timers
  std::vector<std::uint32_t> free_callbacks_;     // indexes in callbacks_ free for reuse
  std::vector<std::unique_ptr<Process>> processes_;
  YieldHook yield_hook_;
};

}  // namespace dispatchsim::sim
