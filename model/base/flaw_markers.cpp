#include "model/base/flaw_markers.hpp"

namespace dispatchsim::model {

const std::vector<FlawMarkerInfo>& flaw_markers() {
  static const std::vector<FlawMarkerInfo> markers = {
      {flaw_marker::dispatch_without_idempotency,
       "legacy's worker dispatched an event with no idempotency check (value: receive count)"},
      {flaw_marker::status_read_for_dispatch,
       "legacy's worker read the status cache-aside before dispatching (value: 1 from the cache)"},
      {flaw_marker::decline_without_transaction,
       "legacy's decline: UPDATE then DELETE, no transaction, no status check, no invalidation"},
      {flaw_marker::pickup_last_writer_wins,
       "legacy's pickup update: last writer wins, no sequence"},
      {flaw_marker::legacy_path_during_rollout,
       "plan: the flag excluded the request from a deployed fix (value: the fix)"},
      {flaw_marker::idempotency_key_set_before_work, "Fix 2 set its SET NX key before the work"},
      {flaw_marker::duplicate_event_skipped, "Fix 2's key skipped an event as a duplicate"},
      {flaw_marker::status_check_outside_transaction,
       "Fix 2 inserted into dispatch_log after a status check outside any transaction"},
      {flaw_marker::nack_then_delete, "Fix 2 NACKed an event (and its consumer then deletes it)"},
      {flaw_marker::sent_marker_suppressed, "Fix 5's sent marker suppressed a notification"},
      {flaw_marker::pickup_invalidated_by_del, "Fix 3 invalidated the cached pickup with a DEL"},
      {flaw_marker::event_log_after_commit,
       "Step 6's event_log row written after the update committed"},
  };
  return markers;
}

}  // namespace dispatchsim::model
