#include "model/base/plan_fixes.hpp"

#include <algorithm>
#include <cassert>

namespace dispatchsim::model {

namespace {

// The whole fix a part belongs to (a whole fix is its own).
int whole_fix(int code) {
  return code >= 10 ? code / 10 : code;
}

}  // namespace

const std::vector<FixPartInfo>& fix_parts() {
  static const std::vector<FixPartInfo> parts = {
      {1, "1", "Fix 1: atomic decline + dispatch cancellation"},
      {2, "2",
       "Fix 2: idempotent dispatch worker (SET NX key, lock, status check, dispatch_log key)"},
      {3, "3", "Fix 3: location update with sequence ordering, cache DEL"},
      {4, "4", "Fix 4: message broker configuration (both parts: 4q + 4c)"},
      {fix_part::queue_settings, "4q",
       "Fix 4's SQS settings: the redrive policy (maxReceiveCount 3 -> DLQ)"},
      {fix_part::consumer_loop, "4c",
       "Fix 4's consumer ACK pattern: long polling, delete only after success"},
      {5, "5", "Fix 5: push notification deduplication (both parts: 5s + 5c)"},
      {fix_part::push_server, "5s",
       "Fix 5's server side: notification_id and the Redis notif_sent marker"},
      {fix_part::push_client, "5c",
       "Fix 5's client side: the driver app's dedup Set (ships to every app)"},
  };
  return parts;
}

const std::vector<ReleaseOption>& release_options() {
  static const std::vector<ReleaseOption> options = {
      {"hotfix",
       {2, fix_part::push_server},
       "the plan's Quick Hotfix: idempotency key check in the worker (Fix 2) + Redis dedup for "
       "notifications "
       "(Fix 5 server), behind the flag"},
      {"p0", {1, 2}, "P0: atomic decline (Fix 1) + idempotent worker (Fix 2), with monitoring"},
      {"p0-p1", {1, 2, 3, 4}, "P0 + P1: Fixes 1-4 (adds location ordering and broker tuning)"},
      {"full", {1, 2, 3, 4, 5}, "the Full Fix: Fixes 1-5"},
  };
  return options;
}

const ReleaseOption* release_option_of(const std::set<int>& fixes) {
  const std::set<int> canonical = canonical_fixes(fixes);
  for (const ReleaseOption& option : release_options()) {
    if (option.fixes == canonical) return &option;
  }
  return nullptr;
}

bool fix_part_deployed(const std::set<int>& fixes, int code) {
  if (fixes.count(code) == 1) return true;
  if (code >= 10) return fixes.count(whole_fix(code)) == 1;
  return std::any_of(fixes.begin(), fixes.end(),
                     [&](int part) { return part >= 10 && whole_fix(part) == code; });
}

std::set<int> canonical_fixes(std::set<int> fixes) {
  for (int whole : {4, 5}) {
    const int first = whole * 10 + 1;
    const int second = whole * 10 + 2;
    if (fixes.count(first) == 1 && fixes.count(second) == 1) fixes.insert(whole);
    if (fixes.count(whole) == 1) {
      fixes.erase(first);
      fixes.erase(second);
    }
  }
  return fixes;
}

std::string fix_set_text(const std::set<int>& fixes) {
  if (fixes.empty()) return "none";
  std::string text;
  for (const FixPartInfo& part : fix_parts()) {
    if (fixes.count(part.code) == 1) text += (text.empty() ? "" : ",") + std::string(part.text);
  }
  assert(!text.empty());
  return text;
}

std::optional<std::set<int>> fix_item(std::string_view text) {
  for (const FixPartInfo& part : fix_parts()) {
    if (part.text == text) return std::set<int>{part.code};
  }
  for (const ReleaseOption& option : release_options()) {
    if (option.name == text) return option.fixes;
  }
  return std::nullopt;
}

}  // namespace dispatchsim::model
