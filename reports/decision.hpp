#pragma once
// The rollout decision, first thing in every report: for each candidate release — the plan as
// each scenario deploys it, the plan with each set of fixes a --fix sweep gave the report, and
// hardened — GO or NO-GO, the one-sentence reason, the flaw it rests on, and the command that
// shows it. A candidate is GO only when every run of it held every property it was checked for
// and every phase of every rollout of it is go; the evidence is the sweeps and rollout files
// the report read, nothing else.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dispatchsim::reports {

struct ReportData;

struct Candidate {
  std::string name;     // "plan", "plan --fix p0" (a release option), "hardened"
  std::string variant;  // plan, hardened (legacy is the baseline, not a candidate)
  std::optional<std::string>
      fixes;  // the --fix set of a fix sweep; none: as each scenario deploys it
  bool go = false;
  std::string reason;  // one sentence
  std::string
      root_cause;  // the flaw a NO-GO rests on, as the root-cause classifier names it:
                   // "check-outside-transaction (Fix 2)" (scenarios/root_cause.hpp); empty for GO
  std::string
      flaw;  // how it shows: the failing property or measure and the run's violation; empty for GO
  std::string command;    // the shell command that shows it (a replay for NO-GO, the check for GO)
  std::int64_t runs = 0;  // swept runs of the candidate
  std::int64_t violating_runs = 0;  // of those, with a violation or an error
  std::size_t rollouts = 0;         // rollout files of the candidate

  std::string verdict() const { return go ? "GO" : "NO-GO"; }
};

// The candidates of the report's inputs, plan first, hardened last. A candidate with neither a
// swept run nor a rollout is left out.
std::vector<Candidate> decide(const ReportData& data);

// The candidate named `name`, or null.
const Candidate* find_candidate(const std::vector<Candidate>& candidates, const std::string& name);

// "  plan: NO-GO — reason\n    rests on: root cause — flaw\n    show it: command\n" per candidate:
// what `make run` and `report` print first.
std::string decision_text(const std::vector<Candidate>& candidates);
// "root cause — flaw", "flaw" or "": what "rests on" says.
std::string rests_on(const Candidate& candidate);
// What the decision's verdicts mean, one paragraph under the candidates.
std::string decision_legend();

}  // namespace dispatchsim::reports
