#include "scenarios/violation_signature.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <set>

#include "faults/fault_catalogue.hpp"
#include "sim/prng.hpp"

namespace dispatchsim::scenarios {

namespace {

using model::HistoryEvent;
using model::HistoryKind;

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : std::string(separator)) + item;
  return text;
}

// A status change means little without its new status: a decline and an acceptance are
// different stories.
std::string kind_of(const HistoryEvent& event) {
  std::string kind(model::to_string(event.kind));
  if (event.kind == HistoryKind::status_committed) {
    kind += ":" + std::string(model::to_sql(static_cast<model::RequestStatus>(event.b)));
  }
  return kind;
}

// Where (processes) and when (history sequences, inclusive) a fault counts as near a violation.
struct Neighbourhood {
  std::set<sim::ProcessId> processes = {0};
  std::uint64_t first = 0;
  std::uint64_t last = 0;
};

// The involved events' processes (and the kernel's), from the violation's request's first event
// (or the first involved event) to the last involved event. Only processes that took part:
// shared servers see faults about every request, and counting those would split one bug into as
// many groups as there are fault combinations.
Neighbourhood neighbourhood_of(const model::Violation& violation,
                               const std::vector<HistoryEvent>& history) {
  assert(!violation.events.empty());
  Neighbourhood near;
  near.first = *std::min_element(violation.events.begin(), violation.events.end());
  near.last = *std::max_element(violation.events.begin(), violation.events.end());
  for (std::uint64_t sequence : violation.events) {
    assert(sequence < history.size() && history[sequence].sequence == sequence);
    near.processes.insert(history[sequence].process);
  }
  if (violation.request != 0) {
    const auto created = std::find_if(history.begin(), history.end(), [&](const HistoryEvent& event) {
      return event.request == violation.request;
    });
    if (created != history.end()) near.first = std::min(near.first, created->sequence);
  }
  return near;
}

// A violation judged on the final state names no events, so it has no window: no faults.
std::vector<std::string> faults_near(const model::Violation& violation,
                                     const std::vector<HistoryEvent>& history) {
  if (violation.events.empty()) return {};
  const Neighbourhood near = neighbourhood_of(violation, history);
  std::set<std::int64_t> fired;
  for (std::uint64_t sequence = near.first; sequence <= near.last; ++sequence) {
    const HistoryEvent& event = history[sequence];
    if (event.kind == HistoryKind::fault_fired && near.processes.count(event.process) > 0) {
      fired.insert(event.a);
    }
  }
  std::vector<std::string> ids;
  for (std::int64_t index : fired) {
    ids.emplace_back(faults::fault_catalogue().at(static_cast<std::size_t>(index)).id);
  }
  return ids;
}

std::vector<std::string> involved_kinds(const model::Violation& violation,
                                        const std::vector<HistoryEvent>& history) {
  std::vector<std::uint64_t> sequences = violation.events;
  std::sort(sequences.begin(), sequences.end());
  std::vector<std::string> kinds;
  for (std::uint64_t sequence : sequences) {
    std::string kind = kind_of(history.at(sequence));
    if (kinds.empty() || kinds.back() != kind) kinds.push_back(std::move(kind));
  }
  return kinds;
}

}  // namespace

std::string ViolationSignature::faults_text() const { return faults.empty() ? "none" : join(faults, "+"); }

std::string ViolationSignature::event_kinds_text() const {
  // No involved events: the property judged the final state (database, broker, cache).
  return event_kinds.empty() ? "final-state" : join(event_kinds, ">");
}

std::string ViolationSignature::text() const {
  return fmt::format("{} | {} | {}", property, faults_text(), event_kinds_text());
}

std::string ViolationSignature::id() const { return fmt::format("{:016x}", sim::stable_hash(text())); }

ViolationSignature signature_of(const model::Violation& violation,
                                const std::vector<HistoryEvent>& history) {
  return ViolationSignature{violation.property, faults_near(violation, history),
                            involved_kinds(violation, history)};
}

}  // namespace dispatchsim::scenarios
