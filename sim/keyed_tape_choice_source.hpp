#pragma once
// Guided exploration's choice source (explore/guided_corpus.hpp). Like ReseededTapeChoiceSource
// — a tape prefix, then the seed's named streams — and it also records each draw's key: the
// stream and the process that drew it. Given a keyed tape (each value with its key), it replays
// per key instead of per position: the n-th draw of (stream, process) takes the n-th value the
// tape holds for that key, whatever the other processes did in between. So a run whose one
// choice was moved (a driver thinks 300 ms less) keeps every other process's own delays and
// decisions: the worker's statements take as long as they did, and the moved event lands where
// it was aimed, instead of every later position being read by another process's draw (a chance
// draw's value read as a latency). A keyed replay is a way to build an input, not a new kind of
// run: the run's own tape, recorded in draw order as always, replays it exactly.

#include <cstdint>
#include <map>
#include <vector>

#include "sim/choice_source.hpp"

namespace dispatchsim::sim {

class Kernel;

class KeyedTapeChoiceSource final : public ChoiceSource {
 public:
  // keys empty: prefix replayed by position (exactly ReseededTapeChoiceSource); else keys is
  // parallel to prefix and the prefix is replayed per key.
  KeyedTapeChoiceSource(const std::vector<std::uint64_t>& prefix,
                        const std::vector<std::uint64_t>& keys, std::uint64_t seed);

  // The kernel whose current process draws (before it exists, and from the kernel's own context,
  // the process is 0).
  void follow(const Kernel* kernel) { kernel_ = kernel; }
  // Appends each later draw's key (parallel to the tape ChoiceSource::record_into records).
  void record_keys_into(std::vector<std::uint64_t>* keys) { recorded_keys_ = keys; }

  static std::uint64_t key(StreamId stream, std::uint64_t process) {
    return (static_cast<std::uint64_t>(stream) << 32) | (process & 0xffffffffu);
  }
  static std::uint64_t process_of(std::uint64_t key) { return key & 0xffffffffu; }

 protected:
  std::uint64_t draw(StreamId stream, std::uint64_t options) override;
  void on_stream_registered(StreamId id, std::string_view name) override;

 private:
  struct KeyedValues {
    std::vector<std::uint64_t> values;
    std::size_t next = 0;
  };
  std::vector<std::uint64_t> prefix_;  // positional mode
  std::size_t position_ = 0;
  bool keyed_ = false;
  std::map<std::uint64_t, KeyedValues> by_key_;  // keyed mode; looked up, never iterated
  std::uint64_t seed_;
  std::vector<Prng> streams_;
  const Kernel* kernel_ = nullptr;
  std::vector<std::uint64_t>* recorded_keys_ = nullptr;
};

}  // namespace dispatchsim::sim
