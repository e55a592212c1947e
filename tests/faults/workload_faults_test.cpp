// Faults in the workload and the rollout: a producer retry that mints a new sequence, requests
// created before the migration's backfill reached them, the feature flag flipped mid-run, and a
// rider's pickup update that arrives after a newer one.

#include <gtest/gtest.h>

#include <vector>

#include "fault_harness.hpp"
#include "model/infra/api_channel.hpp"

namespace dispatchsim::faults::testing {
namespace {

using model::ServerPorts;
using sim::milliseconds;
using sim::seconds;

// One offer (request 1 to driver 2, sequence 1) published at t=0 and never answered; the matcher
// re-offers it after the offer timeout. Returns (sequence_number, status, attempts) at 3 s.
std::tuple<std::int64_t, std::string, std::int64_t> reoffered(double rate) {
  model::WorldConfig config;
  config.timing.offer_timeout = seconds(1);
  WorldHarness h(only(Fault::producer_new_sequence, rate), seconds(10), config);
  h.insert_request(1, "SEARCHING");
  h.world.database.inspect(
      "INSERT INTO dispatch_queue (request_id, driver_id, sequence_number, version, status, "
      "published_at) "
      "VALUES (1, 2, 1, 1, 'PUBLISHED', '2026-01-01 00:00:00')");
  h.world.spawn_server(
      "matcher", [&](ServerPorts& ports) { model::run_matcher(h.world.actor_context(), ports); });
  h.kernel.run(seconds(3));
  const auto row =
      h.world.database
          .inspect(
              "SELECT sequence_number, status, attempts FROM dispatch_queue WHERE request_id = 1")
          .front();
  return {row.integer(0), row.text(1), row.integer(2)};
}

TEST(ProducerNewSequenceFault, AReOfferCarriesANewSequenceNumber) {
  // A plain retry re-sends the same event: Fix 2's key dispatch:1:2:1 recognises it.
  EXPECT_EQ(reoffered(0.0),
            std::make_tuple(std::int64_t{1}, std::string("PENDING"), std::int64_t{1}));
  // Under the fault the retry is a new event, dispatch:1:2:101, which no key has seen.
  EXPECT_EQ(reoffered(1.0),
            std::make_tuple(std::int64_t{101}, std::string("PENDING"), std::int64_t{1}));
}

std::int64_t requests_created_at_version_0(sim::Micros fault_window) {
  model::WorldConfig config;
  config.workload.requests = 4;
  config.workload.request_arrival = {0, seconds(1)};
  WorldHarness h(only(Fault::unbackfilled_rows, 1.0), fault_window, config);
  h.world.start();
  h.kernel.run(seconds(2));
  std::int64_t created_at_0 = 0;
  for (const auto& event : h.world.history.events()) {
    if (event.kind == model::HistoryKind::request_created && event.version() == 0) ++created_at_0;
  }
  EXPECT_EQ(h.count("SELECT COUNT(*) FROM ride_requests WHERE version = 0"), created_at_0);
  return created_at_0;
}

TEST(UnbackfilledRowsFault, RequestsAreCreatedAtVersionZero) {
  EXPECT_EQ(requests_created_at_version_0(seconds(10)), 4);
  EXPECT_EQ(requests_created_at_version_0(0), 0) << "outside the window rows start at version 1";
}

TEST(UnbackfilledRowsFault, MidBackfillSomeRowsAreStillAtVersionZeroAndTheBackfillFinishes) {
  // The migration knob, not the fault: every row starts at 0 and the backfill moves one row every
  // two seconds (UPDATE ... SET version = 1 WHERE version = 0 LIMIT 1).
  model::WorldConfig config;
  config.workload.requests = 4;
  config.workload.request_arrival = {0, milliseconds(500)};
  config.workload.decline_probability = 0;
  config.migration.backfill_pending = true;
  config.migration.backfill_batch = 1;
  config.migration.backfill_interval = seconds(2);
  WorldHarness h(FaultPlan{}, seconds(10), config);
  h.world.start();
  std::vector<std::int64_t> at_version_0;  // sampled every second until the run goes quiet
  h.kernel.spawn("observer", [&] {
    for (int second = 1; second <= 9; ++second) {
      h.kernel.sleep_until(seconds(second));
      for (;;) {
        try {
          at_version_0.push_back(h.count("SELECT COUNT(*) FROM ride_requests WHERE version = 0"));
          break;
        } catch (const model::SqlError&) {
          h.kernel.sleep_for(milliseconds(1));  // a transaction holds the lock right now
        }
      }
    }
  });
  h.kernel.run(seconds(9) + milliseconds(500));
  ASSERT_EQ(at_version_0.size(), 9u);
  EXPECT_EQ(at_version_0.front(), 4);
  EXPECT_EQ(at_version_0.back(), 0) << "batches at 2, 4, 6 and 8 s";
  EXPECT_TRUE(std::is_sorted(at_version_0.rbegin(), at_version_0.rend()));
  EXPECT_GT(at_version_0[4], 0) << "at 5 s the backfill is under way, rows still at version 0";
  EXPECT_LT(at_version_0[4], 4);
}

TEST(FlagFlipFault, TheFlagChangesMidRunAtTheDrawnTime) {
  for (int percent : {100, 10, 0}) {
    model::WorldConfig config;
    config.variant.variant = "plan";
    config.variant.flag_percent = percent;
    WorldHarness h(only(Fault::flag_flip, 1.0, seconds(3)), seconds(10), config);
    int before = -1, after = -1;
    h.kernel.at(seconds(3) - 1, [&] { before = h.world.flag.percent(); });
    h.kernel.at(seconds(3) + 1, [&] { after = h.world.flag.percent(); });
    h.kernel.run(seconds(5));
    EXPECT_EQ(before, percent);
    EXPECT_EQ(after, percent > 0 ? 0 : 100)
        << "a rollout is rolled back, an unreleased flag released";
    EXPECT_EQ(h.fired(Fault::flag_flip), 1);
  }
}

TEST(FlagFlipFault, AFlipDrawnAfterTheWindowHappensJustBeforeItCloses) {
  model::WorldConfig config;
  config.variant.variant = "plan";
  WorldHarness h(only(Fault::flag_flip, 1.0, seconds(30)), seconds(10), config);
  int at_window_end = -1;
  h.kernel.at(seconds(10), [&] { at_window_end = h.world.flag.percent(); });
  h.kernel.run(seconds(40));
  EXPECT_EQ(at_window_end, 0);
}

TEST(LocationReorderFault, AnOlderPickupUpdateReachesTheApiAfterANewerOne) {
  // The window closes at 1 s: update #1 (sent at 0.5 s) is held back 2 s, update #2 (1.5 s) is not.
  FaultHarness h(only(Fault::location_reorder, 1.0, seconds(2)), seconds(1));
  model::ApiChannel api(h.kernel, h.injector,
                        model::DurationRange{milliseconds(1), milliseconds(1)});
  std::vector<std::pair<model::ApiOperation, std::int64_t>> arrived;
  h.kernel.spawn("rider", [&] {
    model::ApiRequest update;
    update.operation = model::ApiOperation::update_location;
    update.request = 1;
    for (std::int64_t sequence : {1, 2}) {
      h.kernel.sleep_until(milliseconds(500) + seconds(sequence - 1));
      update.sequence = sequence;
      api.post(update);
    }
  });
  h.kernel.spawn("driver", [&] {  // other calls are not reordered by this fault
    h.kernel.sleep_until(milliseconds(600));
    model::ApiRequest decline;
    decline.operation = model::ApiOperation::decline;
    decline.request = 1;
    api.call(decline, milliseconds(10));
  });
  h.kernel.spawn("api-1", [&] {
    while (auto call = api.next_call(seconds(5)))
      arrived.emplace_back(call->request.operation, call->request.sequence);
  });
  h.kernel.run(seconds(10));
  using model::ApiOperation;
  const std::vector<std::pair<ApiOperation, std::int64_t>> expected = {
      {ApiOperation::decline, 0},
      {ApiOperation::update_location, 2},
      {ApiOperation::update_location, 1}};
  EXPECT_EQ(arrived, expected);
}

}  // namespace
}  // namespace dispatchsim::faults::testing
