#pragma once
// A stable hash of a name: a pure function, the same on every machine and every build. Kept
// apart from the PRNG so that code which may not draw random numbers (the dispatch logic) can
// still hash a name (feature-flag buckets, lock names in traces).

#include <cstdint>
#include <string_view>

namespace dispatchsim::sim {

// FNV-1a: a stable hash of a name, the same on every machine and every build.
constexpr std::uint64_t stable_hash(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

}  // namespace dispatchsim::sim
