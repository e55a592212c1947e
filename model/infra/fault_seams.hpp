#pragma once
// The seams where faults/ perturbs the simulated infrastructure from outside, as LevelDB's
// EnvWrapper lets a test wrap the file system: each twin hands one step of its work to a seam,
// the healthy implementation does that step, and a fault decorator (faults/fault_decorators.*)
// wraps the healthy one to drop, delay, duplicate or block it. The twins themselves know nothing
// of these faults. Faults that need a twin's inner state (which message is in flight, what the
// replica holds) stay in the twin; the fault catalogue says where each fault is asked.
//
// A seam sits exactly where the twin used to ask its fault point, after the same yield points
// and draws, so a decorated run draws and records in the same order as before.

#include <cstdint>
#include <string_view>

#include "model/ports/push_gateway.hpp"
#include "sim/virtual_time.hpp"

namespace dispatchsim::model {

// The network between the push server and the drivers' devices: an accepted notification's trip.
class PushTransport {
 public:
  virtual ~PushTransport() = default;
  // Carries one accepted notification; healthy: delivered once, after draw_latency().
  virtual void carry(DriverId driver, const PushNotification& notification) = 0;
  // The steps carry() is made of, for a decorator to compose: one trip's latency (a draw) and a
  // delivery after a given delay.
  virtual sim::Micros draw_latency() = 0;
  virtual void deliver_after(DriverId driver, const PushNotification& notification,
                             sim::Micros delay) = 0;
};

// The network between a queue client and the broker, for the one request that can be lost
// without the client noticing: a DeleteMessage whose reply the client does not wait for.
class BrokerNetwork {
 public:
  virtual ~BrokerNetwork() = default;
  // The delete reaches the broker, which applies it (or finds the handle stale).
  virtual void deliver_delete(std::int64_t receipt_handle) = 0;
};

// Sessions the simulation does not run (a migration, a long report query), as one statement of
// a simulated process meets them when it reaches the database. Healthy: there are none, and the
// simulated processes' own contention is the database's real locking.
class OtherSessions {
 public:
  virtual ~OtherSessions() = default;
  // Called after the statement's yield point and latency, before it runs. point is the
  // statement's yield point ("db.select", "db.commit", ...). May wait in virtual time and throw
  // LockWaitTimeout.
  virtual void meet(std::string_view point, bool in_transaction) = 0;
};

// Forwarding bases: a decorator overrides what it perturbs and forwards the rest.
class PushTransportWrapper : public PushTransport {
 public:
  explicit PushTransportWrapper(PushTransport& target) : target_(target) {}
  void carry(DriverId driver, const PushNotification& notification) override {
    target_.carry(driver, notification);
  }
  sim::Micros draw_latency() override { return target_.draw_latency(); }
  void deliver_after(DriverId driver, const PushNotification& notification,
                     sim::Micros delay) override {
    target_.deliver_after(driver, notification, delay);
  }

 private:
  PushTransport& target_;
};

class BrokerNetworkWrapper : public BrokerNetwork {
 public:
  explicit BrokerNetworkWrapper(BrokerNetwork& target) : target_(target) {}
  void deliver_delete(std::int64_t receipt_handle) override {
    target_.deliver_delete(receipt_handle);
  }

 private:
  BrokerNetwork& target_;
};

class OtherSessionsWrapper : public OtherSessions {
 public:
  explicit OtherSessionsWrapper(OtherSessions& target) : target_(target) {}
  void meet(std::string_view point, bool in_transaction) override {
    target_.meet(point, in_transaction);
  }

 private:
  OtherSessions& target_;
};

// The healthy OtherSessions: nobody else holds a lock.
class NoOtherSessions final : public OtherSessions {
 public:
  void meet(std::string_view, bool) override {}
};

}  // namespace dispatchsim::model
