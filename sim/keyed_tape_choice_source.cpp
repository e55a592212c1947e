#include "sim/keyed_tape_choice_source.hpp"

#include <algorithm>
#include <cassert>

#include "sim/kernel.hpp"

namespace dispatchsim::sim {

KeyedTapeChoiceSource::KeyedTapeChoiceSource(const std::vector<std::uint64_t>& prefix,
                                             const std::vector<std::uint64_t>& keys,
                                             std::uint64_t seed)
    : keyed_(!keys.empty()), seed_(seed) {
  if (!keyed_) {
    prefix_ = prefix;
    return;
  }
  assert(keys.size() == prefix.size());
  for (std::size_t i = 0; i < prefix.size(); ++i) by_key_[keys[i]].values.push_back(prefix[i]);
}

void KeyedTapeChoiceSource::on_stream_registered([[maybe_unused]] StreamId id,
                                                 std::string_view name) {
  assert(id == streams_.size());
  streams_.push_back(stream_prng(seed_, name));
}

std::uint64_t KeyedTapeChoiceSource::draw(StreamId stream, std::uint64_t options) {
  const std::uint64_t drawn_by = key(stream, kernel_ == nullptr ? 0 : kernel_->current());
  if (recorded_keys_ != nullptr) recorded_keys_->push_back(drawn_by);
  if (!keyed_) {
    if (position_ < prefix_.size()) return std::min(prefix_[position_++], options - 1);
    return streams_[stream].below(options);
  }
  const auto found = by_key_.find(drawn_by);
  if (found != by_key_.end() && found->second.next < found->second.values.size()) {
    return std::min(found->second.values[found->second.next++], options - 1);
  }
  return streams_[stream].below(options);
}

}  // namespace dispatchsim::sim
