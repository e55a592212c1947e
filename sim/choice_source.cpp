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
  if (recorded_options_ != nullptr) recorded_options_->push_back(options);
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

Prng stream_prng(std::uint64_t seed, std::string_view name) {
  std::uint64_t mixed = seed ^ stable_hash(name);
  return Prng(splitmix64(mixed));
}

void PrngChoiceSource::on_stream_registered([[maybe_unused]] StreamId id, std::string_view name) {
  assert(id == streams_.size());
  streams_.push_back(stream_prng(seed_, name));
}

std::uint64_t PrngChoiceSource::draw(StreamId stream, std::uint64_t options) {
  return streams_[stream].below(options);
}

std::uint64_t TapeChoiceSource::draw(StreamId, std::uint64_t options) {
  if (position_ >= tape_.size()) return 0;
  return std::min(tape_[position_++], options - 1);
}

void ReseededTapeChoiceSource::on_stream_registered([[maybe_unused]] StreamId id,
                                                    std::string_view name) {
  assert(id == streams_.size());
  streams_.push_back(stream_prng(seed_, name));
}

std::uint64_t ReseededTapeChoiceSource::draw(StreamId stream, std::uint64_t options) {
  if (position_ < prefix_.size()) return std::min(prefix_[position_++], options - 1);
  return streams_[stream].below(options);
}

}  // namespace dispatchsim::sim
