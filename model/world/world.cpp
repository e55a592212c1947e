#include "model/world/world.hpp"

#include <algorithm>
#include <cassert>

#include "model/base/coverage_probes.hpp"
#include "model/actors/database_rollback.hpp"
#include "model/dispatch/variant_catalogue.hpp"

namespace dispatchsim::model {

namespace {

QueueConfig dispatch_queue_config(const WorldConfig& config) {
  QueueConfig queue;
  queue.visibility_timeout = config.broker.visibility_timeout;
  queue.retention_period = config.broker.retention_period;
  queue.max_batch = config.broker.batch_size;
  const bool redrive =
      variant_info(config.variant.variant).has_dead_letter_queue(config.variant.fixes);
  queue.max_receive_count = redrive ? config.broker.max_receive_count : 0;
  return queue;
}

RedisConfig redis_config(const CacheSettings& cache) {
  return RedisConfig{cache.replication_lag, cache.pubsub_latency, cache.stale_replica_lag};
}

}  // namespace

World::World(sim::Kernel& kernel_, FaultPoints& faults_, const WorldConfig& config_,
             ExternalServices* external)
    : kernel(kernel_),
      faults(faults_),
      config(config_),
      history(kernel_),
      log(kernel_),
      database(kernel_, history,
               DatabaseConfig{config_.database.lock_wait_timeout,
                              config_.timing.db_statement_latency.min,
                              config_.timing.db_statement_latency.max}),
      dead_letter_queue(kernel_, faults_, "dispatch-dlq", QueueConfig{}, nullptr),
      dispatch_queue(kernel_, faults_, "dispatch-queue", dispatch_queue_config(config_),
                     &dead_letter_queue),
      cache(kernel_, faults_, redis_config(config_.cache)),
      push(kernel_, history, config_.timing.push_latency),
      api(kernel_, faults_, config_.timing.api_latency),
      flag(config_.variant.flag_switch ? config_.variant.flag_switch->from_percent
                                       : config_.variant.flag_percent) {
  if (external != nullptr) {
    external_database_ = external->open_database(
        ExternalServiceContext{kernel, current_other_sessions_, history, database.config()});
    external_cache_ = external->open_cache(kernel);
  }
  logic = make_dispatch_logic(config.variant, config.broker, config.cache, flag);
  push.attach_log(log);
  const sim::StreamId stream = kernel.choices().stream("world");
  for (int index = 0; index < config.workload.requests; ++index) {
    RiderPlan rider;
    rider.request = index + 1;
    rider.arrival = kernel.choices().uniform(stream, config.workload.request_arrival.min,
                                             config.workload.request_arrival.max);
    // Pickups spread over a city-sized box; coordinates differ by far more than Step 5's 0.0001.
    rider.base_lat = 40.70 + 0.01 * static_cast<double>(kernel.choices().choose(stream, 50));
    rider.base_lng = -74.00 + 0.01 * static_cast<double>(kernel.choices().choose(stream, 50));
    riders.push_back(rider);
  }
  for (int index = 0; index < config.workload.drivers; ++index) {
    drivers.push_back(index + 1);
    push.add_driver(index + 1);
    devices.emplace(index + 1, DeviceStorage{});
  }
  actor_context_ = std::make_unique<ActorContext>(
      ActorContext{kernel, config, faults, history, *logic, api, push, dispatch_queue, flag, riders,
                   drivers, devices, busy_actors_});
}

std::unique_ptr<SqlConnection> World::connect(std::string owner) {
  if (external_database_) return external_database_->connect(std::move(owner));
  return database.connect(std::move(owner));
}

std::vector<Row> World::read_database(std::string_view sql) {
  if (external_database_) return external_database_->inspect(sql);
  return database.inspect(sql);
}

void World::copy_external_rows() {
  if (external_database_) external_database_->copy_final_rows_into(database);
}

ProcessRole World::role(sim::ProcessId process) const {
  if (process == 0 || process > roles_.size()) return ProcessRole::rider;
  return roles_[process - 1];
}

void World::spawn_with_role(ProcessRole process_role, std::string name, std::function<void()> body,
                            sim::Micros restart_after) {
  [[maybe_unused]] const sim::ProcessId id =
      kernel.spawn(std::move(name), std::move(body), restart_after);
  assert(id == roles_.size() + 1);
  roles_.push_back(process_role);
}

sim::ProcessId World::spawn_server(std::string name, std::function<void(ServerPorts&)> body) {
  const std::string owner = name;
  ++connection_holders_;
  spawn_with_role(
      ProcessRole::server, std::move(name),
      [this, owner, body = std::move(body)] {
        const std::unique_ptr<SqlConnection> connection = connect(owner);
        const sim::Micros skew =
            faults.fires(Fault::clock_skew) ? faults.magnitude(Fault::clock_skew) : 0;
        KernelClock clock(kernel, skew);
        std::map<std::string, std::int64_t> memory;
        ServerPorts ports = ports_of(*connection, clock, memory);
        try {
          body(ports);
        } catch (const SqlError& error) {
          // A lock wait timeout or a deadlock ("try restarting transaction": busy) nobody handles
          // kills the process, as it would a Python worker; its supervisor restarts it. (Other
          // SQL errors stay loud: they are logic bugs.) The simulated database never reports a
          // deadlock (its lock is the whole database); InnoDB on the real backend does.
          if (!error.busy()) throw;
          log.error("process_died", 0, 0, owner + " died: " + error.what());
          history.record(HistoryKind::process_crashed, 0, 0, kernel.current());
          throw sim::ProcessCrashed{};
        }
      },
      config.processes.restart_after);
  return static_cast<sim::ProcessId>(roles_.size());
}

bool World::quiescent() {
  if (busy_actors_.any() || !api.idle() || !push.idle()) return false;
  const QueueCounts queue = dispatch_queue.counts();
  if (queue.visible + queue.in_flight > 0) return false;
  try {
    // The version column only matters while a backfill runs (and the plan's rollback drops it).
    const auto counts = read_database(
        config.migration.backfill_pending
            ? "SELECT (SELECT COUNT(*) FROM ride_requests), "
              "(SELECT COUNT(*) FROM ride_requests WHERE status IN ('PENDING', 'SEARCHING')), "
              "(SELECT COUNT(*) FROM dispatch_queue WHERE status = 'PENDING'), "
              "(SELECT COUNT(*) FROM ride_requests WHERE version = 0)"
            : "SELECT (SELECT COUNT(*) FROM ride_requests), "
              "(SELECT COUNT(*) FROM ride_requests WHERE status IN ('PENDING', 'SEARCHING')), "
              "(SELECT COUNT(*) FROM dispatch_queue WHERE status = 'PENDING'), 0");
    const Row& row = counts.front();
    const bool backfilled = row.integer(3) == 0;
    return row.integer(0) == config.workload.requests && row.integer(1) == 0 &&
           row.integer(2) == 0 && backfilled;
  } catch (const SqlError&) {
    return false;  // a transaction holds the lock: something is still happening
  }
}

void World::schedule_quiescence_check(sim::Micros when) {
  kernel.at(when, [this] {
    if (quiescent()) {
      kernel.record("world.quiescent");
      kernel.stop();
    } else {
      schedule_quiescence_check(kernel.now() + sim::seconds(1));
    }
  });
}

void World::schedule_flag_switch(sim::Micros when, sim::Micros latest) {
  assert(when >= 0 && when <= latest);
  kernel.at(when, [this, when, latest] {
    const QueueCounts queue = dispatch_queue.counts();
    const bool in_flight = queue.visible + queue.in_flight > 0;
    if (!in_flight && when < latest) {
      schedule_flag_switch(std::min(latest, when + sim::milliseconds(1)), latest);
      return;
    }
    if (in_flight) kernel.probe(probe::flag_flipped_with_messages_in_flight);
    flag.set_percent(config.variant.flag_percent);
    kernel.record("flag.switch", flag.percent(), in_flight ? 1 : 0);
  });
}

ServerPorts World::ports_of(SqlConnection& db, Clock& clock,
                            std::map<std::string, std::int64_t>& memory) {
  return ServerPorts{db,  dispatch_queue, cache_port(), push, clock, instruments,
                     log, lock_tokens,    memory};
}

void World::spawn_operations(std::string name, std::function<void(ServerPorts&)> body) {
  const std::string owner = name;
  ++connection_holders_;
  spawn_with_role(
      ProcessRole::operations, std::move(name),
      [this, owner, body = std::move(body)] {
        const std::unique_ptr<SqlConnection> connection = connect(owner);
        KernelClock clock(kernel, 0);
        std::map<std::string, std::int64_t> memory;
        ServerPorts ports = ports_of(*connection, clock, memory);
        body(ports);
      },
      sim::no_restart);
}

void World::start() {
  schedule_quiescence_check(config.phases.fault_window);
  if (const auto& change = config.variant.flag_switch)
    schedule_flag_switch(change->at, change->at + flag_switch_wait);
  // Riders never fail and never hold a transaction, so they share one connection: the request
  // API's. (Every connection re-parses the schema; that was a quarter of a run's time.)
  request_api_connection_ = connect("request-api");
  for (const RiderPlan& rider : riders) {
    spawn_with_role(
        ProcessRole::rider, "rider-" + std::to_string(rider.request),
        [this, rider] {
          // A real server's statement can wait on a row lock: there each rider has its own
          // connection, as the request API's worker threads would.
          const std::unique_ptr<SqlConnection> own =
              external_database_ ? connect("rider-" + std::to_string(rider.request)) : nullptr;
          SqlConnection& db = own ? *own : *request_api_connection_;
          KernelClock clock(kernel, 0);
          std::map<std::string, std::int64_t> memory;
          ServerPorts ports = ports_of(db, clock, memory);
          run_rider(*actor_context_, rider, ports);
        },
        sim::no_restart);
  }
  spawn_server("matcher", [this](ServerPorts& ports) { run_matcher(*actor_context_, ports); });
  spawn_server("relay",
               [this](ServerPorts& ports) { run_dispatch_queue_relay(*actor_context_, ports); });
  for (int index = 1; index <= config.processes.dispatch_workers; ++index) {
    spawn_server("worker-" + std::to_string(index),
                 [this](ServerPorts& ports) { logic->consume_messages(ports); });
  }
  for (int index = 1; index <= config.processes.api_handlers; ++index) {
    spawn_server("api-" + std::to_string(index),
                 [this](ServerPorts& ports) { run_api_handler(*actor_context_, ports); });
  }
  for (DriverId driver : drivers) {
    spawn_with_role(
        ProcessRole::driver_app, "driver-app-" + std::to_string(driver),
        [this, driver] { run_driver_app(*actor_context_, driver); },
        config.processes.app_restart_after);
  }
  for (int index = 1; index <= config.workload.location_readers; ++index) {
    spawn_server("reader-" + std::to_string(index),
                 [this](ServerPorts& ports) { run_location_reader(*actor_context_, ports); });
  }
  if (config.migration.backfill_pending) {
    spawn_server("backfill",
                 [this](ServerPorts& ports) { run_version_backfill(*actor_context_, ports); });
  }
  for (auto& background : logic->background_processes()) {
    spawn_server(background.name, background.body);
  }
  if (config.rollback.at) {
    spawn_operations("operator",
                     [this](ServerPorts& ports) { run_database_rollback(*actor_context_, ports); });
  }
  // Each incarnation holds one connection and gives it back when it dies, before it restarts.
  database.prepare_connections(connection_holders_);
}

}  // namespace dispatchsim::model
