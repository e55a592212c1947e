#pragma once
// The signature of a violation: what kind of bug it is, stripped of everything a seed changes
// (request and driver ids, times, counts), so that a million-seed sweep groups its violations
// into a short list of distinct bugs (`dispatchsim triage`). Defined precisely in
// docs/results-schema.md (table run_signatures); in short, for a violation V:
//
//   property     V's property id.
//   faults       the faults that fired near V: in a process that recorded one of V's involved
//                events (or in the kernel, process 0), from V's request's first history event
//                (or V's first involved event) up to V's last involved event. Sorted in catalogue
//                order, without counts. None when V names no events (judged on the final state).
//   event kinds  the kinds of V's involved history events in history order, a status change
//                refined by its new status (status-committed:DECLINED), consecutive repeats
//                collapsed into one.
//
// It is a pure function of the run's history, so it is as deterministic as the run itself.

#include <cstdint>
#include <string>
#include <vector>

#include "model/history.hpp"
#include "model/properties/property.hpp"

namespace dispatchsim::scenarios {

struct ViolationSignature {
  std::string property;
  std::vector<std::string> faults;       // fault ids, catalogue order
  std::vector<std::string> event_kinds;  // history order, repeats collapsed

  std::string faults_text() const;       // "process-crash+push-duplicate", or "none"
  std::string event_kinds_text() const;  // "status-committed:DECLINED>dispatch-logged", or "final-state"
  // "property | faults | event kinds": the text the id hashes.
  std::string text() const;
  // 16 lowercase hex digits of text() (FNV-1a): equal ids <=> equal signatures.
  std::string id() const;
  bool operator==(const ViolationSignature&) const = default;
};

// The signature of one violation of a run whose ground-truth history is `history`.
ViolationSignature signature_of(const model::Violation& violation,
                                const std::vector<model::HistoryEvent>& history);

}  // namespace dispatchsim::scenarios
