#pragma once
// What an actor (a rider, the matcher, a driver's app, ...) may touch of the run it lives in: the
// simulator's clock and choices, the infrastructure it reaches as a client, the ground truth it
// reports to, the variant's logic and the plans drawn before the run. The World (model/world/)
// builds one and hands it to every actor; the actors never see the World, so assembling a run
// and acting in it are separate wings.

#include <cassert>
#include <cstdint>
#include <map>
#include <vector>

#include "model/base/fault_points.hpp"
#include "model/base/feature_flag.hpp"
#include "model/base/world_config.hpp"
#include "model/dispatch/dispatch_logic.hpp"
#include "model/infra/api_channel.hpp"
#include "model/infra/history.hpp"
#include "model/infra/simulated_push.hpp"
#include "model/infra/simulated_queue.hpp"
#include "model/ports/server_ports.hpp"
#include "sim/kernel.hpp"

namespace dispatchsim::model {

// How long an idle actor waits before looking again: long enough that idle actors cost few
// events, short enough to never look stuck.
inline constexpr sim::Micros idle_wait = sim::seconds(60);

// What a rider will do, drawn when the world is built so it does not depend on scheduling.
struct RiderPlan {
  RequestId request = 0;
  sim::Micros arrival = 0;
  double base_lat = 0;
  double base_lng = 0;
};

// Pickup coordinates are a function of (request, sequence), so any observed latitude names the
// update it came from.
double pickup_lat(const RiderPlan& rider, std::int64_t sequence);
double pickup_lng(const RiderPlan& rider, std::int64_t sequence);

// How many actors are in the middle of something: the run is not over while any is.
class BusyActors {
 public:
  // Marks one actor busy for its lifetime (RAII, so a crash clears it).
  class Scope {
   public:
    explicit Scope(BusyActors& actors) : actors_(actors) { ++actors_.busy_; }
    ~Scope() {
      --actors_.busy_;
      assert(actors_.busy_ >= 0);
    }
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

   private:
    BusyActors& actors_;
  };
  bool any() const { return busy_ > 0; }

 private:
  int busy_ = 0;
};

struct ActorContext {
  sim::Kernel& kernel;
  const WorldConfig& config;
  FaultPoints& faults;  // the two faults that are an actor's own behaviour (catalogue: asked_at)
  History& history;
  DispatchLogic& logic;
  ApiChannel& api;
  SimulatedPush& push;             // the drivers' inboxes
  SimulatedQueue& dispatch_queue;  // the operator looks at it before a rollback
  FeatureFlag& flag;               // the operator turns it off
  const std::vector<RiderPlan>& riders;
  const std::vector<DriverId>& drivers;
  std::map<DriverId, DeviceStorage>& devices;  // what each phone keeps across app restarts
  BusyActors& busy;
};

// The actors (one file each).
void run_rider(ActorContext& context, const RiderPlan& rider, ServerPorts& ports);
void run_matcher(ActorContext& context, ServerPorts& ports);
void run_dispatch_queue_relay(ActorContext& context, ServerPorts& ports);
// One pass of the relay: publishes PENDING dispatch_queue rows (the plan's Test 4 calls it).
int process_dispatch_queue(ServerPorts& ports, int limit);
void run_api_handler(ActorContext& context, ServerPorts& ports);
void run_driver_app(ActorContext& context, DriverId driver);
void run_location_reader(ActorContext& context, ServerPorts& ports);
void run_version_backfill(ActorContext& context, ServerPorts& ports);
// model/actors/database_rollback.hpp: run_database_rollback (the scenario's [rollback] step).

}  // namespace dispatchsim::model
