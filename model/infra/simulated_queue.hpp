#pragma once
// The simulated twin of the broker port: an Amazon SQS *standard* queue in virtual time.
//
// What it reproduces, because the dispatch logic must survive it: at-least-once delivery (a
// message comes back after its visibility timeout unless deleted with its latest receipt handle),
// ApproximateReceiveCount, redrive to a dead-letter queue after maxReceiveCount receives, long
// polling, retention, and a stale receipt handle that "succeeds" without deleting anything.
// What the faults add (asked at the call sites through FaultPoints, drawn from the run's
// choices): duplicate delivery of an in-flight message, out-of-order batches, batches that reach
// the consumer after their visibility timeout. A lost delete is the network's, not the broker's:
// every delete travels through a BrokerNetwork seam (model/infra/fault_seams.hpp) that faults/
// decorates. Without faults, batches come in
// send order; callers must not rely on it.
//
// Blocking calls (every MessageQueue method) are legal only inside a simulated process; the
// observers (counts, messages, name, config) never block and may be called from anywhere.

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "model/base/fault_points.hpp"
#include "model/infra/fault_seams.hpp"
#include "model/ports/message_queue.hpp"
#include "sim/kernel.hpp"
#include "sim/virtual_time.hpp"

namespace dispatchsim::model {

// Queue attributes. The defaults are the remediation plan's Fix 4 values.
struct QueueConfig {
  sim::Micros visibility_timeout = sim::seconds(30);
  sim::Micros retention_period = sim::seconds(345600);  // 4 days
  // RedrivePolicy maxReceiveCount. 0, or a queue without a dead-letter queue, means no redrive:
  // an undeleted message is redelivered until it expires.
  int max_receive_count = 3;
  int max_batch = 10;  // upper bound of MaxNumberOfMessages
};

// A snapshot of the queue's counters. visible and in_flight are computed for the current
// virtual time (ApproximateNumberOfMessages / ApproximateNumberOfMessagesNotVisible); the rest
// are totals since the queue was created. Always:
//   sent == visible + in_flight + deleted + moved_to_dlq + expired.
struct QueueCounts {
  std::int64_t visible = 0;
  std::int64_t in_flight = 0;
  std::int64_t delayed = 0;   // DelaySeconds is not modelled: always 0
  std::int64_t sent = 0;      // including dead letters moved into this queue
  std::int64_t received = 0;  // deliveries, duplicates included
  std::int64_t deleted = 0;
  std::int64_t moved_to_dlq = 0;
  std::int64_t expired = 0;
  std::int64_t stale_deletes = 0;             // deletes with a superseded or unknown handle
  std::int64_t lost_deletes = 0;              // deletes lost by the lost_delete fault
  std::int64_t duplicate_deliveries = 0;      // deliveries made by the duplicate_delivery fault
  std::int64_t stale_visibility_changes = 0;  // ignored: stale handle or message not in flight
  // Deliveries whose receipt handle some delete named (whether it deleted, was stale or was
  // lost): the consumer finished with them. The others were given up (crash, error, NACK).
  std::int64_t acknowledged_deliveries = 0;
  // For the broker metrics on-call reads (model/observe/broker_metrics.hpp):
  std::int64_t redeliveries = 0;  // deliveries of a message received before (receive count > 1)
  std::int64_t nacks = 0;         // visibility changes applied (the plan's nack_message: 0 s)
  sim::Micros processing_time_total = 0;  // summed over deletes: delete time - that delivery's time
};

// The full history of one message, for properties and metrics.
struct MessageRecord {
  enum class State { visible, in_flight, deleted, dead_lettered, expired };
  std::int64_t message_id = 0;
  std::string body;
  sim::Micros sent_at = 0;  // a dead letter keeps its original send time, as in SQS
  int receive_count = 0;
  State state = State::visible;
  sim::Micros state_changed_at = 0;
  std::int64_t original_message_id = 0;     // a dead letter: its id in the source queue; else 0
  std::int64_t dead_letter_message_id = 0;  // once dead-lettered: its id in the DLQ; else 0
};

// A MessageQueue (what clients call) and the healthy BrokerNetwork (how a delete reaches it).
class SimulatedQueue final : public MessageQueue, public BrokerNetwork {
 public:
  // kernel, faults and dead_letter_queue (nullptr: none) must outlive the queue. The
  // dead-letter queue must run on the same kernel. Registers the "broker" choice stream.
  SimulatedQueue(sim::Kernel& kernel, FaultPoints& faults, std::string name, QueueConfig config,
                 SimulatedQueue* dead_letter_queue);
  SimulatedQueue(const SimulatedQueue&) = delete;
  SimulatedQueue& operator=(const SimulatedQueue&) = delete;

  // Stores body as a new message, visible at once, and wakes the long-polling receivers.
  // Returns its id (1, 2, ... per queue).
  std::int64_t send_message(std::string body) override;

  // Returns up to max_messages (clamped to 1..max_batch) visible messages, oldest first, each
  // with a fresh receipt handle, its receive count incremented, and invisible for the visibility
  // timeout. A message already received max_receive_count times goes to the dead-letter queue
  // instead. When nothing is visible it long-polls: it returns as soon as a message becomes
  // visible, or empty once wait_time has passed (0: return at once).
  std::vector<ReceivedMessage> receive_messages(int max_messages, sim::Micros wait_time) override;

