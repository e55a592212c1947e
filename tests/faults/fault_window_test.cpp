// The injector's contract, for every fault of the catalogue: a fault fires only while it is
// enabled and only inside the fault window (after it the world heals and must converge); every
// firing is counted, and recorded in the ground-truth history once a world is attached.

#include <gtest/gtest.h>

#include <cctype>
#include <string>

#include "fault_harness.hpp"

namespace dispatchsim::faults::testing {
namespace {

using sim::seconds;

TEST(FaultInjector, EveryFaultFiresInsideTheWindowAndNeverAfterIt) {
  for (const FaultInfo& info : fault_catalogue()) {
    FaultHarness h(only(info.fault, 1.0), seconds(10));
    bool inside = false, at_the_edge = true, after = true;
    h.kernel.at(seconds(9), [&] { inside = h.injector.fires(info.fault); });
    h.kernel.at(seconds(10), [&] { at_the_edge = h.injector.fires(info.fault); });
    h.kernel.at(seconds(100), [&] { after = h.injector.fires(info.fault); });
    h.kernel.run(seconds(200));
    EXPECT_TRUE(inside) << info.id;
    EXPECT_FALSE(at_the_edge) << info.id << ": the window is [0, fault_window)";
    EXPECT_FALSE(after) << info.id;
    EXPECT_EQ(h.fired(info.fault), 1) << info.id;
  }
}

TEST(FaultInjector, ADisabledFaultNeverFiresAndDrawsNothing) {
  for (const FaultInfo& info : fault_catalogue()) {
    FaultPlan plan = only(info.fault, 1.0);
    plan[info.fault].enabled = false;
    FaultHarness h(plan, seconds(10));
    const std::uint64_t draws_before = h.choices.draws();
    bool fired = true;
    h.kernel.at(seconds(1), [&] { fired = h.injector.fires(info.fault); });
    h.kernel.run(seconds(2));
    EXPECT_FALSE(fired) << info.id;
    EXPECT_EQ(h.choices.draws(), draws_before)
        << info.id << ": a disabled fault must not shift choices";
  }
}

TEST(FaultInjector, OnlyThePlannedFaultFires) {
  FaultHarness h(only(Fault::push_drop, 1.0), seconds(10));
  h.kernel.at(seconds(1), [&] {
    for (const FaultInfo& info : fault_catalogue()) {
      EXPECT_EQ(h.injector.fires(info.fault), info.fault == Fault::push_drop) << info.id;
    }
  });
  h.kernel.run(seconds(2));
}

TEST(FaultInjector, ARateIsAProbabilityPerAsk) {
  FaultHarness h(only(Fault::lost_delete, 0.25), seconds(10));
  int fired = 0;
  h.kernel.at(seconds(1), [&] {
    for (int ask = 0; ask < 4000; ++ask) fired += h.injector.fires(Fault::lost_delete) ? 1 : 0;
  });
  h.kernel.run(seconds(2));
  EXPECT_NEAR(fired, 1000, 120);
  EXPECT_EQ(h.fired(Fault::lost_delete), fired);
}

TEST(FaultInjector, FiringsAreInTheGroundTruthHistoryOfAnAttachedWorld) {
  WorldHarness h(only(Fault::db_busy, 1.0), seconds(10), model::WorldConfig{});
  h.kernel.at(seconds(3), [&] { h.injector.fires(Fault::db_busy); });
  h.kernel.run(seconds(4));
  int recorded = 0;
  for (const auto& event : h.world.history.events()) {
    if (event.kind != model::HistoryKind::fault_fired) continue;
    ++recorded;
    EXPECT_EQ(event.fault_index(), static_cast<std::size_t>(Fault::db_busy));
    EXPECT_EQ(event.time, seconds(3));
  }
  EXPECT_EQ(recorded, 1);
}

// "process-crash" -> "ProcessCrashFault": the suite that shows the fault's effect.
std::string suite_for(std::string_view id) {
  std::string name;
  bool upper = true;
  for (char c : id) {
    if (c == '-') {
      upper = true;
      continue;
    }
    name += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return name + "Fault";
}

TEST(FaultCatalogue, EveryFaultHasATestThatShowsItsEffect) {
  const ::testing::UnitTest& tests = *::testing::UnitTest::GetInstance();
  for (const FaultInfo& info : fault_catalogue()) {
    bool found = false;
    for (int index = 0; index < tests.total_test_suite_count(); ++index) {
      found = found || tests.GetTestSuite(index)->name() == suite_for(info.id);
    }
    EXPECT_TRUE(found) << "no test suite " << suite_for(info.id) << " for fault " << info.id;
  }
}

}  // namespace
}  // namespace dispatchsim::faults::testing
