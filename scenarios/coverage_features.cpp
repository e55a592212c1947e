#include "scenarios/coverage_features.hpp"

#include <algorithm>
#include <cassert>
#include <bit>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "model/base/timing_marks.hpp"
#include "sim/choice_source.hpp"
#include "sim/prng.hpp"

namespace dispatchsim::scenarios {

namespace {

std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
  std::uint64_t state = a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2));
  return sim::splitmix64(state);
}

// A feature's top byte is its family, so a kind pair never equals a probe and the corpus can
// weigh families (feature_weight).
constexpr int family_shift = 56;

std::uint64_t feature(FeatureFamily family, std::uint64_t value) {
  return (static_cast<std::uint64_t>(family) << family_shift) |
         (mix(static_cast<std::uint64_t>(family), value) &
          ((std::uint64_t{1} << family_shift) - 1));
}

using Reached = std::vector<std::pair<std::uint64_t, std::uint64_t>>;  // (feature, position)

void add_trace_features(const FeatureInputs& inputs, Reached& out) {
  if (inputs.kind_steps == nullptr || inputs.process_names == nullptr) return;
  std::vector<std::uint64_t> role_hashes;
  for (const std::string& name : *inputs.process_names)
    role_hashes.push_back(sim::stable_hash(process_role(name)));
  std::uint64_t previous = 0;
  for (const sim::Trace::KindStep& step : *inputs.kind_steps) {
    const std::uint64_t role = step.process < role_hashes.size() ? role_hashes[step.process] : 0;
    const std::uint64_t role_kind = mix(role, step.kind_hash);
    out.emplace_back(feature(FeatureFamily::role_kind, role_kind), step.draws);
    out.emplace_back(feature(FeatureFamily::edge, mix(previous, role_kind)), step.draws);
    previous = role_kind;
  }
}

std::uint64_t history_kind(const model::HistoryEvent& event) {
  std::uint64_t kind = static_cast<std::uint64_t>(event.kind) << 8;
  if (event.kind == model::HistoryKind::status_committed)
    kind |= static_cast<std::uint64_t>(event.new_status()) & 0xff;
  return kind;
}

// The position of a moment: the choices drawn before the first trace event at or after it.
std::uint64_t position_at(const FeatureInputs& inputs, sim::Micros time) {
  if (inputs.kind_steps == nullptr) return inputs.final_position;
  const auto& steps = *inputs.kind_steps;
  const auto at = std::lower_bound(
      steps.begin(), steps.end(), time,
      [](const sim::Trace::KindStep& step, sim::Micros t) { return step.time < t; });
  return at == steps.end() ? inputs.final_position : at->draws;
}

// A fault fired in a process role: (role, fault). Which component a fault hit decides which flaw
// it can expose (a pause in a location reader between its read and its cache fill, a restart of a
// driver app after it showed an offer), as Antithesis counts faults per component.
void add_fault_features(const FeatureInputs& inputs, Reached& out) {
  if (inputs.history == nullptr || inputs.process_names == nullptr) return;
  for (const model::HistoryEvent& event : *inputs.history) {
    if (event.kind != model::HistoryKind::fault_fired) continue;
    const std::string role = event.process < inputs.process_names->size()
                                 ? process_role((*inputs.process_names)[event.process])
                                 : std::string();
    out.emplace_back(
        feature(FeatureFamily::fault_in_role,
                mix(sim::stable_hash(role), static_cast<std::uint64_t>(event.fault_index()))),
        position_at(inputs, event.time));
  }
}

void add_history_features(const FeatureInputs& inputs, Reached& out) {
  if (inputs.history == nullptr) return;
  std::map<model::RequestId, std::uint64_t> previous_kind;  // by request
  for (const model::HistoryEvent& event : *inputs.history) {
    if (event.request == 0) continue;
    auto [previous, first] = previous_kind.try_emplace(event.request, 0);
    const std::uint64_t kind = history_kind(event);
    if (first || previous->second != kind) {
      out.emplace_back(feature(FeatureFamily::request_edge, mix(previous->second, kind)),
                       position_at(inputs, event.time));
    }
    previous->second = kind;
  }
}

