#pragma once
// The faults that perturb one call of the simulated infrastructure, as decorators of its seams
// (model/infra/fault_seams.hpp): push-drop, push-delay and push-duplicate on the push transport,
// lost-delete on the broker's network, db-busy on the sessions a statement meets. Each asks its
// fault point exactly where the twin used to, after the same yield points and draws, so a
// decorated run draws and records in the same order as an undecorated twin that asked.
// Faults that need a twin's inner state stay in the twin (see the catalogue's `asked_at`).

#include <cstdint>
#include <string_view>

#include "model/base/fault_points.hpp"
#include "model/infra/fault_seams.hpp"
#include "sim/kernel.hpp"

namespace dispatchsim::model {
class World;
}

namespace dispatchsim::faults {

// push-drop (the notification never arrives), push-delay (it arrives late, so out of order),
// push-duplicate (it arrives twice).
class FaultyPushTransport final : public model::PushTransportWrapper {
 public:
  FaultyPushTransport(model::PushTransport& healthy, model::FaultPoints& faults);
  void carry(model::DriverId driver, const model::PushNotification& notification) override;

 private:
  model::FaultPoints& faults_;
};

// lost-delete: the DeleteMessage never reaches the broker; the message reappears after its
// visibility timeout although its consumer acknowledged it.
class LosingBrokerNetwork final : public model::BrokerNetworkWrapper {
 public:
  LosingBrokerNetwork(model::BrokerNetwork& healthy, model::FaultPoints& faults,
                      sim::Kernel& kernel);
  void deliver_delete(std::int64_t receipt_handle) override;

 private:
  model::FaultPoints& faults_;
  sim::Kernel& kernel_;
};

// db-busy: another session (a migration, a long report query) holds the lock the statement
// needs past the lock wait timeout, so the statement fails with MySQL's error 1205 after waiting
// that long. A statement inside a transaction already holds the lock it needs, and COMMIT and
// ROLLBACK take none.
class BusyOtherSessions final : public model::OtherSessionsWrapper {
 public:
  BusyOtherSessions(model::OtherSessions& healthy, model::FaultPoints& faults, sim::Kernel& kernel,
                    sim::Micros lock_wait_timeout);
  void meet(std::string_view point, bool in_transaction) override;

 private:
  model::FaultPoints& faults_;
  sim::Kernel& kernel_;
  sim::Micros lock_wait_timeout_;
};

// One world's decorators, installed on its seams when built; they must outlive the run.
class FaultDecorators {
 public:
  FaultDecorators(model::World& world, model::FaultPoints& faults);
  FaultDecorators(const FaultDecorators&) = delete;
  FaultDecorators& operator=(const FaultDecorators&) = delete;

 private:
  FaultyPushTransport push_;
  LosingBrokerNetwork dispatch_queue_network_;
  LosingBrokerNetwork dead_letter_queue_network_;
  BusyOtherSessions database_sessions_;
};

}  // namespace dispatchsim::faults
