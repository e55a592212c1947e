#include "model/base/coverage_probes.hpp"

namespace dispatchsim::model {

const std::vector<ProbeInfo>& coverage_probes() {
  static const std::vector<ProbeInfo> probes = {
      {probe::decline_between_check_and_dispatch,
       "a decline committed between a worker's previous statement (its status check) and its "
       "dispatch_log insert"},
      {probe::dispatch_from_stale_read,
       "a dispatch_log row committed for a request declined before the worker's previous statement "
       "(a stale read)"},
      {probe::lock_expired_while_held,
       "a Redis lock expired while held: its release raised LockNotOwnedError"},
      {probe::last_receive_before_dead_letter,
       "a message was received for the last time before the dead-letter queue"},
      {probe::message_dead_lettered, "a message moved to the dead-letter queue"},
      {probe::redelivery_after_idempotency_ttl,
       "a message was redelivered more than an hour after it was sent (the plan's idempotency key "
       "TTL)"},
      {probe::stale_receipt_handle, "a delete used a receipt handle made stale by a redelivery"},
      {probe::answer_after_client_gave_up, "an API answer arrived after its client had timed out"},
      {probe::transaction_open_at_crash, "a process crashed with a database transaction open"},
      {probe::lock_wait_timeout, "a statement waited past the lock wait timeout"},
      {probe::push_delivered_after_decline,
       "a push reached a device after its request was declined"},
      {probe::offer_suppressed_by_app,
       "a driver app chose not to show a notification (dedup or claim)"},
      {probe::flag_flipped_with_messages_in_flight,
       "the feature flag flipped while dispatch messages were in flight"},
      {probe::cache_failover, "the cache failed over to its replica"},
      {probe::concurrent_modification_error,
       "Fix 1 raised ConcurrentModificationError (version mismatch)"},
  };
  return probes;
}

}  // namespace dispatchsim::model