// The decline race's near misses (IJON-style: reward getting closer, as fuzzers reward a
// comparison that matches more bytes). A process's span over one (request, driver) runs from the
// first flaw marker it ran for them to the last: plan's worker sets its idempotency key, waits
// for the request's lock, reads the status and marks its check just before the INSERT. The
// request shown to another driver inside such a span is a window open: that driver's decline,
// if quick enough, lands between the worker's check and its act. Refined by how long before the
// span's end the showing was, in power-of-two milliseconds. Its position is the showing, where
// the driver draws how long it thinks: a branch from there redraws the decline's timing.
struct Span {
  sim::Micros first = 0, last = 0;
  int marks = 0;
};
// By (process, incarnation, request, driver): the flaw markers' spans (timing marks excluded).
using Spans = std::map<std::tuple<sim::ProcessId, std::uint64_t, std::int64_t, std::int64_t>, Span>;

Spans flaw_marker_spans(const std::vector<sim::Kernel::Mark>& marks) {
  Spans spans;
  for (const sim::Kernel::Mark& mark : marks) {
    if (model::timing_mark::is_timing_mark(mark.name)) continue;
    Span& span = spans[{mark.process, mark.incarnation, mark.a, mark.b}];
    if (span.marks++ == 0) span.first = mark.time;
    span.last = mark.time;
  }
  return spans;
}

// Closer than this to the check, no driver answers in time: drivers think 20 ms or more.
constexpr sim::Micros too_late = 16'000;

void add_near_miss_features(const FeatureInputs& inputs, Reached& out) {
  if (inputs.history == nullptr || inputs.marks == nullptr) return;
  const Spans spans = flaw_marker_spans(*inputs.marks);
  std::map<model::RequestId, std::vector<sim::Micros>> shown;
  for (const model::HistoryEvent& event : *inputs.history) {
    if (event.kind == model::HistoryKind::shown) shown[event.request].push_back(event.time);
  }
  for (const auto& [key, span] : spans) {
    const auto showings = shown.find(static_cast<model::RequestId>(std::get<2>(key)));
    if (span.marks < 2 || showings == shown.end()) continue;
    for (sim::Micros at : showings->second) {
      if (at <= span.first || at + too_late > span.last) continue;
      const auto bucket = static_cast<std::uint64_t>(
          std::bit_width(static_cast<std::uint64_t>((span.last - at) / 1000)));
      out.emplace_back(feature(FeatureFamily::near_miss, bucket), position_at(inputs, at));
    }
  }
}

// The decline race's timing hints (IJON's distance, turned into a mutation). A worker span that
// reached its check (above) is a check-then-act window: a decline whose transaction takes the
// write lock after the worker's status SELECT and before its INSERT commits in between (the
// race). The decline's BEGIN IMMEDIATE runs about an API latency and a statement latency after
// the driver submits it (decline-race: 1-30 ms and 1-15 ms), and its transaction holds the lock
// for four statements. Every driver of that request whose think time was drawn early enough and
// who then declined gives a hint: shift that think time (tape value in microseconds) so the
// submission lands decline_lead before the check, give or take decline_tolerance. Measured on
// decline-race plan (200 seeds, 135 hints, each replayed per key with one think time moved): a
// submission 18 ms before the check fails the run 36 % of the time, 23 ms or 8 ms before ~30 %,
// 38 ms before 14 %, 53 ms before 10 % (a fresh seed: 1.2 %).
constexpr sim::Micros decline_lead = 18'000;
constexpr std::uint64_t decline_tolerance = 10'000;
// Farther than this, the hint would need a think time longer than any scenario draws.
constexpr sim::Micros think_reach = 2'000'000;

struct ThinkTime {
  sim::Micros drawn_at = 0;
  sim::ProcessId process = 0;
  model::RequestId request = 0;
  std::uint64_t position = 0;  // of the draw on the tape
  std::optional<sim::Micros> declined_at;
};

