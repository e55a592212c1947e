#include "model/infra/simulated_queue.hpp"

#include "model/base/coverage_probes.hpp"

#include <algorithm>
#include <cassert>

namespace dispatchsim::model {

namespace {
// Time plus a duration without overflow: a wait or a retention of `never` must stay `never`.
sim::Micros saturating_add(sim::Micros time, sim::Micros duration) {
  assert(duration >= 0);
  return time > sim::never - duration ? sim::never : time + duration;
}
}  // namespace

SimulatedQueue::SimulatedQueue(sim::Kernel& kernel, FaultPoints& faults, std::string name,
                               QueueConfig config, SimulatedQueue* dead_letter_queue)
    : kernel_(kernel),
      faults_(faults),
      name_(std::move(name)),
      config_(config),
      dead_letter_queue_(dead_letter_queue),
      choice_stream_(kernel.choices().stream("broker")) {
  assert(config_.visibility_timeout >= 0);
  assert(config_.retention_period > 0);
  assert(config_.max_receive_count >= 0);
  assert(config_.max_batch >= 1);
  assert(dead_letter_queue_ != this);
  assert(dead_letter_queue_ == nullptr || &dead_letter_queue_->kernel_ == &kernel_);
}

std::int64_t SimulatedQueue::send_message(std::string body) {
  kernel_.yield_point("broker.send");
  advance_to_now();
  const auto body_size = static_cast<std::int64_t>(body.size());
  const std::int64_t id = store(std::move(body), kernel_.now(), 0);
  kernel_.record_with("broker.send", id, body_size, 0,
                      [&] { return name_ + ": " + message(id).body; });
  assert_consistent();
  return id;
}

std::vector<ReceivedMessage> SimulatedQueue::receive_messages(int max_messages,
                                                              sim::Micros wait_time) {
  kernel_.yield_point("broker.receive");
  const auto limit = static_cast<std::size_t>(std::clamp(max_messages, 1, config_.max_batch));
  const sim::Micros deadline = saturating_add(kernel_.now(), std::max<sim::Micros>(wait_time, 0));
  ReceiveFaults asked;
  std::vector<ReceivedMessage> batch;
  // Each pass either returns, or parks until a send, a visibility change or the deadline; a
  // wake-up without a visible message (another receiver was faster) just parks again.
  for (;;) {
    advance_to_now();
    collect(limit, asked, batch);
    if (!batch.empty() || kernel_.now() >= deadline) break;
    const sim::Micros wake_at = std::min(deadline, next_visibility_change());
    assert(wake_at > kernel_.now());
    kernel_.wait(long_pollers_, wake_at);
  }
  kernel_.record_with("broker.receive", static_cast<std::int64_t>(batch.size()),
                      static_cast<std::int64_t>(limit), wait_time, [&] { return name_; });
  assert_consistent();
  if (!batch.empty() && faults_.fires(Fault::delivery_delay)) delay_delivery(batch);
  return batch;
}

void SimulatedQueue::delete_message(std::int64_t receipt_handle) {
  kernel_.yield_point("broker.delete");
  advance_to_now();
  if (receipt_handle > 0 && receipt_handle <= last_receipt_handle_)
    deleted_handles_.insert(receipt_handle);
  ++delete_requests_;
  network_->deliver_delete(receipt_handle);
}

void SimulatedQueue::deliver_delete(std::int64_t receipt_handle) {
  ++deletes_arrived_;
  assert(deletes_arrived_ <= delete_requests_);
  Message* found = message_by_handle(receipt_handle);
  if (found == nullptr) {
    ++stale_deletes_;
    kernel_.probe(probe::stale_receipt_handle);
    kernel_.record("broker.delete_stale", receipt_handle);
    return;
  }
  processing_time_total_ += kernel_.now() - found->received_at;
  finish(*found, State::deleted, kernel_.now());
  ++deleted_;
  kernel_.record("broker.delete", receipt_handle, found->id);
  assert_consistent();
}

void SimulatedQueue::change_message_visibility(std::int64_t receipt_handle, sim::Micros timeout) {
  assert(timeout >= 0);
  kernel_.yield_point("broker.change_visibility");
  advance_to_now();
  Message* found = message_by_handle(receipt_handle);
  if (found == nullptr || found->state != State::in_flight) {
    ++stale_visibility_changes_;
    kernel_.record("broker.change_visibility_stale", receipt_handle, timeout);
    return;
  }
  ++nacks_;
  unplace(*found);
  place(*found, saturating_add(kernel_.now(), timeout));
  // A long-poller parked until the previous visibility time; it must look again.
  kernel_.notify_all(long_pollers_);
  kernel_.record("broker.change_visibility", receipt_handle, found->id, timeout);
  assert_consistent();
}

QueueCounts SimulatedQueue::counts() const {
  QueueCounts counts;
  counts.sent = sent_;
  counts.received = received_;
  counts.deleted = deleted_;
  counts.moved_to_dlq = moved_to_dead_letter_queue_;
  counts.expired = expired_;
  counts.stale_deletes = stale_deletes_;
  counts.lost_deletes = delete_requests_ - deletes_arrived_;
  counts.duplicate_deliveries = duplicate_deliveries_;
  counts.stale_visibility_changes = stale_visibility_changes_;
  counts.acknowledged_deliveries = static_cast<std::int64_t>(deleted_handles_.size());
  counts.redeliveries = redeliveries_;
  counts.nacks = nacks_;
  counts.processing_time_total = processing_time_total_;
  // The stored states lag behind the clock until the next call; classify live messages for now.
  for (const auto& [sent_at, id] : live_by_sent_at_) {
    sim::Micros changed_at = 0;
    switch (state_at(messages_[static_cast<std::size_t>(id - 1)], kernel_.now(), changed_at)) {
      case State::visible:
        ++counts.visible;
        break;
      case State::in_flight:
        ++counts.in_flight;
        break;
      case State::expired:
        ++counts.expired;
        break;
      case State::deleted:
      case State::dead_lettered:
        assert(false && "a finished message is still live");
        break;
    }
  }
  assert(counts.sent ==
         counts.visible + counts.in_flight + counts.deleted + counts.moved_to_dlq + counts.expired);
  return counts;
}

std::vector<MessageRecord> SimulatedQueue::messages() const {
  std::vector<MessageRecord> records;
  records.reserve(messages_.size());
  for (const Message& message : messages_) {
    MessageRecord record{message.id,
                         message.body,
                         message.sent_at,
                         message.receive_count,
                         State::visible,
                         0,
                         message.original_message_id,
                         message.dead_letter_message_id};
    record.state = state_at(message, kernel_.now(), record.state_changed_at);
    records.push_back(std::move(record));
  }
  return records;
}

// Appends a visible message and wakes the long-pollers. Never yields: a redrive calls it in the
// middle of another queue's receive.
std::int64_t SimulatedQueue::store(std::string body, sim::Micros sent_at,
                                   std::int64_t original_message_id) {
  Message stored;
  stored.id = static_cast<std::int64_t>(messages_.size()) + 1;
  stored.body = std::move(body);
  stored.sent_at = sent_at;
  stored.original_message_id = original_message_id;
  stored.state = State::visible;
  stored.state_changed_at = kernel_.now();
  messages_.push_back(std::move(stored));
  Message& message = messages_.back();
  live_by_sent_at_.emplace(message.sent_at, message.id);
  place(message, kernel_.now());
  ++sent_;
  kernel_.notify_all(long_pollers_);
  return message.id;
}

// The dead-letter side of a redrive: a new message with the same body. It keeps the original
// send time, so retention still counts from the first send (SQS standard queues do the same);
// its receive count starts again at 0.
std::int64_t SimulatedQueue::accept_dead_letter(const Message& source) {
  advance_to_now();
  const std::int64_t id = store(source.body, source.sent_at, source.id);
  kernel_.record("broker.dead_letter_received", id, source.id);
  return id;
}

// Applies what the passing of time did since the last call: expirations, then messages whose
// visibility timeout ran out. Each transition is stamped with the time it really happened.
void SimulatedQueue::advance_to_now() {
  const sim::Micros now = kernel_.now();
  while (!live_by_sent_at_.empty()) {
    Message& oldest = message(live_by_sent_at_.begin()->second);
    const sim::Micros expires_at = expiry_time(oldest);
    if (expires_at > now) break;
    finish(oldest, State::expired, expires_at);
    ++expired_;
    kernel_.record("broker.expire", oldest.id, oldest.receive_count);
  }
  while (!in_flight_by_visible_at_.empty() && in_flight_by_visible_at_.begin()->first <= now) {
    Message& reappearing = message(in_flight_by_visible_at_.begin()->second);
    unplace(reappearing);
    place(reappearing, reappearing.visible_at);
  }
}

// One pass of a receive: the duplicate (if the fault fires) first, then visible messages.
void SimulatedQueue::collect(std::size_t limit, ReceiveFaults& asked,
                             std::vector<ReceivedMessage>& batch) {
  assert(batch.empty());
  if (!asked.duplicate_asked && !in_flight_ids_.empty()) deliver_duplicate(asked, batch);
  // Out of order only matters when there is a choice to make.
  if (!asked.reordering_asked && visible_ids_.size() >= 2) {
    asked.reordering_asked = true;
    asked.reordering = faults_.fires(Fault::reordering);
  }
  if (asked.reordering) {
    take_shuffled(limit, batch);
  } else {
    take_oldest(limit, batch);
  }
  assert(batch.size() <= limit);
}

// The duplicate_delivery fault: the oldest in-flight message goes to this caller too. Its
// earlier receiver's handle becomes stale, as after a real redelivery.
void SimulatedQueue::deliver_duplicate(ReceiveFaults& asked, std::vector<ReceivedMessage>& batch) {
  asked.duplicate_asked = true;
  if (!faults_.fires(Fault::duplicate_delivery)) return;
  Message& duplicated = message(*in_flight_ids_.begin());
  assert(duplicated.state == State::in_flight);
  ++duplicate_deliveries_;
  kernel_.record("broker.duplicate_delivery", duplicated.id, duplicated.latest_receipt_handle);
  deliver(duplicated, batch);
}

void SimulatedQueue::take_oldest(std::size_t limit, std::vector<ReceivedMessage>& batch) {
  // Walks ids upwards rather than re-reading the front: with a visibility timeout of 0 a
  // delivered message is visible again at once and must not fill the rest of this batch.
  std::int64_t last_taken = 0;
  while (batch.size() < limit) {
    const auto next = visible_ids_.upper_bound(last_taken);
    if (next == visible_ids_.end()) break;
    last_taken = *next;
    take(message(last_taken), batch);
  }
}

// The reordering fault: a partial Fisher-Yates shuffle over the visible messages, drawing only
// as many choices as messages are taken.
void SimulatedQueue::take_shuffled(std::size_t limit, std::vector<ReceivedMessage>& batch) {
  std::vector<std::int64_t> candidates(visible_ids_.begin(), visible_ids_.end());
  kernel_.record("broker.reorder", static_cast<std::int64_t>(candidates.size()));
  for (std::size_t next = 0; next < candidates.size() && batch.size() < limit; ++next) {
    const std::size_t remaining = candidates.size() - next;
    const auto picked = next + static_cast<std::size_t>(kernel_.choices().choose(
                                   choice_stream_, static_cast<std::uint64_t>(remaining)));
    std::swap(candidates[next], candidates[picked]);
    take(message(candidates[next]), batch);
  }
}

// A visible message about to be received: delivered, or redriven if it has been received too
// often already.
void SimulatedQueue::take(Message& message, std::vector<ReceivedMessage>& batch) {
  assert(message.state == State::visible);
  if (should_redrive(message)) {
    move_to_dead_letter_queue(message);
  } else {
    deliver(message, batch);
  }
}

// Hands the message to the caller with a fresh receipt handle and starts its invisibility.
void SimulatedQueue::deliver(Message& message, std::vector<ReceivedMessage>& batch) {
  message_by_latest_handle_.erase(message.latest_receipt_handle);
  message.latest_receipt_handle = ++last_receipt_handle_;
  message_by_latest_handle_.emplace(message.latest_receipt_handle, message.id);
  ++message.receive_count;
  if (message.receive_count > 1) ++redeliveries_;
  message.received_at = kernel_.now();
  unplace(message);
  place(message, saturating_add(kernel_.now(), config_.visibility_timeout));
  ++received_;
  batch.push_back(ReceivedMessage{message.id, message.latest_receipt_handle, message.body,
                                  message.receive_count, message.sent_at});
  kernel_.record("broker.deliver", message.id, message.latest_receipt_handle,
                 message.receive_count);
  if (dead_letter_queue_ != nullptr && message.receive_count == config_.max_receive_count) {
    kernel_.probe(probe::last_receive_before_dead_letter);
  }
  if (message.receive_count > 1 && kernel_.now() - message.sent_at > sim::seconds(3600)) {
    kernel_.probe(probe::redelivery_after_idempotency_ttl);
  }
}

void SimulatedQueue::move_to_dead_letter_queue(Message& message) {
  assert(dead_letter_queue_ != nullptr);
  message.dead_letter_message_id = dead_letter_queue_->accept_dead_letter(message);
  finish(message, State::dead_lettered, kernel_.now());
  ++moved_to_dead_letter_queue_;
  kernel_.probe(probe::message_dead_lettered);
  kernel_.record("broker.dead_letter", message.id, message.dead_letter_message_id,
                 message.receive_count);
}

// The delivery_delay fault: the batch is already in flight, but the consumer gets it only after
// the delay, when the messages may have been redelivered to someone else.
void SimulatedQueue::delay_delivery(const std::vector<ReceivedMessage>& batch) {
  const sim::Micros delay = std::max<sim::Micros>(faults_.magnitude(Fault::delivery_delay), 0);
  kernel_.record("broker.delivery_delay", delay, static_cast<std::int64_t>(batch.size()));
  kernel_.sleep_for(delay);
}

// Puts a live message into the visible or the in-flight set, by its visibility time.
void SimulatedQueue::place(Message& message, sim::Micros visible_at) {
  assert(message.state == State::visible || message.state == State::in_flight);
  message.visible_at = visible_at;
  const State next = visible_at <= kernel_.now() ? State::visible : State::in_flight;
  if (next != message.state) {
    // A message that became visible while nobody looked did so at visible_at, not now.
    message.state_changed_at = next == State::visible ? visible_at : kernel_.now();
  }
  message.state = next;
  if (next == State::visible) {
    visible_ids_.insert(message.id);
  } else {
    in_flight_ids_.insert(message.id);
    in_flight_by_visible_at_.emplace(visible_at, message.id);
  }
}

// Takes a live message out of whichever of the visible and in-flight sets holds it.
void SimulatedQueue::unplace(Message& message) {
  if (message.state == State::visible) {
    [[maybe_unused]] const auto erased = visible_ids_.erase(message.id);
    assert(erased == 1);
    assert(!in_flight_ids_.contains(message.id));
  } else {
    assert(message.state == State::in_flight);
    [[maybe_unused]] const auto erased =
        in_flight_ids_.erase(message.id) +
        in_flight_by_visible_at_.erase({message.visible_at, message.id});
    assert(erased == 2);
    assert(!visible_ids_.contains(message.id));
  }
}

// Ends a message's life: it leaves every live index, and its receipt handle goes stale.
void SimulatedQueue::finish(Message& message, State final_state, sim::Micros at) {
  assert(final_state == State::deleted || final_state == State::dead_lettered ||
         final_state == State::expired);
  unplace(message);
  [[maybe_unused]] const auto erased = live_by_sent_at_.erase({message.sent_at, message.id});
  assert(erased == 1);
  message_by_latest_handle_.erase(message.latest_receipt_handle);
  message.state = final_state;
  message.state_changed_at = at;
}

bool SimulatedQueue::should_redrive(const Message& message) const {
  return dead_letter_queue_ != nullptr && config_.max_receive_count > 0 &&
         message.receive_count >= config_.max_receive_count;
}

sim::Micros SimulatedQueue::next_visibility_change() const {
  return in_flight_by_visible_at_.empty() ? sim::never : in_flight_by_visible_at_.begin()->first;
}

sim::Micros SimulatedQueue::expiry_time(const Message& message) const {
  return saturating_add(message.sent_at, config_.retention_period);
}

// The state a message has at `now`, applying the transitions advance_to_now() has not applied
// yet, in the same order (expiry first).
MessageRecord::State SimulatedQueue::state_at(const Message& message, sim::Micros now,
                                              sim::Micros& changed_at) const {
  changed_at = message.state_changed_at;
  const bool live = message.state == State::visible || message.state == State::in_flight;
  if (!live) return message.state;
  if (expiry_time(message) <= now) {
    changed_at = expiry_time(message);
    return State::expired;
  }
  if (message.state == State::in_flight && message.visible_at <= now) {
    changed_at = message.visible_at;
    return State::visible;
  }
  return message.state;
}

SimulatedQueue::Message& SimulatedQueue::message(std::int64_t id) {
  assert(id >= 1 && id <= static_cast<std::int64_t>(messages_.size()));
  Message& found = messages_[static_cast<std::size_t>(id - 1)];
  assert(found.id == id);
  return found;
}

SimulatedQueue::Message* SimulatedQueue::message_by_handle(std::int64_t receipt_handle) {
  const auto found = message_by_latest_handle_.find(receipt_handle);
  if (found == message_by_latest_handle_.end()) return nullptr;
  Message& target = message(found->second);
  assert(target.latest_receipt_handle == receipt_handle);
  assert(target.state == State::visible || target.state == State::in_flight);
  return &target;
}

// Cheap structural checks after every mutating call (sizes only: O(1)).
void SimulatedQueue::assert_consistent() const {
  assert(visible_ids_.size() + in_flight_ids_.size() == live_by_sent_at_.size());
  assert(in_flight_ids_.size() == in_flight_by_visible_at_.size());
  assert(message_by_latest_handle_.size() <= live_by_sent_at_.size());
  assert(sent_ == static_cast<std::int64_t>(messages_.size()));
  assert(sent_ == static_cast<std::int64_t>(live_by_sent_at_.size()) + deleted_ +
                      moved_to_dead_letter_queue_ + expired_);
}

}  // namespace dispatchsim::model
