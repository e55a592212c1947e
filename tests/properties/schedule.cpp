#include "properties/schedule.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <ostream>

#include "explore/choice_tape_file.hpp"
#include "explore/run_spec.hpp"

namespace dispatchsim::testing {

namespace {

using scenarios::RunOptions;
using scenarios::RunResult;
using scenarios::Scenario;

// Values below this are lowered one halving at a time (fiber choices, small counts); larger ones
// (a chance draw, a latency in microseconds) would cost a run per halving for little clarity, and
// zeroing them was already tried.
constexpr std::uint64_t small_value_limit = 1024;

// Where a shrink sequence stands. A candidate's own shrinks start where the candidate was found
// (the chunk size and position that succeeded), not from the top again: coarser steps that
// failed just before rarely succeed one step later, and restarting them after every accepted
// step multiplied the runs spent (measured: about 5,000 runs to shrink a decline-race failure
// from the top each time).
struct ShrinkCursor {
  enum class Phase { all_zero, prefix, zero_chunk, lower_value, done };
  Phase phase = Phase::all_zero;
  std::size_t keep = 0;         // prefix: the next prefix length
  std::size_t chunk = 0;        // zero_chunk: the chunk size
  std::size_t chunk_end = 0;    // zero_chunk: the end of the next chunk (chunks go end to start)
  std::size_t value_index = 0;  // lower_value: one past the next value to lower
  std::uint64_t lowered = 0;    // lower_value: the last value tried at value_index - 1
};

ShrinkCursor cursor_at_start(std::size_t length) {
  ShrinkCursor cursor;
  cursor.keep = length / 2;
  cursor.chunk = length / 2;
  cursor.chunk_end = length;
  cursor.value_index = length;
  return cursor;
}

struct TapeCandidate {
  Tape tape;
  ShrinkCursor resume;  // where the candidate's own shrinks begin
};

// The candidates one step away from a tape, from a cursor on: all zeros; shorter prefixes;
// chunks set to 0, halving the chunk size, from the end towards the start (all-zero chunks are
// skipped: zeroing them again changes nothing); small values halved, last choice first.
class TapeShrinker {
 public:
  TapeShrinker(std::shared_ptr<const Tape> tape, ShrinkCursor cursor)
      : tape_(std::move(tape)), cursor_(cursor) {}

  std::optional<TapeCandidate> next() {
    using Phase = ShrinkCursor::Phase;
    const std::size_t length = tape_->size();
    if (length == 0) return std::nullopt;
    if (cursor_.phase == Phase::all_zero) {
      cursor_.phase = Phase::prefix;
      return TapeCandidate{Tape{}, ShrinkCursor{}};
    }
    if (cursor_.phase == Phase::prefix) {
      if (cursor_.keep > 0 && cursor_.keep < length) {
        Tape prefix = trimmed(
            Tape(tape_->begin(), tape_->begin() + static_cast<std::ptrdiff_t>(cursor_.keep)));
        cursor_.keep += std::max<std::size_t>(1, (length - cursor_.keep) / 2);
        ShrinkCursor resume = cursor_at_start(prefix.size());
        resume.phase = Phase::prefix;
        return TapeCandidate{std::move(prefix), resume};
      }
      cursor_.phase = Phase::zero_chunk;
    }
    if (cursor_.phase == Phase::zero_chunk) {
      if (auto zeroed = next_zeroed_chunk()) return zeroed;
      cursor_.phase = Phase::lower_value;
      cursor_.value_index = length;
    }
    if (cursor_.phase == Phase::lower_value) {
      if (auto lowered = next_lowered_value()) return lowered;
      cursor_.phase = Phase::done;
    }
    return std::nullopt;
  }

