#pragma once
// The simulated world of one run: the infrastructure (database, broker, cache, push, API), the
// dispatch logic variant, and the actors (riders, matcher, relay, dispatch workers, API
// handlers, driver apps, location readers, the version backfill), each a simulated process.
// Members are public on purpose: the actors and the property checkers are its readers.

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "model/actors/actor_context.hpp"
#include "model/infra/api_channel.hpp"
#include "model/infra/database.hpp"
#include "model/dispatch/dispatch_logic.hpp"
#include "model/base/fault_points.hpp"
#include "model/base/feature_flag.hpp"
#include "model/infra/history.hpp"
#include "model/infra/kernel_clock.hpp"
#include "model/clients/redis_lock.hpp"
#include "model/infra/run_log.hpp"
#include "model/infra/simulated_push.hpp"
#include "model/infra/simulated_queue.hpp"
#include "model/infra/simulated_redis.hpp"
#include "model/base/world_config.hpp"
#include "model/world/external_services.hpp"
#include "sim/kernel.hpp"

namespace dispatchsim::model {

// Which faults a process is exposed to: servers crash and restart, driver apps restart, riders
// (the load generator) and operations (a person running a procedure, e.g. the rollback) never fail.
enum class ProcessRole : std::uint8_t { server, driver_app, rider, operations };

class World {
 public:
  // external: when given, connections, live reads and the cache come from it (model/
  // external_services.hpp) instead of the simulated database and Redis.
  World(sim::Kernel& kernel, FaultPoints& faults, const WorldConfig& config,
        ExternalServices* external = nullptr);
  World(const World&) = delete;
  World& operator=(const World&) = delete;

  // Spawns every process. Call once, before kernel.run().
  void start();

  ProcessRole role(sim::ProcessId process) const;

  // After the fault window, nothing is left to happen: every request is closed, no message,
  // call or notification is in transit, no rider or driver is mid-action. The run then ends
  // early (a run that never gets here runs to the horizon and fails liveness).
  bool quiescent();
  bool in_fault_window() const { return kernel.now() < config.phases.fault_window; }
  sim::Micros horizon() const { return config.phases.fault_window + config.phases.heal_window; }

  // Spawns a server process: each incarnation gets a fresh connection, clock and ports, so a
  // crash loses everything in memory and rolls back the open transaction.
  sim::ProcessId spawn_server(std::string name, std::function<void(ServerPorts&)> body);
  // Spawns a person running a procedure (the plan's rollback) with ports of its own: never
  // crashed, never restarted.
  void spawn_operations(std::string name, std::function<void(ServerPorts&)> body);

  // A process's database connection, and the cache port its processes use: the simulated ones
  // unless the World was given ExternalServices.
  std::unique_ptr<SqlConnection> connect(std::string owner);
  KeyValueStore& cache_port() { return external_cache_ ? *external_cache_ : cache; }
  // What the actors see of this world (model/actors/actor_context.hpp).
  ActorContext& actor_context() { return *actor_context_; }
  // Reads the database as it is now, outside the simulation (Database::inspect).
  std::vector<Row> read_database(std::string_view sql);
  // After the run on external services: their final rows into `database`, for the checkers.
  void copy_external_rows();

  sim::Kernel& kernel;
  FaultPoints& faults;
  const WorldConfig config;
  History history;
  RunLog log;
  Database database;
  SimulatedQueue dead_letter_queue;
  SimulatedQueue dispatch_queue;
  SimulatedRedis cache;
  SimulatedPush push;
  ApiChannel api;
  FeatureFlag flag;
  LockTokenSource lock_tokens;
  KernelInstruments instruments{kernel};  // the Instruments port of every process
  std::unique_ptr<DispatchLogic> logic;
  std::vector<RiderPlan> riders;
  std::vector<DriverId> drivers;
  std::map<DriverId, DeviceStorage> devices;

 private:
  // A process's ports: its own connection, clock and memory; the shared broker, cache, push,
  // instruments, log and lock tokens.
  ServerPorts ports_of(SqlConnection& db, Clock& clock,
                       std::map<std::string, std::int64_t>& memory);
  void spawn_with_role(ProcessRole role, std::string name, std::function<void()> body,
                       sim::Micros restart_after);
  void schedule_quiescence_check(sim::Micros when);
  // Switches the flag at `when`, or at the first millisecond up to `latest` with a dispatch
  // message in the broker (FlagSwitch).
  void schedule_flag_switch(sim::Micros when, sim::Micros latest);
  std::vector<ProcessRole> roles_;  // by process id - 1
  // The database's OtherSessions seam as it is when asked: faults/ decorates it after the World
  // is built, and a real database must meet the decorated one.
  class CurrentOtherSessions final : public OtherSessions {
   public:
    explicit CurrentOtherSessions(Database& database) : database_(database) {}
    void meet(std::string_view point, bool in_transaction) override {
      database_.other_sessions().meet(point, in_transaction);
    }

   private:
    Database& database_;
  };
  CurrentOtherSessions current_other_sessions_{database};
  std::unique_ptr<SqlBackend> external_database_;
  std::unique_ptr<KeyValueStore> external_cache_;
  BusyActors busy_actors_;
  std::unique_ptr<ActorContext> actor_context_;
  std::size_t connection_holders_ = 0;  // processes spawned with a connection of their own
  std::unique_ptr<SqlConnection> request_api_connection_;
};

}  // namespace dispatchsim::model
