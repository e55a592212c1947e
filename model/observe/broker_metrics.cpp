#include "model/observe/broker_metrics.hpp"

#include <cassert>
#include <nlohmann/json.hpp>

namespace dispatchsim::model {

BrokerMetricsSampler::BrokerMetricsSampler(sim::Kernel& kernel, const SimulatedQueue& queue,
                                           const SimulatedQueue* dead_letter_queue,
                                           sim::Micros interval)
    : kernel_(kernel), queue_(queue), dead_letter_queue_(dead_letter_queue), interval_(interval) {
  assert(interval_ > 0);
}

void BrokerMetricsSampler::start() {
  assert(samples_.empty());
  sample();
}

void BrokerMetricsSampler::finish() {
  // Observers may have run past the run's last event (up to the horizon): nothing to add then.
  if (!samples_.empty() && samples_.back().time >= kernel_.now()) return;
  sample();
}

void BrokerMetricsSampler::sample() {
  const QueueCounts counts = queue_.counts();
  BrokerSample next;
  next.time = kernel_.now();
  next.visible = counts.visible;
  next.not_visible = counts.in_flight;
  if (dead_letter_queue_ != nullptr) {
    const QueueCounts dead_letters = dead_letter_queue_->counts();
    next.dlq_depth = dead_letters.visible + dead_letters.in_flight;
  }
  next.sent = counts.sent;
  next.received = counts.received;
  next.redeliveries = counts.redeliveries;
  next.deleted = counts.deleted;
  next.moved_to_dlq = counts.moved_to_dlq;
  next.expired = counts.expired;
  next.acks = counts.acknowledged_deliveries;
  next.nacks = counts.nacks;
  const BrokerSample previous = samples_.empty() ? BrokerSample{} : samples_.back();
  const sim::Micros elapsed = next.time - previous.time;
  if (elapsed > 0) {
    const double seconds = static_cast<double>(elapsed) / sim::micros_per_second;
    next.ack_rate_per_second = static_cast<double>(next.acks - previous.acks) / seconds;
    next.nack_rate_per_second = static_cast<double>(next.nacks - previous.nacks) / seconds;
  }
  const std::int64_t deletes = next.deleted - previous.deleted;
  if (deletes > 0)
    next.processing_latency_mean =
        (counts.processing_time_total - processing_time_total_) / deletes;
  processing_time_total_ = counts.processing_time_total;
  samples_.push_back(next);
  kernel_.observe_at(next.time + interval_, [this] { sample(); });
}

std::string format_broker_sample_json(const BrokerSample& sample) {
  return nlohmann::ordered_json{{"time_us", sample.time},
                                {"visible", sample.visible},
                                {"not_visible", sample.not_visible},
                                {"dlq_depth", sample.dlq_depth},
                                {"sent", sample.sent},
                                {"received", sample.received},
                                {"redeliveries", sample.redeliveries},
                                {"deleted", sample.deleted},
                                {"moved_to_dlq", sample.moved_to_dlq},
                                {"expired", sample.expired},
                                {"acks", sample.acks},
                                {"nacks", sample.nacks},
                                {"ack_rate_per_s", sample.ack_rate_per_second},
                                {"nack_rate_per_s", sample.nack_rate_per_second},
                                {"processing_latency_mean_us", sample.processing_latency_mean}}
      .dump();
}

}  // namespace dispatchsim::model
