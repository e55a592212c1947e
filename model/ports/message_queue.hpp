#pragma once
// The broker port: the subset of the Amazon SQS API the dispatch system uses, with SQS
// semantics (standard queue): at-least-once delivery, visibility timeout, receive count,
// redrive to a dead-letter queue after maxReceiveCount receives, delete by receipt handle
// (a stale handle "succeeds" without deleting), retention, no ordering guarantee.

#include <cstdint>
#include <string>
#include <vector>

#include "sim/virtual_time.hpp"

namespace dispatchsim::model {

struct ReceivedMessage {
  std::int64_t message_id = 0;
  std::int64_t receipt_handle = 0;  // valid until the message is received again
  std::string body;
  int receive_count = 0;  // ApproximateReceiveCount, including this receive
  sim::Micros sent_at = 0;
};

class MessageQueue {
 public:
  virtual ~MessageQueue() = default;
  // SendMessage. Returns the message id.
  virtual std::int64_t send_message(std::string body) = 0;
  // ReceiveMessage with MaxNumberOfMessages (1..10) and WaitTimeSeconds (long poll: returns as
  // soon as at least one message is visible, or empty after wait_time).
  virtual std::vector<ReceivedMessage> receive_messages(int max_messages,
                                                        sim::Micros wait_time) = 0;
  // DeleteMessage. Like SQS, succeeds even when the handle is stale; the message then stays.
  virtual void delete_message(std::int64_t receipt_handle) = 0;
  // ChangeMessageVisibility (0 makes the message visible again at once: a NACK).
  virtual void change_message_visibility(std::int64_t receipt_handle, sim::Micros timeout) = 0;
};

}  // namespace dispatchsim::model
