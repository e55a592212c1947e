#include "properties/plan_flaws.hpp"

#include "model/coverage_probes.hpp"

#include <algorithm>
#include <cassert>

namespace dispatchsim::testing {

namespace {

using model::HistoryEvent;
using model::HistoryKind;
using model::Violation;
using scenarios::RunResult;

bool fired(const RunResult& run, faults::Fault fault) {
  return run.faults_fired[static_cast<std::size_t>(fault)] > 0;
}

// The plan's rollback procedure (a scenario's [rollback] step) turned the flag off mid-run.
bool flag_rolled_back(const RunResult& run) {
  return std::any_of(run.log.begin(), run.log.end(),
                     [](const model::LogLine& line) { return line.event_type == "rollback_flag_disabled"; });
}

// Some requests ran the legacy code: the flag was below 100 %, switched, flipped mid-run or
// rolled back.
bool partial_rollout(const RunResult& run) {
  return run.flag_percent < 100 || run.flag_switch.has_value() || fired(run, faults::Fault::flag_flip) ||
         flag_rolled_back(run);
}

bool logged(const RunResult& run, std::string_view event_type, model::RequestId request,
            model::DriverId driver) {
  return std::any_of(run.log.begin(), run.log.end(), [&](const model::LogLine& line) {
    return line.event_type == event_type && line.request == request && line.driver == driver;
  });
}

std::vector<const HistoryEvent*> events_of(const RunResult& run, HistoryKind kind, model::RequestId request,
                                           model::DriverId driver) {
  std::vector<const HistoryEvent*> found;
  for (const HistoryEvent& event : run.history) {
    if (event.kind == kind && event.request == request && event.driver == driver) found.push_back(&event);
  }
  return found;
}

const HistoryEvent* event_with_sequence(const RunResult& run, std::uint64_t sequence) {
  const auto found = std::find_if(run.history.begin(), run.history.end(),
                                  [&](const HistoryEvent& event) { return event.sequence == sequence; });
  return found == run.history.end() ? nullptr : &*found;
}

bool probe_hit(const RunResult& run, std::string_view probe) {
  const auto found = run.probe_hits.find(std::string(probe));
  return found != run.probe_hits.end() && found->second > 0;
}

// An offer never shown while its request stayed open: what stopped it, from the plan's own logs.
PlanFlaw classify_lost_offer(const RunResult& run, model::RequestId request, model::DriverId driver) {
  if (logged(run, "dispatch_failed", request, driver)) return PlanFlaw::nack_then_delete;
  const bool pushed = !events_of(run, HistoryKind::push_sent, request, driver).empty();
  if (logged(run, "notification_already_sent", request, driver)) return PlanFlaw::sent_marker_blocks_resend;
  if (logged(run, "duplicate_event_skipped", request, driver)) {
    return pushed ? PlanFlaw::key_blocks_resend_of_lost_push : PlanFlaw::key_set_before_work;
  }
  if (pushed && partial_rollout(run) && probe_hit(run, model::probe::offer_suppressed_by_app)) {
    return PlanFlaw::client_dedup_drops_idless_notifications;
  }
  if (partial_rollout(run)) return PlanFlaw::legacy_path_during_rollout;
  return PlanFlaw::unclassified;
}

// One life of the app showed the request twice: its dedup saw two different notification ids.
PlanFlaw shown_again_by_one_app(const RunResult& run) {
  if (partial_rollout(run)) return PlanFlaw::legacy_path_during_rollout;
  // Only a re-offer with a new sequence is dispatched again (the same sequence hits Fix 2's key).
  if (fired(run, faults::Fault::producer_new_sequence)) return PlanFlaw::notification_id_changes_with_version;
  return PlanFlaw::unclassified;
}

PlanFlaw classify_exactly_once(const RunResult& run, const Violation& violation) {
  const auto shows = events_of(run, HistoryKind::shown, violation.request, violation.driver);
  if (shows.empty()) return classify_lost_offer(run, violation.request, violation.driver);
  for (const HistoryEvent* show : shows) {
    if (show->incarnation != shows.front()->incarnation) return PlanFlaw::client_dedup_forgotten_on_restart;
  }
  return shown_again_by_one_app(run);
}

PlanFlaw classify_dispatch_after_decline(const RunResult& run, const Violation& violation) {
  assert(violation.events.size() == 2);
  const HistoryEvent* decline = event_with_sequence(run, violation.events[0]);
  const HistoryEvent* after = event_with_sequence(run, violation.events[1]);
  if (decline == nullptr || after == nullptr) return PlanFlaw::unclassified;
  if (after->kind == HistoryKind::shown) {
    // The driver pressed decline in one life of the app and was shown the request in a later one.
    if (after->incarnation != decline->incarnation) return PlanFlaw::client_dedup_forgotten_on_restart;
    return shown_again_by_one_app(run);
  }
  return partial_rollout(run) ? PlanFlaw::legacy_path_during_rollout : PlanFlaw::check_outside_transaction;
}

bool stored_pickup_went_back(const RunResult& run, model::RequestId request) {
  return std::any_of(run.violations.begin(), run.violations.end(), [&](const Violation& other) {
    return other.request == request && other.description.find("stored pickup went back") != std::string::npos;
  });
}

PlanFlaw classify_location(const RunResult& run, const Violation& violation) {
  const std::string& text = violation.description;
  const bool read_back_in_time = text.starts_with("a reader saw") || text.starts_with("at the end the cache key");
  if (!read_back_in_time || stored_pickup_went_back(run, violation.request)) {
    // The database itself went back: only the legacy path's last-writer-wins UPDATE does that.
    return partial_rollout(run) ? PlanFlaw::legacy_path_during_rollout : PlanFlaw::unclassified;
  }
  if (fired(run, faults::Fault::cache_failover) && text.starts_with("at the end")) {
    return PlanFlaw::failover_restores_old_pickup;
  }
  if (fired(run, faults::Fault::stale_replica_read)) return PlanFlaw::lagging_replica_serves_old_pickup;
  if (fired(run, faults::Fault::cache_failover)) return PlanFlaw::failover_restores_old_pickup;
  // A reader paused between its database read and its cache fill.
  if (fired(run, faults::Fault::gc_pause)) return PlanFlaw::reader_fill_after_invalidation;
  return partial_rollout(run) ? PlanFlaw::legacy_path_during_rollout : PlanFlaw::unclassified;
}

// A request left open: the flaw that lost its offers, or an answer lost with its app.
PlanFlaw classify_liveness(const RunResult& run, const Violation& violation) {
  for (const Violation& other : run.violations) {
    if (other.property != "exactly-once-dispatch" || other.request != violation.request) continue;
    const PlanFlaw flaw = classify_exactly_once(run, other);
    if (flaw != PlanFlaw::unclassified) return flaw;
  }
  for (const HistoryEvent& show : run.history) {
    if (show.kind != HistoryKind::shown || show.request != violation.request) continue;
    const bool app_restarted = std::any_of(run.history.begin(), run.history.end(), [&](const HistoryEvent& crash) {
      return crash.kind == HistoryKind::process_crashed && crash.process == show.process &&
             crash.incarnation == show.incarnation && crash.sequence > show.sequence;
    });
    if (app_restarted) return PlanFlaw::answer_lost_on_app_restart;
  }
  return partial_rollout(run) ? PlanFlaw::legacy_path_during_rollout : PlanFlaw::unclassified;
}

}  // namespace

const std::vector<PlanFlawInfo>& plan_flaw_catalogue() {
  static const std::vector<PlanFlawInfo> catalogue = {
      {PlanFlaw::check_outside_transaction, "check-outside-transaction", "Fix 2"},
      {PlanFlaw::key_set_before_work, "key-set-before-work", "Fix 2"},
      {PlanFlaw::nack_then_delete, "nack-then-delete", "Fix 2 + Fix 4"},
      {PlanFlaw::key_blocks_resend_of_lost_push, "key-blocks-resend-of-lost-push", "Fix 2 (+ Fix 5)"},
      {PlanFlaw::sent_marker_blocks_resend, "sent-marker-blocks-resend", "Fix 5 (server)"},
      {PlanFlaw::client_dedup_forgotten_on_restart, "client-dedup-forgotten-on-restart", "Fix 5 (client)"},
      {PlanFlaw::notification_id_changes_with_version, "notification-id-changes-with-version",
       "Fix 5 + migration backfill"},
      {PlanFlaw::client_dedup_drops_idless_notifications, "client-dedup-drops-idless-notifications",
       "Fix 5 (client) + rollout"},
      {PlanFlaw::legacy_path_during_rollout, "legacy-path-during-rollout", "rollout (flag)"},
      {PlanFlaw::failover_restores_old_pickup, "failover-restores-old-pickup", "Fix 3"},
      {PlanFlaw::reader_fill_after_invalidation, "reader-fill-after-invalidation", "Fix 3"},
      {PlanFlaw::lagging_replica_serves_old_pickup, "lagging-replica-serves-old-pickup", "Fix 3"},
      {PlanFlaw::event_log_outside_transaction, "event-log-outside-transaction", "Fix 3 + Step 6"},
      {PlanFlaw::answer_lost_on_app_restart, "answer-lost-on-app-restart", "Fix 2 + Fix 5"},
      {PlanFlaw::unclassified, "unclassified", "?"},
  };
  return catalogue;
}

const PlanFlawInfo& plan_flaw_info(PlanFlaw flaw) {
  const auto& catalogue = plan_flaw_catalogue();
  const auto found = std::find_if(catalogue.begin(), catalogue.end(),
                                  [&](const PlanFlawInfo& info) { return info.flaw == flaw; });
  assert(found != catalogue.end());
  return *found;
}

PlanFlaw classify_plan_violation(const RunResult& run, const Violation& violation) {
  assert(!run.history.empty() && "classify_plan_violation needs RunOptions::keep_trace");
  if (violation.property == "exactly-once-dispatch") return classify_exactly_once(run, violation);
  if (violation.property == "no-dispatch-after-decline") return classify_dispatch_after_decline(run, violation);
  if (violation.property == "location-monotonic") return classify_location(run, violation);
  if (violation.property == "liveness") return classify_liveness(run, violation);
  // An acknowledged message whose offer was never made: the same causes as an offer never shown.
  if (violation.property == "no-message-lost") return classify_lost_offer(run, violation.request, violation.driver);
  if (violation.property == "legal-transitions") {
    if (violation.description.starts_with("event_log row")) return PlanFlaw::event_log_outside_transaction;
    return partial_rollout(run) ? PlanFlaw::legacy_path_during_rollout : PlanFlaw::unclassified;
  }
  return partial_rollout(run) ? PlanFlaw::legacy_path_during_rollout : PlanFlaw::unclassified;
}

}  // namespace dispatchsim::testing
