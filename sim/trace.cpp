#include "sim/trace.hpp"

#include "sim/prng.hpp"

namespace dispatchsim::sim {

namespace {
std::uint64_t fold(std::uint64_t hash, std::uint64_t value) {
  std::uint64_t state = hash ^ (value + 0x9e3779b97f4a7c15ULL + (hash << 6) + (hash >> 2));
  return splitmix64(state);
}
}  // namespace

void Trace::record(Micros time, std::uint32_t process, std::string_view kind, std::int64_t a,
                   std::int64_t b, std::int64_t c, std::string text) {
  hash_ = fold(hash_, static_cast<std::uint64_t>(time));
  hash_ = fold(hash_, process);
  const std::uint64_t kind_hash = stable_hash(kind);
  hash_ = fold(hash_, kind_hash);
  if (keep_kind_steps_)
    kind_steps_.push_back(KindStep{process, kind_hash, time, draws_ != nullptr ? *draws_ : 0});
  hash_ = fold(hash_, static_cast<std::uint64_t>(a));
  hash_ = fold(hash_, static_cast<std::uint64_t>(b));
  hash_ = fold(hash_, static_cast<std::uint64_t>(c));
  if (keep_events_) {
    events_.push_back(TraceEvent{
        count_, time, process, kind, {a, b, c}, std::move(text), draws_ != nullptr ? *draws_ : 0});
  }
  ++count_;
}

}  // namespace dispatchsim::sim
