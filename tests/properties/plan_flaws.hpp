#pragma once
// The plan's flaws the harness found, each a named mechanism, and the reading of a run that says
// which flaw a violation comes from. A violation's property says *what* went wrong; the flaw says
// *why*, from the run's ground truth (history, which process incarnation did what) and the plan's
// own log lines ("Duplicate event ..., skipping", "Dispatch failed: ...", "Notification ...
// already sent"). The pinned tests (plan_flaws_test.cpp) assert one seed per flaw; the survey
// groups a sweep's violations by flaw, so a violation no flaw explains stands out.

#include <string_view>
#include <vector>

#include "scenarios/runner.hpp"

namespace dispatchsim::testing {

enum class PlanFlaw {
  // Fix 2 checks the status outside any transaction: a decline commits between its SELECT and
  // its INSERT INTO dispatch_log.
  check_outside_transaction,
  // Fix 2 sets its SET NX idempotency key before the work: a crash after it and the redelivered
  // message is "Duplicate event, skipping" — the offer is never dispatched.
  key_set_before_work,
  // Fix 2 answers an exception (LockTimeout, a lock wait timeout) with a NACK, then returns, and
  // Fix 4's consumer deletes the message it just NACKed: the retry Fix 2 counts on never comes.
  nack_then_delete,
  // A push is lost (dropped, or eaten by an app restart); the matcher's re-offer carries the same
  // sequence, so Fix 2's key (which means "processed", not "delivered") skips it.
  key_blocks_resend_of_lost_push,
  // The re-offer of a lost push has a new sequence; Fix 5's 5-minute "sent" marker (per request
  // version and driver) suppresses it.
  sent_marker_blocks_resend,
  // Fix 5's client dedup is a Set in the app's memory: an app restart forgets it, so a duplicate
  // or delayed push is shown again (even a request the driver declined).
  client_dedup_forgotten_on_restart,
  // Fix 5's notification_id is "{request}:{version}", and the migration's backfill changes the
  // version (0 -> 1): the same offer re-sent after the backfill (a re-offer with a new sequence
  // gets past Fix 2's key) is a new notification to the server's marker and to the app's Set, so
  // a delayed copy of the first push is shown as well.
  notification_id_changes_with_version,
  // At a partial rollout the legacy path sends notifications without notification_id; the app's
  // dedup (shipped to every driver) stores `undefined` once and drops every later one.
  client_dedup_drops_idless_notifications,
  // At a partial rollout, or after the flag is rolled back, requests outside the flag run the
  // legacy code: its non-atomic decline, cached-status dispatch and last-writer-wins pickup.
  legacy_path_during_rollout,
  // Fix 3 invalidates with a DEL; a cache failover promotes a replica holding an older pickup.
  failover_restores_old_pickup,
  // Fix 3 invalidates with a DEL; a reader that read the row before the update fills the cache
  // after the DEL (cache-aside), so readers see an older pickup until the TTL.
  reader_fill_after_invalidation,
  // Readers are served by the cache replica; while it lags, it serves a pickup older than one a
  // reader already saw, and Fix 3's DEL on the primary cannot reach the replica's backlog.
  lagging_replica_serves_old_pickup,
  // Step 6's event_log row is written after Fix 3's transaction committed, so a pause between
  // the two records updates out of the order they were applied in.
  event_log_outside_transaction,
  // An app restart between showing an offer and answering it: the answer is never sent, the
  // re-offers are deduplicated away, and nothing else closes the request.
  answer_lost_on_app_restart,
  unclassified,
};

struct PlanFlawInfo {
  PlanFlaw flaw;
  std::string_view id;
  std::string_view fix;  // which part of the plan it belongs to
};

const std::vector<PlanFlawInfo>& plan_flaw_catalogue();
const PlanFlawInfo& plan_flaw_info(PlanFlaw flaw);

// The flaw behind one violation of a plan run. The run must keep its trace (RunOptions::keep_trace).
PlanFlaw classify_plan_violation(const scenarios::RunResult& run, const model::Violation& violation);

}  // namespace dispatchsim::testing