  // Deletes the message whose latest receipt handle is receipt_handle. A stale or unknown handle
  // succeeds silently and deletes nothing (as in SQS); it is counted in stale_deletes.
  void delete_message(std::int64_t receipt_handle) override;
  // Every later delete travels through `network` (which must outlive this), e.g. a fault
  // decorator wrapping this queue's own healthy network.
  void deliver_deletes_through(BrokerNetwork& network) { network_ = &network; }
  // The healthy network: the delete arrives and is applied.
  void deliver_delete(std::int64_t receipt_handle) override;

  // Makes the in-flight message whose latest receipt handle is receipt_handle visible again
  // after timeout (0: at once, a NACK). As in SQS (MessageNotInflight), a message that is no
  // longer in flight is left alone; so is a stale handle. Both count as
  // stale_visibility_changes.
  void change_message_visibility(std::int64_t receipt_handle, sim::Micros timeout) override;

  // Counters for the current virtual time; see QueueCounts.
  QueueCounts counts() const;
  // Every message ever sent, deleted ones included, in id order, with its state now.
  std::vector<MessageRecord> messages() const;
  const std::string& name() const { return name_; }
  const QueueConfig& config() const { return config_; }

 private:
  using State = MessageRecord::State;
  struct Message {
    std::int64_t id = 0;
    std::string body;
    sim::Micros sent_at = 0;
    int receive_count = 0;
    std::int64_t latest_receipt_handle = 0;  // 0: never received
    sim::Micros received_at = 0;             // the latest delivery
    sim::Micros visible_at = 0;              // meaningful while visible or in flight
    State state = State::visible;
    sim::Micros state_changed_at = 0;
    std::int64_t original_message_id = 0;
    std::int64_t dead_letter_message_id = 0;
  };
  // Which faults one receive call asked, and their answers: each is asked at most once a call.
  struct ReceiveFaults {
    bool duplicate_asked = false;
    bool reordering_asked = false;
    bool reordering = false;
  };

  std::int64_t store(std::string body, sim::Micros sent_at, std::int64_t original_message_id);
  std::int64_t accept_dead_letter(const Message& source);
  void advance_to_now();
  void collect(std::size_t limit, ReceiveFaults& asked, std::vector<ReceivedMessage>& batch);
  void deliver_duplicate(ReceiveFaults& asked, std::vector<ReceivedMessage>& batch);
  void take_oldest(std::size_t limit, std::vector<ReceivedMessage>& batch);
  void take_shuffled(std::size_t limit, std::vector<ReceivedMessage>& batch);
  void take(Message& message, std::vector<ReceivedMessage>& batch);
  void deliver(Message& message, std::vector<ReceivedMessage>& batch);
  void move_to_dead_letter_queue(Message& message);
  void delay_delivery(const std::vector<ReceivedMessage>& batch);
  void place(Message& message, sim::Micros visible_at);
  void unplace(Message& message);
  void finish(Message& message, State final_state, sim::Micros at);
  bool should_redrive(const Message& message) const;
  sim::Micros next_visibility_change() const;
  sim::Micros expiry_time(const Message& message) const;
  State state_at(const Message& message, sim::Micros now, sim::Micros& changed_at) const;
  Message& message(std::int64_t id);
  Message* message_by_handle(std::int64_t receipt_handle);
  void assert_consistent() const;

  sim::Kernel& kernel_;
  FaultPoints& faults_;
  std::string name_;
  QueueConfig config_;
  SimulatedQueue* dead_letter_queue_;
  sim::StreamId choice_stream_;
  sim::WaitQueue long_pollers_;

  std::vector<Message> messages_;  // index id - 1: ids are dense
  // The live messages (visible or in flight), each in exactly one of the first two sets.
  std::set<std::int64_t> visible_ids_;                                      // send order
  std::set<std::int64_t> in_flight_ids_;                                    // send order
  std::set<std::pair<sim::Micros, std::int64_t>> in_flight_by_visible_at_;  // next to reappear
  std::set<std::pair<sim::Micros, std::int64_t>> live_by_sent_at_;          // next to expire
  // Only the latest handle of each live message: any other handle is stale.
  std::map<std::int64_t, std::int64_t> message_by_latest_handle_;
  std::int64_t last_receipt_handle_ = 0;

  std::int64_t sent_ = 0;
  std::int64_t received_ = 0;
  std::int64_t deleted_ = 0;
  std::int64_t moved_to_dead_letter_queue_ = 0;
  std::int64_t expired_ = 0;  // expirations already applied; counts() adds the pending ones
  std::int64_t stale_deletes_ = 0;
  std::int64_t delete_requests_ = 0;  // deletes sent; those that never arrived were lost
  std::int64_t deletes_arrived_ = 0;
  BrokerNetwork* network_ = this;
  std::int64_t duplicate_deliveries_ = 0;
  std::int64_t stale_visibility_changes_ = 0;
  std::int64_t redeliveries_ = 0;
  std::int64_t nacks_ = 0;
  sim::Micros processing_time_total_ = 0;
  std::set<std::int64_t> deleted_handles_;  // receipt handles named by a delete
};

}  // namespace dispatchsim::model
