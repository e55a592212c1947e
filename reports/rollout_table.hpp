#pragma once
// A rollout's phases as a table (one row per phase: the plan's SLOs and checks, the verdict) and
// as the text the rollout command prints under it: each phase's reasons and notes, the decision
// the plan's process would take, and the command that replays each phase's first failing seed.

#include <string>

#include "explore/rollout.hpp"
#include "reports/text_table.hpp"

namespace dispatchsim::reports {

TextTable rollout_table(const explore::RolloutResult& result);
// "plan on decline-race, seeds 1..20, fixes 1,2,3,4,5, switch at 4000 ms" (one line).
std::string rollout_title(const explore::RolloutResult& result);
// The reasons, notes, decision and replay commands, one bullet each; markdown or plain.
std::string rollout_details(const explore::RolloutResult& result, bool markdown);
// What "violating runs" counts (the scenario's checked properties) against what the SLOs measure.
std::string checked_note(const explore::RolloutResult& result);
// 99.9 % style, two decimals: "99.90 %".
std::string percent(double fraction);

}  // namespace dispatchsim::reports
