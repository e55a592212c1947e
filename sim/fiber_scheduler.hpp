#pragma once
// The Boost.Fiber scheduling algorithm behind the kernel. Ready simulated processes are kept in a
// vector in the order they became ready; the kernel's strategy picks one by index. The main
// fiber (the kernel's own loop) and Boost's dispatcher fiber run only when no simulated process
// is ready, which is what lets the kernel advance virtual time exactly when everyone is blocked.

#include <span>

#include "sim/schedule_strategy.hpp"

namespace dispatchsim::sim {

class Kernel;

// Installs the algorithm on this thread the first time (Boost allows it once per thread, as the
// first fiber call) and directs it to `kernel` from now on.
void attach_fiber_scheduler(Kernel* kernel);

// The process id the next fiber created on this thread belongs to.
void set_spawning_process(ProcessId id);

// The simulated processes ready to run, in the scheduler's (deterministic) order.
std::span<const ProcessId> ready_processes();

// Makes the next pick take ready_processes()[index] instead of asking the strategy; used by
// Kernel::yield, which has already asked it (with the yielding process as an extra option).
void force_next_pick(std::size_t index);

}  // namespace dispatchsim::sim
