#pragma once
// The instruments port: what the code under test tells the harness, which never changes a run's
// behaviour — coverage probes (a rare path ran), flaw markers (a known-flawed line ran, for the
// root-cause classifier) and trace notes (e.g. a lock acquired after n attempts). The dispatch
// logic reports through it without reaching the simulator that records it.

#include <cstdint>
#include <string_view>

namespace dispatchsim::model {

class Instruments {
 public:
  virtual ~Instruments() = default;
  // name must be a string literal (it is kept by reference).
  virtual void probe(std::string_view name) = 0;
  virtual void mark(std::string_view flaw, std::int64_t request, std::int64_t driver,
                    std::int64_t value = 0) = 0;
  virtual void note(std::string_view kind, std::int64_t a = 0, std::int64_t b = 0,
                    std::int64_t c = 0) = 0;
};

}  // namespace dispatchsim::model
