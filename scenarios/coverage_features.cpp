#include "scenarios/coverage_features.hpp"

#include <algorithm>
#include <bit>
#include <map>

#include "sim/prng.hpp"

namespace dispatchsim::scenarios {

namespace {

std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
  std::uint64_t state = a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2));
  return sim::splitmix64(state);
}

// Feature families are kept apart by a tag, so a kind pair never equals a probe.
enum class Family : std::uint64_t { role_kind = 1, edge, request_edge, probe, signature, property };

std::uint64_t feature(Family family, std::uint64_t value) {
  return mix(static_cast<std::uint64_t>(family), value);
}

using Reached = std::vector<std::pair<std::uint64_t, std::uint64_t>>;  // (feature, position)

void add_trace_features(const FeatureInputs& inputs, Reached& out) {
  if (inputs.kind_steps == nullptr || inputs.process_names == nullptr) return;
  std::vector<std::uint64_t> role_hashes;
  for (const std::string& name : *inputs.process_names) role_hashes.push_back(sim::stable_hash(process_role(name)));
  std::uint64_t previous = 0;
  for (const sim::Trace::KindStep& step : *inputs.kind_steps) {
    const std::uint64_t role = step.process < role_hashes.size() ? role_hashes[step.process] : 0;
    const std::uint64_t role_kind = mix(role, step.kind_hash);
    out.emplace_back(feature(Family::role_kind, role_kind), step.draws);
    out.emplace_back(feature(Family::edge, mix(previous, role_kind)), step.draws);
    previous = role_kind;
  }
}

std::uint64_t history_kind(const model::HistoryEvent& event) {
  std::uint64_t kind = static_cast<std::uint64_t>(event.kind) << 8;
  if (event.kind == model::HistoryKind::status_committed) kind |= static_cast<std::uint64_t>(event.b) & 0xff;
  return kind;
}

// The position of a moment: the choices drawn before the first trace event at or after it.
std::uint64_t position_at(const FeatureInputs& inputs, sim::Micros time) {
  if (inputs.kind_steps == nullptr) return inputs.final_position;
  const auto& steps = *inputs.kind_steps;
  const auto at = std::lower_bound(steps.begin(), steps.end(), time,
                                   [](const sim::Trace::KindStep& step, sim::Micros t) { return step.time < t; });
  return at == steps.end() ? inputs.final_position : at->draws;
}

void add_history_features(const FeatureInputs& inputs, Reached& out) {
  if (inputs.history == nullptr) return;
  std::map<model::RequestId, std::uint64_t> previous_kind;  // by request
  for (const model::HistoryEvent& event : *inputs.history) {
    if (event.request == 0) continue;
    auto [previous, first] = previous_kind.try_emplace(event.request, 0);
    const std::uint64_t kind = history_kind(event);
    if (first || previous->second != kind) {
      out.emplace_back(feature(Family::request_edge, mix(previous->second, kind)), position_at(inputs, event.time));
    }
    previous->second = kind;
  }
}

}  // namespace

std::string process_role(const std::string& process_name) {
  std::size_t end = process_name.size();
  while (end > 0 && process_name[end - 1] >= '0' && process_name[end - 1] <= '9') --end;
  if (end == process_name.size() || end == 0) return process_name;
  while (end > 0 && (process_name[end - 1] == '-' || process_name[end - 1] == '_' || process_name[end - 1] == ' ')) --end;
  return process_name.substr(0, end);
}

CoverageFeatures coverage_features(const FeatureInputs& inputs) {
  Reached out;
  const std::uint64_t end = inputs.final_position;
  add_trace_features(inputs, out);
  add_history_features(inputs, out);
  if (inputs.probe_hits != nullptr) {
    for (const auto& [probe, hits] : *inputs.probe_hits) {
      const auto bucket = static_cast<std::uint64_t>(std::bit_width(static_cast<std::uint64_t>(std::max<std::int64_t>(hits, 1) - 1)));
      out.emplace_back(feature(Family::probe, mix(sim::stable_hash(probe), bucket)), end);
    }
  }
  if (inputs.signature_ids != nullptr) {
    for (const std::string& id : *inputs.signature_ids) out.emplace_back(feature(Family::signature, sim::stable_hash(id)), end);
  }
  if (inputs.violated_properties != nullptr) {
    for (const std::string& property : *inputs.violated_properties) {
      out.emplace_back(feature(Family::property, sim::stable_hash(property)), end);
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
