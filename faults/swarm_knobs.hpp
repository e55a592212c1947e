#pragma once
// Swarm knobs: the world's tuning knobs (timeouts, TTLs, batch sizes, worker counts) that swarm
// mode may push toward the extremes of a range the scenario allows, as FoundationDB's BUGGIFY
// does with its knobs. A scenario opts in with a [swarm.knobs] table (knob id = [low, high], in
// the unit its id ends with); per seed each listed knob is left as written, set to its low end,
// its high end, or drawn log-uniformly between — from the "swarm-knobs" stream only, so a
// scenario that lists no knob draws nothing and keeps every pinned seed.

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "model/base/world_config.hpp"
#include "sim/choice_source.hpp"

namespace dispatchsim::faults {

struct KnobInfo {
  std::string_view id;       // the key, as in the world's section: "visibility_timeout_s"
  std::string_view section;  // the world section that sets it when not drawn: "broker"
  sim::Micros unit;          // micros per unit of the id's suffix; 1 for counts
  std::int64_t lowest;       // what the loader accepts for a range's ends, in the unit
  std::int64_t highest;
  std::string_view why;  // what an extreme of it tests
  // The knob's value in the world, in micros (durations) or as a count.
  std::int64_t (*get)(const model::WorldConfig&);
  void (*set)(model::WorldConfig&, std::int64_t);
};

// Every knob swarm may draw, in a fixed order (the order of draws).
std::span<const KnobInfo> knob_catalogue();
const KnobInfo* knob_from_id(std::string_view id);

// A range the scenario allows for one knob, in the knob's unit.
struct KnobRange {
  const KnobInfo* knob = nullptr;
  std::int64_t low = 0;
  std::int64_t high = 0;
};

enum class KnobDrawKind { as_written, low, high, log_uniform };

// What one seed drew for one knob.
struct KnobDraw {
  const KnobInfo* knob = nullptr;
  KnobDrawKind kind = KnobDrawKind::as_written;
  std::int64_t value = 0;  // the knob in the world after the draw: micros, or a count (as get())
};

// Draws each range's knob from the "swarm-knobs" stream and sets it in `world`: a quarter of the
// seeds leave it as written, a quarter take the low end, a quarter the high end, a quarter a
// log-uniform value between (extremes favoured). Draws nothing when `ranges` is empty. Returns
// one draw per range, in the ranges' order.
std::vector<KnobDraw> draw_swarm_knobs(sim::ChoiceSource& choices,
                                       const std::vector<KnobRange>& ranges,
                                       model::WorldConfig& world);

// "low", "high", "log-uniform" or "as written".
std::string_view knob_draw_kind_name(KnobDrawKind kind);

}  // namespace dispatchsim::faults