// The think times the drivers drew (timing marks), each with the decline it led to, if any: a
// driver app answers one offer at a time, so its decline of the request is the first one the
// process submitted for it after the draw and before its next draw.
std::vector<ThinkTime> think_times(const FeatureInputs& inputs) {
  std::vector<ThinkTime> thinks;
  for (const sim::Kernel::Mark& mark : *inputs.marks) {
    if (mark.name != model::timing_mark::driver_think) continue;
    thinks.push_back({mark.time, mark.process, static_cast<model::RequestId>(mark.b),
                      static_cast<std::uint64_t>(mark.value), std::nullopt});
  }
  for (const model::HistoryEvent& event : *inputs.history) {
    if (event.kind != model::HistoryKind::decline_submitted) continue;
    ThinkTime* latest = nullptr;  // the process's last draw at or before the decline
    for (ThinkTime& think : thinks) {
      if (think.process == event.process && think.drawn_at <= event.time) latest = &think;
    }
    if (latest != nullptr && latest->request == event.request && !latest->declined_at)
      latest->declined_at = event.time;
  }
  return thinks;
}

void add_decline_timing_hints(const FeatureInputs& inputs, Reached& out) {
  if (inputs.history == nullptr || inputs.marks == nullptr) return;
  const std::vector<ThinkTime> thinks = think_times(inputs);
  if (thinks.empty()) return;
  for (const auto& [key, span] : flaw_marker_spans(*inputs.marks)) {
    if (span.marks < 2) continue;
    const sim::Micros target = span.last - decline_lead;
    for (const ThinkTime& think : thinks) {
      if (!think.declined_at || think.request != std::get<2>(key)) continue;
      if (target < think.drawn_at + too_late || target > think.drawn_at + think_reach) continue;
      const TimingHint hint{think.position, target - *think.declined_at, decline_tolerance};
      out.emplace_back(timing_hint_feature(hint), think.position);
    }
  }
}

// Fault hints: the fault injector's counterpart of the timing hints. The plan's rarest flaws need
// faults at particular places (README, "Guided exploration"), and a random walk rarely draws them
// there; a run that passed such a place without the fault says where its draws were, and a nudge
// makes those draws fire (the shift runs past the top of a draw's range; the nudge clamps it to
// the highest value, which fires at any rate) while every other process keeps its choices.
//   - app-restart in every app shown a request, at its answer's call: every answer is lost with
//     the apps' memory (answer-lost-on-app-restart; one group of draws fired by one nudge);
//   - gc-pause in a location reader at its cache fill (after its database read) when the request's
//     pickup changes within the pause's reach: the fill writes back the old pickup
//     (reader-fill-after-invalidation);
//   - push-delay on every push of a request's offers and producer-new-sequence on the re-offers
//     after them: an app shows the re-offer, then the late original, with another notification id
//     (notification-id-changes-with-version; one group fired by one nudge);
// Any answer closes a request (a decline as much as an accept), so the two flaws of unanswered
// requests need every app shown the request hit at once: one fault in one place paid 1-2 % of
// nudges, a group pays about 45 % (answer-lost, 482 group nudges of swarm plan seeds 1..300).
// A delay is asked at its longest (fire_together_hardest_shift), past the re-offer. A pause is
// not: at 20 s, 30 % of the nudged runs wrote back an old pickup, at the 11-12 s the kept tape
// gives it about half (150 swarm seeds, plan).
constexpr sim::Micros pause_reach = 20'000'000;  // gc-pause's longest pause (catalogue default)
constexpr std::size_t fault_hints_per_kind = 8;  // a run's hints stay few (they are stored)
constexpr std::uint64_t max_restart_groups = 4;  // per run
constexpr std::uint64_t max_delay_groups = 4;
constexpr std::size_t max_sequences_per_group = 8;

using Draws = std::vector<const faults::UnfiredFaultDraw*>;

// At most fault_hints_per_kind of the candidates, spread over the run, each fired alone.
void add_spread(const Draws& candidates, Reached& out) {
  const std::size_t count = std::min(candidates.size(), fault_hints_per_kind);
  for (std::size_t i = 0; i < count; ++i) {
    const faults::UnfiredFaultDraw& draw = *candidates[i * candidates.size() / count];
    out.emplace_back(timing_hint_feature(TimingHint{draw.position, fire_shift, 0}), draw.position);
  }
}

