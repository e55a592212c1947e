#include "sim/choice_source.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace dispatchsim::sim {

StreamId ChoiceSource::stream(std::string_view name) {
  for (StreamId id = 0; id < stream_names_.size(); ++id) {
    if (stream_names_[id] == name) return id;
  }
  const auto id = static_cast<StreamId>(stream_names_.size());
  stream_names_.emplace_back(name);
  on_stream_registered(id, name);
  return id;
}

std::uint64_t ChoiceSource::choose(StreamId stream, std::uint64_t options) {
  assert(options >= 1);
  assert(stream < stream_names_.size());
  if (options <= 1) return 0;
  const std::uint64_t value = draw(stream, options);
  assert(value < options);
  ++draws_;
  if (recorded_ != nullptr) recorded_->push_back(value);
  return value;
}

bool ChoiceSource::chance(StreamId stream, double probability) {
  if (!(probability > 0.0)) return false;
  const auto firing = static_cast<std::uint64_t>(
      std::ceil(std::min(probability, 1.0) * static_cast<double>(chance_resolution)));
  // High values fire, so shrinking a tape value toward 0 switches the fault off.
  return choose(stream, chance_resolution) >= chance_resolution - firing;
}

std::int64_t ChoiceSource::uniform(StreamId stream, std::int64_t low, std::int64_t high) {
  if (low >= high) return low;
  const auto span = static_cast<std::uint64_t>(high - low) + 1;
  return low + static_cast<std::int64_t>(choose(stream, span));
}

void PrngChoiceSource::on_stream_registered([[maybe_unused]] StreamId id, std::string_view name) {
  assert(id == streams_.size());
  std::uint64_t mixed = seed_ ^ stable_hash(name);
  streams_.emplace_back(splitmix64(mixed));
}

std::uint64_t PrngChoiceSource::draw(StreamId stream, std::uint64_t options) {
  return streams_[stream].below(options);
}

std::uint64_t TapeChoiceSource::draw(StreamId, std::uint64_t options) {
  if (position_ >= tape_.size()) return 0;
  return std::min(tape_[position_++], options - 1);
}

}  // namespace dispatchsim::sim
