#pragma once
// The broker metrics the plan's Step 3 reads ("aws sqs get-queue-attributes ...
// ApproximateNumberOfMessagesNotVisible, ApproximateNumberOfMessages") and its section 2 asks
// for (redelivery count, DLQ depth, processing latency, ACK/NACK rates), sampled over virtual
// time as CloudWatch would: one sample every interval and one at the end of the run.
//
// Sampling only reads the queues (kernel observer timers, SimulatedQueue::counts): a run is the
// same, event for event, whatever the interval. Fields and units: docs/run-artifacts.md.

#include <cstdint>
#include <string>
#include <vector>

#include "model/infra/simulated_queue.hpp"
#include "sim/kernel.hpp"

namespace dispatchsim::model {

struct BrokerSample {
  sim::Micros time = 0;
  // Gauges at `time`.
  std::int64_t visible = 0;      // ApproximateNumberOfMessages
  std::int64_t not_visible = 0;  // ApproximateNumberOfMessagesNotVisible (in flight)
  std::int64_t dlq_depth = 0;    // the dead-letter queue's visible + not visible
  // Totals since the start of the run (the dispatch queue's).
  std::int64_t sent = 0;
  std::int64_t received = 0;      // deliveries, redeliveries and duplicates included
  std::int64_t redeliveries = 0;  // deliveries of a message received before
  std::int64_t deleted = 0;       // ACKs that deleted a message
  std::int64_t moved_to_dlq = 0;
  std::int64_t expired = 0;
  std::int64_t acks = 0;   // deliveries some delete named (stale and lost deletes too)
  std::int64_t nacks = 0;  // visibility changes applied (the plan's nack_message)
  // Since the previous sample (the first: since the start).
  double ack_rate_per_second = 0;
  double nack_rate_per_second = 0;
  // Mean time from a delivery to the delete of that delivery, over the deletes since the
  // previous sample; 0 when there were none.
  sim::Micros processing_latency_mean = 0;
};

class BrokerMetricsSampler {
 public:
  // kernel and the queues must outlive the sampler; dead_letter_queue may be nullptr (legacy
  // has none); interval > 0.
  BrokerMetricsSampler(sim::Kernel& kernel, const SimulatedQueue& queue,
                       const SimulatedQueue* dead_letter_queue, sim::Micros interval);
  BrokerMetricsSampler(const BrokerMetricsSampler&) = delete;
  BrokerMetricsSampler& operator=(const BrokerMetricsSampler&) = delete;

  // Samples now and then every interval (observer timers). Call before kernel.run().
  void start();
  // After kernel.run(): samples the end of the run, unless a sample was already taken then.
  void finish();
  const std::vector<BrokerSample>& samples() const { return samples_; }

 private:
  void sample();

  sim::Kernel& kernel_;
  const SimulatedQueue& queue_;
  const SimulatedQueue* dead_letter_queue_;
  sim::Micros interval_;
  sim::Micros processing_time_total_ = 0;  // at the previous sample
  std::vector<BrokerSample> samples_;
};

// One sample as a JSON object, for `dispatchsim run --metrics` (JSON Lines).
std::string format_broker_sample_json(const BrokerSample& sample);

}  // namespace dispatchsim::model
