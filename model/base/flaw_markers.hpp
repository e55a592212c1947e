#pragma once
// Flaw markers: sim::Kernel::mark() calls placed on the lines of `legacy` and `plan` that the
// incident (remediation-plan.md §1) and the harness (README, "The plan's flaws") name as flawed.
// A mark says "this flawed line ran for (request, driver)"; it changes nothing in the run and is
// not hashed (like a coverage probe). scenarios/root_cause.cpp reads which marked lines ran for
// the request a violation is about, together with the ground-truth history, and names the root
// cause.

#include <string_view>
#include <vector>

namespace dispatchsim::model {

namespace flaw_marker {
// legacy (also what `plan` runs where a fix is not deployed or the flag excludes the request)
// value: the message's receive count (> 1: a redelivery).
inline constexpr std::string_view dispatch_without_idempotency =
    "legacy.dispatch-without-idempotency";
// value: 1 when the status came from the cache, 0 when from the database (cache-aside miss).
inline constexpr std::string_view status_read_for_dispatch = "legacy.status-read-for-dispatch";
inline constexpr std::string_view decline_without_transaction =
    "legacy.decline-without-transaction";
inline constexpr std::string_view pickup_last_writer_wins = "legacy.pickup-last-writer-wins";
// plan: the flag (ENABLE_IDEMPOTENT_DISPATCH) excluded this request from a deployed fix.
// value: the fix number.
inline constexpr std::string_view legacy_path_during_rollout = "plan.legacy-path-during-rollout";
// plan, Fix 2
inline constexpr std::string_view idempotency_key_set_before_work =
    "plan.idempotency-key-set-before-work";
inline constexpr std::string_view duplicate_event_skipped = "plan.duplicate-event-skipped";
inline constexpr std::string_view status_check_outside_transaction =
    "plan.status-check-outside-transaction";
inline constexpr std::string_view nack_then_delete = "plan.nack-then-delete";
// plan, Fix 5 (server): value: the notification's version.
inline constexpr std::string_view sent_marker_suppressed = "plan.sent-marker-suppressed";
// plan, Fix 3: invalidation by DEL (cache-aside readers may refill, replicas may lag).
inline constexpr std::string_view pickup_invalidated_by_del = "plan.pickup-invalidated-by-del";
// legacy and plan: Step 6's event_log row is its own statement after the update committed.
inline constexpr std::string_view event_log_after_commit = "event-log-after-commit";
}  // namespace flaw_marker

struct FlawMarkerInfo {
  std::string_view id;
  std::string_view description;
};

const std::vector<FlawMarkerInfo>& flaw_markers();

}  // namespace dispatchsim::model
