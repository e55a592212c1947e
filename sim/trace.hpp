#pragma once
// The trace of a run: every event (virtual time, process, kind, numeric fields) is folded into a
// rolling 64-bit hash. Two runs of the same (scenario, variant, seed, strategy) must produce the
// same hash; `replay` checks exactly that. Keeping the events themselves (for explain, replay
// diffs, --trace files) is optional because it costs memory on the hot path.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sim/virtual_time.hpp"

namespace dispatchsim::sim {

struct TraceEvent {
  std::uint64_t index = 0;
  Micros time = 0;
  std::uint32_t process = 0;  // 0 is the kernel itself
  std::string_view kind;      // a string literal: stable for the program's lifetime
  std::array<std::int64_t, 3> fields{};
  std::string text;         // human-readable detail; not hashed
  std::uint64_t draws = 0;  // choices drawn before it (a tape prefix that reaches it); not hashed
};

class Trace {
 public:
  void keep_events(bool keep) { keep_events_ = keep; }
  bool keeps_events() const { return keep_events_; }

  // Records one event. kind must be a string literal (or otherwise outlive the trace).
  void record(Micros time, std::uint32_t process, std::string_view kind, std::int64_t a = 0,
              std::int64_t b = 0, std::int64_t c = 0, std::string text = {});

  // Keeps, for every event, its process and the stable hash of its kind (not hashed, so the
  // trace hash is the same either way): guided exploration's coverage features.
  struct KindStep {
    std::uint32_t process = 0;
    std::uint64_t kind_hash = 0;
    Micros time = 0;
    std::uint64_t draws = 0;  // choices drawn before it: a tape prefix this long reaches it
  };
  void keep_kind_steps(bool keep) { keep_kind_steps_ = keep; }
  // Kept events note this counter's value (the run's choices drawn so far).
  void count_draws_from(const std::uint64_t* draws) { draws_ = draws; }
  const std::vector<KindStep>& kind_steps() const { return kind_steps_; }

  std::uint64_t hash() const { return hash_; }
  std::uint64_t event_count() const { return count_; }
  const std::vector<TraceEvent>& events() const { return events_; }

 private:
  std::uint64_t hash_ = 0x6a09e667f3bcc908ULL;
  std::uint64_t count_ = 0;
  bool keep_events_ = false;
  bool keep_kind_steps_ = false;
  const std::uint64_t* draws_ = nullptr;
  std::vector<TraceEvent> events_;
  std::vector<KindStep> kind_steps_;
};

}  // namespace dispatchsim::sim
