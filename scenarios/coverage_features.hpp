#pragma once
// The coverage features of a run: what guided exploration (explore/guided_corpus.hpp) counts as
// "reached something new", as coverage-guided fuzzers count edges. A feature is a 64-bit hash of:
//   - a (process role, trace event kind) pair: "dispatch-worker" recorded "db.statement";
//   - an edge between consecutive trace events: (role, kind) -> (role, kind), so interleavings
//     of different processes count, not only what each did;
//   - a per-request edge of the ground-truth history: two consecutive history events of one
//     request (a status change refined by its new status), e.g. decline committed -> dispatch;
//   - a coverage probe with its hit count's power-of-two bucket (1, 2, 3-4, 5-8, ...);
//   - a violation signature (new root causes) and each violated property;
//   - a flaw marker (model/flaw_markers.hpp) with its value: a flawed line of legacy or plan ran;
//   - a near miss of the decline race: a request shown to a driver while a worker was between
//     two flaw markers for it (its idempotency key and its status check: waiting for the lock),
//     by how long before the check (the check-then-act window a quick decline lands in);
//   - a fault that fired, with the role of the process it hit (a pause in a location reader);
//   - a timing hint (not something reached: guided exploration never counts it as new): a
//     choice on the tape that, moved by a given amount, would move an event into a race's
//     window — for the decline race, the think time of a driver who declined a request a worker
//     was dispatching, shifted so the decline lands inside the worker's check-then-act window
//     (IJON's distance feedback: the feature says by how much the race was missed);
//     or a fault hint, the same kind of feature: a fault's chance draw that did not fire at a
//     place where firing exposes one of the plan's rarest flaws, shifted past the top of its
//     range so the nudge clamps it to a value that fires (see add_fault_hints).
// Roles are process names without their trailing instance number, so a run with three workers
// and one with four share features. Pure functions of the run: as deterministic as the run.

#include <cstdint>
#include <string>
#include <vector>

#include "faults/unfired_fault_draw.hpp"
#include "model/infra/history.hpp"
#include "sim/choice_source.hpp"
#include "sim/kernel.hpp"
#include "sim/trace.hpp"

namespace dispatchsim::scenarios {

struct ViolationSignature;

// A feature's family is its top byte.
enum class FeatureFamily : std::uint8_t {
  role_kind = 1,
  edge,
  request_edge,
  probe,
  signature,
  property,
  near_miss,
  flaw_marker,
  timing_hint,
  fault_in_role
};
FeatureFamily feature_family(std::uint64_t feature_id);
// How much reaching a feature first is worth to the guided corpus, by family: what the harness
// looks for (near misses of the race, probes, flaw markers, violations) weighs more than one
// more interleaving of trace event kinds.
std::uint64_t feature_weight(std::uint64_t feature_id);

// A timing hint: move the tape's choice at `position` by `shift` (in the choice's own units, e.g.
// microseconds of a delay), give or take `tolerance`. It travels as a feature of family
// timing_hint (its position also in CoverageFeatures::positions), so results files keep it with
// the run's features and a resumed sweep's corpus sees it too.
struct TimingHint {
  std::uint64_t position = 0;
  std::int64_t shift = 0;
  std::uint64_t tolerance = 0;
};
std::uint64_t timing_hint_feature(const TimingHint& hint);
// A fault hint (add_fault_hints in coverage_features.cpp) is a TimingHint with one of these
// shifts, past the top of a chance draw's range, so the nudge clamps the draw to a value that
// fires. fire_shift: the draw fires alone. fire_together_shift: the hint is one of a group (its
// tolerance field names the group, in units of fault_group_unit) whose draws one nudge fires
// together — every app shown a request restarts. fire_together_hardest_shift: a member whose
// magnitude — the next draw of the same stream and process — is also asked at the top of its
// range (a push delayed as long as the fault delays one).
inline constexpr std::int64_t fire_shift = static_cast<std::int64_t>(sim::chance_resolution);
inline constexpr std::int64_t fire_together_shift = fire_shift + 2;
inline constexpr std::int64_t fire_together_hardest_shift = fire_shift + 3;
inline constexpr std::uint64_t fault_group_unit = 1024;
// The hint of a timing_hint feature (position, shift and tolerance as encoded: shift within
// +-2^21, tolerance rounded down to a multiple of 1024).
TimingHint timing_hint_of(std::uint64_t feature_id);

// "dispatch-worker-2" -> "dispatch-worker"; a name without a trailing number is its own role.
std::string process_role(const std::string& process_name);

struct FeatureInputs {
  const std::vector<sim::Trace::KindStep>* kind_steps = nullptr;
  const std::vector<std::string>* process_names = nullptr;  // by process id (0: the kernel)
  const std::vector<model::HistoryEvent>* history = nullptr;
  const std::vector<std::pair<std::string, std::int64_t>>* probe_hits = nullptr;
  const std::vector<std::string>* signature_ids = nullptr;
  const std::vector<std::string>* violated_properties = nullptr;
  const std::vector<sim::Kernel::Mark>* marks = nullptr;                       // flaw markers
  const std::vector<faults::UnfiredFaultDraw>* unfired_fault_draws = nullptr;  // for fault hints
  std::uint64_t final_position = 0;  // the run's choices: where final-state features are reached
};

struct CoverageFeatures {
  std::vector<std::uint64_t> features;   // distinct, sorted
  std::vector<std::uint64_t> positions;  // parallel: choices drawn when first reached
};

// The run's distinct features, each with where the run first reached it: a trace event's
// position is the choices drawn before it, a history event's that of the first trace event at
// or after its time, a probe's, signature's or property's the end of the run.
CoverageFeatures coverage_features(const FeatureInputs& inputs);

}  // namespace dispatchsim::scenarios
