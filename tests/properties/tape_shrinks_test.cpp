// The tape shrinker's contract (schedule.hpp): every candidate is a simpler run than the tape it
// came from — no choice larger, none added, trailing zeros dropped — and the first candidate is
// the simplest run of all. Pure functions, no simulation: milliseconds.

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "properties/schedule.hpp"

namespace dispatchsim::testing {
namespace {

std::vector<Tape> all_shrinks(const Tape& tape) {
  std::vector<Tape> shrinks;
  auto sequence = tape_shrinks(tape);
  while (auto next = sequence.next()) shrinks.push_back(*next);
  return shrinks;
}

// Past a tape's end every choice is 0.
std::uint64_t choice_at(const Tape& tape, std::size_t index) {
  return index < tape.size() ? tape[index] : 0;
}

TEST(TapeShrinks, TheFirstCandidateIsTheAllZeroRunAndAnEmptyTapeHasNone) {
  const auto shrinks = all_shrinks({0, 5, 0, 3, 0});
  ASSERT_FALSE(shrinks.empty());
  EXPECT_EQ(shrinks.front(), Tape{});
  EXPECT_TRUE(all_shrinks({}).empty());
  EXPECT_TRUE(all_shrinks({0, 0, 0}).empty()) << "an all-zero tape is the empty tape";
}

RC_GTEST_PROP(TapeShrinks, EveryCandidateIsASimplerRun, ()) {
  const Tape tape = *rc::gen::container<Tape>(rc::gen::inRange<std::uint64_t>(0, 3000));
  const Tape original = trimmed(tape);
  for (const Tape& shrink : all_shrinks(tape)) {
    RC_ASSERT(shrink == trimmed(shrink));
    RC_ASSERT(shrink.size() <= original.size());
    RC_ASSERT(shrink != original);
    for (std::size_t i = 0; i < original.size(); ++i)
      RC_ASSERT(choice_at(shrink, i) <= original[i]);
  }
}

}  // namespace
}  // namespace dispatchsim::testing
