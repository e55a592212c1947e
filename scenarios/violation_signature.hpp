#pragma once
// The signature of a violation: what kind of bug it is, stripped of everything a seed changes
// (request and driver ids, times, counts), so that a million-seed sweep groups its violations
// into a short list of distinct bugs (`dispatchsim triage`). Defined precisely in
// docs/results-schema.md (table run_signatures); in short, for a violation V:
//
//   root cause   V's root cause id (scenarios/root_cause.hpp), "unexplained" when none.
//   property     V's property id.
//   faults       the faults that fired in V's causal chain: from V's request's first history
//                event (or V's first involved event) up to V's last involved event, in the
//                kernel (process 0), or in a process that was working on V's request when the
//                fault fired — its nearest touch of a request (a history event or a flaw mark
//                naming one) before or after the fault is of V's request: the worker that
//                received its message, the app that showed it, the reader that read it. Sorted
//                in catalogue order, without counts. None when V names no events (judged on
//                the final state).
//   event kinds  the kinds of V's involved history events in history order, a status change
//                refined by its new status (status-committed:DECLINED), consecutive repeats
//                collapsed into one.
//
// It is a pure function of the run's history, so it is as deterministic as the run itself.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/infra/history.hpp"
#include "model/observe/properties/property.hpp"

namespace dispatchsim::scenarios {

struct ViolationSignature {
  std::string root_cause = "unexplained";
  std::string property;
  std::vector<std::string> faults;       // fault ids, catalogue order
  std::vector<std::string> event_kinds;  // history order, repeats collapsed

  std::string faults_text() const;  // "process-crash+push-duplicate", or "none"
  std::string event_kinds_text()
      const;  // "status-committed:DECLINED>dispatch-logged", or "final-state"
  // "root cause | property | faults | event kinds": the text the id hashes.
  std::string text() const;
  // 16 lowercase hex digits of text() (FNV-1a): equal ids <=> equal signatures.
  std::string id() const;
  bool operator==(const ViolationSignature&) const = default;
};

// The signature of one violation of a run whose ground-truth history is `history` and whose
// flaw marks (model/base/flaw_markers.hpp) are `marks`.
ViolationSignature signature_of(const model::Violation& violation,
                                const std::vector<model::HistoryEvent>& history,
                                const std::vector<sim::Kernel::Mark>& marks,
                                std::string_view root_cause);

}  // namespace dispatchsim::scenarios
