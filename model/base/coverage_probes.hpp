#pragma once
// The coverage probes placed in the model: rare, interesting paths a good exploration must reach.
// A sweep counts hits per probe; reports list the probes never hit, so weak exploration shows.

#include <string_view>
#include <vector>

namespace dispatchsim::model {

struct ProbeInfo {
  std::string_view id;
  std::string_view description;
};

namespace probe {
inline constexpr std::string_view decline_between_check_and_dispatch =
    "decline-between-check-and-dispatch";
inline constexpr std::string_view dispatch_from_stale_read = "dispatch-from-stale-read";
inline constexpr std::string_view lock_expired_while_held = "lock-expired-while-held";
inline constexpr std::string_view last_receive_before_dead_letter =
    "last-receive-before-dead-letter";
inline constexpr std::string_view message_dead_lettered = "message-dead-lettered";
inline constexpr std::string_view redelivery_after_idempotency_ttl =
    "redelivery-after-idempotency-ttl";
inline constexpr std::string_view stale_receipt_handle = "stale-receipt-handle";
inline constexpr std::string_view answer_after_client_gave_up = "answer-after-client-gave-up";
inline constexpr std::string_view transaction_open_at_crash = "transaction-open-at-crash";
inline constexpr std::string_view lock_wait_timeout = "lock-wait-timeout";
inline constexpr std::string_view push_delivered_after_decline = "push-delivered-after-decline";
inline constexpr std::string_view offer_suppressed_by_app = "offer-suppressed-by-app";
inline constexpr std::string_view flag_flipped_with_messages_in_flight =
    "flag-flipped-with-messages-in-flight";
inline constexpr std::string_view cache_failover = "cache-failover";
inline constexpr std::string_view concurrent_modification_error = "concurrent-modification-error";
}  // namespace probe

const std::vector<ProbeInfo>& coverage_probes();

}  // namespace dispatchsim::model
