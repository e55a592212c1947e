#include <gtest/gtest.h>

#include "explore/causal_chain.hpp"
#include "explore/input_error.hpp"
#include "explore/request_timeline.hpp"
#include "support/known_seeds.hpp"
#include "support/text.hpp"

namespace dispatchsim::explore {
namespace {

using testing::contains;
using testing::read_text;

scenarios::RunResult traced_run(const std::string& variant, std::uint64_t seed) {
  scenarios::RunOptions options;
  options.variant = variant;
  options.seed = seed;
  options.keep_trace = true;
  return scenarios::run_scenario(
      scenarios::load_scenario(scenarios::resolve_scenario("decline-race")), options);
}

// legacy seed 5: request 2 is declined by driver 3, then worker-1 dispatches it to driver 2.
TEST(RequestTimeline, TellsTheDeclineRaceOfTheViolatingRequest) {
  const scenarios::RunResult result = traced_run("legacy", testing::decline_race_legacy_seed);
  const auto timelines = build_timelines(result, std::nullopt);
  ASSERT_EQ(timelines.size(), 1u);
  const RequestTimeline& timeline = timelines[0];
  EXPECT_EQ(timeline.request, 2);
  EXPECT_EQ(timeline.violations.size(), 2u);
  std::size_t decline = 0, late_dispatch = 0;
  for (std::size_t i = 0; i < timeline.entries.size(); ++i) {
    const TimelineEntry& entry = timeline.entries[i];
    if (i > 0) {
      EXPECT_GE(entry.time, timeline.entries[i - 1].time) << "in run order";
    }
    const bool transaction_boundary =
        entry.kind == "db.begin" || entry.kind == "db.commit" || entry.kind == "db.rollback";
    if (entry.kind.starts_with("db.") && !transaction_boundary) {
      EXPECT_TRUE(contains(entry.detail, "id = 2") || contains(entry.detail, "VALUES (2,"))
          << entry.detail;
    }
    if (!entry.violated.empty() && entry.kind == "status-committed") decline = i;
    if (!entry.violated.empty() && entry.kind == "dispatch-logged") late_dispatch = i;
  }
  ASSERT_GT(decline, 0u);
  EXPECT_GT(late_dispatch, decline)
      << "the dispatch marked as the violation comes after the decline";
  EXPECT_EQ(timeline.entries[late_dispatch].process, "worker-1");
  const std::string text = timelines_text(result, timelines);
  EXPECT_TRUE(contains(text, "UPDATE ride_requests SET status = 'DECLINED', declined_by = 3"));
  EXPECT_TRUE(contains(text, "<== VIOLATION no-dispatch-after-decline"));
  const auto json = timelines_json(result, timelines);
  EXPECT_EQ(json["requests"][0]["request"], 2);
  EXPECT_EQ(json["requests"][0]["events"].size(), timeline.entries.size());
}

TEST(RequestTimeline, ExplainsANamedRequestAndSaysWhichExist) {
  const scenarios::RunResult result = traced_run("hardened", 1);
  ASSERT_FALSE(result.violated());
  EXPECT_THROW(build_timelines(result, std::nullopt), InputError);
  EXPECT_THROW(build_timelines(result, 99), InputError);
  const auto timelines = build_timelines(result, 3);
  ASSERT_EQ(timelines.size(), 1u);
  EXPECT_FALSE(timelines[0].entries.empty());
  for (const auto& entry : timelines[0].entries) EXPECT_TRUE(entry.violated.empty());
}

// plan seed 68: worker-1 checks request 7's status, driver 1's decline commits, then worker-1
// writes its dispatch_log row. The write must be in the timeline with its parameters — Fix 2's
// INSERT ends in ON CONFLICT ... DO UPDATE, which the timeline once failed to attribute — and so
// must the BEGIN/COMMIT around the decline, which the worker's check is outside of.
TEST(RequestTimeline, ShowsEveryStatementWithItsParametersAndTransactions) {
  const scenarios::RunResult result = traced_run("plan", testing::decline_race_plan_seed);
  const auto timelines = build_timelines(result, std::nullopt);
  ASSERT_EQ(timelines.size(), 1u);
  const std::string text = timelines_text(result, timelines);
  EXPECT_TRUE(contains(
      text,
      "INSERT INTO dispatch_log (request_id, driver_id, sent_at, idempotency_key) VALUES (7, 4, "
      "sim_now(), 'dispatch:7:4:2') ON CONFLICT"))
      << text;
  std::size_t inserts = 0, logged = 0, begins = 0, commits = 0;
  for (const TimelineEntry& entry : timelines[0].entries) {
    inserts += entry.kind == "db.insert" && entry.table == "dispatch_log" ? 1 : 0;
    logged += entry.kind == "dispatch-logged" ? 1 : 0;
    begins += entry.kind == "db.begin" ? 1 : 0;
    commits += entry.kind == "db.commit" ? 1 : 0;
  }
  EXPECT_EQ(inserts, logged) << "every dispatch-logged row has its INSERT";
  EXPECT_GT(begins, 0u);
  EXPECT_EQ(begins, commits);
}

// A pause of timeline_gap or more is labelled with what the next event's process waited for.
TEST(RequestTimeline, LabelsThePausesWithWhatTheProcessWaitedFor) {
  const scenarios::RunResult result = traced_run("plan", testing::decline_race_plan_seed);
  const auto timelines = build_timelines(result, std::nullopt);
  const auto& entries = timelines[0].entries;
  std::size_t labelled = 0;
  for (std::size_t i = 1; i < entries.size(); ++i) {
    const bool long_pause =
        entries[i].time - entries[i - 1].time >= timeline_gap && !entries[i].is_log;
    EXPECT_EQ(!entries[i].waited.empty(), long_pause)
        << entries[i].kind << " at " << entries[i].time;
    labelled += entries[i].waited.empty() ? 0 : 1;
  }
  ASSERT_GT(labelled, 0u);
  const std::string text = timelines_text(result, timelines);
  EXPECT_TRUE(contains(text, "s: driver 4 deciding (the driver's think time)")) << text;
}

// --causal: the events leading to the violation, and nothing about offers that played no part.
TEST(RequestTimeline, CausalChainKeepsWhatLeadsToTheViolationOnly) {
  const scenarios::RunResult result = traced_run("plan", testing::decline_race_plan_seed);
  const auto full = build_timelines(result, std::nullopt);
  const auto chain = build_timelines(result, std::nullopt, true);
  ASSERT_EQ(chain.size(), 1u);
  EXPECT_LT(chain[0].entries.size(), full[0].entries.size() / 2 + 10);
  std::size_t violating = 0;
  for (const TimelineEntry& entry : full[0].entries) violating += entry.violated.empty() ? 0 : 1;
  bool decline_request = false, worker_check = false, worker_insert = false,
       offer_to_driver_3 = false;
  std::size_t kept_violating = 0;
  for (const TimelineEntry& entry : chain[0].entries) {
    kept_violating += entry.violated.empty() ? 0 : 1;
    decline_request |= entry.kind == "decline-submitted" && entry.driver == 1;
    worker_check |= entry.process == "worker-1" && entry.kind == "db.select";
    worker_insert |= entry.process == "worker-1" && entry.kind == "db.insert";
    offer_to_driver_3 |= entry.kind == "broker.deliver" && entry.driver == 3;
  }
  EXPECT_EQ(kept_violating, violating) << "every violating event stays";
  EXPECT_TRUE(decline_request) << "driver 1's app asked for the decline that committed";
  EXPECT_TRUE(worker_check) << "the status check outside the transaction";
  EXPECT_TRUE(worker_insert) << "the write after it";
  EXPECT_FALSE(offer_to_driver_3) << "driver 3's offer has no part in it";
  EXPECT_TRUE(contains(timeline_participants(chain[0]), "worker-1"))
      << timeline_participants(chain[0]);
  EXPECT_TRUE(contains(timeline_participants(chain[0]),
                       "tables: dispatch_log, dispatch_queue, ride_requests"));
  // A timeline without a violation is kept whole.
  const scenarios::RunResult clean = traced_run("hardened", 1);
  EXPECT_EQ(build_timelines(clean, 3, true)[0].entries.size(),
            build_timelines(clean, 3)[0].entries.size());
}

}  // namespace
}  // namespace dispatchsim::explore