Draws draws_of(const FeatureInputs& inputs, model::Fault fault) {
  Draws found;
  for (const faults::UnfiredFaultDraw& draw : *inputs.unfired_fault_draws)
    if (draw.fault == fault) found.push_back(&draw);
  return found;
}

Draws pauses_inside_a_changing_read(const FeatureInputs& inputs) {
  const std::vector<model::HistoryEvent>& history = *inputs.history;
  std::map<model::RequestId, std::vector<sim::Micros>> changes;  // committed pickup changes
  std::map<sim::ProcessId, std::vector<std::size_t>> reads;      // by reader: history indexes
  for (std::size_t index = 0; index < history.size(); ++index) {
    const model::HistoryEvent& event = history[index];
    if (event.kind == model::HistoryKind::location_committed)
      changes[event.request].push_back(event.time);
    if (event.kind == model::HistoryKind::location_read) reads[event.process].push_back(index);
  }
  Draws candidates;
  for (const faults::UnfiredFaultDraw* draw : draws_of(inputs, model::Fault::gc_pause)) {
    // The fill: the read's cache write, after its database read.
    if (!draw->yield_point.starts_with("cache.set")) continue;
    const auto reader = reads.find(draw->process);
    if (reader == reads.end()) continue;
    // The read this draw belongs to: the reader's first read recorded after it.
    const auto read =
        std::lower_bound(reader->second.begin(), reader->second.end(), draw->history_events);
    if (read == reader->second.end()) continue;
    const auto changed = changes.find(history[*read].request);
    if (changed == changes.end()) continue;
    const bool changes_within_reach = std::any_of(
        changed->second.begin(), changed->second.end(),
        [&](sim::Micros at) { return at >= draw->time && at <= draw->time + pause_reach; });
    if (changes_within_reach) candidates.push_back(draw);
  }
  return candidates;
}

// For each request with events of `kind` (shows, pushes), the draws that one nudge fires together:
// for every distinct actor of those events (app, driver), the first draw `matches` accepts for
// that event. A request where some actor has no such draw has no group.
struct RequestGroup {
  std::size_t first_event = 0;  // history index
  Draws members;
};
template <typename ActorOf, typename Matches>
std::vector<RequestGroup> request_groups(const FeatureInputs& inputs, model::HistoryKind kind,
                                         ActorOf actor_of, const Draws& draws, Matches matches) {
  const std::vector<model::HistoryEvent>& history = *inputs.history;
  std::map<model::RequestId, std::vector<std::size_t>> events;  // history indexes
  for (std::size_t index = 0; index < history.size(); ++index) {
    if (history[index].kind == kind) events[history[index].request].push_back(index);
  }
  std::vector<RequestGroup> groups;
  for (const auto& [request, indexes] : events) {
    RequestGroup group{indexes.front(), {}};
    std::set<std::uint64_t> actors;
    for (const std::size_t index : indexes) {
      if (!actors.insert(actor_of(history[index])).second) continue;
      const auto found = std::find_if(draws.begin(), draws.end(), [&](const auto* draw) {
        return matches(*draw, history[index], index);
      });
      if (found == draws.end()) break;
      group.members.push_back(*found);
    }
    if (group.members.size() == actors.size()) groups.push_back(std::move(group));
  }
  return groups;
}

void add_group(const Draws& members, std::int64_t shift, std::uint64_t group, Reached& out) {
  for (const faults::UnfiredFaultDraw* draw : members) {
    const TimingHint hint{draw->position, shift, group * fault_group_unit};
    out.emplace_back(timing_hint_feature(hint), draw->position);
  }
}

// app-restart in every app shown a request (two or more), each at its first API call after its
// show (the call that carries its answer, or one its client makes on showing): any answer closes
// a request, so only when every answer is lost is it left open and its re-offers deduplicated
// away. At most max_restart_groups.
void add_restart_groups(const FeatureInputs& inputs, std::uint64_t& group, Reached& out) {
  const auto app = [](const model::HistoryEvent& show) {
    return static_cast<std::uint64_t>(show.process);
  };
  const auto at_its_answer = [](const faults::UnfiredFaultDraw& draw,
                                const model::HistoryEvent& show, std::size_t index) {
    return draw.process == show.process && draw.history_events > index &&
           draw.yield_point == "api.call";
  };
  std::uint64_t added = 0;
  for (const RequestGroup& restarts :
       request_groups(inputs, model::HistoryKind::shown, app,
                      draws_of(inputs, model::Fault::app_restart), at_its_answer)) {
    if (restarts.members.size() < 2) continue;
    add_group(restarts.members, fire_together_shift, ++group, out);
    if (++added == max_restart_groups) return;
  }
}

