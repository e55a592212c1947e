#pragma once
// The root cause of a violation: *why* it happened, where its property says *what* went wrong.
// For `plan`, one of the plan's flaws the harness found (README, "The plan's flaws"); for
// `legacy` (and for `plan` where a fix is not deployed), one of the incident's root causes
// (remediation-plan.md §1, "Executive Summary - Root Causes"). Read from the run's ground truth
// (history, which process incarnation did what) and the flaw markers that ran for the
// violation's request (model/base/flaw_markers.hpp): the lines that logged "Duplicate event ...,
// skipping", NACKed, read a status from the cache. A violation no cause explains is
// `unexplained`: a finding to look at.
//
// The runner classifies every violation of every run (RunResult::root_causes); run, explain,
// triage, the results file and the reports show it. tests/properties/plan_flaws_test.cpp pins one
// seed per plan flaw; the survey (plan_survey_test.cpp) groups a sweep's violations by cause.

#include <array>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "faults/fault_catalogue.hpp"
#include "model/infra/history.hpp"
#include "model/observe/properties/property.hpp"
#include "sim/kernel.hpp"

namespace dispatchsim::scenarios {

enum class RootCause {
  // ---- plan's flaws
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
  // ---- the incident's root causes (legacy; plan where the fix for it is not deployed)
  // "Dispatch workers process duplicate events without deduplication": a duplicated message or
  // push is dispatched or shown twice.
  missing_idempotency_checks,
  // "Concurrent DECLINE and DISPATCH events lack atomic transaction boundaries and optimistic
  // locking": a decline commits between a worker's status read and its dispatch, a push in
  // flight is shown after the decline, a decline overwrites a final status.
  race_in_state_transitions,
  // "Location/pickup data served from outdated cache or multiple event sources without sequence
  // ordering" — and the request status served from a cache the decline never invalidates.
  stale_cache_without_ordering,
  // "Failed ACKs or consumer crashes cause message reprocessing without idempotency keys".
  redelivery_without_idempotency,
  unexplained,
};

enum class RootCauseKind {
  plan_flaw,       // a flaw of the plan's fixes (a candidate variant)
  incident_cause,  // one of the incident's root causes (the incident's system, or a fix not
                   // deployed)
  none,            // unexplained
};

struct RootCauseInfo {
  RootCause cause;
  std::string_view id;     // kebab-case, stable: results files, triage, reports
  std::string_view where;  // the part of the plan it belongs to: "Fix 2", "incident #1, Fix 2"
  RootCauseKind kind;
  std::string_view summary;  // one line for reports
};

const std::vector<RootCauseInfo>& root_cause_catalogue();
const RootCauseInfo& root_cause_info(RootCause cause);
std::optional<RootCause> root_cause_from_id(std::string_view id);
// "check-outside-transaction (Fix 2)", or "unexplained".
std::string root_cause_text(RootCause cause);
std::string root_cause_text(std::string_view id);

// What classification reads from one run. The references must outlive the call.
struct RunEvidence {
  std::string_view variant;
  std::set<int> fixes;  // plan: the fixes and parts deployed (model/base/plan_fixes.hpp)
  const std::vector<model::HistoryEvent>& history;
  const std::vector<sim::Kernel::Mark>& marks;
  const std::vector<model::Violation>& violations;
  bool flag_partial = false;  // the flag was below 100 %, switched, flipped or rolled back
  std::array<std::int64_t, faults::fault_count> faults_fired{};
  bool app_suppressed_an_offer = false;  // coverage probe offer-suppressed-by-app was hit
};

// The root cause of one violation of the run the evidence describes.
RootCause classify_violation(const RunEvidence& run, const model::Violation& violation);

}  // namespace dispatchsim::scenarios
