// The confidence maths against values computed by hand (and by R's binom.test / qbeta).

#include <gtest/gtest.h>

#include "explore/confidence.hpp"
#include "explore/sweep_confidence.hpp"

namespace dispatchsim::explore {
namespace {

TEST(Confidence, NoViolationInNRunsBoundsTheRateByTheRuleOfThree) {
  // 1 - 0.05^(1/n): the exact form of 3/n.
  EXPECT_NEAR(upper_violation_rate(0, 2000), 0.001497, 0.000001);
  EXPECT_EQ(percent_text(upper_violation_rate(0, 2000)), "0.15 %");
  EXPECT_NEAR(upper_violation_rate(0, 100), 0.0295, 0.0001);
  EXPECT_NEAR(upper_violation_rate(0, 300), 3.0 / 300, 0.0003);
  EXPECT_DOUBLE_EQ(upper_violation_rate(0, 0), 1.0);
  EXPECT_LT(upper_violation_rate(0, 2000, 0.99), upper_violation_rate(0, 1000, 0.99));
  EXPECT_GT(upper_violation_rate(0, 2000, 0.99), upper_violation_rate(0, 2000, 0.95));
}

TEST(Confidence, SomeViolationsGiveTheClopperPearsonUpperBound) {
  // qbeta(0.95, k + 1, n - k): one-sided 95 % upper bounds.
  EXPECT_NEAR(upper_violation_rate(1, 10), 0.3942, 0.0005);
  EXPECT_NEAR(upper_violation_rate(5, 10), 0.7776, 0.0005);
  EXPECT_NEAR(upper_violation_rate(14, 100), 0.2097, 0.0010);
  EXPECT_DOUBLE_EQ(upper_violation_rate(10, 10), 1.0);
  EXPECT_GT(upper_violation_rate(1, 2000), upper_violation_rate(0, 2000));
}

TEST(Confidence, AFixNeedsCleanSeedsInProportionToHowRareItsFlawWas) {
  EXPECT_EQ(clean_runs_to_believe_fix(14, 100), 20);  // ln 0.05 / ln 0.86 = 19.9
  EXPECT_EQ(clean_runs_to_believe_fix(1, 100), 299);  // ~ 3n/k
  EXPECT_EQ(clean_runs_to_believe_fix(50, 100), 5);   // 0.5^5 = 3 % <= 5 %, 0.5^4 = 6 %
  EXPECT_EQ(clean_runs_to_believe_fix(100, 100), 1);
  EXPECT_EQ(clean_runs_to_believe_fix(0, 100), 0);
  EXPECT_GT(clean_runs_to_believe_fix(1, 100, 0.99), clean_runs_to_believe_fix(1, 100));
}

TEST(Confidence, SaturationCountsDistinctFindingsAndTheChanceOfANewOne) {
  const Saturation found = saturation({{"a"}, {"a", "b", "a"}, {}, {"b"}, {"c"}}, 5);
  EXPECT_EQ(found.distinct, 3);
  EXPECT_EQ(found.seen_once, 1);  // c
  EXPECT_DOUBLE_EQ(found.new_finding_chance, 0.2);
  EXPECT_EQ(found.found_in_last_half, 1);
  ASSERT_EQ(found.curve.size(), 5u);
  const std::vector<std::int64_t> distinct = {1, 2, 2, 2, 3};
  for (std::size_t i = 0; i < distinct.size(); ++i) {
    EXPECT_EQ(found.curve[i].runs, static_cast<std::int64_t>(i + 1));
    EXPECT_EQ(found.curve[i].distinct, distinct[i]);
  }
}

TEST(Confidence, ASaturationCurveHasAtMostItsPointsAndEndsAtTheLastRun) {
  std::vector<std::vector<std::string>> findings(1000);
  for (std::size_t i = 0; i < findings.size(); i += 7) findings[i] = {std::to_string(i % 50)};
  const Saturation found = saturation(findings, 10);
  ASSERT_EQ(found.curve.size(), 10u);
  EXPECT_EQ(found.curve.front().runs, 100);
  EXPECT_EQ(found.curve.back().runs, 1000);
  EXPECT_EQ(found.curve.back().distinct, found.distinct);
  EXPECT_EQ(found.distinct, 50);
  EXPECT_EQ(found.found_in_last_half, 0);
  for (std::size_t i = 1; i < found.curve.size(); ++i) {
    EXPECT_GE(found.curve[i].distinct, found.curve[i - 1].distinct);
  }
  EXPECT_TRUE(saturation({}, 10).curve.empty());
}

TEST(Confidence, ASweepSaturatesInRootCausesBeforeSignatures) {
  // Three runs, four shapes of two bugs: the signature curve still climbs, the root-cause one
  // (what triage groups by) has stopped.
  const auto run = [](std::uint64_t seed, std::vector<std::pair<std::string, std::string>> shapes) {
    RunRecord record;
    record.scenario = "s";
    record.variant = "plan";
    record.seed = seed;
    for (const auto& [signature, cause] : shapes)
      record.signatures.push_back({signature, cause, "p", "", "", 1});
    return record;
  };
  const std::vector<RunRecord> records = {run(1, {{"a", "x"}, {"b", "y"}}), run(2, {{"c", "x"}}),
                                          run(3, {{"d", "y"}})};
  std::vector<const RunRecord*> runs;
  for (const RunRecord& record : records) runs.push_back(&record);
  const std::set<std::string> checked = {"p"};
  const SweepConfidence confidence = sweep_confidence(
      runs, {"plan"}, [&](const std::string&) -> const std::set<std::string>& { return checked; });
  ASSERT_EQ(confidence.saturation.size(), 1u);
  EXPECT_EQ(confidence.saturation[0].saturation.distinct, 4);
  EXPECT_EQ(confidence.saturation[0].root_causes.distinct, 2);
  EXPECT_EQ(confidence.saturation[0].root_causes.found_in_last_half, 0);
  EXPECT_EQ(confidence.saturation[0].saturation.found_in_last_half, 1);  // d, in run 3
}

}  // namespace
}  // namespace dispatchsim::explore
