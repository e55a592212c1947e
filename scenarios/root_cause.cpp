#include "scenarios/root_cause.hpp"

#include <algorithm>
#include <cassert>

#include "model/base/flaw_markers.hpp"
#include "model/base/plan_fixes.hpp"
#include "model/dispatch/variant_catalogue.hpp"

namespace dispatchsim::scenarios {

namespace {

using model::HistoryEvent;
using model::HistoryKind;
using model::Violation;
using RC = RootCause;
namespace marker = model::flaw_marker;

bool fired(const RunEvidence& run, faults::Fault fault) {
  return run.faults_fired[static_cast<std::size_t>(fault)] > 0;
}

// Marks of one flawed line for the request (and the driver, unless driver is 0).
std::vector<const sim::Kernel::Mark*> marks_of(const RunEvidence& run, std::string_view name,
                                               model::RequestId request,
                                               model::DriverId driver = 0) {
  std::vector<const sim::Kernel::Mark*> found;
  for (const sim::Kernel::Mark& mark : run.marks) {
    if (mark.name == name && mark.a == request && (driver == 0 || mark.b == driver))
      found.push_back(&mark);
  }
  return found;
}

bool marked(const RunEvidence& run, std::string_view name, model::RequestId request,
            model::DriverId driver = 0) {
  return !marks_of(run, name, request, driver).empty();
}

std::vector<const HistoryEvent*> events_of(const RunEvidence& run, HistoryKind kind,
                                           model::RequestId request, model::DriverId driver) {
  std::vector<const HistoryEvent*> found;
  for (const HistoryEvent& event : run.history) {
    if (event.kind == kind && event.request == request && event.driver == driver)
      found.push_back(&event);
  }
  return found;
}

const HistoryEvent* event_with_sequence(const RunEvidence& run, std::uint64_t sequence) {
  return sequence < run.history.size() ? &run.history[sequence] : nullptr;
}

// Some of the request's work ran legacy's flawed lines (in plan: a fix not deployed, or the flag).
bool ran_legacy_code(const RunEvidence& run, model::RequestId request) {
  return std::any_of(run.marks.begin(), run.marks.end(), [&](const sim::Kernel::Mark& mark) {
    return mark.a == request && mark.name.starts_with("legacy.");
  });
}

// A candidate fix (plan): its flaws apply; the incident's system (legacy): the incident's causes.
bool is_candidate(const RunEvidence& run) {
  const model::VariantInfo* variant = model::find_variant(run.variant);
  return variant != nullptr && variant->role == model::VariantRole::candidate;
}

bool is_incident(const RunEvidence& run) {
  const model::VariantInfo* variant = model::find_variant(run.variant);
  return variant != nullptr && variant->role == model::VariantRole::incident;
}

bool deployed(const RunEvidence& run, int part) {
  return model::fix_part_deployed(run.fixes, part);
}

// Fix 5 in any part: notifications carry ids (server) or the app deduplicates them (client).
bool push_dedup_deployed(const RunEvidence& run) {
  return deployed(run, model::fix_part::push_server) || deployed(run, model::fix_part::push_client);
}

// Plan only: the request ran legacy code although the fix was deployed (the flag excluded it),
// or the run's flag was partial and the request left no mark saying otherwise.
bool legacy_path(const RunEvidence& run, model::RequestId request) {
  return is_candidate(run) &&
         (marked(run, marker::legacy_path_during_rollout, request) || run.flag_partial);
}

// The violation is of what a driver's app showed: the request shown twice, or after the
// driver's decline.
bool shown_by_the_app(const RunEvidence& run, const Violation& violation) {
  if (violation.property == "exactly-once-dispatch") {
    return events_of(run, HistoryKind::shown, violation.request, violation.driver).size() >= 2;
  }
  if (violation.property != "no-dispatch-after-decline" || violation.events.size() != 2)
    return false;
  const HistoryEvent* after = event_with_sequence(run, violation.events[1]);
  return after != nullptr && after->kind == HistoryKind::shown;
}

// ------------------------------------------------------------------ the incident's root causes

// Shown twice (legacy code): the same push twice (the transport duplicated it; the app shows
// everything), or two dispatches — of a redelivered message, or of a duplicated one.
RC legacy_shown_twice(const RunEvidence& run, const std::vector<const HistoryEvent*>& shows) {
  assert(shows.size() >= 2);
  if (shows[0]->delivery_id() == shows[1]->delivery_id()) return RC::missing_idempotency_checks;
  for (const auto* mark :
       marks_of(run, marker::dispatch_without_idempotency, shows[0]->request, shows[0]->driver)) {
    if (mark->value > 1) return RC::redelivery_without_idempotency;
  }
  return RC::missing_idempotency_checks;
}

// A dispatch_log row or a push after the decline committed (legacy code): the worker's status
// read came from the cache the decline never invalidates (stale), or from the database before
// the decline committed (the race).
RC legacy_dispatch_after_decline(const RunEvidence& run, const HistoryEvent& decline,
                                 const HistoryEvent& after) {
  const sim::Kernel::Mark* read = nullptr;
  for (const auto* mark :
       marks_of(run, marker::status_read_for_dispatch, after.request, after.driver)) {
    if (mark->process == after.process && mark->time <= after.time) read = mark;
  }
  if (read == nullptr) return RC::unexplained;
  if (read->value == 1 && read->time >= decline.time) return RC::stale_cache_without_ordering;
  return RC::race_in_state_transitions;
}

RC legacy_cause(const RunEvidence& run, const Violation& violation) {
  const std::string& property = violation.property;
  if (property == "location-monotonic") return RC::stale_cache_without_ordering;
  if (property == "legal-transitions") {
    if (violation.description.starts_with("event_log row")) return RC::stale_cache_without_ordering;
    return RC::race_in_state_transitions;
  }
  if (property == "atomic-decline-cleanup") return RC::race_in_state_transitions;
  if (property == "no-message-lost") return RC::redelivery_without_idempotency;
  if (property == "exactly-once-dispatch") {
    const auto shows = events_of(run, HistoryKind::shown, violation.request, violation.driver);
    if (shows.size() >= 2) return legacy_shown_twice(run, shows);
    return RC::unexplained;
  }
  if (property == "no-dispatch-after-decline" && violation.events.size() == 2) {
    const HistoryEvent* decline = event_with_sequence(run, violation.events[0]);
    const HistoryEvent* after = event_with_sequence(run, violation.events[1]);
    if (decline == nullptr || after == nullptr) return RC::unexplained;
    if (after->kind != HistoryKind::shown)
      return legacy_dispatch_after_decline(run, *decline, *after);
    // The driver was shown the request after pressing decline: the push left before the decline
    // (nothing cancels a dispatch in flight), or was sent after it.
    for (const HistoryEvent* push :
         events_of(run, HistoryKind::push_sent, after->request, after->driver)) {
      if (push->delivery_id() != after->delivery_id()) continue;
      if (push->sequence < decline->sequence) return RC::race_in_state_transitions;
      const auto declined =
          std::find_if(run.history.begin(), run.history.end(), [&](const HistoryEvent& e) {
            return e.kind == HistoryKind::status_committed && e.request == after->request &&
                   e.new_status() == model::RequestStatus::declined;
          });
      if (declined == run.history.end() || declined->sequence > push->sequence) {
        return RC::race_in_state_transitions;  // the decline had not committed when it was sent
      }
      return legacy_dispatch_after_decline(run, *declined, *push);
    }
  }
  return RC::unexplained;
}

// ------------------------------------------------------------------------------ plan's flaws

// An offer never shown while its request stayed open: what stopped it, from the plan's own logs.
RC classify_lost_offer(const RunEvidence& run, model::RequestId request, model::DriverId driver) {
  if (marked(run, marker::nack_then_delete, request, driver)) return RC::nack_then_delete;
  const bool pushed = !events_of(run, HistoryKind::push_sent, request, driver).empty();
  if (marked(run, marker::sent_marker_suppressed, request, driver))
    return RC::sent_marker_blocks_resend;
  if (marked(run, marker::duplicate_event_skipped, request, driver)) {
    return pushed ? RC::key_blocks_resend_of_lost_push : RC::key_set_before_work;
  }
  if (pushed && run.flag_partial && run.app_suppressed_an_offer &&
      deployed(run, model::fix_part::push_client)) {
    return RC::client_dedup_drops_idless_notifications;
  }
  if (legacy_path(run, request)) return RC::legacy_path_during_rollout;
  return RC::unexplained;
}

// One life of the app showed the request twice: its dedup saw two different notification ids.
RC shown_again_by_one_app(const RunEvidence& run, model::RequestId request) {
  if (legacy_path(run, request)) return RC::legacy_path_during_rollout;
  // Only a re-offer with a new sequence is dispatched again (the same sequence hits Fix 2's key).
  if (fired(run, faults::Fault::producer_new_sequence) && push_dedup_deployed(run)) {
    return RC::notification_id_changes_with_version;
  }
  return RC::unexplained;
}

RC plan_exactly_once(const RunEvidence& run, const Violation& violation) {
  const auto shows = events_of(run, HistoryKind::shown, violation.request, violation.driver);
  if (shows.empty()) return classify_lost_offer(run, violation.request, violation.driver);
  for (const HistoryEvent* show : shows) {
    if (show->incarnation != shows.front()->incarnation &&
        deployed(run, model::fix_part::push_client)) {
      return RC::client_dedup_forgotten_on_restart;
    }
  }
  return shown_again_by_one_app(run, violation.request);
}

RC plan_dispatch_after_decline(const RunEvidence& run, const Violation& violation) {
  assert(violation.events.size() == 2);
  const HistoryEvent* decline = event_with_sequence(run, violation.events[0]);
  const HistoryEvent* after = event_with_sequence(run, violation.events[1]);
  if (decline == nullptr || after == nullptr) return RC::unexplained;
  if (after->kind == HistoryKind::shown) {
    // The driver pressed decline in one life of the app and was shown the request in a later one.
    if (after->incarnation != decline->incarnation && deployed(run, model::fix_part::push_client)) {
      return RC::client_dedup_forgotten_on_restart;
    }
    return shown_again_by_one_app(run, violation.request);
  }
  if (legacy_path(run, violation.request)) return RC::legacy_path_during_rollout;
  // Fix 2 dispatched it: its status check ran outside any transaction.
  if (marked(run, marker::status_check_outside_transaction, after->request, after->driver)) {
    return RC::check_outside_transaction;
  }
  return RC::unexplained;
}

bool stored_pickup_went_back(const RunEvidence& run, model::RequestId request) {
  return std::any_of(run.violations.begin(), run.violations.end(), [&](const Violation& other) {
    return other.request == request &&
           other.description.find("stored pickup went back") != std::string::npos;
  });
}

RC plan_location(const RunEvidence& run, const Violation& violation) {
  const std::string& text = violation.description;
  const bool read_back_in_time =
      text.starts_with("a reader saw") || text.starts_with("at the end the cache key");
  if (!read_back_in_time || stored_pickup_went_back(run, violation.request)) {
    // The database itself went back: only the legacy path's last-writer-wins UPDATE does that.
    return legacy_path(run, violation.request) ? RC::legacy_path_during_rollout : RC::unexplained;
  }
  if (!marked(run, marker::pickup_invalidated_by_del, violation.request)) {
    // Fix 3 never ran for this request: legacy's pickup code (or the flag keeping it there).
    return legacy_path(run, violation.request) ? RC::legacy_path_during_rollout : RC::unexplained;
  }
  if (fired(run, faults::Fault::cache_failover) && text.starts_with("at the end")) {
    return RC::failover_restores_old_pickup;
  }
  if (fired(run, faults::Fault::stale_replica_read)) return RC::lagging_replica_serves_old_pickup;
  if (fired(run, faults::Fault::cache_failover)) return RC::failover_restores_old_pickup;
  // A reader paused between its database read and its cache fill.
  if (fired(run, faults::Fault::gc_pause)) return RC::reader_fill_after_invalidation;
  return legacy_path(run, violation.request) ? RC::legacy_path_during_rollout : RC::unexplained;
}

// A request left open: the flaw that lost its offers, or an answer lost with its app.
RC plan_liveness(const RunEvidence& run, const Violation& violation) {
  for (const Violation& other : run.violations) {
    if (other.property != "exactly-once-dispatch" || other.request != violation.request) continue;
    const RC cause = plan_exactly_once(run, other);
    if (cause != RC::unexplained) return cause;
  }
  for (const HistoryEvent& show : run.history) {
    if (show.kind != HistoryKind::shown || show.request != violation.request) continue;
    const bool app_restarted =
        std::any_of(run.history.begin(), run.history.end(), [&](const HistoryEvent& crash) {
          return crash.kind == HistoryKind::process_crashed && crash.process == show.process &&
                 crash.incarnation == show.incarnation && crash.sequence > show.sequence;
        });
    if (app_restarted && (deployed(run, 2) || push_dedup_deployed(run)))
      return RC::answer_lost_on_app_restart;
  }
  return legacy_path(run, violation.request) ? RC::legacy_path_during_rollout : RC::unexplained;
}

RC plan_cause(const RunEvidence& run, const Violation& violation) {
  if (violation.property == "exactly-once-dispatch") return plan_exactly_once(run, violation);
  if (violation.property == "no-dispatch-after-decline")
    return plan_dispatch_after_decline(run, violation);
  if (violation.property == "location-monotonic") return plan_location(run, violation);
  if (violation.property == "liveness") return plan_liveness(run, violation);
  // An acknowledged message whose offer was never made: the same causes as an offer never shown.
  if (violation.property == "no-message-lost")
    return classify_lost_offer(run, violation.request, violation.driver);
  if (violation.property == "legal-transitions" &&
      violation.description.starts_with("event_log row") &&
      marked(run, marker::pickup_invalidated_by_del, violation.request)) {
    return RC::event_log_outside_transaction;  // written after Fix 3's transaction committed
  }
  return legacy_path(run, violation.request) ? RC::legacy_path_during_rollout : RC::unexplained;
}

}  // namespace

const std::vector<RootCauseInfo>& root_cause_catalogue() {
  static const std::vector<RootCauseInfo> catalogue = {
      {RC::check_outside_transaction, "check-outside-transaction", "Fix 2",
       RootCauseKind::plan_flaw,
       "the status check runs outside any transaction: a decline commits between it and the "
       "dispatch"},
      {RC::key_set_before_work, "key-set-before-work", "Fix 2", RootCauseKind::plan_flaw,
       "the idempotency key is set before the work: a crash after it loses the offer"},
      {RC::nack_then_delete, "nack-then-delete", "Fix 2 + Fix 4", RootCauseKind::plan_flaw,
       "an exception is NACKed, then the consumer deletes the message: the retry never comes"},
      {RC::key_blocks_resend_of_lost_push, "key-blocks-resend-of-lost-push", "Fix 2 (+ Fix 5)",
       RootCauseKind::plan_flaw,
       "a lost push is re-offered with the same sequence and the idempotency key skips it"},
      {RC::sent_marker_blocks_resend, "sent-marker-blocks-resend", "Fix 5 (server)",
       RootCauseKind::plan_flaw, "the 5-minute sent marker suppresses the re-offer of a lost push"},
      {RC::client_dedup_forgotten_on_restart, "client-dedup-forgotten-on-restart", "Fix 5 (client)",
       RootCauseKind::plan_flaw,
       "the app's dedup Set is lost on restart: a duplicate or delayed push is shown again"},
      {RC::notification_id_changes_with_version, "notification-id-changes-with-version",
       "Fix 5 + migration backfill", RootCauseKind::plan_flaw,
       "the backfill changes the version, so the same offer gets a new id"},
      {RC::client_dedup_drops_idless_notifications, "client-dedup-drops-idless-notifications",
       "Fix 5 (client) + rollout", RootCauseKind::plan_flaw,
       "the app stores the legacy path's missing id once and drops every later one"},
      {RC::legacy_path_during_rollout, "legacy-path-during-rollout", "rollout (flag)",
       RootCauseKind::plan_flaw, "requests outside the flag run the legacy code"},
      {RC::failover_restores_old_pickup, "failover-restores-old-pickup", "Fix 3",
       RootCauseKind::plan_flaw, "a cache failover promotes a replica holding an older pickup"},
      {RC::reader_fill_after_invalidation, "reader-fill-after-invalidation", "Fix 3",
       RootCauseKind::plan_flaw, "a reader fills the cache with an older pickup after the DEL"},
      {RC::lagging_replica_serves_old_pickup, "lagging-replica-serves-old-pickup", "Fix 3",
       RootCauseKind::plan_flaw, "the lagging cache replica serves an older pickup"},
      {RC::event_log_outside_transaction, "event-log-outside-transaction", "Fix 3 + Step 6",
       RootCauseKind::plan_flaw,
       "the event_log row is written after the transaction: updates recorded out of order"},
      {RC::answer_lost_on_app_restart, "answer-lost-on-app-restart", "Fix 2 + Fix 5",
       RootCauseKind::plan_flaw,
       "an app restart loses the answer and the re-offers are deduplicated away"},
      {RC::missing_idempotency_checks, "missing-idempotency-checks", "incident #1, Fix 2",
       RootCauseKind::incident_cause,
       "duplicate events (or pushes) are dispatched (or shown) without deduplication"},
      {RC::race_in_state_transitions, "race-in-state-transitions", "incident #2, Fix 1",
       RootCauseKind::incident_cause,
       "decline and dispatch race without an atomic transaction or optimistic locking"},
      {RC::stale_cache_without_ordering, "stale-cache-without-ordering", "incident #3, Fix 3",
       RootCauseKind::incident_cause,
       "status and pickup served from an outdated cache, updates applied without sequence order"},
      {RC::redelivery_without_idempotency, "redelivery-without-idempotency", "incident #4, Fix 4",
       RootCauseKind::incident_cause,
       "a redelivered message (failed ACK, consumer crash) is processed again"},
      {RC::unexplained, "unexplained", "", RootCauseKind::none,
       "no known cause explains it: a finding to look at"},
  };
  return catalogue;
}

const RootCauseInfo& root_cause_info(RootCause cause) {
  const auto& catalogue = root_cause_catalogue();
  const auto found = std::find_if(catalogue.begin(), catalogue.end(),
                                  [&](const RootCauseInfo& info) { return info.cause == cause; });
  assert(found != catalogue.end());
  return *found;
}

std::optional<RootCause> root_cause_from_id(std::string_view id) {
  for (const RootCauseInfo& info : root_cause_catalogue()) {
    if (info.id == id) return info.cause;
  }
  return std::nullopt;
}

std::string root_cause_text(RootCause cause) {
  const RootCauseInfo& info = root_cause_info(cause);
  if (info.where.empty()) return std::string(info.id);
  return std::string(info.id) + " (" + std::string(info.where) + ")";
}

std::string root_cause_text(std::string_view id) {
  const auto cause = root_cause_from_id(id);
  return cause ? root_cause_text(*cause) : std::string(id);
}

RootCause classify_violation(const RunEvidence& run, const Violation& violation) {
  if (is_incident(run)) return legacy_cause(run, violation);
  if (!is_candidate(run))
    return RC::unexplained;  // our design (hardened): any violation is a finding
  const RC cause = plan_cause(run, violation);
  if (cause != RC::unexplained) return cause;
  // Where a fix is not deployed, plan runs the legacy code: the incident's causes apply. Without
  // Fix 5's client side that includes the app, which shows every push it receives: a request
  // shown twice (a duplicated push) or after its decline (a push in flight) is legacy's doing.
  if (ran_legacy_code(run, violation.request) ||
      (!deployed(run, model::fix_part::push_client) && shown_by_the_app(run, violation))) {
    return legacy_cause(run, violation);
  }
  return cause;
}

}  // namespace dispatchsim::scenarios
