// The kernel's costs against the physical limits measured on this kind of machine
// (../shared/facts.md): a Boost.Fiber yield with a seeded scheduler ~35-50 ns; a timed wake-up
// through a heap ~150-200 ns.

#include <benchmark/benchmark.h>

#include "sim/kernel.hpp"

namespace dispatchsim::sim {
namespace {

// Two processes yielding to each other: each iteration is one scheduling decision and one
// fiber switch (the strategy picks among ready + self).
void BM_YieldPoint(benchmark::State& state) {
  const auto yields_per_process = static_cast<std::int64_t>(state.range(0));
  for (auto _ : state) {
    state.PauseTiming();
    PrngChoiceSource choices(1);
    Kernel kernel(choices, std::make_unique<RandomWalkStrategy>(choices));
    for (int process = 0; process < 2; ++process) {
      kernel.spawn("yielder", [&kernel, yields_per_process] {
        for (std::int64_t i = 0; i < yields_per_process; ++i) kernel.yield();
      });
    }
    state.ResumeTiming();
    kernel.run(seconds(1));
  }
  state.SetItemsProcessed(state.iterations() * 2 * yields_per_process);
}
BENCHMARK(BM_YieldPoint)->Arg(100'000)->Unit(benchmark::kMillisecond);

// Many processes sleeping in virtual time: each item is one timer through the heap and one
// wake-up of a parked fiber.
void BM_TimedWakeUp(benchmark::State& state) {
  const auto processes = static_cast<int>(state.range(0));
  constexpr int sleeps = 100;
  for (auto _ : state) {
    state.PauseTiming();
    PrngChoiceSource choices(1);
    Kernel kernel(choices, std::make_unique<RandomWalkStrategy>(choices));
    for (int process = 0; process < processes; ++process) {
      kernel.spawn("sleeper", [&kernel, process] {
        for (int i = 0; i < sleeps; ++i) kernel.sleep_for(1 + (process * 7 + i * 13) % 97);
      });
    }
    state.ResumeTiming();
    kernel.run(seconds(100));
  }
  state.SetItemsProcessed(state.iterations() * processes * sleeps);
}
BENCHMARK(BM_TimedWakeUp)->Arg(1000)->Unit(benchmark::kMillisecond);

// Spawn + run + join of one short process: the per-process share of a run's set-up.
void BM_SpawnProcess(benchmark::State& state) {
  const auto processes = static_cast<int>(state.range(0));
  for (auto _ : state) {
    PrngChoiceSource choices(1);
    Kernel kernel(choices, std::make_unique<RandomWalkStrategy>(choices));
    for (int process = 0; process < processes; ++process) kernel.spawn("p", [] {});
    kernel.run(seconds(1));
  }
  state.SetItemsProcessed(state.iterations() * processes);
}
BENCHMARK(BM_SpawnProcess)->Arg(100)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace dispatchsim::sim

BENCHMARK_MAIN();
