#include "scenarios/violation_signature.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <iterator>
#include <map>
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
    kind += ":" + std::string(model::to_sql(event.new_status()));
  }
  return kind;
}

// When (history sequences, inclusive) a fault can be in a violation's causal chain: from the
// violation's request's first event (or the first involved event) to the last involved event.
struct Window {
  std::uint64_t first = 0;
  std::uint64_t last = 0;
};

Window window_of(const model::Violation& violation, const std::vector<HistoryEvent>& history) {
  assert(!violation.events.empty());
  Window window;
  window.first = *std::min_element(violation.events.begin(), violation.events.end());
  window.last = *std::max_element(violation.events.begin(), violation.events.end());
  for (std::uint64_t sequence : violation.events) {
    assert(sequence < history.size() && history[sequence].sequence == sequence);
    (void)sequence;
  }
  if (violation.request != 0) {
    const auto created =
        std::find_if(history.begin(), history.end(),
                     [&](const HistoryEvent& event) { return event.request == violation.request; });
    if (created != history.end()) window.first = std::min(window.first, created->sequence);
  }
  return window;
}

// Per process, in time order, the requests it touched: history events and flaw marks that name
// a request. A fault is in a request's causal chain when its process was working on that request
// then: shared servers see faults about every request, and counting all of those would split
// one bug into as many groups as there are fault combinations.
class Touches {
 public:
  Touches(const std::vector<HistoryEvent>& history, const std::vector<sim::Kernel::Mark>& marks) {
    for (const HistoryEvent& event : history) {
      if (event.request != 0 && event.process != 0)
        by_process_[event.process].push_back({event.time, event.request});
    }
    for (const sim::Kernel::Mark& mark : marks) {
      if (mark.a != 0 && mark.process != 0)
        by_process_[mark.process].push_back({mark.time, mark.a});
    }
    for (auto& [process, touches] : by_process_) {
      std::stable_sort(touches.begin(), touches.end(),
                       [](const Touch& a, const Touch& b) { return a.time < b.time; });
    }
  }

  // The process's nearest touches before and after `time` (at equal times, both) include request.
  bool working_on(sim::ProcessId process, sim::Micros time, model::RequestId request) const {
    const auto found = by_process_.find(process);
    if (found == by_process_.end()) return false;
    const std::vector<Touch>& touches = found->second;
    const auto after =
        std::lower_bound(touches.begin(), touches.end(), time,
                         [](const Touch& touch, sim::Micros at) { return touch.time < at; });
    if (after != touches.end() && after->request == request) return true;
    for (auto same = after; same != touches.end() && same->time == time; ++same) {
      if (same->request == request) return true;
    }
    return after != touches.begin() && std::prev(after)->request == request;
  }

 private:
  struct Touch {
    sim::Micros time;
    model::RequestId request;
  };
  std::map<sim::ProcessId, std::vector<Touch>> by_process_;
};

// A violation judged on the final state names no events, so it has no window: no faults.
std::vector<std::string> faults_in_causal_chain(const model::Violation& violation,
                                                const std::vector<HistoryEvent>& history,
                                                const std::vector<sim::Kernel::Mark>& marks) {
  if (violation.events.empty()) return {};
  const Window window = window_of(violation, history);
  std::set<sim::ProcessId> involved = {0};
  for (std::uint64_t sequence : violation.events) involved.insert(history[sequence].process);
  const Touches touches(history, marks);
  std::set<std::int64_t> fired;
  for (std::uint64_t sequence = window.first; sequence <= window.last; ++sequence) {
    const HistoryEvent& event = history[sequence];
    if (event.kind != HistoryKind::fault_fired) continue;
    const bool in_chain =
        event.process == 0 ||
        (violation.request == 0 ? involved.count(event.process) > 0
                                : touches.working_on(event.process, event.time, violation.request));
    if (in_chain) fired.insert(static_cast<std::int64_t>(event.fault_index()));
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

std::string ViolationSignature::faults_text() const {
  return faults.empty() ? "none" : join(faults, "+");
}

std::string ViolationSignature::event_kinds_text() const {
  // No involved events: the property judged the final state (database, broker, cache).
  return event_kinds.empty() ? "final-state" : join(event_kinds, ">");
}

std::string ViolationSignature::text() const {
  return fmt::format("{} | {} | {} | {}", root_cause, property, faults_text(), event_kinds_text());
}

std::string ViolationSignature::id() const {
  return fmt::format("{:016x}", sim::stable_hash(text()));
}

ViolationSignature signature_of(const model::Violation& violation,
                                const std::vector<HistoryEvent>& history,
                                const std::vector<sim::Kernel::Mark>& marks,
                                std::string_view root_cause) {
  return ViolationSignature{std::string(root_cause), violation.property,
                            faults_in_causal_chain(violation, history, marks),
                            involved_kinds(violation, history)};
}

}  // namespace dispatchsim::scenarios
