#include <gtest/gtest.h>

#include "explore/input_error.hpp"
#include "explore/request_timeline.hpp"
#include "support/known_seeds.hpp"

namespace dispatchsim::explore {
namespace {

scenarios::RunResult traced_run(const std::string& variant, std::uint64_t seed) {
  scenarios::RunOptions options;
  options.variant = variant;
  options.seed = seed;
  options.keep_trace = true;
  return scenarios::run_scenario(scenarios::load_scenario(scenarios::resolve_scenario("decline-race")), options);
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

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
    if (entry.kind.starts_with("db.")) {
      EXPECT_TRUE(contains(entry.detail, "id = 2") || contains(entry.detail, "VALUES (2,")) << entry.detail;
    }
    if (!entry.violated.empty() && entry.kind == "status-committed") decline = i;
    if (!entry.violated.empty() && entry.kind == "dispatch-logged") late_dispatch = i;
  }
  ASSERT_GT(decline, 0u);
  EXPECT_GT(late_dispatch, decline) << "the dispatch marked as the violation comes after the decline";
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

}  // namespace
}  // namespace dispatchsim::explore
