#pragma once
// A small, fast, seedable PRNG (xoshiro256**) with SplitMix64 seeding. Its output depends on
// the seed alone, so it is the only source of randomness a run may use.

#include <cstdint>
#include <string_view>

#include "sim/stable_hash.hpp"

namespace dispatchsim::sim {

// One step of SplitMix64; also a good 64-bit mixing function.
constexpr std::uint64_t splitmix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// GCC's 128-bit integer, named once so -Wpedantic stays quiet everywhere else.
__extension__ using uint128 = unsigned __int128;

class Prng {
 public:
  explicit Prng(std::uint64_t seed) {
    std::uint64_t state = seed;
    for (auto& word : state_) word = splitmix64(state);
  }

  std::uint64_t next() {
    const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotl(state_[3], 45);
    return result;
  }

  // Uniform in [0, bound) without modulo bias (Lemire's method). bound must be > 0.
  std::uint64_t below(std::uint64_t bound) {
    uint128 product = static_cast<uint128>(next()) * bound;
    auto low = static_cast<std::uint64_t>(product);
    if (low < bound) {
      const std::uint64_t threshold = -bound % bound;
      while (low < threshold) {
        product = static_cast<uint128>(next()) * bound;
        low = static_cast<std::uint64_t>(product);
      }
    }
    return static_cast<std::uint64_t>(product >> 64);
  }

 private:
  static constexpr std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::uint64_t state_[4];
};

}  // namespace dispatchsim::sim