 private:
  std::optional<TapeCandidate> next_zeroed_chunk() {
    while (cursor_.chunk > 0) {
      const std::size_t end = std::min(cursor_.chunk_end, tape_->size());
      if (end == 0) {
        cursor_.chunk /= 2;
        cursor_.chunk_end = tape_->size();
        continue;
      }
      const std::size_t start = end > cursor_.chunk ? end - cursor_.chunk : 0;
      cursor_.chunk_end = start;
      const auto first = tape_->begin() + static_cast<std::ptrdiff_t>(start);
      const auto last = tape_->begin() + static_cast<std::ptrdiff_t>(end);
      if (std::all_of(first, last, [](std::uint64_t value) { return value == 0; })) continue;
      Tape zeroed = *tape_;
      std::fill(zeroed.begin() + static_cast<std::ptrdiff_t>(start),
                zeroed.begin() + static_cast<std::ptrdiff_t>(end), 0);
      return TapeCandidate{trimmed(std::move(zeroed)), cursor_};
    }
    return std::nullopt;
  }

  // 0 was tried as a chunk of one; here a small value goes down by halves (v/2, v/4, ..., 1).
  std::optional<TapeCandidate> next_lowered_value() {
    while (cursor_.value_index > 0) {
      const std::size_t index = cursor_.value_index - 1;
      const std::uint64_t value = (*tape_)[index];
      const std::uint64_t from = cursor_.lowered == 0 ? value : cursor_.lowered;
      cursor_.lowered = from / 2;
      if (value > 1 && value < small_value_limit && cursor_.lowered > 0) {
        Tape lower = *tape_;
        lower[index] = cursor_.lowered;
        ShrinkCursor resume = cursor_;
        resume.lowered = 0;  // the candidate holds the lowered value: start halving it afresh
        return TapeCandidate{std::move(lower), resume};
      }
      cursor_.lowered = 0;
      cursor_.value_index = index;
    }
    return std::nullopt;
  }

  std::shared_ptr<const Tape> tape_;
  ShrinkCursor cursor_;
};

Schedule as_schedule(Tape tape) {
  return Schedule{0, std::move(tape)};
}

rc::Shrinkable<Schedule> shrinkable_tape(Tape tape, ShrinkCursor cursor);

// The lazy sequence of a tape's shrinks, each itself shrinkable from where it was found.
class ScheduleShrinks {
 public:
  ScheduleShrinks(std::shared_ptr<const Tape> tape, ShrinkCursor cursor)
      : shrinker_(std::move(tape), cursor) {}

  rc::Maybe<rc::Shrinkable<Schedule>> operator()() {
    auto candidate = shrinker_.next();
    if (!candidate) return rc::Nothing;
    return shrinkable_tape(std::move(candidate->tape), candidate->resume);
  }

