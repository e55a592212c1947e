// The remediation plan's own tests (§5: Tests 1-4 and the manual reproduction), transcribed
// setup by setup and assertion by assertion, each run for every variant inside the simulator.
// A thread pool becomes concurrent simulated processes, each with its own connection, and
// "concurrently" becomes many seeds (schedules). Each test asserts what is expected per
// variant: hardened passes all; where legacy or plan fails one, the test asserts the failure is
// found and pins the first failing seed (and prints it), so a model change that hides a known
// failure is noticed. Where a plan's test passes on legacy too, that is stated: the test does
// not exercise the bug it was written for.

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "faults/fault_injector.hpp"
#include "model/base/dispatch_event.hpp"
#include "support/small_world.hpp"

namespace dispatchsim::model {
namespace {

// First failing seeds, pinned (seeds 1..N of each test, random-walk schedules). When a
// deliberate model change moves one, the test prints the new one; update it here and say why.
constexpr std::uint64_t test_1_comment_legacy_seed = 1;           // no decline is idempotent
constexpr std::uint64_t test_2_legacy_seed = 1;                   // two dispatch_log rows
constexpr std::uint64_t test_3_legacy_seed = 1;                   // the older update is stored
constexpr std::uint64_t test_4_racing_legacy_seed = 2;            // dispatched from a cached status
constexpr std::uint64_t test_4_racing_plan_seed = 2;              // Fix 2: check, then insert
constexpr std::uint64_t reproduction_redelivery_legacy_seed = 8;  // redelivered, shown again
constexpr std::uint64_t reproduction_push_legacy_seed = 19;       // a late copy shown again
constexpr std::uint64_t reproduction_push_plan_seed = 72;         // Fix 5's dedup lost on restart

using sim::milliseconds;
using sim::seconds;
using testing::small_world_config;
using testing::SmallWorld;

// What one run of a plan's test found: the assertions that failed (empty: it passed).
struct Outcome {
  std::vector<std::string> failures;
  void check(bool holds, const std::string& assertion) {
    if (!holds) failures.push_back(assertion);
  }
  bool passed() const { return failures.empty(); }
  std::string describe() const {
    std::string text;
    for (const auto& failure : failures) text += (text.empty() ? "" : "; ") + failure;
    return text;
  }
};

using PlanTest = std::function<Outcome(const std::string& variant, std::uint64_t seed)>;

struct Search {
  std::optional<std::uint64_t> first_failing_seed;
  Outcome first_failure;
  int failing_seeds = 0;
};

Search search_seeds(const PlanTest& test, const std::string& variant, std::uint64_t seeds) {
  Search search;
  for (std::uint64_t seed = 1; seed <= seeds; ++seed) {
    Outcome outcome = test(variant, seed);
    if (outcome.passed()) continue;
    ++search.failing_seeds;
    if (!search.first_failing_seed) {
      search.first_failing_seed = seed;
      search.first_failure = std::move(outcome);
    }
  }
  return search;
}

// Runs `test` over seeds 1..seeds and checks the variant's expected result: passes every seed
// (expected_first_failure nullopt), or fails first at the pinned seed.
void expect_result(const std::string& name, const PlanTest& test, const std::string& variant,
                   std::uint64_t seeds, std::optional<std::uint64_t> expected_first_failure) {
  const Search search = search_seeds(test, variant, seeds);
  if (search.first_failing_seed) {
    std::cout << name << ": " << variant << " fails at seed " << *search.first_failing_seed << " ("
              << search.failing_seeds << " of " << seeds
              << " seeds): " << search.first_failure.describe() << "\n";
  } else {
    std::cout << name << ": " << variant << " passes all " << seeds << " seeds\n";
  }
  if (!expected_first_failure) {
    EXPECT_FALSE(search.first_failing_seed.has_value())
        << name << " failed for " << variant << " at seed " << search.first_failing_seed.value_or(0)
        << ": " << search.first_failure.describe();
    return;
  }
  ASSERT_TRUE(search.first_failing_seed.has_value())
      << name << ": the known failure of " << variant << " was not found in " << seeds << " seeds";
  EXPECT_EQ(*search.first_failing_seed, *expected_first_failure)
      << name << ": the first failing seed of " << variant << " moved (update the pinned seed if "
      << "the model changed on purpose)";
}

// The plan's tests run at a full rollout with every fix deployed (the plan's end state).
WorldConfig test_world(const std::string& variant, int drivers = 3) {
  WorldConfig config = small_world_config(variant, drivers);
  // Round trips of a few milliseconds, so that two "concurrent" calls really overlap and the
  // seed decides how their statements interleave.
  config.timing.db_statement_latency = {milliseconds(1), milliseconds(15)};
  return config;
}

std::string status_of(SmallWorld& w, RequestId request) {
  return w.text("SELECT status FROM ride_requests WHERE id = ?", {request});
}

// ------------------------------------------------------------ Test 1: Concurrent Decline

struct DeclineAttempt {
  std::optional<DeclineResult> result;
  std::string error;  // the exception future.result() would re-raise
};

Outcome test_1_concurrent_decline(const std::string& variant, std::uint64_t seed) {
  SmallWorld w(test_world(variant), seed);
  w.create_request(1);  // request_id = create_test_request()
  // with ThreadPoolExecutor(max_workers=2): two decline handlers, each with its own connection.
  DeclineAttempt attempts[2];
  for (int index = 0; index < 2; ++index) {
    const DriverId driver = index + 1;  // 'driver1', 'driver2'
    w.world.spawn_server(
        "api-" + std::to_string(driver), [&w, &attempts, index, driver](ServerPorts& ports) {
          try {
            attempts[index].result = w.world.logic->decline_request(ports, 1, driver, "busy");
          } catch (const std::exception& error) {
            ports.db.rollback_now();
            attempts[index].error = error.what();
          }
        });
  }
  w.run(seconds(60));
  Outcome outcome;
  // assert result1['success'] and result2['success']
  for (int index = 0; index < 2; ++index) {
    const auto& attempt = attempts[index];
    outcome.check(attempt.result && attempt.result->success,
                  "result" + std::to_string(index + 1) + "['success'] is false" +
                      (attempt.error.empty() ? "" : " (raised " + attempt.error + ")"));
  }
  // assert request['status'] == 'DECLINED'
  outcome.check(status_of(w, 1) == "DECLINED", "status is " + status_of(w, 1));
  // pending = get_pending_dispatches(request_id); assert len(pending) == 0
  const auto pending =
      w.count("SELECT COUNT(*) FROM dispatch_queue WHERE request_id = 1 AND status = 'PENDING'");
  outcome.check(pending == 0, std::to_string(pending) + " pending dispatches");
  return outcome;
}

// The test's comment, "One should succeed, one should be idempotent", which its asserts do not
// check: exactly one decline reports already_processed, and declined_by names the other driver.
Outcome test_1_comment_one_idempotent(const std::string& variant, std::uint64_t seed) {
  SmallWorld w(test_world(variant), seed);
  w.create_request(1);
  std::optional<DeclineResult> results[2];
  for (int index = 0; index < 2; ++index) {
    w.world.spawn_server(
        "api-" + std::to_string(index + 1), [&w, &results, index](ServerPorts& ports) {
          try {
            results[index] = w.world.logic->decline_request(ports, 1, index + 1, "busy");
          } catch (const std::exception&) {
            ports.db.rollback_now();
          }
        });
  }
  w.run(seconds(60));
  Outcome outcome;
  int idempotent = 0;
  DriverId winner = 0;
  for (int index = 0; index < 2; ++index) {
    if (!results[index]) continue;
    if (results[index]->already_processed) {
      ++idempotent;
    } else {
      winner = index + 1;
    }
  }
  outcome.check(idempotent == 1, std::to_string(idempotent) + " of 2 declines were idempotent");
  const auto declined_by = w.count("SELECT declined_by FROM ride_requests WHERE id = 1");
  outcome.check(winner != 0 && declined_by == winner,
                "declined_by is driver " + std::to_string(declined_by) + " (a lost update)");
  return outcome;
}

TEST(PlanTest1ConcurrentDecline, HoldsForEveryVariantOverManySchedules) {
  // Two declines of a request nothing else touches: every variant ends DECLINED with both calls
  // answered success and nothing pending. The test passes on legacy too: it does not queue a
  // dispatch, so it cannot see the race Fix 1 was written for (Test 4 and the manual
  // reproduction below can).
  for (const char* variant : {"legacy", "plan", "hardened"}) {
    expect_result("Test 1 (concurrent decline)", test_1_concurrent_decline, variant, 200,
                  std::nullopt);
  }
}

TEST(PlanTest1ConcurrentDecline, ItsCommentOneIdempotentIsBrokenByLegacyAtTheFirstSeed) {
  expect_result("Test 1 comment (one idempotent)", test_1_comment_one_idempotent, "legacy", 200,
                test_1_comment_legacy_seed);
  expect_result("Test 1 comment (one idempotent)", test_1_comment_one_idempotent, "plan", 200,
                std::nullopt);
  expect_result("Test 1 comment (one idempotent)", test_1_comment_one_idempotent, "hardened", 200,
                std::nullopt);
}

// ------------------------------------------------------------ Test 2: Idempotent Dispatch

Outcome test_2_idempotent_dispatch(const std::string& variant, std::uint64_t seed) {
  SmallWorld w(test_world(variant), seed);
  w.create_request(1);
  // event = {'request_id': request_id, 'driver_id': 'driver1', 'sequence': 1} (no version)
  DispatchEvent event;
  event.request_id = 1;
  event.driver_id = 1;
  event.sequence = 1;
  std::string error;
  w.world.spawn_server("worker-1", [&](ServerPorts& ports) {
    ports.dispatch_queue.send_message(encode(event));
    const auto batch = ports.dispatch_queue.receive_messages(1, seconds(1));
    if (batch.size() == 1) {
      try {
        // process_dispatch_event(event) twice
        w.world.logic->process_dispatch_event(ports, event, batch.front());
        w.world.logic->process_dispatch_event(ports, event, batch.front());
      } catch (const std::exception& raised) {
        ports.db.rollback_now();
        error = raised.what();
      }
    }
  });
  w.run(seconds(60));
  Outcome outcome;
  outcome.check(error.empty(), "process_dispatch_event raised " + error);
  // logs = get_dispatch_logs(request_id, 'driver1'); assert len(logs) == 1
  const auto logs =
      w.count("SELECT COUNT(*) FROM dispatch_log WHERE request_id = 1 AND driver_id = 1");
  outcome.check(logs == 1, std::to_string(logs) + " dispatch_log rows for driver1");
  return outcome;
}

TEST(PlanTest2IdempotentDispatch, LegacyLogsTheDuplicateEventPlanAndHardenedLogItOnce) {
  expect_result("Test 2 (idempotent dispatch)", test_2_idempotent_dispatch, "legacy", 20,
                test_2_legacy_seed);
  expect_result("Test 2 (idempotent dispatch)", test_2_idempotent_dispatch, "plan", 20,
                std::nullopt);
  expect_result("Test 2 (idempotent dispatch)", test_2_idempotent_dispatch, "hardened", 20,
                std::nullopt);
}

// ------------------------------------------------------------ Test 3: Stale Location Update

Outcome test_3_stale_location_update(const std::string& variant, std::uint64_t seed) {
  SmallWorld w(test_world(variant), seed);
  w.create_request(1);
  std::optional<LocationResult> result;
  std::string error;
  w.world.spawn_server("api-1", [&](ServerPorts& ports) {
    try {
      // update_pickup_location(request_id, 40.7128, -74.0060, 'NYC', sequence_number=10)
      w.world.logic->update_pickup_location(ports, 1, 40.7128, -74.0060, "NYC", 10);
      // result = update_pickup_location(request_id, 34.0522, -118.2437, 'LA', sequence_number=5)
      result = w.world.logic->update_pickup_location(ports, 1, 34.0522, -118.2437, "LA", 5);
    } catch (const std::exception& raised) {
      ports.db.rollback_now();
      error = raised.what();
    }
  });
  w.run(seconds(60));
  Outcome outcome;
  outcome.check(error.empty(), "update_pickup_location raised " + error);
  // assert result['ignored'] == True
  outcome.check(result && result->ignored, "result['ignored'] is not True");
  // assert abs(request['pickup_lat'] - 40.7128) < 0.0001
  const double lat =
      w.world.database.inspect("SELECT pickup_lat FROM ride_requests WHERE id = 1").front().real(0);
  outcome.check(std::abs(lat - 40.7128) < 0.0001, "pickup_lat is " + std::to_string(lat));
  return outcome;
}

TEST(PlanTest3StaleLocationUpdate, LegacyStoresTheOlderUpdatePlanAndHardenedIgnoreIt) {
  expect_result("Test 3 (stale location update)", test_3_stale_location_update, "legacy", 20,
                test_3_legacy_seed);
  expect_result("Test 3 (stale location update)", test_3_stale_location_update, "plan", 20,
                std::nullopt);
  expect_result("Test 3 (stale location update)", test_3_stale_location_update, "hardened", 20,
                std::nullopt);
}

// ------------------------------------------------------------ Test 4: End-to-End Decline Flow

// Everything after process_dispatch_queue() that can turn a published event into a
// notification: the variant's dispatch workers and its background processes (hardened's outbox).
void spawn_dispatch_side(SmallWorld& w, int workers) {
  for (int index = 1; index <= workers; ++index) {
    w.world.spawn_server("worker-" + std::to_string(index),
                         [&w](ServerPorts& ports) { w.world.logic->consume_messages(ports); });
  }
  for (auto& background : w.world.logic->background_processes()) {
    w.world.spawn_server(background.name, background.body);
  }
}

// get_notifications(driver, request_id): the notifications that left for the driver (pushes the
// transport accepted), optionally only those after the history event numbered `after` (the
// history's total order: a push can leave at the very instant a decline commits, and after it).
int notifications(SmallWorld& w, DriverId driver, RequestId request,
                  std::optional<std::uint64_t> after = std::nullopt) {
  int count = 0;
  for (const auto& event : w.world.history.events()) {
    if (event.kind == HistoryKind::push_sent && event.request == request &&
        event.driver == driver && (!after || event.sequence > *after)) {
      ++count;
    }
  }
  return count;
}

Outcome test_4_end_to_end_decline_flow(const std::string& variant, std::uint64_t seed) {
  SmallWorld w(test_world(variant), seed);
  w.create_request(1);
  // queue_dispatch(request_id, 'driver1' / 'driver2' / 'driver3')
  for (DriverId driver = 1; driver <= 3; ++driver) w.queue_dispatch(1, driver, driver);
  std::string error;
  w.world.spawn_server("test", [&](ServerPorts& ports) {
    try {
      // decline_request(request_id, 'driver1', 'busy')
      w.world.logic->decline_request(ports, 1, 1, "busy");
      // process_dispatch_queue()
      process_dispatch_queue(ports, 100);
    } catch (const std::exception& raised) {
      ports.db.rollback_now();
      error = raised.what();
    }
  });
  spawn_dispatch_side(w, 2);
  w.run(seconds(10));
  Outcome outcome;
  outcome.check(error.empty(), "raised " + error);
  // assert get_notifications('driver2', request_id) == [] (and for driver3)
  for (DriverId driver : {2, 3}) {
    const int sent = notifications(w, driver, 1);
    outcome.check(sent == 0,
                  std::to_string(sent) + " notifications to driver" + std::to_string(driver));
  }
  return outcome;
}

TEST(PlanTest4EndToEndDeclineFlow, HoldsForEveryVariantWhenTheDeclineComesFirst) {
  // As written, the decline commits before process_dispatch_queue() runs, and every variant's
  // decline deletes the PENDING rows: the test passes on legacy too.
  for (const char* variant : {"legacy", "plan", "hardened"}) {
    expect_result("Test 4 (end-to-end decline flow)", test_4_end_to_end_decline_flow, variant, 20,
                  std::nullopt);
  }
}

// The same flow at the incident's timing: the relay, two workers and driver1's decline run at
// once; driver1 declines while the dispatch is in flight (after a worker received the first
// event, by a delay the seed draws). The assertion becomes the test's intent, "declining should
// prevent further dispatches": no notification to driver2 or driver3 leaves after the decline
// committed.
Outcome test_4_decline_racing_the_dispatch(const std::string& variant, std::uint64_t seed) {
  SmallWorld w(test_world(variant), seed);
  w.create_request(1);
  for (DriverId driver = 1; driver <= 3; ++driver) w.queue_dispatch(1, driver, driver);
  w.world.spawn_server("relay", [&w](ServerPorts& ports) {
    run_dispatch_queue_relay(w.world.actor_context(), ports);
  });
  spawn_dispatch_side(w, 2);
  const sim::Micros decline_delay = static_cast<sim::Micros>(
      w.kernel.choices().uniform(w.kernel.choices().stream("test.decline"), 0, milliseconds(40)));
  w.world.spawn_server("api-1", [&w, decline_delay](ServerPorts& ports) {
    while (w.world.dispatch_queue.counts().received == 0) w.kernel.sleep_for(milliseconds(1));
    w.kernel.sleep_for(decline_delay);
    try {
      w.world.logic->decline_request(ports, 1, 1, "busy");
    } catch (const std::exception&) {
      ports.db.rollback_now();
    }
  });
  w.run(seconds(10));
  Outcome outcome;
  std::optional<std::uint64_t> declined_at;
  for (const auto& event : w.world.history.events()) {
    if (event.kind == HistoryKind::status_committed && event.request == 1 &&
        event.new_status() == RequestStatus::declined) {
      declined_at = event.sequence;
      break;
    }
  }
  outcome.check(declined_at.has_value(), "the decline never committed");
  for (DriverId driver : {2, 3}) {
    const int late = notifications(w, driver, 1, declined_at);
    outcome.check(late == 0, std::to_string(late) + " notifications to driver" +
                                 std::to_string(driver) + " after the decline committed");
  }
  return outcome;
}

TEST(PlanTest4EndToEndDeclineFlow, AtTheIncidentsTimingLegacyAndPlanStillNotifyAfterTheDecline) {
  const char* name = "Test 4 (decline racing the dispatch)";
  expect_result(name, test_4_decline_racing_the_dispatch, "legacy", 300, test_4_racing_legacy_seed);
  expect_result(name, test_4_decline_racing_the_dispatch, "plan", 300, test_4_racing_plan_seed);
  expect_result(name, test_4_decline_racing_the_dispatch, "hardened", 300, std::nullopt);
}

// ------------------------------------------------------------ Manual Reproduction

// The world of the manual reproduction: one rider, three drivers, everyone declines; the run
// is assembled as scenarios/runner.cpp does (kernel, fault injector, world, start, run).
struct ReproductionWorld {
  ReproductionWorld(const std::string& variant, std::uint64_t seed, const faults::FaultPlan& plan)
      : choices(seed),
        kernel(choices, std::make_unique<sim::RandomWalkStrategy>(choices)),
        injector(kernel, plan, config_for(variant).phases.fault_window),
        world(kernel, injector, config_for(variant)) {
    injector.attach(world);
  }
  static WorldConfig config_for(const std::string& variant) {
    WorldConfig config;
    config.variant.variant = variant;
    config.workload.requests = 1;
    config.workload.drivers = 3;
    config.workload.candidates_per_request = 2;
    config.workload.decline_probability = 1.0;  // 3. Driver A declines
    config.timing.db_statement_latency = {milliseconds(1), milliseconds(10)};
    config.phases.fault_window = seconds(20);
    config.phases.heal_window = seconds(240);
    return config;
  }

