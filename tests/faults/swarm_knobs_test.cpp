// Swarm knobs (faults/swarm_knobs.hpp): a seed's draw is a pure function of the seed, stays
// within the scenario's ranges, reaches both ends of every range over a few hundred seeds, and
// draws nothing — not even a stream — when the scenario lists no knob.

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "faults/swarm_knobs.hpp"
#include "sim/choice_source.hpp"

namespace dispatchsim::faults {
namespace {

// One range per catalogue knob: a low end at the knob's lowest, a high end well inside it.
std::vector<KnobRange> every_knob() {
  std::vector<KnobRange> ranges;
  for (const KnobInfo& knob : knob_catalogue()) {
    ranges.push_back(
        KnobRange{&knob, knob.lowest, std::min<std::int64_t>(knob.highest, knob.lowest + 40)});
  }
  return ranges;
}

std::vector<KnobDraw> draw(std::uint64_t seed, const std::vector<KnobRange>& ranges,
                           model::WorldConfig& world) {
  sim::PrngChoiceSource choices(seed);
  return draw_swarm_knobs(choices, ranges, world);
}

TEST(SwarmKnobs, TheCatalogueIdsAreUniqueAndFound) {
  std::map<std::string_view, int> seen;
  for (const KnobInfo& knob : knob_catalogue()) {
    EXPECT_EQ(++seen[knob.id], 1) << knob.id;
    EXPECT_EQ(knob_from_id(knob.id), &knob);
    EXPECT_LE(knob.lowest, knob.highest) << knob.id;
  }
  EXPECT_EQ(knob_from_id("warp_speed"), nullptr);
}

TEST(SwarmKnobs, ADrawIsAPureFunctionOfTheSeed) {
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    model::WorldConfig first_world, second_world;
    const auto first = draw(seed, every_knob(), first_world);
    const auto second = draw(seed, every_knob(), second_world);
    ASSERT_EQ(first.size(), second.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
      EXPECT_EQ(first[i].kind, second[i].kind) << "seed " << seed;
      EXPECT_EQ(first[i].value, second[i].value) << "seed " << seed;
    }
  }
}

TEST(SwarmKnobs, EveryDrawStaysInItsRangeAndIsSetInTheWorld) {
  const auto ranges = every_knob();
  for (std::uint64_t seed = 1; seed <= 200; ++seed) {
    const model::WorldConfig written;
    model::WorldConfig world;
    const auto drawn = draw(seed, ranges, world);
    ASSERT_EQ(drawn.size(), ranges.size());
    for (std::size_t i = 0; i < drawn.size(); ++i) {
      const KnobInfo& knob = *ranges[i].knob;
      SCOPED_TRACE(std::string(knob.id) + " seed " + std::to_string(seed));
      EXPECT_EQ(drawn[i].knob, &knob);
      EXPECT_EQ(knob.get(world), drawn[i].value);
      if (drawn[i].kind == KnobDrawKind::as_written) {
        EXPECT_EQ(drawn[i].value, knob.get(written));
        continue;
      }
      EXPECT_GE(drawn[i].value, ranges[i].low * knob.unit);
      EXPECT_LE(drawn[i].value, ranges[i].high * knob.unit);
      if (drawn[i].kind == KnobDrawKind::low) {
        EXPECT_EQ(drawn[i].value, ranges[i].low * knob.unit);
      }
      if (drawn[i].kind == KnobDrawKind::high) {
        EXPECT_EQ(drawn[i].value, ranges[i].high * knob.unit);
      }
    }
  }
}

TEST(SwarmKnobs, TwoHundredSeedsReachBothEndsOfEveryRangeAndLeaveSomeAsWritten) {
  const auto ranges = every_knob();
  std::map<std::string_view, std::map<KnobDrawKind, int>> kinds;
  std::map<std::string_view, int> strictly_between;
  for (std::uint64_t seed = 1; seed <= 200; ++seed) {
    model::WorldConfig world;
    for (const KnobDraw& knob : draw(seed, ranges, world)) {
      ++kinds[knob.knob->id][knob.kind];
      const auto& range = ranges[static_cast<std::size_t>(knob.knob - knob_catalogue().data())];
      if (knob.kind == KnobDrawKind::log_uniform && knob.value > range.low * knob.knob->unit &&
          knob.value < range.high * knob.knob->unit) {
        ++strictly_between[knob.knob->id];
      }
    }
  }
  for (const KnobInfo& knob : knob_catalogue()) {
    SCOPED_TRACE(std::string(knob.id));
    EXPECT_GT(kinds[knob.id][KnobDrawKind::low], 20);
    EXPECT_GT(kinds[knob.id][KnobDrawKind::high], 20);
    EXPECT_GT(kinds[knob.id][KnobDrawKind::as_written], 20);
    EXPECT_GT(strictly_between[knob.id], 10);
  }
}

TEST(SwarmKnobs, NoRangeDrawsNothingAndRegistersNoStream) {
  sim::PrngChoiceSource choices(7);
  model::WorldConfig world;
  EXPECT_TRUE(draw_swarm_knobs(choices, {}, world).empty());
  EXPECT_EQ(choices.draws(), 0u);
  // The first stream registered afterwards gets id 0: the knobs took none.
  EXPECT_EQ(choices.stream("swarm"), 0u);
}

TEST(SwarmKnobs, ARangeOfLatencySetsItsUpperEndAndKeepsItARange) {
  const KnobInfo* latency = knob_from_id("db_statement_latency_us");
  ASSERT_NE(latency, nullptr);
  model::WorldConfig world;
  world.timing.db_statement_latency = model::DurationRange{200, 5000};
  latency->set(world, 100);
  EXPECT_EQ(world.timing.db_statement_latency.max, 100);
  EXPECT_EQ(world.timing.db_statement_latency.min, 100);
  latency->set(world, 50000);
  EXPECT_EQ(world.timing.db_statement_latency.max, 50000);
  EXPECT_EQ(world.timing.db_statement_latency.min, 100);
}

}  // namespace
}  // namespace dispatchsim::faults
