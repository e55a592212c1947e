#include "faults/fault_decorators.hpp"

#include <cassert>

#include "model/base/coverage_probes.hpp"
#include "model/ports/sql_connection.hpp"
#include "model/world/world.hpp"

namespace dispatchsim::faults {

using model::Fault;

FaultyPushTransport::FaultyPushTransport(model::PushTransport& healthy, model::FaultPoints& faults)
    : PushTransportWrapper(healthy), faults_(faults) {}

void FaultyPushTransport::carry(model::DriverId driver,
                                const model::PushNotification& notification) {
  if (faults_.fires(Fault::push_drop)) return;
  sim::Micros delay = draw_latency();
  if (faults_.fires(Fault::push_delay)) delay += faults_.magnitude(Fault::push_delay);
  deliver_after(driver, notification, delay);
  if (faults_.fires(Fault::push_duplicate)) deliver_after(driver, notification, draw_latency());
}

LosingBrokerNetwork::LosingBrokerNetwork(model::BrokerNetwork& healthy, model::FaultPoints& faults,
                                         sim::Kernel& kernel)
    : BrokerNetworkWrapper(healthy), faults_(faults), kernel_(kernel) {}

void LosingBrokerNetwork::deliver_delete(std::int64_t receipt_handle) {
  if (faults_.fires(Fault::lost_delete)) {
    kernel_.record("broker.delete_lost", receipt_handle);
    return;
  }
  BrokerNetworkWrapper::deliver_delete(receipt_handle);
}

BusyOtherSessions::BusyOtherSessions(model::OtherSessions& healthy, model::FaultPoints& faults,
                                     sim::Kernel& kernel, sim::Micros lock_wait_timeout)
    : OtherSessionsWrapper(healthy),
      faults_(faults),
      kernel_(kernel),
      lock_wait_timeout_(lock_wait_timeout) {
  assert(lock_wait_timeout_ >= 0);
}

void BusyOtherSessions::meet(std::string_view point, bool in_transaction) {
  const bool takes_a_lock = point != "db.commit" && point != "db.rollback" && !in_transaction;
  if (takes_a_lock && faults_.fires(Fault::db_busy)) {
    kernel_.probe(model::probe::lock_wait_timeout);
    kernel_.sleep_for(lock_wait_timeout_);
    throw model::LockWaitTimeout();
  }
  OtherSessionsWrapper::meet(point, in_transaction);
}

FaultDecorators::FaultDecorators(model::World& world, model::FaultPoints& faults)
    : push_(world.push, faults),
      dispatch_queue_network_(world.dispatch_queue, faults, world.kernel),
      dead_letter_queue_network_(world.dead_letter_queue, faults, world.kernel),
      database_sessions_(world.database.other_sessions(), faults, world.kernel,
                         world.database.config().lock_wait_timeout) {
  world.push.carry_through(push_);
  world.dispatch_queue.deliver_deletes_through(dispatch_queue_network_);
  world.dead_letter_queue.deliver_deletes_through(dead_letter_queue_network_);
  world.database.share_with(database_sessions_);
}

}  // namespace dispatchsim::faults
