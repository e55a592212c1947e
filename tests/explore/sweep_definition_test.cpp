#include <gtest/gtest.h>

#include <set>

#include "explore/input_error.hpp"
#include "explore/sweep_definition.hpp"
#include "explore/sweep_orchestrator.hpp"

namespace dispatchsim::explore {
namespace {

SweepDefinition three_by_two(std::uint64_t first, std::uint64_t last) {
  SweepDefinition definition;
  definition.scenarios = {{"a", "a", "0"}, {"b", "b", "0"}, {"c", "c", "0"}};
  definition.variants = {"legacy", "plan"};
  definition.seeds = {first, last};
  return definition;
}

TEST(SweepDefinition, WorkListIsSeedMajorAndCoversEveryRunOnce) {
  const SweepDefinition definition = three_by_two(5, 9);
  ASSERT_EQ(definition.run_count(), 30u);
  std::set<std::tuple<std::size_t, std::size_t, std::uint64_t>> seen;
  for (std::size_t i = 0; i < definition.run_count(); ++i) {
    const WorkItem item = definition.item(i);
    EXPECT_EQ(item.seed, 5 + i / 6) << "seed-major: every combination of seed 5 comes first";
    seen.emplace(item.scenario, item.variant, item.seed);
  }
  EXPECT_EQ(seen.size(), 30u);
}

TEST(SweepDefinition, ShardsPartitionTheRunsExactly) {
  const SweepDefinition definition = three_by_two(1, 200);
  std::vector<std::size_t> per_shard(3);
  for (std::size_t i = 0; i < definition.run_count(); ++i) {
    const WorkItem item = definition.item(i);
    int owners = 0;
    for (int shard = 1; shard <= 3; ++shard) {
      if (Shard{shard, 3}.contains(definition.scenarios[item.scenario].name,
                                   definition.variants[item.variant], item.seed)) {
        ++owners;
        ++per_shard[static_cast<std::size_t>(shard - 1)];
      }
    }
    EXPECT_EQ(owners, 1) << "run " << i << " must belong to exactly one shard";
  }
  for (std::size_t count : per_shard) EXPECT_GT(count, 150u) << "shards are roughly balanced";
}

TEST(SweepDefinition, IdDependsOnWhatDecidesTheRunsOnly) {
  SweepDefinition a = three_by_two(1, 10);
  SweepDefinition b = a;
  b.scenarios[0].argument = "/elsewhere/a.toml";  // the same file at another path
  EXPECT_EQ(a.id(), b.id());
  b.scenarios[0].content_hash = "1";  // the file changed
  EXPECT_NE(a.id(), b.id());
  SweepDefinition c = a;
  c.fixes = std::set<int>{1, 2};
  EXPECT_NE(a.id(), c.id());
}

TEST(SweepDefinition, ParsesSeedsShardsAndDurationsAndSaysWhatToType) {
  EXPECT_EQ(parse_seed_range("1..100").size(), 100u);
  EXPECT_EQ(parse_seed_range("7").first, 7u);
  EXPECT_EQ(parse_shard("2/3").index, 2);
  EXPECT_DOUBLE_EQ(parse_duration_seconds("1h30m", "--time-budget"), 5400);
  EXPECT_DOUBLE_EQ(parse_duration_seconds("500ms", "--time-budget"), 0.5);
  EXPECT_DOUBLE_EQ(parse_duration_seconds("90", "--time-budget"), 90);
  for (const char* bad : {"5..1", "a..b", "1..", ""}) {
    try {
      parse_seed_range(bad);
      ADD_FAILURE() << bad;
    } catch (const InputError& error) {
      EXPECT_NE(std::string(error.what()).find("e.g. --seeds 1..100"), std::string::npos);
    }
  }
  EXPECT_THROW(parse_shard("4/3"), InputError);
  EXPECT_THROW(parse_shard("0/3"), InputError);
  EXPECT_THROW(parse_duration_seconds("ten minutes", "--time-budget"), InputError);
}

}  // namespace
}  // namespace dispatchsim::explore