// push-delay on every push of a request's offers, each at its longest, and producer-new-sequence
// on the re-offers after them (at most max_sequences_per_group): no driver can answer before the
// matcher re-offers the request, the re-offer carries a new sequence (so Fix 2's key lets it
// through) and reaches each app first; then the late original arrives, and the app, whose dedup
// keys on the notification's id, shows the request a second time. At most max_delay_groups.
void add_delay_groups(const FeatureInputs& inputs, std::uint64_t& group, Reached& out) {
  const auto driver = [](const model::HistoryEvent& push) {
    return static_cast<std::uint64_t>(push.driver);
  };
  // The transport draws a push's delay right after the push is recorded (no event between).
  const auto of_that_push = [](const faults::UnfiredFaultDraw& draw,
                               const model::HistoryEvent& push, std::size_t index) {
    return draw.process == push.process && draw.history_events == index + 1;
  };
  const Draws sequences = draws_of(inputs, model::Fault::producer_new_sequence);
  std::uint64_t added = 0;
  for (const RequestGroup& delays :
       request_groups(inputs, model::HistoryKind::push_sent, driver,
                      draws_of(inputs, model::Fault::push_delay), of_that_push)) {
    add_group(delays.members, fire_together_hardest_shift, ++group, out);
    Draws renumbered;
    for (const faults::UnfiredFaultDraw* draw : sequences) {
      if (draw->time >= (*inputs.history)[delays.first_event].time &&
          renumbered.size() < max_sequences_per_group)
        renumbered.push_back(draw);
    }
    add_group(renumbered, fire_together_shift, group, out);
    if (++added == max_delay_groups) return;
  }
}

void add_fault_hints(const FeatureInputs& inputs, Reached& out) {
  if (inputs.unfired_fault_draws == nullptr || inputs.history == nullptr) return;
  std::uint64_t group = 0;  // names a group: 1..max_restart_groups, then the delays'
  add_restart_groups(inputs, group, out);
  group = max_restart_groups;
  add_delay_groups(inputs, group, out);
  add_spread(pauses_inside_a_changing_read(inputs), out);
}

// Each flaw marker (model/flaw_markers.hpp) with its value (capped): the flawed lines a run ran.
void add_marker_features(const FeatureInputs& inputs, Reached& out) {
  if (inputs.marks == nullptr) return;
  for (const sim::Kernel::Mark& mark : *inputs.marks) {
    if (model::timing_mark::is_timing_mark(mark.name)) continue;
    const auto value = static_cast<std::uint64_t>(std::clamp<std::int64_t>(mark.value, 0, 8));
    out.emplace_back(feature(FeatureFamily::flaw_marker, mix(sim::stable_hash(mark.name), value)),
                     position_at(inputs, mark.time));
  }
}

}  // namespace

namespace {
constexpr int hint_tolerance_bits = 10, hint_shift_bits = 22, hint_position_bits = 24;
constexpr int hint_tolerance_unit_bits = 10;  // tolerance in units of 1024
constexpr std::int64_t hint_shift_limit = (std::int64_t{1} << (hint_shift_bits - 1)) - 1;
static_assert(hint_tolerance_bits + hint_shift_bits + hint_position_bits == family_shift);
constexpr std::uint64_t low_bits(int bits) {
  return (std::uint64_t{1} << bits) - 1;
}
}  // namespace

