#pragma once
// The plan's fixes as the parts it ships separately, and its named release options.
//
// A fix set is a std::set<int> of part codes: 1, 2 and 3 are whole fixes; 4 and 5 are whole fixes
// too (both their parts), and a part alone is one of the codes below. Sets are kept canonical
// (both parts of a fix are its whole code), so `--fix 4` and `--fix 4q,4c` are one run, and every
// set written before parts existed keeps its meaning and its runs.
//
// The named sets transcribe remediation-plan.md §7 ("Time & Risk Estimates"):
//   hotfix  "Quick Hotfix (4-6 hours): Add idempotency key check in dispatch worker [Fix 2];
//           Add Redis dedup for notifications [Fix 5's server side: the notif_sent key in
//           Redis]; Deploy with feature flag" — {2, 5s}, behind the scenario's flag.
//   p0      the P0 rows: "Implement atomic decline" [Fix 1], "Add idempotency to dispatch
//           worker" [Fix 2] (+ DB columns, tests, "Monitoring/alerts", staging: the harness
//           always evaluates the plan's monitoring) — {1, 2}.
//   p0-p1   + the P1 rows "Location sequence ordering" [Fix 3] and "Message broker config
//           tuning" [Fix 4] — {1, 2, 3, 4}.
//   full    "Full Fix (1-2 weeks): All items above" — {1, 2, 3, 4, 5}.

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace dispatchsim::model {

namespace fix_part {
inline constexpr int queue_settings =
    41;  // "4q": Fix 4's SQS settings (the redrive policy to the DLQ)
inline constexpr int consumer_loop =
    42;  // "4c": Fix 4's consumer ACK pattern (long polling, no delete on error)
inline constexpr int push_server =
    51;  // "5s": Fix 5's server side (notification_id, Redis sent marker)
inline constexpr int push_client = 52;  // "5c": Fix 5's client side (the app's dedup Set)
}  // namespace fix_part

struct FixPartInfo {
  int code;
  std::string_view text;  // what --fix takes: "1", "4q", ...
  std::string_view description;
};

struct ReleaseOption {
  std::string_view name;  // what --fix takes: "hotfix", ...
  std::set<int> fixes;    // canonical
  std::string_view description;
};

// Every part --fix accepts (whole fixes and parts), in the plan's order.
const std::vector<FixPartInfo>& fix_parts();
// The plan's named release options, smallest first.
const std::vector<ReleaseOption>& release_options();
// The named option whose set this is, if any.
const ReleaseOption* release_option_of(const std::set<int>& fixes);

// Whether `code` (a whole fix 1-5 or a part) is deployed in the set: a part is when it or its
// whole fix is; a whole fix 4 or 5 is when either of its parts is (its deployed part runs).
bool fix_part_deployed(const std::set<int>& fixes, int code);
// Both parts of a fix become the whole fix; a whole fix drops its parts.
std::set<int> canonical_fixes(std::set<int> fixes);
// "none", or the parts in the plan's order: "1,2,5s".
std::string fix_set_text(const std::set<int>& fixes);
// One item of --fix: a whole fix, a part or a named option; nullopt when it is none of them.
std::optional<std::set<int>> fix_item(std::string_view text);

}  // namespace dispatchsim::model