 private:
  TapeShrinker shrinker_;
};

rc::Shrinkable<Schedule> shrinkable_tape(Tape tape, ShrinkCursor cursor) {
  auto shared = std::make_shared<const Tape>(std::move(tape));
  return rc::shrinkable::lambda(
      [shared] { return as_schedule(*shared); },
      [shared, cursor] {
        return rc::Seq<rc::Shrinkable<Schedule>>(ScheduleShrinks(shared, cursor));
      });
}

// replay_command() names the run's seed; a tape replaces it.
std::string with_tape_instead_of_seed(std::string command, const std::string& tape_path) {
  const auto seed = command.find(" --seed ");
  if (seed != std::string::npos) {
    const auto end = command.find(' ', seed + 8);
    command.erase(seed, end == std::string::npos ? std::string::npos : end - seed);
  }
  return command + " --tape " + scenarios::shell_quote(tape_path);
}

}  // namespace

void showValue(const Schedule& schedule, std::ostream& out) {
  if (!schedule.tape) {
    out << "seed " << schedule.seed;
    return;
  }
  const auto nonzero = std::count_if(schedule.tape->begin(), schedule.tape->end(),
                                     [](std::uint64_t value) { return value != 0; });
  out << "tape of " << schedule.tape->size() << " choices (" << nonzero << " nonzero):";
  constexpr std::size_t shown = 60;
  for (std::size_t i = 0; i < std::min(shown, schedule.tape->size()); ++i)
    out << ' ' << (*schedule.tape)[i];
  if (schedule.tape->size() > shown) out << " ...";
}

Tape trimmed(Tape tape) {
  while (!tape.empty() && tape.back() == 0) tape.pop_back();
  return tape;
}

rc::Seq<Tape> tape_shrinks(const Tape& tape) {
  const auto shared = std::make_shared<const Tape>(trimmed(tape));
  return rc::seq::map(
      rc::Seq<rc::Shrinkable<Schedule>>(ScheduleShrinks(shared, cursor_at_start(shared->size()))),
      [](const rc::Shrinkable<Schedule>& shrink) { return *shrink.value().tape; });
}

rc::Gen<Schedule> seeded_schedule(const Scenario& scenario, const RunOptions& options) {
  return rc::Gen<Schedule>([scenario, options](const rc::Random& random, int) {
    rc::Random own = random;
    const std::uint64_t seed = own.next();
    // The run is recorded only if rapidcheck asks how to shrink it, i.e. once it failed.
    return rc::shrinkable::lambda(
        [seed] {
          return Schedule{seed, std::nullopt};
        },
        [scenario, options, seed] {
          const auto drawn = std::make_shared<const Tape>(
              run_schedule(scenario, options, Schedule{seed, {}}).drawn);
          return rc::Seq<rc::Shrinkable<Schedule>>(
              ScheduleShrinks(drawn, cursor_at_start(drawn->size())));
        });
  });
}

rc::Gen<Schedule> mixed_tape(std::size_t length_max) {
  const auto element = rc::gen::oneOf(rc::gen::inRange<std::uint64_t>(0, 4),
                                      rc::gen::inRange<std::uint64_t>(0, sim::chance_resolution));
  return rc::gen::map(
      rc::gen::resize(static_cast<int>(length_max), rc::gen::container<Tape>(element)),
      &as_schedule);
}

rc::Gen<Schedule> with_tape_shrinker(rc::Gen<Schedule> generator) {
  return rc::Gen<Schedule>([generator](const rc::Random& random, int size) {
    const Schedule schedule = generator(random, size).value();
    return shrinkable_tape(trimmed(schedule.tape.value_or(Tape{})),
                           cursor_at_start(trimmed(schedule.tape.value_or(Tape{})).size()));
  });
}

ScheduledRun run_schedule(const Scenario& scenario, RunOptions options, const Schedule& schedule) {
  ScheduledRun run;
  options.seed = schedule.seed;
  options.tape = schedule.tape ? &*schedule.tape : nullptr;
  options.record_tape = &run.drawn;
  run.result = scenarios::run_scenario(scenario, options);
  run.drawn = trimmed(std::move(run.drawn));
  return run;
}

std::vector<model::Violation> violations_of(const RunResult& result,
                                            const std::vector<std::string>& properties) {
  std::vector<model::Violation> found;
  for (const model::Violation& violation : result.violations) {
    if (properties.empty() ||
        std::find(properties.begin(), properties.end(), violation.property) != properties.end()) {
      found.push_back(violation);
    }
  }
  return found;
}

std::string failing_tape_path(const std::string& name) {
  const std::filesystem::path directory =
      std::filesystem::path(DISPATCHSIM_BINARY_DIR) / "test-output" / "properties";
  return (directory / (name + ".tape")).string();
}

std::string save_failing_tape(const Scenario& scenario, const RunResult& result, const Tape& tape,
                              const std::string& name) {
  const std::string path = failing_tape_path(name);
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  const std::string command =
      with_tape_instead_of_seed(scenarios::replay_command(scenario, result), path);
  explore::write_choice_tape(path, tape,
                             fmt::format("a counterexample rapidcheck found ({} / {})\nreplay: {}",
                                         scenario.name, result.variant, command));
  return command;
}

void require_no_violation(const Scenario& scenario, const RunOptions& options,
                          const Schedule& schedule, const std::vector<std::string>& properties,
                          const std::string& name) {
  const ScheduledRun run = run_schedule(scenario, options, schedule);
  const auto found = violations_of(run.result, properties);
  if (found.empty()) return;
  const std::string command = save_failing_tape(scenario, run.result, run.drawn, name);
  RC_FAIL(fmt::format("{} violation(s), the first: {}: {}\n  faults fired: {}\n  replay: {}",
                      found.size(), found.front().property, found.front().description,
                      fmt::join(run.result.faults_that_fired(), " "), command));
}

}  // namespace dispatchsim::testing
