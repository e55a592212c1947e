#include "faults/swarm_knobs.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>

namespace dispatchsim::faults {

namespace {

using model::WorldConfig;
constexpr sim::Micros ms = sim::micros_per_millisecond;
constexpr sim::Micros s = sim::micros_per_second;

// The bounds are the loader's for the same key in its world section (a count's, a positive
// duration's), capped where the real service caps it (SQS: visibility 12 h, long poll 20 s,
// batch 10).
const std::array<KnobInfo, 14> knobs = {{
    {"dispatch_workers", "processes", 1, 1, 1000, "one worker serialises; many race on one request",
     [](const WorldConfig& w) -> std::int64_t { return w.processes.dispatch_workers; },
     [](WorldConfig& w, std::int64_t v) { w.processes.dispatch_workers = static_cast<int>(v); }},
    {"api_handlers", "processes", 1, 1, 1000, "concurrent declines and accepts of one offer",
     [](const WorldConfig& w) -> std::int64_t { return w.processes.api_handlers; },
     [](WorldConfig& w, std::int64_t v) { w.processes.api_handlers = static_cast<int>(v); }},
    {"visibility_timeout_s", "broker", s, 1, 43200,
     "short: redelivery while the first delivery still runs",
     [](const WorldConfig& w) -> std::int64_t { return w.broker.visibility_timeout; },
     [](WorldConfig& w, std::int64_t v) { w.broker.visibility_timeout = v; }},
    {"batch_size", "broker", 1, 1, 10, "large: one slow message holds back its batch",
     [](const WorldConfig& w) -> std::int64_t { return w.broker.batch_size; },
     [](WorldConfig& w, std::int64_t v) { w.broker.batch_size = static_cast<int>(v); }},
    {"max_receive_count", "broker", 1, 1, 1000, "low: a message dead-letters after few failures",
     [](const WorldConfig& w) -> std::int64_t { return w.broker.max_receive_count; },
     [](WorldConfig& w, std::int64_t v) { w.broker.max_receive_count = static_cast<int>(v); }},
    // Not 0: the simulated receive takes no virtual time, so short polling on an empty queue would
    // spin without time passing (a real ReceiveMessage costs a round trip).
    {"receive_wait_time_s", "broker", s, 1, 20, "1: near-short polling; 20: a receive waits long",
     [](const WorldConfig& w) -> std::int64_t { return w.broker.receive_wait_time; },
     [](WorldConfig& w, std::int64_t v) { w.broker.receive_wait_time = v; }},
    {"request_ttl_s", "cache", s, 1, 86400, "long: a stale cache entry outlives its invalidation",
     [](const WorldConfig& w) -> std::int64_t { return w.cache.request_ttl; },
     [](WorldConfig& w, std::int64_t v) { w.cache.request_ttl = v; }},
    {"lock_wait_timeout_s", "database", s, 1, 3600, "short: row-lock waits time out under load",
     [](const WorldConfig& w) -> std::int64_t { return w.database.lock_wait_timeout; },
     [](WorldConfig& w, std::int64_t v) { w.database.lock_wait_timeout = v; }},
    {"api_client_timeout_ms", "timing", ms, 1, 600000,
     "short: the app retries a decline still in flight",
     [](const WorldConfig& w) -> std::int64_t { return w.timing.api_client_timeout; },
     [](WorldConfig& w, std::int64_t v) { w.timing.api_client_timeout = v; }},
    {"offer_timeout_ms", "timing", ms, 1, 3600000, "short: re-offers race the driver's answer",
     [](const WorldConfig& w) -> std::int64_t { return w.timing.offer_timeout; },
     [](WorldConfig& w, std::int64_t v) { w.timing.offer_timeout = v; }},
    {"matcher_poll_interval_ms", "timing", ms, 1, 60000, "long: the matcher lags the requests",
     [](const WorldConfig& w) -> std::int64_t { return w.timing.matcher_poll_interval; },
     [](WorldConfig& w, std::int64_t v) { w.timing.matcher_poll_interval = v; }},
    {"relay_poll_interval_ms", "timing", ms, 1, 60000, "long: outbox rows wait before publication",
     [](const WorldConfig& w) -> std::int64_t { return w.timing.relay_poll_interval; },
     [](WorldConfig& w, std::int64_t v) { w.timing.relay_poll_interval = v; }},
    // A range in the world; the draw sets its upper end (statements take up to this long).
    {"db_statement_latency_us", "timing", 1, 0, 10000000, "slow statements widen every race window",
     [](const WorldConfig& w) -> std::int64_t { return w.timing.db_statement_latency.max; },
     [](WorldConfig& w, std::int64_t v) {
       w.timing.db_statement_latency.max = v;
       w.timing.db_statement_latency.min = std::min(w.timing.db_statement_latency.min, v);
     }},
    {"backfill_batch", "migration", 1, 1, 1000000, "large: the backfill locks many rows at once",
     [](const WorldConfig& w) -> std::int64_t { return w.migration.backfill_batch; },
     [](WorldConfig& w, std::int64_t v) { w.migration.backfill_batch = static_cast<int>(v); }},
}};

// Log-uniform in [low, high] (on low + 1 .. high + 1, so a range from 0 works), 1,025 steps.
std::int64_t log_uniform(sim::ChoiceSource& choices, sim::StreamId stream, std::int64_t low,
                         std::int64_t high) {
  constexpr std::uint64_t steps = 1024;
  const double fraction = static_cast<double>(choices.choose(stream, steps + 1)) / steps;
  const double from = std::log(static_cast<double>(low) + 1),
               to = std::log(static_cast<double>(high) + 1);
  const auto value =
      static_cast<std::int64_t>(std::llround(std::exp(from + fraction * (to - from)) - 1));
  return std::clamp(value, low, high);
}

}  // namespace

std::span<const KnobInfo> knob_catalogue() {
  return knobs;
}

const KnobInfo* knob_from_id(std::string_view id) {
  const auto found =
      std::find_if(knobs.begin(), knobs.end(), [&](const KnobInfo& k) { return k.id == id; });
  return found == knobs.end() ? nullptr : &*found;
}

std::vector<KnobDraw> draw_swarm_knobs(sim::ChoiceSource& choices,
                                       const std::vector<KnobRange>& ranges, WorldConfig& world) {
  std::vector<KnobDraw> drawn;
  if (ranges.empty()) return drawn;  // registers no stream: other scenarios' runs stay as they were
  const sim::StreamId stream = choices.stream("swarm-knobs");
  for (const KnobRange& range : ranges) {
    assert(range.knob != nullptr && range.low <= range.high);
    KnobDraw draw{range.knob, static_cast<KnobDrawKind>(choices.choose(stream, 4)), 0};
    switch (draw.kind) {
      case KnobDrawKind::as_written:
        break;
      case KnobDrawKind::low:
        range.knob->set(world, range.low * range.knob->unit);
        break;
      case KnobDrawKind::high:
        range.knob->set(world, range.high * range.knob->unit);
        break;
      case KnobDrawKind::log_uniform:
        range.knob->set(world,
                        log_uniform(choices, stream, range.low, range.high) * range.knob->unit);
        break;
    }
    draw.value = range.knob->get(world);
    drawn.push_back(draw);
  }
  return drawn;
}

std::string_view knob_draw_kind_name(KnobDrawKind kind) {
  switch (kind) {
    case KnobDrawKind::as_written:
      return "as written";
    case KnobDrawKind::low:
      return "low";
    case KnobDrawKind::high:
      return "high";
    case KnobDrawKind::log_uniform:
      return "log-uniform";
  }
  return "?";
}

}  // namespace dispatchsim::faults