  sim::PrngChoiceSource choices;
  sim::Kernel kernel;
  faults::FaultInjector injector;
  World world;
};

Outcome manual_reproduction(const std::string& variant, std::uint64_t seed,
                            const faults::FaultPlan& plan) {
  ReproductionWorld r(variant, seed, plan);
  r.world.start();  // 1. Create ride request via rider app
  r.kernel.run(r.world.horizon());
  Outcome outcome;
  // 2. Observe dispatch to driver A (the first driver shown the request), 3. Driver A declines.
  const HistoryEvent* first_shown = nullptr;
  const HistoryEvent* decline = nullptr;
  for (const auto& event : r.world.history.events()) {
    if (event.kind == HistoryKind::shown && event.request == 1 && first_shown == nullptr)
      first_shown = &event;
    if (first_shown != nullptr && event.kind == HistoryKind::decline_submitted &&
        event.request == 1 && event.driver == first_shown->driver && decline == nullptr) {
      decline = &event;
    }
  }
  if (first_shown == nullptr || decline == nullptr)
    return outcome;  // no dispatch: not reproducible
  const DriverId driver_a = first_shown->driver;
  // 4. Wait 10 seconds: the run goes on at least that long, or ends earlier only because the
  // world is quiescent (nothing in flight, every request closed: nothing more can arrive).
  const bool ended_quiescent = r.kernel.now() < r.world.horizon();
  outcome.check(ended_quiescent || r.kernel.now() >= decline->time + seconds(10),
                "the run ended less than 10 s after the decline");
  // 5. Check driver A's app - should NOT receive the same request again.
  int shown_again = 0;
  for (const auto& event : r.world.history.events()) {
    shown_again += event.kind == HistoryKind::shown && event.request == 1 &&
                   event.driver == driver_a && event.sequence > decline->sequence;
  }
  outcome.check(shown_again == 0, "driver A was shown the request " + std::to_string(shown_again) +
                                      " more time(s) after declining");
  // 6. SELECT * FROM dispatch_log WHERE request_id = '<id>' AND driver_id = '<driver_a>': 1 row.
  const auto rows =
      r.world.database
          .inspect("SELECT COUNT(*) FROM dispatch_log WHERE request_id = 1 AND driver_id = ?",
                   {driver_a})
          .front()
          .integer(0);
  outcome.check(rows == 1, std::to_string(rows) + " dispatch_log rows for driver A");
  return outcome;
}

faults::FaultPlan plan_of(std::initializer_list<Fault> enabled) {
  faults::FaultPlan plan;
  for (Fault fault : enabled) plan.enable(fault);
  return plan;
}

// The root causes of §1 as faults, at their catalogue rates: consumer crashes and failed ACKs
// redeliver, in-flight messages reach a second worker, slow batches outlive the visibility
// timeout, pushes repeat.
faults::FaultPlan redelivery_faults() {
  return plan_of({Fault::process_crash, Fault::lost_delete, Fault::duplicate_delivery,
                  Fault::delivery_delay, Fault::push_duplicate});
}

// What Fix 5 is for: pushes repeated and delayed (so a copy arrives late), and driver apps that
// restart, as phones do.
faults::FaultPlan push_and_app_faults() {
  return plan_of({Fault::push_duplicate, Fault::push_delay, Fault::app_restart});
}

PlanTest reproduction_under(faults::FaultPlan plan) {
  return [plan](const std::string& variant, std::uint64_t seed) {
    return manual_reproduction(variant, seed, plan);
  };
}

TEST(PlanManualReproduction, InAHealthyWorldEveryVariantPasses) {
  for (const char* variant : {"legacy", "plan", "hardened"}) {
    expect_result("Manual reproduction (healthy)", reproduction_under({}), variant, 50,
                  std::nullopt);
  }
}

TEST(PlanManualReproduction, UnderBrokerRedeliveryLegacyFailsAndPlanHolds) {
  const char* name = "Manual reproduction (broker redelivery)";
  expect_result(name, reproduction_under(redelivery_faults()), "legacy", 100,
                reproduction_redelivery_legacy_seed);
  // Fix 2's Redis key dedups a redelivered event and Fix 1 closes the request: plan holds.
  expect_result(name, reproduction_under(redelivery_faults()), "plan", 100, std::nullopt);
  expect_result(name, reproduction_under(redelivery_faults()), "hardened", 100, std::nullopt);
}

TEST(PlanManualReproduction, UnderPushAndAppFaultsLegacyAndPlanFail) {
  const char* name = "Manual reproduction (push duplicates and delays, app restarts)";
  expect_result(name, reproduction_under(push_and_app_faults()), "legacy", 100,
                reproduction_push_legacy_seed);
  expect_result(name, reproduction_under(push_and_app_faults()), "plan", 100,
                reproduction_push_plan_seed);
  expect_result(name, reproduction_under(push_and_app_faults()), "hardened", 100, std::nullopt);
}

}  // namespace
}  // namespace dispatchsim::model