std::uint64_t timing_hint_feature(const TimingHint& hint) {
  const std::int64_t shift = std::clamp(hint.shift, -hint_shift_limit, hint_shift_limit);
  const std::uint64_t zigzag = shift < 0 ? (static_cast<std::uint64_t>(-shift) << 1) - 1
                                         : static_cast<std::uint64_t>(shift) << 1;
  const std::uint64_t tolerance =
      std::min(hint.tolerance >> hint_tolerance_unit_bits, low_bits(hint_tolerance_bits));
  return (static_cast<std::uint64_t>(FeatureFamily::timing_hint) << family_shift) |
         ((hint.position & low_bits(hint_position_bits))
          << (hint_shift_bits + hint_tolerance_bits)) |
         (zigzag << hint_tolerance_bits) | tolerance;
}

TimingHint timing_hint_of(std::uint64_t feature_id) {
  assert(feature_family(feature_id) == FeatureFamily::timing_hint);
  const std::uint64_t zigzag = (feature_id >> hint_tolerance_bits) & low_bits(hint_shift_bits);
  TimingHint hint;
  hint.position =
      (feature_id >> (hint_shift_bits + hint_tolerance_bits)) & low_bits(hint_position_bits);
  hint.shift = (zigzag & 1) != 0 ? -static_cast<std::int64_t>((zigzag + 1) >> 1)
                                 : static_cast<std::int64_t>(zigzag >> 1);
  hint.tolerance = (feature_id & low_bits(hint_tolerance_bits)) << hint_tolerance_unit_bits;
  return hint;
}

FeatureFamily feature_family(std::uint64_t feature_id) {
  return static_cast<FeatureFamily>(feature_id >> family_shift);
}

std::uint64_t feature_weight(std::uint64_t feature_id) {
  switch (feature_family(feature_id)) {
    case FeatureFamily::role_kind:
    case FeatureFamily::edge:
      return 1;
    case FeatureFamily::request_edge:
      return 4;
    case FeatureFamily::probe:
    case FeatureFamily::fault_in_role:
    case FeatureFamily::flaw_marker:
    case FeatureFamily::signature:
    case FeatureFamily::property:
      return 16;
    case FeatureFamily::near_miss:
      return 64;
    case FeatureFamily::timing_hint:
      return 0;  // a suggestion, not something reached
  }
  return 1;
}

std::string process_role(const std::string& process_name) {
  std::size_t end = process_name.size();
  while (end > 0 && process_name[end - 1] >= '0' && process_name[end - 1] <= '9') --end;
  if (end == process_name.size() || end == 0) return process_name;
  while (end > 0 && (process_name[end - 1] == '-' || process_name[end - 1] == '_' ||
                     process_name[end - 1] == ' '))
    --end;
  return process_name.substr(0, end);
}

CoverageFeatures coverage_features(const FeatureInputs& inputs) {
  Reached out;
  const std::uint64_t end = inputs.final_position;
  add_trace_features(inputs, out);
  add_history_features(inputs, out);
  add_fault_features(inputs, out);
  add_near_miss_features(inputs, out);
  add_decline_timing_hints(inputs, out);
  add_fault_hints(inputs, out);
  add_marker_features(inputs, out);
  if (inputs.probe_hits != nullptr) {
    for (const auto& [probe, hits] : *inputs.probe_hits) {
      const auto bucket = static_cast<std::uint64_t>(
          std::bit_width(static_cast<std::uint64_t>(std::max<std::int64_t>(hits, 1) - 1)));
      out.emplace_back(feature(FeatureFamily::probe, mix(sim::stable_hash(probe), bucket)), end);
    }
  }
  if (inputs.signature_ids != nullptr) {
    for (const std::string& id : *inputs.signature_ids)
      out.emplace_back(feature(FeatureFamily::signature, sim::stable_hash(id)), end);
  }
  if (inputs.violated_properties != nullptr) {
    for (const std::string& property : *inputs.violated_properties) {
      out.emplace_back(feature(FeatureFamily::property, sim::stable_hash(property)), end);
    }
  }
  std::sort(out.begin(), out.end());  // by feature, then earliest position first
  CoverageFeatures features;
  for (const auto& [feature_id, position] : out) {
    if (!features.features.empty() && features.features.back() == feature_id) continue;
    features.features.push_back(feature_id);
    features.positions.push_back(position);
  }
  return features;
}

}  // namespace dispatchsim::scenarios
